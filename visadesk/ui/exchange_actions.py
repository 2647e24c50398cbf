"""File-menu actions that move whole cases: export a case to an encrypted bundle (.vdx), import
a bundle or a case file (also by dropping it on the window or opening it from the system). The
core does the work (visadesk.vault.exchange); this module asks the questions and runs the slow
parts in workers. Backups and the panic wipe are in :mod:`visadesk.ui.vault_actions`; the File
menu gets all of them from :func:`add_actions`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QProgressDialog,
)

from visadesk.ui import file_dialogs
from visadesk.ui.errors import show_error
from visadesk.ui.ops import run_op
from visadesk.ui.passphrase_dialogs import BundlePassphraseDialog, ask_passphrase
from visadesk.ui.vault_actions import restore_backup, wipe

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
