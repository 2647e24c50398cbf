"""The sealed records of an unlocked vault: each record's associated data, opening one record
checked against the manifest, and the write transaction that rewrites the touched manifest
buckets and its root, so that every save is one transaction.

:class:`SealedRecords` holds the connection, the keys and the loaded state (never None while
unlocked); :class:`visadesk.vault.records.Unlocked` adds what the records mean (cases,
settings, attachments).
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from visadesk.vault import crypto, db
from visadesk.vault import header as hdr
from visadesk.vault.attachments import AttachmentReader
from visadesk.vault.crypto import CryptoError
from visadesk.vault.errors import (
    IntegrityUnresolved,
    RecordProblem,
    VaultError,
    VaultLocked,
    VaultTampered,
    vault_error,
)
from visadesk.vault.loader import Loaded, load_all, verify_bodies
from visadesk.vault.manifest import BUCKET_KIND, ROOT_ID, ROOT_KIND, Manifest

log = logging.getLogger("visadesk.vault")

CASE = "case"
SUMMARY = "case-summary"
ATTACHMENT = "attachment"
SETTINGS = "settings"
SETTINGS_ID = "settings"


@functools.lru_cache(maxsize=64)
def _ad_head(vault_id: str, kind: str) -> bytes:
    return crypto.ad(vault_id, kind)


_INT_LEN = (8).to_bytes(4, "big")
_FORMAT_TAIL = _INT_LEN + hdr.FORMAT.to_bytes(8, "big", signed=True)


def record_ad(vault_id: str, kind: str, rid: str, version: int) -> bytes:
    """``crypto.ad(vault_id, kind, rid, version, FORMAT)``, built from a cached head: unlock
    computes 20,000 of these for a 10,000-case vault."""
    r = rid.encode("utf-8")
    return b"".join(
        (_ad_head(vault_id, kind), len(r).to_bytes(4, "big"), r, _INT_LEN,
         version.to_bytes(8, "big", signed=True), _FORMAT_TAIL)
    )  # fmt: skip


class SealedRecords:
    """An unlocked vault's connection, keys and loaded state; reads and writes sealed records."""

    def __init__(
        self,
        vault_id: str,
        conn: sqlite3.Connection,
        data_key: bytes,
        lock: threading.RLock,
    ) -> None:
        self.vault_id = vault_id
        self.conn = conn
        self.data_key = data_key
        self.rkey = crypto.subkey(data_key, "visadesk records")
        self.lock = lock
        self.readers: weakref.WeakSet[AttachmentReader] = weakref.WeakSet()
        self.versions: dict[str, int] = {}  # case id -> version this Vault last read or wrote
        self.closed = False
        self._changed: set[str] = set()
        self.state = Loaded(manifest=Manifest(), index=_empty_index())

    def load(self) -> None:
        with db.sqlite_errors():
            self.state = load_all(self.conn, self.rkey, self.vault_id, record_ad)

    def verify(self) -> list[RecordProblem]:
        """Authenticate the case bodies unlocking left for later (loader.verify_bodies);
        returns the problems it found (usually none)."""
        state = self.sync()
        if not state.pending:
            return []
        with db.sqlite_errors():
            return verify_bodies(self.conn, self.rkey, self.vault_id, record_ad, state)

    @property
    def verified(self) -> bool:
        return not self.state.pending

    def problems(self) -> list[RecordProblem]:
        """Every problem, the case bodies verified first."""
        self.verify()
        return list(self.state.problems)

    def close(self) -> None:
        for reader in list(self.readers):
            reader.close()
        self.state.index.clear()
        self.versions.clear()
        self.rkey = self.data_key = b""
        self.closed = True
        self.conn.close()

    # --- reading ----------------------------------------------------------------------------

    def sync(self) -> Loaded:
        """The loaded state, reloaded first if another process saved since we last looked."""
        if self.closed:
            raise VaultLocked()
        with db.sqlite_errors():
            row = self.conn.execute(
                "SELECT version FROM records WHERE kind = ? AND id = ?", (ROOT_KIND, ROOT_ID)
            ).fetchone()
        if (row[0] if row else None) != self.state.manifest.root_version:
            self.load()
        return self.state

    def open_record(self, kind: str, rid: str) -> tuple[int, bytes]:
        """(version, plaintext) of a record, verified against the manifest. KeyError if absent."""
        state = self.sync()
        problem = state.damaged.get((kind, rid))
        if problem is not None:
            raise VaultTampered(rid, problem)
        with db.sqlite_errors():
            row = self.conn.execute(
                "SELECT version, body FROM records WHERE kind = ? AND id = ?", (kind, rid)
            ).fetchone()
        if row is None:
            if kind == SETTINGS:
                raise KeyError(rid)
            raise vault_error("vault.no_record", kind=kind, record=rid)
        version, body = row
        if state.manifest.expected(kind, rid) != version:
            raise VaultTampered(rid, "not the version the vault last saved")
        try:
            plain = crypto.open_sealed(
                self.rkey, body, record_ad(self.vault_id, kind, rid, version)
            )
        except CryptoError:
            if kind == CASE:  # found before verify_bodies got to it: reported like its finds
                state.damaged[(kind, rid)] = "failed authentication (damaged or modified)"
                state.pending.pop(rid, None)
                state.index.remove(rid)
            raise VaultTampered(rid, "failed authentication") from None
        if kind == CASE:
            state.pending.pop(rid, None)
        return version, plain

    # --- transactions and the manifest ---------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; the touched buckets and the root are rewritten at its end.
        Refused while the manifest itself is in doubt: rewriting it would launder a problem."""
        with self.lock:
            if self.closed:
                raise VaultLocked()
            try:
                with db.write_txn(self.conn) as conn:
                    self.sync()  # under the write lock: our manifest is the latest one
                    if self.state.needs_decision:
                        raise IntegrityUnresolved()
                    self._changed = set()
                    yield conn
                    for bucket in sorted(self._changed):
                        self.write_bucket(conn, bucket)
                    self.write_root(conn)
            except BaseException:
                # rolled back: our in-memory manifest may be ahead of the file; reload it
                self._reload_quietly()
                raise

    def _reload_quietly(self) -> None:
        if self.closed:
            return
        try:
            self.load()
        except VaultError:
            log.warning("vault state could not be reloaded after a failed save")

    def _next_version(self, conn: sqlite3.Connection, kind: str, rid: str) -> int:
        row = conn.execute(
            "SELECT version FROM records WHERE kind = ? AND id = ?", (kind, rid)
        ).fetchone()
        expected = self.state.manifest.expected(kind, rid) or 0
        return max(row[0] if row else 0, expected) + 1

    def _put(
        self, conn: sqlite3.Connection, kind: str, rid: str, body: bytes, *,
        summary: bytes | None = None, owner: str | None = None, version: int | None = None,
    ) -> int:  # fmt: skip
        version = version or self._next_version(conn, kind, rid)
        sealed = crypto.seal(self.rkey, body, record_ad(self.vault_id, kind, rid, version))
        sealed_summary = None
        if summary is not None:
            sealed_summary = crypto.seal(
                self.rkey, summary, record_ad(self.vault_id, SUMMARY, rid, version)
            )
        conn.execute(
            "INSERT OR REPLACE INTO records (kind, id, version, owner, body, summary) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (kind, rid, version, owner, sealed, sealed_summary),
        )
        self._changed.add(self.state.manifest.set(kind, rid, version))
        return version

    def _delete(self, conn: sqlite3.Connection, kind: str, rid: str) -> None:
        conn.execute("DELETE FROM records WHERE kind = ? AND id = ?", (kind, rid))
        if kind == ATTACHMENT:
            conn.execute("DELETE FROM chunks WHERE attachment = ?", (rid,))
        self._changed.add(self.state.manifest.set(kind, rid, None))

    def write_bucket(self, conn: sqlite3.Connection, bucket: str) -> None:
        m = self.state.manifest
        version = m.bucket_versions.get(bucket, 0) + 1
        sealed = crypto.seal(
            self.rkey, m.bucket_plaintext(bucket),
            record_ad(self.vault_id, BUCKET_KIND, bucket, version),
        )  # fmt: skip
        conn.execute(
            "INSERT OR REPLACE INTO records (kind, id, version, owner, body, summary) "
            "VALUES (?, ?, ?, NULL, ?, NULL)",
            (BUCKET_KIND, bucket, version, sealed),
        )
        m.bucket_versions[bucket] = version

    def write_root(self, conn: sqlite3.Connection) -> None:
        m = self.state.manifest
        version = m.root_version + 1
        sealed = crypto.seal(
            self.rkey, m.root_plaintext(), record_ad(self.vault_id, ROOT_KIND, ROOT_ID, version)
        )
        conn.execute(
            "INSERT OR REPLACE INTO records (kind, id, version, owner, body, summary) "
            "VALUES (?, ?, ?, NULL, ?, NULL)",
            (ROOT_KIND, ROOT_ID, version, sealed),
        )
        m.root_version = version
        m.root_ok = True


def _empty_index() -> Any:
    from visadesk.vault.index import SearchIndex

    return SearchIndex()
