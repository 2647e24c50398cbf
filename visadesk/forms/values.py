"""Field values: parse what a person typed (or a stored answer), check it against the field's
rules, and format it for print (date format, print labels, country names, character set)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from visadesk.forms import types as T
from visadesk.forms.schema import DateBound, FieldDef, FormDefinition
from visadesk.forms.types import NO as NO  # re-exported, as the callers know them
from visadesk.forms.types import YES as YES
from visadesk.forms.types import ValueProblem as ValueProblem
from visadesk.forms.types import parse_date as parse_date

# VIDEX accepts Latin letters, digits, space and . + - , ’ (and ' as typed), Ä Ö Ü ß; @ in e-mail.
# VIDEX's characters: Latin letters, digits, Ä Ö Ü ß and . + - , ’ — and "@" (e-mail addresses
# keep it: German missions' VIDEX guidelines allow it).
_VIDEX_OK = re.compile(r"^[A-Za-z0-9 .+\-,’'/ÄÖÜäöüß()@\n]*$")
_LATIN_OK = re.compile(r"^[\u0000-\u024F\u1E00-\u1EFF’«»–—…№\n]*$")


def coerce(field: FieldDef, raw: Any) -> Any:
    """Turn a stored answer or typed input into the field's value type (or raise ValueProblem)."""
    return T.parse(field, raw)


def _bound(
    bound: DateBound, values: dict[str, Any], today: date, birth: date | None
) -> date | None:
    base: date | None
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
        charset = (v.charset or form.charset) if T.kind_of(field).charset else None
        if charset == "videx" and not _VIDEX_OK.match(value):
            bad = sorted({c for c in value if not _VIDEX_OK.match(c)})
            raise ValueProblem(
                "charset",
                "VIDEX accepts only Latin letters, digits and . + - , ’ @ Ä Ö Ü ß; "
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


def to_charset(text: str, charset: str | None, langs: tuple[str, ...] = ("en",)) -> str:
    """Profile text in the form's language and character set: a known Russian term (occupation,
    relationship) translated, an employer's legal form (ООО …) and a passport authority (МВД …)
    as printed, other Cyrillic words transliterated (ICAO) with their capitals as written."""
    if not charset or not text:
        return text
    from visadesk.forms import vocabulary

    known = vocabulary.lookup(text, langs)
    if known is not None:
        return known
    pattern = _VIDEX_OK if charset == "videx" else _LATIN_OK
    if pattern.match(text) and not re.search(r"[А-Яа-яЁё]", text):
        return text
    out = []
    for line in text.split("\n"):
        words = []
        for word in line.split(" "):
            if pattern.match(word) and not re.search(r"[А-Яа-яЁё]", word):
                words.append(word)
                continue
            latin = vocabulary.word(word, langs) or _latin_word(word)
            words.append(
                latin if pattern.match(latin) else "".join(c for c in latin if pattern.match(c))
            )
        out.append(" ".join(words))
    return "\n".join(out)


def _latin_word(word: str) -> str:
    """A Cyrillic word in Latin letters with its capitals as written, each part of a hyphenated
    word on its own: «Ромашка» → «Romashka», МВД → MVD, Петропавловск-Камчатский →
    Petropavlovsk-Kamchatskii, д. → d."""
    from visadesk.identity.translit import transliterate_as_written

    return transliterate_as_written(word)


def format_value(field: FieldDef, value: Any, form: FormDefinition, langs: tuple[str, ...]) -> str:
    """The value as printed on this form."""
    return T.format_for_print(field, value, form, langs)
