"""An interrupted wipe (SECURITY.md test 22): the wrapped key is destroyed in every file first,
before the keychain is asked or anything is deleted, so a wipe killed (kill -9) at a random
instant leaves no file that opens with the passphrase once that first, short step is done - and
a kill before it leaves everything in place for the wipe to be run again."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_vault_crash import trial_count
from tests.test_vault_wipe import _fill, _opens, own_config  # noqa: F401 - autouse fixture
from visadesk.vault import keychain
from visadesk.vault import wipe as wipe_module
from visadesk.vault.wipe import wipe

ROOT = Path(__file__).resolve().parent.parent
CHILD = (
    "import sys\n"
    "from visadesk.vault.wipe import wipe\n"
    "print('go', flush=True)\n"
    "wipe(on_stage=lambda s: print(s, flush=True))\n"
)


def _vault_like(home: Path) -> list[Path]:
    return [p for p in home.rglob("*") if p.is_file() and not p.is_symlink()]


def test_keys_are_erased_everywhere_before_the_keychain_or_any_removal(
    visadesk_home, example_case, monkeypatch
):
    _fill(visadesk_home, example_case).close()
    files = _vault_like(visadesk_home)
    assert sum(_opens(p) for p in files) >= 2  # the vault and its backup
    seen: list[str] = []
    real_unlink = os.unlink

    def keychain_probe(vault_id: str) -> bool:
        if not seen:  # the first keychain call: every copy must already be undecryptable
            assert all(p.exists() for p in files)
            assert not any(_opens(p) for p in files)
        seen.append(vault_id)
        return False

    def unlink(path, *args, **kwargs):
        assert seen, "a file was deleted before the keychain step"
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(keychain, "exists", keychain_probe)
    monkeypatch.setattr(keychain, "delete", lambda vault_id: None)
    monkeypatch.setattr(wipe_module.os, "unlink", unlink)
    stages: list[str] = []
    report = wipe(on_stage=stages.append)
    assert report.ok and seen
    assert stages == ["keys_erased", "keychain", "done"]


def _trials(home: Path, template: Path, trials: int, seed: int) -> tuple[int, int]:
    rng = random.Random(seed)
    # how long a whole wipe takes here (not asserted: it only spreads the kill instants)
    shutil.copytree(template, home, dirs_exist_ok=True)
    t0 = time.perf_counter()
    proc = _spawn()
    proc.communicate(timeout=60)
    span = max(time.perf_counter() - t0, 0.05)
    early = 0
    for _ in range(trials):
        shutil.rmtree(home)
        shutil.copytree(template, home)
        before = sorted(p.relative_to(home) for p in _vault_like(home))
        proc = _spawn()
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "go"
        time.sleep(rng.uniform(0.0, span))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert "Traceback" not in err, err
        left = _vault_like(home)
        if "keys_erased" in out.split():
            assert not any(_opens(p) for p in left), out
        else:  # killed during the first step: nothing was removed yet, wiping again works
            early += 1
            assert sorted(p.relative_to(home) for p in left) == before, (out, err)
            assert wipe().ok and not any(_opens(p) for p in _vault_like(home))
    return trials - early, early


def _spawn() -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )


@pytest.fixture
def template(tmp_path, visadesk_home, example_case) -> Path:
    _fill(visadesk_home, example_case).close()
    saved = tmp_path / "template"
    shutil.copytree(visadesk_home, saved)
    return saved


@pytest.mark.long(12)
def test_kill_9_during_wipe_leaves_nothing_that_opens(visadesk_home, template):
    after, early = _trials(visadesk_home, template, trials=20, seed=22)
    print(f"wipe kill trials: {after} after the key erase, {early} during it")
    assert after >= 1


@pytest.mark.slow
def test_kill_9_during_wipe_stress(visadesk_home, template):
    n = trial_count(200)
    after, early = _trials(visadesk_home, template, trials=n, seed=2022)
    print(f"wipe kill trials: {after} after the key erase, {early} during it")
    assert after >= n // 2
