"""Where a field's value comes from: profile paths (``person.surname_latin``,
``case.sponsor.address.city``, ``person.passport.number``) and computed values (age, full
names, one-line addresses, guardians …), and the safe condition language over them.

Paths are resolved by walking attributes of the model objects whose names are in an allow-list
(no dunder, no method calls with arguments): a definition can read data, never run code.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any

from visadesk.case.conditions import compare
from visadesk.case.model import Case, Person, ResidenceStatus
from visadesk.forms.schema import Condition


class Context:
    """Everything a definition may read for one person of one case."""

    def __init__(self, case: Case, person: Person, answers: dict[str, Any], today: date) -> None:
        self.case = case
        self.person = person
        self.sponsor = case.sponsor
        self.answers = answers
        self.today = today
        self.values: dict[str, Any] = {}  # field id → current value (filled by the engine)

    def resolve(self, path: str) -> Any:
        root, *rest = path.split(".")
        if root == "computed":
            fn = COMPUTED.get(rest[0]) if len(rest) == 1 else None
            if fn is None:
                raise KeyError(f"unknown computed value {path!r}")
            return plain(fn(self))
        if root == "application":
            return self.answers.get(rest[0]) if len(rest) == 1 else None
        obj: Any = {"person": self.person, "case": self.case, "sponsor": self.sponsor}[root]
        for name in rest:
            if obj is None:
                return None
            if name.startswith("_"):
                raise KeyError(f"{path!r} is not readable")
            if name == "age" and isinstance(obj, Person):
                obj = obj.age(self.today)
                continue
            obj = getattr(obj, name)
            if callable(obj):
                raise KeyError(f"{path!r} names a method, not a value")
        return plain(obj)


def plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def _latin_name(p: Person | None) -> str:
    return p.full_name_latin if p else ""


def _guardian_lines(ctx: Context) -> str:
    lines = []
    for g in ctx.person.guardians:
        if g.person_id:
            try:
                who = ctx.case.person(g.person_id)
            except KeyError:
                continue
            addr = address_line(who.address)
            lines.append(
                ", ".join(
                    x
                    for x in (
                        who.full_name_latin,
                        addr,
                        who.phone or "",
                        who.email or "",
                        who.nationality or "",
                    )
                    if x
                )
            )
        else:
            addr = address_line(g.address)
            name = " ".join(x for x in (g.surname, g.given_names) if x)
            lines.append(
                ", ".join(
                    x for x in (name, addr, g.phone or "", g.email or "", g.nationality or "") if x
                )
            )
    return "\n".join(lines)


def address_line(address: Any) -> str:
    """One line, with the country's English name rather than its code."""
    if address is None or address.is_empty():
        return ""
    from visadesk.case.countries import name

    parts = [address.street, " ".join(p for p in (address.postal_code, address.city) if p)]
    parts.append(address.region)
    if address.country:
        parts.append(name(address.country, "en"))
    return ", ".join(p for p in parts if p)


def _sponsor_address(ctx: Context) -> str:
    return address_line(ctx.sponsor.address) if ctx.sponsor else ""


def _sponsor_address_in(country: str) -> Callable[[Context], str]:
    """The sponsor's address only when it is in ``country`` (alpha-3): an "address in Germany"
    is never the sponsor's address in another country."""

    def address(ctx: Context) -> str:
        sponsor = ctx.sponsor
        if sponsor is None or sponsor.address is None or sponsor.address.country != country:
            return ""
        return address_line(sponsor.address)

    return address


APPLICANT_MEANS: tuple[str, ...] = (
    "cash",
    "travellers_cheques",
    "credit_card",
    "prepaid_accommodation",
    "prepaid_transport",
    "other",
)
SPONSOR_MEANS = ("cash", "accommodation_provided", "all_expenses", "prepaid_transport", "other")


def _box32(ctx: Context, payer: str) -> list[str]:
    """Schengen box 32 as the form prints it: two lists, one per payer, each ticked from the
    answers 'who pays' and 'means of support' (the sponsor named in field 30 or 31 is
    'referred to in field 30 or 31')."""
    if ctx.values.get("cost_covered_by") != payer:
        return []
    means = ctx.values.get("means_of_support") or []
    allowed = APPLICANT_MEANS if payer == "applicant" else SPONSOR_MEANS
    head = ["covered"]
    if payer == "sponsor":
        named = ctx.values.get("inviting_person") or ctx.values.get("inviting_company")
        head.append("referred_30_31" if named else "other_sponsor")
    return head + [m for m in allowed if m in means]


COMPUTED: dict[str, Callable[[Context], Any]] = {
    "cost_by_applicant": lambda c: _box32(c, "applicant"),
    "cost_by_sponsor": lambda c: _box32(c, "sponsor"),
    "age": lambda c: c.person.age(c.today),
    "is_minor": lambda c: (c.person.age(c.today) or 99) < 18,
    "today": lambda c: c.today,
    "full_name_latin": lambda c: c.person.full_name_latin,
    "full_name": lambda c: c.person.full_name,
    "home_address": lambda c: address_line(c.person.address),
    "sponsor_full_name_latin": lambda c: _latin_name(c.sponsor),
    "sponsor_address": _sponsor_address,
    "sponsor_address_in_germany": _sponsor_address_in("DEU"),
    "sponsor_contact": lambda c: ", ".join(
        x
        for x in (
            (c.sponsor.phone or "") if c.sponsor else "",
            (c.sponsor.email or "") if c.sponsor else "",
        )
        if x
    ),
    "guardians": _guardian_lines,
    "has_sponsor": lambda c: c.sponsor is not None,
    # her residence document proves her right to stay: needed unless she is a citizen there
    "sponsor_needs_residence_document": lambda c: (
        c.sponsor is not None and c.sponsor.residence_status != ResidenceStatus.CITIZEN
    ),
    "military_at_risk": lambda c: (
        c.person.military.status.value
        in ("mobilisation_notice", "reservist", "deserted", "conscript")
    ),
    "employer_line": lambda c: ", ".join(
        x
        for x in (
            c.person.employer,
            address_line(c.person.employer_address),
            c.person.employer_phone or "",
        )
        if x
    ),
}


def evaluate(cond: Condition | None, ctx: Context) -> bool:
    """True when ``cond`` holds; a missing value never satisfies a comparison (and never raises)."""
    if cond is None:
        return True
    if cond.all is not None:
        return all(evaluate(c, ctx) for c in cond.all)
    if cond.any is not None:
        return any(evaluate(c, ctx) for c in cond.any)
    if cond.not_ is not None:
        return not evaluate(cond.not_, ctx)
    try:
        value = ctx.values.get(cond.field) if cond.field else ctx.resolve(cond.source or "")
    except (KeyError, AttributeError):
        value = None
    return compare(cond, value)
