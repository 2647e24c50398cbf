"""Issue 12 points 5–8: key rotation on passphrase change (SECURITY.md test 20), deletion that
reaches the WAL and the backups, best-effort backups pruned per kind, and no restore or
rotation under a process that has the vault open. Disk-full cases (SECURITY.md 23/24)."""

from __future__ import annotations

import errno
import io
import logging
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.vault_helpers.common import KDF, PASS, make_vault, variant
from visadesk.vault import Vault, VaultError, WrongPassphrase, backups, keychain
from visadesk.vault.errors import VaultInUse

ROOT = Path(__file__).resolve().parent.parent
NEW = "a brand new passphrase"


def _unlocked(path: Path, secret: str = PASS) -> Vault:
    v = Vault.open(path)
    v.unlock(secret)
    return v


def _header_row(path: Path) -> tuple[bytes, bytes, bytes]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT body, checksum, mac FROM header").fetchone()
    finally:
        conn.close()


def test_rotation_old_header_old_backup_and_old_keychain_open_nothing(
    visadesk_home, example_case, monkeypatch
):
    """SECURITY.md test 20."""
    path = visadesk_home / "vault.sqlite3"
    v = make_vault(path)
    cases = [example_case, variant(example_case, 1)]
    for c in cases:
        v.put_case(c)
    v.add_attachment(example_case.id, "ab" * 16, io.BytesIO(os.urandom(2_500_000)))
    v.backup_now()
    old_backup = backups.list_backups(v.vault_id)[0]
    old_backup_copy = visadesk_home / "stolen-backup.sqlite3"
    old_backup_copy.write_bytes(old_backup.read_bytes())
    old_header = _header_row(path)
    stored: dict[str, bytes] = {"key": v._s().data_key}
    monkeypatch.setattr(keychain, "exists", lambda vid: True)
    monkeypatch.setattr(keychain, "store", lambda vid, key: stored.update(key=key) or True)
    old_key = stored["key"]
    ticks: list[tuple[int, int]] = []
    result = v.change_passphrase(PASS, NEW, kdf=KDF, progress=lambda d, t: ticks.append((d, t)))
    assert result.rotated and result.backups_removed == 1 and result.keychain_refreshed
    assert ticks and ticks[-1][0] == ticks[-1][1]
    assert stored["key"] != old_key and stored["key"] == v._s().data_key  # keychain refreshed
    assert v.get_case(example_case.id) == example_case  # still unlocked, with the new key
    v.close()
    assert not old_backup.exists()
    assert backups.list_backups(v.vault_id)  # a fresh backup of the new file
    with pytest.raises(WrongPassphrase):
        Vault.open(path).unlock(PASS)
    v = _unlocked(path, NEW)
    assert v.problems == [] and {s.id for s in v.list_cases()} == {c.id for c in cases}
    with v.open_attachment("ab" * 16) as f:
        assert len(f.read()) == 2_500_000
    v.close()
    # 1. the old header grafted on the new file: the old passphrase unwraps the OLD key, which
    #    authenticates none of the current records
    grafted = visadesk_home / "grafted.sqlite3"
    grafted.write_bytes(path.read_bytes())
    conn = sqlite3.connect(grafted)
    conn.execute("UPDATE header SET body=?, checksum=?, mac=?", old_header)
    conn.commit()
    conn.close()
    try:
        g = _unlocked(grafted, PASS)
    except VaultError:
        pass
    else:
        assert g.list_cases() == []
        assert {c.id for c in cases} <= {p.id for p in g.problems}
        with pytest.raises(VaultError):
            g.get_case(example_case.id)
        g.close()
    # 2. the old backup's key (and the old keychain entry) does not fit the new vault
    header, mac = Vault._read_header(path)
    from visadesk.vault import header as hdr

    assert not hdr.key_fits(header, mac, old_key)
    monkeypatch.setattr(keychain, "load", lambda vid: old_key)
    assert Vault.open(path).unlock_from_keyring() is False
    # and the stolen old backup opens only itself, with the old passphrase
    b = _unlocked(old_backup_copy, PASS)
    assert b._s().data_key == old_key
    b.close()


def test_passwd_keep_key_rewraps_the_backups(visadesk_home, example_case):
    path = visadesk_home / "vault.sqlite3"
    v = make_vault(path)
    v.put_case(example_case)
    v.backup_now()
    result = v.change_passphrase(PASS, NEW, rotate=False)
    assert not result.rotated and result.backups_rewrapped == 1
    v.close()
    (b,) = backups.list_backups(v.vault_id)
    with pytest.raises(WrongPassphrase):
        Vault.open(b).unlock(PASS)
    _unlocked(b, NEW).close()


def test_rotation_refused_while_another_vault_object_has_it_open(visadesk_home, example_case):
    path = visadesk_home / "vault.sqlite3"
    v = make_vault(path)
    v.put_case(example_case)
    other = _unlocked(path)
    with pytest.raises(VaultInUse):
        v.change_passphrase(PASS, NEW, kdf=KDF)
    other.close()
    assert v.get_case(example_case.id) == example_case  # still usable after the refusal
    v.change_passphrase(PASS, NEW, kdf=KDF)
    v.close()
    _unlocked(path, NEW).close()


def test_disk_full_during_rotation_keeps_the_old_vault(visadesk_home, example_case, monkeypatch):
    path = visadesk_home / "vault.sqlite3"
    v = make_vault(path)
    v.put_case(example_case)
    from visadesk.vault import rotate

    def full(*_a: object, **_k: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(rotate, "_reseal_chunk", full)
    v.add_attachment(example_case.id, "cd" * 16, io.BytesIO(b"scan"))
    with pytest.raises(OSError):
        v.change_passphrase(PASS, NEW, kdf=KDF)
    assert rotate.leftover_temp_files(path) == []
    v.close()
    v = _unlocked(path, PASS)  # the old passphrase, all data
    assert v.get_case(example_case.id) == example_case
    v.close()


def test_delete_leaves_no_ciphertext_in_file_or_wal_and_can_reach_backups(
    visadesk_home, example_case
):
    path = visadesk_home / "vault.sqlite3"
    v = make_vault(path)
    keep, gone = example_case, variant(example_case, 5)
    v.put_case(keep)
    v.put_case(gone)
    v.add_attachment(gone.id, "ef" * 16, io.BytesIO(os.urandom(200_000)))
    v.backup_now()
    conn = sqlite3.connect(path)
    secrets = [
        bytes(r[0])[20:60]
        for r in conn.execute(
            "SELECT body FROM records WHERE id = ? UNION ALL "
            "SELECT data FROM chunks WHERE attachment = ?",
            (gone.id, "ef" * 16),
        )
    ]
    conn.close()
    assert len(secrets) == 2
    result = v.delete_case(gone.id)
    assert len(result.backups_holding) == 1 and result.backups_removed == ()
    wal = Path(str(path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated
    raw = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for s in secrets:
        assert s not in raw
    # "also remove from backups": the backup that held it is deleted
    v.put_case(variant(example_case, 6))
    gone2 = variant(example_case, 7)
    v.put_case(gone2)
    result = v.delete_case(gone2.id, from_backups=True)
    assert result.backups_holding == ()
    v.close()


def test_daily_backup_never_blocks_unlock_on_a_full_disk(
    visadesk_home, example_case, monkeypatch, caplog
):
    path = visadesk_home / "vault.sqlite3"
    make_vault(path).close()

    def full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "atomic_file", full)
    v = _unlocked(path)  # unlocking makes no backup at all
    with caplog.at_level(logging.WARNING, logger="visadesk.vault"):
        assert v.backup_now() is None
    assert "could not be written" in caplog.text and "No space" in caplog.text
    v.put_case(example_case)  # the vault works; nothing claims "nothing was saved"
    v.close()
    assert backups.list_backups(v.vault_id) == []


def test_sqlite_disk_full_on_save_is_a_clear_error_and_loses_nothing(visadesk_home, example_case):
    path = visadesk_home / "vault.sqlite3"
    v = make_vault(path)
    v.put_case(example_case)
    from visadesk.vault.errors import DiskFull

    conn = v._s().conn
    page = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {page + 2}")  # as good as a full disk
    with pytest.raises(DiskFull) as exc:
        v.add_attachment(example_case.id, "12" * 16, io.BytesIO(os.urandom(3_000_000)))
    assert "not saved" in exc.value.user_message()
    assert v.get_case(example_case.id) == example_case
    v.close()
    v = _unlocked(path)
    assert v.problems == [] and v.get_case(example_case.id) == example_case
    v.close()


def test_pruning_keeps_days_apart_from_restore_copies_and_lists_reasons(visadesk_home):
    path = visadesk_home / "vault.sqlite3"
    v = make_vault(path)
    conn = v._s().conn
    for day in range(1, 6):
        backups.backup(conn, v.vault_id, day=date(2026, 1, day))
    for n in range(9):  # nine restores in one day
        backups.backup(conn, v.vault_id, reason=f"before-restore-1200{n:02d}", day=date(2026, 2, 1))
    v.close()
    infos = [b for b in backups.all_backups() if b.vault_id_prefix == v.vault_id[:12]]
    kinds = [b.kind for b in infos]
    assert kinds.count("daily") == 5  # every earlier day survives
    assert kinds.count("before-restore") == backups.KEEP
    assert {b.label for b in infos} == {"daily", "before restore"}


def test_restore_refused_while_another_process_has_the_vault_open(visadesk_home, example_case):
    path = visadesk_home / "vault.sqlite3"
    v = make_vault(path)
    v.put_case(example_case)
    v.backup_now()
    v.close()
    (b,) = backups.list_backups(v.vault_id)
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.vault_helpers.saver", "open", str(path), PASS, "3"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    with pytest.raises(VaultInUse) as exc:
        backups.restore_backup(b, vault_path=path)
    assert "another VisaDesk" in exc.value.user_message()
    out, err = proc.communicate(timeout=30)
    assert "saved" in out, err  # its later save landed in the real vault, not a replaced file
    v = _unlocked(path)
    assert any(s.title == "late save" for s in v.list_cases())
    v.close()
    backups.restore_backup(b, vault_path=path)  # once it is closed: allowed


def test_the_backup_never_holds_the_vault_and_lock_stops_it(visadesk_home, example_case):
    """Issue 19: the daily backup runs in a worker without the vault's lock - the window opens
    and saves cases while a large vault is copied - and locking stops it, leaving no file."""
    import threading

    from visadesk.vault import backups

    v = make_vault(visadesk_home / "vault.sqlite3")
    v.put_case(example_case)
    for i in range(3):
        v.add_attachment(example_case.id, f"{i:032x}", io.BytesIO(os.urandom(8 * 2**20)))
    in_step = threading.Event()
    go_on = threading.Event()
    real_backup = backups.backup

    def slow_backup(conn, vault_id, **kwargs):
        keep_going = kwargs["keep_going"]

        def held() -> bool:  # the first step waits until the main thread has used the vault
            in_step.set()
            go_on.wait(10)
            return keep_going()

        return real_backup(conn, vault_id, **{**kwargs, "keep_going": held})

    results: list = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(backups, "STEP_PAGES", 64)
        mp.setattr(backups, "backup", slow_backup)
        worker = threading.Thread(target=lambda: results.append(v.backup_now()))
        worker.start()
        assert in_step.wait(10)
        # the backup is mid-copy: reading and saving still work at once (no vault lock held)
        assert v.get_case(example_case.id) == example_case
        v.put_case(variant(example_case, 1))
        go_on.set()
        worker.join(30)
    assert results and results[0] is not None and results[0].exists()
    # a second copy, stopped by lock() half-way: no backup file and no temp file is left
    in_step.clear()
    go_on.clear()
    results.clear()
    results[:] = []
    for p in backups.list_backups(v.vault_id):
        backups.remove_backup(p)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(backups, "STEP_PAGES", 64)
        mp.setattr(backups, "backup", slow_backup)
        worker = threading.Thread(target=lambda: results.append(v.backup_now()))
        worker.start()
        assert in_step.wait(10)
        threading.Timer(0.2, go_on.set).start()
        v.lock()  # waits for the copy to stop
        assert results == [None]
        worker.join(30)
    folder = visadesk_home / "backups"
    assert [p.name for p in folder.iterdir()] == []
