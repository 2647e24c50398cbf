"""The words of the core: the English of every message key it owns, the per-language catalogs
and field paths read as names.

Every message a user can see has a stable ``key`` and ``params``: the English text is built in
the core (the fallback), the other languages come from one catalog per language,
``resources/translations/messages_<lang>.json`` (key -> template, str.format placeholders),
shared by the CLI and the desktop app. Field paths are shown as readable names in the user's
language ("Заявитель 1 › Документ 1 › Срок действия") by :func:`field_label`. The error
classes that carry these keys are in :mod:`visadesk.errors`.

Kept light (no dataclasses, nothing read for English): the CLI imports this at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

SUPPORTED = ("en", "ru", "uk", "fr", "de")

# English of the keys this module owns: the problems of user data (see case/validation.py) and
# the readable names of the fields a path can name. Other modules keep their own (MESSAGES in
# visadesk.vault.errors, visadesk.identity.mrz); tests/test_messages_catalogs.py checks that
# every key has a translation in every catalog.
PROBLEMS: dict[str, str] = {
    "problem.required": "is required",
    "problem.unknown_field": "is not a known field (check the spelling)",
    "problem.too_long": "is too long",
    "problem.too_long_max": "is too long (at most {max} characters)",
    "problem.too_short": "is too short",
    "problem.date": "is not a valid date (write it as YYYY-MM-DD, e.g. 1990-03-25)",
    "problem.datetime": "is not a valid date and time (ISO 8601)",
    "problem.pattern": "has a wrong format",
    "problem.type": "has a value that cannot be used here",
    "problem.choice": "is not one of the choices",
    "problem.unknown_country": "“{value}” is not a country VisaDesk knows; choose one from the list",
    "problem.invalid": "is invalid",
    # the case model's own checks (case/model.py, case/fields.py), matched in case/validation.py
    "problem.after_issue": "must be after the date of issue",
    "problem.document_number_chars": "may contain only letters, digits and spaces",
    "problem.guardian_name": "a guardian needs a name (or a person in this case)",
    "problem.notice_without_status": (
        "a notice date only fits the status 'mobilisation notice received'"
    ),
    "problem.before_birth": "is before the date of birth",
    "problem.duplicate_id": "two people in the case share this id",
    "problem.minor_needs_guardian": "a minor needs at least one parent or legal guardian",
    "problem.no_such_person": "no such person in this case",
    "problem.duplicate_application": "duplicate application id",
    "problem.no_such_application": "no such application in this case",
    "problem.no_such_evidence": "no such evidence",
    "problem.no_such_attachment": "no such attachment",
    "problem.duplicate_evidence": "two pieces of evidence share an id",
    "problem.duplicate_event": "two events share an id",
    "problem.one_letter_per_person": "one letter per person",
    "problem.control_character": "contains a control character",
    "problem.bidi": "contains invisible text-direction marks; please retype it",
    "problem.one_line": "must be on one line",
    "problem.name_character": "a name cannot contain {char}",
    "problem.phone": (
        "is not a phone number; write it with the country code, e.g. +33 6 12 34 56 78"
    ),
    "problem.phone_country": "{value} is not a valid phone number for its country code",
    "problem.email": "{value} is not an e-mail address",
    "problem.future": "cannot be in the future",
}

# Items of a list, numbered from 1 for people ("applicants[0]" -> "Applicant 1").
FIELD_ITEMS: dict[str, str] = {
    "field.applicants": "Applicant {n}",
    "field.documents": "Document {n}",
    "field.applications": "Application {n}",
    "field.attachments": "Scan {n}",
    "field.guardians": "Guardian {n}",
    "field.former_surnames": "Former surname {n}",
    "field.other_nationalities": "Other nationality {n}",
    "field.events": "Event {n}",
    "field.evidence": "Evidence {n}",
    "field.statements": "Letter {n}",
}

# The same lists named as a whole ("applicants[1].guardians": the guardians of applicant 2).
FIELD_LISTS: dict[str, str] = {
    "field.list.applicants": "Applicants",
    "field.list.documents": "Travel documents",
    "field.list.applications": "Applications",
    "field.list.attachments": "Scans",
    "field.list.guardians": "Parents or guardians",
    "field.list.former_surnames": "Former surnames",
    "field.list.other_nationalities": "Other nationalities",
    "field.list.events": "Events",
    "field.list.evidence": "Evidence",
    "field.list.statements": "Letters",
}

FIELDS: dict[str, str] = {
    "field.document": "The file",
    "field.format": "File format",
    "field.title": "Case title",
    "field.status": "Case status",
    "field.appointment": "Appointment",
    "field.sponsor": "Sponsor",
    "field.notes": "Notes",
    "field.surname": "Surname",
    "field.given_names": "Given names",
    "field.patronymic": "Patronymic",
    "field.latin_surname": "Latin surname",
    "field.latin_given_names": "Latin given names",
    "field.translit_scheme": "Passport spelling scheme",
    "field.surname_at_birth": "Surname at birth",
    "field.sex": "Sex",
    "field.date_of_birth": "Date of birth",
    "field.place_of_birth": "Place of birth",
    "field.country_of_birth": "Country of birth",
    "field.nationality": "Nationality",
    "field.nationality_at_birth": "Nationality at birth",
    "field.civil_status": "Civil status",
    "field.civil_status_other": "Civil status, if other",
    "field.national_id_number": "National identity number",
    "field.address": "Home address",
    "field.street": "Street and number",
    "field.postal_code": "Postal code",
    "field.city": "City",
    "field.region": "Region",
    "field.country": "Country",
    "field.phone": "Phone",
    "field.email": "E-mail",
    "field.occupation": "Occupation",
    "field.employer": "Employer or school",
    "field.employer_address": "Employer's address",
    "field.employer_phone": "Employer's phone",
    "field.relationship_to_sponsor": "Relationship to the sponsor",
    "field.relationship": "Relationship",
    "field.military": "Military service",
    "field.reservist_category": "Reserve category",
    "field.notice_date": "Mobilisation notice received on",
    "field.type": "Type",
    "field.type_other": "Type, if other",
    "field.number": "Number",
    "field.issuing_country": "Issuing country",
    "field.issuing_authority": "Issuing authority",
    "field.issue_date": "Date of issue",
    "field.expiry_date": "Valid until",
    "field.residence_country": "Country of residence",
    "field.residence_status": "Residence status",
    "field.residence_status_detail": "Status details",
    "field.residence_document_type": "Residence document",
    "field.residence_permit_number": "Residence permit number",
    "field.residence_permit_valid_until": "Permit valid until",
    "field.arrival_date": "Arrived on",
    "field.form_id": "Form",
    "field.answers": "Answers",
    "field.person_id": "Person",
    "field.filename": "File name",
    "field.passphrase": "Passphrase",
    "field.id": "Identifier",
    "field.application_id": "Application",
    "field.attachment_id": "Scan",
    "field.translation_attachment_id": "Scan of the translation",
    "field.person_ids": "People",
    "field.evidence_ids": "Evidence",
    "field.account": "Account of the danger",
    "field.situation": "Where can I go?",
}

# The other parts of the core that speak to the user (case files, scans, the packet, letters,
# routes, forms), raised with :func:`keyed`.
CORE: dict[str, str] = {
    "file.too_large": "{name} is larger than {limit} MiB",
    "file.not_utf8": "{name} is not UTF-8 text (byte {byte} cannot be read)",
    "file.not_json": "{name} is not valid JSON: {detail} at line {line}, column {column}",
    "file.too_deep": "{name} is nested too deeply to be a case",
    "file.not_object": "{name} must contain a JSON object, not {type}",
    "file.newer_case_format": (
        "{name} was written by a newer VisaDesk (format {format}); this version reads "
        "{supported}. Please update VisaDesk."
    ),
    "file.not_a_case": "{name} is not a VisaDesk case (format {format})",
    "file.missing": "{path}: no such file",
    "file.is_folder": "{path} is a folder, not a case file",
    "file.permission": "{path}: permission denied",
    "problem.format_required": 'is required ("{format}")',
    "scan.unreadable": "cannot read {name}: {reason}",
    "scan.not_a_scan": (
        "{name} is not a PDF, JPEG or PNG file; scan or save the document in one of these formats"
    ),
    "scan.type": (
        "attachment {name} is not the PDF, PNG or JPEG file it claims to be; it was refused "
        "and nothing in it was opened"
    ),
    "scan.pixels": (
        "attachment {name} has too many pixels to decode; scan it again at a lower "
        "resolution (300 dpi is plenty)"
    ),
    "pdf.unreadable_pdf": "attachment {name} is not a readable PDF ({reason})",
    "pdf.unreadable_image": "attachment {name} is not a readable image ({reason})",
    "case.no_person_id": "no person with id {id} in this case",
    "letter.none": "no letter for this person: it needs a humanitarian request and an account",
    "letter.languages": "letters are written in {languages}",
    "form.unknown": "unknown form {form}; known forms: {known}",
    "route.no_person": "no such person in this case",
    "route.no_application": "{rule} creates no application",
    "route.no_field": "{rule}: form {form} has no field {field_id}",
    "route.not_a_choice": "{rule}: {value} is not a choice of {field_id}",
    "route.unknown": "unknown route {rule}",
    "route.not_applicant": "not an applicant of this case",
}

# What is wrong with a form's answer (visadesk.forms: ValueProblem / FieldProblem keys).
VALUES: dict[str, str] = {
    "value.required": "is required",
    "value.date_format": "{value} is not a date; write it as DD.MM.YYYY or YYYY-MM-DD",
    "value.not_a_date": "{value} is not a date (no such day)",
    "value.type": "has a value that cannot be used here",
    "value.choice": "{value} is not one of the choices",
    "value.country": "{value} is not a country code",
    "value.phone": "is not a phone number with its country code (e.g. +33 6 12 34 56 78)",
    "value.email": "is not an e-mail address",
    "value.min_length": "is too short",
    "value.max_length": "is too long",
    "value.pattern": "has a wrong format",
    "value.charset": "must be written in Latin letters, as in the passport",
    "value.charset_videx": "must be written in Latin letters (VIDEX: also no other signs); not {chars}",
    "value.min_date": "must be on or after {date}",
    "value.max_date": "must be on or before {date}",
    "value.min_value": "has a value that cannot be used here",
    "value.max_value": "has a value that cannot be used here",
}

ENGLISH: dict[str, str] = {
    **PROBLEMS,
    **FIELD_ITEMS,
    **FIELD_LISTS,
    **FIELDS,
    **CORE,
    **VALUES,
}
_catalogs: dict[str, dict[str, str]] = {}


def catalog(lang: str) -> dict[str, str]:
    """The translations of ``lang`` (key -> template); empty for English or when unreadable."""
    if lang == "en" or lang not in SUPPORTED:
        return {}
    cached = _catalogs.get(lang)
    if cached is not None:
        return cached
    import json  # only for a translated language
    from importlib import resources

    data: object = {}
    try:
        path = resources.files("visadesk.resources") / "translations" / f"messages_{lang}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, ModuleNotFoundError):
        data = {}
    result = (
        {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str) and v}
        if isinstance(data, dict)
        else {}
    )
    _catalogs[lang] = result
    return result


def translate(key: str, english: str, lang: str, params: Mapping[str, object] = {}) -> str:
    """``key`` in ``lang`` with ``params`` filled in; ``english`` (formatted) when there is no
    translation or it does not fit its parameters."""
    template = catalog(lang).get(key) if lang != "en" else None
    if template is not None:
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            pass
    try:
        return english.format(**params) if params else english
    except (KeyError, IndexError, ValueError):
        return english


_PART = r"([^.\[\]]+)|\[(\d+)\]"  # compiled on first use (re caches it): not at start-up


def path_parts(path: str) -> list[tuple[str, int | None]]:
    """``applicants[0].documents[1].number`` -> ``[("applicants", 0), ("documents", 1),
    ("number", None)]`` (a list index is attached to the name before it)."""
    import re

    parts: list[tuple[str, int | None]] = []
    for m in re.finditer(_PART, path):
        name, index = m.group(1), m.group(2)
        if name is not None and name.isdigit() and parts and parts[-1][1] is None:
            parts[-1] = (parts[-1][0], int(name))  # pydantic's loc joined with dots
        elif name is not None:
            parts.append((name, None))
        elif parts and parts[-1][1] is None:
            parts[-1] = (parts[-1][0], int(index))
        else:
            parts.append(("", int(index)))
    return parts


def looks_like_path(text: str) -> bool:
    """A field path of the data (not a command-line flag such as ``--person``)."""
    return bool(text) and not text.startswith("-") and " " not in text.strip()


def field_label(path: str, lang: str, *, names: Mapping[str, str] | None = None) -> str:
    """A field path as the user reads it: ``applicants[0].documents[0].expiry_date`` ->
    "Applicant 1 › Document 1 › Valid until" (or "Заявитель 1 › Документ 1 › Срок действия").

    ``names`` (field name -> label already in ``lang``) wins over the catalog: the UI passes
    the labels its forms show. Unknown names (a form's own field id) are kept as they are;
    "sponsor" and "applicants[0]" name the person; "answers.<id>" names the form's field."""
    if path in ("", "(document)"):
        return translate("field.document", FIELDS["field.document"], lang)
    out: list[str] = []
    parts = path_parts(path)
    for i, (name, index) in enumerate(parts):
        if index is not None:
            key = f"field.{name}"
            english = FIELD_ITEMS.get(key)
            if english is None:
                label = names.get(name) if names else None
                out.append(f"{label or name or ''} {index + 1}".strip())
            else:
                out.append(translate(key, english, lang, {"n": index + 1}))
            continue
        if i > 0 and parts[i - 1][0] == "answers":
            out.append(name)  # a form's own field id: the form names it
            continue
        label = names.get(name) if names else None
        if label is None:
            key = f"field.{name}"
            if key in FIELD_ITEMS:  # the whole list
                key = f"field.list.{name}"
            english = FIELDS.get(key) or FIELD_LISTS.get(key)
            label = translate(key, english, lang) if english is not None else name
        out.append(label)
    return " › ".join(out)


__all__ = [
    "CORE",
    "ENGLISH",
    "PROBLEMS",
    "SUPPORTED",
    "catalog",
    "field_label",
    "looks_like_path",
    "path_parts",
    "translate",
]
