"""Reading and writing sealed records of an unlocked vault: cases, settings, attachments, and
the manifest bookkeeping that makes every save one transaction (the Vault's second half)."""

from __future__ import annotations

import functools
import io
import json
import logging
import re
import sqlite3
import threading
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from visadesk.vault import crypto, db
from visadesk.vault import header as hdr
from visadesk.vault.attachments import MAX_ATTACHMENT_BYTES, AttachmentReader, stream_ad
from visadesk.vault.crypto import CryptoError
from visadesk.vault.errors import RecordProblem, VaultError, VaultLocked, VaultTampered
from visadesk.vault.index import CaseSummary, decode_summary, encode_summary, summary_of
from visadesk.vault.loader import Loaded, load_all
from visadesk.vault.manifest import BUCKET_KIND, ROOT_ID, ROOT_KIND

if TYPE_CHECKING:
    from visadesk.case.model import Case

log = logging.getLogger("visadesk.vault")

CASE = "case"
SUMMARY = "case-summary"
ATTACHMENT = "attachment"
SETTINGS = "settings"
SETTINGS_ID = "settings"
_OPAQUE_ID = re.compile(r"^[0-9a-f]{8,64}$")


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


class Records:
    """Record operations; :class:`visadesk.vault.store.Vault` adds the life cycle and keys."""

    path: Path
    vault_id: str
    _lock: threading.RLock
    _conn: sqlite3.Connection | None
    _rkey: bytes | None
    _state: Loaded | None
    _readers: weakref.WeakSet[AttachmentReader]
    _changed: set[str]

    @property
    def is_unlocked(self) -> bool:
        return self._rkey is not None

    # --- reading ----------------------------------------------------------------------------

    @property
    def problems(self) -> list[RecordProblem]:
        state = self._state
        return list(state.problems) if state is not None else []

    def list_cases(self) -> list[CaseSummary]:
        return self._sync().index.summaries()

    def search(self, query: str, limit: int = 200) -> list[CaseSummary]:
        return self._sync().index.search(query, limit)

    def get_case(self, case_id: str) -> Case:
        from pydantic import ValidationError

        from visadesk.case.model import Case

        data = self._open_record(CASE, case_id)
        try:
            return Case.model_validate_json(data)
        except ValidationError as exc:
            raise VaultError(
                f"case {case_id} was saved in a form this VisaDesk cannot read "
                f"({exc.error_count()} problem(s))"
            ) from None

    def get_settings(self) -> dict:
        try:
            data = self._open_record(SETTINGS, SETTINGS_ID)
        except KeyError:
            return {}
        value = json.loads(data)
        return value if isinstance(value, dict) else {}

    def _open_record(self, kind: str, rid: str) -> bytes:
        """Plaintext of a record, verified against the manifest. KeyError if absent."""
        with self._lock:
            state = self._sync()
            problem = state.damaged.get((kind, rid))
            if problem is not None:
                raise VaultTampered(rid, problem)
            assert self._conn is not None and self._rkey is not None
            with db.sqlite_errors():
                row = self._conn.execute(
                    "SELECT version, body FROM records WHERE kind = ? AND id = ?", (kind, rid)
                ).fetchone()
            if row is None:
                if kind == SETTINGS:
                    raise KeyError(rid)
                raise VaultError(f"there is no {kind} {rid} in this vault")
            version, body = row
            expected = state.manifest.expected(kind, rid)
            if not state.manifest.unverified_for(kind, rid) and expected != version:
                raise VaultTampered(rid, "not the version the vault last saved")
            try:
                return crypto.open_sealed(
                    self._rkey, body, record_ad(self.vault_id, kind, rid, version)
                )
            except CryptoError:
                raise VaultTampered(rid, "failed authentication") from None

    def open_attachment(self, attachment_id: str) -> BinaryIO:
        """A readable stream of the attachment's bytes, decrypted chunk by chunk."""
        with self._lock:
            state = self._sync()
            problem = state.damaged.get((ATTACHMENT, attachment_id))
            if problem is not None:
                raise VaultTampered(attachment_id, problem)
            meta = state.attachments.get(attachment_id)
            if meta is None:
                raise VaultError(f"there is no attachment {attachment_id} in this vault")
            assert self._rkey is not None
            conn = self._conn

            def fetch(idx: int) -> bytes | None:
                if conn is None or self._conn is not conn:
                    raise VaultLocked()
                with db.sqlite_errors():
                    r = conn.execute(
                        "SELECT data FROM chunks WHERE attachment = ? AND idx = ?",
                        (attachment_id, idx),
                    ).fetchone()
                return None if r is None else r[0]

            reader = AttachmentReader(
                attachment_id,
                self._rkey,
                stream_ad(self.vault_id, attachment_id, meta["version"]),
                meta["chunks"],
                meta["size"],
                fetch,
                self._lock,
            )
            self._readers.add(reader)
            return io.BufferedReader(reader, buffer_size=crypto.CHUNK_BYTES)

    # --- writing ------------------------------------------------------------------------

    def put_case(self, case: Case) -> None:
        """Save a case (one transaction). Its id decides which record it replaces."""
        summary = encode_summary(summary_of(case))
        body = case.model_dump_json().encode("utf-8")
        with self._write() as conn:
            self._put(conn, CASE, case.id, body, summary=summary)
            state = self._state
            assert state is not None
        state.index.put(*decode_summary(case.id, summary))
        state.forget_problem(CASE, case.id)

    def put_cases(self, cases: Iterable[Case]) -> int:
        """Save many cases in ONE transaction (an import): all or none. Returns the count."""
        prepared = [
            (c.id, c.model_dump_json().encode("utf-8"), encode_summary(summary_of(c)))
            for c in cases
        ]
        with self._write() as conn:
            for cid, body, summary in prepared:
                self._put(conn, CASE, cid, body, summary=summary)
            state = self._state
            assert state is not None
        for cid, _body, summary in prepared:
            state.index.put(*decode_summary(cid, summary))
            state.forget_problem(CASE, cid)
        return len(prepared)

    def delete_case(self, case_id: str) -> None:
        """Remove a case and every attachment that belongs to it."""
        with self._write() as conn:
            state = self._state
            assert state is not None
            exists = conn.execute(
                "SELECT 1 FROM records WHERE kind = ? AND id = ?", (CASE, case_id)
            ).fetchone()
            if exists is None and state.manifest.expected(CASE, case_id) is None:
                raise VaultError(f"there is no case {case_id} in this vault")
            owned = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM records WHERE kind = ? AND owner = ?", (ATTACHMENT, case_id)
                )
            ]
            for att in owned:
                self._delete(conn, ATTACHMENT, att)
            self._delete(conn, CASE, case_id)
        state.index.remove(case_id)
        state.forget_problem(CASE, case_id)
        for att in owned:
            state.attachments.pop(att, None)
            state.forget_problem(ATTACHMENT, att)

    def put_settings(self, settings: dict) -> None:
        body = json.dumps(settings, ensure_ascii=False, sort_keys=True).encode("utf-8")
        with self._write() as conn:
            self._put(conn, SETTINGS, SETTINGS_ID, body)
        assert self._state is not None
        self._state.forget_problem(SETTINGS, SETTINGS_ID)

    def add_attachment(self, case_id: str, attachment_id: str, src: BinaryIO) -> int:
        """Seal ``src`` chunk by chunk under ``attachment_id`` (replacing an older copy);
        returns the number of bytes. Memory stays at about two chunks."""
        if not _OPAQUE_ID.match(attachment_id):
            raise VaultError("an attachment id must be 8–64 lowercase hex digits", field="id")
        with self._write() as conn:
            if (
                conn.execute(
                    "SELECT 1 FROM records WHERE kind = ? AND id = ?", (CASE, case_id)
                ).fetchone()
                is None
            ):
                raise VaultError(f"there is no case {case_id} in this vault")
            meta, version = self._seal_attachment(conn, case_id, attachment_id, src, "the file")
        assert self._state is not None
        self._state.attachments[attachment_id] = {**meta, "version": version}
        self._state.forget_problem(ATTACHMENT, attachment_id)
        return meta["size"]

    def _seal_attachment(
        self, conn: sqlite3.Connection, case_id: str, attachment_id: str, src: BinaryIO, what: str
    ) -> tuple[dict, int]:
        """Inside an open write: seal ``src`` chunk by chunk as a new version of the attachment
        (older chunks dropped) and write its sealed metadata row. Returns (metadata, version)."""
        assert self._rkey is not None
        version = self._next_version(conn, ATTACHMENT, attachment_id)
        conn.execute("DELETE FROM chunks WHERE attachment = ?", (attachment_id,))
        size = chunks = 0
        sad = stream_ad(self.vault_id, attachment_id, version)
        for idx, blob, n in crypto.seal_stream(self._rkey, sad, src):
            size += n
            chunks = idx + 1
            if size > MAX_ATTACHMENT_BYTES:
                raise VaultError(
                    f"{what} is larger than {MAX_ATTACHMENT_BYTES // 2**20} MiB", field="file"
                )
            conn.execute(
                "INSERT INTO chunks (attachment, idx, data) VALUES (?, ?, ?)",
                (attachment_id, idx, blob),
            )
        meta = {"case_id": case_id, "size": size, "chunks": chunks}
        self._put(
            conn, ATTACHMENT, attachment_id, json.dumps(meta).encode(), owner=case_id,
            version=version,
        )  # fmt: skip
        return meta, version

    def delete_attachment(self, attachment_id: str) -> None:
        with self._write() as conn:
            self._delete(conn, ATTACHMENT, attachment_id)
        assert self._state is not None
        self._state.attachments.pop(attachment_id, None)
        self._state.forget_problem(ATTACHMENT, attachment_id)

    # --- internals -------------------------------------------------------------------------

    def _require(self) -> None:
        if not self.is_unlocked:
            raise VaultLocked()

    def _sync(self) -> Loaded:
        """The loaded state, reloaded first if another process saved since we last looked."""
        with self._lock:
            self._require()
            assert self._conn is not None and self._state is not None
            with db.sqlite_errors():
                row = self._conn.execute(
                    "SELECT version FROM records WHERE kind = ? AND id = ?", (ROOT_KIND, ROOT_ID)
                ).fetchone()
            if (row[0] if row else None) != self._state.manifest.root_version:
                self._reload()
            return self._state

    def _reload(self) -> None:
        assert self._conn is not None and self._rkey is not None
        with db.sqlite_errors():
            self._state = load_all(self._conn, self._rkey, self.vault_id, record_ad)

    class _WriteCtx:
        def __init__(self, vault: Records) -> None:
            self.vault = vault
            self.txn: Any = None

        def __enter__(self) -> sqlite3.Connection:
            v = self.vault
            v._lock.acquire()
            try:
                v._require()
                assert v._conn is not None
                self.txn = db.write_txn(v._conn)
                conn = self.txn.__enter__()
                v._sync()  # under the write lock: our manifest is the latest one
                self.changed: set[str] = set()
                v._changed = self.changed
                return conn
            except BaseException:
                v._lock.release()
                raise

        def __exit__(self, et: Any, ev: Any, tb: Any) -> bool:
            v = self.vault
            try:
                if et is None:
                    assert v._conn is not None
                    for bucket in sorted(self.changed):
                        v._write_bucket(v._conn, bucket)
                    v._write_root(v._conn)
                    self.txn.__exit__(None, None, None)
                else:
                    self.txn.__exit__(et, ev, tb)
            except BaseException:
                # the transaction rolled back: our in-memory manifest is ahead; reload it
                if v._conn is not None and et is None:
                    v._reload_quietly()
                raise
            finally:
                v._lock.release()
            if et is not None and v._conn is not None:
                v._reload_quietly()
            return False

    def _write(self) -> Records._WriteCtx:
        return Records._WriteCtx(self)

    def _reload_quietly(self) -> None:
        try:
            self._reload()
        except VaultError:
            log.warning("vault state could not be reloaded after a failed save")

    def _next_version(self, conn: sqlite3.Connection, kind: str, rid: str) -> int:
        row = conn.execute(
            "SELECT version FROM records WHERE kind = ? AND id = ?", (kind, rid)
        ).fetchone()
        assert self._state is not None
        expected = self._state.manifest.expected(kind, rid) or 0
        return max(row[0] if row else 0, expected) + 1

    def _put(
        self, conn: sqlite3.Connection, kind: str, rid: str, body: bytes, *,
        summary: bytes | None = None, owner: str | None = None, version: int | None = None,
    ) -> int:  # fmt: skip
        assert self._rkey is not None and self._state is not None
        version = version or self._next_version(conn, kind, rid)
        sealed = crypto.seal(self._rkey, body, record_ad(self.vault_id, kind, rid, version))
        sealed_summary = None
        if summary is not None:
            sealed_summary = crypto.seal(
                self._rkey, summary, record_ad(self.vault_id, SUMMARY, rid, version)
            )
        conn.execute(
            "INSERT OR REPLACE INTO records (kind, id, version, owner, body, summary) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (kind, rid, version, owner, sealed, sealed_summary),
        )
        self._changed.add(self._state.manifest.set(kind, rid, version))
        return version

    def _delete(self, conn: sqlite3.Connection, kind: str, rid: str) -> None:
        assert self._state is not None
        conn.execute("DELETE FROM records WHERE kind = ? AND id = ?", (kind, rid))
        if kind == ATTACHMENT:
            conn.execute("DELETE FROM chunks WHERE attachment = ?", (rid,))
        self._changed.add(self._state.manifest.set(kind, rid, None))

    def _write_bucket(self, conn: sqlite3.Connection, bucket: str) -> None:
        assert self._rkey is not None and self._state is not None
        m = self._state.manifest
        version = m.bucket_versions.get(bucket, 0) + 1
        sealed = crypto.seal(
            self._rkey, m.bucket_plaintext(bucket),
            record_ad(self.vault_id, BUCKET_KIND, bucket, version),
        )  # fmt: skip
        conn.execute(
            "INSERT OR REPLACE INTO records (kind, id, version, owner, body, summary) "
            "VALUES (?, ?, ?, NULL, ?, NULL)",
            (BUCKET_KIND, bucket, version, sealed),
        )
        m.bucket_versions[bucket] = version
        m.unverified.discard(bucket)

    def _write_root(self, conn: sqlite3.Connection) -> None:
        assert self._rkey is not None and self._state is not None
        m = self._state.manifest
        version = m.root_version + 1
        sealed = crypto.seal(
            self._rkey, m.root_plaintext(), record_ad(self.vault_id, ROOT_KIND, ROOT_ID, version)
        )
        conn.execute(
            "INSERT OR REPLACE INTO records (kind, id, version, owner, body, summary) "
            "VALUES (?, ?, ?, NULL, ?, NULL)",
            (ROOT_KIND, ROOT_ID, version, sealed),
        )
        m.root_version = version
        m.root_ok = True
