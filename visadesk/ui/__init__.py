"""The PySide6 desktop app. Presentation only: every rule lives in the core."""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Work around a PySide6 6.12.0 bug on Python 3.11: every call of a Qt method that returns
    nothing (processEvents, setData, QTimer.start, …) drops one reference to None, so after some
    hundred thousand calls CPython aborts with "none_dealloc: deallocating None". From Python
    3.12 None is immortal and the bug is harmless; on 3.11 we give None a reference count so
    large (2**60) that no session can use it up — None is never freed anyway."""
    if sys.version_info >= (3, 12):
        return
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < 2**59:
        refcount.value += 2**60


_keep_none_alive()
