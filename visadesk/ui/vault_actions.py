"""File-menu actions on the whole vault: restore an automatic backup (the list of backups, each
with its time, reason and number of cases) and the panic wipe. The core does the work
(visadesk.vault.backups, wipe); this module asks the questions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from visadesk.ui.errors import show_error
from visadesk.ui.passphrase_dialogs import WipeDialog

translate = QCoreApplication.translate


class BackupsDialog(QDialog):
    """The backups of this vault, newest first and preselected, each with its time, why it was
    made and how many cases it holds."""

    def __init__(self, backups: list[Path], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Exchange", "Restore a backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "Exchange",
                "VisaDesk keeps an encrypted copy of your vault each day. Restoring one replaces "
                "the vault with that copy; the current vault is kept as a backup first, so a "
                "restore can itself be undone. The copy opens with the passphrase it had then.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Exchange", "Backups"))
        for path in newest_first(backups):
            item = QListWidgetItem(backup_label(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)  # the newest
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore = buttons.addButton(
            translate("Exchange", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def newest_first(backups: list[Path]) -> list[Path]:
    return sorted(backups, key=lambda p: (_modified(p), p.name), reverse=True)


def reason_labels() -> dict[str, str]:
    return {
        "daily": translate("Exchange", "daily copy"),
        "before-restore": translate("Exchange", "made before a restore"),
        "passphrase-changed": translate("Exchange", "after a passphrase change"),
        "before-format": translate("Exchange", "before a format upgrade"),
    }


def cases_in(path: Path) -> int | None:
    """How many cases a vault file holds (record kinds are stored in clear: no key needed);
    None when the file cannot be read."""
    import sqlite3

    from visadesk.vault import db

    try:
        conn = db.connect_ro(path)
        try:
            row = conn.execute("SELECT COUNT(*) FROM records WHERE kind = 'case'").fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return None
    return int(row[0]) if row else None


def backup_label(path: Path) -> str:
    """'03.12.2026 14:25 · daily copy · cases: 2'."""
    from datetime import datetime

    from visadesk.vault.backups import _NAME, kind_of

    match = _NAME.match(path.name)
    reason = match.group(3) if match else ""
    when = datetime.fromtimestamp(_modified(path)).strftime("%d.%m.%Y %H:%M")
    why = reason_labels().get(kind_of(reason), reason)
    count = cases_in(path)
    cases = (
        translate("Exchange", "cases: {count}").format(count=count)
        if count is not None
        else translate("Exchange", "cannot be read")
    )
    return f"{when} · {why} · {cases}"


def confirm_restore(window, path: Path, now: int | None) -> bool:
    """'33 cases now → 2 in this backup': the user sees what the restore replaces."""
    then = cases_in(path)
    unknown = "?"
    text = translate("Exchange", "{now} cases now → {then} in this backup.").format(
        now=unknown if now is None else now, then=unknown if then is None else then
    )
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Exchange", "Restore a backup"))
    box.setText(text)
    box.setInformativeText(
        backup_label(path)
        + "\n\n"
        + translate(
            "Exchange",
            "The vault as it is now is kept as a backup first, so you can go back to it.",
        )
    )
    ok = box.addButton(translate("Exchange", "&Restore"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def restore_backup(window, *, choose=None, confirm=None) -> None:
    """``choose(paths)`` and ``confirm(path, cases_now)`` stand in for the dialogs in tests."""
    from visadesk.vault import backups

    vault = window.session.vault if window.session else window.vault_screen.vault
    if vault is None:
        window.statusBar().showMessage(
            translate("Exchange", "There is no vault on this computer."), 10_000
        )
        return
    found = backups.list_backups(vault.vault_id)
    if choose is None:
        dialog = BackupsDialog(found, window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen()
        dialog.deleteLater()
        if not accepted:
            return
    else:
        chosen = choose(found)
    if chosen is None:
        return
    now = len(window.session.vault.list_cases()) if window.session else cases_in(vault.path)
    confirm = confirm or (lambda path, count: confirm_restore(window, path, count))
    if not confirm(chosen, now):
        return
    if window.session is not None:
        window.lock()
    window.vault_screen.vault.close()
    try:
        backups.restore_backup(chosen)
    except Exception as exc:  # noqa: BLE001
        show_error(window, exc)
    window.vault_screen.vault = None
    window._build()
    window.statusBar().showMessage(
        translate("Exchange", "Backup restored. Unlock it with the passphrase it had then."), 15_000
    )


# -- panic wipe --


def wipe(window, *, confirmed: bool = False, delete_exports: list[Path] | None = None) -> None:
    """Destroy the keys first, then every file: afterwards nothing here can be decrypted.
    ``delete_exports``: exported files to delete too (the dialog's ticked ones)."""
    from PySide6.QtCore import QSettings

    from visadesk.ui.file_dialogs import forget_history
    from visadesk.vault.exports import existing_exports
    from visadesk.vault.wipe import wipe as wipe_all

    if not confirmed:
        found = existing_exports(window.session.vault) if window.session is not None else []
        dialog = WipeDialog(found, window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        delete_exports = dialog.chosen_exports()
        dialog.deleteLater()
        if not accepted:
            return
    demo = window.session is not None and window.session.demo_dir is not None
    if window.session is not None:
        window.cases.clear()
        window.session.close()
        window.session = None
    if window.vault_screen.vault is not None and not demo:
        window.vault_screen.vault.close()
    try:
        forget_history()
        # the QtProject.conf Qt itself uses (QSettings' path, not a guess at ~/.config)
        qt_conf = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
        report = wipe_all(exported=delete_exports or [], qt_config=qt_conf)
    except Exception as exc:  # noqa: BLE001
        show_error(window, exc)
        report = None
    window.vault_screen.vault = None
    window._build()
    if report is not None and not report.ok:
        window.statusBar().showMessage(
            translate("Exchange", "Wiped, but {count} file(s) could not be removed.").format(
                count=len(report.failed)
            ),
            15_000,
        )
        return
    window.statusBar().showMessage(translate("Exchange", "Everything was wiped."), 15_000)
