"""Fill a form from a case: every field's value and where it came from, what is missing, what is
invalid, which supporting documents apply. Answers override profile values per application."""

from __future__ import annotations

from datetime import date
from typing import Any

from visadesk.case.model import Application, Case, Person
from visadesk.errors import keyed
from visadesk.forms import values as V
from visadesk.forms.result import (
    ChecklistResult,
    FieldProblem,
    FieldResult,
    FilledForm,
    SectionResult,
    Source,
)
from visadesk.forms.schema import FieldDef, FormDefinition
from visadesk.forms.sources import Context, evaluate
from visadesk.forms.types import kind_of


def print_languages(form: FormDefinition, values: dict[str, Any]) -> tuple[str, ...]:
    """The languages printed on the form; for Schengen, chosen by the destination state."""
    if form.destination_field and form.print_languages_by_destination:
        dest = values.get(form.destination_field)
        if isinstance(dest, str):
            from visadesk.case.countries import alpha2

            key = alpha2(dest) if len(dest) == 3 else dest
            if key in form.print_languages_by_destination:
                return tuple(form.print_languages_by_destination[key])
    return tuple(form.print_languages)


def _value_for(
    field: FieldDef, ctx: Context, form: FormDefinition
) -> tuple[Any, Source, str | None, FieldProblem | None]:
    if field.id in ctx.answers and ctx.answers[field.id] not in (None, "", []):
        try:
            return V.coerce(field, ctx.answers[field.id]), "answer", None, None
        except V.ValueProblem as exc:
            return None, "answer", None, _problem(field, "invalid", exc)
    if field.source:
        try:
            raw = ctx.resolve(field.source)
        except (KeyError, AttributeError):
            raw = None
        if raw not in (None, "", []):
            kind: Source = "computed" if field.source.startswith("computed.") else "profile"
            if isinstance(raw, str) and form.charset and kind_of(field).charset:
                raw = V.to_charset(raw, form.charset, tuple(form.print_languages))
            try:
                return V.coerce(field, raw), kind, field.source, None
            except V.ValueProblem as exc:
                return None, kind, field.source, _problem(field, "invalid", exc)
    if field.default is not None:
        try:
            return V.coerce(field, field.default), "default", None, None
        except V.ValueProblem:
            pass
    return None, "none", None, None


def _problem(
    field: FieldDef, kind: str = "missing", exc: V.ValueProblem | None = None
) -> FieldProblem:
    if exc is None:
        return FieldProblem(
            field.id, field.number, field.label, "missing", "is required", "required"
        )
    return FieldProblem(field.id, field.number, field.label, kind, exc.message, exc.key, exc.params)  # type: ignore[arg-type]


def _date_rule(field: FieldDef, exc: V.ValueProblem, lang: str) -> FieldProblem | None:
    """A date limit with its own message (e.g. "the passport was issued more than 10 years
    ago"), in the user's language; None for the generic one."""
    bound = {"min_date": field.validation.min_date, "max_date": field.validation.max_date}.get(
        exc.key
    )
    if bound is None or bound.message is None:
        return None
    text = bound.message.get(lang)
    return FieldProblem(
        field.id, field.number, field.label, "invalid", text, "date_rule", exc.params
    )


def fill(
    case: Case,
    person_id: str,
    form: FormDefinition | str,
    *,
    application: Application | None = None,
    today: date | None = None,
    lang: str = "en",
) -> FilledForm:
    """The engine's one answer for a person of a case and a form (see FilledForm)."""
    if isinstance(form, str):
        from visadesk.forms.registry import get_registry

        form = get_registry().get(form)
    try:
        person = case.person(person_id)
    except KeyError:
        raise keyed("case.no_person_id", field="person", id=repr(person_id)) from None
    today = today or date.today()
    answers = dict(application.answers) if application else {}
    ctx = Context(case, person, answers, today)

    raw: dict[str, tuple[Any, Source, str | None, FieldProblem | None]] = {}
    for field in form.fields():
        raw[field.id] = _value_for(field, ctx, form)
        ctx.values[field.id] = raw[field.id][0]
    langs = print_languages(form, ctx.values)

    missing: list[FieldProblem] = []
    invalid: list[FieldProblem] = []
    sections = []
    for section in form.sections:
        results = []
        for field in section.fields:
            value, source, path, problem = raw[field.id]
            visible = not field.print_only and evaluate(field.show_if, ctx)
            required = visible and (
                field.required
                or (field.required_if is not None and evaluate(field.required_if, ctx))
            )
            problems: list[FieldProblem] = []
            if visible:
                if problem is not None:
                    problems.append(problem)
                else:
                    try:
                        V.check(field, value, form, ctx.values, today, person.date_of_birth)
                    except V.ValueProblem as exc:
                        problems.append(
                            _date_rule(field, exc, lang) or _problem(field, "invalid", exc)
                        )
                if value not in (None, "", []):
                    problems += [
                        FieldProblem(
                            field.id, field.number, field.label, "invalid",
                            r.message.get(lang), "not_eligible",
                        )
                        for r in field.validation.refuse_if
                        if evaluate(r.when, ctx)
                    ]  # fmt: skip
                if required and value in (None, "", []) and problem is None:
                    problems.append(_problem(field))
            for p in problems:
                (missing if p.kind == "missing" else invalid).append(p)
            text = V.format_value(field, value, form, langs) if visible else ""
            results.append(
                FieldResult(field, value, text, source, path, visible, required, tuple(problems))
            )
        sections.append(SectionResult(section, tuple(results)))

    checklist = []
    for item in form.checklist:
        applies = evaluate(item.show_if, ctx)
        ids = tuple(
            a.id
            for a in case.attachments
            if a.checklist_item == item.id
            and (a.person_id == person.id or (application and a.application_id == application.id))
        )
        status = "attached" if ids else ("missing" if applies else "not_applicable")
        checklist.append(ChecklistResult(item, applies, status, ids))  # type: ignore[arg-type]

    return FilledForm(
        definition=form,
        case_id=case.id,
        person_id=person.id,
        application_id=application.id if application else None,
        lang=lang,
        print_languages=langs,
        sections=tuple(sections),
        checklist=tuple(checklist),
        missing=tuple(missing),
        invalid=tuple(invalid),
        signers=_signers(case, person, today),
    )


def _signers(case: Case, person: Person, today: date) -> tuple[str, ...]:
    age = person.age(today)
    if age is not None and age < 18 and person.guardians:
        names = []
        for g in person.guardians:
            if g.person_id:
                try:
                    names.append(case.person(g.person_id).full_name_latin)
                except KeyError:
                    continue
            else:
                names.append(" ".join(x for x in (g.surname, g.given_names) if x))
        return tuple(n for n in names if n)
    return (person.full_name_latin,)


def fill_application(case: Case, application: Application, **kw: Any) -> FilledForm:
    return fill(case, application.person_id, application.form_id, application=application, **kw)
