"""An unlocked vault as the UI sees it: saving cases, attachments, and locking (signals tell
every view to refresh or to forget what it shows)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
)

from visadesk.case.model import Attachment, Case, utcnow
from visadesk.local.privacy import forget_caches
from visadesk.local.settings import Settings


def close_personal_windows() -> int:
    """Close and delete every visible top-level window except the main window (a scan
    viewer, a dialog left open, a message naming a person); returns how many were closed.
    A caller waiting in ``dialog.exec()`` gets Rejected and may still read the dialog: the
    deletion happens once control is back in the main event loop."""
    app = QApplication.instance()
    closed = 0
    if not isinstance(app, QApplication):
        return 0
    for widget in app.topLevelWidgets():
        if isinstance(widget, QMainWindow) or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()  # ends a dialog's own event loop too (exec)
        widget.close()
        widget.deleteLater()  # a closed dialog still holds its texts until it is deleted
        closed += 1
    return closed


def forget_undo_histories() -> None:
    """Text fields keep what was typed in their undo history (a cleared search box gives the
    name back with Ctrl+Z): drop every history, keeping the current text."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.allWidgets():
        if isinstance(widget, QLineEdit):
            widget.setText(widget.text())  # setText resets the undo history
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            widget.document().clearUndoRedoStacks()


def forget_shown() -> None:
    """Everything a lock must forget outside the vault: windows, caches, histories, pictures."""
    close_personal_windows()
    forget_caches()
    forget_undo_histories()
    QPixmapCache.clear()


class Session(QObject):
    case_saved = Signal(str)
    case_deleted = Signal(str)
    locked = Signal()

    def __init__(self, vault, settings: Settings, *, demo_dir: Path | None = None) -> None:
        super().__init__()
        self.vault = vault
        self.settings = settings
        self.demo_dir = demo_dir  # a throw-away vault's folder, removed on close

    def save_case(self, case: Case) -> Case:
        """Save a case; the sealed bytes of attachments it no longer lists are deleted too
        (a removed person or application takes their scans with them)."""
        case = case.model_copy(update={"updated_at": utcnow()})
        from visadesk.vault.errors import ConflictKept, StaleWrite

        try:  # track=False: this read must not hide another window's save from put_case
            before = {a.id for a in self.vault.get_case(case.id, track=False).attachments}
        except Exception:  # noqa: BLE001 - a new case (or an unreadable old one): nothing to prune
            before = set()
        try:
            self.vault.put_case(case)
        except StaleWrite as exc:  # both versions stay: ours as a new "conflicted copy" case
            copy = self.vault.put_conflicted_copy(exc.mine)
            self.case_saved.emit(copy.id)
            raise ConflictKept(copy.title) from None
        for orphan in before - {a.id for a in case.attachments}:
            self.vault.delete_attachment(orphan)
        self.case_saved.emit(case.id)
        return case

    def duplicate_case(self, case_id: str, title: str) -> Case:
        """A copy of a case with new ids for the case, its people, applications and scans (scans
        copied inside the vault, never through a plaintext file)."""
        from visadesk.case.casefile import duplicate

        original = self.vault.get_case(case_id)
        copy, id_map = duplicate(original, title)
        self.vault.put_case(copy)
        for old_id, new_id in id_map.items():
            with self.vault.open_attachment(old_id) as src:
                self.vault.add_attachment(copy.id, new_id, src)
        self.case_saved.emit(copy.id)
        return copy

    def delete_case(self, case_id: str) -> None:
        self.vault.delete_case(case_id)
        self.case_deleted.emit(case_id)

    def open_attachment(self, attachment: Attachment) -> BinaryIO:
        return self.vault.open_attachment(attachment.id)

    def store_scan(self, case_id: str, attachment_id: str, src_path: Path) -> tuple[str, int, str]:
        """Seal a file's bytes in the vault (safe to call from a worker thread; emits nothing).
        Returns (media type by content, size, sha256). The case is saved by ``attach``."""
        from visadesk.scans.kinds import HashingReader, media_type_of

        media_type = media_type_of(src_path)
        with open(src_path, "rb") as fh:
            reader = HashingReader(fh)
            size = self.vault.add_attachment(case_id, attachment_id, reader)
        return media_type, size, reader.sha256

    def attach(self, case: Case, attachment: Attachment) -> Case:
        """List stored bytes in the case (GUI thread)."""
        return self.save_case(
            case.model_copy(update={"attachments": [*case.attachments, attachment]})
        )

    def add_attachment(self, case: Case, attachment: Attachment, src_path: Path) -> Case:
        media_type, size, sha = self.store_scan(case.id, attachment.id, src_path)
        attachment = attachment.model_copy(
            update={"size": size, "media_type": media_type, "sha256": sha}
        )
        return self.attach(case, attachment)

    def remove_attachment(self, case: Case, attachment_id: str) -> Case:
        self.vault.delete_attachment(attachment_id)
        kept = [a for a in case.attachments if a.id != attachment_id]
        return self.save_case(case.model_copy(update={"attachments": kept}))

    def lock(self) -> None:
        """Drop the keys, tell every view to forget (``locked``), then close every other
        window (scan viewer, dialogs, message boxes) and drop what Qt and the core still
        remember: caches keyed by names, undo histories of text fields, cached pictures."""
        self.vault.lock()
        self.locked.emit()
        forget_shown()

    def close(self) -> None:
        try:
            self.vault.lock()
            self.vault.close()
        finally:
            if self.demo_dir is not None:
                shutil.rmtree(self.demo_dir, ignore_errors=True)
