"""#13.15 over AT-SPI, as Orca sees it: the demo app in a real X server with the accessibility
bridge on; real Tab key presses (XTest, through the AT-SPI registry); each focus stop read back
over D-Bus from the focus events Orca hears (tests/ui/atspi_walk.py). On every case tab, Tab
reaches every control on screen and comes back to where it started; every stop is named and a
control (no unnamed filler); Tab from the tab bar goes into the tab's content."""

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


BAD_ROLES = {"filler", "panel", "unknown", "scroll pane", "redundant object", ""}
FIRST = {"Summary": "Case title", "People": "People in this case"}  # each tab's first control


def test_tab_reaches_every_control_of_every_tab_over_atspi(visadesk_home, private_tmp) -> None:
    """For each case tab: real Tab presses until the focus comes back where it started. Tab
    never stays in one field, every stop has a name and a control's role (no "filler"), every
    object that says it has the focus has a name, and every control on screen that can take
    the focus was reached."""
    reason = _missing()
    if reason:
        pytest.skip(f"AT-SPI unavailable: {reason}")
    script = (
        f"{LAUNCHER} --launch-immediately & sleep 1; "
        f'"{sys.executable}" -m visadesk --demo & APP=$!; '
        f'"{sys.executable}" "{WALK}"; RC=$?; kill $APP; exit $RC'
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
        timeout=240,
    )
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.startswith("{")]
    assert lines and "tabs" in lines[0], (r.stdout, r.stderr[-2000:])
    tabs = lines[0]["tabs"]
    assert {"Summary", "People", "Applications", "Documents", "Packet"} <= set(tabs)
    walks = {w["tab"]: w for w in lines[1:]}
    assert sorted(walks) == sorted(tabs), (r.stdout[-3000:], r.stderr[-2000:])
    for tab, walk in walks.items():
        stops = walk["stops"]
        said = [(s["role"], s["name"]) for s in stops]
        assert not walk["stuck"], (tab, "Tab stayed in a field after", said[-3:])
        assert walk["cycled"], (tab, "the focus never came back", said)
        assert len(stops) >= 5, (tab, said)
        roles = [s["role"] for s in stops]
        assert "page tab list" in roles, (tab, said)
        bad = [x for x in said if x[0] in BAD_ROLES or not x[1].strip()]
        assert bad == [], (tab, "unnamed or container stops", bad)
        claims = [c for s in stops for c in s["focused_children"] if not c["name"].strip()]
        assert claims == [], (tab, "unnamed objects saying they have the focus", claims)
        reached = {s["path"] for s in stops}
        missed = [(c["role"], c["name"]) for c in walk["controls"] if c["path"] not in reached]
        assert missed == [], (tab, "controls Tab never reached", missed)
        # after the tab bar: the tab's own first control, not the window's next part
        i = roles.index("page tab list")
        after = stops[(i + 1) % len(stops)]
        assert after["name"] != "Search cases", (tab, said)
        if tab in FIRST:
            assert after["name"] == FIRST[tab], (tab, said)
