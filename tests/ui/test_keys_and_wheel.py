"""Keys and the wheel as a stressed user meets them: scrolling a form never changes an answer,
Ctrl+E exports while a text field has focus, the lock keys lock even from inside a modal
dialog, and the Help menu tells the shortcuts, where the data lives and what is protected."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from visadesk.local.paths import vault_path
from visadesk.local.settings import Settings
from visadesk.sample.family import example_case
from visadesk.ui import input_guards
from visadesk.vault import KdfParams, Vault

PASS = "зелёный чайник летит над Лионом"


def _wheel(widget: QWidget, dy: int = -120) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        pos,
        widget.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, dy),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _form(qtbot):
    input_guards.install()
    area = QScrollArea()
    inner = QWidget()
    layout = QVBoxLayout(inner)
    combo = QComboBox()
    combo.addItems(["Male", "Female", "Not specified"])
    spin = QSpinBox()
    spin.setValue(5)
    date = QDateEdit()
    line = QLineEdit()
    for w in (line, combo, spin, date):
        layout.addWidget(w)
    layout.addSpacing(3000)  # a long form: there is something to scroll
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area, combo, spin, date, line


def test_the_wheel_over_an_unfocused_field_scrolls_the_form_and_changes_nothing(qtbot):
    area, combo, spin, date, line = _form(qtbot)
    line.setFocus()
    before = (combo.currentIndex(), spin.value(), date.date())
    for widget in (combo, spin, date):
        _wheel(widget)
    assert (combo.currentIndex(), spin.value(), date.date()) == before
    assert area.verticalScrollBar().value() > 0  # the wheel scrolled the form instead


def test_the_wheel_still_works_on_the_focused_field(qtbot):
    _area, combo, spin, _date, _line = _form(qtbot)
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    _wheel(spin, dy=120)
    assert spin.value() == 6
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo, dy=-120)
    assert combo.currentIndex() == 1


def _window(qtbot):
    from visadesk.ui.main_window import MainWindow

    vault = Vault.create(vault_path(), PASS, kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(vault)
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def test_ctrl_e_exports_while_the_search_field_has_focus(qtbot, visadesk_home):
    window = _window(qtbot)
    fired = []
    window.export_action.triggered.disconnect()
    window.export_action.triggered.connect(lambda: fired.append(True))
    window.cases.search.setFocus()
    qtbot.waitUntil(window.cases.search.hasFocus)
    window.cases.search.setText("Щукин")
    window.cases.search.setCursorPosition(0)
    qtbot.keyClick(window.cases.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert fired == [True]
    assert window.cases.search.cursorPosition() == 0  # the field did not take the key


def test_the_panic_key_locks_from_inside_a_modal_dialog(qtbot, visadesk_home):
    window = _window(qtbot)
    assert window.session is not None
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    results = []

    def press() -> None:
        field.setFocus()
        qtbot.keyClick(
            field,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )

    QTimer.singleShot(100, press)
    results.append(dialog.exec())  # returns once the lock closes the dialog
    qtbot.waitUntil(lambda: window.session is None, timeout=3000)
    assert results == [QDialog.DialogCode.Rejected]
    assert window.stack.currentWidget() is window.vault_screen
    assert window.vault_screen.passphrase.text() == ""


def test_help_menu_tells_shortcuts_data_folder_and_limits(qtbot, visadesk_home, monkeypatch):
    from visadesk.ui import help_dialog

    window = _window(qtbot)
    titles = [a.text() for a in window.help_actions]
    assert len(titles) == 3
    shown = []
    monkeypatch.setattr(
        help_dialog.HelpDialog, "exec", lambda self: shown.append(self.text.text()) or 0
    )
    for action in window.help_actions:
        action.trigger()
    shortcuts, data, limits = shown
    assert "Ctrl+Shift+L" in shortcuts and "Ctrl+E" in shortcuts
    assert str(visadesk_home) in data
    assert "spyware" in limits


def test_help_menu_in_russian(qtbot, visadesk_home, monkeypatch):
    from visadesk.ui import help_dialog

    window = _window(qtbot)
    window.set_language("ru")
    try:
        shown = []
        monkeypatch.setattr(
            help_dialog.HelpDialog, "exec", lambda self: shown.append(self.text.text()) or 0
        )
        window.help_actions[2].trigger()
        assert "spyware" not in shown[0]
        assert any("а" <= ch <= "я" for ch in shown[0])
    finally:
        window.set_language("en")


def test_an_empty_vault_shows_the_first_steps(qtbot, visadesk_home):
    from visadesk.ui.main_window import MainWindow

    vault = Vault.create(vault_path(), PASS, kdf=KdfParams.for_tests())
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(vault)
    cases = window.cases
    assert cases.right.currentWidget() is cases.first_steps
    assert cases.first_steps.isVisible() and not cases.tabs.isVisible()
    cases.first_steps.sample.click()
    assert len(vault.list_cases()) == 1
    assert cases.right.currentWidget() is cases.tabs
    assert cases.current_id() == vault.list_cases()[0].id
    cases.search.setText("nobody-like-this")  # a search without hits is not an empty vault
    assert cases.right.currentWidget() is cases.tabs
    cases.search.clear()
    window.delete_case = lambda: None
    vault.delete_case(cases.current_id())
    cases.refresh()
    assert cases.right.currentWidget() is cases.first_steps
    cases.first_steps.new.click()
    assert len(vault.list_cases()) == 1
    assert cases.right.currentWidget() is cases.tabs
