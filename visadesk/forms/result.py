"""What the engine answers for a case, a person and a form: the one result the wizard and the
PDFs read (neither re-implements a rule)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from visadesk.forms.schema import ChecklistItemDef, FieldDef, FormDefinition, SectionDef

Source = Literal["profile", "answer", "computed", "default", "none"]
# How a text reaches the form: as the person wrote it (already in the form's letters), through
# the translated vocabulary, transliterated (names, places, addresses), in the person's own
# translation, or — a translation missing — transliterated for now.
Rendering = Literal["as_written", "vocabulary", "transliterated", "translated", "untranslated"]


@dataclass(frozen=True, slots=True)
class FieldProblem:
    field_id: str
    number: str | None
    label: Any  # I18n of the field
    kind: Literal["missing", "invalid"]
    message: str  # English sentence
    message_key: str = ""  # stable key for translation, e.g. "required", "charset"
    params: tuple[tuple[str, str], ...] = ()

    def describe(self, lang: str = "en") -> str:
        num = f"{self.number}. " if self.number else ""
        return f"{num}{self.label.get(lang)}: {self.message}"


@dataclass(frozen=True, slots=True)
class FieldResult:
    field: FieldDef
    value: Any  # str | date | bool | list[str] | float | None
    text: str  # formatted for print on this form
    source: Source
    source_path: str | None
    visible: bool
    required: bool
    problems: tuple[FieldProblem, ...] = ()
    # The value as the person wrote it (Russian or Ukrainian) when the form prints something
    # else (``value``/``text``): its translation, the vocabulary's term or its transliteration.
    original: str | None = None
    rendering: Rendering = "as_written"
    # Free text whose original is Cyrillic: the language the wizard asks for its translation
    # in (the form's first print language); None for every other field.
    translation_lang: str | None = None
    # A translation made for an earlier version of ``original`` (shown for re-checking).
    earlier_translation: str | None = None

    @property
    def id(self) -> str:
        return self.field.id

    @property
    def needs_translation(self) -> bool:
        """Russian/Ukrainian free text with no translation in the form's language: the form
        prints its transliteration for now, and the applicant's sheet says so."""
        return self.visible and self.rendering == "untranslated"

    @property
    def empty(self) -> bool:
        return self.value in (None, "", [], ())


@dataclass(frozen=True, slots=True)
class SectionResult:
    section: SectionDef
    fields: tuple[FieldResult, ...]

    @property
    def visible_fields(self) -> tuple[FieldResult, ...]:
        return tuple(f for f in self.fields if f.visible)


@dataclass(frozen=True, slots=True)
class ChecklistResult:
    item: ChecklistItemDef
    applies: bool
    status: Literal["attached", "missing", "not_applicable"]
    attachment_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FilledForm:
    definition: FormDefinition
    case_id: str
    person_id: str
    application_id: str | None
    lang: str
    print_languages: tuple[str, ...]
    sections: tuple[SectionResult, ...]
    checklist: tuple[ChecklistResult, ...]
    missing: tuple[FieldProblem, ...]
    invalid: tuple[FieldProblem, ...]
    signers: tuple[str, ...] = ()
    _by_id: dict[str, FieldResult] = field(default_factory=dict, repr=False, compare=False)

    def field(self, field_id: str) -> FieldResult:
        if not self._by_id:
            for s in self.sections:
                for f in s.fields:
                    self._by_id[f.field.id] = f
        return self._by_id[field_id]

    @property
    def complete(self) -> bool:
        return not self.missing and not self.invalid

    def fields(self) -> tuple[FieldResult, ...]:
        return tuple(f for s in self.sections for f in s.fields)

    @property
    def untranslated(self) -> tuple[FieldResult, ...]:
        """Visible free-text fields printed transliterated because their translation into the
        form's language is missing (see :attr:`FieldResult.needs_translation`)."""
        return tuple(f for f in self.fields() if f.needs_translation)
