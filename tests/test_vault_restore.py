"""Backups: listing, restoring (atomic, undoable: the replaced vault is kept as a backup),
refusing a file that is not a vault or is a backup of another vault."""

from __future__ import annotations

import stat

import pytest

from tests.test_vault_cli import run
from tests.vault_helpers.common import PASS, make_vault, snapshot, variant
from visadesk.vault import Vault, VaultError
from visadesk.vault.backups import all_backups, restore_backup


def _vault_with_backup(home, example_case):
    """A vault whose daily backup holds one case, and whose live file holds two."""
    v = make_vault(home / "vault.sqlite3")
    v.put_case(example_case)
    v.close()
    v = Vault.open(home / "vault.sqlite3")
    v.unlock(PASS)
    v.backup_now()  # today's backup: one case
    second = variant(example_case, 2)
    v.put_case(second)
    v.close()
    (daily,) = all_backups()
    return daily.path, second


def _ids(path) -> set[str]:
    v = Vault.open(path)
    v.unlock(PASS)
    try:
        return {s.id for s in v.list_cases()}
    finally:
        v.close()


def test_restore_and_undo(visadesk_home, example_case):
    daily, second = _vault_with_backup(visadesk_home, example_case)
    vault = visadesk_home / "vault.sqlite3"
    kept = restore_backup(daily)
    assert kept is not None and kept.exists() and "before-restore" in kept.name
    assert _ids(vault) == {example_case.id}
    assert stat.S_IMODE(vault.stat().st_mode) == 0o600
    assert [p for p in visadesk_home.iterdir() if p.name.endswith(".tmp")] == []
    # undo: restore the copy that was kept
    again = restore_backup(kept)
    assert again is not None
    assert _ids(vault) == {example_case.id, second.id}
    reasons = [b.reason for b in all_backups()]
    assert reasons.count("daily") == 1 and len(reasons) >= 2


def test_restore_refuses_what_is_not_a_backup_of_this_vault(visadesk_home, example_case, tmp_path):
    daily, _second = _vault_with_backup(visadesk_home, example_case)
    before = snapshot(visadesk_home)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(VaultError):
        restore_backup(junk)
    with pytest.raises(VaultError, match="no backup"):
        restore_backup(tmp_path / "missing.sqlite3")
    other = tmp_path / "other.sqlite3"
    make_vault(other).close()
    with pytest.raises(VaultError, match="another vault"):
        restore_backup(other)
    assert snapshot(visadesk_home) == before
    restore_backup(other, any_vault=True)  # said explicitly: allowed, and still undoable
    assert _ids(visadesk_home / "vault.sqlite3") == set()
    assert any("before-restore" in b.reason for b in all_backups())


def test_restore_when_the_vault_is_gone(visadesk_home, example_case):
    daily, _second = _vault_with_backup(visadesk_home, example_case)
    (visadesk_home / "vault.sqlite3").unlink()
    assert restore_backup(daily) is None
    assert _ids(visadesk_home / "vault.sqlite3") == {example_case.id}


def test_backups_and_restore_cli(visadesk_home, example_case):
    daily, second = _vault_with_backup(visadesk_home, example_case)
    r = run("backups")
    assert r.returncode == 0 and daily.name in r.stdout and "\tdaily\t" in r.stdout
    r = run("restore", daily.name)
    assert r.returncode == 0, r.stderr
    assert "before-restore" in r.stdout
    assert run("list").stdout.splitlines() == [f"{example_case.id}\t{example_case.title}"]
    r = run("restore")  # no name: the newest backup of this vault = the one just kept
    assert r.returncode == 0, r.stderr
    assert len(run("list").stdout.splitlines()) == 2
    r = run("restore", "no-such-backup.sqlite3")
    assert r.returncode == 1 and "no backup" in r.stderr and "Traceback" not in r.stderr


def test_backups_cli_with_none(visadesk_home):
    r = run("backups")
    assert r.returncode == 0 and "no backups" in r.stderr
    r = run("restore")
    assert r.returncode == 1 and "no backup" in r.stderr
