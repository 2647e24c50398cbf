"""Shared test set-up: a fresh VISADESK_HOME, HOME and XDG folders and a private temporary folder
per test, Qt offscreen, no network at all, and no window left open by a UI test. No test reads or
writes the real ~/.config, ~/.local or ~/.cache of the person running them."""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import tempfile
from pathlib import Path

import pytest

# Before anything (Qt, keyring, fontconfig) reads them: HOME and the XDG folders of the whole
# session point into a throw-away folder, so even code running outside a test (collection,
# session fixtures, QSettings' paths fixed at first use) never touches the real ones.
REAL_HOME = os.path.expanduser("~")
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="visadesk-test-home-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)
XDG_DIRS = {
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_STATE_HOME": ".local/state",
    "XDG_CACHE_HOME": ".cache",
}
os.environ["HOME"] = str(_SESSION_HOME)
for _var, _sub in XDG_DIRS.items():
    os.environ[_var] = str(_SESSION_HOME / _sub)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_SCALE_FACTOR"] = "1"
os.environ.setdefault("VISADESK_LOG_LEVEL", "DEBUG")

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guard(sock: socket.socket, address: object) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        raise RuntimeError(f"VisaDesk makes no network connection (tried {address!r})")


def _no_net_connect(self: socket.socket, address: object) -> None:
    _guard(self, address)
    return _real_connect(self, address)


def _no_net_connect_ex(self: socket.socket, address: object) -> int:
    _guard(self, address)
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """SECURITY.md test 14: any IP connection attempt fails the test (Unix sockets, e.g. D-Bus,
    stay allowed)."""
    monkeypatch.setattr(socket.socket, "connect", _no_net_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _no_net_connect_ex)


@pytest.fixture(autouse=True)
def core_messages_in_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """The core's errors speak English unless a test says otherwise: importing the CLI makes
    them follow the locale (visadesk.cli.i18n), which must not depend on the developer's LANG
    or on which test imported the CLI first."""
    import visadesk.errors

    monkeypatch.setattr(visadesk.errors, "_language_source", None)


@pytest.fixture(autouse=True)
def visadesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """A fresh, empty data directory for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("VISADESK_HOME", str(home))
    monkeypatch.delenv("VISADESK_PASSPHRASE", raising=False)
    return home


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh HOME with its own XDG config, data and state folders for every test (the cache
    stays the session's: fontconfig would rebuild its cache per test)."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in XDG_DIRS.items():
        if var != "XDG_CACHE_HOME":
            monkeypatch.setenv(var, str(home / sub))
    return home


@pytest.fixture
def example_case():
    from visadesk.sample.family import example_case as make

    return make()


@pytest.fixture(autouse=True)
def private_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of this test's own (TMPDIR and tempfile): a test never sees, nor
    trips over, what another test or another running VisaDesk leaves in the shared /tmp."""
    folder = tmp_path_factory.mktemp("tmp")
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_leftover_windows(request: pytest.FixtureRequest):
    """After a UI test (one using qtbot) no top-level window it opened may still be visible —
    as napari's conftest checks. A leftover is closed, then the test fails naming it."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = {id(w) for w in QApplication.topLevelWidgets()} if app is not None else set()
    yield
    QApplication.processEvents()
    leftover = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]
    names = [
        f"{type(w).__name__} {w.windowTitle()!r} {getattr(w, 'text', lambda: '')()!r}"
        for w in leftover
    ]
    for w in leftover:
        w.close()
        w.deleteLater()
    QApplication.processEvents()
    assert not leftover, f"windows left open by the test: {names}"


FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixture_path() -> Path:
    """tests/fixtures/: stored files of today's formats (case/, vault/, bundle/)."""
    return FIXTURES


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `long` run first, longest first (`@pytest.mark.long(seconds)`, default 10):
    with pytest-xdist the workers then share out the short ones and finish together, instead of
    one worker starting a 40-second test at the end. Otherwise the collection order is kept."""

    def weight(item: pytest.Item) -> float:
        mark = item.get_closest_marker("long")
        if mark is None:
            return 0.0
        return -float(mark.args[0]) if mark.args else -10.0

    items.sort(key=weight)
