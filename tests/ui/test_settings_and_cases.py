"""Settings (applied at once and saved), duplicate case (new ids, scans copied inside the vault),
the sample-family button, and switching the interface language at run time."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtWidgets import QApplication

from visadesk.case.model import Attachment
from visadesk.local import settings as app_settings
from visadesk.local.paths import settings_path, vault_path
from visadesk.local.settings import Settings
from visadesk.sample.family import example_case
from visadesk.ui.main_window import MainWindow
from visadesk.ui.settings_dialog import SettingsDialog
from visadesk.vault import KdfParams, Vault

SECRET = "зелёный чайник летит над Лионом"


def _unlocked(qtbot, settings: Settings | None = None) -> MainWindow:
    vault = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    window = MainWindow(vault_path(), settings or Settings(), kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    window.show()
    window.vault_screen.vault.close()
    window.vault_screen.vault = vault
    window.open_vault(vault)
    return window


def test_settings_dialog_values_are_applied_and_saved(qtbot, visadesk_home):
    window = _unlocked(qtbot)
    dialog = SettingsDialog(window.settings, remembered=None)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled()  # no keychain offered: the box cannot be ticked
    dialog.auto_lock.setValue(3)
    dialog.text_size.setValue(14)
    dialog.no_keychain.setChecked(True)
    chosen = dialog.chosen()
    window.apply_settings(chosen, remember=dialog.wants_remembered())
    assert window.idle.interval() == 3 * 60_000 and window.idle.isActive()
    assert QApplication.instance().font().pointSize() == 14
    saved = app_settings.load(settings_path())
    assert (saved.auto_lock_minutes, saved.text_size, saved.use_keychain) == (3, 14, False)
    window.apply_settings(Settings())  # back to defaults for the other tests
    assert QApplication.instance().font().pointSize() == 10


def test_duplicate_case_copies_people_and_scans_with_new_ids(qtbot, visadesk_home):
    window = _unlocked(qtbot)
    vault = window.session.vault
    original = vault.list_cases()[0]
    case = vault.get_case(original.id)
    person = case.applicants[0]
    att = Attachment(person_id=person.id, filename="scan.png", media_type="image/png")
    png = io.BytesIO()
    Image.new("RGB", (20, 20), (1, 2, 3)).save(png, "PNG")
    png.seek(0)
    vault.add_attachment(case.id, att.id, png)
    window.session.save_case(case.model_copy(update={"attachments": [att]}))
    window.cases.select(case.id)
    window.duplicate_action.trigger()
    assert window.cases.list.count() == 2
    copy_id = window.cases.current_id()
    assert copy_id != case.id
    copy = vault.get_case(copy_id)
    assert copy.title.endswith("(copy)")
    assert [p.surname for p in copy.applicants] == [p.surname for p in case.applicants]
    assert not {p.id for p in copy.people()} & {p.id for p in case.people()}
    assert {a.person_id for a in copy.applications} <= {p.id for p in copy.people()}
    new_att = copy.attachments[0]
    assert new_att.id != att.id and new_att.person_id == copy.applicants[0].id
    with vault.open_attachment(new_att.id) as a, vault.open_attachment(att.id) as b:
        assert a.read() == b.read()
    # deleting the copy leaves the original and its scan intact
    window.session.delete_case(copy_id)
    with vault.open_attachment(att.id) as fh:
        assert fh.read()[:4] == b"\x89PNG"


def test_sample_family_button_opens_a_throwaway_vault(qtbot, visadesk_home):
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    window.show()
    assert window.vault_screen.sample.isVisible()
    window.vault_screen.sample.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    folder = window.session.demo_dir
    assert folder.exists() and window.cases.list.count() == 1
    assert not vault_path().exists()  # the user's own vault is not created by the demo
    window.close()
    assert not folder.exists()


def test_language_switches_at_run_time_and_keeps_the_session(qtbot, visadesk_home):
    window = _unlocked(qtbot)
    case_id = window.cases.current_id()
    assert window.cases.tabs.tabText(window.cases.tabs.indexOf(window.cases.people)) == "&People"
    window.set_language("ru")
    try:
        assert window.session is not None and window.cases.current_id() == case_id
        assert window.stack.currentWidget() is window.cases
        assert (
            window.cases.tabs.tabText(window.cases.tabs.indexOf(window.cases.people)) != "&People"
        )  # translated
        assert app_settings.load(settings_path()).language == "ru"
        assert window.new_action.isEnabled()
    finally:
        window.set_language("en")
    assert window.cases.tabs.tabText(window.cases.tabs.indexOf(window.cases.people)) == "&People"
