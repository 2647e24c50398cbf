"""Issue 19 with issue 12 point 2: the cases list shows right after the key derivation, the case
bodies are verified in a worker after it, and damage found then is shown plainly too (banner,
dialog, the case gone from the list) - never left for the user to stumble on."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QApplication

from visadesk.local.paths import vault_path
from visadesk.local.settings import Settings
from visadesk.sample.family import example_case
from visadesk.ui.main_window import MainWindow
from visadesk.vault import KdfParams, Vault

SECRET = "зелёный чайник летит над Лионом"


def test_a_body_found_damaged_after_the_list_shows_is_reported(qtbot, visadesk_home):
    first = example_case()
    second = first.model_copy(update={"id": "cd" * 16, "title": "Второе дело"})
    third = first.model_copy(update={"id": "ef" * 16, "title": "Третье дело"})
    vault = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    for case in (first, second, third):
        vault.put_case(case)
    vault.close()
    conn = sqlite3.connect(vault_path())  # swap two bodies only: their summaries still open
    rows = dict(conn.execute("SELECT id, body FROM records WHERE kind = 'case'"))
    conn.execute("UPDATE records SET body = ? WHERE id = ?", (rows[second.id], first.id))
    conn.execute("UPDATE records SET body = ? WHERE id = ?", (rows[first.id], second.id))
    conn.commit()
    conn.close()

    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.show()
    window.vault_screen.passphrase.setText(SECRET)
    window.vault_screen.go.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    banner = window.cases.problems
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=10_000)  # after the worker's verify
    assert "2 problem" in banner.label.text()
    assert banner.dialog is not None and banner.dialog.isVisible()
    text = banner.dialog.text.toPlainText()
    assert f"Case {first.id[:8]}" in text and f"Case {second.id[:8]}" in text
    assert window.cases.list.count() == 1  # only the sound case is listed
    assert window.session.vault.verified
    banner.dialog.close()
    window.close()
    QApplication.processEvents()
