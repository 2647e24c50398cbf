"""Entry point of the packaged windowed app (`visadesk-gui`: no console window on Windows; the
macOS .app's executable): the desktop app, `--demo` included."""

from visadesk.cli.main import gui_main

if __name__ == "__main__":
    raise SystemExit(gui_main())
