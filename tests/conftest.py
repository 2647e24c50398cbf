"""Shared test set-up: a fresh VISADESK_HOME per test, Qt offscreen, and no network at all."""

from __future__ import annotations

import os
import socket

import pytest

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
def visadesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """A fresh, empty data directory for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("VISADESK_HOME", str(home))
    monkeypatch.delenv("VISADESK_PASSPHRASE", raising=False)
    return home


@pytest.fixture
def example_case():
    from visadesk.sample.family import example_case as make

    return make()
