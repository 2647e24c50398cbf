"""The case operations as a person does them in the window: remove the father of a minor (the
#15 regression), enter and edit the sponsor, copy an address to a brother, rename a case and set
its status, appointment and note, then sort and filter the case list by status."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from visadesk.case.model import CaseStatus, ResidenceStatus
from visadesk.local.paths import vault_path
from visadesk.local.settings import Settings
from visadesk.sample.family import BROTHER_ID, CASE_ID, HUSBAND_ID, SON_ID, example_case
from visadesk.ui.main_window import MainWindow
from visadesk.vault import KdfParams, Vault

SECRET = "зелёный чайник летит над Лионом"


@pytest.fixture
def window(qtbot, visadesk_home, monkeypatch):
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    vault = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    w = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests())
    qtbot.addWidget(w)
    w.show()
    w.vault_screen.vault.close()
    w.vault_screen.vault = vault
    w.open_vault(vault)
    yield w
    w.close()


def _select(people, person_id: str) -> None:
    for row in range(people.list.count()):
        if people.list.item(row).data(Qt.ItemDataRole.UserRole) == person_id:
            people.list.setCurrentRow(row)
            return
    raise AssertionError(f"{person_id} not in the list")


def test_removing_the_father_keeps_the_case_readable(qtbot, window):
    people = window.cases.people
    window.cases.tabs.setCurrentWidget(people)
    _select(people, HUSBAND_ID)
    qtbot.mouseClick(people.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: people.list.count() == 3, timeout=5_000)
    case = window.session.vault.get_case(CASE_ID)  # reads back: no "cannot read"
    assert HUSBAND_ID not in {p.id for p in case.people()}
    father = [g for g in case.person(SON_ID).guardians if g.relationship == "отец"]
    assert father and father[0].surname == "Подъячев"
    window.cases.refresh()
    assert window.cases.list.count() == 1


def test_sponsor_editor_edits_her_status_and_residence_document(qtbot, window):
    people = window.cases.people
    window.cases.tabs.setCurrentWidget(people)
    sponsor = example_case().sponsor
    _select(people, sponsor.id)
    editor = people.sponsor_editor
    assert people.editors.currentWidget() is editor
    assert editor.number.text() == "6912345678"
    editor.status_combo.setCurrentIndex(
        editor.status_combo.findData(ResidenceStatus.HUMANITARIAN_VISA)
    )
    editor.doc_type.setEditText("Visa D humanitaire")
    editor.valid_until.setText("01.03.2030")
    editor.person.edits["address.city"].setText("Grenoble")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    vault = window.session.vault
    qtbot.waitUntil(
        lambda: vault.get_case(CASE_ID).sponsor.residence_document_type == "Visa D humanitaire",
        timeout=5_000,
    )
    saved = vault.get_case(CASE_ID).sponsor
    assert saved.residence_status == ResidenceStatus.HUMANITARIAN_VISA
    assert saved.residence_permit_valid_until == date(2030, 3, 1)
    assert saved.address.city == "Grenoble" and saved.surname == "Подъячева"
    # a wrong date is shown beside the field, nothing saved
    editor.valid_until.setText("31.02.2030")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.errors["residence_permit_valid_until"].isVisibleTo(editor)


def test_a_sponsor_can_be_added_to_a_case_without_one(qtbot, window):
    from visadesk import casework

    vault = window.session.vault
    casework.apply(vault, CASE_ID, casework.remove_sponsor)
    window.cases._show(CASE_ID)
    people = window.cases.people
    assert people.sponsor_button.isEnabled()
    qtbot.mouseClick(people.sponsor_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: people.editors.currentWidget() is people.sponsor_editor, timeout=5_000)
    assert vault.get_case(CASE_ID).sponsor is not None
    assert not people.sponsor_button.isEnabled()


def test_copy_the_address_to_the_brother(qtbot, window):
    people = window.cases.people
    _select(people, HUSBAND_ID)
    people._copy(choice=(["address"], [BROTHER_ID]))
    vault = window.session.vault
    husband = example_case().person(HUSBAND_ID)
    qtbot.waitUntil(
        lambda: vault.get_case(CASE_ID).person(BROTHER_ID).address == husband.address,
        timeout=5_000,
    )


def test_copy_dialog_lists_what_and_whom(qtbot, window):
    from visadesk.ui.copy_shared_dialog import CopySharedDialog

    dialog = CopySharedDialog(example_case(), HUSBAND_ID)
    qtbot.addWidget(dialog)
    assert HUSBAND_ID not in dialog.targets and BROTHER_ID in dialog.targets
    dialog.parts["parents"].setChecked(True)
    dialog.targets[SON_ID].setChecked(False)
    parts, targets = dialog.choice()
    assert parts == ["address", "parents"] and SON_ID not in targets


def test_rename_status_appointment_note_then_sort_and_filter(qtbot, window):
    from visadesk.case.model import Case, Person

    cases = window.cases
    vault = window.session.vault
    other = Case(title="Б", applicants=[Person(surname="Иванов")])
    vault.put_case(other)
    cases.refresh()
    cases.select(CASE_ID)
    details = cases.case_details
    details.title.setText("")  # empty: the applicants' names
    details.status.setCurrentIndex(details.status.findData("submitted"))
    details.has_appointment.setChecked(True)
    details.appointment.setDate(date(2027, 1, 15))
    details.note.setPlainText("RDV TLS")
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: vault.get_case(CASE_ID).status == CaseStatus.SUBMITTED, timeout=5_000)
    case = vault.get_case(CASE_ID)
    assert case.title == "" and case.appointment == date(2027, 1, 15) and case.notes == "RDV TLS"
    qtbot.waitUntil(lambda: "Submitted" in cases.list.text(cases.list.cases.index_of[CASE_ID]))
    text = cases.list.text(cases.list.cases.index_of[CASE_ID])
    assert "Подъячев Ярослав" in text and "15.01.2027" in text
    # filter by status
    cases.status_filter.setCurrentIndex(cases.status_filter.findData("submitted"))
    assert cases.list.count() == 1 and cases.current_id() == CASE_ID
    cases.status_filter.setCurrentIndex(cases.status_filter.findData("gathering"))
    assert cases.list.count() == 1 and cases.current_id() == other.id
    cases.status_filter.setCurrentIndex(0)
    # sort: by title, by status (gathering before submitted), by appointment (soonest first)
    cases.sort.setCurrentIndex(cases.sort.findData("status"))
    assert [r.id for r in cases.list.cases.rows] == [other.id, CASE_ID]
    cases.sort.setCurrentIndex(cases.sort.findData("appointment"))
    assert [r.id for r in cases.list.cases.rows] == [CASE_ID, other.id]


def test_refusals_are_shown_in_the_users_language(qtbot):
    import visadesk.casework as cw
    from visadesk.ui import i18n
    from visadesk.ui.errors import user_message

    case = cw.remove_person(cw.remove_person(example_case(), HUSBAND_ID), BROTHER_ID)
    with pytest.raises(cw.CaseworkError) as err:
        cw.remove_person(case, SON_ID)
    sponsor = example_case().sponsor
    with pytest.raises(cw.CaseworkError) as nothing:
        cw.copy_shared(example_case(), sponsor.id, [SON_ID], ["parents"])
    i18n.install("ru")
    try:
        assert "хотя бы один заявитель" in user_message(err.value)
        assert "родители" in user_message(nothing.value) and "Подъячева" in user_message(
            nothing.value
        )
    finally:
        i18n.install("en")
    assert "at least one applicant" in user_message(err.value)
