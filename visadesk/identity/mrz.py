"""Machine-readable zones (ICAO Doc 9303 part 3–5): parse and check TD3, TD2 and TD1.

Hand-written (the PyPI ``mrz`` package is GPLv3 and rejects Ъ/Ь): check digits with weights
7-3-1, real calendar dates, century resolution, and errors that name the failing part, e.g.
"date of birth check digit" or "29 February 2001 is not a date".
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from visadesk.errors import VisaDeskError

_ALLOWED = re.compile(r"^[A-Z0-9<]+$")
_WEIGHTS = (7, 3, 1)
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


# The English of every message (key -> template); the other languages are in
# resources/translations/messages_<lang>.json under the same keys.
MESSAGES: dict[str, str] = {
    "mrz.bad_character": "{char} cannot appear in a machine-readable zone",
    "mrz.date_digits": "{part}: {raw} is not a date (YYMMDD digits expected)",
    "mrz.no_such_month": "{part}: month {month} does not exist",
    "mrz.no_such_day": "{part}: {day} {month_name} {year} is not a date",
    "mrz.check_not_digit": "{part} check digit: {digit} is not a digit",
    "mrz.check_mismatch": (
        "{part} check digit is {digit}, but the data gives {expected}: a character is misread"
    ),
    "mrz.check_missing": "{part} check digit is missing",
    "mrz.sex": "sex: {char} must be M, F or <",
    "mrz.empty": "no machine-readable zone given",
    "mrz.line_characters": "line {line} contains {chars}; only A–Z, 0–9 and < are used",
    "mrz.first_line_length": (
        "line 1 has {count} characters; a passport line has 44, an ID-card line 36"
    ),
    "mrz.line_count": "{count} lines given; a passport has 2 lines, an ID card 2 or 3",
    "mrz.line_length": "line {line} has {count} characters; a line of {what} has {expected}",
    "mrz.document_code": "document code {code} is not a passport or ID card",
    "mrz.document_code_id": "document code {code} is not an ID card",
    # the parts of a zone and its formats, filled into the messages above
    "mrz.part.date_of_birth": "date of birth",
    "mrz.part.expiry_date": "expiry date",
    "mrz.part.document_number": "document number",
    "mrz.part.personal_number": "personal number",
    "mrz.part.composite": "composite",
    "mrz.what.td3": "a passport (TD3)",
    "mrz.what.td2": "an ID card (TD2)",
    "mrz.what.td1": "an ID card (TD1)",
}


def _term(english: str) -> str:
    """The key of a part or format named in English ("date of birth" -> mrz.part.date_of_birth)."""
    for key, text in MESSAGES.items():
        if text == english and key.startswith(("mrz.part.", "mrz.what.")):
            return key
    raise KeyError(english)


class MRZError(VisaDeskError):
    """The zone cannot be read or a check fails; ``part`` names what (e.g. "expiry date").

    ``key``/``params`` say it in the user's language (see MESSAGES); the English ``message``
    already starts with the part it names."""

    def __init__(
        self,
        part: str,
        key: str,
        *,
        terms: dict[str, str] | None = None,
        **params: object,
    ) -> None:
        english = {**params, **{name: MESSAGES[t] for name, t in (terms or {}).items()}}
        super().__init__(
            MESSAGES[key].format(**english), field=part, key=key, params=params, terms=terms
        )
        self.part = part

    def english_message(self) -> str:
        return self.message

    def names_its_field(self) -> bool:
        return True

    def english_term(self, term: str) -> str:
        return MESSAGES.get(term, term)


def char_value(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    if ch == "<":
        return 0
    raise MRZError("characters", "mrz.bad_character", char=repr(ch))


def check_digit(data: str) -> str:
    """The ICAO 9303 check digit of ``data`` as a character."""
    return str(sum(char_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(data)) % 10)


@dataclass(frozen=True)
class MRZResult:
    """What a machine-readable zone says, checked."""

    format: str  # "TD1", "TD2" or "TD3"
    document_code: str  # "P", "PN", "I", "ID", "AC" …
    issuing_state: str  # as printed: "RUS", "D", "UTO" …
    surname: str  # Latin, spaces for fillers, e.g. "ERIKSSON"
    given_names: str  # e.g. "ANNA MARIA"
    document_number: str
    nationality: str
    date_of_birth: date | None  # None when the zone leaves it unknown (<<<<<<)
    sex: str  # "M", "F" or "X"
    expiry_date: date | None
    optional_data: str
    optional_data_2: str = ""
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("date_of_birth", "expiry_date"):
            data[key] = data[key].isoformat() if data[key] else None
        return data

    def to_prefill(self) -> dict[str, dict[str, Any]]:
        """Values to merge into a Person (``person``) and its TravelDocument (``document``).

        Country codes that are not real ISO 3166 countries (the ICAO specimen state UTO) are
        left out of the prefill, with a warning in ``warnings``.
        """
        from visadesk.case.countries import UnknownCountry, normalize

        def country(code: str) -> str | None:
            try:
                return normalize(code)
            except UnknownCountry:
                return None

        doc_type = "ordinary_passport" if self.document_code.startswith("P") else "national_id"
        person = {
            "latin_surname": self.surname,
            "latin_given_names": self.given_names,
            "sex": self.sex,
            "date_of_birth": self.date_of_birth,
            "nationality": country(self.nationality),
        }
        document = {
            "type": doc_type,
            "number": self.document_number,
            "issuing_country": country(self.issuing_state),
            "expiry_date": self.expiry_date,
        }
        return {
            "person": {k: v for k, v in person.items() if v not in (None, "")},
            "document": {k: v for k, v in document.items() if v not in (None, "")},
        }


def _normalise_lines(lines: list[str] | tuple[str, ...] | str) -> list[str]:
    if isinstance(lines, str):
        lines = lines.splitlines()
    out = []
    for raw in lines:
        line = raw.strip().upper().replace(" ", "")
        if line:
            out.append(line)
    return out


def _calendar_date(raw: str, part: str, *, past: bool, today: date) -> date | None:
    if raw == "<<<<<<":
        return None
    if not raw.isdigit():
        raise MRZError(part, "mrz.date_digits", terms={"part": _term(part)}, raw=repr(raw))
    yy, mm, dd = int(raw[:2]), int(raw[2:4]), int(raw[4:])
    if past:
        # A birth date is never in the future: take the latest century that keeps it past.
        year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
    else:
        # An expiry date lies within the next decades (or the recent past for an old document).
        year = 2000 + yy if 2000 + yy <= today.year + 50 else 1900 + yy
    if not 1 <= mm <= 12:
        raise MRZError(part, "mrz.no_such_month", terms={"part": _term(part)}, month=f"{mm:02d}")
    try:
        value = date(year, mm, dd)
    except ValueError:
        raise MRZError(
            part,
            "mrz.no_such_day",
            terms={"part": _term(part)},
            day=dd,
            month=f"{mm:02d}",
            month_name=_MONTHS[mm - 1],
            year=year,
        ) from None
    if past and value > today:
        value = date(year - 100, mm, dd)
    return value


def _check(data: str, digit: str, part: str) -> None:
    if digit == "<" and set(data) <= {"<"}:
        return  # an empty optional field may carry a filler as its check digit
    if not digit.isdigit():
        raise MRZError(
            f"{part} check digit",
            "mrz.check_not_digit",
            terms={"part": _term(part)},
            digit=repr(digit),
        )
    expected = check_digit(data)
    if expected != digit:
        raise MRZError(
            f"{part} check digit",
            "mrz.check_mismatch",
            terms={"part": _term(part)},
            digit=digit,
            expected=expected,
        )


def _names(field_: str) -> tuple[str, str]:
    surname, _, given = field_.partition("<<")
    return surname.replace("<", " ").strip(), given.replace("<", " ").strip()


def _sex(ch: str) -> str:
    if ch in ("M", "F"):
        return ch
    if ch == "<" or ch == "X":
        return "X"
    raise MRZError("sex", "mrz.sex", char=repr(ch))


def parse(lines: list[str] | tuple[str, ...] | str, *, today: date | None = None) -> MRZResult:
    """Parse and check a TD3 (2×44), TD2 (2×36) or TD1 (3×30) zone; raise MRZError naming the part."""
    today = today or date.today()
    rows = _normalise_lines(lines)
    if not rows:
        raise MRZError("lines", "mrz.empty")
    for i, row in enumerate(rows, 1):
        bad = sorted({c for c in row if not _ALLOWED.match(c)})
        if bad:
            raise MRZError(
                f"line {i}",
                "mrz.line_characters",
                line=i,
                chars=", ".join(repr(c) for c in bad),
            )
    lengths = [len(r) for r in rows]
    if len(rows) == 2 and lengths[0] == 44:
        _expect_lengths(rows, 44, "mrz.what.td3")
        return _parse_two_line(rows, "TD3", today)
    if len(rows) == 2 and lengths[0] == 36:
        _expect_lengths(rows, 36, "mrz.what.td2")
        return _parse_two_line(rows, "TD2", today)
    if len(rows) == 3:
        _expect_lengths(rows, 30, "mrz.what.td1")
        return _parse_td1(rows, today)
    if len(rows) == 2:
        raise MRZError("line 1", "mrz.first_line_length", count=lengths[0])
    raise MRZError("lines", "mrz.line_count", count=len(rows))


def _expect_lengths(rows: list[str], n: int, what: str) -> None:
    for i, row in enumerate(rows, 1):
        if len(row) != n:
            raise MRZError(
                f"line {i}",
                "mrz.line_length",
                terms={"what": what},
                line=i,
                count=len(row),
                expected=n,
            )


def _parse_two_line(rows: list[str], fmt: str, today: date) -> MRZResult:
    l1, l2 = rows
    code = l1[0:2].replace("<", "")
    if not code or code[0] not in "PIAC V":
        raise MRZError("document code", "mrz.document_code", code=repr(l1[0:2]))
    state = l1[2:5].replace("<", "")
    surname, given = _names(l1[5:])
    number, number_cd = l2[0:9], l2[9]
    nationality = l2[10:13].replace("<", "")
    dob, dob_cd = l2[13:19], l2[19]
    sex = _sex(l2[20])
    exp, exp_cd = l2[21:27], l2[27]
    if fmt == "TD3":
        optional, optional_cd = l2[28:42], l2[42]
        composite_data = l2[0:10] + l2[13:20] + l2[21:43]
        composite_cd = l2[43]
    else:
        optional, optional_cd = l2[28:35], None
        composite_data = l2[0:10] + l2[13:20] + l2[21:35]
        composite_cd = l2[35]
    number_field = number
    if fmt == "TD2" and number_cd == "<" and optional:
        # Long document numbers continue in the optional field, ended by their check digit.
        extra = optional.rstrip("<")
        number_field, number_cd = number + extra[:-1], extra[-1:] or "<"
    _check(number_field, number_cd, "document number")
    _check(dob, dob_cd, "date of birth")
    _check(exp, exp_cd, "expiry date")
    if optional_cd is not None:
        _check(optional, optional_cd, "personal number")
    _check(composite_data, composite_cd, "composite")
    return MRZResult(
        format=fmt,
        document_code=code,
        issuing_state=state,
        surname=surname,
        given_names=given,
        document_number=number_field.replace("<", ""),
        nationality=nationality,
        date_of_birth=_calendar_date(dob, "date of birth", past=True, today=today),
        sex=sex,
        expiry_date=_calendar_date(exp, "expiry date", past=False, today=today),
        optional_data=optional.replace("<", " ").strip(),
    )


def _parse_td1(rows: list[str], today: date) -> MRZResult:
    l1, l2, l3 = rows
    code = l1[0:2].replace("<", "")
    if not code or code[0] not in "IAC":
        raise MRZError("document code", "mrz.document_code_id", code=repr(l1[0:2]))
    state = l1[2:5].replace("<", "")
    number, number_cd, optional1 = l1[5:14], l1[14], l1[15:30]
    number_field = number
    if number_cd == "<":
        # Document numbers longer than 9 characters continue in the optional field.
        extra = optional1.split("<", 1)[0]
        if not extra:
            raise MRZError(
                "document number check digit",
                "mrz.check_missing",
                terms={"part": "mrz.part.document_number"},
            )
        number_field, number_cd = number + extra[:-1], extra[-1]
        optional1 = optional1[len(extra) :]
    dob, dob_cd = l2[0:6], l2[6]
    sex = _sex(l2[7])
    exp, exp_cd = l2[8:14], l2[14]
    nationality = l2[15:18].replace("<", "")
    optional2 = l2[18:29]
    _check(number_field, number_cd, "document number")
    _check(dob, dob_cd, "date of birth")
    _check(exp, exp_cd, "expiry date")
    composite_data = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    _check(composite_data, l2[29], "composite")
    surname, given = _names(l3)
    return MRZResult(
        format="TD1",
        document_code=code,
        issuing_state=state,
        surname=surname,
        given_names=given,
        document_number=number_field.replace("<", ""),
        nationality=nationality,
        date_of_birth=_calendar_date(dob, "date of birth", past=True, today=today),
        sex=sex,
        expiry_date=_calendar_date(exp, "expiry date", past=False, today=today),
        optional_data=optional1.replace("<", " ").strip(),
        optional_data_2=optional2.replace("<", " ").strip(),
    )


def build_td3(
    *,
    surname: str,
    given_names: str,
    number: str,
    nationality: str,
    birth: date,
    sex: str,
    expiry: date,
    state: str | None = None,
    optional: str = "",
    code: str = "P",
) -> tuple[str, str]:
    """Compose a valid TD3 zone (for tests, examples and property-based round trips)."""

    def pad(text: str, n: int) -> str:
        return (text + "<" * n)[:n]

    state = state or nationality
    names = surname.replace(" ", "<") + "<<" + given_names.replace(" ", "<")
    l1 = pad(pad(code, 2) + pad(state, 3) + names, 44)
    num = pad(number, 9)
    opt = pad(optional, 14)
    b, e = birth.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    opt_cd = "<" if set(opt) == {"<"} else check_digit(opt)
    body = num + check_digit(num) + pad(nationality, 3) + b + check_digit(b) + sex
    body += e + check_digit(e) + opt + opt_cd
    composite = body[0:10] + body[13:20] + body[21:43]
    return l1, body + check_digit(composite)
