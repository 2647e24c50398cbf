"""Start the Qt application. Until the full desktop app lands, a main window titled "VisaDesk"
that says what the command line can already do."""

from __future__ import annotations

import sys


def build_window():  # -> QMainWindow (Qt imported lazily: the CLI must stay light)
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QLabel, QMainWindow

    window = QMainWindow()
    window.setWindowTitle("VisaDesk")
    text = QCoreApplication.translate(
        "MainWindow",
        "<h2>VisaDesk</h2><p>Your data stays encrypted on this computer.</p>"
        "<p>The desktop screens are being built. Meanwhile every feature is available from the "
        "command line: <code>visadesk --help</code>.</p>",
    )
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("MainWindow", "Welcome"))
    window.setCentralWidget(label)
    window.resize(900, 600)
    return window


def run(demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("VisaDesk")
    window = build_window()
    window.show()
    return app.exec()
