"""#13.11: the person editor reflows (labels above the fields when narrow), never a horizontal
scroll bar."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollArea

from visadesk.sample.family import example_case


def _default_text_size() -> None:
    """The app's own text size (Settings' default), not Qt's: what a user sees at first start."""
    from visadesk.local.settings import Settings
    from visadesk.ui.main_window import apply_text_size

    apply_text_size(Settings().text_size)


def test_person_editor_has_no_horizontal_scroll_bar_when_narrow(qtbot) -> None:
    from visadesk.ui.person_editor import PersonEditor

    _default_text_size()

    editor = PersonEditor(example_case().applicants[0])
    qtbot.addWidget(editor)
    editor.resize(520, 600)  # the form column at 1024×600 or at 200 %
    editor.show()
    QApplication.processEvents()
    scroll = editor.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    for edit in editor.edits.values():
        if edit.isVisibleTo(editor):
            chars = edit.width() / edit.fontMetrics().averageCharWidth()
            assert chars >= 12, edit.accessibleName()  # room for a date or a passport number


def test_the_window_fits_a_1024_pixel_screen_on_every_tab_in_english_and_russian(
    qtbot, visadesk_home
) -> None:
    """No tab may force the window wider than a 1024×600 netbook (the Letters tab's status
    sentence and the people column's buttons once made it 1405 px)."""
    from visadesk.local.paths import vault_path
    from visadesk.local.settings import Settings
    from visadesk.ui.main_window import MainWindow
    from visadesk.vault import KdfParams, Vault

    _default_text_size()
    vault = Vault.create(vault_path(), "зелёный чайник летит над Лионом", kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(vault)
    widths = {}
    try:
        for lang in ("en", "ru"):
            window.set_language(lang)
            tabs = window.cases.tabs
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                widths[(lang, tabs.tabText(i))] = window.minimumSizeHint().width()
    finally:
        window.set_language("en")
    too_wide = {k: v for k, v in widths.items() if v > 1024}
    assert not too_wide, too_wide


def test_the_people_list_wraps_its_items_at_1024x600_in_english_and_russian(
    qtbot, visadesk_home
) -> None:
    """#13.11: in a 1024×600 window the people list has no horizontal scroll bar; each item's
    text wraps inside the list (every line of it fits), and the whole text is in its tooltip and
    in what a screen reader says."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QAccessible

    from visadesk.local.paths import vault_path
    from visadesk.local.settings import Settings
    from visadesk.ui.main_window import MainWindow
    from visadesk.vault import KdfParams, Vault

    _default_text_size()
    vault = Vault.create(vault_path(), "зелёный чайник летит над Лионом", kdf=KdfParams.for_tests())
    case = example_case()
    vault.put_case(case)
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.open_vault(vault)
    cases = window.cases
    try:
        for lang in ("en", "ru"):
            window.set_language(lang)
            cases = window.cases
            cases.tabs.setCurrentWidget(cases.people)
            window.resize(1024, 600)
            QApplication.processEvents()
            people = cases.people.list
            assert window.width() <= 1024
            assert people.count() == len(case.applicants) + (case.sponsor is not None)
            assert not people.horizontalScrollBar().isVisible(), lang
            assert people.horizontalScrollBar().maximum() == 0, lang
            room = people.viewport().width()
            for row in range(people.count()):
                item = people.item(row)
                rect = people.visualItemRect(item)
                assert rect.right() <= room, (lang, item.text())
                text_room = QRect(0, 0, rect.width() - 8, 10_000)  # the delegate's margins
                needed = people.fontMetrics().boundingRect(
                    text_room, Qt.TextFlag.TextWordWrap, item.text()
                )
                assert needed.height() <= rect.height(), (lang, item.text(), rect)
                full = item.text().replace("\n", " ")
                assert item.toolTip().replace("\n", " ") == full, lang
                said = QAccessible.queryAccessibleInterface(people).child(row)
                name = said.text(QAccessible.Text.Name)
                person = case.person(item.data(Qt.ItemDataRole.UserRole))
                assert person.full_name_latin in name, (lang, name)
                assert person.display_name() in name, (lang, name)
                assert "\n" not in name, (lang, name)  # one sentence, not a cut first line
    finally:
        window.set_language("en")


def test_the_where_can_i_go_interview_has_no_sideways_scroll_at_1024x600(qtbot, visadesk_home):
    """#13.11: the interview's questions go above their fields and wrap; in a 1024×600 window
    (English and Russian) nothing in it needs a horizontal scroll bar (a Russian question once
    made it 301 px wide in a 287 px column)."""
    from PySide6.QtWidgets import QLabel

    from visadesk.local.paths import vault_path
    from visadesk.local.settings import Settings
    from visadesk.ui.main_window import MainWindow
    from visadesk.vault import KdfParams, Vault

    _default_text_size()
    vault = Vault.create(vault_path(), "зелёный чайник летит над Лионом", kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(vault)
    try:
        for lang in ("en", "ru"):
            window.set_language(lang)
            window.resize(1024, 600)
            cases = window.cases
            cases.tabs.setCurrentWidget(cases.routes)
            QApplication.processEvents()
            area = cases.routes.findChild(QScrollArea)
            assert area.accessibleName()  # the interview
            assert area.widget().minimumSizeHint().width() <= area.viewport().width(), lang
            assert not area.horizontalScrollBar().isVisible(), lang
            for label in area.widget().findChildren(QLabel):
                if label.isVisible():
                    assert label.geometry().right() <= area.viewport().width(), label.text()
    finally:
        window.set_language("en")


def _too_wide(area: QScrollArea) -> list[str]:
    """The visible widgets of a scroll area's page that reach past its viewport's right edge."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QWidget

    room = area.viewport().width()
    body = area.widget()
    out = []
    for w in body.findChildren(QWidget):
        if not w.isVisible() or w.window() is not body.window():
            continue
        right = w.mapTo(body, QPoint(w.width(), 0)).x()
        if right > room + 1:
            text = getattr(w, "text", lambda: "")() if hasattr(w, "text") else ""
            out.append(f"{type(w).__name__} {w.accessibleName() or text!r}: {right} > {room}")
    return out


def test_the_wizard_reflows_at_1024x600_on_every_page_in_english_and_russian(
    qtbot, visadesk_home
) -> None:
    """#13.11: at 1024×600 the form column of the wizard (Schengen, Cerfa, VIDEX of the example
    family) never scrolls sideways: labels go above the fields, help texts wrap, inputs (and the
    translation's second input) shrink to the column."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QLabel

    from visadesk.local.paths import vault_path
    from visadesk.local.settings import Settings
    from visadesk.ui.main_window import MainWindow
    from visadesk.vault import KdfParams, Vault

    _default_text_size()
    vault = Vault.create(vault_path(), "зелёный чайник летит над Лионом", kdf=KdfParams.for_tests())
    case = example_case()
    vault.put_case(case)
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(vault)
    seen_forms: set[str] = set()
    problems: list[str] = []
    try:
        for lang in ("en", "ru"):
            window.set_language(lang)
            window.resize(1024, 600)
            cases = window.cases
            cases.tabs.setCurrentWidget(cases.applications)
            apps = cases.applications
            for row in range(apps.list.count()):
                apps.list.setCurrentRow(row)
                QApplication.processEvents()
                wizard = apps.wizard
                assert wizard.filled is not None
                seen_forms.add(wizard.filled.definition.id)
                area = wizard.scroll
                for page in range(len(wizard.pages)):
                    wizard.show_page(page, focus=False)
                    window.resize(1024, 600)
                    QApplication.processEvents()
                    QApplication.processEvents()
                    assert window.width() <= 1024
                    where = (lang, wizard.filled.definition.id, page)
                    if area.horizontalScrollBar().isVisible():
                        problems.append(f"{where}: horizontal scroll bar")
                    problems += [f"{where}: {p}" for p in _too_wide(area)]
                    for label in area.widget().findChildren(QLabel):
                        if not label.isVisible() or not label.text():
                            continue
                        need = label.fontMetrics().boundingRect(
                            QRect(0, 0, max(1, label.contentsRect().width()), 100_000),
                            Qt.TextFlag.TextWordWrap,
                            label.text(),
                        )
                        if need.width() > label.contentsRect().width() + 1:
                            problems.append(f"{where}: label cut {label.text()!r}")
                        if need.height() > label.contentsRect().height() + 2:
                            problems.append(f"{where}: label too short {label.text()!r}")
    finally:
        window.set_language("en")
    assert len(seen_forms) >= 3, seen_forms
    assert not problems, "\n".join(problems[:40])


def test_a_long_choice_of_a_check_list_wraps_and_its_text_toggles_it(qtbot) -> None:
    """#13.11: a check box's own text cannot wrap (a long choice held the wizard wider than its
    column): the text beside it wraps, and clicking it ticks the box as before."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QLabel

    from visadesk.forms.registry import get_registry
    from visadesk.ui.field_widgets import FieldInput

    form = get_registry().get("schengen-c")
    field = next(f for s in form.sections for f in s.fields if f.id == "purpose")
    input_ = FieldInput(field, "en")
    input_.set_accessible("23. Purpose of the journey", "")
    qtbot.addWidget(input_.widget)
    input_.widget.resize(140, 400)
    input_.widget.show()
    QApplication.processEvents()
    assert input_.widget.minimumSizeHint().width() <= 140
    last = input_.checks[-1]
    text = next(
        lb for lb in input_.widget.findChildren(QLabel) if lb.text() == field.choices[-1].label.en
    )
    assert text.height() > 1.5 * text.fontMetrics().height()  # on two lines or more
    assert text.geometry().right() <= input_.widget.width()
    assert last.accessibleName() == f"23. Purpose of the journey: {text.text()}"
    assert not last.isChecked()
    with qtbot.waitSignal(input_.edited):
        qtbot.mouseClick(text, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert last.isChecked()
    assert field.choices[-1].value in input_.raw()
