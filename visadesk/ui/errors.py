"""Errors become readable messages, in one place: core errors carry their own user message;
anything unexpected is logged (type and code location only) and shown as a plain sentence."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from visadesk.errors import VisaDeskError

log = logging.getLogger("visadesk.ui")


def user_message(exc: BaseException) -> str:
    from visadesk.vault import NewerFormat, VaultBusy, WrongPassphrase

    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "Errors", "Wrong passphrase. Check the keyboard layout and Caps Lock, then try again."
        )
    if isinstance(exc, VaultBusy):
        return QCoreApplication.translate(
            "Errors", "The vault is in use by another VisaDesk window. Close it and try again."
        )
    if isinstance(exc, NewerFormat):
        return QCoreApplication.translate(
            "Errors", "This vault was written by a newer VisaDesk. Please update VisaDesk."
        )
    from visadesk.casework import CaseworkError

    if isinstance(exc, CaseworkError):
        from visadesk.ui.casework_messages import casework_message

        return casework_message(exc)
    if isinstance(exc, VisaDeskError):
        return exc.user_message()
    log.error(
        "unexpected error: %s", type(exc).__name__, exc_info=(type(exc), exc, exc.__traceback__)
    )
    return QCoreApplication.translate(
        "Errors",
        "Something went wrong inside VisaDesk ({kind}). Your saved data is safe. "
        "The details are in the log, which contains no personal data.",
    ).format(kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "VisaDesk"))
    box.setText(user_message(exc))
    box.setAccessibleName(QCoreApplication.translate("Errors", "Error message"))
    box.open()
