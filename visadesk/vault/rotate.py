"""Changing the passphrase, by default with a new data key (the old key — in an old backup, an
old keychain entry, or derived from the old passphrase — then opens none of the current data).

Rotation builds a complete new vault file beside the current one: the new header, then every
record, summary, manifest part and attachment chunk opened with the old key and sealed again
with the new one (same ids, versions and associated data), in one SQLite transaction; the file
is fsynced and renamed over the vault. A crash before the rename leaves the old vault (old
passphrase) and a temp file that is removed at the next change; after it, the new vault (new
passphrase). Nothing in between exists, so exactly one passphrase opens the vault.

While it runs, the vault lock (lockfile.py) is held exclusively: another window or command with
the vault open would keep writing into the replaced file. Afterwards backups made under the old
key are deleted (they are what the old passphrase still opens) and a fresh backup is made; a key
remembered in the keychain is replaced by the new one. Without rotation (``rotate=False``) only
the header is re-wrapped, and so are the backups' headers.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from visadesk.local.paths import atomic_file
from visadesk.vault import backups, crypto, db, keychain
from visadesk.vault import header as hdr
from visadesk.vault.attachments import stream_ad
from visadesk.vault.crypto import CryptoError, KdfParams
from visadesk.vault.errors import VaultError, vault_error
from visadesk.vault.lockfile import VaultLock
from visadesk.vault.sealed import SUMMARY, record_ad

if TYPE_CHECKING:
    from visadesk.vault.store import Vault

log = logging.getLogger("visadesk.vault")

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class PassphraseChange:
    """What changing the passphrase did (the CLI and UI tell the user)."""

    rotated: bool
    backups_removed: int = 0
    backups_rewrapped: int = 0
    keychain_refreshed: bool = False
    new_backup: Path | None = None


def change_passphrase(
    vault: Vault,
    old: str,
    new: str,
    *,
    kdf: KdfParams | None,
    rotate: bool,
    progress: Progress | None,
) -> PassphraseChange:
    """See the module docstring. The caller holds ``vault._lock``."""
    if not new:
        raise vault_error("vault.empty_new_passphrase", field="passphrase")
    header, _mac = hdr.read_header(vault.path)
    old_key = hdr.unwrap(header, old)  # WrongPassphrase: nothing changes
    kdf = kdf or header.kdf
    kdf.check()
    if not rotate:
        return _rewrap(vault, header, old_key, new, kdf)
    was_unlocked = vault.is_unlocked
    own_lock = vault._file_lock if was_unlocked else VaultLock(vault.path)
    own_lock.exclusive("change the passphrase")
    try:
        for leftover in leftover_temp_files(vault.path):  # of an earlier, killed change
            leftover.unlink(missing_ok=True)
        if was_unlocked:
            vault._s().close()
            vault._u = None
        new_key = crypto.random_key()
        new_header = hdr.wrap(header.vault_id, new_key, new, kdf)
        _reseal_file(vault.path, header, old_key, new_header, new_key, progress)
        vault._header = new_header
        removed = backups.remove_stale_key_backups(header.vault_id, new_key)
        refreshed = False
        if keychain.exists(header.vault_id):
            refreshed = keychain.store(header.vault_id, new_key)
            if not refreshed:
                keychain.delete(header.vault_id)
        fresh = _fresh_backup(vault.path, header.vault_id)
    finally:
        own_lock.release()  # _activate takes it again, shared
    if was_unlocked:
        vault._activate(new_key)
    return PassphraseChange(True, len(removed), 0, refreshed, fresh)


def _rewrap(
    vault: Vault, header: hdr.Header, data_key: bytes, new: str, kdf: KdfParams
) -> PassphraseChange:
    """Keep the data key: one header row, one transaction; backups get the new header too."""
    new_header = hdr.wrap(header.vault_id, data_key, new, kdf)
    u = vault._u
    conn = u.conn if u is not None else db.connect_rw(vault.path)
    try:
        with db.write_txn(conn):
            row = conn.execute("SELECT body FROM header WHERE id = 1").fetchone()
            if row is None or row[0] != header.body():
                raise vault_error("vault.passphrase_changed_meanwhile")
            conn.execute(
                "UPDATE header SET body = ?, checksum = ?, mac = ? WHERE id = 1",
                (new_header.body(), new_header.checksum(), new_header.mac(data_key)),
            )
        with db.sqlite_errors():
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        if u is None:
            conn.close()
    vault._header = new_header
    return PassphraseChange(False, 0, backups.rewrap_backups(header.vault_id, data_key, new_header))


def _reseal_file(
    path: Path,
    header: hdr.Header,
    old_key: bytes,
    new_header: hdr.Header,
    new_key: bytes,
    progress: Progress | None,
) -> None:
    vid = header.vault_id
    old_r, new_r = (
        crypto.subkey(old_key, "visadesk records"),
        crypto.subkey(new_key, "visadesk records"),
    )
    src = db.connect_rw(path)
    try:
        with db.sqlite_errors():
            src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            row = src.execute("SELECT body FROM header WHERE id = 1").fetchone()
            if row is None or row[0] != header.body():
                raise vault_error("vault.passphrase_changed_meanwhile")
            total = src.execute(
                "SELECT (SELECT count(*) FROM records) + (SELECT count(*) FROM chunks)"
            ).fetchone()[0]
            with atomic_file(path, tag="rotate") as tmp:
                dest = sqlite3.connect(str(tmp), isolation_level=None)
                try:
                    dest.execute("PRAGMA journal_mode = DELETE")
                    dest.execute("PRAGMA synchronous = FULL")
                    dest.executescript(db.SCHEMA)
                    dest.execute("BEGIN IMMEDIATE")
                    dest.execute(
                        "INSERT INTO header (id, body, checksum, mac) VALUES (1, ?, ?, ?)",
                        (new_header.body(), new_header.checksum(), new_header.mac(new_key)),
                    )
                    done = 0
                    for kind, rid, version, owner, body, summary in src.execute(
                        "SELECT kind, id, version, owner, body, summary FROM records"
                    ):
                        body = _reseal(old_r, new_r, body, record_ad(vid, kind, rid, version))
                        if summary is not None:
                            summary = _reseal(
                                old_r, new_r, summary, record_ad(vid, SUMMARY, rid, version)
                            )
                        dest.execute(
                            "INSERT INTO records (kind, id, version, owner, body, summary) "
                            "VALUES (?, ?, ?, ?, ?, ?)",
                            (kind, rid, version, owner, body, summary),
                        )
                        done += 1
                        _tick(progress, done, total)
                    for att, idx, data, version in src.execute(
                        "SELECT c.attachment, c.idx, c.data, r.version FROM chunks c LEFT JOIN "
                        "records r ON r.kind = 'attachment' AND r.id = c.attachment"
                    ):
                        if version is not None:
                            data = _reseal_chunk(
                                old_r, new_r, stream_ad(vid, att, version), idx, data
                            )
                        dest.execute(
                            "INSERT INTO chunks (attachment, idx, data) VALUES (?, ?, ?)",
                            (att, idx, data),
                        )
                        done += 1
                        _tick(progress, done, total)
                    dest.execute("COMMIT")
                finally:
                    dest.close()
                check = hdr.read_header(tmp)
                if not hdr.key_fits(check[0], check[1], new_key):
                    raise vault_error("vault.rotate_check_failed")
                src.close()
                for suffix in ("-wal", "-shm"):  # checkpointed above: they hold nothing
                    Path(str(path) + suffix).unlink(missing_ok=True)
    finally:
        src.close()


def _reseal(old_r: bytes, new_r: bytes, blob: object, ad: bytes) -> object:
    """The same plaintext sealed under the new key; a blob that does not open (already
    damaged) is copied as it is, so the new vault reports it the same way."""
    if not isinstance(blob, bytes):
        return blob
    try:
        return crypto.seal(new_r, crypto.open_sealed(old_r, blob, ad), ad)
    except CryptoError:
        return blob


def _reseal_chunk(old_r: bytes, new_r: bytes, sad: bytes, idx: int, blob: object) -> object:
    if not isinstance(blob, bytes):
        return blob
    try:
        data, final = crypto.open_chunk(old_r, sad, idx, blob)
    except CryptoError:
        return blob
    return crypto.seal_chunk(new_r, sad, idx, final, data)


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done == total or done % 64 == 0):
        progress(done, total)


def _fresh_backup(path: Path, vault_id: str) -> Path | None:
    """Best-effort: one backup of the new vault, so a restore point exists again."""
    try:
        conn = db.connect_rw(path)
        try:
            return backups.backup(conn, vault_id, reason="passphrase-changed")
        finally:
            conn.close()
    except (OSError, sqlite3.Error, VaultError) as exc:
        log.warning("no backup after the passphrase change (%s)", type(exc).__name__)
        return None


def leftover_temp_files(path: Path) -> list[Path]:
    """Temp files a killed rotation or restore left beside the vault (safe to delete)."""
    return sorted(Path(path).parent.glob(f".{Path(path).name}.*.tmp"))
