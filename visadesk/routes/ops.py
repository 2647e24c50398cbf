"""Case operations of "Where can I go?": save the interview in the case, and create the
applications of a route (or the border checklist of an exit) for the chosen people, with the
form and its purpose preselected. Each takes a case and returns a new, validated case; the caller
saves it in one vault transaction (``session.save_case`` / ``vault.put_case``)."""

from __future__ import annotations

from typing import Any

from visadesk.case.model import Application, Case
from visadesk.case.situation import Situation
from visadesk.errors import VisaDeskError
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
            raise RouteError("no such person in this case", field=f"situation.people[{i}]")
    return _revalidate(case, situation=situation.model_dump())


def form_of(rule: Rule) -> str:
    """The form a rule creates: a route's application form, or an exit's border checklist."""
    form_id = rule.form or rule.checklist
    if form_id is None:
        raise RouteError(f"{rule.id!r} creates no application", field="rule")
    return form_id


def check_answers(rule: Rule, registry: Any) -> None:
    """The preselected answers must be fields of the form, and choices must be its choices."""
    definition = registry.get(form_of(rule))
    fields = {f.id: f for f in definition.fields()}
    for key, value in rule.answers.items():
        if key not in fields:
            raise RouteError(f"{rule.id}: form {definition.id} has no field {key!r}", field=key)
        f = fields[key]
        if f.choices:
            values = value if isinstance(value, list) else [value]
            known = {c.value for c in f.choices}
            for v in values:
                if v not in known:
                    raise RouteError(f"{rule.id}: {v!r} is not a choice of {key!r}", field=key)


def create_route_applications(
    case: Case,
    rule_id: str,
    person_ids: list[str],
    *,
    book: RuleBook | None = None,
    registry: Any = None,
) -> Case:
    """Add one application per chosen person for the rule's form, answers preselected. A person
    who already has an application for that form keeps it (nothing is duplicated)."""
    book = book or load_rules()
    rule = book.rules.get(rule_id)
    if rule is None:
        raise RouteError(f"unknown route {rule_id!r}", field="rule")
    if registry is None:
        from visadesk.forms.registry import get_registry

        registry = get_registry()
    form_id = form_of(rule)
    check_answers(rule, registry)
    applicants = {p.id for p in case.applicants}
    new: list[dict[str, Any]] = []
    for pid in person_ids:
        if pid not in applicants:
            raise RouteError("not an applicant of this case", field="person")
        if any(a.form_id == form_id for a in case.applications_for(pid)):
            continue
        app = Application(person_id=pid, form_id=form_id, answers=dict(rule.answers))
        new.append(app.model_dump())
    if not new:
        return case
    return _revalidate(case, applications=[a.model_dump() for a in case.applications] + new)
