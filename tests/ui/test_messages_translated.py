"""#13.7: what the core says reaches a Russian screen in Russian; country fields take and show
country names in the user's language (no ISO codes; SUN is "СССР")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from visadesk.case.model import Person
from visadesk.ui import i18n


@pytest.fixture
def russian(qapp):
    assert i18n.install("ru")
    yield
    i18n.install("en")
    QLocale.setDefault(QLocale("en"))


def test_an_unknown_country_is_reported_in_russian_next_to_the_field(qtbot, russian) -> None:
    from visadesk.ui.person_editor import PersonEditor

    editor = PersonEditor(Person(surname="Иванова", given_names="Анна"))
    qtbot.addWidget(editor)
    editor.edits["nationality"].setText("Руритания")
    assert editor.validate() is None
    text = editor.errors["nationality"].text()
    assert "Руритания" in text
    assert "ISO" not in text and "is not" not in text
    assert "страна" in text.lower() or "стран" in text.lower()


def test_country_names_in_russian_are_accepted_and_shown(qtbot, russian) -> None:
    from visadesk.ui.person_editor import PersonEditor

    editor = PersonEditor(Person(surname="Иванова", given_names="Анна", country_of_birth="SUN"))
    qtbot.addWidget(editor)
    assert editor.edits["country_of_birth"].text() == "СССР"
    editor.edits["nationality"].setText("Россия")
    editor.edits["doc.issuing_country"].setText("россия")
    person = editor.validate()
    assert person is not None, editor.status.text()
    assert person.nationality == "RUS" and person.country_of_birth == "SUN"
    editor.load(person)
    assert editor.edits["nationality"].text() == "Россия"
    for key in ("nationality", "country_of_birth", "doc.issuing_country"):
        assert editor.edits[key].text() not in ("RUS", "SUN")


def test_wizard_country_choices_show_no_codes(qapp) -> None:
    from visadesk.ui.field_widgets import country_code, country_items, country_name

    names = dict((code, name) for name, code in country_items("en"))
    assert names["SUN"] == "USSR" and "(" not in names["RUS"]
    assert country_name("SUN", "en") == "USSR"
    assert country_code("Russia", "en") == "RUS"


def test_wrong_bundle_passphrase_is_said_in_russian(russian) -> None:
    from visadesk.errors import InvalidData, Problem
    from visadesk.ui.errors import user_message
    from visadesk.vault.errors import WrongBundlePassphrase

    text = user_message(WrongBundlePassphrase())
    assert "passphrase" not in text and "парол" in text.lower()
    problems = InvalidData([Problem("nationality", "is required", "required")])
    assert (
        "обязательно" in user_message(problems).lower() or "нужно" in user_message(problems).lower()
    )


def test_validation_problems_carry_keys() -> None:
    from pydantic import ValidationError

    from visadesk.case.validation import problems_from

    with pytest.raises(ValidationError) as info:
        Person.model_validate({"nationality": "Россия"})
    problem = next(p for p in problems_from(info.value) if p.path == "nationality")
    assert problem.key == "unknown_country" and dict(problem.params)["value"] == "Россия"
    assert "ISO 3166" in problem.message  # the English text stays for logs and the CLI
