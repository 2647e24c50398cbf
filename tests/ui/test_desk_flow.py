"""#13 points 4 and 10 in the window: a restore says what it replaces (counts, time, reason,
the newest preselected), and unlocking or switching language keeps the user's place (case,
tab, application, wizard page, scroll position)."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QApplication, QMessageBox

from visadesk.case.model import Case, Person
from visadesk.local.paths import vault_path
from visadesk.local.settings import Settings
from visadesk.sample.family import CASE_ID, example_case
from visadesk.ui.cases_screen import _scroll_areas
from visadesk.ui.main_window import MainWindow
from visadesk.vault import KdfParams, Vault

SECRET = "зелёный чайник летит над Лионом"


def _window(qtbot, cases):
    vault = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    for case in cases:
        vault.put_case(case)
    w = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(w)
    w.show()
    w.vault_screen.vault.close()
    w.vault_screen.vault = vault
    w.open_vault(vault)
    return w


def _unlock(qtbot, w) -> None:
    w.vault_screen.passphrase.setText(SECRET)
    w.vault_screen.go.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=10_000)


def _other_case() -> Case:
    return Case(title="Second family", applicants=[Person(surname="Иванова", given_names="Анна")])


# -- 4: a restore says what it replaces --


def test_restore_confirms_with_counts_and_lists_time_and_reason(qtbot, visadesk_home, monkeypatch):
    from visadesk.ui import vault_actions as actions
    from visadesk.vault import backups

    w = _window(qtbot, [example_case(), _other_case()])
    vault = w.session.vault
    qtbot.waitUntil(lambda: bool(backups.list_backups(vault.vault_id)), timeout=10_000)
    older = backups.list_backups(vault.vault_id)[0]
    os.utime(older, (1_700_000_000, 1_700_000_000))
    for surname in ("Петров", "Сидоров", "Козлов"):
        w.session.save_case(Case(applicants=[Person(surname=surname)]))
    newer = vault.backup_now("passphrase-changed")
    assert newer is not None
    dialog = actions.BackupsDialog(backups.list_backups(vault.vault_id), w)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert dialog.chosen() == newer  # the newest is preselected
    assert "after a passphrase change" in labels[0] and "cases: 5" in labels[0]
    assert "daily copy" in labels[1] and "cases: 2" in labels[1] and "14.11.2023" in labels[1]
    dialog.deleteLater()

    seen = []
    actions.restore_backup(w, choose=lambda _f: older, confirm=lambda p, n: seen.append(n) or False)
    assert seen == [5] and w.session is not None  # cancelled: nothing changed
    assert len(w.session.vault.list_cases()) == 5

    def answer():  # the real question box: its text has the counts
        boxes = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox)]
        boxes = [b for b in boxes if b.isVisible()]
        if not boxes:
            return False
        texts.append(boxes[0].text())
        boxes[0].button(QMessageBox.StandardButton.Cancel).click()
        return True

    texts: list[str] = []
    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, answer)
    actions.restore_backup(w, choose=lambda _f: older)
    assert texts == ["5 cases now → 2 in this backup."]
    assert w.session is not None
    w.close()


# -- 10: the place is kept --


def _go_somewhere(qtbot, w):
    screen = w.cases
    screen.select(CASE_ID)
    screen.tabs.setCurrentWidget(screen.applications)
    apps = screen.applications
    apps.list.setCurrentRow(apps.list.count() - 1)
    app_id = apps._current_id()
    apps.wizard.show_page(2, focus=False)
    w.resize(900, 500)
    QApplication.processEvents()
    bars = [
        a.verticalScrollBar() for a in _scroll_areas(apps) if a.verticalScrollBar().maximum() > 0
    ]
    assert bars, "nothing to scroll at this size"
    bars[0].setValue(bars[0].maximum() // 2 or 1)
    return app_id, screen.view_state()


def test_unlock_keeps_case_tab_page_and_scroll(qtbot, visadesk_home):
    w = _window(qtbot, [_other_case(), example_case()])
    app_id, before = _go_somewhere(qtbot, w)
    w.lock()
    _unlock(qtbot, w)
    qtbot.wait(100)
    after = w.cases.view_state()
    assert w.cases.shown_id == CASE_ID
    assert w.cases.tabs.currentWidget() is w.cases.applications
    assert w.cases.applications._current_id() == app_id
    assert after["page"] == before["page"] == 2
    assert after["scroll"] == before["scroll"]
    w.close()


def test_language_switch_keeps_case_tab_and_page(qtbot, visadesk_home):
    from visadesk.ui import i18n

    w = _window(qtbot, [_other_case(), example_case()])
    app_id, before = _go_somewhere(qtbot, w)
    try:
        w.set_language("ru")
        qtbot.wait(100)
        assert w.cases.shown_id == CASE_ID
        assert w.cases.tabs.currentWidget() is w.cases.applications
        assert w.cases.applications._current_id() == app_id
        assert w.cases.view_state()["page"] == 2
        assert w.cases.view_state()["scroll"] == before["scroll"]
    finally:
        i18n.install("en")
        w.close()


# -- 13: the case list shows the volunteer's note --


def test_the_case_list_shows_the_notes_first_line(qtbot, visadesk_home):
    from visadesk import casework

    w = _window(qtbot, [example_case(), _other_case()])
    done = []
    w.session.change(
        w,
        CASE_ID,
        casework.set_note,
        "перезвонить в пятницу\nпаспорт у сестры",
        on_done=done.append,
    )
    qtbot.waitUntil(lambda: bool(done), timeout=5_000)
    text = w.cases.list.text(w.cases.list.cases.index_of[CASE_ID])
    assert "перезвонить в пятницу" in text and "паспорт у сестры" not in text
    w.lock()  # the summaries are sealed in the vault: the note is still there after unlocking
    _unlock(qtbot, w)
    assert "перезвонить в пятницу" in w.cases.list.text(w.cases.list.cases.index_of[CASE_ID])
    w.close()


def test_restore_from_the_locked_screen_counts_the_cases_in_the_file(qtbot, visadesk_home):
    from visadesk.ui import vault_actions as actions
    from visadesk.vault import backups

    w = _window(qtbot, [example_case(), _other_case()])
    vault = w.session.vault
    qtbot.waitUntil(lambda: bool(backups.list_backups(vault.vault_id)), timeout=10_000)
    w.lock()
    seen = []
    actions.restore_backup(w, choose=lambda found: found[0], confirm=lambda p, n: seen.append(n))
    assert seen == [2]  # read without the key: record kinds are stored in clear
    assert w.vault_screen.vault is not None and not w.vault_screen.creating
    w.close()
