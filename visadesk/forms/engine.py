"""Fill a form from a case: every field's value and where it came from, what is missing, what is
invalid, which supporting documents apply. Answers override profile values per application."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from visadesk.case.model import Application, Case, Person, Translation, TranslationLang
from visadesk.errors import keyed
from visadesk.forms import values as V
from visadesk.forms import vocabulary
from visadesk.forms.result import (
    ChecklistResult,
    FieldProblem,
    FieldResult,
    FilledForm,
    Rendering,
    SectionResult,
    Source,
)
from visadesk.forms.schema import FieldDef, FormDefinition
from visadesk.forms.sources import Context, evaluate
from visadesk.forms.types import text_role

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


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


@dataclass(frozen=True, slots=True)
class _Raw:
    """A field's value before the checks: where it came from and, for text, how it was put
    into the form's language and letters."""

    value: Any
    source: Source
    path: str | None = None
    problem: FieldProblem | None = None
    original: str | None = None
    rendering: Rendering = "as_written"
    translation_lang: str | None = None
    earlier: str | None = None


class _Text:
    """What the engine knows to print a case's Russian/Ukrainian text on one form: the form's
    languages and the translations the person gave (this application's first, then those of
    their other applications for the same original)."""

    def __init__(
        self,
        form: FormDefinition,
        langs: tuple[str, ...],
        case: Case,
        person: Person,
        application: Application | None,
    ) -> None:
        self.form = form
        self.langs = langs
        mine = application.translations if application else {}
        self.own = {fid: _by_lang(t) for fid, t in mine.items()}
        self.others = [
            _by_lang(t)
            for a in case.applications_for(person.id)
            if application is None or a.id != application.id
            for t in a.translations.values()
        ]

    def _translated(self, field_id: str, original: str) -> tuple[str | None, str | None]:
        """(the translation of ``original`` in a print language, an earlier translation)."""
        key = _same(original)
        mine = self.own.get(field_id, {})
        for by_lang in (mine, *self.others):
            for lang in self.langs:
                t = by_lang.get(lang)
                if t is not None and _same(t.original) == key:
                    return t.text, None
        earlier = next((t.text for lg in self.langs if (t := mine.get(lg))), None)
        return None, earlier

    def render(self, field: FieldDef, raw: str, source: Source, path: str | None) -> _Raw:
        """A text value of a charset form: kept when already in the form's letters, else
        transliterated (names, places, addresses) or put in the form's language (free text:
        the person's translation, the vocabulary's term, or — missing — transliterated)."""
        role = text_role(field)
        if role is None or not self.form.charset:
            return self._coerced(field, raw, source, path)
        if role == "transliterate" or not _CYRILLIC.search(raw):
            if source == "answer":  # typed in the wizard: the check asks for the form's letters
                return self._coerced(field, raw, source, path)
            latin = V.to_charset(raw, self.form.charset, self.langs)
            if latin == raw:
                return self._coerced(field, raw, source, path)
            return self._coerced(field, latin, source, path, raw, "transliterated")
        try:
            original = V.coerce(field, raw)
        except V.ValueProblem as exc:
            return _Raw(None, source, path, _problem(field, "invalid", exc))
        lang = self.langs[0]
        text, earlier = self._translated(field.id, original)
        rendering: Rendering = "translated"
        if text is None:
            known = vocabulary.lookup(original, self.langs)
            text, rendering = (known, "vocabulary") if known else (None, "untranslated")
        if text is None:
            text = V.to_charset(original, self.form.charset, self.langs)
        out = self._coerced(field, text, source, path, original, rendering)
        return _Raw(out.value, source, path, out.problem, original, rendering, lang, earlier)

    @staticmethod
    def _coerced(
        field: FieldDef,
        raw: Any,
        source: Source,
        path: str | None,
        original: str | None = None,
        rendering: Rendering = "as_written",
    ) -> _Raw:
        try:
            return _Raw(V.coerce(field, raw), source, path, None, original, rendering)
        except V.ValueProblem as exc:
            return _Raw(None, source, path, _problem(field, "invalid", exc), original, rendering)


def _same(text: str) -> str:
    return " ".join(text.split())


def _by_lang(translations: Mapping[TranslationLang, Translation]) -> dict[str, Translation]:
    return {str(lang): t for lang, t in translations.items()}


def _value_for(field: FieldDef, ctx: Context, texts: _Text) -> _Raw:
    if field.id in ctx.answers and ctx.answers[field.id] not in (None, "", []):
        answer = ctx.answers[field.id]
        if isinstance(answer, str):
            return texts.render(field, answer, "answer", None)
        return _Text._coerced(field, answer, "answer", None)
    if field.source:
        try:
            raw = ctx.resolve(field.source)
        except (KeyError, AttributeError):
            raw = None
        if raw not in (None, "", []):
            kind: Source = "computed" if field.source.startswith("computed.") else "profile"
            if isinstance(raw, str):
                return texts.render(field, raw, kind, field.source)
            return _Text._coerced(field, raw, kind, field.source)
    if field.default is not None:
        try:
            return _Raw(V.coerce(field, field.default), "default")
        except V.ValueProblem:
            pass
    return _Raw(None, "none")


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
    ctx.lang = form.print_languages[0] if form.print_languages else "en"

    langs: tuple[str, ...] = tuple(form.print_languages)
    if form.destination_field:  # the languages follow the destination: known before the text
        dest = _value_for(
            form.field(form.destination_field), ctx, _Text(form, langs, case, person, None)
        )
        langs = print_languages(form, {form.destination_field: dest.value})
    ctx.lang = langs[0] if langs else ctx.lang  # computed addresses name countries in it
    texts = _Text(form, langs, case, person, application)
    raw: dict[str, _Raw] = {}
    for field in form.fields():
        raw[field.id] = _value_for(field, ctx, texts)
        ctx.values[field.id] = raw[field.id].value

    missing: list[FieldProblem] = []
    invalid: list[FieldProblem] = []
    sections = []
    for section in form.sections:
        results = []
        for field in section.fields:
            got = raw[field.id]
            value, source, path, problem = got.value, got.source, got.path, got.problem
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
                FieldResult(
                    field,
                    value,
                    text,
                    source,
                    path,
                    visible,
                    required,
                    tuple(problems),
                    got.original,
                    got.rendering,
                    got.translation_lang,
                    got.earlier,
                )  # fmt: skip
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
