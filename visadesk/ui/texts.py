"""Texts the core hands over as keys (problem kinds, value sources), in the user's language.

The core keeps English sentences for logs and the CLI, plus a stable key and parameters; the UI
turns the key into a translated sentence here, so a Russian speaker never reads English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from visadesk.forms.result import FieldProblem


def _tr(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


def problem_text(problem: FieldProblem) -> str:
    """What is wrong with a field, as a short phrase ("is required", "must be a date")."""
    params = dict(problem.params)
    key = problem.message_key
    if key == "required":
        return _tr("is required")
    if key == "date_format":
        return _tr("is not a date; write it as DD.MM.YYYY")
    if key == "not_a_date":
        return _tr("is not a date (there is no such day)")
    if key == "choice":
        return _tr("is not one of the choices")
    if key == "country":
        return _tr("is not a country; choose one from the list")
    if key == "phone":
        return _tr("is not a phone number with its country code (e.g. +33 6 12 34 56 78)")
    if key == "email":
        return _tr("is not an e-mail address")
    if key == "min_length":
        return _tr("is too short")
    if key == "max_length":
        return _tr("is too long")
    if key == "pattern":
        return _tr("has a wrong format")
    if key == "charset":
        return _tr("must be written in Latin letters (VIDEX: also no other signs)")
    if key == "min_date" and "date" in params:
        return _tr("must be on or after {date}").format(date=_date(params["date"]))
    if key == "max_date" and "date" in params:
        return _tr("must be on or before {date}").format(date=_date(params["date"]))
    if key in ("min_value", "max_value", "type"):
        return _tr("has a value that cannot be used here")
    return problem.message


def _date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def source_text(source: str, path: str | None) -> str:
    """Where a field's value comes from, for the mark beside it."""
    tr = QCoreApplication.translate
    if source == "answer":
        return tr("Sources", "your answer for this form")
    if source == "profile":
        if path and path.startswith("sponsor."):
            return tr("Sources", "from the sponsor's profile")
        if path and path.startswith("case."):
            return tr("Sources", "from the case")
        return tr("Sources", "from the person's profile")
    if source == "computed":
        return tr("Sources", "calculated from the profile")
    if source == "default":
        return tr("Sources", "usual answer (change it if it does not fit)")
    return ""
