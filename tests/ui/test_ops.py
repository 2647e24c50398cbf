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


def test_a_slot_can_wait_for_a_job_and_take_its_result_once(qtbot):
    """A case switch or a lock must wait for the save running in a worker. From inside a slot
    the job's queued signal is not delivered (it used to time out after 10 s, the window
    frozen): Running.wait takes the result at once, and the signal arriving later does not run
    the callback a second time."""
    from PySide6.QtCore import QTimer

    from visadesk.ui.ops import Running

    calls: list = []
    seen: dict = {}

    def slot() -> None:
        job: Running = run_op(None, lambda _p: 7, on_success=calls.append)
        seen["waited"] = job.wait(5.0)
        seen["in_slot"] = list(calls)

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: "waited" in seen, timeout=5000)
    qtbot.wait(100)  # the queued signal is delivered by now
    assert seen == {"waited": True, "in_slot": [7]}
    assert calls == [7]
