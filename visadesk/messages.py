"""Typed errors of the core: each carries a message a user can act on, never a traceback.

The CLI maps them to exit code 1 and the UI to a message box, each in one place. Messages name
the field (as a dotted path such as ``applicants[0].documents[0].expiry_date``) and the problem.

Every message a user can see has a stable ``key`` and ``params``: the English text is built in
the core (the fallback), the other languages come from one catalog per language,
``resources/translations/messages_<lang>.json`` (key -> template, str.format placeholders),
shared by the CLI and the desktop app. Field paths are shown as readable names in the user's
language ("Заявитель 1 › Документ 1 › Срок действия") by :func:`field_label`.

Kept light (no dataclasses, nothing read for English): the CLI imports this at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

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

_language_source: Callable[[], str] | None = None
_catalogs: dict[str, dict[str, str]] = {}


def set_language_source(source: Callable[[], str] | None) -> Callable[[], str] | None:
    """Who says which language :meth:`VisaDeskError.user_message` speaks when not told (the
    CLI installs its locale); returns the previous source. None: English."""
    global _language_source
    previous, _language_source = _language_source, source
    return previous


def default_language() -> str:
    if _language_source is None:
        return "en"
    try:
        lang = _language_source()
    except Exception:  # noqa: BLE001 - a broken source must never hide the error reported
        return "en"
    return lang if lang in SUPPORTED else "en"


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


class VisaDeskError(Exception):
    """Base of every error the user can fix or must be told about.

    ``key`` and ``params`` let the UI and the CLI say it in the user's language (English, the
    ``message``, is the fallback); ``terms`` are parameters that are themselves keys (e.g. the
    part of a machine-readable zone) translated before they are filled in."""

    key: str = ""

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        key: str | None = None,
        params: Mapping[str, object] | None = None,
        terms: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        if key is not None:
            self.key = key
        self.params: dict[str, str] = {k: str(v) for k, v in (params or {}).items()}
        self.terms: dict[str, str] = dict(terms or {})

    def english_message(self) -> str:
        if self.field:
            return f"{self.field}: {self.message}"
        return self.message

    def text(self, lang: str) -> str:
        """The message (without the field) in ``lang``; the English message when untranslated."""
        if lang == "en" or not self.key:
            return self.message
        template = catalog(lang).get(self.key)
        if template is None:
            return self.message
        values: dict[str, str] = dict(self.params)
        for name, term in self.terms.items():
            values[name] = catalog(lang).get(term) or self.english_term(term)
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return self.message

    def english_term(self, term: str) -> str:
        """The English of a term key (subclasses that use terms know them)."""
        return term

    def field_text(self, lang: str) -> str:
        """The field this error names, in ``lang`` ("" when none)."""
        if not self.field:
            return ""
        if lang == "en" or not looks_like_path(self.field):
            return self.field  # English, or a command-line flag ("--person", "-o")
        if not any(c in self.field for c in ".["):
            return ""  # one bare name ("passphrase", "id"): the sentence itself says what
        return field_label(self.field, lang)

    def user_message(self, lang: str | None = None) -> str:
        """What to show: in ``lang``, or in the language the CLI (or nobody: English) set."""
        lang = lang or default_language()
        if lang == "en":
            return self.english_message()
        text = self.text(lang)
        where = self.field_text(lang)
        return f"{where}: {text}" if where and not self.names_its_field() else text

    def names_its_field(self) -> bool:
        """True when the message itself already names the field (no "field: " in front)."""
        return False


def keyed(
    key: str,
    *,
    cls: type[VisaDeskError] | None = None,
    field: str | None = None,
    **params: object,
) -> VisaDeskError:
    """An error of ``cls`` (VisaDeskError) for a key of CORE: its English filled in, its key and
    parameters kept for the translations."""
    return (cls or VisaDeskError)(CORE[key].format(**params), field=field, key=key, params=params)


class Problem:
    """One problem in user data: where (a field path) and what (a readable sentence).

    ``key`` is a stable kind ("required", "unknown_country" …) the UI and CLI translate
    (catalog key ``problem.<key>``); ``params`` fill its placeholders. Immutable."""

    __slots__ = ("key", "message", "params", "path")
    path: str
    message: str
    key: str
    params: tuple[tuple[str, str], ...]

    def __init__(
        self, path: str, message: str, key: str = "", params: Iterable[tuple[str, str]] = ()
    ) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "params", tuple(params))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Problem is immutable (tried to set {name})")

    def __reduce__(self) -> tuple[type[Problem], tuple[str, str, str, tuple[tuple[str, str], ...]]]:
        return (Problem, self._tuple())  # copy and pickle through __init__ (it is immutable)

    def _tuple(self) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
        return (self.path, self.message, self.key, self.params)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and self._tuple() == other._tuple()

    def __hash__(self) -> int:
        return hash(self._tuple())

    def __repr__(self) -> str:
        return (
            f"Problem(path={self.path!r}, message={self.message!r}, key={self.key!r}, "
            f"params={self.params!r})"
        )

    def text(self, lang: str) -> str:
        """What is wrong (without the field), in ``lang``."""
        if lang == "en" or not self.key:
            return self.message
        template = catalog(lang).get(f"problem.{self.key}")
        if template is None:
            return self.message
        try:
            return template.format(**dict(self.params))
        except (KeyError, IndexError, ValueError):
            return self.message

    def user_message(self, lang: str | None = None) -> str:
        """ "Field: what is wrong", the field named as the user reads it, in ``lang``."""
        lang = lang or default_language()
        if lang == "en":
            return f"{self.path}: {self.message}" if self.path else self.message
        text = self.text(lang)
        return f"{field_label(self.path, lang)}: {text}" if self.path else text

    def __str__(self) -> str:
        return self.user_message()


class InvalidData(VisaDeskError):
    """User data (a case file, a form answer) failed validation; ``problems`` lists each one."""

    def __init__(self, problems: list[Problem], *, what: str = "The data") -> None:
        self.problems = list(problems)
        first = self.problems[0] if self.problems else Problem("", "invalid", "invalid")
        super().__init__(
            f"{what} has {len(self.problems)} problem(s); first: "
            f"{first.path + ': ' if first.path else ''}{first.message}",
            field=first.path or None,
        )

    def english_message(self) -> str:
        return "\n".join(p.user_message("en") for p in self.problems)

    def user_message(self, lang: str | None = None) -> str:
        lang = lang or default_language()
        return "\n".join(p.user_message(lang) for p in self.problems)


class UnsupportedFormat(VisaDeskError):
    """A file written by a newer VisaDesk (or not a VisaDesk file at all)."""


__all__ = [
    "ENGLISH",
    "InvalidData",
    "Problem",
    "UnsupportedFormat",
    "VisaDeskError",
    "catalog",
    "field_label",
    "set_language_source",
]
