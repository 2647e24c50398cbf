"""Slow work runs off the GUI thread and reports back on it; errors become readable messages."""

from __future__ import annotations

import threading

from visadesk.errors import VisaDeskError
from visadesk.ui.errors import user_message
from visadesk.ui.ops import run_op
from visadesk.vault import WrongPassphrase


def test_work_runs_in_a_worker_and_reports_on_the_gui_thread(qtbot):
    main = threading.get_ident()
    seen: dict = {}

    def work(progress):
        seen["worker"] = threading.get_ident()
        progress(1, 2, "half")
        return 42

    def success(result):
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    run_op(
        None,
        work,
        on_success=success,
        on_progress=lambda d, t, label: seen.setdefault("progress", (d, t, label)),
    )
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] != main and seen["callback"] == main
    assert seen["progress"] == (1, 2, "half")


def test_failures_come_back_to_the_gui_thread(qtbot):
    errors: list = []

    def work(progress):
        raise WrongPassphrase()

    run_op(None, work, on_success=lambda r: None, on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], WrongPassphrase)
    assert "Wrong passphrase" in user_message(errors[0])


def test_unexpected_errors_hide_their_message(qtbot):
    secret = "ЩУКИН 753456782"
    text = user_message(KeyError(secret))
    assert secret not in text and "KeyError" in text
    assert user_message(VisaDeskError("is too long", field="surname")) == "surname: is too long"
