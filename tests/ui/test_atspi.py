"""#13.15 over AT-SPI, as Orca sees it: the demo app in a real X server with the accessibility
bridge on; real Tab key presses (XTest, through the AT-SPI registry); each focus stop read back
over D-Bus (tests/ui/atspi_walk.py). Tab from the case tabs' bar reaches the tab's content and
no stop is an unnamed filler."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.xvfb, pytest.mark.long(45)]

LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
WALK = Path(__file__).with_name("atspi_walk.py")


def _missing() -> str | None:
    for tool in ("xvfb-run", "dbus-run-session", "Xvfb"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not LAUNCHER.exists():
        return "at-spi2-core (at-spi-bus-launcher) is not installed"
    try:
        import jeepney  # noqa: F401
    except ImportError:
        return "jeepney (the D-Bus client) is not installed"
    return None


@pytest.mark.parametrize("tab", ["Summary", "People"])
def test_tab_order_over_atspi(visadesk_home, private_tmp, tab: str) -> None:
    reason = _missing()
    if reason:
        pytest.skip(f"AT-SPI unavailable: {reason}")
    script = (
        f"{LAUNCHER} --launch-immediately & sleep 1; "
        f'"{sys.executable}" -m visadesk --demo & APP=$!; '
        f'"{sys.executable}" "{WALK}" 7 "{tab}"; RC=$?; kill $APP; exit $RC'
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
        VISADESK_HOME=str(visadesk_home),
        TMPDIR=str(private_tmp),
    )
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    r = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1400x900x24",
            "dbus-run-session",
            "--",
            "sh",
            "-c",
            script,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.startswith(("{", "["))]
    assert lines and "tabs" in lines[0], (r.stdout, r.stderr[-2000:])
    assert "People" in lines[0]["tabs"]
    # each stop: every object that says it has focus, the deepest (the control) first
    stops = [x[0] if x else {"role": "", "name": ""} for x in lines[1:]]
    roles = [s["role"] for s in stops]
    assert "page tab list" in roles, stops
    after_bar = stops[roles.index("page tab list") + 1]
    assert after_bar["role"] not in ("filler", "scroll pane", "page tab list"), stops
    first = {"Summary": "Case title", "People": "People in this case"}[tab]
    assert after_bar["name"] == first, stops  # the tab's first control
    unnamed = [o for x in lines[1:] for o in x if not o["name"].strip()]
    assert unnamed == [], lines[1:]
