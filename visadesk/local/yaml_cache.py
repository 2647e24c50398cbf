"""Parsed form-definition YAML, cached as JSON in ``VISADESK_HOME/cache/forms/`` by the SHA-256
of the text: libyaml's parser is quick but building Python objects from it is not (about 50 ms
for the Schengen form), while reading the same data back from JSON takes a millisecond.

Only the parse is cached; every definition is still validated by the schema on each load. The
cache holds no personal data (definitions are public forms), is written atomically 0600, is
ignored when unreadable or when the data would not come back identical, and goes with a panic
wipe like the rest of the folder's cache.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

CACHE_VERSION = "1"


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    raise TypeError(type(value).__name__)


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if "$date" in obj:
            return date.fromisoformat(obj["$date"])
        if "$datetime" in obj:
            return datetime.fromisoformat(obj["$datetime"])
    return obj


def _cache_file(text: str) -> Path | None:
    try:
        from visadesk.local.paths import home

        digest = hashlib.sha256(f"{CACHE_VERSION}\n{text}".encode()).hexdigest()
        return home(create=False) / "cache" / "forms" / f"{digest}.json"
    except (OSError, ValueError):
        return None


def load_yaml(text: str) -> Any:
    """``yaml.load(text)`` with the safe loader (C when available), through the cache."""
    path = _cache_file(text)
    if path is not None:
        try:
            return json.loads(path.read_text(encoding="utf-8"), object_hook=_decode)
        except (OSError, ValueError):
            pass
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader (C or Python)
    if path is not None and isinstance(data, dict):
        _store(path, data)
    return data


def _store(path: Path, data: dict[str, Any]) -> None:
    try:
        encoded = json.dumps(data, default=_encode, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError):  # a YAML type JSON cannot carry: not cached
        return
    if json.loads(encoded, object_hook=_decode) != data:
        return
    try:
        from visadesk.local.paths import atomic_write, ensure_private_dir, home

        ensure_private_dir(home() / "cache")
        ensure_private_dir(path.parent)
        atomic_write(path, encoded.encode("utf-8"))
    except OSError:  # a read-only or full disk: parse again next time
        pass
