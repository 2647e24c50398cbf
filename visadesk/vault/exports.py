"""Where the app exported files to (packets, bundles), remembered inside the vault - the paths
are personal (a folder named after a family), so they are sealed with the vault's key, never in
the plain settings file. The wipe dialog lists them and offers to delete those files too."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

KEY = "export_locations"
KEEP = 30  # the newest exports; older ones fall off the list


class _SettingsStore(Protocol):
    def get_settings(self) -> dict: ...  # type: ignore[type-arg]

    def put_settings(self, settings: dict) -> None: ...  # type: ignore[type-arg]


def recent_exports(vault: _SettingsStore) -> list[Path]:
    """Exported files, newest first (whether or not they still exist)."""
    raw = vault.get_settings().get(KEY, [])
    if not isinstance(raw, list):
        return []
    return [Path(p) for p in raw if isinstance(p, str) and p]


def remember_export(vault: _SettingsStore, path: Path | str) -> None:
    """Note an exported file (absolute path) at the top of the list."""
    where = str(Path(path).expanduser().absolute())
    settings = vault.get_settings()
    kept = [str(p) for p in recent_exports(vault) if str(p) != where]
    settings[KEY] = [where, *kept][:KEEP]
    vault.put_settings(settings)


def existing_exports(vault: _SettingsStore) -> list[Path]:
    """The remembered exports that are still there (regular files, links not followed)."""
    return [p for p in recent_exports(vault) if p.is_file() and not p.is_symlink()]
