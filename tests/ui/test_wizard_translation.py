"""#14: for Russian free text the vocabulary does not know, the wizard asks for the answer in the
form's language, with the Russian original beside it — and asks nothing for a vocabulary term,
a transliterated name or place, or a value already in Latin letters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from visadesk import casework
from visadesk.sample.family import SON_ID
from visadesk.ui.wizard_view import TRANSLATION_ROLE, WizardView

SCHOOL = "Школа № 0, Екатеринбург"
ECOLE = "École n° 0, Ekaterinbourg"


class _Session:
    """What the wizard needs of a session: a save that validates like the vault does."""

    def __init__(self) -> None:
        self.saved = []

    def save_case(self, case):
        case = casework.validated(case)
        self.saved.append(case)
        return case


@pytest.fixture
def view(qtbot, example_case):
    session = _Session()
    w = WizardView(session, "en")
    qtbot.addWidget(w)
    app = next(a for a in example_case.applications_for(SON_ID) if a.form_id == "fr-long-stay")
    w.load(example_case, app.id)
    w.resize(1000, 800)
    w.show()
    w.go_to("employer")
    return w


def _missing(view) -> list[tuple[str, str | None, bool]]:
    items = [view.missing_list.item(i) for i in range(view.missing_list.count())]
    return [
        (i.text(), i.data(Qt.ItemDataRole.UserRole), bool(i.data(TRANSLATION_ROLE))) for i in items
    ]


def test_russian_free_text_on_a_french_form_gets_a_second_input(view):
    row = view.rows["employer"]
    assert row.input.raw() == SCHOOL  # the person's own words in the main input
    box = row.translation
    assert box is not None and box.box.isVisibleTo(view)
    assert box.original.text() == SCHOOL
    captions = [w.text() for w in box.box.findChildren(type(box.original))]
    assert "Russian original" in captions and "In French (as printed on the form)" in captions
    assert box.input.raw() == ""
    assert "Translation missing" in box.message.text() and "in French" in box.message.text()
    assert "Shkola № 0, Ekaterinburg" in box.message.text()  # what prints until then
    assert "In French" in box.input.widget.accessibleName()


def test_no_second_input_for_a_vocabulary_term_a_name_or_a_latin_value(view):
    occupation = view.rows["occupation"]
    assert occupation.translation is None
    assert occupation.input.raw() == "Школьник"
    assert occupation.note.text() == "On the form: Élève"
    for field_id in ("email", "home_address", "phone"):
        assert view.rows[field_id].translation is None, field_id
    view.go_to("place_of_birth")
    assert view.rows["place_of_birth"].translation is None


def test_the_missing_list_leads_to_the_translation(view):
    items = _missing(view)
    assert items[0] == ("Nothing is missing; still to translate:", None, False)
    text, field_id, translation = items[1]
    assert field_id == "employer" and translation and "translation in French missing" in text
    view.go_to("surname")
    entry = view.missing_list.item(1)
    view.missing_list.itemActivated.emit(entry)
    assert QApplication.focusWidget() is view.rows["employer"].translation.input.focus_widget()


def test_typing_the_translation_saves_it_and_the_form_prints_it(view):
    box = view.rows["employer"].translation
    box.input.widget.setPlainText(ECOLE)
    box.input.edited.emit()
    saved = view.session.saved[-1]
    app = next(a for a in saved.applications if a.id == view.app_id)
    assert app.translations["employer"]["fr"].text == ECOLE
    assert app.translations["employer"]["fr"].original == SCHOOL
    res = view.filled.field("employer")
    assert res.text == ECOLE and res.rendering == "translated"
    box = view.rows["employer"].translation
    assert box.message.text() == "The form prints this translation."
    assert _missing(view) == [("Nothing is missing: this form is complete.", None, False)]
    # emptied again: the translation is removed and asked for again
    box.input.widget.setPlainText("")
    box.input.edited.emit()
    assert view.filled.field("employer").needs_translation


def test_a_cyrillic_translation_is_refused_at_the_field(view):
    box = view.rows["employer"].translation
    box.input.widget.setPlainText("Школа номер ноль")
    box.input.edited.emit()
    assert view.session.saved == []
    error = view.rows["employer"].error
    assert error.isVisibleTo(view) and "Latin letters" in error.text()
    assert view.saved_label.text().startswith("Not saved")


def test_a_russian_answer_typed_in_the_wizard_brings_the_second_input(view):
    view.go_to("means_of_support")
    row = view.rows["means_of_support"]
    assert row.translation is None
    row.input.widget.setPlainText("Мама оплачивает всё")
    row.input.edited.emit()
    row = view.rows["means_of_support"]
    assert row.error.text() == ""  # no "Latin letters" refusal: it is asked in French instead
    assert row.translation is not None and row.translation.original.text() == (
        "Мама оплачивает всё"
    )
    assert any(fid == "means_of_support" for _t, fid, tr in _missing(view) if tr)


def test_a_changed_original_shows_the_earlier_translation_to_confirm(view):
    box = view.rows["employer"].translation
    box.input.widget.setPlainText(ECOLE)
    box.input.edited.emit()
    case = view.case
    son = case.person(SON_ID).model_copy(update={"employer": "Гимназия № 2, Екатеринбург"})
    view.update_case(casework.edit_person(case, son))
    view.go_to("employer")
    box = view.rows["employer"].translation
    assert box.original.text() == "Гимназия № 2, Екатеринбург"
    assert box.input.raw() == ECOLE  # the earlier words, to check
    assert "changed after it was translated" in box.message.text()
    box.input.widget.setPlainText("Lycée n° 2, Ekaterinbourg")
    box.input.edited.emit()
    res = view.filled.field("employer")
    assert res.text == "Lycée n° 2, Ekaterinbourg" and res.rendering == "translated"


def test_the_second_input_stacks_under_the_original_in_a_narrow_column(view):
    """#13.11: side by side when there is room; in a narrow column (1024×600, 200 %) the original
    goes above the translation, each as wide as the column, and the page never scrolls sideways."""
    box = view.rows["employer"].translation
    assert box is not None
    QApplication.processEvents()
    original, field = box.original, box.input.widget
    assert field.x() > original.x() + original.width() - 1  # beside it at 1000 px
    view.resize(460, 700)
    QApplication.processEvents()
    QApplication.processEvents()
    chars = box.box.width() / box.box.fontMetrics().averageCharWidth()
    assert chars < type(box.box).WIDE_CHARS, chars  # narrow, whatever the text size
    assert not view.scroll.horizontalScrollBar().isVisible()
    assert field.y() > original.y() + original.height() - 1  # below it
    assert field.width() >= box.box.width() - 2  # the column's whole width
    assert field.width() / field.fontMetrics().averageCharWidth() >= 30
    view.resize(1000, 800)
    QApplication.processEvents()
    QApplication.processEvents()
    assert field.x() > original.x() + original.width() - 1  # beside it again
