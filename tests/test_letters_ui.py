"""The Letters tab: the interview adds an event in the user's words, links evidence, takes a
person's translation, saves through the vault, and the status counts what still needs one."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from visadesk.case.account import EventKind
from visadesk.local.paths import vault_path
from visadesk.local.settings import Settings
from visadesk.sample.family import HUSBAND_ID, example_case
from visadesk.ui.main_window import MainWindow
from visadesk.vault import KdfParams, Vault

SECRET = "зелёный чайник летит над Лионом"


def _tab(qtbot):
    vault = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    window.show()
    window.vault_screen.vault.close()
    window.vault_screen.vault = vault
    window.open_vault(vault)
    tab = window.cases.letters
    window.cases.tabs.setCurrentWidget(tab)
    return window, tab


def test_interview_builds_the_chronology_and_counts_missing_translations(qtbot, visadesk_home):
    window, tab = _tab(qtbot)
    tab.person.setCurrentIndex(tab.person.findData(HUSBAND_ID))
    assert tab.events.count() == 3
    assert "1" in tab.status.text()  # one passage of the example is not translated
    tab.add_button.click()
    tab.date.setDate(QDate(2026, 11, 5))
    tab.kind.setCurrentIndex(tab.kind.findData(EventKind.DETENTION.value))
    tab.place.setText("Екатеринбург")
    tab.description.setPlainText("Задержан у дома, допрашивали о повестке.")
    tab.evidence.item(0).setCheckState(Qt.CheckState.Checked)
    tab.save_event_button.click()
    saved = window.session.vault.get_case(tab.case.id)
    event = saved.account.chronology(HUSBAND_ID)[-1]
    assert event.kind is EventKind.DETENTION and event.description.lang == "ru"
    assert event.evidence_ids == [saved.account.evidence[0].id]
    assert tab.events.count() == 4
    assert "2" in tab.status.text()  # the new passage has no German translation yet
    tab.events.setCurrentRow(3)
    tab.translation.setPlainText("Vor dem Haus festgenommen und zum Bescheid verhört.")
    tab.save_event_button.click()
    saved = window.session.vault.get_case(tab.case.id)
    assert saved.account.chronology(HUSBAND_ID)[-1].description.in_lang("de").startswith("Vor dem")
    assert "1" in tab.status.text()
    tab.why_now_tr.setPlainText("Ich bin in Gefahr.")
    tab.save_statement_button.click()
    saved = window.session.vault.get_case(tab.case.id)
    assert saved.account.statement_for(HUSBAND_ID).why_now.in_lang("de") == "Ich bin in Gefahr."
    tab.clear()
    assert tab.events.count() == 0 and tab.description.toPlainText() == ""
