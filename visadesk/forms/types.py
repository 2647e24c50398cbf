"""The one table of form-field types: how each type parses what was typed (or stored), how it
prints, which tick boxes it prints, how yes/no reads in the print languages, and which input
widget the UI builds for it. The engine, forms/values.py, the UI widgets and the official PDF
all read this table instead of keeping their own if-chains.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final, Literal

from visadesk.forms.schema import ChoiceDef, FieldDef, FieldType, FormDefinition

YES: Final[dict[str, str]] = {
    "en": "Yes", "fr": "Oui", "de": "Ja", "ru": "Да", "uk": "Так", "es": "Sí", "it": "Sì",
}  # fmt: skip
NO: Final[dict[str, str]] = {
    "en": "No", "fr": "Non", "de": "Nein", "ru": "Нет", "uk": "Ні", "es": "No", "it": "No",
}  # fmt: skip
_TRUE = ("yes", "true", "1", "да", "так", "oui", "ja", "sí", "si", "sì")
_FALSE = ("no", "false", "0", "нет", "ні", "non", "nein")
DATE_FORMATS: Final[dict[str, str]] = {
    "DD-MM-YYYY": "%d-%m-%Y",
    "DD.MM.YYYY": "%d.%m.%Y",
    "YYYY-MM-DD": "%Y-%m-%d",
    "DD/MM/YYYY": "%d/%m/%Y",
}
Widget = Literal["line", "longtext", "combo", "country", "checks"]


class ValueProblem(ValueError):
    """A value that does not parse or breaks a rule; ``key`` + ``params`` name the message for
    translation at the edge."""

    def __init__(self, key: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.key = key
        self.message = message
        self.params = tuple(sorted(params.items()))


def yes_no(langs: tuple[str, ...]) -> tuple[str, str]:
    """("Yes / Oui", "No / Non") in the print languages, each word once: an English-only form
    reads "Yes" and "No", never "No / No"."""
    langs = langs or ("en",)
    yes = " / ".join(dict.fromkeys(YES.get(lg, "Yes") for lg in langs))
    no = " / ".join(dict.fromkeys(NO.get(lg, "No") for lg in langs))
    return yes, no


def parse_date(raw: str) -> date:
    raw = raw.strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    m = re.fullmatch(r"(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})|(\d{4})-(\d{1,2})-(\d{1,2})", raw)
    if m:
        raise ValueProblem("not_a_date", f"{raw} is not a date (no such day)", value=raw)
    raise ValueProblem(
        "date_format", f"{raw!r} is not a date; write it as DD.MM.YYYY or YYYY-MM-DD", value=raw
    )


# --- parsers: (field, raw) -> value; raw is never None/""/[] here ------------------------------


def _parse_date(_field: FieldDef, raw: Any) -> date:
    if isinstance(raw, date):
        return raw
    if not isinstance(raw, str):
        raise ValueProblem("type", "must be a date")
    return parse_date(raw)


def _parse_bool(_field: FieldDef, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in _TRUE:
        return True
    if isinstance(raw, str) and raw.strip().lower() in _FALSE:
        return False
    raise ValueProblem("type", "must be yes or no")


def _parse_number(_field: FieldDef, raw: Any) -> int | float:
    if isinstance(raw, bool):
        raise ValueProblem("type", "must be a number")
    if isinstance(raw, int | float):
        return raw
    try:
        return float(str(raw).replace(",", ".").replace(" ", ""))
    except ValueError:
        raise ValueProblem("type", f"{raw!r} is not a number", value=str(raw)) from None


def _parse_choice(field: FieldDef, raw: Any) -> str:
    if field.choice(str(raw)) is None:
        raise ValueProblem("choice", f"{raw!r} is not one of the choices", value=str(raw))
    return str(raw)


def _parse_multichoice(field: FieldDef, raw: Any) -> list[str]:
    values = raw if isinstance(raw, list) else [raw]
    return [_parse_choice(field, v) for v in values]


def _parse_country(_field: FieldDef, raw: Any) -> str:
    from visadesk.case.countries import UnknownCountry, normalize

    try:
        return normalize(str(raw))
    except UnknownCountry:
        raise ValueProblem("country", f"{raw!r} is not a country code", value=str(raw)) from None


def _parse_phone(_field: FieldDef, raw: Any) -> str:
    import phonenumbers

    try:
        num = phonenumbers.parse(str(raw), None)
        if not phonenumbers.is_valid_number(num):
            raise ValueError
    except (phonenumbers.NumberParseException, ValueError):
        raise ValueProblem(
            "phone", "is not a phone number with its country code (e.g. +33 6 12 34 56 78)"
        ) from None
    return str(phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164))


def _parse_email(_field: FieldDef, raw: Any) -> str:
    text = str(raw).strip()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]{2,}", text):
        raise ValueProblem("email", f"{text!r} is not an e-mail address", value=text)
    return text


def _parse_text(_field: FieldDef, raw: Any) -> str | None:
    text = " ".join(unicodedata.normalize("NFC", str(raw)).split())
    return text or None


def _parse_longtext(_field: FieldDef, raw: Any) -> str | None:
    text = unicodedata.normalize("NFC", str(raw)).strip()
    return text or None


# --- printers: (field, value, form, langs) -> text; value is never None/""/[] here --------------


def _print_choices(
    field: FieldDef, value: Any, form: FormDefinition, langs: tuple[str, ...]
) -> str:
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        choice = field.choice(item)
        out.append(str(item) if choice is None else choice_label(choice, langs))
    return "; ".join(out)


def _print_bool(field: FieldDef, value: Any, form: FormDefinition, langs: tuple[str, ...]) -> str:
    return yes_no(langs)[0 if value else 1]


def _print_date(field: FieldDef, value: Any, form: FormDefinition, langs: tuple[str, ...]) -> str:
    if isinstance(value, date):
        return value.strftime(DATE_FORMATS[form.date_format])
    return str(value)


def _print_country(
    field: FieldDef, value: Any, form: FormDefinition, langs: tuple[str, ...]
) -> str:
    from visadesk.case.countries import name

    return name(str(value), (langs or ("en",))[0])


def _print_plain(field: FieldDef, value: Any, form: FormDefinition, langs: tuple[str, ...]) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _print_text(field: FieldDef, value: Any, form: FormDefinition, langs: tuple[str, ...]) -> str:
    from visadesk.forms.values import to_charset

    return to_charset(str(value), form.charset, langs)


TextRole = Literal["transliterate", "translate"]

# Profile values that are proper nouns or codes — names, places, addresses, document numbers and
# issuing authorities, the sponsor's and guardians' names and addresses: a consulate expects them
# transliterated as in the passport (the vocabulary keeps "MVD 66001", "OOO"). Every other free
# text (an occupation, an employer, a specification, anything typed in the wizard) is written
# in the form's language: the wizard asks for it when it is Russian or Ukrainian.
_TRANSLITERATED = re.compile(
    r"^(person|sponsor)\.("
    r"surname|given_names|patronymic|[a-z_]*_latin|surname_at_birth|former_surnames"
    r"|place_of_birth|national_id_number|address(\.[a-z_]+)?"
    r"|passport\.(number|issuing_authority)"
    r"|residence_permit_number"
    r")$"
    r"|^computed\.(full_name|full_name_latin|home_address|guardians|sponsor_[a-z_]+)$"
)


Parser = Callable[[FieldDef, Any], Any]
Printer = Callable[[FieldDef, Any, FormDefinition, tuple[str, ...]], str]


@dataclass(frozen=True, slots=True)
class FieldKind:
    """Everything one field type means, in one row of :data:`TYPES`."""

    parse: Parser
    print: Printer
    widget: Widget
    ticks: bool = False  # printed as tick boxes (choices, yes/no)
    charset: bool = False  # the form's character set (Latin, VIDEX) applies to its text
    # free text printed in the form's language (see :func:`text_role`): Russian or Ukrainian
    # is translated (vocabulary, or the person's own translation), not only transliterated
    free_text: bool = False
    placeholder: str = ""  # hint in an empty input (not translated: a format, not words)


TYPES: Final[dict[FieldType, FieldKind]] = {
    "text": FieldKind(_parse_text, _print_text, "line", charset=True, free_text=True),
    "longtext": FieldKind(_parse_longtext, _print_text, "longtext", charset=True, free_text=True),
    "date": FieldKind(_parse_date, _print_date, "line", placeholder="DD.MM.YYYY"),
    "choice": FieldKind(_parse_choice, _print_choices, "combo", ticks=True),
    "multichoice": FieldKind(_parse_multichoice, _print_choices, "checks", ticks=True),
    "bool": FieldKind(_parse_bool, _print_bool, "combo", ticks=True),
    "country": FieldKind(_parse_country, _print_country, "country"),
    "phone": FieldKind(_parse_phone, _print_plain, "line", placeholder="+33 6 12 34 56 78"),
    "email": FieldKind(_parse_email, _print_plain, "line", placeholder="name@example.org"),
    "number": FieldKind(_parse_number, _print_plain, "line"),
}


def kind_of(field: FieldDef) -> FieldKind:
    return TYPES[field.type]


def text_role(field: FieldDef) -> TextRole | None:
    """How a field's Russian or Ukrainian text reaches a Latin-script form: "transliterate" for
    names, places, addresses and document data (as the passport spells them), "translate" for
    other free text (the form's language); None for a field that is not text."""
    if not kind_of(field).free_text:
        return None
    if field.source and _TRANSLITERATED.match(field.source):
        return "transliterate"
    return "translate"


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def parse(field: FieldDef, raw: Any) -> Any:
    """A stored answer or typed input as the field's value type (None when empty); raises
    ValueProblem."""
    if is_empty(raw):
        return None
    return kind_of(field).parse(field, raw)


def format_for_print(
    field: FieldDef, value: Any, form: FormDefinition, langs: tuple[str, ...]
) -> str:
    if is_empty(value):
        return ""
    return kind_of(field).print(field, value, form, langs)


def choice_label(choice: ChoiceDef, langs: tuple[str, ...]) -> str:
    """A choice's print label in the print languages (each once), else its English label."""
    texts = [choice.print_label.get(lg) for lg in langs]
    return " / ".join(dict.fromkeys(t for t in texts if t)) or str(choice.label.en)


def print_choices(field: FieldDef, value: Any, langs: tuple[str, ...]) -> list[tuple[str, bool]]:
    """The tick boxes a field prints: (label, ticked), in print order. Yes/no prints "No" first,
    as the Schengen form does."""
    if field.type == "bool":
        yes, no = yes_no(langs)
        return [(no, value is False), (yes, value is True)]
    chosen = value if isinstance(value, list) else [value]
    chosen = chosen + [c.prints_as for c in field.choices if c.prints_as and c.value in chosen]
    return [(choice_label(c, langs), c.value in chosen) for c in field.choices if not c.prints_as]
