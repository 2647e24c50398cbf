"""The PySide6 desktop app. Presentation only: every rule lives in the core."""
