"""Field values: parse what a person typed (or a stored answer), check it against the field's
rules, and format it for print (date format, print labels, country names, character set)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import Any

from visadesk.forms.schema import DateBound, FieldDef, FormDefinition

# VIDEX accepts Latin letters, digits, space and . + - , ’ (and ' as typed), Ä Ö Ü ß; @ in e-mail.
_VIDEX_OK = re.compile(r"^[A-Za-z0-9 .+\-,’'/ÄÖÜäöüß()\n]*$")
_LATIN_OK = re.compile(r"^[\u0000-\u024F\u1E00-\u1EFF’«»–—…№\n]*$")
_DATE_FORMATS = {
    "DD-MM-YYYY": "%d-%m-%Y",
    "DD.MM.YYYY": "%d.%m.%Y",
    "YYYY-MM-DD": "%Y-%m-%d",
    "DD/MM/YYYY": "%d/%m/%Y",
}
YES = {"en": "Yes", "fr": "Oui", "de": "Ja", "ru": "Да", "uk": "Так", "es": "Sí", "it": "Sì"}
NO = {"en": "No", "fr": "Non", "de": "Nein", "ru": "Нет", "uk": "Ні", "es": "No", "it": "No"}


class ValueProblem(ValueError):
    def __init__(self, key: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.key = key
        self.message = message
        self.params = tuple(sorted(params.items()))


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


def coerce(field: FieldDef, raw: Any) -> Any:
    """Turn a stored answer or typed input into the field's value type (or raise ValueProblem)."""
    if raw is None or raw == "" or raw == []:
        return None
    t = field.type
    if t == "date":
        if isinstance(raw, date):
            return raw
        if not isinstance(raw, str):
            raise ValueProblem("type", "must be a date")
        return parse_date(raw)
    if t == "bool":
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.lower() in ("yes", "true", "1", "да", "так", "oui", "ja"):
            return True
        if isinstance(raw, str) and raw.lower() in ("no", "false", "0", "нет", "ні", "non", "nein"):
            return False
        raise ValueProblem("type", "must be yes or no")
    if t == "number":
        if isinstance(raw, bool):
            raise ValueProblem("type", "must be a number")
        if isinstance(raw, int | float):
            return raw
        try:
            return float(str(raw).replace(",", ".").replace(" ", ""))
        except ValueError:
            raise ValueProblem("type", f"{raw!r} is not a number", value=str(raw)) from None
    if t == "multichoice":
        values = raw if isinstance(raw, list) else [raw]
        for v in values:
            if field.choice(str(v)) is None:
                raise ValueProblem("choice", f"{v!r} is not one of the choices", value=str(v))
        return [str(v) for v in values]
    if t == "choice":
        if field.choice(str(raw)) is None:
            raise ValueProblem("choice", f"{raw!r} is not one of the choices", value=str(raw))
        return str(raw)
    if t == "country":
        from visadesk.case.countries import UnknownCountry, normalize

        try:
            return normalize(str(raw))
        except UnknownCountry:
            raise ValueProblem(
                "country", f"{raw!r} is not a country code", value=str(raw)
            ) from None
    if t == "phone":
        import phonenumbers

        try:
            num = phonenumbers.parse(str(raw), None)
            if not phonenumbers.is_valid_number(num):
                raise ValueError
        except (phonenumbers.NumberParseException, ValueError):
            raise ValueProblem(
                "phone", "is not a phone number with its country code (e.g. +33 6 12 34 56 78)"
            ) from None
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if t == "email":
        text = str(raw).strip()
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]{2,}", text):
            raise ValueProblem("email", f"{text!r} is not an e-mail address", value=text)
        return text
    if not isinstance(raw, str):
        raw = str(raw)
    text = unicodedata.normalize("NFC", raw).strip()
    if t == "text":
        text = " ".join(text.split())
    return text or None


def _bound(
    bound: DateBound, values: dict[str, Any], today: date, birth: date | None
) -> date | None:
    if bound.ref == "today":
        base = today
    elif bound.ref == "birth":
        base = birth
    else:
        other = values.get(bound.ref.removeprefix("field:"))
        base = other if isinstance(other, date) else None
    return base + timedelta(days=bound.days) if base else None


def check(
    field: FieldDef,
    value: Any,
    form: FormDefinition,
    values: dict[str, Any],
    today: date,
    birth: date | None,
) -> None:
    """Raise ValueProblem when ``value`` breaks one of the field's rules."""
    if value in (None, "", []):
        return
    v = field.validation
    if isinstance(value, str):
        if v.min_length is not None and len(value) < v.min_length:
            raise ValueProblem("min_length", f"is too short (at least {v.min_length} characters)")
        if v.max_length is not None and len(value) > v.max_length:
            raise ValueProblem(
                "max_length", f"is too long ({len(value)} characters; at most {v.max_length})"
            )
        if v.pattern and not re.fullmatch(v.pattern, value):
            raise ValueProblem("pattern", "has a wrong format")
        charset = (v.charset or form.charset) if field.type in ("text", "longtext") else None
        if charset == "videx" and not _VIDEX_OK.match(value):
            bad = sorted({c for c in value if not _VIDEX_OK.match(c)})
            raise ValueProblem(
                "charset",
                "VIDEX accepts only Latin letters, digits and . + - , ’ Ä Ö Ü ß; "
                f"not {' '.join(bad[:5])}",
                chars="".join(bad[:5]),
            )
        if charset == "latin" and not _LATIN_OK.match(value):
            raise ValueProblem("charset", "must be written in Latin letters")
    if isinstance(value, date):
        lo = _bound(v.min_date, values, today, birth) if v.min_date else None
        hi = _bound(v.max_date, values, today, birth) if v.max_date else None
        if lo and value < lo:
            raise ValueProblem(
                "min_date", f"must be on or after {lo.isoformat()}", date=lo.isoformat()
            )
        if hi and value > hi:
            raise ValueProblem(
                "max_date", f"must be on or before {hi.isoformat()}", date=hi.isoformat()
            )
    if isinstance(value, int | float) and not isinstance(value, bool):
        if v.min_value is not None and value < v.min_value:
            raise ValueProblem("min_value", f"must be at least {v.min_value:g}")
        if v.max_value is not None and value > v.max_value:
            raise ValueProblem("max_value", f"must be at most {v.max_value:g}")


def to_charset(text: str, charset: str | None) -> str:
    """Profile text (e.g. a Cyrillic city) in the form's character set (ICAO transliteration)."""
    if not charset or not text:
        return text
    pattern = _VIDEX_OK if charset == "videx" else _LATIN_OK
    if pattern.match(text):
        return text
    from visadesk.identity.translit import transliterate

    out = []
    for line in text.split("\n"):
        words = []
        for word in line.split(" "):
            if pattern.match(word):
                words.append(word)
            else:
                latin = (
                    transliterate(word).capitalize()
                    if word[:1].isupper()
                    else transliterate(word).lower()
                )
                words.append(
                    latin if pattern.match(latin) else "".join(c for c in latin if pattern.match(c))
                )
        out.append(" ".join(words))
    return "\n".join(out)


def format_value(field: FieldDef, value: Any, form: FormDefinition, langs: tuple[str, ...]) -> str:
    """The value as printed on this form."""
    if value in (None, "", []):
        return ""
    if isinstance(value, date):
        return value.strftime(_DATE_FORMATS[form.date_format])
    if field.type == "bool":
        return " / ".join(
            dict.fromkeys((YES if value else NO).get(lg, "Yes" if value else "No") for lg in langs)
        )
    if field.type in ("choice", "multichoice"):
        items = value if isinstance(value, list) else [value]
        out = []
        for item in items:
            choice = field.choice(item)
            if choice is None:
                out.append(str(item))
                continue
            labels = [choice.print_label.get(lg) for lg in langs]
            labels = [x for x in labels if x] or [choice.label.en]
            out.append(" / ".join(dict.fromkeys(labels)))
        return "; ".join(out)
    if field.type == "country":
        from visadesk.case.countries import name

        return " / ".join(dict.fromkeys(name(value, lg) for lg in langs[:1]))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return to_charset(str(value), form.charset)
