"""No third-party pydantic plugin sees the data VisaDesk validates.

pydantic finds plugins through every installed package's entry points and hands each one the
data of every validation: a package a user installed for something else would see the case.
``PYDANTIC_DISABLE_PLUGINS=__all__`` turns that off, but pydantic still imports its plugin
loader, and with it ``importlib.metadata`` and the ``email`` package (~15 ms of a 0.5 s packet),
only to read the variable. So, unless the user set the variable to something else, the loader is
replaced by one that answers "no plugins", exactly what the real one returns when they are
disabled. tests/test_pydantic_plugins.py checks that pydantic still asks that module, and only
for ``get_plugins``.
"""

from __future__ import annotations

import os
import sys
import types

LOADER = "pydantic.plugin._loader"
DISABLED = ("__all__", "1", "true")  # the values pydantic's loader reads as "none at all"


def _no_plugins() -> tuple[()]:
    return ()


def keep_plugins_out() -> None:
    """Call before the first model is built (the entry points do, first thing)."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] not in DISABLED or LOADER in sys.modules:
        return  # the user chose some plugins; or pydantic's own loader is already in use
    loader = types.ModuleType(LOADER, "VisaDesk: pydantic plugins are disabled")
    loader.get_plugins = _no_plugins  # type: ignore[attr-defined]
    sys.modules[LOADER] = loader
