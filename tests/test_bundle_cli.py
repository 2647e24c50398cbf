"""`visadesk vault export` / `import FILE.vdx` end to end in a subprocess: passphrase from the
environment or generated, conflicts, clear one-line errors (exit 1), usage errors (exit 2),
and JSON import still working."""

from __future__ import annotations

import io
import json
import stat

import pytest

from tests.test_vault_cli import run
from tests.vault_helpers.common import PASS, make_vault
from visadesk.vault import Vault
from visadesk.vault.wordlist import WORDS

BP = "a long bundle passphrase for the family"
pytestmark = pytest.mark.long(20)
KDF_ENV = {"VISADESK_KDF_MEMORY_KIB": "8192"}


@pytest.fixture
def vault(visadesk_home, example_case):
    v = make_vault(visadesk_home / "vault.sqlite3")
    v.put_case(example_case)
    v.add_attachment(example_case.id, "cd" * 16, io.BytesIO(b"%PDF-1.4 fictional scan" * 5000))
    v.close()
    return visadesk_home / "vault.sqlite3"


def _export(case_id, out, *extra, **env):
    return run("export", case_id, "-o", str(out), *extra, **{**KDF_ENV, **env})


def _contents(path):
    v = Vault.open(path)
    v.unlock(PASS)
    try:
        return sorted((s.id, s.title) for s in v.list_cases()), v.list_attachments()
    finally:
        v.close()


def test_export_then_import_into_another_vault(vault, example_case, tmp_path):
    out = tmp_path / "family.vdx"
    r = _export(example_case.id, out, VISADESK_BUNDLE_PASSPHRASE=BP)
    assert r.returncode == 0, r.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "1 attachment" in r.stderr and r.stdout == ""
    other = tmp_path / "other.sqlite3"
    make_vault(other).close()
    r = run("--path", str(other), "import", str(out), VISADESK_BUNDLE_PASSPHRASE=BP)
    assert r.returncode == 0, r.stderr
    new_id = r.stdout.strip()
    assert new_id != example_case.id  # issue 12.14: a fresh id on the receiving device
    (mine, _atts), (theirs, their_atts) = _contents(vault), _contents(other)
    assert [t for _i, t in theirs] == [t for _i, t in mine] and [i for i, _t in theirs] == [new_id]
    assert [(cid, size) for _a, cid, size in their_atts] == [(new_id, s) for _a, _c, s in _atts]


def test_generated_passphrase_is_printed_once_and_works(vault, example_case, tmp_path):
    out = tmp_path / "gen.vdx"
    r = _export(example_case.id, out, "--generate")
    assert r.returncode == 0, r.stderr
    secret = r.stdout.strip()
    words = secret.split()
    assert len(words) == 6 and all(w in WORDS for w in words)
    assert "shown only now" in r.stderr and secret not in r.stderr
    r = run("import", str(out), "--on-conflict", "keep-both", VISADESK_BUNDLE_PASSPHRASE=secret)
    assert r.returncode == 0, r.stderr
    assert "new case" in r.stderr


def test_conflicts(vault, example_case, tmp_path):
    out = tmp_path / "c.vdx"
    assert _export(example_case.id, out, VISADESK_BUNDLE_PASSPHRASE=BP).returncode == 0
    before = _contents(vault)
    r = run("import", str(out), VISADESK_BUNDLE_PASSPHRASE=BP)  # no terminal: cancel
    assert r.returncode == 1 and "nothing was imported" in r.stderr and "--on-conflict" in r.stderr
    r = run("import", str(out), "--on-conflict", "cancel", VISADESK_BUNDLE_PASSPHRASE=BP)
    assert r.returncode == 1
    assert _contents(vault) == before
    r = run("import", str(out), "--on-conflict", "replace", VISADESK_BUNDLE_PASSPHRASE=BP)
    assert r.returncode == 0 and "replaced" in r.stderr
    assert r.stdout.strip() == example_case.id
    assert _contents(vault) == before
    r = run("import", str(out), "--on-conflict", "keep-both", VISADESK_BUNDLE_PASSPHRASE=BP)
    assert r.returncode == 0
    cases, atts = _contents(vault)
    assert len(cases) == 2 and len(atts) == 2


def test_errors_are_one_clear_line(vault, example_case, tmp_path):
    out = tmp_path / "e.vdx"
    assert _export(example_case.id, out, VISADESK_BUNDLE_PASSPHRASE=BP).returncode == 0
    checks = [
        (run("import", str(out), VISADESK_BUNDLE_PASSPHRASE="wrong"), "wrong bundle passphrase"),
        (run("import", str(out)), "VISADESK_BUNDLE_PASSPHRASE"),  # no terminal, no variable
        (_export(example_case.id, out, VISADESK_BUNDLE_PASSPHRASE=BP), "exists"),
        (_export("f" * 32, tmp_path / "n.vdx", VISADESK_BUNDLE_PASSPHRASE=BP), "no case"),
        (run("import", str(tmp_path / "missing.vdx")), "no such file"),
    ]
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 1
    bad = tmp_path / "bad.vdx"
    bad.write_bytes(bytes(data))
    checks.append((run("import", str(bad), VISADESK_BUNDLE_PASSPHRASE=BP), "damaged"))
    newer = bytearray(out.read_bytes())
    newer[9] = 7
    (tmp_path / "newer.vdx").write_bytes(bytes(newer))
    checks.append(
        (run("import", str(tmp_path / "newer.vdx"), VISADESK_BUNDLE_PASSPHRASE=BP), "newer")
    )
    for r, text in checks:
        assert r.returncode == 1, (text, r.stderr)
        assert text in r.stderr and "Traceback" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert not (tmp_path / "n.vdx").exists()
    assert len(_contents(vault)[0]) == 1
    r = _export(example_case.id, out, "--force", VISADESK_BUNDLE_PASSPHRASE=BP)
    assert r.returncode == 0


def test_usage_errors_exit_2(vault, example_case):
    assert run("export", example_case.id).returncode == 2  # -o is required
    assert run("import", "x.vdx", "--on-conflict", "merge").returncode == 2


def test_json_import_still_works(vault, example_case, tmp_path):
    p = tmp_path / "case.json"
    p.write_text(example_case.model_dump_json(indent=2), encoding="utf-8")
    r = run("import", str(p))
    assert r.returncode == 0, r.stderr
    new_id = r.stdout.strip()
    assert new_id != example_case.id  # always a fresh id
    r = run("show", new_id)
    assert json.loads(r.stdout)["title"] == example_case.title
    r = run("import", str(p), "--on-conflict", "replace")
    assert r.returncode == 1 and "bundles" in r.stderr
