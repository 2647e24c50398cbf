"""#13.11: the person editor reflows (labels above the fields when narrow), never a horizontal
scroll bar."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollArea

from visadesk.sample.family import example_case


def test_person_editor_has_no_horizontal_scroll_bar_when_narrow(qtbot) -> None:
    from visadesk.ui.person_editor import PersonEditor

    editor = PersonEditor(example_case().applicants[0])
    qtbot.addWidget(editor)
    editor.resize(520, 600)  # the form column at 1024×600 or at 200 %
    editor.show()
    QApplication.processEvents()
    scroll = editor.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    for edit in editor.edits.values():
        if edit.isVisibleTo(editor):
            assert edit.width() >= 140, edit.accessibleName()  # ≥ 12 characters
