"""The `visadesk` command: headless commands over the core, and the GUI when given no command."""
