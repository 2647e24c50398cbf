"""The account of the danger: a chronology of events in the user's own words, the evidence that
backs each event, and per applicant the letter's own passages (why now, ties, free text).

Every passage is a :class:`Words`: the text as the user wrote it (usually Russian) and the
translations a *person* made into the letters' languages. Nothing here translates: a passage
without a translation stays marked as "needs a human translation" wherever it is printed.
All of it is optional data on the case (``Case.account``), so older case files load unchanged.
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from visadesk.case.fields import MAX_LONG_TEXT, LongText, PastDate, Text

LetterLang = Literal["en", "fr", "de"]
TextLang = Literal["ru", "uk", "en", "fr", "de"]
_ID = Annotated[str, Field(pattern=r"^[0-9a-f]{8,64}$")]


def _new_id() -> str:
    return uuid.uuid4().hex


class _Strict(BaseModel):
    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        validate_assignment=True,
        str_max_length=MAX_LONG_TEXT,
        defer_build=True,
    )


class EventKind(StrEnum):
    """What happened (stored values never change; labels live in the letter templates)."""

    SUMMONS = "summons"  # a mobilisation or military summons (paper or electronic)
    DETENTION = "detention"
    SEARCH = "search"
    DISMISSAL = "dismissal"
    FOREIGN_AGENT = "foreign_agent"  # listed as a "foreign agent" / "undesirable"
    CRIMINAL_CASE = "criminal_case"
    THREAT = "threat"
    ATTEMPT_TO_LEAVE = "attempt_to_leave"
    OTHER = "other"


class DocumentKind(StrEnum):
    """What a piece of evidence is; the first five can get a bilingual translation draft."""

    SUMMONS = "summons"
    MILITARY_ID = "military_id"
    INTERNAL_PASSPORT = "internal_passport"
    BIRTH_CERTIFICATE = "birth_certificate"
    MARRIAGE_CERTIFICATE = "marriage_certificate"
    COURT_PAPER = "court_paper"
    OFFICIAL_LETTER = "official_letter"
    PRESS = "press"
    MEDICAL = "medical"
    PHOTO = "photo"
    OTHER = "other"


DRAFTABLE = frozenset(
    {
        DocumentKind.SUMMONS,
        DocumentKind.MILITARY_ID,
        DocumentKind.INTERNAL_PASSPORT,
        DocumentKind.BIRTH_CERTIFICATE,
        DocumentKind.MARRIAGE_CERTIFICATE,
    }
)


class Words(_Strict):
    """A passage in the user's words, with the translations a person made of it."""

    text: LongText = ""
    lang: TextLang = "ru"
    translations: dict[LetterLang, LongText] = Field(default={})

    def in_lang(self, lang: str) -> str | None:
        """The passage in ``lang``, or None when nobody has translated it yet."""
        if lang == self.lang:
            return self.text or None
        value = self.translations.get(lang)  # type: ignore[call-overload]
        return value or None

    def is_empty(self) -> bool:
        return not self.text and not any(self.translations.values())


class DangerEvent(_Strict):
    """One event of the chronology: when, where, what, and who it concerns."""

    id: _ID = Field(default_factory=_new_id)
    date: PastDate
    date_precision: Literal["day", "month", "year"] = "day"
    place: Text = ""
    kind: EventKind = EventKind.OTHER
    description: Words = Field(default_factory=Words)
    person_ids: list[_ID] = Field(default=[], max_length=50)  # empty: the whole family
    evidence_ids: list[_ID] = Field(default=[], max_length=50)

    def concerns(self, person_id: str) -> bool:
        return not self.person_ids or person_id in self.person_ids


class Evidence(_Strict):
    """A document that backs the account: usually a scan attached to the case."""

    id: _ID = Field(default_factory=_new_id)
    attachment_id: _ID | None = None  # None: the original exists, not scanned yet
    person_id: _ID | None = None  # whose letter it belongs to when no event cites it
    document: DocumentKind = DocumentKind.OTHER
    date: PastDate | None = None
    shows: Words = Field(default_factory=Words)  # what it shows
    translation_attachment_id: _ID | None = None  # a sworn translation, attached as a scan


Basis = Literal["auto", "art25", "de22", "fr_asylum"]


class Statement(_Strict):
    """One applicant's letter: its language and basis, and the passages only they can write."""

    person_id: _ID
    basis: Basis = "auto"
    lang: LetterLang | None = None  # None: the destination's language
    why_now: Words = Field(default_factory=Words)
    ties: Words = Field(default_factory=Words)
    free_text: Words = Field(default_factory=Words)
    place_of_signature: Text = ""


class DangerAccount(_Strict):
    events: list[DangerEvent] = Field(default=[], max_length=300)
    evidence: list[Evidence] = Field(default=[], max_length=500)
    statements: list[Statement] = Field(default=[], max_length=50)

    def statement_for(self, person_id: str) -> Statement | None:
        return next((s for s in self.statements if s.person_id == person_id), None)

    def chronology(self, person_id: str | None = None) -> list[DangerEvent]:
        """Events in date order (stable: same-day events keep the order they were entered)."""
        events = [e for e in self.events if person_id is None or e.concerns(person_id)]
        return sorted(events, key=lambda e: e.date)

    def evidence_by_id(self, evidence_id: str) -> Evidence:
        for item in self.evidence:
            if item.id == evidence_id:
                return item
        raise KeyError(evidence_id)


def reference_problems(
    account: DangerAccount, people: set[str], attachments: set[str]
) -> list[tuple[str, str]]:
    """Dangling references inside the account, as (field path, message) pairs."""
    problems: list[tuple[str, str]] = []
    evidence_ids = {e.id for e in account.evidence}
    if len(evidence_ids) != len(account.evidence):
        problems.append(("account.evidence", "two pieces of evidence share an id"))
    if len({e.id for e in account.events}) != len(account.events):
        problems.append(("account.events", "two events share an id"))
    for i, event in enumerate(account.events):
        for pid in event.person_ids:
            if pid not in people:
                problems.append((f"account.events[{i}].person_ids", "no such person in this case"))
        for eid in event.evidence_ids:
            if eid not in evidence_ids:
                problems.append((f"account.events[{i}].evidence_ids", "no such evidence"))
    for i, item in enumerate(account.evidence):
        for name in ("attachment_id", "translation_attachment_id"):
            value = getattr(item, name)
            if value is not None and value not in attachments:
                problems.append((f"account.evidence[{i}].{name}", "no such attachment"))
        if item.person_id is not None and item.person_id not in people:
            problems.append((f"account.evidence[{i}].person_id", "no such person in this case"))
    seen: set[str] = set()
    for i, st in enumerate(account.statements):
        if st.person_id not in people:
            problems.append((f"account.statements[{i}].person_id", "no such person in this case"))
        if st.person_id in seen:
            problems.append((f"account.statements[{i}].person_id", "one letter per person"))
        seen.add(st.person_id)
    return problems


def rewire(account: dict[str, Any], people: dict[str, str], attachments: dict[str, str]) -> None:
    """Rewrite the person and attachment ids of a dumped account (a duplicated case)."""
    for event in account.get("events", []):
        event["person_ids"] = [people.get(p, p) for p in event.get("person_ids", [])]
    for item in account.get("evidence", []):
        for key, table in (
            ("person_id", people),
            ("attachment_id", attachments),
            ("translation_attachment_id", attachments),
        ):
            if item.get(key) in table:
                item[key] = table[item[key]]
    for statement in account.get("statements", []):
        statement["person_id"] = people.get(statement["person_id"], statement["person_id"])
