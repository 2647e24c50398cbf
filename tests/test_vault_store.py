"""The vault's behaviour through its public API, on a real SQLite file with real crypto."""

from __future__ import annotations

import io
import os
import stat
import time
from datetime import date
from pathlib import Path

import pytest

from tests.vault_helpers.common import KDF, PASS, make_vault, snapshot, variant
from visadesk.errors import VisaDeskError
from visadesk.vault import (
    NewerFormat,
    NoVault,
    Vault,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultTampered,
    WrongPassphrase,
    backups,
    header,
)


@pytest.fixture
def vpath(visadesk_home: Path) -> Path:
    return visadesk_home / "vault.sqlite3"


def test_round_trip_case_settings_and_attachment(vpath, example_case):
    v = make_vault(vpath)
    assert v.is_unlocked and len(v.vault_id) == 32
    v.put_case(example_case)
    v.put_settings({"language": "ru", "auto_lock_minutes": 5})
    data = os.urandom(2_500_000)  # three chunks, the last one partial
    att = "ab" * 16
    assert v.add_attachment(example_case.id, att, io.BytesIO(data)) == len(data)
    v.close()
    assert not v.is_unlocked

    v = Vault.open(vpath)
    assert not v.is_unlocked
    with pytest.raises(VaultLocked):
        v.list_cases()
    v.unlock(PASS)
    assert v.problems == []
    assert v.get_case(example_case.id) == example_case
    assert v.get_settings() == {"language": "ru", "auto_lock_minutes": 5}
    with v.open_attachment(att) as f:
        assert f.read(10) == data[:10]
        assert f.read() == data[10:]
    [summary] = v.list_cases()
    assert summary.id == example_case.id and summary.title == example_case.title
    assert "Подъячева Юлия Андреевна" in summary.people
    v.close()


def test_empty_attachment_and_exact_chunk_multiple(vpath, example_case):
    v = make_vault(vpath)
    v.put_case(example_case)
    for n, size in enumerate((0, 1024 * 1024, 2 * 1024 * 1024)):
        aid = f"{n:02d}" * 16
        data = os.urandom(size)
        assert v.add_attachment(example_case.id, aid, io.BytesIO(data)) == size
        with v.open_attachment(aid) as f:
            assert f.read() == data
    v.close()


def test_search_both_scripts_numbers_case_insensitive(vpath, example_case):
    v = make_vault(vpath)
    v.put_case(example_case)
    from visadesk.case.model import Person

    other = variant(
        example_case,
        1,
        title="Другая семья",
        sponsor=None,
        applications=[],
        situation=None,
        account=None,
        attachments=[],
        applicants=[Person(surname="Иванова", given_names="Мария")],
    )
    v.put_case(other)
    sponsor = example_case.sponsor
    number = sponsor.documents[0].number
    for query in (
        "юлия",
        "ЮЛИЯ",
        "iuliia",
        "Iuliia",
        "podiachev",
        "ПОДЪЯЧ",
        number,
        number.lower(),
        number.replace(" ", ""),
        "щукин фёдор",
        "щукин федор",
    ):
        hits = [s.id for s in v.search(query)]
        assert hits == [example_case.id], query
    assert [s.id for s in v.search("мария")] == [other.id]
    assert [s.id for s in v.search("ivanova")] == [other.id]
    latin_only = variant(
        example_case, 2, title="Латиница", sponsor=None, applications=[], attachments=[],
        situation=None, account=None, applicants=[Person(surname="Petrov", given_names="Oleg")],
    )  # fmt: skip
    v.put_case(latin_only)
    assert [s.id for s in v.search("петров олег")] == [latin_only.id]  # Cyrillic finds Latin
    assert v.search("nobody-like-this") == []
    assert len(v.search("")) == 3
    v.lock()
    with pytest.raises(VaultLocked):
        v.search("юлия")


def test_put_replaces_and_delete_case_removes_attachments(vpath, example_case):
    v = make_vault(vpath)
    v.put_case(example_case)
    att = "cd" * 16
    v.add_attachment(example_case.id, att, io.BytesIO(b"scan"))
    edited = example_case.model_copy(update={"title": "Новое название"})
    v.put_case(edited)
    assert v.get_case(example_case.id).title == "Новое название"
    assert [s.title for s in v.search("новое")] == ["Новое название"]
    v.delete_case(example_case.id)
    assert v.list_cases() == []
    with pytest.raises(VaultError):
        v.open_attachment(att)
    with pytest.raises(VaultError):
        v.get_case(example_case.id)
    v.close()
    v = Vault.open(vpath)
    v.unlock(PASS)
    assert v.list_cases() == [] and v.problems == []
    import sqlite3

    conn = sqlite3.connect(vpath)
    assert conn.execute("SELECT count(*) FROM chunks").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM records WHERE kind='attachment'").fetchone()[0] == 0
    conn.close()


def test_errors_are_typed_and_user_facing(vpath, example_case):
    with pytest.raises(NoVault) as exc:
        Vault.open(vpath)
    assert "vault init" in exc.value.user_message()
    v = make_vault(vpath)
    with pytest.raises(VaultExists):
        make_vault(vpath)
    with pytest.raises(VaultError):
        v.add_attachment(example_case.id, "ef" * 16, io.BytesIO(b"x"))  # no such case
    with pytest.raises(VaultError):
        v.add_attachment(example_case.id, "../../etc", io.BytesIO(b"x"))
    v.close()
    for cls in (WrongPassphrase, VaultTampered, VaultLocked, NoVault, VaultExists):
        assert issubclass(cls, VaultError) and issubclass(cls, VisaDeskError)
    with pytest.raises(WrongPassphrase) as wrong:
        Vault.open(vpath).unlock("not it")
    assert wrong.value.user_message() == "wrong passphrase"


def test_wrong_passphrase_changes_no_file(vpath, visadesk_home, example_case):
    v = make_vault(vpath)
    v.put_case(example_case)
    v.close()
    before = snapshot(visadesk_home)
    mtimes = {p: p.stat().st_mtime_ns for p in visadesk_home.rglob("*")}
    time.sleep(0.01)
    v = Vault.open(vpath)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            v.unlock("wrong passphrase")
    assert not v.is_unlocked
    assert snapshot(visadesk_home) == before
    assert {p: p.stat().st_mtime_ns for p in visadesk_home.rglob("*")} == mtimes
    assert not Path(str(vpath) + "-wal").exists() and not Path(str(vpath) + "-shm").exists()


def test_file_modes(vpath, visadesk_home, example_case):
    sub = visadesk_home / "deeper" / "dir"
    v = make_vault(sub / "v.sqlite3")
    v.put_case(example_case)
    for p in (sub / "v.sqlite3", Path(str(sub / "v.sqlite3") + "-wal")):
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    v.close()
    v = Vault.open(sub / "v.sqlite3")
    v.unlock(PASS)
    v.backup_now()  # writes today's backup
    v.close()
    assert stat.S_IMODE(sub.stat().st_mode) == 0o700
    bdir = visadesk_home / "backups"
    assert stat.S_IMODE(bdir.stat().st_mode) == 0o700
    [b] = list(bdir.iterdir())
    assert stat.S_IMODE(b.stat().st_mode) == 0o600


def test_daily_backup_once_a_day_keep_seven(vpath, visadesk_home, example_case):
    v = make_vault(vpath)
    v.put_case(example_case)
    v.close()
    for _ in range(2):
        v = Vault.open(vpath)
        v.unlock(PASS)
        assert backups.list_backups(v.vault_id) == [] or _ == 1  # unlocking makes none
        v.backup_now()
        v.close()
    files = backups.list_backups(v.vault_id)
    assert len(files) == 1  # once a day only
    # the backup is a full vault: it opens with the same passphrase
    b = Vault.open(files[0])
    b.unlock(PASS)
    assert [s.id for s in b.list_cases()] == [example_case.id]
    b.close()
    v = Vault.open(vpath)
    v.unlock(PASS)
    for day in range(1, 12):
        backups.backup(v._s().conn, v.vault_id, day=date(2026, 1, day))
    v.close()
    files = backups.list_backups(v.vault_id)
    assert len(files) == backups.KEEP
    assert files[-1].name.endswith(f"{date.today().isoformat()}-daily.sqlite3")


def test_change_passphrase(vpath, example_case):
    v = make_vault(vpath)
    v.put_case(example_case)
    with pytest.raises(WrongPassphrase):
        v.change_passphrase("not the old one", "new secret")
    v.change_passphrase(PASS, "new secret words")
    v.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vpath).unlock(PASS)
    v = Vault.open(vpath)
    v.unlock("new secret words")
    assert v.get_case(example_case.id) == example_case
    # raising the KDF cost re-wraps with the new parameters
    stronger = type(KDF)(memory_kib=KDF.memory_kib * 2, iterations=2, lanes=1)
    v.change_passphrase("new secret words", "third", kdf=stronger)
    v.close()
    assert Vault.open(vpath)._header.kdf == stronger
    Vault.open(vpath).unlock("third")


def _rewrite_header(vpath: Path, base=None, **kdf_changes):
    import dataclasses
    import sqlite3

    h = base or Vault._read_header(vpath)[0]
    new = dataclasses.replace(h, **kdf_changes)
    conn = sqlite3.connect(vpath)
    conn.execute("UPDATE header SET body=?, checksum=? WHERE id=1", (new.body(), new.checksum()))
    conn.commit()
    conn.close()
    return h


def test_header_demanding_a_tebibyte_is_refused_instantly(vpath):
    from visadesk.vault.crypto import KdfParams

    make_vault(vpath).close()
    # an attacker can recompute the checksum; the cap must still stop the allocation
    original = _rewrite_header(vpath, kdf=KdfParams(memory_kib=2**30, iterations=3, lanes=2))
    start = time.monotonic()
    with pytest.raises(VaultTampered) as exc:
        Vault.open(vpath).unlock(PASS)
    assert time.monotonic() - start < 0.5
    assert "1024 GiB" in exc.value.user_message()
    _rewrite_header(vpath, original, kdf=KdfParams(memory_kib=8192, iterations=10**9, lanes=1))
    with pytest.raises(VaultTampered):
        Vault.open(vpath)


def test_newer_format_refused_with_clear_message(vpath):
    make_vault(vpath).close()
    _rewrite_header(vpath, format=header.FORMAT + 1)
    with pytest.raises(NewerFormat) as exc:
        Vault.open(vpath)
    assert "newer VisaDesk" in exc.value.user_message()


def test_header_edit_with_recomputed_checksum_is_caught(vpath, example_case):
    v = make_vault(vpath)
    v.put_case(example_case)
    v.close()
    # changing the vault id (and fixing the checksum) makes the key unwrappable: no wrong data
    _rewrite_header(vpath, vault_id="f" * 32)
    with pytest.raises(WrongPassphrase):
        Vault.open(vpath).unlock(PASS)


def test_lock_drops_keys_index_and_readers(vpath, example_case):
    v = make_vault(vpath)
    v.put_case(example_case)
    v.add_attachment(example_case.id, "ab" * 16, io.BytesIO(os.urandom(3 * 2**20)))
    reader = v.open_attachment("ab" * 16)
    reader.read(10)
    unlocked = v._s()
    state = unlocked.state
    v.lock()
    assert v._u is None and not v.is_unlocked
    assert unlocked.closed and unlocked.data_key == b"" and unlocked.rkey == b""
    assert len(state.index) == 0
    with pytest.raises((ValueError, VaultLocked)):
        reader.read()
    for call in (
        lambda: v.get_case(example_case.id),
        v.list_cases,
        v.get_settings,
        lambda: v.put_case(example_case),
        v.remember_on_device,
    ):
        with pytest.raises(VaultLocked):
            call()


def test_settings_default_empty(vpath):
    v = make_vault(vpath)
    assert v.get_settings() == {}
    v.put_settings({"x": [1, 2]})
    v.put_settings({"x": [3]})
    assert v.get_settings() == {"x": [3]}


def test_threads_share_the_vault(vpath, example_case):
    import threading

    v = make_vault(vpath)
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(5):
                c = variant(example_case, n * 10 + i)
                v.put_case(c)
                assert v.get_case(c.id) == c
                v.search("юлия")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(v.list_cases()) == 20
    v.close()
    v = Vault.open(vpath)
    v.unlock(PASS)
    assert len(v.list_cases()) == 20 and v.problems == []
