"""Daily backups of the (encrypted) vault file into ``VISADESK_HOME/backups``, last 7 kept.

Copies go through SQLite's online backup API, never a file copy of a live WAL database (a copy
taken between the main file and its -wal can be inconsistent; vorta learned this). A backup
holds only ciphertext and the wrapped key, like the vault itself: same passphrase opens it.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from visadesk.local.paths import backups_dir, fsync_dir

KEEP = 7

log = logging.getLogger("visadesk.vault.backups")


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
) -> Path | None:
    """Copy the open vault; with reason "daily", only if today's copy does not exist yet.

    Returns the new file, or None when none was needed. The caller holds the connection lock."""
    directory = directory or backups_dir()
    day = day or date.today()
    target = directory / backup_name(vault_id, day, reason)
    if reason == "daily" and target.exists():
        return None
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            conn.backup(dest)
            # the copy is a standalone file (rollback journal), so no -wal travels beside it
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    prune(vault_id, directory)
    log.info("vault backup written (%s)", reason)
    return target


def prune(vault_id: str, directory: Path | None = None, keep: int = KEEP) -> None:
    files = list_backups(vault_id, directory)
    for old in files[:-keep] if len(files) > keep else []:
        old.unlink(missing_ok=True)


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
    (copy beside the vault, fsync, rename); close VisaDesk first - a vault in use by another
    window or command is refused (VaultBusy)."""
    from visadesk.local.paths import ensure_private_dir
    from visadesk.vault import db
    from visadesk.vault.errors import VaultBusy, VaultError
    from visadesk.vault.store import Vault

    root = Path(home) if home is not None else None
    target = Path(vault_path) if vault_path else (root or _home()) / "vault.sqlite3"
    directory = (root / "backups") if root is not None else backups_dir()
    src = Path(backup_path)
    if not src.is_file():
        raise VaultError(f"there is no backup {src}")
    src_header, _mac = Vault._read_header(src)  # a vault with a sound header, or VaultError
    current_id = None
    if target.exists():
        try:
            current_id = Vault._read_header(target)[0].vault_id
        except VaultError:
            current_id = None  # a damaged vault may be replaced by any good backup
        if current_id and current_id != src_header.vault_id and not any_vault:
            raise VaultError(
                f"{src.name} is a backup of another vault; nothing was changed "
                "(use --any-vault to restore it anyway; the current vault is kept as a backup)"
            )
    ensure_private_dir(target.parent)
    ensure_private_dir(directory)
    tmp = target.with_name(f".{target.name}.restore.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    kept: Path | None = None
    try:
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
        _fsync_file(tmp)
        if Vault._read_header(tmp)[0].vault_id != src_header.vault_id:
            raise VaultError("the backup changed while it was being copied; nothing was changed")
        # 2. keep the current vault as a backup, with every commit of its WAL folded in
        if target.exists():
            conn = db.connect_rw(target)
            try:
                with db.sqlite_errors():
                    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                    if busy and busy[0]:
                        raise VaultBusy()
                    kept = backup(
                        conn, current_id or "000000000000", reason=_restore_reason(),
                        directory=directory,
                    )  # fmt: skip
            finally:
                conn.close()
            wal = Path(str(target) + "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise VaultBusy()
        # 3. swap atomically; no stale WAL or index may survive beside the new file
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
    log.info("vault restored from a backup")
    return kept


def _restore_reason() -> str:
    return "before-restore-" + datetime.now().strftime("%H%M%S")


def _home() -> Path:
    from visadesk.local.paths import home

    return home()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
