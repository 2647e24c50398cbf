"""The person's answers in a form's language: for a field whose value is Russian or Ukrainian
free text (an employer, an unusual occupation, a purpose …), the text the form prints instead of
a transliteration. Names, places and addresses are not translated: they print transliterated,
as the passport spells them (see visadesk.forms.types.text_role)."""

from __future__ import annotations

from datetime import date

from visadesk.case.model import Case, utcnow
from visadesk.casework.core import CaseworkError, validated


def translate_field(
    case: Case,
    application_id: str,
    field_id: str,
    text: str,
    lang: str | None = None,
    *,
    today: date | None = None,
) -> Case:
    """Store ``text`` as the answer to ``field_id`` in the form's language ``lang`` (default:
    the language the form asks for), for the field's current Russian/Ukrainian value; an empty
    ``text`` removes the translation. Refused with the field named: a field that is not free
    text, a language the form does not print, a value that has nothing to translate, or a
    translation the form cannot print (its letters, length or format)."""
    from visadesk.forms import wizard
    from visadesk.forms.engine import fill_application
    from visadesk.forms.registry import get_registry
    from visadesk.forms.types import text_role

    app = next((a for a in case.applications if a.id == application_id), None)
    if app is None:
        raise CaseworkError(
            "no_such_application", "this application is not (or no longer) in the case"
        )
    try:
        form = get_registry().get(app.form_id)
    except KeyError:
        raise CaseworkError(
            "unknown_form", f"unknown form {app.form_id!r}", form=app.form_id
        ) from None
    try:
        field = form.field(field_id)
    except KeyError:
        raise CaseworkError(
            "no_such_field",
            f"the form {form.id} has no field {field_id!r}",
            field=field_id,
            form=form.id,
        ) from None
    label = field.label.en
    if text_role(field) != "translate":
        raise CaseworkError(
            "not_translated",
            "is a name, place, address or document entry: it is printed transliterated, as "
            "in the passport, not translated",
            field=field_id,
            label=label,
        )
    filled = fill_application(case, app, today=today)
    langs = filled.print_languages
    result = filled.field(field_id)
    lang = lang or result.translation_lang or langs[0]
    if lang not in langs:
        raise CaseworkError(
            "not_a_form_language",
            f"the form is printed in {', '.join(langs)}, not in {lang}",
            field=field_id,
            label=label,
            lang=lang,
            langs=", ".join(langs),
        )
    data = case.model_dump(mode="json")
    stored = next(a for a in data["applications"] if a["id"] == application_id)
    translations = stored.setdefault("translations", {})
    clean = text.strip()
    if not clean:
        translations.get(field_id, {}).pop(lang, None)
        if not translations.get(field_id):
            translations.pop(field_id, None)
    else:
        if result.original is None or result.translation_lang is None:
            raise CaseworkError(
                "nothing_to_translate",
                "has no Russian or Ukrainian text to translate",
                field=field_id,
                label=label,
            )
        value, problem = wizard.check_translation(filled, field_id, clean, today)
        if problem is not None or value is None:
            message = problem.message if problem else "is empty"
            raise CaseworkError(
                "translation_invalid",
                f"the translation {message}",
                field=field_id,
                label=label,
                problem=problem.message_key if problem else "",
            )
        translations.setdefault(field_id, {})[lang] = {"original": result.original, "text": value}
    stored["updated_at"] = utcnow().isoformat()
    return validated(data)
