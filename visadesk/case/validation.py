"""Turn pydantic's validation errors into problems a person can read: field path + plain reason."""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from visadesk.errors import Problem

_FIELD_PREFIX = re.compile(r"^\[(?P<field>\S+)\]\s(?P<msg>.*)$", re.S)


def path_of(loc: tuple[Any, ...]) -> str:
    """``("applicants", 0, "documents", 1, "number")`` → ``applicants[0].documents[1].number``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif str(part).startswith(("function-after", "function-before", "union", "nullable")):
            continue  # pydantic's internal validator names, not fields
        elif part in ("str", "date", "int", "bool", "float", "list[str]", "none"):
            continue  # union member tags
        else:
            out += ("." if out else "") + str(part)
    return out


_SIMPLE_KEYS = {
    "is required": "required",
    "is not a known field (check the spelling)": "unknown_field",
    "is too long": "too_long",
    "is too short": "too_short",
    "is not a valid date (write it as YYYY-MM-DD, e.g. 1990-03-25)": "date",
    "is not a valid date and time (ISO 8601)": "datetime",
    "has a wrong format": "pattern",
}


# The case model's own sentences (case/model.py, case/fields.py, case/account.py) -> their keys;
# named groups become the parameters. The English of each key is in visadesk.messages.PROBLEMS.
_MODEL_KEYS = tuple(
    (re.compile(pattern + "$", re.S), key)
    for pattern, key in (
        (r"must be after the date of issue", "after_issue"),
        (r"may contain only letters, digits and spaces", "document_number_chars"),
        (r"a guardian needs a name \(or a person in this case\)", "guardian_name"),
        (r"a notice date only fits the status .*", "notice_without_status"),
        (r"is before the date of birth", "before_birth"),
        (r"two people in the case share this id", "duplicate_id"),
        (r"a minor needs at least one parent or legal guardian", "minor_needs_guardian"),
        (r"no such person in this case", "no_such_person"),
        (r"duplicate application id", "duplicate_application"),
        (r"no such application in this case", "no_such_application"),
        (r"no such evidence", "no_such_evidence"),
        (r"no such attachment", "no_such_attachment"),
        (r"two pieces of evidence share an id", "duplicate_evidence"),
        (r"two events share an id", "duplicate_event"),
        (r"one letter per person", "one_letter_per_person"),
        (r"contains a NUL byte|contains a control character.*", "control_character"),
        (r"contains invisible text-direction marks; please retype it", "bidi"),
        (r"must be on one line", "one_line"),
        (r"a name cannot contain (?P<char>.+)", "name_character"),
        (r"is not a phone number; write it with the country code.*", "phone"),
        (r"(?P<value>.+) is not a valid phone number for its country code", "phone_country"),
        (r"(?P<value>.+) is not an e-mail address", "email"),
        (r"cannot be in the future", "future"),
    )
)


def _key(err: dict[str, Any], msg: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A stable key and parameters for ``msg``, so the UI can say it in the user's language."""
    from visadesk.case.countries import UnknownCountry

    ctx = err.get("ctx") or {}
    cause = ctx.get("error")
    if isinstance(cause, UnknownCountry) or msg.endswith("is not an ISO 3166 country code"):
        value = getattr(cause, "value", "") or msg.split(" is not ")[0].strip("'\"")
        return "unknown_country", (("value", str(value)),)
    if msg.startswith("is too long (at most"):
        return "too_long_max", (("max", str(ctx.get("max_length", ""))),)
    if err.get("type", "").startswith(("string_type", "int_type", "bool_type", "list_type")):
        return "type", ()
    if err.get("type") in ("dict_type", "model_type", "enum", "literal_error"):
        return "choice", ()
    simple = _SIMPLE_KEYS.get(msg)
    if simple is not None:
        return simple, ()
    for pattern, key in _MODEL_KEYS:
        m = pattern.match(msg)
        if m:
            return key, tuple(sorted(m.groupdict().items()))
    return "", ()


def _message(err: dict[str, Any]) -> str:
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    msg = str(err.get("msg", "is invalid"))
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "is not a known field (check the spelling)"
    if kind in ("string_too_long", "too_long"):
        limit = ctx.get("max_length")
        return f"is too long (at most {limit} characters)" if limit else "is too long"
    if kind in ("string_too_short", "too_short"):
        return "is required" if ctx.get("min_length") == 1 else "is too short"
    if kind.startswith("date") or kind == "date_type":
        return "is not a valid date (write it as YYYY-MM-DD, e.g. 1990-03-25)"
    if kind.startswith("datetime"):
        return "is not a valid date and time (ISO 8601)"
    if kind == "enum":
        return f"must be one of: {ctx.get('expected', '')}".rstrip(": ")
    if kind == "literal_error":
        return f"must be {ctx.get('expected', 'one of the allowed values')}"
    if kind == "string_pattern_mismatch":
        return "has a wrong format"
    if kind in ("string_type", "int_type", "bool_type", "list_type", "dict_type", "model_type"):
        expected = {
            "string_type": "text",
            "int_type": "a whole number",
            "bool_type": "true or false",
            "list_type": "a list",
            "dict_type": "an object",
            "model_type": "an object",
        }[kind]
        return f"must be {expected}"
    if kind == "value_error":
        msg = msg.removeprefix("Value error, ")
    if kind == "assertion_error":
        msg = msg.removeprefix("Assertion failed, ")
    return msg


def problems_from(exc: ValidationError) -> list[Problem]:
    """One :class:`Problem` per error, deduplicated, in document order."""
    problems: list[Problem] = []
    for err in exc.errors(include_url=False):
        path = path_of(tuple(err.get("loc", ())))
        msg = _message(dict(err))
        m = _FIELD_PREFIX.match(msg)
        if m:
            path = f"{path}.{m['field']}" if path else m["field"]
            msg = m["msg"]
        key, params = _key(dict(err), msg)
        problem = Problem(path or "(document)", msg, key, params)
        if problem not in problems:
            problems.append(problem)
    return problems
