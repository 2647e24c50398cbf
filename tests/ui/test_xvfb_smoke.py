"""A real window on a real (virtual) X server: `visadesk --demo` starts, draws, and quits."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PIL import Image

pytestmark = pytest.mark.xvfb


@pytest.fixture
def xvfb():
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed: `make test` installs it (package xvfb)")
    r, w = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(w,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(w)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(r, 16)
        if not chunk:
            break
        number += chunk
    os.close(r)
    yield f":{number.decode().strip()}"
    proc.terminate()
    proc.wait(timeout=10)


def test_demo_in_a_real_window(tmp_path, visadesk_home, private_tmp, xvfb):
    shot = tmp_path / "demo.png"
    env = dict(
        os.environ,
        DISPLAY=xvfb,
        QT_QPA_PLATFORM="xcb",
        VISADESK_SMOKE_SCREENSHOT=str(shot),
        VISADESK_HOME=str(visadesk_home),
        TMPDIR=str(private_tmp),  # this test's own: another demo running on the machine is not seen
    )
    env.pop("WAYLAND_DISPLAY", None)
    r = subprocess.run(
        [sys.executable, "-m", "visadesk", "--demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    image = Image.open(shot).convert("RGB")
    assert image.size[0] >= 800 and image.size[1] >= 500
    colours = image.getcolors(maxcolors=1_000_000)
    assert colours is None or len(colours) > 20  # real content, not a blank window
    leftovers = [p for p in os.listdir(private_tmp) if p.startswith("visadesk-demo-")]
    assert leftovers == []  # the throw-away vault is gone
