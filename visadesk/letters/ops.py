"""Operations that change a case's account of the danger: add, edit and remove events and
evidence, link evidence to events, set translations and the letter's own passages. Each takes a
Case and returns the new, fully validated Case (nothing is saved here: the caller saves it in
one vault transaction). Invalid input raises :class:`visadesk.errors.InvalidData`."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import ValidationError

from visadesk.case.account import (
    DangerAccount,
    DangerEvent,
    DocumentKind,
    EventKind,
    Evidence,
    Statement,
    Words,
)
from visadesk.case.model import Case
from visadesk.case.validation import problems_from
from visadesk.errors import InvalidData, Problem

PASSAGES = ("why_now", "ties", "free_text")


def _account(case: Case) -> DangerAccount:
    return case.account.model_copy(deep=True) if case.account else DangerAccount()


def _with(case: Case, account: DangerAccount) -> Case:
    data = case.model_dump()
    data["account"] = account.model_dump()
    try:
        return Case.model_validate(data, strict=False)
    except ValidationError as exc:
        raise InvalidData(problems_from(exc), what="The account") from None


def _event_index(account: DangerAccount, event_id: str) -> int:
    for i, event in enumerate(account.events):
        if event.id == event_id:
            return i
    raise InvalidData([Problem("account.events", f"no event {event_id!r}")])


def _evidence_index(account: DangerAccount, evidence_id: str) -> int:
    for i, item in enumerate(account.evidence):
        if item.id == evidence_id:
            return i
    raise InvalidData([Problem("account.evidence", f"no evidence {evidence_id!r}")])


def _build(model: type[Any], data: dict[str, Any], path: str) -> Any:
    try:
        return model.model_validate(data, strict=False)
    except ValidationError as exc:
        problems = [
            Problem(f"{path}.{p.path}".rstrip("."), p.message, p.key, p.params)  # keys kept
            for p in problems_from(exc)
        ]
        raise InvalidData(problems, what="The account") from None


def add_event(
    case: Case,
    *,
    on: date,
    kind: EventKind,
    place: str = "",
    description: str = "",
    lang: str = "ru",
    person_ids: list[str] | None = None,
    precision: str = "day",
) -> tuple[Case, str]:
    """A new event of the chronology; returns the case and the event's id."""
    account = _account(case)
    event: DangerEvent = _build(
        DangerEvent,
        {
            "date": on,
            "date_precision": precision,
            "kind": kind,
            "place": place,
            "description": {"text": description, "lang": lang},
            "person_ids": list(person_ids or []),
        },
        "account.events[new]",
    )
    account.events.append(event)
    return _with(case, account), event.id


def edit_event(case: Case, event_id: str, **changes: Any) -> Case:
    """Change fields of an event (date, date_precision, place, kind, person_ids; ``description``
    as text keeps its translations only when the text is unchanged)."""
    account = _account(case)
    i = _event_index(account, event_id)
    data = account.events[i].model_dump()
    if "description" in changes:
        text = changes.pop("description")
        if text != data["description"]["text"]:
            data["description"] = {**data["description"], "text": text, "translations": {}}
    if "on" in changes:
        data["date"] = changes.pop("on")
    data.update(changes)
    account.events[i] = _build(DangerEvent, data, f"account.events[{i}]")
    return _with(case, account)


def remove_event(case: Case, event_id: str) -> Case:
    account = _account(case)
    del account.events[_event_index(account, event_id)]
    return _with(case, account)


def add_evidence(
    case: Case,
    *,
    document: DocumentKind = DocumentKind.OTHER,
    attachment_id: str | None = None,
    on: date | None = None,
    shows: str = "",
    lang: str = "ru",
    person_id: str | None = None,
) -> tuple[Case, str]:
    """A new piece of evidence (a scan already attached to the case, or an original not scanned
    yet); returns the case and the evidence id."""
    account = _account(case)
    item: Evidence = _build(
        Evidence,
        {
            "document": document,
            "attachment_id": attachment_id,
            "date": on,
            "shows": {"text": shows, "lang": lang},
            "person_id": person_id,
        },
        "account.evidence[new]",
    )
    account.evidence.append(item)
    return _with(case, account), item.id


def remove_evidence(case: Case, evidence_id: str) -> Case:
    """Remove a piece of evidence and every link to it."""
    account = _account(case)
    del account.evidence[_evidence_index(account, evidence_id)]
    for i, event in enumerate(account.events):
        if evidence_id in event.evidence_ids:
            kept = [e for e in event.evidence_ids if e != evidence_id]
            account.events[i] = event.model_copy(update={"evidence_ids": kept})
    return _with(case, account)


def link_evidence(case: Case, event_id: str, evidence_id: str, linked: bool = True) -> Case:
    """Point an event at a piece of evidence (or, with ``linked=False``, remove the link)."""
    account = _account(case)
    i = _event_index(account, event_id)
    _evidence_index(account, evidence_id)
    ids = [e for e in account.events[i].evidence_ids if e != evidence_id]
    if linked:
        ids.append(evidence_id)
    account.events[i] = account.events[i].model_copy(update={"evidence_ids": ids})
    return _with(case, account)


def _translated(words: Words, lang: str, text: str) -> dict[str, Any]:
    data = words.model_dump()
    translations = dict(data["translations"])
    if text.strip():
        translations[lang] = text
    else:
        translations.pop(lang, None)
    data["translations"] = translations
    return data


def set_event_translation(case: Case, event_id: str, lang: str, text: str) -> Case:
    """A person's translation of an event's description into ``lang`` ('' removes it)."""
    account = _account(case)
    i = _event_index(account, event_id)
    data = account.events[i].model_dump()
    data["description"] = _translated(account.events[i].description, lang, text)
    account.events[i] = _build(DangerEvent, data, f"account.events[{i}]")
    return _with(case, account)


def set_evidence_translation(case: Case, evidence_id: str, lang: str, text: str) -> Case:
    account = _account(case)
    i = _evidence_index(account, evidence_id)
    data = account.evidence[i].model_dump()
    data["shows"] = _translated(account.evidence[i].shows, lang, text)
    account.evidence[i] = _build(Evidence, data, f"account.evidence[{i}]")
    return _with(case, account)


def set_statement(
    case: Case,
    person_id: str,
    *,
    passage: str | None = None,
    text: str | None = None,
    lang: str = "ru",
    translation_lang: str | None = None,
    **fields: Any,
) -> Case:
    """Set the letter's own text of one applicant: a passage (why_now, ties, free_text) in the
    user's words, or its translation into ``translation_lang``; and/or the statement's fields
    (basis, lang, place_of_signature)."""
    account = _account(case)
    index = next((i for i, s in enumerate(account.statements) if s.person_id == person_id), None)
    current = account.statements[index] if index is not None else Statement(person_id=person_id)
    data = current.model_dump()
    if passage is not None:
        if passage not in PASSAGES:
            raise InvalidData([Problem("passage", f"one of {', '.join(PASSAGES)}")])
        words: Words = getattr(current, passage)
        if translation_lang is not None:
            data[passage] = _translated(words, translation_lang, text or "")
        elif (text or "") != words.text:
            data[passage] = {"text": text or "", "lang": lang, "translations": {}}
    data.update(fields)
    statement = _build(Statement, data, "account.statements[new]")
    if index is None:
        account.statements.append(statement)
    else:
        account.statements[index] = statement
    return _with(case, account)
