"""Lock (Ctrl+L and auto-lock): every window with personal data closes, caches and undo
histories are dropped, no widget text with the sample family's strings survives; logs stay
owner-only even after rotation."""

from __future__ import annotations

import logging
import os
import stat

from visadesk.local.logs import PrivateRotatingFileHandler


def test_every_rotated_log_file_is_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        handler = PrivateRotatingFileHandler(
            tmp_path / "visadesk.log", maxBytes=200, backupCount=3, encoding="utf-8"
        )
        logger = logging.getLogger("visadesk.test.rotation")
        logger.addHandler(handler)
        logger.propagate = False
        for i in range(60):
            logger.warning("line %d of a rotating log", i)
        handler.close()
        logger.removeHandler(handler)
    finally:
        os.umask(old)
    files = sorted(tmp_path.iterdir())
    assert len(files) == 4  # the current file and three rotated copies
    for p in files:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name


def test_the_log_is_never_opened_through_a_link(tmp_path):
    target = tmp_path / "elsewhere.txt"
    target.write_text("not a log")
    os.symlink(target, tmp_path / "visadesk.log")
    try:
        PrivateRotatingFileHandler(tmp_path / "visadesk.log", encoding="utf-8")
    except OSError:
        pass
    else:
        raise AssertionError("a log opened through a link")
    assert target.read_text() == "not a log"
