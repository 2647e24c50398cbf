"""Forgetting what the process remembers of personal data: every in-memory cache keyed by
names, spellings or printed text is cleared on lock (``forget_caches``).

A cache that may hold a personal string registers here (``remember_to_forget``); the known
ones (transliteration, country look-ups, PDF text widths) are listed below so that importing
this module is enough. Python cannot promise the memory is overwritten (strings are
immutable); dropping the references is what can be done, and it is done at every lock.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Protocol

log = logging.getLogger("visadesk.local.privacy")


class _Cached(Protocol):
    def cache_clear(self) -> None: ...


# (module, attribute) of functools caches whose keys or values can be personal strings
_KNOWN = (
    ("visadesk.identity.translit", "transliterate"),
    ("visadesk.case.countries", "normalize"),
    ("visadesk.pdf.fonts", "_word_1pt"),
)
_extra: list[_Cached] = []
_hooks: list[Callable[[], None]] = []


def remember_to_forget(cached: _Cached | Callable[[], None]) -> None:
    """Register a cache (anything with ``cache_clear``) or a function to call on lock."""
    if hasattr(cached, "cache_clear"):
        _extra.append(cached)
    else:
        _hooks.append(cached)


def caches() -> list[_Cached]:
    """The caches cleared by :func:`forget_caches` (of modules already imported: a module
    never imported holds nothing)."""
    out: list[_Cached] = []
    for module_name, attr in _KNOWN:
        module = sys.modules.get(module_name)
        cached = getattr(module, attr, None) if module is not None else None
        if cached is not None and hasattr(cached, "cache_clear"):
            out.append(cached)
    return out + _extra


def forget_caches() -> int:
    """Clear every cache that may hold personal strings; returns how many were cleared."""
    cleared = 0
    for cached in caches():
        cached.cache_clear()
        cleared += 1
    for hook in _hooks:
        hook()
        cleared += 1
    log.debug("caches cleared (%d)", cleared)
    return cleared
