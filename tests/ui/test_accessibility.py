"""Accessibility: every interactive widget of every screen has an accessible name (what a screen
reader says), and the wizard can be completed with the keyboard alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from visadesk.local.paths import vault_path
from visadesk.local.settings import Settings
from visadesk.sample.family import SON_ID, example_case
from visadesk.ui.main_window import MainWindow
from visadesk.ui.settings_dialog import SettingsDialog
from visadesk.vault import KdfParams, Vault

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)


def _unnamed(root: QWidget) -> list[str]:
    """Visible interactive widgets without an accessible name (own, buddy label or text)."""
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or not w.isVisibleTo(root):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo box or spin box: the box carries the name
        if isinstance(w, QHeaderView):  # a tree's column header: its sections carry titles
            continue
        if w.objectName().startswith("qt_"):  # Qt's own scroll-bar and tab-bar buttons
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Text.Name) if iface else ""
        if not name.strip():
            out.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}")
    return out


def _mnemonic_clashes(root: QWidget) -> list[str]:
    """Alt+letter keys used twice among the visible labels, buttons and tabs of a screen and
    the titles of the window's menu bar (Alt+letter opens a menu from every screen)."""
    import re

    from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

    seen: dict[str, list[str]] = {}
    texts = []
    if isinstance(root, QMainWindow) and root.menuBar().isVisibleTo(root):
        texts += [a.text() for a in root.menuBar().actions() if a.isVisible()]
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            texts.append(w.text())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
    for text in texts:
        m = re.search(r"&([^&\s])", text.replace("&&", ""))
        if m:
            seen.setdefault(m.group(1).lower(), []).append(text)
    return [f"{k}: {v}" for k, v in seen.items() if len(v) > 1]


def _window(qtbot) -> MainWindow:
    vault = Vault.create(vault_path(), "зелёный чайник летит над Лионом", kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_interactive_widget_has_an_accessible_name(qtbot, visadesk_home):
    window = _window(qtbot)
    assert _unnamed(window) == [], "vault screen"
    assert _mnemonic_clashes(window) == [], "vault screen"
    window.vault_screen.passphrase.setText("зелёный чайник летит над Лионом")
    window.vault_screen.go.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    cases = window.cases
    for i in range(cases.tabs.count()):
        cases.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        assert _unnamed(window) == [], cases.tabs.tabText(i)
        assert _mnemonic_clashes(window) == [], cases.tabs.tabText(i)
    wizard = cases.applications.wizard
    cases.tabs.setCurrentWidget(cases.applications)
    for page in range(len(wizard.pages)):
        wizard.show_page(page)
        assert _unnamed(window) == [], f"wizard page {page + 1}"
    dialog = SettingsDialog(Settings(), remembered=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _unnamed(dialog) == []


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "keyboard focus was lost"
    qtbot.keyClick(target, key, modifier)


def test_the_wizard_can_be_completed_with_the_keyboard_alone(qtbot, visadesk_home):
    """Only key presses: Alt+M to the "what is missing" list, Enter to jump to the field, type
    or pick with the arrow keys, Tab to leave the field (which saves), until nothing is missing."""
    window = _window(qtbot)
    window.vault_screen.passphrase.setText("зелёный чайник летит над Лионом")
    window.vault_screen.go.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    window.activateWindow()
    cases = window.cases
    cases.tabs.setCurrentWidget(cases.applications)
    before = len(window.session.vault.get_case(cases.current_id()).applications)
    cases.applications.new_application(SON_ID, "schengen-c")
    qtbot.waitUntil(lambda: len(cases.applications.case.applications) > before, timeout=5_000)
    wizard = cases.applications.wizard
    typed = {
        "date": "01.03.2027",
        "text": "Lyon",
        "longtext": "Lyon",
        "number": "2",
        "phone": "+33612345678",
        "email": "artem@example.org",
        "country": "France",
    }
    vault = window.session.vault
    for _ in range(40):
        first = wizard.missing_list.item(0)
        field_id = first.data(Qt.ItemDataRole.UserRole)
        if field_id is None:
            break  # "Nothing is missing"
        _press(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # "What is &missing"
        assert QApplication.focusWidget() is wizard.missing_list
        _press(qtbot, Qt.Key.Key_Home)
        _press(qtbot, Qt.Key.Key_Return)
        row = wizard.rows[field_id]
        focus = QApplication.focusWidget()
        assert focus is row.input.focus_widget() or row.input.widget.isAncestorOf(focus)
        kind = row.input.field.type
        if kind in ("choice", "bool"):
            _press(qtbot, Qt.Key.Key_Down)
        elif kind == "multichoice":
            _press(qtbot, Qt.Key.Key_Space)
        else:
            qtbot.keyClicks(QApplication.focusWidget(), typed[kind])
            if kind == "country":
                _press(qtbot, Qt.Key.Key_Return)
        _press(qtbot, Qt.Key.Key_Tab)
    else:
        raise AssertionError("the missing list never emptied")
    assert wizard.missing_list.item(0).text().startswith("Nothing is missing")
    app = vault.get_case(example_case().id).applications[-1]
    assert app.form_id == "schengen-c" and app.answers  # everything typed was saved


@pytest.mark.long(15)
def test_no_clashing_alt_keys_in_any_language(qtbot, visadesk_home):
    """Per screen (the vault screen, each case tab) and language: no Alt+letter is used twice
    among the menu bar's titles, the tabs, the buttons and the labelled fields."""
    window = _window(qtbot)
    locked = []
    for lang in ("en", "ru", "uk", "fr", "de"):
        window.set_language(lang)
        locked += [f"{lang} vault screen: {c}" for c in _mnemonic_clashes(window)]
    window.set_language("en")
    assert locked == []
    window.vault_screen.passphrase.setText("зелёный чайник летит над Лионом")
    window.vault_screen.go.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    clashes = []
    menus = []
    try:
        for lang in ("en", "ru", "uk", "fr", "de"):
            window.set_language(lang)
            menus.append([a.text() for a in window.menuBar().actions()])
            cases = window.cases
            for i in range(cases.tabs.count()):
                cases.tabs.setCurrentIndex(i)
                QApplication.processEvents()
                clashes += [
                    f"{lang} {cases.tabs.tabText(i)}: {c}" for c in _mnemonic_clashes(window)
                ]
    finally:
        window.set_language("en")
    assert clashes == []
    assert all(len(m) >= 2 for m in menus), menus  # the menu titles were part of the check
    assert len({tuple(m) for m in menus}) == 5, menus  # in each language's words


def _focusable(root: QWidget) -> list[QWidget]:
    """What Tab should stop at: shown, enabled, taking the focus by Tab, not a focus proxy's
    holder (its proxy is the stop)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


def test_tab_cycles_through_every_control_of_every_tab(qtbot, visadesk_home):
    """In process (the AT-SPI test does it from outside): from the tab bar, Tab moves on at
    every press (a date or text field never keeps it) and comes back to the bar after reaching
    every control of the window; no scroll area is a stop of its own."""
    from PySide6.QtWidgets import QScrollArea, QTabBar

    window = _window(qtbot)
    window.resize(1400, 900)
    window.vault_screen.passphrase.setText("зелёный чайник летит над Лионом")
    window.vault_screen.go.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    tabs = window.cases.tabs
    bar = tabs.findChild(QTabBar)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        bar.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        seen: list[QWidget] = [bar]
        for _ in range(150):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focus = QApplication.focusWidget()
            if focus is bar:
                break
            assert focus is not seen[-1], (tabs.tabText(index), "Tab stayed in", _describe(focus))
            seen.append(focus)
        else:
            raise AssertionError(f"{tabs.tabText(index)}: Tab never came back to the tab bar")
        missed = [_describe(w) for w in _focusable(window) if w not in seen]
        assert missed == [], tabs.tabText(index)
        areas = [_describe(w) for w in seen if isinstance(w, QScrollArea)]
        assert areas == [], tabs.tabText(index)


def _describe(w: QWidget | None) -> str:
    if w is None:
        return "nothing"
    iface = QAccessible.queryAccessibleInterface(w)
    return f"{type(w).__name__} {iface.text(QAccessible.Text.Name) if iface else ''!r}"
