"""SECURITY.md test 1 and 15: after create → import → edit → attach → delete → lock, no string of
the fictional family is readable in any byte under VISADESK_HOME (vault, -wal, -shm, backups,
logs) or in the temp directory, in any encoding a forensic tool would try."""

from __future__ import annotations

import io
import logging
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.vault_helpers.common import PASS, make_vault, variant
from visadesk.vault import Vault

_SKIP = re.compile(r"^([0-9a-f]{8,64}|\d{4}-\d\d-\d\d.*|[a-z_]+|[A-Z]{3}|visadesk\.case/1)$")


def canaries(case) -> set[str]:
    """Every personal string of the case, plus the derived Latin spellings and numbers."""
    out: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and len(value) >= 5 and not _SKIP.match(value):
            out.add(value)

    walk(case.model_dump(mode="json"))
    for p in case.people():
        out |= {p.surname_latin, p.given_names_latin, p.full_name, p.full_name_latin}
        for d in p.documents:
            out.add(d.number.replace(" ", ""))
    return {s for s in out if len(s) >= 5}


def needles(strings: set[str]) -> set[bytes]:
    found: set[bytes] = set()
    for s in strings:
        for form in ("NFC", "NFD"):
            t = unicodedata.normalize(form, s)
            for variant_ in {t, t.lower(), t.upper(), t.casefold()}:
                for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                    found.add(variant_.encode(enc))
    return found


def scan(dirs: list[Path], pats: set[bytes]) -> list[tuple[str, bytes]]:
    hits = []
    for d in dirs:
        for p in d.rglob("*"):
            if p.is_file():
                data = p.read_bytes()
                hits += [(str(p), n) for n in pats if n in data]
    return hits


def test_canary_helper_finds_plaintext(tmp_path, example_case):
    """The scanner itself works: plaintext in UTF-16 would be found."""
    (tmp_path / "x").write_bytes(example_case.sponsor.surname.encode("utf-16-le"))
    assert scan([tmp_path], needles(canaries(example_case)))


def test_no_plaintext_anywhere_after_main_flows(visadesk_home, tmp_path, monkeypatch, example_case):
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    logs = visadesk_home / "logs"
    logs.mkdir()
    handler = logging.FileHandler(logs / "debug.log", encoding="utf-8")
    root = logging.getLogger("visadesk")
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    try:
        path = visadesk_home / "vault.sqlite3"
        v = make_vault(path)
        v.put_case(example_case)
        v.put_settings({"recent_search": "Подъячева"})
        scan_bytes = ("PASSPORT SCAN " + example_case.sponsor.surname).encode() * 50_000
        v.add_attachment(example_case.id, "ab" * 16, io.BytesIO(scan_bytes))
        for n in range(5):
            v.put_case(variant(example_case, n))
        edited = example_case.model_copy(update={"notes": example_case.notes + " правка"})
        v.put_case(edited)
        assert v.search("юлия") and v.search(example_case.sponsor.documents[0].number)
        deleted = variant(example_case, 9)
        v.put_case(deleted)
        v.delete_case(deleted.id)
        v.lock()
        v.unlock(PASS)  # writes the daily backup
        v.remember_on_device()  # no keychain here: must not fall back to any file
        v.close()
        # the CLI path too (its own process, logs at DEBUG, same TMPDIR)
        case_file = tmp_path / "case.json"
        case_file.write_text(variant(example_case, 3).model_dump_json())
        env = {
            **os.environ,
            "VISADESK_PASSPHRASE": PASS,
            "TMPDIR": str(tmpdir),
            "VISADESK_LOG_LEVEL": "DEBUG",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
        r = subprocess.run(
            [sys.executable, "-m", "visadesk", "vault", "import", str(case_file)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert r.returncode == 0, r.stderr
        case_file.unlink()
        r = subprocess.run(
            [sys.executable, "-m", "visadesk", "vault", "list"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert r.returncode == 0 and example_case.title in r.stdout
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(old_level)
    files = {p.name for p in visadesk_home.rglob("*") if p.is_file()}
    assert "vault.sqlite3" in files and any(f.startswith("vault-") for f in files)
    hits = scan([visadesk_home, tmpdir], needles(canaries(example_case)))
    assert hits == [], hits[:5]


def test_wal_and_shm_of_an_open_vault_hold_no_plaintext(visadesk_home, example_case):
    """While unlocked (WAL not yet checkpointed), the -wal file is ciphertext too."""
    path = visadesk_home / "vault.sqlite3"
    v = make_vault(path)
    for n in range(3):
        v.put_case(variant(example_case, n))
    wal = Path(str(path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    hits = scan([visadesk_home], needles(canaries(example_case)))
    v.close()
    assert hits == []
    assert Vault.open(path)


@pytest.mark.parametrize("flow", ["wrong passphrase"])
def test_logs_hold_no_personal_strings_on_errors(visadesk_home, example_case, flow, caplog):
    path = visadesk_home / "vault.sqlite3"
    v = make_vault(path)
    v.put_case(example_case)
    v.close()
    with caplog.at_level(logging.DEBUG, logger="visadesk"):
        try:
            Vault.open(path).unlock("nope")
        except Exception:
            pass
    text = caplog.text
    assert not any(s in text for s in canaries(example_case))
