"""The one path from a changed case to the vault: prune orphans, validate fully, save once.

:func:`validated` is what every operation returns through; :func:`apply` loads a case from the
vault, runs an operation on it and saves the result with :func:`save`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec

from pydantic import ValidationError

from visadesk.case.model import Case, utcnow
from visadesk.case.validation import problems_from
from visadesk.errors import InvalidData, VisaDeskError

if TYPE_CHECKING:
    from visadesk.vault import Vault

P = ParamSpec("P")


class CaseworkError(VisaDeskError):
    """An operation that cannot be done as asked (the message says why and what to do).

    ``key`` names the message for translation at the edge (UI/CLI); ``params`` fill it."""

    def __init__(self, key: str, message: str, *, field: str | None = None, **params: str) -> None:
        super().__init__(message, field=field)
        self.key = key
        self.params = dict(params)


def prune(data: dict[str, Any]) -> dict[str, Any]:
    """Drop what points at nobody: applications and attachments of people who are no longer in
    the case, attachments of removed applications, their answers in the "Where can I go?"
    interview and their links in the account of the danger. (Guardian links are turned into
    named guardians by the person operations before this.)"""
    people = [*data.get("applicants", []), *([data["sponsor"]] if data.get("sponsor") else [])]
    by_id = {p["id"]: p for p in people}
    data["applications"] = [a for a in data.get("applications", []) if a["person_id"] in by_id]
    app_ids = {a["id"] for a in data["applications"]}
    data["attachments"] = [
        a
        for a in data.get("attachments", [])
        if (a.get("person_id") is None or a["person_id"] in by_id)
        and (a.get("application_id") is None or a["application_id"] in app_ids)
    ]
    att_ids = {a["id"] for a in data["attachments"]}
    if data.get("situation"):
        situation = data["situation"]
        situation["people"] = [p for p in situation.get("people", []) if p["person_id"] in by_id]
    if data.get("account"):
        _prune_account(data["account"], set(by_id), att_ids)
    return data


def _prune_account(account: dict[str, Any], people: set[str], attachments: set[str]) -> None:
    """The account of the danger keeps its events and evidence; links to people and scans that
    left the case are dropped, and the letter of a person who left goes with them."""
    for event in account.get("events", []):
        event["person_ids"] = [p for p in event.get("person_ids", []) if p in people]
    for item in account.get("evidence", []):
        if item.get("person_id") is not None and item["person_id"] not in people:
            item["person_id"] = None
        for key in ("attachment_id", "translation_attachment_id"):
            if item.get(key) is not None and item[key] not in attachments:
                item[key] = None
    account["statements"] = [s for s in account.get("statements", []) if s["person_id"] in people]


def validated(data: dict[str, Any] | Case, *, what: str = "The case") -> Case:
    """A fully validated Case from ``data`` (orphans pruned first); InvalidData names each
    problem with its field path."""
    raw = data.model_dump(mode="json") if isinstance(data, Case) else dict(data)
    try:
        return Case.model_validate(prune(raw), strict=False)
    except ValidationError as exc:
        raise InvalidData(problems_from(exc), what=what) from None


def save(vault: Vault, case: Case) -> Case:
    """Save ``case`` (validated again, stamped) and delete the sealed bytes of attachments it no
    longer lists. The case is written in one transaction first: a crash before the deletions
    leaves unlisted bytes, never a case that lists bytes which are gone."""
    case = validated(case.model_copy(update={"updated_at": utcnow()}))
    before = {aid for aid, _case_id, _size in vault.list_attachments(case.id)}
    vault.put_case(case)
    for orphan in sorted(before - {a.id for a in case.attachments}):
        vault.delete_attachment(orphan)
    return case


def apply(
    vault: Vault,
    case_id: str,
    op: Callable[Concatenate[Case, P], Case],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> Case:
    """Run ``op(case, *args, **kwargs)`` on the vault's current copy of the case and save the
    result. Returns the saved case."""
    case = vault.get_case(case_id)
    return save(vault, op(case, *args, **kwargs))
