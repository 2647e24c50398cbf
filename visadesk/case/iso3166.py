"""pycountry's ISO 3166 data (part 1, current countries; part 3, former ones) and its name
catalogues, read from the pycountry package's own files without importing pycountry.

Importing pycountry costs ~40 ms of a command's start: its ``__init__`` asks the installed
packages' metadata for its own version (``importlib.metadata`` and the ``email`` package), and a
packet validates a country code before it draws anything. The data is pycountry's, unchanged:
a record per entry, looked up case-insensitively by one field, the last of two equal values
winning, as pycountry's ``Database.get`` does (tests/test_countries.py compares every entry
with pycountry's answers).
"""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path
from typing import Literal

Part = Literal["3166-1", "3166-3"]


@functools.cache
def package_dir() -> Path:
    """pycountry's folder (found, not imported)."""
    spec = importlib.util.find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pycountry")
    return Path(next(iter(spec.submodule_search_locations)))


def locales_dir() -> str:
    """Where pycountry keeps the gettext catalogues of the names (``pycountry.LOCALES_DIR``)."""
    return str(package_dir() / "locales")


@functools.cache
def entries(part: Part) -> tuple[dict[str, str], ...]:
    """Every entry of ISO 3166 part 1 or 3, in the database's order."""
    path = package_dir() / "databases" / f"iso{part}.json"
    with path.open(encoding="utf-8") as f:
        return tuple(json.load(f)[part])


@functools.cache
def _index(part: Part, key: str) -> dict[str, dict[str, str]]:
    return {e[key].lower(): e for e in entries(part) if key in e}


def get(part: Part, key: str, value: str) -> dict[str, str] | None:
    """The entry whose ``key`` (alpha_2, alpha_3, numeric …) is ``value``, in any case."""
    return _index(part, key).get(value.lower())
