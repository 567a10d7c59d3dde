"""declinewiz's domain: reasons, advice, wording, checks and exports. Plain Python, no Django."""
