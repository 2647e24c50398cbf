"""An unlocked vault as the UI sees it: saving cases, attachments, and locking (signals tell
every view to refresh or to forget what it shows)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QObject, Signal

from visadesk.model import Attachment, Case, utcnow
from visadesk.settings import Settings


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
        case = case.model_copy(update={"updated_at": utcnow()})
        self.vault.put_case(case)
        self.case_saved.emit(case.id)
        return case

    def delete_case(self, case_id: str) -> None:
        self.vault.delete_case(case_id)
        self.case_deleted.emit(case_id)

    def open_attachment(self, attachment: Attachment) -> BinaryIO:
        return self.vault.open_attachment(attachment.id)

    def add_attachment(self, case: Case, attachment: Attachment, src_path: Path) -> Case:
        with open(src_path, "rb") as fh:
            size = self.vault.add_attachment(case.id, attachment.id, fh)
        attachment = attachment.model_copy(update={"size": size})
        return self.save_case(
            case.model_copy(update={"attachments": [*case.attachments, attachment]})
        )

    def remove_attachment(self, case: Case, attachment_id: str) -> Case:
        self.vault.delete_attachment(attachment_id)
        kept = [a for a in case.attachments if a.id != attachment_id]
        return self.save_case(case.model_copy(update={"attachments": kept}))

    def lock(self) -> None:
        self.vault.lock()
        self.locked.emit()

    def close(self) -> None:
        try:
            self.vault.lock()
            self.vault.close()
        finally:
            if self.demo_dir is not None:
                shutil.rmtree(self.demo_dir, ignore_errors=True)
