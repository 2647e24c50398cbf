"""App settings that are not personal (language, text size, auto-lock, keychain use), in
``VISADESK_HOME/settings.json``. Loaded forgivingly: a bad value is reset alone, a broken file
is kept as ``settings.json.bak`` and replaced by defaults, and the caller is told what happened;
a broken settings file never stops the app. Personal settings live sealed in the vault."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from visadesk.local.paths import atomic_write, settings_path

LANGUAGES = ("en", "ru", "uk", "fr", "de")


@dataclass
class Settings:
    language: str = "en"
    text_size: int = 10  # points
    auto_lock_minutes: int = 10
    use_keychain: bool = True  # False: never touch the OS keychain
    first_run_done: bool = False
    notices: list[str] = field(default_factory=list, compare=False, repr=False)

    def valid(self, name: str, value: object) -> bool:
        if name == "language":
            return value in LANGUAGES
        if name == "text_size":
            return isinstance(value, int) and not isinstance(value, bool) and 8 <= value <= 24
        if name == "auto_lock_minutes":
            return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 240
        if name in ("use_keychain", "first_run_done"):
            return isinstance(value, bool)
        return False


def load(path: Path | None = None) -> Settings:
    path = path or settings_path()
    settings = Settings()
    if not path.exists():
        return settings
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not an object")
    except (OSError, ValueError):
        try:
            path.replace(path.with_name(path.name + ".bak"))
        except OSError:
            pass
        settings.notices.append(
            "The settings file was damaged; defaults are used (old file kept as settings.json.bak)."
        )
        return settings
    for f in fields(Settings):
        if f.name == "notices" or f.name not in raw:
            continue
        if settings.valid(f.name, raw[f.name]):
            setattr(settings, f.name, raw[f.name])
        else:
            settings.notices.append(f"The setting {f.name!r} had an invalid value and was reset.")
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    data = {k: v for k, v in asdict(settings).items() if k != "notices"}
    atomic_write(path or settings_path(), (json.dumps(data, indent=2) + "\n").encode("utf-8"))
