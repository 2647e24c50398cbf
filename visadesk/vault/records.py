"""The unlocked state of a vault and its record operations: reading and writing sealed cases,
settings and attachments, and the manifest bookkeeping that makes every save one transaction.

:class:`Unlocked` exists only while the vault is unlocked (it *is* the unlocked state: its
connection, keys and loaded manifest are never None); :class:`visadesk.vault.store.Vault` holds
one or none and adds the life cycle, the keys and the file-level operations.
"""

from __future__ import annotations

import functools
import io
import json
import logging
import re
import sqlite3
import threading
import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, BinaryIO

from visadesk.errors import Problem
from visadesk.vault import crypto, db
from visadesk.vault import header as hdr
from visadesk.vault.attachments import MAX_ATTACHMENT_BYTES, AttachmentReader, stream_ad
from visadesk.vault.crypto import CryptoError
from visadesk.vault.errors import (
    IntegrityUnresolved,
    InvalidCase,
    RecordProblem,
    StaleWrite,
    VaultError,
    VaultLocked,
    VaultTampered,
    vault_error,
)
from visadesk.vault.index import CaseSummary, decode_summary, encode_summary, summary_of
from visadesk.vault.loader import Loaded, load_all, verify_bodies
from visadesk.vault.manifest import BUCKET_KIND, ROOT_ID, ROOT_KIND, Manifest

if TYPE_CHECKING:
    from visadesk.case.model import Case

log = logging.getLogger("visadesk.vault")

CASE = "case"
SUMMARY = "case-summary"
ATTACHMENT = "attachment"
SETTINGS = "settings"
SETTINGS_ID = "settings"
_OPAQUE_ID = re.compile(r"^[0-9a-f]{8,64}$")
_NAMED_PROBLEM = re.compile(r"^\[(.+?)\] (.*)$", re.S)
TRACKED = -1  # put_case(expected_version=TRACKED): the version this Vault last read or wrote


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


def validated(case: Case) -> tuple[bytes, bytes]:
    """(sealed-to-be body, summary) of a case that validates, or InvalidCase naming the field:
    a case the vault could not read back is never stored (``model_copy`` skips validation)."""
    from pydantic import ValidationError

    from visadesk.case.model import Case

    try:
        checked = Case.model_validate_json(case.model_dump_json())
    except ValidationError as exc:
        first = exc.errors()[0]
        msg = str(first.get("msg", "invalid")).removeprefix("Value error, ")
        where = ".".join(str(p) for p in first.get("loc", ())) or None
        named = _NAMED_PROBLEM.match(msg)  # model-level checks put the path in the message
        if named:
            where, msg = named.group(1), named.group(2)
        from visadesk.case.validation import problems_from

        found = problems_from(exc)
        keyed = found[0] if found and found[0].key else None
        if keyed is not None:  # validation's readable sentence, and its key for translations
            msg = keyed.message
        error = vault_error(
            "vault.invalid_case", cls=InvalidCase, field=where, problem=msg, count=exc.error_count()
        )
        if keyed is not None:
            assert isinstance(error, InvalidCase)
            error.problem = Problem(where or "", msg, keyed.key, keyed.params)
        raise error from None
    return checked.model_dump_json().encode("utf-8"), encode_summary(summary_of(checked))


class Unlocked:
    """An unlocked vault's connection, keys and loaded state, with every record operation."""

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

    def list_cases(self) -> list[CaseSummary]:
        return self.sync().index.summaries()

    def search(self, query: str, limit: int) -> list[CaseSummary]:
        return self.sync().index.search(query, limit)

    def get_case(self, case_id: str, track: bool = True) -> Case:
        from pydantic import ValidationError

        from visadesk.case.model import Case

        version, data = self.open_record(CASE, case_id)
        try:
            case = Case.model_validate_json(data)
        except ValidationError as exc:
            raise vault_error(
                "vault.unreadable_case", case=case_id, count=exc.error_count()
            ) from None
        if track:
            self.versions[case_id] = version
        return case

    def get_settings(self) -> dict[str, Any]:
        try:
            _version, data = self.open_record(SETTINGS, SETTINGS_ID)
        except KeyError:
            return {}
        value = json.loads(data)
        return value if isinstance(value, dict) else {}

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

    def case_version(self, case_id: str) -> int | None:
        """The stored version of a case (None: no such case)."""
        return self.sync().manifest.expected(CASE, case_id)

    def has_case(self, case_id: str) -> bool:
        self.sync()
        with db.sqlite_errors():
            row = self.conn.execute(
                "SELECT 1 FROM records WHERE kind = 'case' AND id = ?", (case_id,)
            ).fetchone()
        return row is not None

    def list_attachments(self, case_id: str | None) -> list[tuple[str, str, int]]:
        state = self.sync()
        return sorted(
            (aid, meta["case_id"], meta["size"])
            for aid, meta in state.attachments.items()
            if case_id is None or meta["case_id"] == case_id
        )

    def open_attachment(self, attachment_id: str) -> BinaryIO:
        """A readable stream of the attachment's bytes, decrypted chunk by chunk."""
        state = self.sync()
        problem = state.damaged.get((ATTACHMENT, attachment_id))
        if problem is not None:
            raise VaultTampered(attachment_id, problem)
        meta = state.attachments.get(attachment_id)
        if meta is None:
            raise vault_error("vault.no_attachment", attachment=attachment_id)

        def fetch(idx: int) -> bytes | None:
            if self.closed:
                raise VaultLocked()
            with db.sqlite_errors():
                r = self.conn.execute(
                    "SELECT data FROM chunks WHERE attachment = ? AND idx = ?",
                    (attachment_id, idx),
                ).fetchone()
            return None if r is None else bytes(r[0])

        reader = AttachmentReader(
            attachment_id,
            self.rkey,
            stream_ad(self.vault_id, attachment_id, meta["version"]),
            meta["chunks"],
            meta["size"],
            fetch,
            self.lock,
        )
        self.readers.add(reader)
        return io.BufferedReader(reader, buffer_size=crypto.CHUNK_BYTES)

    # --- writing ------------------------------------------------------------------------

    def check_fresh(self, case_id: str, expected: int | None, mine: Case) -> None:
        """Inside a write: refuse to save over a version this copy was not based on."""
        if expected is None:
            return  # the caller asked for no check (an import that replaces the case)
        if expected == TRACKED:
            if case_id not in self.versions:
                return  # never read here (a new case, an import): nothing to compare with
            expected = self.versions[case_id]
        current = self.state.manifest.expected(CASE, case_id)
        if current != expected:
            raise StaleWrite(case_id, expected, current, mine)

    def put_case(self, case: Case, expected_version: int | None) -> None:
        body, summary = validated(case)
        with self.write() as conn:
            self.check_fresh(case.id, expected_version, case)
            version = self._put(conn, CASE, case.id, body, summary=summary)
        self._after_case_put(case.id, summary, version)

    def put_cases(self, cases: Iterable[Case]) -> int:
        prepared = [(c.id, *validated(c)) for c in cases]
        done: list[tuple[str, bytes, int]] = []
        with self.write() as conn:
            for cid, body, summary in prepared:
                done.append((cid, summary, self._put(conn, CASE, cid, body, summary=summary)))
        for cid, summary, version in done:
            self._after_case_put(cid, summary, version)
        return len(prepared)

    def _after_case_put(self, case_id: str, summary: bytes, version: int) -> None:
        self.state.index.put(*decode_summary(case_id, summary))
        self.state.forget_problem(CASE, case_id)
        self.state.pending.pop(case_id, None)  # sealed by us just now
        self.versions[case_id] = version

    def delete_case(self, case_id: str) -> None:
        with self.write() as conn:
            exists = conn.execute(
                "SELECT 1 FROM records WHERE kind = ? AND id = ?", (CASE, case_id)
            ).fetchone()
            if exists is None and self.state.manifest.expected(CASE, case_id) is None:
                raise vault_error("vault.no_case", case=case_id)
            owned = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM records WHERE kind = ? AND owner = ?", (ATTACHMENT, case_id)
                )
            ]
            for att in owned:
                self._delete(conn, ATTACHMENT, att)
            self._delete(conn, CASE, case_id)
        self.state.index.remove(case_id)
        self.state.forget_problem(CASE, case_id)
        self.state.pending.pop(case_id, None)
        self.versions.pop(case_id, None)
        for att in owned:
            self.state.attachments.pop(att, None)
            self.state.forget_problem(ATTACHMENT, att)

    def put_settings(self, settings: dict[str, Any]) -> None:
        body = json.dumps(settings, ensure_ascii=False, sort_keys=True).encode("utf-8")
        with self.write() as conn:
            self._put(conn, SETTINGS, SETTINGS_ID, body)
        self.state.forget_problem(SETTINGS, SETTINGS_ID)

    def add_attachment(self, case_id: str, attachment_id: str, src: BinaryIO) -> int:
        if not _OPAQUE_ID.match(attachment_id):
            raise vault_error("vault.attachment_id", field="id")
        with self.write() as conn:
            row = conn.execute(
                "SELECT 1 FROM records WHERE kind = ? AND id = ?", (CASE, case_id)
            ).fetchone()
            if row is None:
                raise vault_error("vault.no_case", case=case_id)
            meta, version = self.seal_attachment(conn, case_id, attachment_id, src, "the file")
        self.state.attachments[attachment_id] = {**meta, "version": version}
        self.state.forget_problem(ATTACHMENT, attachment_id)
        return int(meta["size"])

    def seal_attachment(
        self, conn: sqlite3.Connection, case_id: str, attachment_id: str, src: BinaryIO, what: str
    ) -> tuple[dict[str, Any], int]:
        """Inside an open write: seal ``src`` chunk by chunk as a new version of the attachment
        (older chunks dropped) and write its sealed metadata row. Returns (metadata, version)."""
        version = self._next_version(conn, ATTACHMENT, attachment_id)
        conn.execute("DELETE FROM chunks WHERE attachment = ?", (attachment_id,))
        size = chunks = 0
        sad = stream_ad(self.vault_id, attachment_id, version)
        for idx, blob, n in crypto.seal_stream(self.rkey, sad, src):
            size += n
            chunks = idx + 1
            if size > MAX_ATTACHMENT_BYTES:
                raise vault_error(
                    "vault.attachment_too_large",
                    field="file",
                    terms={
                        "what": "vault.what.file" if what == "the file" else "vault.what.attachment"
                    },
                    what=what,
                    limit=MAX_ATTACHMENT_BYTES // 2**20,
                )
            conn.execute(
                "INSERT INTO chunks (attachment, idx, data) VALUES (?, ?, ?)",
                (attachment_id, idx, blob),
            )
        meta: dict[str, Any] = {"case_id": case_id, "size": size, "chunks": chunks}
        self._put(
            conn, ATTACHMENT, attachment_id, json.dumps(meta).encode(), owner=case_id,
            version=version,
        )  # fmt: skip
        return meta, version

    def put_case_with_attachments(
        self, case: Case, attachments: Iterable[tuple[str, BinaryIO]], replace: bool
    ) -> int:
        """See :meth:`visadesk.vault.store.Vault.put_case_with_attachments`."""
        body, summary = validated(case)
        written: dict[str, dict[str, Any]] = {}
        removed: list[str] = []
        total = 0
        with self.write() as conn:
            old = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM records WHERE kind = ? AND owner = ?", (ATTACHMENT, case.id)
                )
            ]
            version = self._put(conn, CASE, case.id, body, summary=summary)
            for attachment_id, src in attachments:
                if not _OPAQUE_ID.match(attachment_id) or attachment_id in written:
                    raise vault_error("vault.attachment_id_repeated", field="id")
                row = conn.execute(
                    "SELECT owner FROM records WHERE kind = ? AND id = ?",
                    (ATTACHMENT, attachment_id),
                ).fetchone()
                if row is not None and row[0] != case.id:
                    raise vault_error("vault.attachment_other_case", attachment=attachment_id)
                meta, att_version = self.seal_attachment(
                    conn, case.id, attachment_id, src, "an attachment"
                )
                written[attachment_id] = {**meta, "version": att_version}
                total += int(meta["size"])
            if replace:
                for att in old:
                    if att not in written:
                        self._delete(conn, ATTACHMENT, att)
                        removed.append(att)
        self._after_case_put(case.id, summary, version)
        for att, meta in written.items():
            self.state.attachments[att] = meta
            self.state.forget_problem(ATTACHMENT, att)
        for att in removed:
            self.state.attachments.pop(att, None)
            self.state.forget_problem(ATTACHMENT, att)
        return total

    def delete_attachment(self, attachment_id: str) -> None:
        with self.write() as conn:
            self._delete(conn, ATTACHMENT, attachment_id)
        self.state.attachments.pop(attachment_id, None)
        self.state.forget_problem(ATTACHMENT, attachment_id)

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
