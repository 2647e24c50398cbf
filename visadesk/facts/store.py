"""The shared fact store: every border rule, stay limit, deadline, warning and route condition the
app states, once, with its statement in five languages, its sources and its confidence.

Border checklists (forms) and the "Where can I go?" routes both refer to facts by id, so a fact
is corrected in one place. Facts ship in ``visadesk/facts/data/*.yaml``; a volunteer may add or
correct facts in ``VISADESK_HOME/routes/*.yaml`` (see visadesk.routes.loader).
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from visadesk.errors import VisaDeskError
from visadesk.facts.sourcing import MAX_AGE, Confidence, Source, confidence_of, is_stale
from visadesk.facts.yamlfile import parse

FactId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$", max_length=80)]
_RANK = {Confidence.UNCONFIRMED: 0, Confidence.TWO_SECONDARY: 1, Confidence.OFFICIAL: 2}


class Text5(BaseModel):
    """A text in the five interface languages (all required)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    en: Annotated[str, Field(min_length=1, max_length=2000)]
    ru: Annotated[str, Field(min_length=1, max_length=2000)]
    uk: Annotated[str, Field(min_length=1, max_length=2000)]
    fr: Annotated[str, Field(min_length=1, max_length=2000)]
    de: Annotated[str, Field(min_length=1, max_length=2000)]

    def get(self, lang: str) -> str:
        value = getattr(self, lang, None)
        return value if isinstance(value, str) else self.en


class Fact(BaseModel):
    """One fact: what it says, where it comes from, how sure that is."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: FactId
    statement: Text5
    # The same fact as a letter to a consular officer words it (formal, third person); the
    # statement is used where there is none. One fact, one set of sources, one date.
    letter: Text5 | None = None
    # Machine-readable value where one exists (days, a flag), e.g. {"stay_days": 90}.
    value: dict[Annotated[str, Field(pattern=r"^[a-z_]{1,40}$")], int | bool | str] = Field(
        default={}
    )
    sources: list[Source] = Field(default=[], max_length=12)
    # Optional: may only be *lower* than what the sources support (e.g. sources disagree).
    confidence: Confidence | None = None
    check_with: Text5 | None = None  # whom to ask when the fact is unconfirmed
    checked: date  # when this fact was last reviewed (also for a fact no source confirms)

    @model_validator(mode="after")
    def _honest(self) -> Fact:
        supported = confidence_of(self.sources)
        if self.confidence is not None and _RANK[self.confidence] > _RANK[supported]:
            raise ValueError(
                f"confidence {self.confidence.value!r} is more than the sources support "
                f"({supported.value!r})"
            )
        if self.level is Confidence.UNCONFIRMED and self.check_with is None:
            raise ValueError("an unconfirmed fact needs 'check_with' (whom to ask)")
        if any(s.checked > self.checked for s in self.sources):
            raise ValueError("'checked' must be on or after the date each source was checked")
        return self

    def letter_text(self, lang: str) -> str:
        return (self.letter or self.statement).get(lang)

    @property
    def level(self) -> Confidence:
        """The confidence shown: the declared one when lower, else what the sources support."""
        return self.confidence or confidence_of(self.sources)

    def stale(self, today: date | None = None) -> bool:
        """Checked more than a year ago: shown as "may be out of date"."""
        if self.sources:
            return is_stale(self.sources, today)
        return (today or date.today()) - self.checked > MAX_AGE


class FactFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    facts: list[Fact] = Field(default=[], max_length=2000)


class UnknownFact(VisaDeskError):
    pass


@dataclass
class FactStore:
    facts: dict[str, Fact] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)  # fact id → "builtin" or a file name

    def get(self, fact_id: str) -> Fact:
        try:
            return self.facts[fact_id]
        except KeyError:
            raise UnknownFact(f"unknown fact {fact_id!r}", field="facts") from None

    def add(self, fact: Fact, origin: str) -> None:
        self.facts[fact.id] = fact
        self.origins[fact.id] = origin

    def copy(self) -> FactStore:
        return FactStore(dict(self.facts), dict(self.origins))


def _builtin_files() -> list[tuple[str, str]]:
    root = importlib.resources.files("visadesk.facts") / "data"
    return [
        (e.name, e.read_text(encoding="utf-8"))
        for e in sorted(root.iterdir(), key=lambda e: e.name)
        if e.name.endswith((".yaml", ".yml"))
    ]


@cache
def builtin_facts() -> FactStore:
    """The shipped facts (every file must be valid; a duplicate id is an error)."""
    store = FactStore()
    for name, text in _builtin_files():
        for fact in parse(text, name, FactFile).facts:
            if fact.id in store.facts:
                raise UnknownFact(f"{name}: fact {fact.id!r} is defined twice", field="facts")
            store.add(fact, "builtin")
    return store


def sources_line(fact: Fact, lang: str = "en") -> str:
    """One short line naming where a fact comes from and when it was checked."""
    words = _WORDS.get(lang, _WORDS["en"])
    if not fact.sources:
        return f"{words['nosource']}, {words['checked']} {fact.checked.isoformat()}"
    urls = "; ".join(dict.fromkeys(s.url for s in fact.sources))
    return f"{words['source']}: {urls}; {words['checked']} {fact.checked.isoformat()}"


_WORDS = {
    "en": {
        "nosource": "no source found",
        "source": "Sources",
        "checked": "checked",
        "unconfirmed": "Unconfirmed — check with",
    },
    "ru": {
        "nosource": "источник не найден",
        "source": "Источники",
        "checked": "проверено",
        "unconfirmed": "Не подтверждено — уточните у",
    },
    "uk": {
        "nosource": "джерело не знайдено",
        "source": "Джерела",
        "checked": "перевірено",
        "unconfirmed": "Не підтверджено — уточніть у",
    },
    "fr": {
        "nosource": "aucune source trouvée",
        "source": "Sources",
        "checked": "vérifié le",
        "unconfirmed": "Non confirmé — vérifiez auprès de",
    },
    "de": {
        "nosource": "keine Quelle gefunden",
        "source": "Quellen",
        "checked": "geprüft am",
        "unconfirmed": "Nicht bestätigt — prüfen bei",
    },
}


def fact_value(fact_ids: list[str]) -> tuple[dict[str, str], bool]:
    """A checklist row's value in the five languages from shipped facts, each statement followed
    by its sources; and whether any of them is unconfirmed."""
    store = builtin_facts()
    facts = [store.get(i) for i in fact_ids]
    value = {
        lang: " ".join(
            f"{f.statement.get(lang)}"
            + (
                f" [{_WORDS[lang]['unconfirmed']} {f.check_with.get(lang)}]"
                if f.level is Confidence.UNCONFIRMED and f.check_with
                else ""
            )
            + f" ({sources_line(f, lang)})"
            for f in facts
        )
        for lang in ("en", "ru", "uk", "fr", "de")
    }
    return value, any(f.level is Confidence.UNCONFIRMED for f in facts)


def compose_checklist(data: dict[str, Any]) -> dict[str, Any]:
    """A form definition's raw data with each checklist item that names ``facts`` completed from
    the fact store: one place per fact. The item's own label says only what to carry or do; the
    rule behind it (a date, an amount, a deadline) is each fact's statement with its sources,
    appended here, unless one of the form's info rows already prints that fact. An item relying
    on an unconfirmed fact is marked unverified."""
    data = _notes_from_facts(data)
    info = data.get("info")
    shown = {
        str(f)
        for row in (info if isinstance(info, list) else [])
        if isinstance(row, dict)
        for f in (row.get("facts") or [])
    }
    items = data.get("checklist")
    if not isinstance(items, list) or not any(
        isinstance(i, dict) and i.get("facts") for i in items
    ):
        return data
    out = []
    for item in items:
        if isinstance(item, dict) and item.get("facts") and isinstance(item.get("label"), dict):
            fact_ids = [str(f) for f in item["facts"]]
            item = {**item, **_item_text(item["label"], fact_ids, shown)}
            if any(builtin_facts().get(f).level is Confidence.UNCONFIRMED for f in fact_ids):
                item["unverified"] = True
        out.append(item)
    return {**data, "checklist": out}


def _item_text(label: dict[str, Any], fact_ids: list[str], shown: set[str]) -> dict[str, Any]:
    extra = [f for f in fact_ids if f not in shown]
    if not extra:
        return {}
    value, _ = fact_value(extra)
    return {
        "label": {
            lang: f"{text} — {value.get(lang, value['en'])}" if isinstance(text, str) else text
            for lang, text in label.items()
        }
    }


def _notes_from_facts(data: dict[str, Any]) -> dict[str, Any]:
    """A form note may be ``{text: …, facts: [ids], after: …}``: its fact part is each fact's
    statement with its sources from the store (one place per fact); ``text`` and ``after`` are
    the form's own words before and after it."""
    notes = data.get("notes")
    if not isinstance(notes, list) or not any(isinstance(n, dict) and "facts" in n for n in notes):
        return data
    out: list[Any] = []
    for note in notes:
        if isinstance(note, dict) and "facts" in note:
            value, _ = fact_value([str(f) for f in note["facts"] or []])
            before, after = note.get("text") or {}, note.get("after") or {}
            note = {
                lang: " ".join(
                    t
                    for t in (before.get(lang, ""), value[lang], after.get(lang, ""))
                    if isinstance(t, str) and t
                )
                for lang in ("en", "ru", "uk", "fr", "de")
            }
        out.append(note)
    return {**data, "notes": out}
