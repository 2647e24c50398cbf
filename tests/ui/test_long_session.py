"""A long session does not crash: PySide6 6.12.0 on Python 3.11 drops a reference to None on
every Qt call that returns nothing, which aborts CPython after some hundred thousand calls
(a busy afternoon at a clinic). visadesk.ui guards against it (see its __init__)."""

from __future__ import annotations

import subprocess
import sys

LOOP = """
import {module}
from PySide6.QtCore import QTimer
timer = QTimer()
for _ in range(400_000):
    timer.setSingleShot(True)  # returns nothing: one lost reference to None per call on 6.12.0
print("alive")
"""


def test_four_hundred_thousand_qt_calls_do_not_abort_the_app():
    done = subprocess.run(
        [sys.executable, "-c", LOOP.format(module="visadesk.ui")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"
