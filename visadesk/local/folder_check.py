"""Refuse a data folder VisaDesk cannot keep private: one that is (or holds) a symbolic link, or
that belongs to another user. Called at start-up by the CLI and the desktop app.

A link in the data folder would make VisaDesk write personal data, logs or a wipe somewhere
else (a link ``logs -> /home/me/Documents`` once made the wipe zero unrelated files); a folder
owned by someone else can be read or swapped by them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from visadesk.errors import VisaDeskError

_MAX_ENTRIES = 100_000  # a data folder holds a few dozen files; stop looking after this many


class UnsafeDataFolder(VisaDeskError):
    """The data folder has a link in it, or belongs to another user. ``kind``: ``link`` or
    ``owner``; ``where``: the offending path (for the message)."""

    def __init__(self, kind: str, where: Path, message: str) -> None:
        super().__init__(message, field=None)
        self.kind = kind
        self.where = where


def find_links(root: Path) -> list[Path]:
    """Every symbolic link at or below ``root``, without following any."""
    found: list[Path] = []
    try:
        if stat.S_ISLNK(os.lstat(root).st_mode):
            return [root]
    except FileNotFoundError:
        return []
    pending = [root]
    seen = 0
    while pending and seen < _MAX_ENTRIES:
        folder = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            seen += 1
            if entry.is_symlink():
                found.append(Path(entry.path))
            elif entry.is_dir(follow_symlinks=False):
                pending.append(Path(entry.path))
    return sorted(found)


def check_data_folder(root: Path) -> None:
    """Raise :class:`UnsafeDataFolder` when ``root`` cannot be kept private; a folder that does
    not exist yet is fine (VisaDesk creates it 0700)."""
    try:
        info = os.lstat(root)
    except FileNotFoundError:
        return
    links = find_links(root)
    if links:
        raise UnsafeDataFolder(
            "link",
            links[0],
            f"the data folder {root} contains a link ({links[0]}); VisaDesk never follows "
            "links there. Replace the link with a real folder or file, or choose another "
            "data folder (VISADESK_HOME).",
        )
    getuid = getattr(os, "getuid", None)
    if getuid is not None and info.st_uid != getuid():
        raise UnsafeDataFolder(
            "owner",
            root,
            f"the data folder {root} belongs to another user; VisaDesk only uses a folder of "
            "your own. Choose another data folder (VISADESK_HOME).",
        )
