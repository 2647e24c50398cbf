"""The export passphrase dialog (generated words shown whole, in the user's language, Copy,
"I have written it down"; the words shown open the bundle), the "Show" toggle, the wipe dialog
(exported files listed and deleted when ticked) and file dialogs that leave no folder names in
Qt's settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit

from visadesk.local.paths import vault_path
from visadesk.local.settings import Settings
from visadesk.sample.family import example_case
from visadesk.ui import exchange_actions as actions
from visadesk.ui import vault_actions
from visadesk.ui.main_window import MainWindow
from visadesk.ui.passphrase_dialogs import BundlePassphraseDialog, WipeDialog
from visadesk.ui.passphrase_field import PassphraseField
from visadesk.vault import KdfParams, Vault
from visadesk.vault.exports import recent_exports
from visadesk.vault.wordlist import words_for

SECRET = "зелёный чайник летит над Лионом"


def _unlocked(qtbot, language: str = "en") -> MainWindow:
    vault = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    window = MainWindow(
        vault_path(), Settings(language=language), kdf=KdfParams.for_tests(), save_settings=False
    )
    qtbot.addWidget(window)
    window.show()
    window.open_vault(vault)
    return window


def _when_modal(kind, act) -> list[str]:
    """Run ``act(dialog)`` once a modal dialog of ``kind`` is up; errors are kept for the test."""
    errors: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        except AssertionError as exc:  # reported by the test, not lost in Qt's loop
            errors.append(str(exc))
            dialog.reject()

    QTimer.singleShot(0, poll)
    return errors


def test_generated_words_are_shown_whole_and_open_the_bundle(qtbot, tmp_path):
    from visadesk.vault.exchange import open_bundle

    window = _unlocked(qtbot, language="ru")
    out = tmp_path / "family.vdx"
    seen: dict[str, str] = {}

    def act(dialog: BundlePassphraseDialog) -> None:
        assert dialog.words_language.currentData() == "ru"  # the interface language
        dialog.generate.click()
        shown = dialog.shown.text()
        seen["words"] = shown
        assert dialog.shown.isVisible() and dialog.shown.wordWrap()
        assert shown == dialog.passphrase() and len(shown.split()) == 7
        assert all(w in words_for("ru") for w in shown.split())
        dialog.copy.click()
        assert QApplication.clipboard().text() == shown
        dialog.ok.click()  # not yet: "I have written it down" is not ticked
        assert dialog.isVisible() and "written it down" in dialog.message.text()
        dialog.written.setChecked(True)
        dialog.ok.click()

    errors = _when_modal(BundlePassphraseDialog, act)
    actions.export_case(window, path=out)
    assert not errors, errors
    qtbot.waitUntil(out.exists, timeout=20_000)
    qtbot.waitUntil(lambda: recent_exports(window.session.vault) == [out], timeout=10_000)
    opened = open_bundle(out, seen["words"])  # exactly what was shown opens it
    assert opened.preview().title
    QApplication.clipboard().clear()


def test_weak_and_personal_passphrases_are_refused_with_the_reason(qtbot):
    case = example_case()
    dialog = BundlePassphraseDialog(personal=[case.applicants[0].surname_latin])
    qtbot.addWidget(dialog)
    dialog.show()
    for weak, reason in (
        ("password123", "common password"),
        (case.applicants[0].surname_latin.lower() + "1985", "name or detail"),
    ):
        dialog.first.setText(weak)
        dialog.second.setText(weak)
        dialog.ok.click()
        assert dialog.isVisible() and reason in dialog.message.text()
        assert "generated word list" in dialog.message.text()
    dialog.first.setText("otter lantern maple quiet river stone")
    dialog.second.setText("otter lantern maple quiet river stone")
    dialog.ok.click()
    assert dialog.result() == BundlePassphraseDialog.DialogCode.Accepted


def test_show_toggle_on_every_passphrase_field(qtbot):
    field = PassphraseField("Passphrase")
    qtbot.addWidget(field.container)
    field.setText("otter lantern")
    assert field.echoMode() == QLineEdit.EchoMode.Password
    field.show_button.click()
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    field.forget()
    assert field.echoMode() == QLineEdit.EchoMode.Password and field.text() == ""
    assert not field.isUndoAvailable()
    dialog = BundlePassphraseDialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog.first, PassphraseField) and isinstance(dialog.second, PassphraseField)


def test_wipe_dialog_lists_exports_and_deletes_the_ticked_ones(qtbot, tmp_path):
    window = _unlocked(qtbot)
    kept, deleted = tmp_path / "keep.vdx", tmp_path / "delete.vdx"
    for out in (kept, deleted):
        actions.export_case(window, passphrase="otter lantern maple quiet river stone", path=out)
        qtbot.waitUntil(out.exists, timeout=20_000)
    qtbot.waitUntil(lambda: len(recent_exports(window.session.vault)) == 2, timeout=10_000)

    def act(dialog: WipeDialog) -> None:
        listed = [dialog.exports.item(i).text() for i in range(dialog.exports.count())]
        assert listed == [str(deleted), str(kept)]  # newest first
        texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "What stays" in texts and "cannot be decrypted" in texts
        dialog.exports.item(1).setCheckState(dialog.exports.item(1).checkState().Unchecked)
        assert not dialog.go.isEnabled()
        dialog.confirm.setText(dialog.word)
        dialog.go.click()

    errors = _when_modal(WipeDialog, act)
    vault_actions.wipe(window)
    assert not errors, errors
    assert window.session is None and not vault_path().exists()
    assert kept.exists() and not deleted.exists()


@pytest.fixture
def qt_settings_dir(tmp_path):
    """Qt's user settings in a folder of this test (restored after)."""
    before = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName()).parent
    folder = tmp_path / "config"
    folder.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(before))


def test_no_folder_name_lands_in_qt_settings(qtbot, tmp_path, qt_settings_dir):
    from visadesk.ui import file_dialogs

    folder = tmp_path / "Podyachev-family-scans"
    folder.mkdir()
    (folder / "passport.png").write_bytes(b"\x89PNG\r\n\x1a\n")

    def act(dialog: QFileDialog) -> None:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.selectFile(str(folder / "passport.png"))
        dialog.accept()

    errors = _when_modal(QFileDialog, act)
    chosen = file_dialogs.get_open_file_name(None, "Add a scan", str(folder), "Images (*.png)")
    assert not errors and chosen == str(folder / "passport.png")
    errors = _when_modal(QFileDialog, lambda d: (d.selectFile(str(folder / "out.vdx")), d.accept()))
    assert file_dialogs.get_save_file_name(None, "Export", str(folder), "(*.vdx)")
    assert not errors
    for path in qt_settings_dir.rglob("*"):
        if path.is_file():
            assert "Podyachev" not in path.read_text(errors="replace"), path


def test_plain_qt_file_dialogs_would_record_the_folder(qtbot, tmp_path, qt_settings_dir):
    """The trap the wrappers avoid: Qt's own dialog writes the folder into QtProject.conf."""
    folder = tmp_path / "Podyachev-family-scans"
    folder.mkdir()
    dialog = QFileDialog(None, "x", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    import shiboken6

    shiboken6.delete(dialog)
    texts = [p.read_text(errors="replace") for p in qt_settings_dir.rglob("*") if p.is_file()]
    assert any("Podyachev" in t for t in texts)


def test_an_exported_packet_is_remembered_for_the_wipe(qtbot, tmp_path):
    window = _unlocked(qtbot)
    window.cases.list.setCurrentRow(0)
    packet = window.cases.packet
    packet.pdf_bytes = b"%PDF-1.4\n%%EOF\n"
    out = tmp_path / "visa-packet.pdf"
    packet.export_to(out)
    assert out.exists() and recent_exports(window.session.vault) == [out]
