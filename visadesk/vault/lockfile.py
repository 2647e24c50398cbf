"""Who has the vault open: a lock file beside it (``vault.sqlite3.lock``) with an advisory lock.

Every unlocked Vault holds a *shared* lock on it; replacing the file (restoring a backup,
re-sealing it under a new key) needs the *exclusive* lock and is refused while any other process
— or any other Vault object in this one — has the vault open, because that process would go on
saving into the replaced file and its saves would be lost although they reported success.
``flock`` locks vanish with the process, so a crash never leaves the vault "in use". Where the
platform has no ``fcntl`` (Windows) the lock is a no-op and SQLite's own busy check remains.
"""

from __future__ import annotations

import os
from pathlib import Path

from visadesk.vault.errors import VaultInUse

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def lock_path(vault_path: Path) -> Path:
    return Path(str(vault_path) + ".lock")


class VaultLock:
    """One open file description on the lock file; ``shared``/``exclusive`` convert it."""

    def __init__(self, vault_path: Path) -> None:
        self.path = lock_path(Path(vault_path))
        self._fd: int | None = None
        self.mode: str | None = None

    def _open(self) -> int:
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        return self._fd

    def shared(self) -> None:
        """Hold the vault open (blocks only while another process is replacing it)."""
        if fcntl is None:
            return
        fcntl.flock(self._open(), fcntl.LOCK_SH)
        self.mode = "shared"

    def exclusive(self, action: str = "restore a backup") -> None:
        """Take the vault for a replacement, or VaultInUse at once if anyone else holds it."""
        if fcntl is None:
            return
        try:
            fcntl.flock(self._open(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if self.mode == "shared":  # converting lost the shared lock: take it back
                fcntl.flock(self._open(), fcntl.LOCK_SH)
            raise VaultInUse(action) from None
        self.mode = "exclusive"

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the description releases its lock
            self._fd = None
        self.mode = None

    def __enter__(self) -> VaultLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
