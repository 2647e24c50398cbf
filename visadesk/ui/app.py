"""Start the desktop app: the main window over the vault in VISADESK_HOME, or (``--demo``) over a
throw-away vault of the fictional sample family in a private temp folder removed on exit."""

from __future__ import annotations

import os
import sys


def build_window(demo: bool = False, *, watch_input: bool = True):
    from visadesk.local import settings as app_settings
    from visadesk.local.paths import vault_path
    from visadesk.ui import i18n
    from visadesk.ui.main_window import MainWindow, apply_text_size

    settings = app_settings.load()
    i18n.install(settings.language)
    apply_text_size(settings.text_size)
    window = MainWindow(vault_path(), settings, watch_input=watch_input)
    if demo:
        from visadesk.sample.demo import demo_vault

        vault, folder = demo_vault()
        window.open_vault(vault, demo_dir=folder)
    return window


def show_refusal(refusal: str) -> None:
    """Say why the app will not start (e.g. an unsafe data folder) in a message box."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QMessageBox.critical(None, "VisaDesk", refusal[:1].upper() + refusal[1:])
    del app


def install_file_open(app, window):
    """Hand the files macOS asks the app to open (QFileOpenEvent: a double-click in the Finder,
    a file dropped on the Dock icon) to ``window.open_file``. Returns the filter object."""
    from pathlib import Path

    from PySide6.QtCore import QEvent, QObject

    class FileOpen(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's API
            if event.type() != QEvent.Type.FileOpen or obj is not app:
                return False
            name = event.file() or event.url().toLocalFile()
            if name:
                window.open_file(Path(name))
            return True

    watcher = FileOpen(window)
    app.installEventFilter(watcher)
    window.file_open_hook = watcher
    return watcher


def run(demo: bool = False, files: list[str] | None = None) -> int:
    import gc
    from pathlib import Path

    # Until the first paint the cyclic collector only walks what start-up makes (modules, classes,
    # widgets), all of which lives as long as the app: it is paused, then those objects are set
    # aside for good (gc.freeze) so that no later pass walks them again.
    gc.disable()
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("VisaDesk")
    # The application-wide event filters start after the first paint: a Python filter on the
    # application is handed every object that gets an event, and the first object of a class
    # PySide has no wrapper for makes it set up every lazily loaded class of QtCore, QtGui and
    # QtWidgets (about 140 enum types, ~60 ms) to look for one. Nothing can be typed or clicked
    # before that paint anyway. macOS may hand over a file before it: there, at once.
    window = build_window(demo=False, watch_input=False)
    after_first_paint(window, window.watch_input)
    if sys.platform == "darwin":
        install_file_open(app, window)
    else:
        after_first_paint(window, lambda: install_file_open(app, window))
    for name in files or ():  # offered once the vault is unlocked, never imported before
        window.open_file(Path(name))

    def collect_again() -> None:
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    after_first_paint(window, collect_again)
    QTimer.singleShot(10_000, collect_again)  # a window never painted (hidden, minimised) too
    window.show()
    if demo:  # the window first, then the sample family (made in a worker)
        after_first_paint(window, window.open_demo)
    else:  # after the first paint: the keychain may take a moment to answer
        after_first_paint(window, window.vault_screen.try_keychain)
    if os.environ.get("VISADESK_BENCH_TIMES"):  # benchmarks/bench_ui.py: print, then quit
        _report_times(window, demo)
    shot = os.environ.get("VISADESK_SMOKE_SCREENSHOT")
    if shot:  # used by the real-window smoke test: grab the window once shown, then quit

        def grab() -> None:
            window.grab().save(shot)
            window.close()

        QTimer.singleShot(1500, grab)
    code = app.exec()
    # A demo vault still being made when the window closed: let it finish and be removed.
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    return code


def after_first_paint(window, callback) -> None:
    """Call ``callback`` once ``window`` has painted itself for the first time. A zero timer set
    before ``show()`` fires before that paint (the paint waits for the window to be exposed), so
    work started that way (the demo vault's modules and its worker, the keychain) made the first
    window wait for it."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's API
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, callback)
                self.deleteLater()
            return False

    window.installEventFilter(_FirstPaint(window))


def _report_times(window, demo: bool) -> None:
    """Print the wall-clock time of the first paint and of the filled cases list, then close."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's API
            if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                print(f"shown {time.time():.6f}", flush=True)
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)

    def ready() -> None:
        shown = getattr(watcher, "seen", False)
        if shown and (not demo or (window.session is not None and window.cases.list.count())):
            print(f"ready {time.time():.6f}", flush=True)
            window.close()
        else:
            QTimer.singleShot(2, ready)

    QTimer.singleShot(0, ready)
