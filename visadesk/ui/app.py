"""Start the Qt application (placeholder main window until the desktop work lands)."""

from __future__ import annotations

import sys


def run(demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("VisaDesk")
    window.setCentralWidget(QLabel("VisaDesk"))
    window.resize(900, 600)
    window.show()
    return app.exec()
