"""Texts the core hands over as keys (problem kinds, value sources), in the user's language.

The core keeps English sentences for logs and the CLI, plus a stable key and parameters; the UI
turns the key into a translated sentence here, so a Russian speaker never reads English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from visadesk.forms.result import FieldProblem

translate = QCoreApplication.translate


def problem_text(problem: FieldProblem) -> str:
    """What is wrong with a field, as a short phrase ("is required", "must be a date")."""
    params = dict(problem.params)
    key = problem.message_key
    if key == "required":
        return translate("Problems", "is required")
    if key == "date_format":
        return translate("Problems", "is not a date; write it as DD.MM.YYYY")
    if key == "not_a_date":
        return translate("Problems", "is not a date (there is no such day)")
    if key == "choice":
        return translate("Problems", "is not one of the choices")
    if key == "country":
        return translate("Problems", "is not a country; choose one from the list")
    if key == "phone":
        return translate(
            "Problems", "is not a phone number with its country code (e.g. +33 6 12 34 56 78)"
        )
    if key == "email":
        return translate("Problems", "is not an e-mail address")
    if key == "min_length":
        return translate("Problems", "is too short")
    if key == "max_length":
        return translate("Problems", "is too long")
    if key == "pattern":
        return translate("Problems", "has a wrong format")
    if key == "charset" and "chars" in params:  # only the German VIDEX forms pass the signs
        return translate(
            "Problems",
            "must be written in Latin letters (VIDEX: also no other signs); not {chars}",
        ).format(chars=" ".join(params["chars"]))
    if key == "charset":
        return translate("Problems", "must be written in Latin letters, as in the passport")
    if key == "min_date" and "date" in params:
        return translate("Problems", "must be on or after {date}").format(
            date=_date(params["date"])
        )
    if key == "max_date" and "date" in params:
        return translate("Problems", "must be on or before {date}").format(
            date=_date(params["date"])
        )
    if key in ("min_value", "max_value", "type"):
        return translate("Problems", "has a value that cannot be used here")
    return problem.message


def _date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def source_text(source: str, path: str | None) -> str:
    """Where a field's value comes from, for the mark beside it."""
    if source == "answer":
        return translate("Sources", "your answer for this form")
    if source == "profile":
        if path and path.startswith("sponsor."):
            return translate("Sources", "from the sponsor's profile")
        if path and path.startswith("case."):
            return translate("Sources", "from the case")
        return translate("Sources", "from the person's profile")
    if source == "computed":
        return translate("Sources", "calculated from the profile")
    if source == "default":
        return translate("Sources", "usual answer (change it if it does not fit)")
    return ""
