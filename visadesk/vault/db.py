"""The vault's SQLite file: creating it owner-only, opening it (read-only or read-write) with
durable pragmas, the schema, and turning SQLite failures into vault errors.

Pragmas: WAL with ``synchronous=FULL`` (NORMAL survives a process crash but may lose the last
commits on power loss), ``secure_delete=ON`` so replaced ciphertext is zeroed in the file,
``busy_timeout`` so a second process waits for the first instead of failing at once.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from visadesk.local.paths import ensure_private_dir
from visadesk.vault.errors import (
    FILE_STRUCTURE,
    DiskFull,
    VaultBusy,
    VaultError,
    VaultTampered,
    vault_error,
)

BUSY_TIMEOUT_MS = 5000

SCHEMA = """
CREATE TABLE header (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    body BLOB NOT NULL,
    checksum BLOB NOT NULL,
    mac BLOB NOT NULL
);
-- One row per sealed record. Only opaque ids, kinds and version numbers are in clear.
CREATE TABLE records (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    owner TEXT,            -- for an attachment: the opaque id of its case
    body BLOB NOT NULL,    -- sealed record
    summary BLOB,          -- for a case: sealed search summary (names, numbers, title)
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;
CREATE INDEX records_owner ON records(owner) WHERE owner IS NOT NULL;
CREATE TABLE chunks (
    attachment TEXT NOT NULL,
    idx INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (attachment, idx)
) WITHOUT ROWID;
"""


def create_file(path: Path) -> None:
    """Create an empty file 0600 (SQLite gives -wal/-shm the main file's mode)."""
    ensure_private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def connect_rw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise vault_error("vault.journal")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = OFF")
    except sqlite3.Error as exc:
        conn.close()
        raise as_vault_error(exc) from None
    except BaseException:
        conn.close()
        raise
    return conn


def connect_reader(path: Path) -> sqlite3.Connection:
    """A second connection to an open vault for reading only (the backup's): it sees a
    consistent snapshot while the vault's own connection goes on writing (WAL)."""
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    conn.execute("PRAGMA query_only = ON")
    return conn


def connect_ro(path: Path) -> sqlite3.Connection:
    """Read-only, creating no file: ``immutable=1`` when no -wal exists (the file then holds
    every commit), plain ``mode=ro`` when another process has it open or a crash left a WAL."""
    uri = "file:" + quote(str(path.resolve()))
    wal = Path(str(path) + "-wal")
    uri += "?mode=ro" if wal.exists() else "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)


def as_vault_error(exc: sqlite3.Error) -> VaultError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return VaultBusy()
    if "malformed" in text or "not a database" in text or "corrupt" in text or "decode" in text:
        return file_damaged()
    if "no such table" in text or "no such column" in text:
        return vault_error("vault.not_a_vault_damaged")
    if "readonly" in text or "read-only" in text or "permission" in text:
        return vault_error("vault.read_only")
    if ("disk" in text and "full" in text) or "no space" in text:
        return DiskFull()
    # the SQLite message is not shown: it can quote stored bytes
    return vault_error("vault.unusable", reason=type(exc).__name__)


def file_damaged() -> VaultTampered:
    """SQLite's own structure (schema, page headers, a stored kind or id) is damaged: no
    record can be vouched for, so the message says so (never "the others are not affected")."""
    return VaultTampered(FILE_STRUCTURE)


@contextmanager
def sqlite_errors() -> Iterator[None]:
    """SQLite failures as vault errors. A damaged page can also surface as a decoding error of
    a TEXT column (kind, id) or an impossible value: the same "file damaged" error."""
    try:
        yield
    except sqlite3.Error as exc:
        raise as_vault_error(exc) from None
    except (UnicodeDecodeError, OverflowError):
        raise file_damaged() from None


@contextmanager
def write_txn(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One IMMEDIATE transaction: the write lock is taken up front, so two processes queue
    (busy_timeout) instead of deadlocking on a read-to-write upgrade."""
    with sqlite_errors():
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            # SQLite may already have rolled back itself (a full disk does): a ROLLBACK error
            # then must not hide the real one
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            raise
        conn.execute("COMMIT")
