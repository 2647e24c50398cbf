"""File → Change passphrase…: wrong current passphrase, mismatch and weak passphrases are refused
with a message naming the field and change nothing; a change re-keys the vault in a worker (the
window keeps running), leaves it unlocked under the new key, replaces a key remembered in the
keychain, and afterwards only the new passphrase opens the vault. A lock in the middle stops it
with nothing changed."""

from __future__ import annotations

import re
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from visadesk.local.paths import vault_path
from visadesk.local.settings import Settings
from visadesk.sample.family import example_case
from visadesk.ui.main_window import MainWindow
from visadesk.ui.passwd_dialog import ChangePassphraseDialog
from visadesk.vault import KdfParams, Vault
from visadesk.vault import header as hdr

OLD = "зелёный чайник летит над Лионом"
NEW = "violet harbour seven lanterns drift north"


def _window(qtbot, *, cases: int = 1) -> MainWindow:
    vault = Vault.create(vault_path(), OLD, kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    for n in range(cases - 1):
        from tests.vault_helpers.common import variant

        vault.put_case(variant(example_case(), n))
    vault.close()
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.show()
    _unlock(qtbot, window, OLD)
    assert window.session is not None
    return window


def _unlock(qtbot, window: MainWindow, secret: str) -> None:
    screen = window.vault_screen
    screen.passphrase.setText(secret)
    screen.go.click()
    qtbot.waitUntil(
        lambda: window.session is not None or bool(screen.message.text()), timeout=10_000
    )


def _open_dialog(window: MainWindow) -> ChangePassphraseDialog:
    assert window.passwd_action.isEnabled()
    window.passwd_action.trigger()
    shown = [d for d in window.findChildren(ChangePassphraseDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def _fill(dialog: ChangePassphraseDialog, current: str, new: str, repeat: str) -> None:
    dialog.current.setText(current)
    dialog.new.setText(new)
    dialog.repeat.setText(repeat)


def _header_body() -> bytes:
    return hdr.read_header(vault_path())[0].body()


def test_wrong_current_passphrase_says_so_and_changes_nothing(qtbot, visadesk_home):
    window = _window(qtbot)
    before = _header_body()
    dialog = _open_dialog(window)
    _fill(dialog, "not my passphrase at all", NEW, NEW)
    dialog.go.click()
    assert dialog.running  # the passphrase is checked in the worker (key derivation)
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert "Current passphrase: wrong passphrase" in dialog.message.text()
    assert "Nothing was changed" in dialog.message.text()
    assert dialog.focusWidget() is dialog.current
    assert dialog.isVisible() and dialog.outcome is None
    assert _header_body() == before
    assert window.session.vault.is_unlocked and window.cases.list.count() == 1
    dialog.reject()
    window.lock()
    _unlock(qtbot, window, OLD)
    assert window.session is not None  # the old passphrase still opens it


@pytest.mark.parametrize(
    ("current", "new", "repeat", "says", "field"),
    [
        (OLD, NEW, NEW + " x", "Repeat the new passphrase: it differs", "repeat"),
        ("", NEW, NEW, "Current passphrase:", "current"),
        (OLD, "password123", "password123", "New passphrase: This passphrase is too easy", "new"),
        (OLD, OLD, OLD, "New passphrase: it is the same", "new"),
    ],
)
def test_refusals_name_the_field_and_start_nothing(
    qtbot, visadesk_home, current, new, repeat, says, field
):
    window = _window(qtbot)
    before = _header_body()
    dialog = _open_dialog(window)
    dialog.activateWindow()
    _fill(dialog, current, new, repeat)
    dialog.go.click()
    assert not dialog.running  # refused on the spot: no worker, no key derivation
    assert says in dialog.message.text()
    assert dialog.focusWidget() is getattr(dialog, field)
    assert _header_body() == before and dialog.isVisible()
    dialog.reject()


def test_the_strength_meter_and_show_toggle_are_the_apps(qtbot, visadesk_home):
    window = _window(qtbot)
    dialog = _open_dialog(window)
    dialog.new.setText("password123")
    assert dialog.strength.text().startswith("Very weak") or "Weak" in dialog.strength.text()
    dialog.new.setText(NEW)
    assert dialog.strength.text() == "Strong"
    dialog.new.show_button.click()
    assert dialog.new.echoMode() == dialog.new.EchoMode.Normal
    assert dialog.current.echoMode() == dialog.current.EchoMode.Password
    dialog.reject()


def test_change_rekeys_stays_unlocked_and_only_the_new_passphrase_opens(qtbot, visadesk_home):
    window = _window(qtbot)
    vault = window.session.vault
    old_key = vault._s().data_key
    dialog = _open_dialog(window)
    _fill(dialog, OLD, NEW, NEW)
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert dialog.outcome.rotated
    assert dialog.message.text().startswith("The passphrase was changed.")
    assert "A new backup was made." in dialog.message.text()
    assert re.search(r"\b\d+ old backup\(s\) were deleted", dialog.message.text())
    assert all(not f.text() for f in (dialog.current, dialog.new, dialog.repeat))
    # still unlocked, with a new data key; the cases are there and open
    assert vault.is_unlocked and vault._s().data_key != old_key
    assert window.cases.list.count() == 1
    assert vault.get_case(example_case().id).applicants
    dialog.go.click()  # "Close"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2_000)
    assert window.statusBar().currentMessage() == "The passphrase was changed."
    assert window.idle.isActive()  # auto-lock runs again
    window.lock()
    _unlock(qtbot, window, OLD)
    assert window.session is None
    assert window.vault_screen.message.text().startswith("Wrong passphrase")
    _unlock(qtbot, window, NEW)
    assert window.session is not None and window.cases.list.count() == 1


def test_the_window_stays_responsive_and_the_dialog_stays_open_while_it_runs(
    qtbot, visadesk_home, monkeypatch
):
    from visadesk.vault import rotate

    real = rotate._reseal

    def slow(*args):
        time.sleep(0.005)  # a big vault: each record takes a while
        return real(*args)

    monkeypatch.setattr(rotate, "_reseal", slow)
    window = _window(qtbot, cases=40)
    dialog = _open_dialog(window)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(dialog.running))
    timer.start(10)
    _fill(dialog, OLD, NEW, NEW)
    dialog.go.click()
    assert dialog.running and not dialog.cancel.isEnabled() and not dialog.go.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # no closing half-way
    dialog.close()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    timer.stop()
    assert sum(ticks) >= 10  # the GUI thread kept running its event loop meanwhile
    assert dialog.progress_seen and dialog.progress_seen[-1][0] == dialog.progress_seen[-1][1]
    dialog.accept()


class _MemoryKeyring:
    """Stands in for the system keychain (the real Secret Service: test_vault_keyring.py)."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service, user, value) -> None:
        self.items[service, user] = value

    def get_password(self, service, user):
        return self.items.get((service, user))

    def delete_password(self, service, user) -> None:
        self.items.pop((service, user), None)


def test_a_key_remembered_in_the_keychain_is_replaced(qtbot, visadesk_home, monkeypatch):
    from visadesk.vault import keychain

    ring = _MemoryKeyring()
    monkeypatch.setattr(keychain, "backend", lambda: ring)
    window = _window(qtbot)
    vault = window.session.vault
    assert vault.remember_on_device()
    stored = dict(ring.items)
    dialog = _open_dialog(window)
    _fill(dialog, OLD, NEW, NEW)
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert dialog.outcome.keychain_refreshed
    assert "replaced by the new one" in dialog.message.text()
    assert ring.items and ring.items != stored  # the new key, not the old one
    dialog.accept()
    window.lock()
    assert window.vault_screen.try_keychain()  # the remembered key opens the re-keyed vault
    assert window.session is not None


def test_a_lock_in_the_middle_stops_it_and_the_old_passphrase_still_opens(
    qtbot, visadesk_home, monkeypatch
):
    from visadesk.vault import rotate

    real = rotate._reseal
    started = threading.Event()

    def slow(*args):
        started.set()
        time.sleep(0.005)
        return real(*args)

    window = _window(qtbot, cases=70)  # over 64 records: the worker reaches a progress step
    monkeypatch.setattr(rotate, "_reseal", slow)
    before = _header_body()
    dialog = _open_dialog(window)
    _fill(dialog, OLD, NEW, NEW)
    dialog.go.click()
    qtbot.waitUntil(started.is_set, timeout=20_000)
    window.lock()  # the panic key, pressed while records are being re-sealed
    assert window.session is None
    monkeypatch.setattr(rotate, "_reseal", real)
    qtbot.waitUntil(lambda: bool(window.vault_screen.message.text()), timeout=10_000)
    assert "nothing was changed" in window.vault_screen.message.text()
    from shiboken6 import isValid

    assert not isValid(dialog)  # closed and deleted by the lock (it showed nothing personal)
    assert _header_body() == before
    assert not rotate.leftover_temp_files(vault_path())
    _unlock(qtbot, window, OLD)
    assert window.session is not None and window.cases.list.count() == 70


def test_a_vault_open_elsewhere_is_refused_plainly_and_stays_unlocked(qtbot, visadesk_home):
    window = _window(qtbot)
    before = _header_body()
    other = Vault.open(vault_path())  # another VisaDesk window or command has it open
    other.unlock(OLD)
    try:
        dialog = _open_dialog(window)
        _fill(dialog, OLD, NEW, NEW)
        dialog.go.click()
        qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
        assert dialog.message.text() == (
            "The vault is open in another VisaDesk window or command. Close it, then change "
            "the passphrase again. Nothing was changed."
        )
        assert window.session.vault.is_unlocked and window.cases.list.count() == 1
        assert _header_body() == before
        dialog.reject()
    finally:
        other.close()


def test_a_full_disk_half_way_locks_says_why_and_the_old_passphrase_opens(
    qtbot, visadesk_home, monkeypatch
):
    import errno

    from visadesk.vault import rotate

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    window = _window(qtbot)
    before = _header_body()
    real = rotate._reseal
    monkeypatch.setattr(rotate, "_reseal", full)
    dialog = _open_dialog(window)
    _fill(dialog, OLD, NEW, NEW)
    dialog.go.click()
    qtbot.waitUntil(lambda: window.session is None, timeout=20_000)  # the core left it locked
    monkeypatch.setattr(rotate, "_reseal", real)
    qtbot.waitUntil(lambda: bool(window.vault_screen.message.text()), timeout=5_000)
    text = window.vault_screen.message.text()
    assert text.startswith("There is not enough free space on the disk")
    assert "unlock it with the current passphrase" in text
    assert _header_body() == before and not rotate.leftover_temp_files(vault_path())
    _unlock(qtbot, window, OLD)
    assert window.session is not None and window.cases.list.count() == 1


def _mnemonic_clashes(root) -> list[str]:
    """Alt+letter keys used twice among the visible labels and buttons of a dialog."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    seen: dict[str, list[str]] = {}
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            m = re.search(r"&([^&\s])", w.text().replace("&&", ""))
            if m:
                seen.setdefault(m.group(1).lower(), []).append(w.text())
    return [f"{k}: {v}" for k, v in seen.items() if len(v) > 1]


def _unnamed(root) -> list[str]:
    """Visible buttons and text fields without a name a screen reader can say."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

    out = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QAbstractButton | QLineEdit) and w.isVisibleTo(root):
            iface = QAccessible.queryAccessibleInterface(w)
            if not (iface and iface.text(QAccessible.Text.Name).strip()):
                out.append(type(w).__name__)
    return out


def _file_menu_mnemonic(window: MainWindow) -> tuple[str, list[str]]:
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]
    mine = re.search(r"&([^&\s])", window.passwd_action.text())
    assert mine, window.passwd_action.text()
    return mine.group(1).lower(), letters


@pytest.mark.long(10)
def test_menu_action_and_dialog_have_no_clashing_alt_keys_in_any_language(qtbot, visadesk_home):
    window = _window(qtbot)
    problems = []
    try:
        for lang in ("en", "ru", "uk", "fr", "de"):
            window.set_language(lang)
            letter, letters = _file_menu_mnemonic(window)
            if letters.count(letter) != 1:
                problems.append(f"{lang}: {window.passwd_action.text()} in {letters}")
            if lang != "en" and "Change passphrase" in window.passwd_action.text():
                problems.append(f"{lang}: not translated")
            dialog = _open_dialog(window)
            problems += [f"{lang} dialog: {c}" for c in _mnemonic_clashes(dialog)]
            problems += [f"{lang} dialog: unnamed {u}" for u in _unnamed(dialog)]
            if lang != "en" and dialog.windowTitle() == "Change passphrase":
                problems.append(f"{lang}: dialog not translated")
            dialog.reject()
            QApplication.processEvents()
    finally:
        window.set_language("en")
    assert problems == []


def test_the_action_waits_for_an_unlocked_vault(qtbot, visadesk_home):
    window = _window(qtbot)
    window.lock()
    assert not window.passwd_action.isEnabled()
    from visadesk.ui.passwd_dialog import change_passphrase

    assert change_passphrase(window) is None
