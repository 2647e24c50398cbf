"""Helpers for the vault tests (child processes for kill -9 and two-process tests)."""
