"""Read and write case files (``{"format": "visadesk.case/1", ...}``) with readable errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from visadesk.case.model import CASE_FORMAT, SUPPORTED_CASE_FORMATS, Case
from visadesk.case.validation import problems_from
from visadesk.errors import InvalidData, Problem, UnsupportedFormat, keyed

MAX_CASE_BYTES = 50 * 1024 * 1024


def parse_case(data: str | bytes, *, source: str = "The case file") -> Case:
    """Validate a case from JSON text. Raises InvalidData (every problem) or UnsupportedFormat."""
    if isinstance(data, bytes):
        if len(data) > MAX_CASE_BYTES:
            raise keyed("file.too_large", name=source, limit=MAX_CASE_BYTES // 2**20)
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise keyed("file.not_utf8", name=source, byte=exc.start) from None
    try:
        raw = json.loads(data)
    except json.JSONDecodeError as exc:
        raise keyed(
            "file.not_json", name=source, detail=exc.msg, line=exc.lineno, column=exc.colno
        ) from None
    except RecursionError:
        raise keyed("file.too_deep", name=source) from None
    if not isinstance(raw, dict):
        raise keyed("file.not_object", name=source, type=type(raw).__name__)
    fmt = raw.get("format")
    if fmt is None:
        raise InvalidData(
            [
                Problem(
                    "format",
                    f'is required ("{CASE_FORMAT}")',
                    "format_required",
                    (("format", CASE_FORMAT),),
                )
            ],
            what=source,
        )
    if fmt not in SUPPORTED_CASE_FORMATS:
        if isinstance(fmt, str) and fmt.startswith("visadesk.case/"):
            raise keyed(
                "file.newer_case_format",
                cls=UnsupportedFormat,
                name=source,
                format=repr(fmt),
                supported=", ".join(SUPPORTED_CASE_FORMATS),
                field="format",
            )
        raise keyed("file.not_a_case", cls=UnsupportedFormat, name=source, format=repr(fmt))
    try:
        return Case.model_validate_json(data)
    except ValidationError as exc:
        raise InvalidData(problems_from(exc), what=source) from None


def load_case(path: str | Path) -> Case:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_CASE_BYTES:
            raise keyed("file.too_large", name=path.name, limit=MAX_CASE_BYTES // 2**20)
        data = path.read_bytes()
    except FileNotFoundError:
        raise keyed("file.missing", path=path) from None
    except IsADirectoryError:
        raise keyed("file.is_folder", path=path) from None
    except PermissionError:
        raise keyed("file.permission", path=path) from None
    return parse_case(data, source=path.name)


def dump_case(case: Case) -> str:
    return case.model_dump_json(indent=2) + "\n"


def case_json_schema() -> dict[str, Any]:
    schema = Case.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://visadesk.invalid/schema/visadesk.case-1.json"
    return schema


def duplicate(case: Case, title: str | None = None) -> tuple[Case, dict[str, str]]:
    """A copy of ``case`` with fresh ids for the case, its people, applications and attachments,
    every reference between them rewired. Returns the copy and {old attachment id: new id} so the
    caller can copy the attachment bytes."""
    from visadesk.case.model import new_id

    people = {p.id: new_id() for p in case.people()}
    apps = {a.id: new_id() for a in case.applications}
    atts = {a.id: new_id() for a in case.attachments}
    data = case.model_dump(mode="json")
    data["id"] = new_id()
    if title is not None:
        data["title"] = title
    for person in [*data["applicants"], *([data["sponsor"]] if data.get("sponsor") else [])]:
        person["id"] = people[person["id"]]
        for guardian in person.get("guardians") or []:
            if guardian.get("person_id") in people:
                guardian["person_id"] = people[guardian["person_id"]]
    for app in data["applications"]:
        app["id"] = apps[app["id"]]
        app["person_id"] = people.get(app["person_id"], app["person_id"])
    for att in data["attachments"]:
        att["id"] = atts[att["id"]]
        if att.get("person_id") in people:
            att["person_id"] = people[att["person_id"]]
        if att.get("application_id") in apps:
            att["application_id"] = apps[att["application_id"]]
    if data.get("account"):
        from visadesk.case.account import rewire

        rewire(data["account"], people, atts)
    return Case.model_validate(data, strict=False), atts
