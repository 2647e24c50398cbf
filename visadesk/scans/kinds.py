"""Scans and photos a person adds: what kind of file it is (by its first bytes, not its name),
and a reader that hashes what it streams into the vault (no copy is ever made on disk)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO

from visadesk.errors import VisaDeskError, keyed

ACCEPTED = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


class NotAScan(VisaDeskError):
    """The file is not a PDF, JPEG or PNG (by its content)."""


def sniff(head: bytes) -> str | None:
    """The media type from a file's first bytes: PDF, JPEG or PNG; None for anything else."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    return None


def media_type_of(path: Path) -> str:
    """The media type of a file on disk, or NotAScan with a message naming the file."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise keyed(
            "scan.unreadable", field="file", name=path.name, reason=exc.strerror or exc
        ) from None
    kind = sniff(head)
    if kind is None:
        raise keyed("scan.not_a_scan", cls=NotAScan, field="file", name=path.name)
    return kind


class HashingReader:
    """Wraps a binary stream; ``sha256`` is the hex digest of everything read so far."""

    def __init__(self, src: BinaryIO) -> None:
        self._src = src
        self._hash = hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        data = self._src.read(n)
        self._hash.update(data)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # some readers use readinto
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()
