"""The person editor: live Latin spelling, MRZ fill, inline validation, nothing lost on bad input."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from visadesk.sample.family import husband
from visadesk.ui.person_editor import PersonEditor

MRZ = "P<RUSPODIEIACHEV<<IAROSLAV<<<<<<<<<<<<<<<<<<\n7523456718RUS8711304M3109144<<<<<<<<<<<<<<<2"


def test_latin_spelling_follows_the_cyrillic_and_the_scheme(qtbot):
    editor = PersonEditor()
    qtbot.addWidget(editor)
    editor.edits["surname"].setText("Щукина")
    editor.edits["given_names"].setText("Юлия")
    assert editor.latin_preview.text() == "SHCHUKINA IULIIA"
    editor.scheme.setCurrentIndex(editor.scheme.findData("mvd_310"))
    assert editor.latin_preview.text() == "SHCHUKINA YULIYA"


def test_mrz_fills_identity_fields_and_names_errors(qtbot):
    editor = PersonEditor()
    qtbot.addWidget(editor)
    editor.mrz.setPlainText(MRZ)
    qtbot.mouseClick(editor.mrz_button, Qt.MouseButton.LeftButton)
    assert editor.edits["latin_surname"].text() == "PODIEIACHEV"
    assert editor.edits["date_of_birth"].text() == "30.11.1987"
    assert editor.edits["doc.number"].text() == "752345671"
    editor.mrz.setPlainText(MRZ[:-1] + "3")
    qtbot.mouseClick(editor.mrz_button, Qt.MouseButton.LeftButton)
    assert "composite check digit" in editor.mrz_message.text()


def test_inline_validation_keeps_what_was_typed(qtbot):
    saved = []
    editor = PersonEditor(husband())
    qtbot.addWidget(editor)
    editor.saved.connect(saved.append)
    editor.edits["phone"].setText("+7 12")
    editor.edits["date_of_birth"].setText("31.02.1987")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert saved == []
    assert "not a valid phone number" in editor.errors["phone"].text()
    assert "not a date" in editor.errors["date_of_birth"].text()
    assert editor.edits["phone"].text() == "+7 12"  # nothing typed is lost
    editor.edits["phone"].setText("+7 912 345-67-89")
    editor.edits["date_of_birth"].setText("30.11.1987")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert len(saved) == 1
    assert saved[0].phone == "+79123456789" and saved[0].date_of_birth == date(1987, 11, 30)
    assert saved[0].surname_latin == "PODIEIACHEV"


def test_every_input_has_an_accessible_name_and_clear_forgets(qtbot):
    editor = PersonEditor(husband())
    qtbot.addWidget(editor)
    for edit in editor.edits.values():
        assert edit.accessibleName()
    editor.clear()
    assert all(not e.text() for e in editor.edits.values())
    assert not editor.latin_preview.text()


def test_every_profile_group_round_trips_through_the_editor(qtbot):
    from visadesk.case.model import MilitaryStatus, Relationship, ResidenceStatus, Sponsor
    from visadesk.sample.family import SON_ID, example_case

    case = example_case()
    son = case.person(SON_ID)
    editor = PersonEditor(son)
    qtbot.addWidget(editor)
    assert not editor.sponsor_box.isVisibleTo(editor)  # only the sponsor has a stay abroad
    assert editor.edits["guardian.surname"].text() == (
        son.guardians[0].surname if son.guardians and son.guardians[0].surname else ""
    )
    editor.edits["address.city"].setText("Екатеринбург")
    editor.edits["other_nationalities"].setText("arm, KAZ")
    editor.edits["military.notice_date"].setText("01.10.2022")
    combo = editor.combos["military.status"]
    combo.setCurrentIndex(combo.findData(MilitaryStatus.MOBILISATION_NOTICE))
    rel = editor.combos["relationship_to_sponsor"]
    rel.setCurrentIndex(rel.findData(Relationship.SIBLING))
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save()
    person = saved.args[0]
    assert person.address.city == "Екатеринбург"
    assert person.other_nationalities == ["ARM", "KAZ"]
    assert person.military.status is MilitaryStatus.MOBILISATION_NOTICE
    assert person.military.notice_date.isoformat() == "2022-10-01"
    assert person.relationship_to_sponsor is Relationship.SIBLING
    assert person.surname == son.surname and person.passport == son.passport  # untouched

    # a bad date in a nested field: named next to the field, nothing emitted
    editor.edits["military.notice_date"].setText("32.10.2022")
    editor.save()
    assert editor.errors["military.notice_date"].isVisibleTo(editor)

    sponsor = case.sponsor
    editor.load(sponsor)
    assert editor.sponsor_box.isVisibleTo(editor)
    status = editor.combos["residence_status"]
    assert status.currentData() == sponsor.residence_status
    status.setCurrentIndex(status.findData(ResidenceStatus.REFUGEE))
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save()
    assert isinstance(saved.args[0], Sponsor)
    assert saved.args[0].residence_status is ResidenceStatus.REFUGEE
