"""pydantic plugins stay out of VisaDesk's processes (they would see every validated case), and
disabling them costs nothing: pydantic's loader, which imports importlib.metadata only to read the
variable, is replaced by one that answers "no plugins" (visadesk/local/pydantic_plugins.py)."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
import textwrap

import pydantic.plugin._schema_validator as schema_validator


def _run(code: str, **env: str) -> str:
    full = {**os.environ, **env}
    full.pop("PYDANTIC_DISABLE_PLUGINS", None)
    full.update(env)
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=full
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_pydantic_still_asks_the_loader_only_for_get_plugins():
    """The replacement offers `get_plugins` alone: if a new pydantic asks the loader for more (or
    asks elsewhere), this fails, not a user's validation."""
    source = inspect.getsource(schema_validator)
    assert "from ._loader import get_plugins\n" in source
    assert source.count("_loader") == 1


def test_a_cli_process_validates_with_no_plugin_and_no_package_metadata_scan(tmp_path):
    out = _run(
        f"""
        import sys
        from visadesk.cli.main import main
        main(["example-case", "-o", {str(tmp_path / "c.json")!r}])
        main(["validate", {str(tmp_path / "c.json")!r}])
        from pydantic.plugin._loader import get_plugins
        import os
        print(list(get_plugins()), "importlib.metadata" in sys.modules,
              os.environ["PYDANTIC_DISABLE_PLUGINS"])
        """,
        VISADESK_HOME=str(tmp_path / "home"),
    )
    assert out.splitlines()[-1] == "[] False __all__"


def test_the_desktop_entry_point_disables_plugins_too(tmp_path):
    """`visadesk-gui` (a double-click) starts in gui_main, not main: plugins are off there as
    well (the app itself is not started: its module is replaced by one that reports)."""
    out = _run(
        """
        import os, sys, types
        app = types.ModuleType("visadesk.ui.app")
        app.run = lambda demo, files: print(os.environ.get("PYDANTIC_DISABLE_PLUGINS"),
                                            type(sys.modules["pydantic.plugin._loader"]).__name__,
                                            sys.modules["pydantic.plugin._loader"].get_plugins())
        app.show_refusal = print
        sys.modules["visadesk.ui.app"] = app
        from visadesk.cli.main import gui_main
        gui_main(demo=True, files=[])
        """,
        VISADESK_HOME=str(tmp_path / "home"),
    )
    assert out.splitlines()[-1] == "__all__ module ()"


def test_a_users_own_choice_is_left_alone(tmp_path):
    """Someone who sets the variable to name plugins keeps pydantic's own loader."""
    out = _run(
        """
        from visadesk.local.pydantic_plugins import keep_plugins_out
        keep_plugins_out()
        from pydantic import BaseModel
        class M(BaseModel):
            x: int
        M(x=1)
        import sys
        print(sys.modules["pydantic.plugin._loader"].__file__.endswith("_loader.py"))
        """,
        PYDANTIC_DISABLE_PLUGINS="some_plugin",
    )
    assert out == "True"
