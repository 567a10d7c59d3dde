"""declinewiz: step out of a hiring process without burning a bridge."""
