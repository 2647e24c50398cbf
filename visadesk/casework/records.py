"""What a case records besides its people: title, status, appointment, note, applications,
form answers and scans (their metadata; the sealed bytes are the vault's)."""

from __future__ import annotations

from datetime import date

from visadesk.case.model import AnswerValue, Application, Attachment, Case, CaseStatus, utcnow
from visadesk.casework.core import CaseworkError, validated


def default_title(case: Case) -> str:
    """The applicants' names, as the case list shows a case without a title of its own."""
    names = [p.display_name() for p in case.applicants if p.full_name or p.full_name_latin]
    return ", ".join(names)


def rename(case: Case, title: str) -> Case:
    """Set the case's own title; an empty title means "the applicants' names"."""
    return validated({**case.model_dump(mode="json"), "title": title.strip()})


def set_status(case: Case, status: CaseStatus | str) -> Case:
    try:
        value = CaseStatus(status)
    except ValueError:
        raise CaseworkError(
            "unknown_status",
            f"unknown status {status!r} (one of: {', '.join(s.value for s in CaseStatus)})",
            field="status",
            status=str(status),
        ) from None
    return validated({**case.model_dump(mode="json"), "status": value.value})


def set_appointment(case: Case, when: date | None) -> Case:
    return validated(
        {**case.model_dump(mode="json"), "appointment": when.isoformat() if when else None}
    )


def set_note(case: Case, note: str) -> Case:
    return validated({**case.model_dump(mode="json"), "notes": note})


def add_application(
    case: Case, person_id: str, form_id: str, application_id: str | None = None
) -> Case:
    """A new, empty application of one person for one form (``application_id``: its id, so the
    caller can show it)."""
    if person_id not in {p.id for p in case.people()}:
        raise CaseworkError("no_such_person", "this person is not (or no longer) in the case")
    data = case.model_dump(mode="json")
    app = Application(person_id=person_id, form_id=form_id)
    if application_id is not None:
        app = Application(id=application_id, person_id=person_id, form_id=form_id)
    data["applications"].append(app.model_dump(mode="json"))
    return validated(data)


def remove_application(case: Case, application_id: str) -> Case:
    """Remove an application; scans attached to it go with it."""
    data = case.model_dump(mode="json")
    data["applications"] = [a for a in data["applications"] if a["id"] != application_id]
    return validated(data)


def answer_field(case: Case, application_id: str, field_id: str, value: AnswerValue) -> Case:
    """Store one form answer (``None`` or "" removes it) for one application."""
    data = case.model_dump(mode="json")
    for app in data["applications"]:
        if app["id"] == application_id:
            if value in (None, "", []):
                app["answers"].pop(field_id, None)
            else:
                app["answers"][field_id] = value
            app["updated_at"] = utcnow().isoformat()
            return validated(data)
    raise CaseworkError("no_such_application", "this application is not (or no longer) in the case")


def set_answers(case: Case, application: Application) -> Case:
    """Replace one application's answers (the wizard saves a page at once)."""
    data = case.model_dump(mode="json")
    for i, app in enumerate(data["applications"]):
        if app["id"] == application.id:
            data["applications"][i] = application.model_dump(mode="json")
            return validated(data)
    raise CaseworkError("no_such_application", "this application is not (or no longer) in the case")


def attach_scan(case: Case, *attachments: Attachment) -> Case:
    """List scans whose bytes are sealed in the vault (or, in a case file, lie beside it)."""
    data = case.model_dump(mode="json")
    known = {a["id"] for a in data["attachments"]}
    for att in attachments:
        if att.id in known:
            data["attachments"] = [
                att.model_dump(mode="json") if a["id"] == att.id else a for a in data["attachments"]
            ]
        else:
            data["attachments"].append(att.model_dump(mode="json"))
    return validated(data)


def remove_scan(case: Case, attachment_id: str) -> Case:
    """Unlist a scan; :func:`visadesk.casework.save` deletes its sealed bytes."""
    data = case.model_dump(mode="json")
    data["attachments"] = [a for a in data["attachments"] if a["id"] != attachment_id]
    return validated(data)


def edit_details(
    case: Case, title: str, status: CaseStatus | str, appointment: date | None, note: str
) -> Case:
    """The case's own record at once (the Summary tab's Save): title, status, appointment, note."""
    case = rename(case, title)
    case = set_status(case, status)
    case = set_appointment(case, appointment)
    return set_note(case, note)
