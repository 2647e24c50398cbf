"""kill -9 at random moments (SECURITY.md tests 5, 6 and 12): every save that was acknowledged
survives, the vault opens, PRAGMA integrity_check is ok; a killed passphrase change leaves
exactly one of the old and the new passphrase working; two processes queue, never corrupt."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.vault_helpers.common import PASS, make_vault
from visadesk.vault import Vault, VaultBusy, WrongPassphrase

ROOT = Path(__file__).resolve().parent.parent


def _child(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.vault_helpers.saver", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )


def _wait_for(proc: subprocess.Popen, word: str) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == word, (line, proc.stderr.read() if proc.stderr else "")


def _kill_trials(path: Path, trials: int, seed: int) -> None:
    rng = random.Random(seed)
    acked: dict[str, int] = {}
    start = 0
    for _ in range(trials):
        proc = _child("saves", str(path), PASS, str(start))
        _wait_for(proc, "ready")
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert "Traceback" not in err, err
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == "ack":
                acked[parts[2]] = int(parts[1])
                start = max(start, int(parts[1]) + 1)
        start += 1000  # a killed, unacknowledged save may or may not have landed: new ids
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        v = Vault.open(path)
        v.unlock(PASS)
        assert v.problems == []
        present = {s.id for s in v.list_cases()}
        missing = set(acked) - present
        assert not missing, f"{len(missing)} acknowledged save(s) lost"
        for cid in rng.sample(sorted(acked), min(5, len(acked))):
            assert v.get_case(cid).title == f"Дело {acked[cid]}"
        for n in [n for n in acked.values() if n % 4 == 0][-2:]:
            with v.open_attachment(f"{n:032x}") as f:
                assert f.read() == bytes([n % 256]) * 300_000
        v.close()
    assert len(acked) >= trials  # the children really were saving when killed


def test_kill_9_during_saves(visadesk_home):
    path = visadesk_home / "vault.sqlite3"
    make_vault(path).close()
    _kill_trials(path, trials=20, seed=20261125)


@pytest.mark.slow
def test_kill_9_during_saves_stress(visadesk_home):
    path = visadesk_home / "vault.sqlite3"
    make_vault(path).close()
    _kill_trials(path, trials=200, seed=7)


def test_kill_9_during_passwd_leaves_exactly_one_passphrase(visadesk_home):
    path = visadesk_home / "vault.sqlite3"
    make_vault(path).close()
    rng = random.Random(99)
    current = PASS
    for trial in range(12):
        new = f"new passphrase {trial}"
        proc = _child("passwd", str(path), current, new)
        _wait_for(proc, "ready")
        time.sleep(rng.uniform(0.0, 0.08))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        opened = []
        for candidate in (current, new):
            try:
                Vault.open(path).unlock(candidate)
                opened.append(candidate)
            except WrongPassphrase:
                pass
        assert len(opened) == 1, opened
        current = opened[0]
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_two_processes_queue_and_never_corrupt(visadesk_home, example_case, monkeypatch):
    from visadesk.vault import db

    path = visadesk_home / "vault.sqlite3"
    v = make_vault(path)
    v.put_case(example_case)
    # another process holds the write lock for 1.5 s: our save waits, then succeeds
    holder = _child("hold", str(path), PASS, "1.5")
    _wait_for(holder, "ready")
    _wait_for(holder, "holding")
    start = time.monotonic()
    v.put_case(example_case.model_copy(update={"title": "после ожидания"}))
    assert time.monotonic() - start > 0.5
    holder.communicate(timeout=30)
    # longer than busy_timeout: a clear VaultBusy, nothing half-written
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 300)
    v.close()
    v = Vault.open(path)
    v.unlock(PASS)
    v._s().conn.execute("PRAGMA busy_timeout = 300")
    holder = _child("hold", str(path), PASS, "3")
    _wait_for(holder, "ready")
    _wait_for(holder, "holding")
    with pytest.raises(VaultBusy) as exc:
        v.put_case(example_case.model_copy(update={"title": "не сохранится"}))
    assert "another" in exc.value.user_message()
    holder.communicate(timeout=30)
    assert v.get_case(example_case.id).title == "после ожидания"
    # a save by the other process is seen here (manifest reloaded, no false alarm)
    other = _child("saves", str(path), PASS, "500")
    _wait_for(other, "ready")
    assert other.stdout is not None
    line = other.stdout.readline().split()
    other.send_signal(signal.SIGKILL)
    other.communicate(timeout=30)
    assert line[0] == "ack"
    assert line[2] in {s.id for s in v.list_cases()}
    v.put_case(example_case)
    assert v.problems == []
    v.close()
    v = Vault.open(path)
    v.unlock(PASS)
    assert v.problems == [] and line[2] in {s.id for s in v.list_cases()}
