"""The Vault: one encrypted SQLite file holding a user's cases, attachments and settings.

Life cycle: ``Vault.create`` (returns it unlocked) or ``Vault.open`` (locked; reads only the
header, read-only) → ``unlock`` (Argon2id, slow: call it off the GUI thread) or
``unlock_from_keyring`` → reads and saves → ``lock`` / ``close``. Each save is one SQLite
transaction that rewrites the record, one manifest bucket and the manifest root
(see manifest.py); a crash at any instant leaves the old or the new state. Thread-safe: one
connection (``check_same_thread=False``) guarded by an RLock, for the GUI and worker threads.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from visadesk.vault import backups, crypto, db, keychain
from visadesk.vault import header as hdr
from visadesk.vault.attachments import AttachmentReader
from visadesk.vault.crypto import KdfParams
from visadesk.vault.errors import NoVault, VaultError, VaultExists, VaultTampered
from visadesk.vault.index import SearchIndex
from visadesk.vault.loader import Loaded
from visadesk.vault.manifest import Manifest
from visadesk.vault.records import Records

if TYPE_CHECKING:
    from visadesk.case.model import Case

log = logging.getLogger("visadesk.vault")


class Vault(Records):
    """See the module docstring; the public API is what visadesk.ui and visadesk.cli use."""

    def __init__(self, path: Path, header: hdr.Header) -> None:
        self.path = Path(path)
        self.vault_id = header.vault_id
        self._header = header
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._data_key: bytes | None = None
        self._rkey: bytes | None = None
        self._state: Loaded | None = None
        self._readers: weakref.WeakSet[AttachmentReader] = weakref.WeakSet()

    # --- life cycle -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, *, kdf: KdfParams | None = None) -> Vault:
        """A new, empty vault at ``path``, returned unlocked. VaultExists if a file is there."""
        path = Path(path)
        if path.exists():
            raise VaultExists(path)
        if not passphrase:
            raise VaultError("the passphrase is empty", field="passphrase")
        kdf = kdf or KdfParams.default()
        kdf.check()
        from visadesk.case.model import new_id

        vault_id = new_id()
        data_key = crypto.random_key()
        header = hdr.wrap(vault_id, data_key, passphrase, kdf)
        db.create_file(path)
        try:
            conn = db.connect_rw(path)
            try:
                with db.sqlite_errors():
                    conn.executescript(db.SCHEMA)
                with db.write_txn(conn):
                    conn.execute(
                        "INSERT INTO header (id, body, checksum, mac) VALUES (1, ?, ?, ?)",
                        (header.body(), header.checksum(), header.mac(data_key)),
                    )
                    vault = cls(path, header)
                    vault._conn, vault._data_key = conn, data_key
                    vault._rkey = crypto.subkey(data_key, "visadesk records")
                    vault._state = Loaded(manifest=Manifest(), index=SearchIndex())
                    vault._write_root(conn)
            except BaseException:
                conn.close()
                raise
        except BaseException:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            raise
        log.info("vault created")
        return vault

    @classmethod
    def open(cls, path: Path) -> Vault:
        """The vault at ``path``, locked. Reads the header read-only; writes nothing."""
        path = Path(path)
        if not path.is_file():
            raise NoVault(path)
        return cls(path, cls._read_header(path)[0])

    @staticmethod
    def _read_header(path: Path) -> tuple[hdr.Header, bytes]:
        try:
            conn = db.connect_ro(path)
            try:
                row = conn.execute("SELECT body, checksum, mac FROM header WHERE id = 1").fetchone()
            finally:
                conn.close()
        except sqlite3.Error as exc:
            text = str(exc).lower()
            if "no such table" in text or "not a database" in text:
                raise VaultError(
                    f"{path.name} is not a VisaDesk vault, or its beginning is damaged"
                ) from None
            raise db.as_vault_error(exc) from None
        if row is None:
            raise VaultTampered("header", "missing")
        body, checksum, mac = row
        if not isinstance(mac, bytes):
            raise VaultTampered("header", "missing tag")
        return hdr.parse(body, checksum), mac

    def unlock(self, passphrase: str) -> None:
        """Derive the key (slow), check it, open the records. WrongPassphrase changes nothing."""
        header, _mac = self._read_header(self.path)
        data_key = hdr.unwrap(header, passphrase)  # WrongPassphrase before any write
        self._activate(data_key)

    def unlock_from_keyring(self) -> bool:
        """True if a key remembered on this device opened the vault; otherwise False (the
        reason is logged: no keychain, locked, refused, or a key that no longer fits)."""
        if self.is_unlocked:
            return True
        data_key = keychain.load(self.vault_id)
        if data_key is None:
            return False
        header, mac = self._read_header(self.path)
        if not hdr.key_fits(header, mac, data_key):
            log.info("the key remembered for this vault no longer fits; passphrase needed")
            return False
        self._activate(data_key)
        return True

    def _activate(self, data_key: bytes) -> None:
        with self._lock:
            if self.is_unlocked:
                return
            conn = db.connect_rw(self.path)
            try:
                with db.sqlite_errors():
                    row = conn.execute(
                        "SELECT body, checksum, mac FROM header WHERE id=1"
                    ).fetchone()
                if row is None:
                    raise VaultTampered("header", "missing")
                header = hdr.parse(row[0], row[1])
                if not hdr.key_fits(header, row[2], data_key):
                    raise VaultTampered("header", "authentication failed")
                with db.sqlite_errors():
                    backups.backup(conn, header.vault_id, reason="daily")
                    if header.format < hdr.FORMAT:
                        # Electrum-style: one step per version, each after a fresh backup
                        # (format 1 is the first released format, so no step exists yet)
                        backups.backup(conn, header.vault_id, reason=f"before-format-{hdr.FORMAT}")
                        raise VaultError(
                            f"this vault uses format {header.format}, which this VisaDesk cannot "
                            "upgrade; a backup was made"
                        )
                self._header = header
                self._conn, self._data_key = conn, data_key
                self._rkey = crypto.subkey(data_key, "visadesk records")
                self._reload()
            except BaseException:
                self._conn = self._data_key = self._rkey = None
                self._state = None
                conn.close()
                raise
        log.info("vault unlocked (%d problem record(s))", len(self.problems))

    def lock(self) -> None:
        """Drop the keys, the search index and every decrypted object we hold."""
        with self._lock:
            for reader in list(self._readers):
                reader.close()
            if self._state is not None:
                self._state.index.clear()
            self._state = None
            self._data_key = self._rkey = None
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def close(self) -> None:
        self.lock()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- keychain ------------------------------------------------------------------------

    def remember_on_device(self) -> bool:
        """Store the data key in the OS keychain; False (and a log note) if there is none."""
        self._require()
        assert self._data_key is not None
        return keychain.store(self.vault_id, self._data_key)

    def forget_device(self) -> None:
        keychain.delete(self.vault_id)

    def is_remembered(self) -> bool:
        return keychain.exists(self.vault_id)

    def change_passphrase(self, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the data key under ``new`` (one header row, one transaction)."""
        if not new:
            raise VaultError("the new passphrase is empty", field="passphrase")
        header, _mac = self._read_header(self.path)
        data_key = hdr.unwrap(header, old)
        kdf = kdf or header.kdf
        kdf.check()
        new_header = hdr.wrap(header.vault_id, data_key, new, kdf)
        with self._lock:
            conn = self._conn or db.connect_rw(self.path)
            try:
                with db.write_txn(conn):
                    row = conn.execute("SELECT body FROM header WHERE id = 1").fetchone()
                    if row is None or row[0] != header.body():
                        raise VaultError(
                            "the passphrase was changed meanwhile by another VisaDesk; try again"
                        )
                    conn.execute(
                        "UPDATE header SET body = ?, checksum = ?, mac = ? WHERE id = 1",
                        (new_header.body(), new_header.checksum(), new_header.mac(data_key)),
                    )
            finally:
                if conn is not self._conn:
                    conn.close()
            self._header = new_header
        log.info("vault passphrase changed")

    # --- whole-case operations (bundle import) -----------------------------------------------

    def has_case(self, case_id: str) -> bool:
        """Is there a case row with this id (readable or damaged)?"""
        with self._lock:
            self._sync()
            assert self._conn is not None
            with db.sqlite_errors():
                row = self._conn.execute(
                    "SELECT 1 FROM records WHERE kind = 'case' AND id = ?", (case_id,)
                ).fetchone()
            return row is not None

    def list_attachments(self, case_id: str | None = None) -> list[tuple[str, str, int]]:
        """(attachment id, case id, size) of every readable attachment, or of one case's."""
        state = self._sync()
        return sorted(
            (aid, meta["case_id"], meta["size"])
            for aid, meta in state.attachments.items()
            if case_id is None or meta["case_id"] == case_id
        )

    def put_case_with_attachments(
        self,
        case: Case,
        attachments: Iterable[tuple[str, BinaryIO]],
        *,
        replace: bool = False,
    ) -> int:
        """Save ``case`` and the bytes of its attachments in ONE transaction: all or nothing.

        ``attachments`` is consumed lazily (a bundle is streamed straight in); if it or any
        stream raises, everything rolls back and the exception propagates. With ``replace`` the
        case's attachments that are not in ``attachments`` are deleted. An attachment id that
        belongs to another case is refused. Returns the number of attachment bytes stored."""
        from visadesk.vault.index import decode_summary, encode_summary, summary_of
        from visadesk.vault.records import _OPAQUE_ID, ATTACHMENT, CASE

        summary = encode_summary(summary_of(case))
        body = case.model_dump_json().encode("utf-8")
        written: dict[str, dict] = {}
        removed: list[str] = []
        total = 0
        with self._write() as conn:
            state = self._state
            assert state is not None and self._rkey is not None
            old = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM records WHERE kind = ? AND owner = ?", (ATTACHMENT, case.id)
                )
            ]
            self._put(conn, CASE, case.id, body, summary=summary)
            for attachment_id, src in attachments:
                if not _OPAQUE_ID.match(attachment_id) or attachment_id in written:
                    raise VaultError("an attachment id is malformed or repeated", field="id")
                row = conn.execute(
                    "SELECT owner FROM records WHERE kind = ? AND id = ?",
                    (ATTACHMENT, attachment_id),
                ).fetchone()
                if row is not None and row[0] != case.id:
                    raise VaultError(f"attachment {attachment_id} belongs to another case")
                meta, version = self._seal_attachment(
                    conn, case.id, attachment_id, src, "an attachment"
                )
                written[attachment_id] = {**meta, "version": version}
                total += meta["size"]
            if replace:
                for att in old:
                    if att not in written:
                        self._delete(conn, ATTACHMENT, att)
                        removed.append(att)
        state.index.put(*decode_summary(case.id, summary))
        state.forget_problem(CASE, case.id)
        for att, meta in written.items():
            state.attachments[att] = meta
            state.forget_problem(ATTACHMENT, att)
        for att in removed:
            state.attachments.pop(att, None)
            state.forget_problem(ATTACHMENT, att)
        return total
