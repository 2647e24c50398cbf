"""An unlocked vault as the UI sees it: saving cases, attachments, and locking (signals tell
every view to refresh or to forget what it shows)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from visadesk.case.model import Attachment, Case
from visadesk.local.privacy import forget_caches
from visadesk.local.settings import Settings

if TYPE_CHECKING:
    from visadesk.ui.ops import Running


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
        """Save a whole case (validated; the sealed bytes of attachments it no longer lists are
        deleted too). Edits of a case go through :meth:`change` instead."""
        from visadesk import casework
        from visadesk.vault.errors import ConflictKept, StaleWrite

        try:
            saved = casework.save(self.vault, case)
        except StaleWrite as exc:  # both versions stay: ours as a new "conflicted copy" case
            copy = self.vault.put_conflicted_copy(exc.mine)
            self.case_saved.emit(copy.id)
            raise ConflictKept(copy.title) from None
        self.case_saved.emit(saved.id)
        return saved

    def change(
        self,
        parent: QWidget | None,
        case_id: str,
        op: Callable[..., Case],
        *args: Any,
        on_done: Callable[[Case], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Running:
        """Run the case operation ``op(case, *args)`` (visadesk.casework) on the saved case in
        a worker, save it, then tell every view (``case_saved``) and call ``on_done`` with the
        saved case on the GUI thread. A refusal is shown to the user (or given to
        ``on_failure``); nothing is saved then. Returns the running job (to wait for it)."""
        from visadesk import casework
        from visadesk.ui.ops import run_op

        vault = self.vault

        def done(case: Case) -> None:
            self.case_saved.emit(case.id)
            if on_done is not None:
                on_done(case)

        return run_op(
            parent,
            lambda _progress: casework.apply(vault, case_id, op, *args),
            on_success=done,
            on_failure=on_failure,
        )

    def change_now(self, case_id: str, op: Callable[..., Case], *args: Any) -> Case:
        """:meth:`change` on the GUI thread, waiting for the save (the lock and closing the
        window save what is being typed before the keys go)."""
        from visadesk import casework

        saved = casework.apply(self.vault, case_id, op, *args)
        self.case_saved.emit(saved.id)
        return saved

    def duplicate_case(self, case_id: str, title: str) -> Case:
        """A copy of a case with new ids for the case, its people, applications and scans (scans
        copied inside the vault, never through a plaintext file)."""
        from visadesk import casework

        copy = casework.duplicate_case(self.vault, case_id, title)
        self.case_saved.emit(copy.id)
        return copy

    def delete_case(self, case_id: str) -> None:
        from visadesk.casework import drafts

        self.vault.delete_case(case_id)
        drafts.drop_case_drafts(self.vault, case_id)  # unfinished edits go with their case
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
        from visadesk import casework

        return self.save_case(casework.attach_scan(case, attachment))

    def add_attachment(self, case: Case, attachment: Attachment, src_path: Path) -> Case:
        media_type, size, sha = self.store_scan(case.id, attachment.id, src_path)
        data = {**attachment.model_dump(), "size": size, "media_type": media_type, "sha256": sha}
        return self.attach(case, Attachment.model_validate(data))

    def remove_attachment(self, case: Case, attachment_id: str) -> Case:
        from visadesk import casework

        return self.save_case(casework.remove_scan(case, attachment_id))

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
