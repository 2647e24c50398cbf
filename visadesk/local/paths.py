"""Where VisaDesk keeps its files: ``VISADESK_HOME`` or the platform's user data directory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ENV_HOME = "VISADESK_HOME"


def home(create: bool = True) -> Path:
    """The data directory. Created owner-only (0700) on first use."""
    env = os.environ.get(ENV_HOME)
    if env:
        path = Path(env).expanduser()
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("VisaDesk", appauthor=False))
    if create:
        ensure_private_dir(path)
    return path


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make it 0700: personal data lives below it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(path, 0o700)
    except OSError:  # e.g. a directory owned by someone else: not ours to change
        pass
    return path


def vault_path() -> Path:
    return home() / "vault.sqlite3"


def backups_dir() -> Path:
    return ensure_private_dir(home() / "backups")


def forms_dir() -> Path:
    """Extra form definitions a volunteer drops in (validated like the shipped ones)."""
    return home() / "forms"


def logs_dir() -> Path:
    return ensure_private_dir(home() / "logs")


def settings_path() -> Path:
    """Non-personal app settings (language, text size); personal settings live in the vault."""
    return home() / "settings.json"


@contextmanager
def atomic_file(path: Path, mode: int = 0o600, tag: str = "tmp") -> Iterator[Path]:
    """THE atomic-write helper: yields an empty temp file (``mode``, created exclusively beside
    ``path``) for the caller to fill by any means (a file handle, SQLite's backup API ...); on
    success it is fsynced, renamed over ``path`` and the folder fsynced, so a crash leaves the
    old or the new content, never a mix; on any failure the temp file is removed."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{tag}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, mode))
    try:
        yield tmp
        fsync_file(tmp)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write a file so a crash leaves the old or the new content, never a mix."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(path, mode) as tmp, open(tmp, "wb") as fh:
        fh.write(data)


def fsync_file(path: Path) -> None:
    """Flush a file's bytes to the disk (before it is renamed into place)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(directory: Path) -> None:
    """Make a rename or a new file in ``directory`` durable (best effort: some file systems
    cannot fsync a folder)."""
    try:
        dfd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass
