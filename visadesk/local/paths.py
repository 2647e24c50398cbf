"""Where VisaDesk keeps its files: ``VISADESK_HOME`` or the platform's user data directory."""

from __future__ import annotations

import os
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


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write a file so a crash leaves the old or the new content, never a mix (temp + fsync + rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


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
