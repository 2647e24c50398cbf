"""Start the desktop app: the main window over the vault in VISADESK_HOME, or (``--demo``) over a
throw-away vault of the fictional sample family in a private temp folder removed on exit."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def demo_vault():
    """A throw-away vault holding the example family; returns (vault, folder)."""
    from visadesk.example import example_case
    from visadesk.vault import KdfParams, Vault

    folder = Path(tempfile.mkdtemp(prefix="visadesk-demo-"))
    os.chmod(folder, 0o700)
    # Throw-away data of a fictional family: RFC 9106's second option is plenty.
    vault = Vault.create(
        folder / "vault.sqlite3", os.urandom(16).hex(), kdf=KdfParams(64 * 1024, 3, 2)
    )
    vault.put_case(example_case())
    return vault, folder


def build_window(demo: bool = False):
    from visadesk import settings as app_settings
    from visadesk.paths import vault_path
    from visadesk.ui import i18n
    from visadesk.ui.main_window import MainWindow, apply_text_size

    settings = app_settings.load()
    i18n.install(settings.language)
    apply_text_size(settings.text_size)
    window = MainWindow(vault_path(), settings)
    if demo:
        vault, folder = demo_vault()
        window.open_vault(vault, demo_dir=folder)
    return window


def run(demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("VisaDesk")
    window = build_window(demo=demo)
    if not demo:
        window.vault_screen.try_keychain()
    window.show()
    shot = os.environ.get("VISADESK_SMOKE_SCREENSHOT")
    if shot:  # used by the real-window smoke test: grab the window once shown, then quit
        from PySide6.QtCore import QTimer

        def grab() -> None:
            window.grab().save(shot)
            window.close()

        QTimer.singleShot(1500, grab)
    return app.exec()
