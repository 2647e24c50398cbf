"""SECURITY.md test 11 with a REAL Secret Service: a private D-Bus session bus and an unlocked
gnome-keyring-daemon, started for these tests and torn down after. Also: no keychain at all."""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.vault_helpers.common import PASS, make_vault, snapshot
from visadesk.vault import Vault, keychain


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Start dbus-daemon + gnome-keyring-daemon (unlocked, secrets only) in a throw-away home."""
    for tool in ("dbus-daemon", "gnome-keyring-daemon"):
        assert shutil.which(tool), f"{tool} is required (scripts/system-deps.sh installs it)"
    home = tmp_path / "kr-home"
    (home / "data").mkdir(parents=True)
    run = home / "run"
    run.mkdir(mode=0o700)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(run),
    }
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        env=env, capture_output=True, text=True, timeout=20, check=True,
    )  # fmt: skip
    address, pid = bus.stdout.split()[:2]
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    assert daemon.stdin is not None
    daemon.stdin.write(b"test keyring password")
    daemon.stdin.close()
    for key in ("HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS"):
        monkeypatch.setenv(key, env[key])
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    try:
        deadline = time.monotonic() + 15
        while (
            keychain.backend() is None or "SecretService" not in type(keychain.backend()).__module__
        ):
            assert time.monotonic() < deadline, "gnome-keyring did not come up"
            time.sleep(0.2)
        yield env
    finally:
        daemon.terminate()
        try:
            daemon.wait(timeout=10)
        except subprocess.TimeoutExpired:
            daemon.kill()
        os.kill(int(pid), 15)


def _secret(vault_id: str) -> str | None:
    import keyring

    return keyring.get_keyring().get_password("visadesk", vault_id)


@pytest.mark.keyring
def test_remember_unlock_forget_with_real_secret_service(
    secret_service, visadesk_home, example_case
):
    path = visadesk_home / "vault.sqlite3"
    v = make_vault(path)
    v.put_case(example_case)
    assert not v.is_remembered()
    assert v.remember_on_device() is True
    assert v.is_remembered()
    stored = _secret(v.vault_id)
    assert stored is not None and len(base64.b64decode(stored)) == 32
    v.close()

    v = Vault.open(path)
    assert v.unlock_from_keyring() is True  # no passphrase
    assert v.get_case(example_case.id) == example_case
    v.forget_device()
    assert _secret(v.vault_id) is None and not v.is_remembered()
    v.close()
    v = Vault.open(path)
    assert v.unlock_from_keyring() is False
    v.unlock(PASS)
    v.close()


@pytest.mark.keyring
def test_stale_keyring_entry_is_ignored_and_vault_untouched(secret_service, visadesk_home):
    import keyring

    path = visadesk_home / "vault.sqlite3"
    v = make_vault(path)
    v.close()
    before = snapshot(visadesk_home)
    for stale in (base64.b64encode(os.urandom(32)).decode(), "not base64 at all!", ""):
        keyring.get_keyring().set_password("visadesk", v.vault_id, stale)
        v2 = Vault.open(path)
        assert v2.unlock_from_keyring() is False  # the UI then asks for the passphrase
        assert not v2.is_unlocked
        assert snapshot(visadesk_home) == before
    Vault.open(path).unlock(PASS)


@pytest.mark.keyring
def test_passwd_keeps_remembered_key_valid(secret_service, visadesk_home):
    path = visadesk_home / "vault.sqlite3"
    v = make_vault(path)
    assert v.remember_on_device()
    v.change_passphrase(PASS, "another one")
    v.close()
    assert Vault.open(path).unlock_from_keyring() is True  # the data key did not change


@pytest.mark.parametrize(
    "setup",
    # "locked keyring": D-Bus activates gnome-keyring on demand, but nobody unlocks it
    ["fail backend", "no bus", "locked keyring"],
)
def test_no_keychain_means_passphrase_only_no_error(
    setup, visadesk_home, monkeypatch, tmp_path, caplog
):
    import logging

    if setup == "fail backend":
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    else:
        monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
        monkeypatch.setenv("HOME", str(tmp_path))
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
        if setup == "no bus":
            monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-such-bus")
    bus_pid = None
    if setup == "locked keyring":
        out = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
            capture_output=True, text=True, timeout=20, check=True,
        ).stdout.split()  # fmt: skip
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", out[0])
        bus_pid = int(out[1])
    try:
        path = visadesk_home / "vault.sqlite3"
        v = make_vault(path)
        key = base64.b64encode(v._s().data_key).decode()
        with caplog.at_level(logging.INFO, logger="visadesk"):
            assert v.remember_on_device() is False
            assert v.is_remembered() is False
            v.forget_device()
            v.close()
            v = Vault.open(path)
            assert v.unlock_from_keyring() is False
        assert "keychain" in caplog.text  # a note in the log, not an error
        v.unlock(PASS)
        assert v.is_unlocked
        v.close()
    finally:
        if bus_pid:
            os.kill(bus_pid, 15)
    # never a plaintext fallback: no file anywhere holds the key
    for p in [*tmp_path.rglob("*"), *visadesk_home.rglob("*")]:
        if p.is_file():
            data = p.read_bytes()
            assert key.encode() not in data and base64.b64decode(key) not in data, p
