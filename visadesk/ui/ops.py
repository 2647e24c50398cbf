"""The one way to do slow work (key derivation, PDFs, big imports): run it in a worker thread,
report progress, and call back on the GUI thread — after Anki's CollectionOp/QueryOp."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

T = TypeVar("T")
Progress = Callable[[int, int, str], None]
log = logging.getLogger("visadesk.ui.ops")


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class Running:
    """A job started by :func:`run_op`. Its outcome normally reaches the GUI thread as a queued
    signal; :meth:`wait` lets the GUI thread that must not go on without it (a lock, a case
    switch) take it at once — a queued signal is not delivered while a slot of the same event
    pass is still running, so waiting for it there could only time out."""

    def __init__(self) -> None:
        self.finished = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.delivered = False  # its callback has run
        self.deliver: Callable[[], None] = lambda: None

    def wait(self, timeout_s: float) -> bool:
        """Wait up to ``timeout_s`` for the job, then run its callback here (once); False when
        it is still running."""
        if not self.finished.wait(timeout_s):
            return False
        self.deliver()
        return True


class _Job(QRunnable):
    def __init__(
        self, work: Callable[[Progress], Any], signals: _Signals, running: Running
    ) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.running = running
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(
                lambda done, total, label="": self.signals.progress.emit(done, total, label)
            )
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            self.running.error = exc
            self.running.finished.set()
            self.signals.failed.emit(exc)
        else:
            self.running.result = result
            self.running.finished.set()
            self.signals.succeeded.emit(result)


_running: set[_Signals] = set()  # keep signal objects alive until their job reports


def run_op(
    parent: QWidget | None,
    work: Callable[[Progress], T],
    *,
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Progress | None = None,
) -> Running:
    """Run ``work(progress)`` off the GUI thread; callbacks run on the GUI thread, once each
    (from the queued signal, or from :meth:`Running.wait`).

    Without ``on_failure`` the error is shown to the user (errors.show_error) and logged without
    personal data. The window never freezes: the GUI thread only waits for signals.
    """
    signals = _Signals()
    _running.add(signals)
    running = Running()

    def done(result: Any) -> None:
        if running.delivered:
            return
        running.delivered = True
        _running.discard(signals)
        on_success(result)

    def failed(exc: BaseException) -> None:
        if running.delivered:
            return
        running.delivered = True
        _running.discard(signals)
        if on_failure is not None:
            on_failure(exc)
        else:
            from visadesk.ui.errors import show_error

            show_error(parent, exc)

    signals.succeeded.connect(done)
    signals.failed.connect(failed)
    if on_progress is not None:
        signals.progress.connect(on_progress)

    def deliver() -> None:
        if running.error is not None:
            failed(running.error)
        else:
            done(running.result)

    running.deliver = deliver
    QThreadPool.globalInstance().start(_Job(work, signals, running))
    return running
