"""The File-menu actions of issue 8 as the app runs them: export a case to a .vdx, import it
back (keep both), restore a backup, and the panic wipe — without their dialogs."""

from __future__ import annotations

from visadesk.local.paths import home, vault_path
from visadesk.local.settings import Settings
from visadesk.sample.family import example_case
from visadesk.ui import exchange_actions as actions
from visadesk.ui import vault_actions
from visadesk.ui.main_window import MainWindow
from visadesk.vault import KdfParams, Vault

SECRET = "зелёный чайник летит над Лионом"
BUNDLE_SECRET = "lantern river violet canyon pepper orbit"


def _unlocked(qtbot) -> MainWindow:
    vault = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    vault.close()
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.show()
    window.vault_screen.passphrase.setText(SECRET)
    window.vault_screen.go.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    return window


def test_export_then_import_keeps_both_and_wipe_leaves_nothing(qtbot, visadesk_home, tmp_path):
    window = _unlocked(qtbot)
    out = tmp_path / "family.vdx"
    actions.export_case(window, passphrase=BUNDLE_SECRET, path=out)
    qtbot.waitUntil(out.exists, timeout=20_000)
    assert out.read_bytes()[:4] != b'{"fo' and "Подъячев".encode() not in out.read_bytes()
    actions.import_file(window, out, passphrase=BUNDLE_SECRET, on_conflict="keep_both")
    qtbot.waitUntil(lambda: window.cases.list.count() == 2, timeout=20_000)
    ids = {window.cases.list.current_id(), example_case().id}
    assert len(ids) == 2  # the imported copy is selected, with its own id

    actions.import_file(window, out, passphrase="not the passphrase", on_conflict="keep_both")
    _close_message(qtbot, "Wrong bundle passphrase")
    assert window.cases.list.count() == 2  # nothing written on a wrong passphrase

    vault_actions.wipe(window, confirmed=True)
    assert window.session is None and window.vault_screen.creating
    assert not vault_path().exists()
    left = [p for p in home().rglob("*") if p.is_file() and "vault" in p.name]
    assert left == []


def test_restore_backup_swaps_the_vault_and_asks_for_the_passphrase(qtbot, visadesk_home):
    window = _unlocked(qtbot)
    from visadesk.vault import backups

    vault_id = window.session.vault.vault_id
    # the day's first backup is made in a worker once the list shows (never blocks unlocking)
    qtbot.waitUntil(lambda: bool(backups.list_backups(vault_id)), timeout=10_000)
    window.session.delete_case(example_case().id)
    vault_actions.restore_backup(window, choose=lambda items: items[-1], confirm=lambda *_: True)
    assert window.session is None
    assert not window.vault_screen.creating  # back to the unlock screen
    window.vault_screen.passphrase.setText(SECRET)
    window.vault_screen.go.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert window.cases.list.count() == 1  # the deleted case is back


def _close_message(qtbot, contains: str) -> None:
    """The error shown to the user says ``contains``; the user closes it."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def shown():
        return [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible() and contains in w.text()
        ]  # fmt: skip

    qtbot.waitUntil(lambda: bool(shown()), timeout=10_000)
    for box in shown():
        box.close()
