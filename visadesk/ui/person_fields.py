"""The person editor's fields and the model: which dotted paths of a Person (or Sponsor) the
editor shows as text, and how a value becomes text and text a value again (dates as
DD.MM.YYYY, countries by name in the user's language, comma-separated lists). No widgets."""

from __future__ import annotations

from datetime import date

from visadesk.ui.field_widgets import country_code, country_name, ui_lang

TEXT_FIELDS = (
    "surname",
    "given_names",
    "patronymic",
    "surname_at_birth",
    "place_of_birth",
    "national_id_number",
    "phone",
    "email",
    "occupation",
    "employer",
)
COUNTRY_FIELDS = ("country_of_birth", "nationality")
DOC_FIELDS = ("number", "issuing_country", "issuing_authority", "issue_date", "expiry_date")


PATH_FIELDS = {  # dotted model paths edited as text: kind decides how text becomes a value
    "nationality_at_birth": "country",
    "other_nationalities": "countries",
    "former_surnames": "list",
    "civil_status_other": "text",
    "address.street": "text",
    "address.postal_code": "text",
    "address.city": "text",
    "address.region": "text",
    "address.country": "country",
    "military.reservist_category": "text",
    "military.notice_date": "date",
    "military.notes": "text",
    "guardian.surname": "text",
    "guardian.given_names": "text",
    "guardian.relationship": "text",
    "guardian.phone": "optional",
    "notes": "text",
    "residence_country": "country",
    "residence_status_detail": "text",
    "residence_permit_number": "text",
    "residence_permit_valid_until": "date",
    "arrival_date": "date",
}
SPONSOR_ONLY = {
    "residence_country",
    "residence_status",
    "residence_status_detail",
    "residence_permit_number",
    "residence_permit_valid_until",
    "arrival_date",
}


def _get(data: dict, path: str):
    if path.startswith("guardian."):
        guardians = data.get("guardians") or []
        return guardians[0].get(path.split(".", 1)[1]) if guardians else None
    node = data
    for part in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def _set(data: dict, path: str, value) -> None:
    if path.startswith("guardian."):
        guardians = list(data.get("guardians") or [])
        field = path.split(".", 1)[1]
        if not guardians:
            if value in (None, "", []):
                return
            guardians = [{}]
        guardians[0] = {**guardians[0], field: value}
        if not any(v for k, v in guardians[0].items() if k not in ("person_id",)):
            guardians = guardians[1:]
        data["guardians"] = guardians
        return
    parts = path.split(".")
    node = data
    for part in parts[:-1]:
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    node[parts[-1]] = value


def _show(value, kind: str) -> str:
    if value is None:
        return ""
    if kind == "countries":
        return ", ".join(country_name(c, ui_lang()) for c in value)
    if kind == "country":
        return country_name(str(value), ui_lang())
    if kind == "list":
        return ", ".join(value)
    if kind == "date" and isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def _parse(text: str, kind: str):
    text = text.strip()
    if kind in ("list", "countries"):
        items = [x.strip() for x in text.split(",") if x.strip()]
        return [country_code(x, ui_lang()) for x in items] if kind == "countries" else items
    if kind == "date":
        return _parse_date(text)
    if kind == "country":
        return country_code(text, ui_lang()) or None
    if kind == "optional":
        return text or None
    return text


def _parse_date(text: str) -> date | str | None:
    from visadesk.forms.types import ValueProblem, parse_date

    text = text.strip()
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueProblem:
        return text  # left as text: the model reports it as not a date, next to the field
