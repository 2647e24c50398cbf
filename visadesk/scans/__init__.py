"""Scans and photos a person adds: what a file really is, and how it is read safely."""
