"""The refusals of visadesk.casework in the user's language (keyed by CaseworkError.key)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from visadesk.casework import CaseworkError

translate = QCoreApplication.translate


def casework_message(exc: CaseworkError) -> str:
    p = dict(exc.params)
    if "parts" in p:
        names = {
            "address": translate("Casework", "home address"),
            "parents": translate("Casework", "parents"),
            "nationality": translate("Casework", "nationality"),
            "birth": translate("Casework", "place of birth"),
        }
        p["parts"] = ", ".join(names.get(x.strip(), x.strip()) for x in p["parts"].split(","))
    messages = {
        "no_such_person": translate("Casework", "This person is no longer in the case."),
        "duplicate_person": translate("Casework", "This person is already in the case."),
        "sponsor_is_applicant": translate("Casework", "An applicant cannot also be the sponsor."),
        "last_applicant": translate(
            "Casework", "A case needs at least one applicant; delete the case instead."
        ),
        "only_guardian": translate(
            "Casework",
            "{person} is the only guardian of {minor}, a minor: add another parent or "
            "guardian first.",
        ),
        "unknown_part": translate("Casework", "Choose what to copy."),
        "nothing_to_copy": translate(
            "Casework", "Nothing to copy: {person} has none of this recorded ({parts})."
        ),
        "unknown_status": translate("Casework", "Unknown case status {status}."),
        "no_such_application": translate("Casework", "This application is no longer in the case."),
        "unknown_choice": translate("Casework", "Unknown choice for a case already there."),
    }
    text = messages.get(exc.key)
    if text is None:
        return _fallback(exc)
    try:
        return text.format(**p)
    except (KeyError, IndexError):
        return _fallback(exc)


def _fallback(exc: CaseworkError) -> str:
    from visadesk.ui.labels import ui_language

    return exc.user_message(ui_language())
