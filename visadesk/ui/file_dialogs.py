"""File dialogs that leave no trace: Qt's own dialog (never the desktop's, which records recent
files), no history, and Qt's remembered folders (``QtProject.conf``: the last folder visited
and a history, which name the folders of scans and exports) removed after each use.

Use these instead of the ``QFileDialog.get…`` functions everywhere in the UI."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget


def forget_history() -> None:
    """Remove the file dialog's group from Qt's user settings (``QtProject.conf``)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()


def _run(dialog: QFileDialog) -> list[str]:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles() if accepted else []
    finally:
        dialog.setHistory([])
        shiboken6.delete(dialog)  # Qt saves its settings when the dialog is destroyed: now
        forget_history()
    return chosen


def get_save_file_name(parent: QWidget | None, caption: str, path: str, filters: str) -> str:
    dialog = QFileDialog(parent, caption, path, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def get_open_file_name(parent: QWidget | None, caption: str, path: str, filters: str) -> str:
    chosen = get_open_file_names(parent, caption, path, filters, many=False)
    return chosen[0] if chosen else ""


def get_open_file_names(
    parent: QWidget | None, caption: str, path: str, filters: str, *, many: bool = True
) -> list[str]:
    dialog = QFileDialog(parent, caption, path, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(
        QFileDialog.FileMode.ExistingFiles if many else QFileDialog.FileMode.ExistingFile
    )
    return _run(dialog)
