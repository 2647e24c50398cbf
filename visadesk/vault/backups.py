"""Daily backups of the (encrypted) vault file into ``VISADESK_HOME/backups``, last 7 kept.

Copies go through SQLite's online backup API, never a file copy of a live WAL database (a copy
taken between the main file and its -wal can be inconsistent; vorta learned this). A backup
holds only ciphertext and the wrapped key, like the vault itself: same passphrase opens it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import date
from pathlib import Path

from visadesk.paths import backups_dir

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
