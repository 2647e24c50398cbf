"""The pydantic schema of a form definition (one YAML file per form): strict, unknown keys refused.

A definition is data written by developers or volunteers; it is validated here before use and
never evaluated as code. Conditions are a small structured language (see conditions.py).

The models are built lazily (pydantic ``defer_build``): importing this module costs no schema
building, so a command that never validates a definition does not pay for it. Model-valued
defaults are therefore made with ``model_construct()`` (the same value ``PrintText()`` gives):
calling a model in a class body would build its schema at import.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

LANGS = ("en", "ru", "uk", "fr", "de")
PRINT_LANGS = ("en", "fr", "de", "es", "it", "ru")
FieldType = Literal[
    "text",
    "longtext",
    "date",
    "choice",
    "multichoice",
    "bool",
    "country",
    "phone",
    "email",
    "number",
]
Ident = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
FormId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$")]
SourcePath = Annotated[
    str, Field(pattern=r"^(person|case|sponsor|computed|application)(\.[a-z_][a-z0-9_]*)+$")
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class I18n(Strict):
    """A text in the five interface languages (all required for labels)."""

    en: str
    ru: str
    uk: str
    fr: str
    de: str

    def get(self, lang: str) -> str:
        return getattr(self, lang, None) or self.en


class PrintText(Strict):
    """A text in the official printing language(s) of a form (only those it prints)."""

    en: str | None = None
    fr: str | None = None
    de: str | None = None
    es: str | None = None
    it: str | None = None
    ru: str | None = None

    def get(self, lang: str) -> str | None:
        return getattr(self, lang, None)


class ChoiceDef(Strict):
    value: Annotated[str, Field(pattern=r"^[A-Za-z0-9_]{1,40}$")]
    label: I18n
    print_label: PrintText = PrintText.model_construct()
    other: bool = False  # "Other (please specify)": the specification field follows
    # A choice the paper form has no box for: it ticks the box of this other choice (e.g. the
    # asylum visa on the Cerfa 14571 ticks "Autre (à préciser)").
    prints_as: str | None = None


class Condition(Strict):
    """One of: all / any / not, or a test of a value: ``source`` (a profile path) or ``field``
    (another field of this form) compared with one operator."""

    all: list[Condition] | None = None
    any: list[Condition] | None = None
    not_: Condition | None = Field(default=None, alias="not")
    source: SourcePath | None = None
    field: Ident | None = None
    eq: Any = None
    ne: Any = None
    in_: list[Any] | None = Field(default=None, alias="in")
    not_in: list[Any] | None = None
    lt: float | None = None
    le: float | None = None
    gt: float | None = None
    ge: float | None = None
    empty: bool | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)

    @model_validator(mode="after")
    def _one_kind(self) -> Condition:
        combinators = [x for x in (self.all, self.any, self.not_) if x is not None]
        subject = [x for x in (self.source, self.field) if x is not None]
        ops = [
            n
            for n in ("eq", "ne", "in_", "not_in", "lt", "le", "gt", "ge", "empty")
            if getattr(self, n) is not None
        ]
        if combinators:
            if len(combinators) > 1 or subject or ops:
                raise ValueError("use exactly one of all / any / not, with nothing else beside it")
        else:
            if len(subject) != 1:
                raise ValueError("a test needs exactly one of 'source' or 'field'")
            if len(ops) != 1:
                raise ValueError(
                    "a test needs exactly one operator (eq, ne, in, not_in, lt, le, gt, ge, empty)"
                )
        return self


class DateBound(Strict):
    """A date limit: 'today' (+/- days) or another date field of this form (+/- days)."""

    ref: Annotated[str, Field(pattern=r"^(today|birth|field:[a-z][a-z0-9_]*)$")]
    days: int = 0
    message: I18n | None = None


class Refusal(Strict):
    """A value the rules do not allow for this person (e.g. family reunification asked for an
    adult brother): shown at the field, in the user's language."""

    when: Condition
    message: I18n


class Validation(Strict):
    refuse_if: list[Refusal] = Field(default=[])
    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    charset: Literal["latin", "videx"] | None = None
    min_date: DateBound | None = None
    max_date: DateBound | None = None
    min_value: float | None = None
    max_value: float | None = None

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            import re

            re.compile(value)
        return value


class FieldDef(Strict):
    id: Ident
    number: Annotated[str, Field(pattern=r"^[0-9]{1,3}[a-z]?(\.[0-9]{1,2})?$")] | None = None
    label: I18n
    print_label: PrintText = PrintText.model_construct()
    help: I18n | None = None
    type: FieldType = "text"
    choices: list[ChoiceDef] = Field(default=[])
    required: bool = False
    show_if: Condition | None = None
    required_if: Condition | None = None
    source: SourcePath | None = None
    default: str | bool | float | list[str] | None = None
    validation: Validation = Validation.model_construct()
    part_of: str | None = None  # number of the official box this unnumbered sub-field belongs to
    starred: bool = False  # Schengen: family members of EU/EEA/CH citizens leave it empty
    reconstructed: bool = False  # wording not confirmed against the official text
    # ``printed: false``: asked in the wizard, not drawn as a box of the official form (another
    # print-only box shows it, e.g. box 32's two lists). ``print_only``: drawn on the official
    # form from other answers (a computed source), never asked.
    printed: bool = True
    print_only: bool = False
    width: Literal["full", "half", "third", "quarter"] = "full"
    rows: int = Field(default=1, ge=1, le=20)

    @model_validator(mode="after")
    def _choices_fit_type(self) -> FieldDef:
        if self.type in ("choice", "multichoice") and not self.choices:
            raise ValueError(f"field {self.id!r} of type {self.type} needs choices")
        if self.type not in ("choice", "multichoice") and self.choices:
            raise ValueError(f"field {self.id!r} of type {self.type} cannot have choices")
        values = [c.value for c in self.choices]
        if len(values) != len(set(values)):
            raise ValueError(f"field {self.id!r} repeats a choice value")
        return self

    def choice(self, value: str) -> ChoiceDef | None:
        return next((c for c in self.choices if c.value == value), None)


class SectionDef(Strict):
    id: Ident
    title: I18n
    print_title: PrintText = PrintText.model_construct()
    fields: list[FieldDef]


class ChecklistItemDef(Strict):
    id: Ident
    label: I18n
    help: I18n | None = None
    required: bool = True
    show_if: Condition | None = None
    unverified: bool = False  # a sensible candidate, not a confirmed requirement
    source: str | None = None  # where the rule comes from
    facts: list[str] = Field(default=[])  # ids in visadesk.facts: sourced there

    @field_validator("source")
    @classmethod
    def _real_source(cls, v: str | None) -> str | None:
        return _no_internal_file(v) if v is not None else v

    @model_validator(mode="after")
    def _honest(self) -> ChecklistItemDef:
        if self.source and self.source.lower().startswith("unconfirmed") and not self.unverified:
            raise ValueError("an item whose source is unconfirmed must be marked unverified")
        return self


def _no_internal_file(v: str) -> str:
    """A definition never cites an internal file (e.g. reference/documents.md) as its source."""
    if re.search(r"(^|[\s(;/])reference/|\.md\b", v):
        raise ValueError(f"an internal file is not a source: {v!r}")
    return v


class InfoRow(Strict):
    """A fact on a checklist-only form (e.g. 'Stay: up to 90 days'). With ``facts`` (ids in the
    shared fact store) and no ``value``, the value is the facts' statements with their sources,
    and ``unverified`` follows their confidence: one place per fact."""

    label: I18n
    value: I18n
    unverified: bool = False
    facts: list[str] = Field(default=[])

    @model_validator(mode="before")
    @classmethod
    def _from_facts(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("facts") and "value" not in data:
            from visadesk.facts.store import fact_value

            value, unverified = fact_value(list(data["facts"]))
            data = {**data, "value": value, "unverified": unverified}
        return data


class FormDefinition(Strict):
    id: FormId
    country: Annotated[str, Field(pattern=r"^(SCHENGEN|[A-Z]{2})$")]
    kind: Literal["official_form", "prep_sheet", "checklist"]
    title: I18n
    print_title: PrintText = PrintText.model_construct()
    edition: str = ""
    legal_basis: str = ""
    source: Annotated[str, AfterValidator(_no_internal_file)]
    checked: date
    print_languages: list[Literal["en", "fr", "de", "es", "it", "ru"]] = Field(
        default_factory=lambda: ["en"]  # type: ignore[arg-type]
    )
    # Schengen: the printing language follows the destination member state (a field's value).
    destination_field: Ident | None = None
    print_languages_by_destination: dict[str, list[str]] = Field(default={})
    date_format: Literal["DD-MM-YYYY", "DD.MM.YYYY", "YYYY-MM-DD", "DD/MM/YYYY"] = "DD-MM-YYYY"
    charset: Literal["latin", "videx"] | None = None
    reconstructed: bool = False
    verify_before_travel: bool = False
    notes: list[I18n] = Field(default=[])
    # Printed under the title of the official form itself, in its print languages.
    header_notes: list[PrintText] = Field(default=[])
    info: list[InfoRow] = Field(default=[])
    declarations: list[PrintText] = Field(default=[])
    official_use: list[PrintText] = Field(default=[])
    signature: bool = True
    sections: list[SectionDef] = Field(default=[])
    checklist: list[ChecklistItemDef] = Field(default=[])

    @model_validator(mode="before")
    @classmethod
    def _items_from_facts(cls, data: Any) -> Any:
        # A checklist item naming facts takes each rule's text from the fact store.
        if isinstance(data, dict):
            from visadesk.facts.store import compose_checklist

            return compose_checklist(data)
        return data

    @model_validator(mode="after")
    def _unique(self) -> FormDefinition:
        ids: set[str] = set()
        numbers: set[str] = set()
        for section in self.sections:
            for f in section.fields:
                if f.id in ids:
                    raise ValueError(f"field id {f.id!r} appears twice")
                ids.add(f.id)
                if f.number is not None:
                    if f.number in numbers:
                        raise ValueError(f"field number {f.number!r} appears twice")
                    numbers.add(f.number)
        refs = set(ids)
        for section in self.sections:
            for f in section.fields:
                for cond in (f.show_if, f.required_if):
                    for ref in _field_refs(cond):
                        if ref not in refs:
                            raise ValueError(
                                f"field {f.id!r}: condition names unknown field {ref!r}"
                            )
        if self.destination_field and self.destination_field not in ids:
            raise ValueError(f"destination_field {self.destination_field!r} is not a field")
        item_ids = [i.id for i in self.checklist]
        if len(item_ids) != len(set(item_ids)):
            raise ValueError("a checklist item id appears twice")
        if self.kind != "checklist" and not self.sections:
            raise ValueError("a form or sheet needs sections")
        return self

    def fields(self) -> list[FieldDef]:
        return [f for s in self.sections for f in s.fields]

    def field(self, field_id: str) -> FieldDef:
        for f in self.fields():
            if f.id == field_id:
                return f
        raise KeyError(field_id)


def _field_refs(cond: Condition | None) -> list[str]:
    if cond is None:
        return []
    out = [cond.field] if cond.field else []
    for sub in (cond.all or []) + (cond.any or []):
        out += _field_refs(sub)
    if cond.not_ is not None:
        out += _field_refs(cond.not_)
    return out
