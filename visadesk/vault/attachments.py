"""Attachment bytes: sealed 1 MiB chunks in the ``chunks`` table, streamed both ways.

Chunk associated data = vault id, "chunk", attachment id, the attachment record's version, then
the chunk index and a final flag (crypto.seal_stream): chunks cannot be reordered, dropped,
appended or mixed with an older copy of the same attachment. Reading decrypts one chunk at a
time, so memory stays flat whatever the file size.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable

from visadesk.vault import crypto
from visadesk.vault.crypto import CryptoError
from visadesk.vault.errors import VaultTampered

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


def stream_ad(vault_id: str, attachment_id: str, version: int) -> bytes:
    return crypto.ad(vault_id, "chunk", attachment_id, version)


class AttachmentReader(io.RawIOBase):
    """A readable, sequential stream over one sealed attachment (a context manager)."""

    def __init__(
        self,
        attachment_id: str,
        key: bytes,
        ad_prefix: bytes,
        n_chunks: int,
        size: int,
        fetch: Callable[[int], bytes | None],
        lock: threading.RLock,
    ) -> None:
        super().__init__()
        self._id = attachment_id
        self._key = key
        self._ad = ad_prefix
        self._n = n_chunks
        self._size = size
        self._fetch = fetch
        self._lock = lock
        self._next = 0
        self._buf = b""
        self._done = False
        self._seen = 0

    def readable(self) -> bool:
        return True

    @property
    def size(self) -> int:
        return self._size

    def _load_next(self) -> None:
        with self._lock:
            blob = self._fetch(self._next)
        if blob is None:
            raise VaultTampered(self._id, f"attachment chunk {self._next} is missing")
        try:
            data, final = crypto.open_chunk(self._key, self._ad, self._next, blob)
        except CryptoError:
            raise VaultTampered(self._id, f"attachment chunk {self._next} failed to open") from None
        self._next += 1
        self._seen += len(data)
        if final != (self._next == self._n) or self._seen > self._size:
            raise VaultTampered(self._id, "attachment chunks do not match its record")
        if final:
            if self._seen != self._size:
                raise VaultTampered(self._id, "attachment is shorter than recorded")
            with self._lock:
                extra = self._fetch(self._next)
            if extra is not None:
                raise VaultTampered(self._id, "attachment has extra chunks after its end")
            self._done = True
        self._buf += data

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        if self.closed:
            raise ValueError("I/O operation on closed attachment")
        while not self._buf and not self._done:
            self._load_next()
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n

    def readall(self) -> bytes:
        parts: list[bytes] = []
        while True:
            while not self._buf and not self._done:
                self._load_next()
            if not self._buf:
                return b"".join(parts)
            parts.append(self._buf)
            self._buf = b""

    def close(self) -> None:
        self._buf = b""
        self._key = b""
        super().close()
