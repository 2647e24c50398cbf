"""#13.8: defaults put no words in a user's mouth."""

from __future__ import annotations

from datetime import date

from visadesk.case.model import MilitaryStatus, Person


def _problem_for(form_id: str, text: str):
    from visadesk.forms import engine
    from visadesk.forms import types as T
    from visadesk.forms import values as V
    from visadesk.forms.registry import get_registry

    form = get_registry().get(form_id)
    fields = [f for f in form.fields() if f.type == "text" and T.kind_of(f).charset]
    assert fields, form_id
    try:
        V.check(fields[0], text, form, {}, date(2026, 12, 3), None)
    except V.ValueProblem as exc:
        return engine._problem(fields[0], "invalid", exc)
    raise AssertionError("Cyrillic accepted in a Latin-only field")


def test_military_status_starts_not_specified(qtbot) -> None:
    from visadesk.ui.person_editor import PersonEditor

    assert Person().military.status is MilitaryStatus.NOT_SPECIFIED
    editor = PersonEditor(Person())
    qtbot.addWidget(editor)
    combo = editor.combos["military.status"]
    assert combo.currentData() == MilitaryStatus.NOT_SPECIFIED
    assert combo.currentText() == "Not specified"


def test_add_person_types_nothing_for_the_user(example_case) -> None:
    from visadesk import casework

    case = casework.add_person(example_case)
    new = case.applicants[-1]
    assert (new.surname, new.given_names, new.patronymic) == ("", "", "")
    assert new.military.status is MilitaryStatus.NOT_SPECIFIED


def test_cyrillic_in_a_french_form_says_latin_not_videx(qapp) -> None:
    from visadesk.ui.texts import problem_text

    french = problem_text(_problem_for("fr-long-stay", "Иванов"))
    assert "Latin" in french and "VIDEX" not in french
    german = problem_text(_problem_for("de-videx-national", "Иванов"))
    assert "VIDEX" in german
