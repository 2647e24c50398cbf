"""Errors become readable messages, in one place: core errors carry their own user message;
anything unexpected is logged (type and code location only) and shown as a plain sentence."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from visadesk.errors import InvalidData, Problem, VisaDeskError

log = logging.getLogger("visadesk.ui")
translate = QCoreApplication.translate


def problem_message(problem: Problem) -> str:
    """What is wrong with a field (a core validation Problem), in the user's language."""
    p = dict(problem.params)
    texts = {
        "required": lambda: translate("Problems", "is required"),
        "unknown_field": lambda: translate("Problems", "is not a known field"),
        "too_long": lambda: translate("Problems", "is too long"),
        "too_long_max": lambda: translate(
            "Problems", "is too long (at most {max} characters)"
        ).format(max=p.get("max", "")),
        "too_short": lambda: translate("Problems", "is too short"),
        "date": lambda: translate("Problems", "is not a date; write it as DD.MM.YYYY"),
        "datetime": lambda: translate("Problems", "is not a date and time"),
        "pattern": lambda: translate("Problems", "has a wrong format"),
        "type": lambda: translate("Problems", "has a value that cannot be used here"),
        "choice": lambda: translate("Problems", "is not one of the choices"),
        "unknown_country": lambda: translate(
            "Problems", "“{value}” is not a country VisaDesk knows; choose one from the list"
        ).format(value=p.get("value", "")),
    }
    make = texts.get(problem.key)
    if make is not None:
        return make()
    from visadesk.ui.labels import ui_language

    return problem.text(ui_language())  # the shared catalog, else English


def problem_line(problem: Problem) -> str:
    """ "Field › path: what is wrong", the field named as the screens name it."""
    from visadesk.ui.labels import field_path

    text = problem_message(problem)
    return f"{field_path(problem.path)}: {text}" if problem.path else text


def _vault_message(exc: BaseException) -> str | None:
    from visadesk.vault.errors import (
        BundleDamaged,
        BundleNewerFormat,
        NotABundle,
        WrongBundlePassphrase,
    )

    if isinstance(exc, WrongBundlePassphrase):
        return translate(
            "Errors",
            "Wrong bundle passphrase. It is the one chosen or shown when the bundle was made, "
            "not your vault passphrase. Nothing was imported.",
        )
    if isinstance(exc, NotABundle):
        return translate(
            "Errors", "This file is not a VisaDesk case bundle (.vdx). Nothing was imported."
        )
    if isinstance(exc, BundleNewerFormat):
        return translate(
            "Errors",
            "This bundle was made by a newer VisaDesk. Please update VisaDesk; nothing was "
            "imported.",
        )
    if isinstance(exc, BundleDamaged):
        return translate(
            "Errors",
            "The bundle is damaged, incomplete or was modified. Nothing was imported. Ask for "
            "the bundle to be sent again.",
        )
    return None


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
    vault_text = _vault_message(exc)
    if vault_text is not None:
        return vault_text
    if isinstance(exc, InvalidData):
        return "\n".join(problem_line(p) for p in exc.problems)
    if isinstance(exc, VisaDeskError):
        from visadesk.ui.labels import ui_language

        return exc.user_message(ui_language())  # MRZ, vault, … by key (English fallback)
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
