"""#13.11: a checklist item backed by a fact shows its short action in the Documents tab's list;
the rule behind it, with its sources, is in the panel beside the list when the item is selected,
and the whole text is in the item's tooltip and in what a screen reader says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from visadesk.ui.tab_documents import ROLE, DocumentsTab


class _Session:
    def open_attachment(self, att):  # the example family has no scans
        raise AssertionError("no scan to open")


def _tab(qtbot, case, lang: str) -> DocumentsTab:
    tab = DocumentsTab(_Session(), lang)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    tab.set_case(case)
    QApplication.processEvents()
    return tab


def _item(tab: DocumentsTab, item_id: str, form_id: str):
    app_ids = {a.id for a in tab.case.applications if a.form_id == form_id}
    return next(
        it
        for it in tab._all_items()
        if (data := it.data(0, ROLE))[0] == "item" and data[3] == item_id and data[2] in app_ids
    )


@pytest.mark.parametrize(("lang", "action"), [("en", "Visa fee"), ("ru", "Визовый сбор")])
def test_a_fact_backed_item_shows_its_action_and_the_rule_beside_it(
    qtbot, example_case, lang, action
) -> None:
    tab = _tab(qtbot, example_case, lang)
    fee = _item(tab, "fee", "schengen-c")
    assert fee.text(0) == action  # not "… — EUR 90 … (Sources: https://…)"
    assert "http" not in fee.text(0) and "90" not in fee.text(0)
    tip = fee.toolTip(0)
    assert tip.startswith(action) and "90" in tip and "https://" in tip
    said = fee.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert said.startswith(action) and "90" in said and "https://" in said and "\n" not in said

    tab.tree.setCurrentItem(fee)
    panel = tab.help.text()
    assert f"<b>{action}</b>" in panel
    assert "90" in panel and "https://" in panel and "2026-" in panel
    assert panel.index("90") > panel.index(action)
    # a source's long address wraps: the panel is never held wider than the window
    assert tab.help.minimumSizeHint().width() < 300
    assert tab.width() <= 1000


def test_what_a_screen_reader_says_of_the_item_is_the_whole_text(qtbot, example_case) -> None:
    tab = _tab(qtbot, example_case, "en")
    fee = _item(tab, "fee", "schengen-c")
    tab.tree.setCurrentItem(fee)
    tree = QAccessible.queryAccessibleInterface(tab.tree)
    names = []
    stack = [tree]
    while stack:
        node = stack.pop()
        names.append(node.text(QAccessible.Text.Name) or "")
        stack += [node.child(i) for i in range(node.childCount()) if node.child(i)]
    assert any(n.startswith("Visa fee — ") and "https://" in n for n in names), names[:20]


def test_an_item_without_a_fact_keeps_its_label(qtbot, example_case) -> None:
    tab = _tab(qtbot, example_case, "en")
    photo = _item(tab, "photo", "schengen-c")
    from visadesk.forms.engine import fill_application

    app = next(a for a in example_case.applications if a.form_id == "schengen-c")
    filled = fill_application(example_case, app, lang="en")
    definition_label = next(
        r.item.label.get("en") for r in filled.checklist if r.item.id == "photo"
    )
    assert photo.text(0) == definition_label
    tab.tree.setCurrentItem(photo)
    assert f"<b>{definition_label}</b>" in tab.help.text()
