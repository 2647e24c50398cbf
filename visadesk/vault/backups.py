"""Backups of the (encrypted) vault file into ``VISADESK_HOME/backups``: listing, pruning,
restoring, and removing the ones that hold a deleted case or an old key.

Copies go through SQLite's online backup API, never a file copy of a live WAL database (a copy
taken between the main file and its -wal can be inconsistent; vorta learned this), into a temp
file that is fsynced before it is renamed into place. A backup holds only ciphertext and the
wrapped key, like the vault itself. Each *kind* of backup (daily, before a restore, after a
passphrase change, before a format upgrade) is pruned on its own: the last ``KEEP`` of each, so
a burst of restores never pushes out the earlier days.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from visadesk.local.paths import atomic_file, backups_dir, ensure_private_dir
from visadesk.vault import db
from visadesk.vault import header as hdr
from visadesk.vault.errors import VaultError, vault_error
from visadesk.vault.lockfile import VaultLock

KEEP = 7
STEP_PAGES = 4096  # 16 MiB of 4 KiB pages per step of a stoppable backup


class BackupStopped(Exception):
    """A backup stopped because the vault was locked (no file was left)."""


log = logging.getLogger("visadesk.vault.backups")

REASON_LABELS = {
    "daily": "daily",
    "before-restore": "before restore",
    "passphrase-changed": "after passphrase change",
    "before-format": "before format upgrade",
}


def backup_name(vault_id: str, day: date, reason: str = "daily") -> str:
    return f"vault-{vault_id[:12]}-{day.isoformat()}-{reason}.sqlite3"


def list_backups(vault_id: str, directory: Path | None = None) -> list[Path]:
    directory = directory or backups_dir()
    return sorted(directory.glob(f"vault-{vault_id[:12]}-*.sqlite3"))


def backup(
    conn: sqlite3.Connection,
    vault_id: str,
    *,
    reason: str = "daily",
    directory: Path | None = None,
    day: date | None = None,
    keep_going: Callable[[], bool] | None = None,
) -> Path | None:
    """Copy the open vault; with reason "daily", only if today's copy does not exist yet.

    Returns the new file, or None when none was needed. The caller holds the connection lock,
    or passes a connection of the backup's own. With ``keep_going`` the copy is made in steps
    of STEP_PAGES and stops (BackupStopped, no file left) as soon as it returns False.
    Raises OSError / sqlite3.Error on failure (leaving no partial file)."""
    directory = ensure_private_dir(directory or backups_dir())
    day = day or date.today()
    target = directory / backup_name(vault_id, day, reason)
    if reason == "daily" and target.exists():
        return None
    with atomic_file(target) as tmp:
        dest = sqlite3.connect(str(tmp))
        try:
            if keep_going is None:
                conn.backup(dest)
            else:

                def step(_status: int, _remaining: int, _total: int) -> None:
                    if not keep_going():
                        raise BackupStopped()

                conn.backup(dest, pages=STEP_PAGES, progress=step)
                if not keep_going():
                    raise BackupStopped()
            # the copy is a standalone file (rollback journal), so no -wal travels beside it
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    prune(vault_id, directory)
    log.info("vault backup written (%s)", reason)
    return target


def kind_of(reason: str) -> str:
    """The pruning group of a reason: "before-restore-142501" → "before-restore"."""
    for kind in REASON_LABELS:
        if reason == kind or reason.startswith(kind + "-"):
            return kind
    return reason


def prune(vault_id: str, directory: Path | None = None, keep: int = KEEP) -> None:
    """Keep the newest ``keep`` backups of each kind (by name: date, then reason)."""
    groups: dict[str, list[Path]] = {}
    for p in list_backups(vault_id, directory):
        m = _NAME.match(p.name)
        groups.setdefault(kind_of(m.group(3)) if m else "", []).append(p)
    for files in groups.values():
        for old in files[:-keep] if len(files) > keep else []:
            old.unlink(missing_ok=True)


def remove_backup(path: Path) -> None:
    """Delete one backup file (ciphertext only; with its journal if a crash left one)."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def backups_holding(vault_id: str, kind: str, record_id: str) -> list[Path]:
    """This vault's backups that still hold record (kind, id) — found by its opaque id, which
    is stored in clear, so no key is needed."""
    out: list[Path] = []
    for p in list_backups(vault_id):
        try:
            conn = db.connect_ro(p)
            try:
                row = conn.execute(
                    "SELECT 1 FROM records WHERE kind = ? AND id = ?", (kind, record_id)
                ).fetchone()
            finally:
                conn.close()
        except (sqlite3.Error, UnicodeDecodeError):
            continue
        if row is not None:
            out.append(p)
    return out


def remove_stale_key_backups(vault_id: str, data_key: bytes) -> list[Path]:
    """Delete this vault's backups whose key is not ``data_key`` (made before a key rotation:
    readable with the OLD passphrase, which is what changing it was meant to stop)."""
    removed: list[Path] = []
    for p in list_backups(vault_id):
        try:
            header, mac = hdr.read_header(p)
        except VaultError:
            continue
        if header.vault_id == vault_id and not hdr.key_fits(header, mac, data_key):
            remove_backup(p)
            removed.append(p)
    return removed


def rewrap_backups(vault_id: str, data_key: bytes, new_header: hdr.Header) -> int:
    """After a passphrase change that KEEPS the data key: give this vault's backups the new
    header too, so the old passphrase no longer opens them. Returns how many were rewritten."""
    count = 0
    for p in list_backups(vault_id):
        try:
            header, mac = hdr.read_header(p)
            if header.vault_id != vault_id or not hdr.key_fits(header, mac, data_key):
                continue
            conn = sqlite3.connect(str(p), isolation_level=None)
            try:
                conn.execute("PRAGMA secure_delete = ON")
                conn.execute(
                    "UPDATE header SET body = ?, checksum = ?, mac = ? WHERE id = 1",
                    (new_header.body(), new_header.checksum(), new_header.mac(data_key)),
                )
            finally:
                conn.close()
            count += 1
        except (VaultError, sqlite3.Error, OSError) as exc:
            log.warning("a backup could not be re-wrapped (%s); removing it", type(exc).__name__)
            remove_backup(p)
    return count


# --- listing and restoring --------------------------------------------------------------------

_NAME = re.compile(r"^vault-([0-9a-f]{1,12})-(\d{4}-\d{2}-\d{2})-([a-z0-9.-]+)\.sqlite3$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    vault_id_prefix: str
    day: date
    reason: str
    size: int
    modified: datetime

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def kind(self) -> str:
        """daily, before-restore, passphrase-changed or before-format."""
        return kind_of(self.reason)

    @property
    def label(self) -> str:
        """The reason in words (English; the CLI and UI translate it by ``kind``)."""
        return REASON_LABELS.get(self.kind, self.reason)


def all_backups(directory: Path | None = None) -> list[BackupInfo]:
    """Every backup file in the backups folder (any vault), oldest first."""
    directory = directory or backups_dir()
    out = []
    for p in directory.glob("vault-*.sqlite3"):
        m = _NAME.match(p.name)
        if not m or not p.is_file():
            continue
        try:
            day = date.fromisoformat(m.group(2))
            st = p.stat()
        except (ValueError, OSError):
            continue
        out.append(
            BackupInfo(
                p, m.group(1), day, m.group(3), st.st_size, datetime.fromtimestamp(st.st_mtime)
            )
        )
    return sorted(out, key=lambda b: (b.modified, b.name))


def restore_backup(
    backup_path: Path | str,
    home: Path | str | None = None,
    *,
    vault_path: Path | str | None = None,
    any_vault: bool = False,
) -> Path | None:
    """Make ``backup_path`` the vault again. Returns the backup of the vault it replaced (so a
    restore can itself be undone), or None when there was no vault.

    The backup must be a VisaDesk vault with a sound header; unless ``any_vault``, it must
    also be a copy of the same vault (same vault id) when a vault exists. The swap is atomic
    (copy beside the vault, fsync, rename). Refused (VaultInUse) while any VisaDesk window or
    command has the vault unlocked: its later saves would go into the replaced file."""
    root = Path(home) if home is not None else None
    target = Path(vault_path) if vault_path else (root or _home()) / "vault.sqlite3"
    directory = (root / "backups") if root is not None else backups_dir()
    src = Path(backup_path)
    if not src.is_file():
        raise vault_error("vault.no_backup", path=src)
    src_header, _mac = hdr.read_header(src)  # a vault with a sound header, or VaultError
    current_id = None
    if target.exists():
        try:
            current_id = hdr.read_header(target)[0].vault_id
        except VaultError:
            current_id = None  # a damaged vault may be replaced by any good backup
        if current_id and current_id != src_header.vault_id and not any_vault:
            raise vault_error("vault.backup_other_vault", name=src.name)
    ensure_private_dir(target.parent)
    ensure_private_dir(directory)
    kept: Path | None = None
    with VaultLock(target) as lock:
        lock.exclusive("restore a backup")
        with atomic_file(target, tag="restore") as tmp:
            # 1. copy the backup beside the vault (SQLite's backup API: a consistent copy)
            source = db.connect_ro(src)
            try:
                dest = sqlite3.connect(str(tmp))
                try:
                    with db.sqlite_errors():
                        source.backup(dest)
                        dest.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dest.close()
            finally:
                source.close()
            if hdr.read_header(tmp)[0].vault_id != src_header.vault_id:
                raise vault_error("vault.backup_changed")
            # 2. keep the current vault as a backup, with every commit of its WAL folded in
            if target.exists():
                kept = _keep_current(target, current_id, directory)
            # 3. (on leaving) swap atomically; no stale WAL or index may survive beside it
            for suffix in ("-wal", "-shm"):
                Path(str(target) + suffix).unlink(missing_ok=True)
    log.info("vault restored from a backup")
    return kept


def _keep_current(target: Path, current_id: str | None, directory: Path) -> Path | None:
    from visadesk.vault.errors import VaultBusy

    conn = db.connect_rw(target)
    try:
        with db.sqlite_errors():
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy and busy[0]:
                raise VaultBusy()
            kept = backup(
                conn, current_id or "000000000000", reason=_restore_reason(), directory=directory
            )
    finally:
        conn.close()
    wal = Path(str(target) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise VaultBusy()
    return kept


def _restore_reason() -> str:
    return "before-restore-" + datetime.now().strftime("%H%M%S")


def _home() -> Path:
    from visadesk.local.paths import home

    return home()
