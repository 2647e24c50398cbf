"""Case summaries and the in-memory search index over decrypted names, titles and numbers.

Each case row carries a small sealed *summary* (title, names in the original script and in
Latin, document numbers) next to the full case, so unlocking a 10,000-case vault decrypts
kilobytes per case and parses no pydantic model. The index lives only in memory while the vault
is unlocked: one folded haystack string per case, searched by substring (about a millisecond for
10,000 cases, no tokenising surprises with hyphenated or multi-part names).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

_FOLD = str.maketrans({"ё": "е", "й": "и", "’": "'", "ʼ": "'"})


@dataclass(frozen=True, slots=True)
class CaseSummary:
    id: str
    title: str
    people: tuple[str, ...]
    updated_at: datetime
    status: str = "gathering"  # visadesk.case.model.CaseStatus value (older summaries: default)
    appointment: date | None = None
    note: str = ""  # the first line of the case's note (the volunteer's own words)


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Case- and accent-insensitive form: casefold, NFD without combining marks, ё→е."""
    text = _COMBINING.sub("", unicodedata.normalize("NFD", text.casefold()))
    return unicodedata.normalize("NFC", text).translate(_FOLD)


def summary_of(case: Any) -> dict[str, Any]:
    """What the list and the search need from a visadesk.case.model.Case (computed at save)."""
    names: list[str] = []
    numbers: list[str] = []
    people: list[str] = []
    for p in case.people():
        people.append(p.display_name())
        for value in (
            p.surname,
            p.given_names,
            p.patronymic,
            p.surname_at_birth,
            *p.former_surnames,
            p.surname_latin,
            p.given_names_latin,
        ):  # fmt: skip  (no full names: each query term is matched on its own)
            if value:
                names.append(value)
        # older passports spell names differently (Юлия: IULIIA, YULIYA, JULIJA ...): a user
        # types whichever spelling they know, so every scheme's spelling is searchable
        for original in (p.surname, p.given_names, p.patronymic):
            if original:
                names.extend(_spellings(original))
        for doc in p.documents:
            if doc.number:
                numbers.append(doc.number)
        for extra in (p.national_id_number, getattr(p, "residence_permit_number", "")):
            if extra:
                numbers.append(extra)
    title = case.display_title()
    unique = list(dict.fromkeys(names))
    compact = [n.replace(" ", "") for n in numbers]
    return {
        "title": title,
        "people": people,
        "numbers": numbers,
        "updated_at": case.updated_at.isoformat(),
        "status": str(getattr(case, "status", "gathering")),
        "appointment": case.appointment.isoformat() if getattr(case, "appointment", None) else None,
        "note": (getattr(case, "notes", "") or "").strip().split("\n", 1)[0][:120],
        # folded once at save, so unlocking 10,000 cases only parses JSON
        "hay": "\x00".join(
            dict.fromkeys(searchable(x) for x in (title, *unique, *numbers, *compact))
        ),
    }


def _spellings(text: str) -> list[str]:
    from visadesk.identity.translit import SCHEMES, transliterate

    out = []
    for scheme in SCHEMES:
        try:
            out.append(transliterate(text, scheme))
        except Exception:  # noqa: BLE001 - a spelling we cannot make is just not searchable
            continue
    return out


def encode_summary(summary: dict[str, Any]) -> bytes:
    return json.dumps(summary, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_summary(case_id: str, data: bytes) -> tuple[CaseSummary, str]:
    """(summary, folded haystack). Raises ValueError on a malformed summary."""
    doc = json.loads(data.decode("utf-8"))
    title = doc["title"]
    people = tuple(str(p) for p in doc["people"])
    hay = doc["hay"]
    if not isinstance(hay, str):
        raise ValueError("hay")
    summary = CaseSummary(
        id=case_id,
        title=str(title),
        people=people,
        updated_at=datetime.fromisoformat(doc["updated_at"]),
        status=str(doc.get("status") or "gathering"),
        appointment=date.fromisoformat(doc["appointment"]) if doc.get("appointment") else None,
        note=str(doc.get("note") or ""),
    )
    return summary, hay


class SearchIndex:
    """Case id -> (summary, haystack), newest first; dropped on lock."""

    def __init__(self) -> None:
        self._items: dict[str, tuple[CaseSummary, str]] = {}
        self._order: list[tuple[CaseSummary, str]] | None = None  # newest first, rebuilt lazily

    def __len__(self) -> int:
        return len(self._items)

    def put(self, summary: CaseSummary, hay: str) -> None:
        self._items[summary.id] = (summary, hay)
        self._order = None

    def remove(self, case_id: str) -> None:
        if self._items.pop(case_id, None) is not None:
            self._order = None

    def clear(self) -> None:
        self._items.clear()
        self._order = None

    def _ordered(self) -> list[tuple[CaseSummary, str]]:
        if self._order is None:
            self._order = sorted(
                self._items.values(), key=lambda item: item[0].updated_at, reverse=True
            )
        return self._order

    def summaries(self) -> list[CaseSummary]:
        return [s for s, _ in self._ordered()]

    def search(self, query: str, limit: int = 200) -> list[CaseSummary]:
        """Every whitespace-separated term must occur (substring, folded); newest first. Both
        sides are compared in their Latin (ICAO) spelling, so "иванов", "Ivanov" and "IVANOV"
        find a person entered in either script. Stops after ``limit`` hits."""
        terms = [t for t in (searchable(q) for q in query.split()) if t]
        ordered = self._ordered()
        if not terms:
            return [s for s, _ in ordered[:limit]]
        hits: list[CaseSummary] = []
        if len(terms) == 1:
            term = terms[0]
            for s, hay in ordered:
                if term in hay:
                    hits.append(s)
                    if len(hits) >= limit:
                        break
            return hits
        terms.sort(key=len, reverse=True)  # the longest term is usually the rarest: test it first
        for s, hay in ordered:
            for t in terms:
                if t not in hay:
                    break
            else:
                hits.append(s)
                if len(hits) >= limit:
                    break
        return hits


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def searchable(text: str) -> str:
    """The form both the index and the query are reduced to: folded, Cyrillic spelled in Latin
    by ICAO Doc 9303 (a context-free table, so a prefix of a name maps to a prefix of its
    spelling)."""
    folded = fold(text).replace("\x00", "")
    if not _CYRILLIC.search(folded):
        return folded
    from visadesk.identity.translit import transliterate

    try:
        return fold(transliterate(folded))
    except Exception:  # noqa: BLE001 - no Latin spelling: keep the folded original
        return folded
