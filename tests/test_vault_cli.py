"""`visadesk vault ...` end to end, in a subprocess (the vault is created in-process with tiny
KDF parameters, or by `vault init` with VISADESK_KDF_MEMORY_KIB=8192)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.vault_helpers.common import PASS, make_vault
from visadesk.vault import Vault

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, passphrase: str | None = PASS, **env: str) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", **env}
    full_env.pop("VISADESK_PASSPHRASE", None)
    if passphrase is not None:
        full_env["VISADESK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "visadesk", "vault", *args],
        cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.fixture
def case_file(tmp_path, example_case) -> Path:
    p = tmp_path / "case.json"
    p.write_text(example_case.model_dump_json(indent=2), encoding="utf-8")
    return p


def test_import_list_show_delete(visadesk_home, case_file, example_case):
    make_vault(visadesk_home / "vault.sqlite3").close()
    r = run("list")
    assert r.returncode == 0 and r.stdout == ""
    r = run("import", str(case_file))
    assert r.returncode == 0, r.stderr
    first = r.stdout.strip()
    # issue 12 point 14: an imported case gets fresh ids (the file's ids could link devices)
    assert first != example_case.id
    r = run("import", str(case_file))  # again: another fresh id
    assert r.returncode == 0
    second = r.stdout.strip()
    assert second not in (example_case.id, first)
    r = run("list")
    lines = sorted(r.stdout.splitlines())
    assert sorted(lines) == sorted(f"{i}\t{example_case.title}" for i in (first, second))
    r = run("show", first)
    assert r.returncode == 0
    shown = json.loads(r.stdout)
    original = json.loads(example_case.model_dump_json())
    assert shown["id"] == first
    assert {p["id"] for p in shown["applicants"]}.isdisjoint(
        {p["id"] for p in original["applicants"]}
    )
    assert [p["surname"] for p in shown["applicants"]] == [
        p["surname"] for p in original["applicants"]
    ]
    r = run("delete", second)
    assert r.returncode == 0
    assert run("list").stdout.splitlines() == [f"{first}\t{example_case.title}"]
    r = run("show", second)
    assert r.returncode == 1 and "no case" in r.stderr and "Traceback" not in r.stderr


def test_wrong_passphrase_and_missing_vault(visadesk_home):
    r = run("list")
    assert r.returncode == 1
    assert "no vault" in r.stderr and "visadesk vault init" in r.stderr
    make_vault(visadesk_home / "vault.sqlite3").close()
    r = run("list", passphrase="not the passphrase")
    assert r.returncode == 1 and "wrong passphrase" in r.stderr and "Traceback" not in r.stderr
    r = run("list", passphrase=None)  # no terminal, no variable
    assert r.returncode == 1 and "VISADESK_PASSPHRASE" in r.stderr


def test_init_and_passwd(visadesk_home, case_file):
    r = run("init", VISADESK_KDF_MEMORY_KIB="8192")
    assert r.returncode == 0, r.stderr
    path = visadesk_home / "vault.sqlite3"
    assert Vault.open(path)._header.kdf.memory_kib == 8192
    r = run("init", VISADESK_KDF_MEMORY_KIB="8192")
    assert r.returncode == 1 and "already exists" in r.stderr
    assert run("import", str(case_file)).returncode == 0
    r = run(
        "passwd", VISADESK_NEW_PASSPHRASE="a new long passphrase", VISADESK_KDF_MEMORY_KIB="8192"
    )
    assert r.returncode == 0, r.stderr
    assert "wrong passphrase" in run("list").stderr
    r = run("list", passphrase="a new long passphrase")
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 1


def test_init_refuses_tiny_kdf_memory(visadesk_home):
    r = run("init", VISADESK_KDF_MEMORY_KIB="1024")
    assert r.returncode == 1 and "8 MiB" in r.stderr
    assert not (visadesk_home / "vault.sqlite3").exists()


def test_remember_without_keychain_is_a_clear_message(visadesk_home):
    make_vault(visadesk_home / "vault.sqlite3").close()
    r = run("remember")
    assert r.returncode == 1 and "no usable keychain" in r.stderr
    r = run("forget")
    assert r.returncode == 0
    r = run()
    assert r.returncode == 2  # an action is required


def test_vault_path_option(tmp_path):
    other = tmp_path / "elsewhere.sqlite3"
    make_vault(other).close()
    r = run("--path", str(other), "list")
    assert r.returncode == 0
