"""The schema of a routes file (YAML): facts and rules, strict, unknown keys refused.

A rule is a warning, an exit (a visa-free country) or a route (a protection or visa procedure).
It says when it applies (a condition in the same small language as the form definitions:
all / any / not, or one test of a profile value) and which facts back each of its points.
Rules never contain advice of their own: every sentence shown comes from a sourced fact.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from visadesk.facts.store import Fact, FactId, Text5

RuleId = Annotated[str, Field(pattern=r"^(warn|exit|route)\.[a-z0-9_]{1,60}$")]
FormRef = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$")]
PointKey = Literal[
    "documents",
    "stay",
    "registration",
    "who",
    "where",
    "third_country",
    "cost",
    "duration",
    "chance",
    "warning",
    "facts",
]
AnswerValue = str | bool | int | float | list[str]

# The values a condition may test (see visadesk.routes.profile, which computes them).
PROFILE_KEYS: frozenset[str] = frozenset(
    {
        "russian",
        "citizenships",
        "citizenship_known",
        "age",
        "minor",
        "child_under14",
        "doc.internal_passport",
        "doc.internal_ok",
        "doc.foreign_passport",
        "doc.birth_certificate",
        "doc.residence_permits",
        "visa.schengen",
        "visa.schengen_issuers",
        "visa.ltv",
        "location",
        "in_russia",
        "military.status",
        "military.at_risk",
        "military.summons",
        "military.summons_kind",
        "military.passport_surrendered",
        "sponsor.country",
        "sponsor.status",
        "sponsor.relationship",
        "travel.means",
        "travel.overland",
        "travel.car_ru",
        "children_travelling",
    }
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Condition(_Strict):
    """One of: all / any / not, or a test of one profile value with one operator."""

    all: list[Condition] | None = None
    any: list[Condition] | None = None
    not_: Condition | None = Field(default=None, alias="not")
    source: str | None = None
    eq: Any = None
    ne: Any = None
    in_: list[Any] | None = Field(default=None, alias="in")
    not_in: list[Any] | None = None
    lt: float | None = None
    le: float | None = None
    gt: float | None = None
    ge: float | None = None
    empty: bool | None = None

    @field_validator("source")
    @classmethod
    def _known(cls, value: str | None) -> str | None:
        if value is not None and value not in PROFILE_KEYS:
            known = ", ".join(sorted(PROFILE_KEYS))
            raise ValueError(f"unknown value {value!r}; known: {known}")
        return value

    @model_validator(mode="after")
    def _one_kind(self) -> Condition:
        combinators = [x for x in (self.all, self.any, self.not_) if x is not None]
        ops = [
            n
            for n in ("eq", "ne", "in_", "not_in", "lt", "le", "gt", "ge", "empty")
            if getattr(self, n) is not None
        ]
        if combinators:
            if len(combinators) > 1 or self.source is not None or ops:
                raise ValueError("use exactly one of all / any / not, with nothing else beside it")
        else:
            if self.source is None:
                raise ValueError("a test needs 'source' (the value it tests)")
            if len(ops) != 1:
                raise ValueError(
                    "a test needs exactly one operator (eq, ne, in, not_in, lt, le, gt, ge, empty)"
                )
        return self


class Rule(_Strict):
    id: RuleId
    kind: Literal["warning", "exit", "route"]
    order: int = Field(default=100, ge=0, le=10_000)
    title: Text5
    when: Condition | None = None
    country: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = None
    points: dict[PointKey, list[FactId]] = Field(min_length=1)
    checklist: FormRef | None = None  # exit: the border checklist form
    form: FormRef | None = None  # route: the application form it creates
    answers: dict[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")], AnswerValue] = Field(
        default={}
    )

    @model_validator(mode="after")
    def _shape(self) -> Rule:
        if not self.id.startswith(
            {"warning": "warn.", "exit": "exit.", "route": "route."}[self.kind]
        ):
            raise ValueError(f"a {self.kind} rule's id starts with its kind")
        if self.kind == "exit" and self.country is None:
            raise ValueError("an exit names its country")
        if self.answers and self.form is None:
            raise ValueError("'answers' need the 'form' they preselect")
        if any(not ids for ids in self.points.values()):
            raise ValueError("every point names at least one fact")
        return self

    def fact_ids(self) -> list[str]:
        return list(dict.fromkeys(i for ids in self.points.values() for i in ids))


class RoutesFile(_Strict):
    """One routes file: facts (usually in visadesk/facts/data) and rules."""

    facts: list[Fact] = Field(default=[], max_length=2000)
    rules: list[Rule] = Field(default=[], max_length=2000)


Condition.model_rebuild()
