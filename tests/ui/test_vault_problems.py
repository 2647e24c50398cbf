"""Issue 12 point 2: at unlock the app shows the vault's problems plainly — which records, what
happened, what to do — never an empty list under "your data stays encrypted"."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QApplication

from visadesk.local.paths import vault_path
from visadesk.local.settings import Settings
from visadesk.sample.family import example_case
from visadesk.ui.main_window import MainWindow
from visadesk.vault import KdfParams, Vault

SECRET = "зелёный чайник летит над Лионом"


def _vault_with_two_swapped_cases() -> tuple[str, str]:
    first = example_case()
    second = first.model_copy(update={"id": "ab" * 16, "title": "Второе дело"})
    vault = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    vault.put_case(first)
    vault.put_case(second)
    vault.close()
    conn = sqlite3.connect(vault_path())
    rows = {
        rid: (body, summary)
        for rid, body, summary in conn.execute(
            "SELECT id, body, summary FROM records WHERE kind = 'case'"
        )
    }
    for rid, other in ((first.id, second.id), (second.id, first.id)):
        conn.execute(
            "UPDATE records SET body = ?, summary = ? WHERE kind = 'case' AND id = ?",
            (*rows[other], rid),
        )
    conn.commit()
    conn.close()
    return first.id, second.id


def test_two_swapped_cases_are_shown_with_what_to_do(qtbot, visadesk_home):
    a, b = _vault_with_two_swapped_cases()
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.show()
    window.vault_screen.passphrase.setText(SECRET)
    window.vault_screen.go.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    banner = window.cases.problems
    assert banner.isVisible() and "2 problem" in banner.label.text()
    assert "stays encrypted" not in window.statusBar().currentMessage()
    dialog = banner.dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    for rid in (a, b):
        assert f"Case {rid[:8]}" in text
    assert "damaged or was modified outside VisaDesk" in text
    assert "Restore a backup" in text and "Accept the vault as it is now" in text
    assert "Export the cases that are fine" in text
    assert window.cases.list.count() == 0  # nothing damaged is shown as if it were fine
    # accepting cannot make a forged record genuine: the swapped cases stay reported
    dialog.accept_button.click()
    assert len(window.session.vault.problems) == 2
    window.close()
    QApplication.processEvents()


def test_no_banner_for_a_sound_vault(qtbot, visadesk_home):
    vault = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    vault.close()
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.show()
    window.vault_screen.passphrase.setText(SECRET)
    window.vault_screen.go.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert not window.cases.problems.isVisible() and window.cases.problems.dialog is None
    assert window.cases.list.count() == 1
    window.close()


def test_a_save_from_a_stale_window_keeps_both_versions(qtbot, visadesk_home):
    """Issue 12 point 4 through the app's Session: another window saved meanwhile."""
    import pytest

    from visadesk.ui.session import Session
    from visadesk.vault.errors import ConflictKept

    case = example_case()
    other = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    other.put_case(case)
    mine = Vault.open(vault_path())
    mine.unlock(SECRET)
    session = Session(mine, Settings())
    shown = mine.get_case(case.id)  # what this window shows
    other.put_case(other.get_case(case.id).model_copy(update={"title": "из другого окна"}))
    with pytest.raises(ConflictKept) as exc:
        session.save_case(shown.model_copy(update={"title": "из этого окна"}))
    assert "both versions" in exc.value.user_message()
    titles = sorted(s.title for s in mine.list_cases())
    assert titles == ["из другого окна", "из этого окна (conflicted copy)"]
    mine.close()
    other.close()
