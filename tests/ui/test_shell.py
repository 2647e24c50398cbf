"""The shell as a person uses it: create a vault, unlock (wrong then right), search, new and
delete cases, lock now and auto-lock clearing every personal string, and the demo vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QMessageBox

from visadesk.local.paths import vault_path
from visadesk.local.settings import Settings
from visadesk.sample.family import example_case
from visadesk.ui.cases_screen import CaseList
from visadesk.ui.main_window import MainWindow
from visadesk.vault import KdfParams, Vault

SECRET = "зелёный чайник летит над Лионом"
PERSONAL = ("Подъячев", "Щукин", "PODIEIACHEV", "SHCHUKIN", "752345671", "Семья")


def _window(qtbot) -> MainWindow:
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    window.show()
    return window


def _texts(window) -> list[str]:
    out = []
    for w in window.findChildren(QLineEdit):
        out.append(w.text())
    for w in window.findChildren(QLabel):
        out.append(w.text())
    for w in window.findChildren(QListWidget):
        out += [w.item(i).text() for i in range(w.count())]
    for w in window.findChildren(CaseList):
        out += [w.text(i) for i in range(w.count())]
    return out


def test_create_vault_then_new_case(qtbot, visadesk_home):
    window = _window(qtbot)
    screen = window.vault_screen
    qtbot.keyClicks(screen.passphrase, "qwerty")
    assert screen.strength.text().startswith("Very weak")
    qtbot.mouseClick(screen.go, Qt.MouseButton.LeftButton)
    assert "too easy to guess" in screen.message.text()
    screen.passphrase.setText(SECRET)
    screen.repeat.setText(SECRET + "x")
    qtbot.mouseClick(screen.go, Qt.MouseButton.LeftButton)
    assert "differ" in screen.message.text()
    screen.repeat.setText(SECRET)
    qtbot.mouseClick(screen.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.cases, timeout=10_000)
    assert screen.passphrase.text() == ""  # the passphrase does not linger in a widget
    window.new_action.trigger()
    assert window.cases.list.count() == 1
    assert vault_path().exists()


def test_wrong_then_right_passphrase_search_and_lock(qtbot, visadesk_home, monkeypatch):
    vault = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    vault.close()
    window = _window(qtbot)
    screen = window.vault_screen
    assert not screen.creating
    screen.passphrase.setText("not it")
    qtbot.mouseClick(screen.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong passphrase" in screen.message.text(), timeout=10_000)
    screen.passphrase.setText(SECRET)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.cases, timeout=10_000)
    cases = window.cases
    assert cases.list.count() == 1
    qtbot.keyClicks(cases.search, "shchuk")  # typed: Latin spelling of a Cyrillic name
    assert cases.list.count() == 1
    cases.search.setText("щукин")  # Cyrillic query, any case (QTest cannot type Cyrillic)
    assert cases.list.count() == 1
    cases.search.setText("753456782")  # passport number
    assert cases.list.count() == 1
    cases.search.setText("nobody-like-this")
    assert cases.list.count() == 0
    cases.search.clear()
    cases.list.setCurrentRow(0)
    assert "Подъячев" in cases.details.text()
    session = window.session
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.vault_screen
    assert not session.vault.is_unlocked
    for text in _texts(window):
        for secret in PERSONAL:
            assert secret not in text, text


def test_auto_lock_after_idle_time(qtbot, visadesk_home):
    vault = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    window = _window(qtbot)
    window.open_vault(vault)
    assert window.cases.list.count() == 1
    window.idle.start(100)  # as if the setting were a fraction of a minute
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.vault_screen, timeout=5000)
    assert not vault.is_unlocked
    assert window.cases.list.count() == 0


def test_delete_case_asks_first(qtbot, visadesk_home, monkeypatch):
    vault = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    window = _window(qtbot)
    window.open_vault(vault)
    window.cases.list.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.delete_action.trigger()
    assert window.cases.list.count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert window.cases.list.count() == 0 and vault.list_cases() == []


def test_demo_opens_on_the_sample_family_and_cleans_up(qtbot, visadesk_home):
    from visadesk.ui.app import build_window

    window = build_window(demo=True)
    qtbot.addWidget(window)
    folder = window.session.demo_dir
    assert folder.exists() and (folder.stat().st_mode & 0o777) == 0o700
    assert window.cases.list.count() == 1
    assert "Подъячевых" in window.cases.list.text(0)
    window.close()
    assert not folder.exists()
    assert not vault_path().exists()  # the user's own vault is untouched


def test_people_tab_edits_a_person_and_lock_clears_it(qtbot, visadesk_home):
    vault = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    window = _window(qtbot)
    window.open_vault(vault)
    people = window.cases.people
    assert people.list.count() == 4  # three applicants and the sponsor
    people.list.setCurrentRow(1)
    assert people.editor.edits["surname"].text() == "Щукин"
    people.editor.edits["phone"].setText("+7 922 000-11-22")
    qtbot.mouseClick(people.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(  # saved by a casework operation in a worker
        lambda: vault.get_case(example_case().id).applicants[1].phone == "+79220001122",
        timeout=5_000,
    )
    saved = vault.get_case(example_case().id)
    assert saved.applicants[1].phone == "+79220001122"
    assert saved.applicants[0].phone == example_case().applicants[0].phone
    window.lock()
    for text in _texts(window):
        for secret in PERSONAL:
            assert secret not in text, text
