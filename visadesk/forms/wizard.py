"""The wizard's logic, without any GUI (Electrum's idea: navigation is logic, it lives in the core).

Pages are the form's sections that have a visible field; answers are parsed and checked here; a
"what is missing" list points at the page of each field. The Qt wizard only draws this.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from visadesk.case.model import Application, utcnow
from visadesk.forms import values as V
from visadesk.forms.result import FieldProblem, FieldResult, FilledForm, SectionResult
from visadesk.forms.schema import FieldDef


@dataclass(frozen=True, slots=True)
class Page:
    index: int
    section: SectionResult

    @property
    def fields(self) -> tuple[FieldResult, ...]:
        return self.section.visible_fields


@dataclass(frozen=True, slots=True)
class MissingItem:
    page: int
    field_id: str
    problem: FieldProblem


def pages(filled: FilledForm) -> list[Page]:
    out: list[Page] = []
    for section in filled.sections:
        if section.visible_fields:
            out.append(Page(len(out), section))
    return out


def page_of(filled: FilledForm, field_id: str) -> int | None:
    for page in pages(filled):
        if any(f.field.id == field_id for f in page.fields):
            return page.index
    return None


def missing(filled: FilledForm) -> list[MissingItem]:
    """Every missing or invalid visible field, in form order, with the page it is on."""
    out = []
    for page in pages(filled):
        for f in page.fields:
            for p in f.problems:
                out.append(MissingItem(page.index, f.field.id, p))
    return out


def progress(filled: FilledForm) -> tuple[int, int]:
    """(filled required fields, all required fields) among the visible ones."""
    req = [f for f in filled.fields() if f.visible and f.required]
    done = [f for f in req if not f.empty and not f.problems]
    return len(done), len(req)


def coerce_answer(field: FieldDef, raw: Any) -> tuple[Any, FieldProblem | None]:
    """Parse what a person typed; a problem (not an exception) when it cannot be used."""
    try:
        return V.coerce(field, raw), None
    except V.ValueProblem as exc:
        return None, FieldProblem(
            field.id, field.number, field.label, "invalid", exc.message, exc.key, exc.params
        )


def _stored(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def set_answer(application: Application, field_id: str, value: Any) -> Application:
    """A new Application with this answer (the profile is untouched; the answer overrides it)."""
    answers = dict(application.answers)
    if value in (None, "", []):
        answers.pop(field_id, None)
    else:
        answers[field_id] = _stored(value)
    return application.model_copy(update={"answers": answers, "updated_at": utcnow()})


def clear_answer(application: Application, field_id: str) -> Application:
    """Go back to the profile (or default) value for this field."""
    return set_answer(application, field_id, None)


def check_translation(
    filled: FilledForm, field_id: str, text: str, today: date | None = None
) -> tuple[str | None, FieldProblem | None]:
    """A translation typed for a field of this filled form, parsed and checked by the field's
    own rules (the form's letters, length, format) as the form will print it: (the text to
    store, None) or (None, the problem). An empty text means "no translation"."""
    res = filled.field(field_id)
    field = res.field
    value, problem = coerce_answer(field, text)
    if problem is not None or value is None:
        return None, problem
    values = {f.field.id: f.value for f in filled.fields()}
    try:
        V.check(field, value, filled.definition, values, today or date.today(), None)
    except V.ValueProblem as exc:
        return None, FieldProblem(
            field.id, field.number, field.label, "invalid", exc.message, exc.key, exc.params
        )
    return str(value), None


def shown_value(result: FieldResult) -> Any:
    """What the wizard's input for a field shows: the person's own (Russian or Ukrainian)
    words for free text the form prints in its language, else the value as printed."""
    if result.translation_lang is not None and result.original is not None:
        return result.original
    return result.value
