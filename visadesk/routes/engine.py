"""From a person's situation to the advice: warnings first, then the visa-free exits open to the
documents they hold, then the protection and visa routes — each line made of sourced facts, with
its lowest confidence and "may be out of date" when a fact was checked more than a year ago."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from visadesk.case.model import Case, Person
from visadesk.facts.sourcing import Confidence, Source
from visadesk.facts.store import Fact
from visadesk.routes import profile as prof
from visadesk.routes.loader import RuleBook, load_rules
from visadesk.routes.schema import Rule

_RANK = {Confidence.UNCONFIRMED: 0, Confidence.TWO_SECONDARY: 1, Confidence.OFFICIAL: 2}


@dataclass(frozen=True)
class Point:
    key: str
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class Line:
    """One piece of advice (a warning, an exit or a route) and the facts behind it."""

    rule: Rule
    points: tuple[Point, ...]
    origin: str  # "builtin" or the volunteer file it comes from
    today: date

    @property
    def kind(self) -> str:
        return self.rule.kind

    def title(self, lang: str) -> str:
        return self.rule.title.get(lang)

    @property
    def facts(self) -> list[Fact]:
        seen: dict[str, Fact] = {}
        for point in self.points:
            for fact in point.facts:
                seen.setdefault(fact.id, fact)
        return list(seen.values())

    @property
    def confidence(self) -> Confidence:
        """The weakest confidence of the facts it rests on."""
        return min((f.level for f in self.facts), key=lambda c: _RANK[c])

    @property
    def stale(self) -> bool:
        return any(f.stale(self.today) for f in self.facts)

    @property
    def sources(self) -> list[Source]:
        seen: dict[str, Source] = {}
        for fact in self.facts:
            for s in fact.sources:
                seen.setdefault(s.url, s)
        return list(seen.values())


@dataclass
class Advice:
    person_id: str
    person_name: str
    made_on: date
    warnings: list[Line] = field(default_factory=list)
    exits: list[Line] = field(default_factory=list)
    routes: list[Line] = field(default_factory=list)

    def lines(self) -> list[Line]:
        return [*self.warnings, *self.exits, *self.routes]


def _line(book: RuleBook, rule: Rule, today: date) -> Line:
    points = tuple(
        Point(key, tuple(book.facts.get(i) for i in ids)) for key, ids in rule.points.items()
    )
    return Line(rule, points, book.origins.get(rule.id, "builtin"), today)


def advise(
    case: Case, person: Person, *, today: date | None = None, book: RuleBook | None = None
) -> Advice:
    """The advice for one person of a case (uses the case's interview where answered)."""
    today = today or date.today()
    book = book or load_rules()
    values = prof.build(case, person, today)
    advice = Advice(person.id, person.display_name(), today)
    for kind, target in (
        ("warning", advice.warnings),
        ("exit", advice.exits),
        ("route", advice.routes),
    ):
        for rule in book.ordered(kind):
            if prof.holds(rule.when, values):
                target.append(_line(book, rule, today))
    return advice


def advise_case(
    case: Case, *, today: date | None = None, book: RuleBook | None = None
) -> list[Advice]:
    """The advice for every applicant (the sponsor is abroad already and gets none)."""
    book = book or load_rules()
    return [advise(case, p, today=today, book=book) for p in case.applicants]
