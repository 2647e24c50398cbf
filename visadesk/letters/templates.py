"""The letters' fixed phrases, legal bases and explanations: data files in five languages
(``templates/*.yaml``), validated at load. Nothing is ever translated by a machine or a network
service; a phrase missing in one language is a load error, not a silent fallback."""

from __future__ import annotations

import functools
import importlib.resources
import string
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from visadesk.errors import VisaDeskError
from visadesk.facts.sourcing import Confidence, Source
from visadesk.facts.store import Fact, builtin_facts

LANGS: tuple[str, ...] = ("en", "ru", "uk", "fr", "de")
Lang = Literal["en", "ru", "uk", "fr", "de"]
BasisId = Literal["art25", "de22", "fr_asylum"]


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Phrase(_Data):
    en: str = Field(min_length=1)
    ru: str = Field(min_length=1)
    uk: str = Field(min_length=1)
    fr: str = Field(min_length=1)
    de: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        value: str = getattr(self, lang if lang in LANGS else "en")
        return value


class _FactText(_Data):
    """Text a letter takes from the shared fact store (visadesk.facts): the facts' letter wording
    joined, their sources and their confidence — never a second copy of a fact here."""

    facts: list[str] = Field(min_length=1)

    def _facts(self) -> list[Fact]:
        store = builtin_facts()
        return [store.get(f) for f in self.facts]

    def _joined(self) -> Phrase:
        facts = self._facts()
        return Phrase(**{lang: " ".join(f.letter_text(lang) for f in facts) for lang in LANGS})

    @property
    def sources(self) -> list[Source]:
        return [s for f in self._facts() for s in f.sources]

    @property
    def level(self) -> Confidence:
        """The lowest confidence of the facts (unconfirmed if any is)."""
        ranks = [Confidence.UNCONFIRMED, Confidence.TWO_SECONDARY, Confidence.OFFICIAL]
        return min((f.level for f in self._facts()), key=ranks.index)


class LegalBasis(_FactText):
    subject: Phrase
    request: Phrase

    @property
    def note(self) -> Phrase:
        """What the provision says, as the letter states it under the request."""
        return self._joined()


class Note(_FactText):
    @property
    def text(self) -> Phrase:
        return self._joined()


class DraftRow(Phrase):
    id: str


class DraftDocument(_Data):
    name: Phrase
    rows: list[DraftRow] = Field(min_length=1)


class _LetterFile(_Data):
    phrases: dict[str, Phrase]


class _LegalFile(_Data):
    bases: dict[BasisId, LegalBasis]
    notes: dict[str, Note]


class _SponsorFile(_Data):
    phrases: dict[str, Phrase]
    facts: dict[str, str]  # a step of the sheet → the fact (visadesk.facts) that states it


class _DraftFile(_Data):
    phrases: dict[str, Phrase]
    documents: dict[str, DraftDocument]


class Templates(_Data):
    phrases: dict[str, Phrase]
    bases: dict[BasisId, LegalBasis]
    notes: dict[str, Note]
    sponsor_facts: dict[str, str]
    documents: dict[str, DraftDocument]

    def phrase(self, key: str, lang: str, sex: str | None = None, **values: object) -> str:
        """The phrase ``key`` in ``lang`` (the form for ``sex`` when there is one), filled in."""
        entry = (sex and self.phrases.get(f"{key}_{sex}")) or self.phrases.get(key)
        if entry is None:
            raise KeyError(key)
        text = entry.get(lang)
        return text.format(**values) if values else text


def _yaml_error() -> type[Exception]:
    import yaml

    return yaml.YAMLError


def _read(name: str) -> Any:
    """The parsed template file: libyaml's safe loader, through the parse cache the form
    definitions use (yaml is imported only on a cache miss, or to name a parse error)."""
    from visadesk.local.yaml_cache import load_yaml

    root = importlib.resources.files("visadesk.letters") / "templates" / name
    try:
        return load_yaml(root.read_text(encoding="utf-8"))
    except (OSError, _yaml_error()) as exc:
        raise VisaDeskError(
            f"letter template {name} cannot be read ({type(exc).__name__})"
        ) from None


@functools.cache
def templates() -> Templates:
    """All templates, loaded and checked once."""
    letter = _LetterFile.model_validate(_read("letter.yaml"))
    legal = _LegalFile.model_validate(_read("legal.yaml"))
    sponsor = _SponsorFile.model_validate(_read("sponsor.yaml"))
    drafts = _DraftFile.model_validate(_read("drafts.yaml"))
    phrases: dict[str, Phrase] = {}
    for table in (letter.phrases, sponsor.phrases, drafts.phrases):
        for key, value in table.items():
            if key in phrases:
                raise VisaDeskError(f"letter templates: the phrase {key!r} is defined twice")
            phrases[key] = value
    return Templates(
        phrases=phrases,
        bases=legal.bases,
        notes=legal.notes,
        sponsor_facts=sponsor.facts,
        documents=drafts.documents,
    )


def placeholders(text: str) -> set[str]:
    """The ``{name}`` placeholders of a phrase (for the consistency test)."""
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}
