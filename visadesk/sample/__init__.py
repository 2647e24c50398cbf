"""The fictional sample family (no real person) used by the demo vault, examples and tests."""
