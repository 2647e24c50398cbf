"""The log file: opened at the first record (a command that logs nothing never imports
``logging.handlers``), created 0600, never through a link, and rotated as before."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from visadesk.local import logs


@pytest.fixture
def fresh_logging(monkeypatch: pytest.MonkeyPatch):
    root = logging.getLogger("visadesk")
    saved = (root.handlers[:], root.level, root.propagate)
    monkeypatch.setattr(logs, "_configured", False)
    root.handlers.clear()
    yield root
    for handler in root.handlers:
        handler.close()
    root.handlers[:], root.level, root.propagate = saved


def test_the_file_appears_with_the_first_record_and_is_private(fresh_logging, visadesk_home: Path):
    logs.setup_logging()
    path = visadesk_home / "logs" / "visadesk.log"
    assert not path.exists()  # nothing logged yet: no file, no handler module
    logging.getLogger("visadesk.test").info("vault unlocked")
    for handler in fresh_logging.handlers:
        handler.flush()
    assert "vault unlocked" in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_link_in_place_of_the_log_is_not_followed(
    fresh_logging, visadesk_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    (visadesk_home / "logs").mkdir(parents=True, exist_ok=True)
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("")
    os.symlink(outside, visadesk_home / "logs" / "visadesk.log")
    logs.setup_logging()
    logging.raiseExceptions = False  # logging's own report of a failed open goes to stderr
    try:
        logging.getLogger("visadesk.test").warning("case saved")
    finally:
        logging.raiseExceptions = True
    assert outside.read_text() == ""


def test_tracebacks_are_logged_without_their_message(fresh_logging, visadesk_home: Path):
    logs.setup_logging()
    try:
        raise ValueError("Ivanov Ivan 1990-01-01")
    except ValueError:
        logging.getLogger("visadesk.test").exception("export failed")
    for handler in fresh_logging.handlers:
        handler.flush()
    text = (visadesk_home / "logs" / "visadesk.log").read_text(encoding="utf-8")
    assert "export failed" in text and "ValueError" in text
    assert "Ivanov" not in text


def test_a_command_that_logs_nothing_never_imports_the_handlers_module(visadesk_home: Path):
    code = (
        "import sys, logging; from visadesk.local.logs import setup_logging; setup_logging(); "
        "logging.getLogger('visadesk.x').debug('below the level'); "
        "print('logging.handlers' in sys.modules)"
    )
    env = {**os.environ, "VISADESK_HOME": str(visadesk_home), "VISADESK_LOG_LEVEL": "INFO"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "False", out.stderr
