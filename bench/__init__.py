"""The benchmark: `make bench` runs bench/run.py (see the README's Performance section)."""
