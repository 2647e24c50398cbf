"""File-menu actions that move whole cases or the whole vault: export a case to an encrypted
bundle (.vdx), import a bundle or a case file (also by dropping it on the window), restore an
automatic backup, and the panic wipe. The core does the work (visadesk.vault.exchange, backups,
wipe); this module asks the questions and runs the slow parts in workers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
)

from visadesk.ui import file_dialogs
from visadesk.ui.errors import show_error
from visadesk.ui.ops import run_op
from visadesk.ui.passphrase_dialogs import BundlePassphraseDialog, WipeDialog, ask_passphrase

translate = QCoreApplication.translate


def add_actions(window, menu) -> None:
    window.export_action = QAction(
        translate("Exchange", "&Export case…"), window, shortcut=QKeySequence("Ctrl+E")
    )
    window.import_action = QAction(
        translate("Exchange", "&Import case…"), window, shortcut=QKeySequence("Ctrl+I")
    )
    window.backups_action = QAction(translate("Exchange", "Restore a &backup…"), window)
    window.wipe_action = QAction(translate("Exchange", "&Wipe everything…"), window)
    for a in (window.export_action, window.import_action):
        menu.addAction(a)
        window.case_actions.append(a)
    menu.addAction(window.backups_action)
    menu.addAction(window.wipe_action)
    menu.addSeparator()
    window.export_action.triggered.connect(lambda: export_case(window))
    window.import_action.triggered.connect(lambda: choose_import(window))
    window.backups_action.triggered.connect(lambda: restore_backup(window))
    window.wipe_action.triggered.connect(lambda: wipe(window))
    window.setAcceptDrops(True)


def _progress(window, title: str) -> QProgressDialog:
    dialog = QProgressDialog(title, "", 0, 0, window)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAccessibleName(title)
    return dialog


# -- export --


def export_case(window, *, passphrase: str | None = None, path: Path | None = None) -> None:
    session = window.session
    case_id = window.cases.current_id()
    if session is None or case_id is None:
        return
    if passphrase is None:
        from visadesk.vault.passphrase import personal_words

        dialog = BundlePassphraseDialog(
            window,
            personal=personal_words(session.vault.get_case(case_id)),
            language=getattr(window.settings, "language", "en"),
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        passphrase = dialog.passphrase()
        dialog.deleteLater()
        if not accepted:
            return
    if path is None:
        name = file_dialogs.get_save_file_name(
            window,
            translate("Exchange", "Export case"),
            str(Path.home() / "case.vdx"),
            translate("Exchange", "VisaDesk case (*.vdx)"),
        )
        if not name:
            return
        path = Path(name if name.endswith(".vdx") else name + ".vdx")
    progress = _progress(window, translate("Exchange", "Encrypting the case…"))
    kdf = window.kdf  # tests use fast parameters; None means the defaults

    def work(report):
        from visadesk.vault.exchange import export_case as export

        return export(
            session.vault,
            case_id,
            path,
            passphrase,
            kdf=kdf,
            progress=lambda done, total: report(done, total, ""),
        )

    def done(result) -> None:
        from visadesk.vault.exports import remember_export

        progress.close()
        if session.vault.is_unlocked:  # the wipe dialog offers to delete it too
            remember_export(session.vault, result.path)
        window.statusBar().showMessage(
            translate("Exchange", "Case exported to {path}").format(path=str(result.path)), 10_000
        )

    def failed(exc) -> None:
        progress.close()
        show_error(window, exc)

    run_op(window, work, on_success=done, on_failure=failed, on_progress=_bar(progress))


def _bar(dialog: QProgressDialog):
    def update(done: int, total: int, _label: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    return update


# -- import --


def choose_import(window) -> None:
    name = file_dialogs.get_open_file_name(
        window,
        translate("Exchange", "Import case"),
        str(Path.home()),
        translate("Exchange", "VisaDesk case (*.vdx *.json)"),
    )
    if name:
        import_file(window, Path(name))


def import_file(
    window,
    path: Path,
    *,
    passphrase: str | None = None,
    on_conflict: str | None = None,
    prompt: str | None = None,
) -> None:
    """Import a .vdx bundle (verified completely before anything is written) or a case file.
    ``prompt``: what the passphrase question says (default: "Passphrase of <name>:")."""
    from visadesk.vault.exchange import is_bundle

    session = window.session
    if session is None:
        window.statusBar().showMessage(
            translate("Exchange", "Unlock your vault first, then import."), 10_000
        )
        return
    if not is_bundle(path):
        _import_json(window, path, on_conflict)
        return
    if passphrase is None:
        passphrase = ask_passphrase(
            window,
            translate("Exchange", "Import case"),
            prompt or translate("Exchange", "Passphrase of {name}:").format(name=path.name),
        )
        if passphrase is None:
            return
    progress = _progress(window, translate("Exchange", "Checking the file…"))
    cache: dict = {}

    def inspect(report):
        from visadesk.vault.exchange import inspect_bundle

        return inspect_bundle(
            path,
            passphrase,
            session.vault,
            key_cache=cache,
            progress=lambda d, t: report(d, t, ""),
        )

    def inspected(preview) -> None:
        progress.close()
        choice = on_conflict or _ask(window, preview)
        if choice == "cancel":
            window.statusBar().showMessage(translate("Exchange", "Nothing was imported."), 10_000)
            return
        _run_import(window, path, passphrase, choice, cache)

    def failed(exc) -> None:
        progress.close()
        show_error(window, exc)

    run_op(window, inspect, on_success=inspected, on_failure=failed, on_progress=_bar(progress))


def _ask(window, preview) -> str:
    people = ", ".join(preview.people) or "—"
    details = (
        translate("Exchange", "“{title}”: {people}.").format(title=preview.title, people=people)
        + " "
        + translate("Exchange", "%n scan(s).", "", len(preview.attachments))
    )
    box = QMessageBox(window)
    box.setWindowTitle(translate("Exchange", "Import case"))
    if preview.exists_in_vault:
        box.setText(translate("Exchange", "This case is already in your vault.") + "\n" + details)
        keep = box.addButton(translate("Exchange", "&Keep both"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(
            translate("Exchange", "&Replace mine"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        return {keep: "keep_both", replace: "replace"}.get(box.clickedButton(), "cancel")
    box.setText(translate("Exchange", "Import this case?") + "\n" + details)
    ok = box.addButton(translate("Exchange", "&Import"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(ok)
    box.exec()
    return "keep_both" if box.clickedButton() is ok else "cancel"


def _run_import(window, path: Path, passphrase: str, choice: str, cache: dict) -> None:
    session = window.session
    progress = _progress(window, translate("Exchange", "Importing the case…"))

    def work(report):
        from visadesk.vault.exchange import import_bundle

        return import_bundle(
            session.vault,
            path,
            passphrase,
            choice,
            lambda d, t: report(d, t, ""),
            key_cache=cache,
        )

    def done(result) -> None:
        progress.close()
        session.case_saved.emit(result.case_id)
        window.cases.select(result.case_id)
        window.statusBar().showMessage(translate("Exchange", "Case imported."), 10_000)

    def failed(exc) -> None:
        progress.close()
        show_error(window, exc)

    run_op(window, work, on_success=done, on_failure=failed, on_progress=_bar(progress))


def _import_json(window, path: Path, on_conflict: str | None) -> None:
    from visadesk.case.casefile import duplicate, load_case

    session = window.session
    try:
        case = load_case(path)
        exists = any(row.id == case.id for row in session.vault.list_cases())
        if exists:
            from visadesk.vault.exchange import BundlePreview

            preview = BundlePreview(
                case.id, case.display_title(), tuple(p.display_name() for p in case.applicants),
                (), "", "", True,
            )  # fmt: skip
            choice = on_conflict or _ask(window, preview)
            if choice == "cancel":
                return
            if choice == "keep_both":
                case, _ids = duplicate(case)
        case = case.model_copy(update={"attachments": [a for a in case.attachments if not a.path]})
        saved = session.save_case(case)
    except Exception as exc:  # noqa: BLE001 - a readable message naming the problem
        show_error(window, exc)
        return
    window.cases.select(saved.id)
    window.statusBar().showMessage(translate("Exchange", "Case imported."), 10_000)


def accepts_drop(paths: list[Path]) -> bool:
    return bool(paths) and all(p.suffix.lower() in (".vdx", ".json") for p in paths)


# -- a file handed over by the system (double-click, `visadesk family.vdx`, macOS) --


def unreadable(path: Path) -> str | None:
    """Why ``path`` cannot be offered for import (translated), or None when it can."""
    if not path.is_file():
        return translate(
            "Exchange",
            "VisaDesk was asked to open {path}, but there is no such file. It may have been "
            "moved, renamed or deleted; open it again from where it is now.",
        ).format(path=str(path))
    if path.suffix.lower() not in (".vdx", ".json"):
        return translate(
            "Exchange",
            "VisaDesk opens case files (.vdx, .json) only; {name} is not one. Nothing was "
            "imported.",
        ).format(name=path.name)
    try:
        with open(path, "rb") as fh:
            fh.read(1)
    except OSError:
        return translate(
            "Exchange",
            "VisaDesk cannot read {path}. Check that the file is complete (not still being "
            "downloaded or copied) and that your account may open it. Nothing was imported.",
        ).format(path=str(path))
    return None


def offer_file(window, path: Path) -> None:
    """Offer to import a file the system handed over. Never before the vault is unlocked: the
    file waits (the unlock screen says so) and is offered right after unlocking."""
    path = Path(path)
    problem = unreadable(path)
    if problem is not None:
        _tell(window, problem)
        return
    if window.session is None:
        if path not in window.pending_files:
            window.pending_files.append(path)
        text = translate("Exchange", "Unlock your vault to import {name}.").format(name=path.name)
        window.statusBar().showMessage(text)
        window.vault_screen.message.setText(text)  # beside the passphrase, where one looks
        return
    import_file(
        window,
        path,
        prompt=translate(
            "Exchange",
            "You opened {name}. To import it into your vault, type the passphrase it was "
            "exported with (not your vault passphrase), or Cancel:",
        ).format(name=path.name),
    )


def offer_pending(window) -> None:
    """Right after unlocking: offer the files that arrived while the vault was locked."""
    files, window.pending_files = list(window.pending_files), []
    for path in files:
        if window.session is None:  # locked again meanwhile: keep the rest for next time
            window.pending_files.append(path)
            continue
        offer_file(window, path)


def _tell(window, text: str) -> None:
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Exchange", "Import case"))
    box.setText(text)
    box.setAccessibleName(translate("Exchange", "Message"))
    box.open()


# -- backups --


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
