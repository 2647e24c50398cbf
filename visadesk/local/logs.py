"""Logging without personal data: a rotating file under VISADESK_HOME/logs, allow-listed content.

Log messages are written by our own code, which never interpolates names, numbers, addresses or
passphrases (tests scan the logs for the sample family's strings). Exception *messages* may carry
user data (a pydantic error echoes the input), so tracebacks are logged with the exception type
and code locations only, never the message text.
"""

from __future__ import annotations

import logging
import os
import traceback
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import logging.handlers

_configured = False


class _Scrubbed(logging.Formatter):
    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's API
        etype, _value, tb = ei
        frames = traceback.extract_tb(tb)
        lines = [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
        return "Traceback (message withheld: may contain personal data):\n" + "\n".join(
            lines + [f"{etype.__name__ if etype else 'Exception'}"]
        )


def private_rotating_handler(
    path: str | os.PathLike[str], *, max_bytes: int = 1_000_000, backups: int = 3
) -> logging.Handler:
    """A rotating log whose every file (the current one and each rotated copy) is created 0600,
    never through a link (``O_NOFOLLOW``)."""
    import logging.handlers

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self):  # type: ignore[no-untyped-def]  # logging's API
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(self.baseFilename, flags, 0o600)
            try:
                os.fchmod(fd, 0o600)  # an older file made before this rule
            except OSError:
                pass
            return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    return PrivateRotatingFileHandler(
        path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
    )


class LazyLogFile(logging.Handler):
    """The log file, opened (and ``logging.handlers`` imported, ~10 ms) at the first record: a
    command that logs nothing, as a packet usually does, pays for neither."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.real: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.real is None:
            try:
                self.real = private_rotating_handler(self.path)
            except OSError:
                self.handleError(record)
                return
            self.real.setFormatter(self.formatter)
        self.real.emit(record)

    def flush(self) -> None:
        if self.real is not None:
            self.real.flush()

    def close(self) -> None:
        if self.real is not None:
            self.real.close()
        super().close()


def setup_logging(level: int | None = None) -> None:
    global _configured
    if _configured:
        return
    from visadesk.local.paths import logs_dir

    env_level = os.environ.get("VISADESK_LOG_LEVEL", "INFO").upper()
    by_name: int = getattr(logging, env_level, logging.INFO)
    chosen = level or by_name
    path = logs_dir() / "visadesk.log"
    handler = LazyLogFile(str(path))
    handler.setFormatter(_Scrubbed("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("visadesk")
    root.setLevel(chosen)
    root.addHandler(handler)
    root.propagate = False
    _configured = True
