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


# --- MRZ, vault tamper and field paths in the interface's language (#13.7) -------------------


@pytest.fixture(params=["ru", "uk"])
def language(request, qapp):
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")
    QLocale.setDefault(QLocale("en"))


MRZ_L1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
MRZ_L2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
EXPECTED = {
    "ru": ("контрольная цифра (дата рождения) — 3", "в строке 2 40 знаков"),
    "uk": ("контрольна цифра (дата народження) — 3", "у рядку 2 40 знаків"),
}


def test_mrz_errors_in_the_person_editor_speak_the_language(qtbot, language) -> None:
    from tests.test_messages_catalogs import english_left
    from visadesk.ui.person_editor import PersonEditor

    editor = PersonEditor(Person(surname="Иванова", given_names="Анна"))
    qtbot.addWidget(editor)
    check_digit, length = EXPECTED[language]
    editor.mrz.setPlainText(f"{MRZ_L1}\n{MRZ_L2[:19]}3{MRZ_L2[20:]}")
    editor.fill_from_mrz()
    text = editor.mrz_message.text()
    assert text.startswith(check_digit) and not english_left(text), text
    editor.mrz.setPlainText(f"{MRZ_L1}\n{MRZ_L2[:40]}")
    editor.fill_from_mrz()
    text = editor.mrz_message.text()
    assert length in text and not english_left(text), text


def test_vault_tamper_and_integrity_messages_speak_the_language(language) -> None:
    from tests.test_messages_catalogs import _vault_errors, english_left
    from visadesk.ui.errors import user_message
    from visadesk.vault.errors import VaultTampered

    for exc in _vault_errors():
        text = user_message(exc)
        assert text and not english_left(text), (exc.key, text)
        assert "Something went wrong" not in text
    tampered = user_message(VaultTampered("5ff83957c19a42ab"))
    assert "5ff83957c19a42ab" in tampered
    assert ("повреждена" if language == "ru" else "пошкоджено") in tampered


def test_invalid_data_shows_field_names_as_the_editor_labels_them(language) -> None:
    import json

    from tests.test_messages_catalogs import english_left
    from visadesk.case.casefile import parse_case
    from visadesk.errors import InvalidData
    from visadesk.ui.errors import user_message

    data = {
        "format": "visadesk.case/1",
        "applicants": [
            {"surname": "Иванова", "documents": [{"number": "1", "expiry_date": "2030-13-01"}]},
            {"surname": "Иванов", "address": {"city": "x" * 5000}},
        ],
    }
    with pytest.raises(InvalidData) as info:
        parse_case(json.dumps(data))
    text = user_message(info.value)
    first, second = text.splitlines()
    if language == "ru":
        assert first.startswith("Заявитель 1 › Документ 1 › Действителен до: ")
        assert second.startswith("Заявитель 2 › Домашний адрес › Город: ")
    else:
        assert first.startswith("Заявник 1 › Документ 1 › Дійсний до: ")
        assert second.startswith("Заявник 2 › Домашня адреса › Місто: ")
    assert "applicants" not in text and not english_left(text), text


def test_the_error_box_shows_the_translated_tamper_message(qtbot, language) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from visadesk.ui.errors import show_error
    from visadesk.vault.errors import VaultTampered

    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, VaultTampered("header", "checksum mismatch"))
    box = parent.findChild(QMessageBox)
    assert box is not None
    text = box.text()
    assert "checksum" not in text and ("заголов" in text.lower())
    box.close()


def test_field_paths_in_english_read_as_names_too(qapp) -> None:
    from visadesk.ui.labels import field_path

    assert field_path("applicants[0].documents[0].expiry_date") == (
        "Applicant 1 › Document 1 › Valid until"
    )
    assert field_path("sponsor.address.city") == "Sponsor › Home address › City"


def test_unlocking_a_tampered_vault_says_so_in_the_language(qtbot, language, visadesk_home) -> None:
    """The real error: a vault whose header was changed outside VisaDesk, unlocked from the
    vault screen; the message is the translated one, without the English detail."""
    import sqlite3

    from PySide6.QtCore import Qt

    from tests.test_messages_catalogs import english_left
    from visadesk.ui.vault_screen import VaultScreen
    from visadesk.vault import KdfParams, Vault

    path = visadesk_home / "vault.sqlite3"
    Vault.create(path, "correct horse battery staple", kdf=KdfParams.for_tests()).close()
    with sqlite3.connect(path) as db:
        (body,) = db.execute("SELECT body FROM header WHERE id = 1").fetchone()
        db.execute("UPDATE header SET body = ? WHERE id = 1", (body.replace(b'"', b"'", 1),))
    screen = VaultScreen(path, kdf=KdfParams.for_tests(), use_keychain=False, language=language)
    qtbot.addWidget(screen)
    assert screen.try_keychain() is False  # at start-up: said at once, never a traceback
    assert ("повреждён" if language == "ru" else "пошкоджено") in screen.message.text()
    screen.message.clear()
    screen.passphrase.setText("correct horse battery staple")
    qtbot.mouseClick(screen.go, Qt.MouseButton.LeftButton)
    expected = "заголовок хранилища повреждён" if language == "ru" else "заголовок сховища"
    qtbot.waitUntil(lambda: expected in screen.message.text(), timeout=10_000)
    text = screen.message.text()
    assert "checksum" not in text and not english_left(text), text
