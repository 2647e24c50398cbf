"""Case operations of "Where can I go?": save the interview in the case, and create the
applications of a route (or the border checklist of an exit) for the chosen people, with the
form and its purpose preselected. Each takes a case and returns a new, validated case; the caller
saves it in one vault transaction (``session.save_case`` / ``vault.put_case``)."""

from __future__ import annotations

from typing import Any

from visadesk.case.model import Application, Case
from visadesk.case.situation import Situation
from visadesk.errors import VisaDeskError, keyed
from visadesk.routes.loader import RuleBook, load_rules
from visadesk.routes.schema import Rule


class RouteError(VisaDeskError):
    """A route operation cannot be done as asked (unknown rule, person or form)."""


def _revalidate(case: Case, **changes: Any) -> Case:
    data = case.model_dump()
    data.update(changes)
    return Case.model_validate(data)


def save_situation(case: Case, situation: Situation) -> Case:
    """The case with the interview's answers (people not in the case are refused)."""
    ids = {p.id for p in case.people()}
    for i, ps in enumerate(situation.people):
        if ps.person_id not in ids:
            raise keyed("route.no_person", cls=RouteError, field=f"situation.people[{i}]")
    return _revalidate(case, situation=situation.model_dump())


def form_of(rule: Rule) -> str:
    """The form a rule creates: a route's application form, or an exit's border checklist."""
    form_id = rule.form or rule.checklist
    if form_id is None:
        raise keyed("route.no_application", cls=RouteError, field="rule", rule=repr(rule.id))
    return form_id


def check_answers(rule: Rule, registry: Any) -> None:
    """The preselected answers must be fields of the form, and choices must be its choices."""
    definition = registry.get(form_of(rule))
    fields = {f.id: f for f in definition.fields()}
    for key, value in rule.answers.items():
        if key not in fields:
            raise keyed(
                "route.no_field",
                cls=RouteError,
                field=key,
                rule=rule.id,
                form=definition.id,
                field_id=repr(key),
            )
        f = fields[key]
        if f.choices:
            values = value if isinstance(value, list) else [value]
            known = {c.value for c in f.choices}
            for v in values:
                if v not in known:
                    raise keyed(
                        "route.not_a_choice",
                        cls=RouteError,
                        field=key,
                        rule=rule.id,
                        value=repr(v),
                        field_id=repr(key),
                    )


# The interview's military answer in the words the VIDEX form asks for (in English).
_MILITARY_EN = {
    "none": "No military obligations",
    "conscript_age": "Of conscription age",
    "reservist": "Reservist",
    "summons": "Reservist",
    "deserter": "Left military service without permission",
    "exempt": "Exempt from military service",
}


def _latin(text: str) -> bool:
    return bool(text) and not any("\u0400" <= ch <= "\u04ff" for ch in text)


def _military_line(values: dict[str, Any], ps: Any) -> str:
    status = values.get("military.status")
    if status is None or status == "not_applicable":
        return ""
    parts = [_MILITARY_EN.get(status, "")]
    category = ps.military.reservist_category if ps is not None else ""
    if parts[0] == "Reservist" and _latin(category):
        parts[0] += f", category {category}"  # a Cyrillic category is left for the user
    if values.get("military.summons"):
        notice = "mobilisation notice received"
        if ps is not None and ps.military.summons_date is not None:
            notice += f" {ps.military.summons_date.isoformat()}"
        kind = values.get("military.summons_kind")
        if kind == "electronic":
            notice += " (electronic, in the register of summonses)"
        elif kind == "paper":
            notice += " (on paper)"
        parts.append(notice)
    if values.get("military.passport_surrendered"):
        parts.append("foreign passport surrendered")
    return "; ".join(p for p in parts if p)


def interview_answers(case: Case, person_id: str, definition: Any) -> dict[str, Any]:
    """What the interview answers for the form's own questions (fields the form does not take
    from the person's record): other citizenships, a residence permit held, the military
    situation. Only questions the form has; nothing unanswered is guessed."""
    from datetime import date

    from visadesk.routes import profile as prof

    person = next((p for p in case.applicants if p.id == person_id), None)
    if person is None:
        return {}
    ps = case.situation.of(person_id) if case.situation else None
    values = prof.build(case, person, date.today())
    fields = {f.id: f for f in definition.fields() if getattr(f, "source", None) is None}
    out: dict[str, Any] = {}
    if "other_nationalities" in fields and ps is not None and ps.citizenships:
        others = [c for c in ps.citizenships if c != person.nationality]
        if others:
            out["other_nationalities"] = ", ".join(others)
    if "residence_other_country" in fields and ps is not None:
        if ps.documents.residence_permits:
            out["residence_other_country"] = True
    if "military_service" in fields:
        line = _military_line(values, ps)
        if line:
            out["military_service"] = line
    return out


def create_route_applications(
    case: Case,
    rule_id: str,
    person_ids: list[str],
    *,
    book: RuleBook | None = None,
    registry: Any = None,
) -> Case:
    """Add one application per chosen person for the rule's form, answers preselected (the
    route's purpose, and what the interview answered for the form's questions). A person who
    already has an application for that form keeps it (nothing is duplicated)."""
    book = book or load_rules()
    rule = book.rules.get(rule_id)
    if rule is None:
        raise keyed("route.unknown", cls=RouteError, field="rule", rule=repr(rule_id))
    if registry is None:
        from visadesk.forms.registry import get_registry

        registry = get_registry()
    form_id = form_of(rule)
    check_answers(rule, registry)
    applicants = {p.id for p in case.applicants}
    new: list[dict[str, Any]] = []
    for pid in person_ids:
        if pid not in applicants:
            raise keyed("route.not_applicant", cls=RouteError, field="person")
        if any(a.form_id == form_id for a in case.applications_for(pid)):
            continue
        answers = interview_answers(case, pid, registry.get(form_id)) | dict(rule.answers)
        app = Application(person_id=pid, form_id=form_id, answers=answers)
        new.append(app.model_dump())
    if not new:
        return case
    return _revalidate(case, applications=[a.model_dump() for a in case.applications] + new)
