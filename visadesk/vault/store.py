"""The Vault: one encrypted SQLite file holding a user's cases, attachments and settings.

Life cycle: ``Vault.create`` (returns it unlocked) or ``Vault.open`` (locked; reads only the
header, read-only) → ``unlock`` (Argon2id, slow: call it off the GUI thread) or
``unlock_from_keyring`` → reads and saves → ``lock`` / ``close``. While unlocked the Vault holds
one :class:`visadesk.vault.records.Unlocked` (connection, keys, loaded manifest) and a shared lock
on ``vault.sqlite3.lock``; each save is one SQLite transaction that rewrites the record, one
manifest bucket and the manifest root (manifest.py). Thread-safe: one connection
(``check_same_thread=False``) guarded by an RLock, for the GUI and worker threads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from visadesk.vault import backups, crypto, db, keychain
from visadesk.vault import header as hdr
from visadesk.vault.crypto import KdfParams
from visadesk.vault.errors import (
    NoVault,
    RecordProblem,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultTampered,
    vault_error,
)
from visadesk.vault.index import CaseSummary
from visadesk.vault.lockfile import VaultLock
from visadesk.vault.records import TRACKED, Unlocked
from visadesk.vault.rotate import PassphraseChange, leftover_temp_files

if TYPE_CHECKING:
    from visadesk.case.model import Case

log = logging.getLogger("visadesk.vault")

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class DeleteResult:
    """What deleting a case did beyond the vault file: backups still holding it (they age out
    after backups.KEEP days) or removed because the user asked."""

    case_id: str
    backups_holding: tuple[Path, ...]
    backups_removed: tuple[Path, ...]


class Vault:
    """See the module docstring; the public API is what visadesk.ui and visadesk.cli use."""

    def __init__(self, path: Path, header: hdr.Header) -> None:
        self.path = Path(path)
        self.vault_id = header.vault_id
        self._header = header
        self._lock = threading.RLock()
        self._u: Unlocked | None = None
        self._file_lock = VaultLock(self.path)
        self._backups_running = 0
        self._backups_count_lock = threading.Lock()
        self._backups_idle = threading.Event()
        self._backups_idle.set()
        self._backups_stop = threading.Event()

    # --- life cycle -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, *, kdf: KdfParams | None = None) -> Vault:
        """A new, empty vault at ``path``, returned unlocked. VaultExists if a file is there."""
        path = Path(path)
        if path.exists():
            raise VaultExists(path)
        if not passphrase:
            raise vault_error("vault.empty_passphrase", field="passphrase")
        kdf = kdf or KdfParams.default()
        kdf.check()
        from visadesk.case.model import new_id

        vault_id = new_id()
        data_key = crypto.random_key()
        header = hdr.wrap(vault_id, data_key, passphrase, kdf)
        db.create_file(path)
        vault = cls(path, header)
        try:
            conn = db.connect_rw(path)
            try:
                with db.sqlite_errors():
                    conn.executescript(db.SCHEMA)
                u = Unlocked(vault_id, conn, data_key, vault._lock)
                with db.write_txn(conn):
                    conn.execute(
                        "INSERT INTO header (id, body, checksum, mac) VALUES (1, ?, ?, ?)",
                        (header.body(), header.checksum(), header.mac(data_key)),
                    )
                    u.write_root(conn)
            except BaseException:
                conn.close()
                raise
            vault._file_lock.shared()
            vault._u = u
        except BaseException:
            vault._file_lock.release()
            for suffix in ("", "-wal", "-shm", ".lock"):
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
        return cls(path, hdr.read_header(path)[0])

    @staticmethod
    def _read_header(path: Path) -> tuple[hdr.Header, bytes]:
        """Kept for callers of the old name; see header.read_header."""
        return hdr.read_header(Path(path))

    def unlock(self, passphrase: str) -> None:
        """Derive the key (slow), check it, open the records. WrongPassphrase changes nothing."""
        header, _mac = hdr.read_header(self.path)
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
        header, mac = hdr.read_header(self.path)
        if not hdr.key_fits(header, mac, data_key):
            log.info("the key remembered for this vault no longer fits; passphrase needed")
            return False
        self._activate(data_key)
        return True

    def _activate(self, data_key: bytes) -> None:
        """Open the file read-write and load it. No backup here: unlocking never waits for
        one, nor fails because of one (``backup_now`` runs after, best-effort)."""
        with self._lock:
            if self._u is not None:
                return
            self._file_lock.shared()
            for leftover in leftover_temp_files(self.path):  # of a killed change or restore
                leftover.unlink(missing_ok=True)
            try:
                conn = db.connect_rw(self.path)
            except BaseException:
                self._file_lock.release()
                raise
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
                if header.format < hdr.FORMAT:
                    # Electrum-style: one step per version, each after a fresh backup
                    # (format 1 is the first released format, so no step exists yet)
                    with db.sqlite_errors():
                        backups.backup(conn, header.vault_id, reason=f"before-format-{hdr.FORMAT}")
                    raise vault_error("vault.old_format", version=header.format)
                u = Unlocked(header.vault_id, conn, data_key, self._lock)
                u.load()
            except BaseException:
                conn.close()
                self._file_lock.release()
                raise
            self._header = header
            self._u = u
        log.info("vault unlocked (%d problem record(s) so far)", len(self.known_problems))

    def lock(self) -> None:
        """Drop the keys, the search index and every decrypted object we hold; a backup being
        copied stops (its temp file removed) before this returns."""
        with self._no_backups(), self._lock:
            if self._u is not None:
                self._u.close()
                self._u = None
            self._file_lock.release()

    def close(self) -> None:
        self.lock()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _s(self) -> Unlocked:
        u = self._u
        if u is None:
            raise VaultLocked()
        return u

    @property
    def is_unlocked(self) -> bool:
        return self._u is not None

    # --- reading ----------------------------------------------------------------------------

    @property
    def problems(self) -> list[RecordProblem]:
        """Every record (or manifest part) that failed a check, named. Asking verifies the case
        bodies unlocking left for later first (loader.py), so the answer is complete."""
        with self._lock:
            u = self._u
            return u.problems() if u is not None else []

    @property
    def known_problems(self) -> list[RecordProblem]:
        """The problems found so far, without verifying more: what the app shows with the
        cases list at once, before :meth:`verify` runs in a worker."""
        with self._lock:
            u = self._u
            return list(u.state.problems) if u is not None else []

    @property
    def verified(self) -> bool:
        """Have the case bodies been authenticated since unlocking (or the last reload)?"""
        u = self._u
        return u is None or u.verified

    def verify(self) -> list[RecordProblem]:
        """Authenticate every case body not yet checked (one batch; about 0.1-0.3 s at 1,000
        cases). Returns the problems it found; afterwards :attr:`problems` has them too."""
        with self._lock:
            return self._s().verify()

    @property
    def needs_decision(self) -> bool:
        """True while the manifest is in doubt: saves are refused until the user restores a
        backup or calls :meth:`accept_current_state`."""
        u = self._u
        return u is not None and u.state.needs_decision

    def list_cases(self) -> list[CaseSummary]:
        with self._lock:
            return self._s().list_cases()

    def search(self, query: str, limit: int = 200) -> list[CaseSummary]:
        with self._lock:
            return self._s().search(query, limit)

    def get_case(self, case_id: str, *, track: bool = True) -> Case:
        """The case, verified. With ``track`` (default) its version is remembered, and a later
        ``put_case`` of it is refused (StaleWrite) if someone else saved it meanwhile."""
        with self._lock:
            return self._s().get_case(case_id, track)

    def case_version(self, case_id: str) -> int | None:
        with self._lock:
            return self._s().case_version(case_id)

    def get_settings(self) -> dict[str, Any]:
        with self._lock:
            return self._s().get_settings()

    def has_case(self, case_id: str) -> bool:
        """Is there a case row with this id (readable or damaged)?"""
        with self._lock:
            return self._s().has_case(case_id)

    def list_attachments(self, case_id: str | None = None) -> list[tuple[str, str, int]]:
        """(attachment id, case id, size) of every readable attachment, or of one case's."""
        with self._lock:
            return self._s().list_attachments(case_id)

    def open_attachment(self, attachment_id: str) -> BinaryIO:
        """A readable stream of the attachment's bytes, decrypted chunk by chunk."""
        with self._lock:
            return self._s().open_attachment(attachment_id)

    # --- writing ------------------------------------------------------------------------

    def put_case(self, case: Case, *, expected_version: int | None = TRACKED) -> None:
        """Save a case (one transaction; InvalidCase if it does not validate). Optimistic
        concurrency: saved only if the stored version is still ``expected_version`` — by
        default the one this Vault last read or wrote; None saves without the check —
        otherwise StaleWrite (carrying the unsaved copy) and nothing changes."""
        with self._lock:
            self._s().put_case(case, expected_version)

    def put_conflicted_copy(self, case: Case, title_suffix: str = " (conflicted copy)") -> Case:
        """Keep a copy that lost a StaleWrite: saved as a NEW case (fresh ids, its scans copied
        inside the vault), so both versions stay reachable. Returns the copy."""
        from visadesk.case.casefile import duplicate

        copy, id_map = duplicate(case, (case.title or "") + title_suffix)
        with self._lock:
            u = self._s()
            u.put_case(copy, None)
            for old_id, new_id in id_map.items():
                if old_id in u.state.attachments:
                    with u.open_attachment(old_id) as src:
                        u.add_attachment(copy.id, new_id, src)
        return copy

    def put_cases(self, cases: Iterable[Case]) -> int:
        """Save many cases in ONE transaction (an import): all or none. Returns the count."""
        with self._lock:
            return self._s().put_cases(cases)

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
        with self._lock:
            return self._s().put_case_with_attachments(case, attachments, replace)

    def delete_case(self, case_id: str, *, from_backups: bool = False) -> DeleteResult:
        """Remove a case and every attachment that belongs to it, then fold the WAL into the
        file and truncate it (the deleted ciphertext is zeroed by secure_delete, and no old
        page copy stays in the WAL). Backups still hold the case until they age out; with
        ``from_backups`` every backup holding it is deleted too."""
        with self._lock:
            self._s().delete_case(case_id)
            self.checkpoint()
        holding = backups.backups_holding(self.vault_id, "case", case_id)
        removed: list[Path] = []
        if from_backups:
            for path in holding:
                backups.remove_backup(path)
                removed.append(path)
            holding = []
        log.info("case deleted (%d backup(s) still hold it)", len(holding))
        return DeleteResult(case_id, tuple(holding), tuple(removed))

    def put_settings(self, settings: dict[str, Any]) -> None:
        with self._lock:
            self._s().put_settings(settings)

    def add_attachment(self, case_id: str, attachment_id: str, src: BinaryIO) -> int:
        """Seal ``src`` chunk by chunk under ``attachment_id`` (replacing an older copy);
        returns the number of bytes. Memory stays at about two chunks."""
        with self._lock:
            return self._s().add_attachment(case_id, attachment_id, src)

    def delete_attachment(self, attachment_id: str) -> None:
        with self._lock:
            self._s().delete_attachment(attachment_id)
            self.checkpoint()

    def accept_current_state(self) -> list[RecordProblem]:
        """The user's deliberate "accept the vault as it is now" (see integrity.py)."""
        from visadesk.vault.integrity import accept_current_state

        with self._lock:
            return accept_current_state(self._s())

    def checkpoint(self) -> bool:
        """Fold the WAL into the file and truncate it; False if another reader kept it."""
        with self._lock, db.sqlite_errors():
            row = self._s().conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not (row and row[0])

    # --- backups ------------------------------------------------------------------------

    def backup_now(self, reason: str = "daily") -> Path | None:
        """Best-effort backup (the daily one by default: made once a day). Never raises for a
        full disk or an unwritable folder: logs a warning and returns None. The UI calls it in
        a worker once the cases list shows; the CLI inline after unlocking.

        The copy is read through a connection of its own (a consistent WAL snapshot), without
        holding the vault's lock: the window goes on opening and saving cases while a large
        vault is copied. ``lock()`` stops a running copy and waits for it, so a lock or a wipe
        never leaves a backup being written behind it."""
        with self._lock:
            u = self._s()
            if self._backups_stop.is_set():
                return None  # being locked or re-keyed: no backup now
            data_key = u.data_key
            with self._backups_count_lock:
                self._backups_running += 1
                self._backups_idle.clear()

        def keep_going() -> bool:
            return self._u is u and not self._backups_stop.is_set()

        try:
            backups.remove_stale_key_backups(self.vault_id, data_key)
            with db.sqlite_errors():
                src = db.connect_reader(self.path)
                try:
                    return backups.backup(src, self.vault_id, reason=reason, keep_going=keep_going)
                finally:
                    src.close()
        except backups.BackupStopped:
            log.info("the %s backup stopped: the vault was locked", reason)
            return None
        except (OSError, VaultError) as exc:
            detail = exc.strerror if isinstance(exc, OSError) else exc.user_message()
            log.warning(
                "the %s backup could not be written (%s); the vault is fine", reason, detail
            )
            return None
        finally:
            with self._backups_count_lock:
                self._backups_running -= 1
                if not self._backups_running:
                    self._backups_idle.set()

    @contextmanager
    def _no_backups(self) -> Iterator[None]:
        """Stop a backup being copied, wait until it is gone (its temp file removed, or its
        copy renamed into place if it had already finished), and let none run inside."""
        self._backups_stop.set()
        try:
            self._backups_idle.wait()
            yield
        finally:
            self._backups_stop.clear()

    # --- keychain and passphrase ------------------------------------------------------------

    def remember_on_device(self) -> bool:
        """Store the data key in the OS keychain; False (and a log note) if there is none."""
        with self._lock:
            return keychain.store(self.vault_id, self._s().data_key)

    def forget_device(self) -> None:
        keychain.delete(self.vault_id)

    def is_remembered(self) -> bool:
        return keychain.exists(self.vault_id)

    def change_passphrase(
        self,
        old: str,
        new: str,
        *,
        kdf: KdfParams | None = None,
        rotate: bool = True,
        progress: Progress | None = None,
    ) -> PassphraseChange:
        """Change the passphrase. By default the data key is rotated too: every record and
        attachment chunk is re-sealed under a new key into a new file built beside the vault,
        which then replaces it atomically (a crash leaves the old or the new vault, each with
        its own passphrase), and backups under the old key are removed. See rotate.py."""
        from visadesk.vault.rotate import change_passphrase

        with self._no_backups(), self._lock:  # none may finish under the old key after it
            result = change_passphrase(self, old, new, kdf=kdf, rotate=rotate, progress=progress)
        log.info("vault passphrase changed (data key %s)", "rotated" if rotate else "kept")
        return result
