"""Panic wipe (SECURITY.md test 17): keychain entry and every copy of the wrapped key destroyed
first, then the vault, its backups, logs and settings; afterwards nothing under VISADESK_HOME
(nor a hard link kept elsewhere, standing in for blocks a disk did not really overwrite)
opens with the passphrase, and `vault list` says there is no vault."""

from __future__ import annotations

import base64
import io
import os
import shutil
import sqlite3

import pytest

from tests.test_vault_cli import run
from tests.test_vault_keyring import secret_service  # noqa: F401 - the real gnome-keyring
from tests.vault_helpers.common import KDF, PASS, make_vault, variant
from visadesk.vault import Vault, VaultError
from visadesk.vault.wipe import erase_key_material, wipe


@pytest.fixture(autouse=True)
def own_config(tmp_path_factory, monkeypatch):
    """A wipe clears Qt's file-dialog history in the user's config folder: these tests give it
    a throw-away HOME and XDG_CONFIG_HOME, so the real ~/.config is never read or written."""
    home = tmp_path_factory.mktemp("user-home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home / ".config"


def _fill(home, example_case) -> Vault:
    v = make_vault(home / "vault.sqlite3")
    v.put_case(example_case)
    v.add_attachment(example_case.id, "ab" * 16, io.BytesIO(os.urandom(300_000)))
    v.close()
    v = Vault.open(home / "vault.sqlite3")
    v.unlock(PASS)  # writes today's backup: a full copy with the same wrapped key
    v.change_passphrase(PASS, PASS + "!", kdf=KDF)  # an older header copy stays in the WAL
    v.change_passphrase(PASS + "!", PASS, kdf=KDF)
    v.put_case(variant(example_case, 1))
    return v


def _opens(path, passphrases=(PASS, PASS + "!")) -> bool:
    for secret in passphrases:
        try:
            v = Vault.open(path)
            v.unlock(secret)
        except (VaultError, sqlite3.Error, OSError):
            continue
        v.close()
        return True
    return False


def _wrapped_keys(home) -> set[bytes]:
    keys = set()
    for p in [home / "vault.sqlite3", *sorted((home / "backups").glob("*.sqlite3"))]:
        header, _mac = Vault._read_header(p)
        keys.add(base64.b64encode(header.wrapped_key))
    return keys


def test_erase_key_material_alone_makes_every_copy_undecryptable(
    visadesk_home, example_case, tmp_path
):
    v = _fill(visadesk_home, example_case)
    v.close()
    files = [visadesk_home / "vault.sqlite3", *sorted((visadesk_home / "backups").iterdir())]
    assert all(_opens(p) for p in files)
    keys = _wrapped_keys(visadesk_home)
    for p in files:
        assert erase_key_material(p) >= 1
        data = p.read_bytes()
        assert not any(k in data for k in keys)
        assert b'"wrapped_key":"' in data  # the field is there, its value is gone
        assert not _opens(p)


def test_wipe_removes_everything_and_nothing_decrypts(visadesk_home, example_case, tmp_path):
    v = _fill(visadesk_home, example_case)
    (visadesk_home / "settings.json").write_text('{"language": "en"}')
    (visadesk_home / "logs").mkdir(exist_ok=True)
    (visadesk_home / "logs" / "visadesk.log").write_text("vault unlocked\n")
    (visadesk_home / "forms").mkdir()
    (visadesk_home / "forms" / "extra.yaml").write_text("id: x\n")
    v.close()
    # hard links elsewhere: the same inodes, as if the disk kept the old blocks after unlink
    keep = tmp_path / "forensic"
    keep.mkdir()
    originals = [p for p in visadesk_home.rglob("*") if p.is_file() and p.suffix == ".sqlite3"]
    assert len(originals) >= 2
    for i, p in enumerate(originals):
        os.link(p, keep / f"{i}.sqlite3")
    keys = _wrapped_keys(visadesk_home)
    lock = visadesk_home / "vault.sqlite3.lock"
    assert lock.exists()  # left by every unlock (lockfile.py)

    report = wipe()
    assert report.ok, report.failed
    assert report.keys_erased >= 2
    assert not lock.exists() and lock in report.removed
    assert not (visadesk_home / "vault.sqlite3").exists()
    assert not (visadesk_home / "backups").exists()
    assert not (visadesk_home / "logs").exists()
    assert not (visadesk_home / "settings.json").exists()
    assert (visadesk_home / "forms" / "extra.yaml").exists()  # not personal: kept
    remaining = [p for p in visadesk_home.rglob("*") if p.is_file()]
    assert remaining == [visadesk_home / "forms" / "extra.yaml"]
    for p in [*remaining, *keep.iterdir()]:
        assert not _opens(p)
        data = p.read_bytes()
        assert not any(k in data for k in keys)
        assert example_case.applicants[0].surname.encode() not in data

    r = run("list")
    assert r.returncode == 1 and "no vault" in r.stderr and "Traceback" not in r.stderr


def test_wipe_of_a_damaged_vault_and_of_nothing(visadesk_home, example_case):
    assert wipe().removed == []  # nothing there: not an error
    v = make_vault(visadesk_home / "vault.sqlite3")
    v.put_case(example_case)
    v.close()
    path = visadesk_home / "vault.sqlite3"
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)  # the SQLite header is gone: not even openable as a database
    path.write_bytes(bytes(data))
    report = wipe()
    assert path in report.removed and not path.exists()


def test_wipe_cli_asks_and_refuses_without_a_terminal(visadesk_home, example_case):
    make_vault(visadesk_home / "vault.sqlite3").close()
    r = run("wipe")
    assert r.returncode == 1 and "--yes" in r.stderr
    assert (visadesk_home / "vault.sqlite3").exists()
    r = run("wipe", "--yes")
    assert r.returncode == 0, r.stderr
    assert "removed" in r.stdout and "SSD" in r.stderr
    assert not (visadesk_home / "vault.sqlite3").exists()
    assert "no vault" in run("list").stderr


def test_wipe_cli_with_a_vault_elsewhere(tmp_path, visadesk_home):
    other = tmp_path / "elsewhere.sqlite3"
    make_vault(other).close()
    r = run("--path", str(other), "wipe", "--yes")
    assert r.returncode == 0 and not other.exists()


@pytest.mark.keyring
def test_wipe_removes_the_real_keychain_entry(secret_service, visadesk_home, example_case):  # noqa: F811
    import keyring

    v = make_vault(visadesk_home / "vault.sqlite3")
    v.put_case(example_case)
    assert v.remember_on_device()
    vault_id = v.vault_id
    v.close()
    assert keyring.get_keyring().get_password("visadesk", vault_id) is not None
    report = wipe()
    assert report.keychain_entries == [vault_id]
    assert keyring.get_keyring().get_password("visadesk", vault_id) is None
    assert not (visadesk_home / "vault.sqlite3").exists()
    shutil.rmtree(visadesk_home, ignore_errors=True)


def test_wipe_never_follows_links(visadesk_home, example_case, tmp_path):
    """SECURITY.md test 22 (links): `logs`, `cache` and a backup linked elsewhere - the links
    go, what they point to is untouched (content and mode)."""
    _fill(visadesk_home, example_case).close()
    outside = tmp_path / "documents"
    outside.mkdir()
    (outside / "thesis.txt").write_text("my own work")
    os.chmod(outside / "thesis.txt", 0o644)
    other_vault = tmp_path / "other.sqlite3"
    make_vault(other_vault).close()
    shutil.rmtree(visadesk_home / "logs", ignore_errors=True)
    os.symlink(outside, visadesk_home / "logs")
    os.symlink(outside / "thesis.txt", visadesk_home / "cache")
    os.symlink(other_vault, visadesk_home / "backups" / "vault-linked-2026-01-01-daily.sqlite3")
    before = {p: (p.read_bytes(), p.stat().st_mode) for p in (outside / "thesis.txt", other_vault)}

    report = wipe()
    assert report.ok, report.failed
    for p, (data, mode) in before.items():
        assert p.read_bytes() == data and p.stat().st_mode == mode
    assert _opens(other_vault)
    assert not os.path.lexists(visadesk_home / "logs")
    assert not os.path.lexists(visadesk_home / "cache")
    assert len(report.links_removed) == 3
    assert not (visadesk_home / "vault.sqlite3").exists()


def test_a_data_folder_with_links_or_of_another_user_is_refused(visadesk_home, tmp_path):
    from visadesk.local.folder_check import UnsafeDataFolder, check_data_folder

    check_data_folder(visadesk_home)  # an ordinary folder: fine
    check_data_folder(tmp_path / "not-yet")  # not made yet: fine
    os.symlink(tmp_path, visadesk_home / "logs")
    with pytest.raises(UnsafeDataFolder) as err:
        check_data_folder(visadesk_home)
    assert err.value.kind == "link" and "logs" in err.value.message
    r = run("list")
    assert r.returncode == 1 and "link" in r.stderr and "Traceback" not in r.stderr
    assert (visadesk_home / "logs").is_symlink() and not (tmp_path / "visadesk.log").exists()
    os.unlink(visadesk_home / "logs")
    if os.getuid() != 0:
        pytest.skip("changing a folder's owner needs root")
    os.chown(visadesk_home, 4242, 4242)
    with pytest.raises(UnsafeDataFolder) as err:
        check_data_folder(visadesk_home)
    assert err.value.kind == "owner"
    assert run("list").returncode == 1


def test_wipe_removes_the_file_dialog_history_qt_keeps(visadesk_home, tmp_path):
    conf = tmp_path / "QtProject.conf"
    conf.write_text(
        "[FileDialog]\nhistory=file:///home/k/Podyachev-scans\nlastVisited=file:///home/k/"
        "Podyachev-scans\nviewMode=Detail\n\n[Other]\nkeep=1\n"
    )
    report = wipe(qt_config=conf)
    assert report.ok and conf in report.removed
    text = conf.read_text()
    assert "Podyachev" not in text and "[FileDialog]" not in text and "keep=1" in text


def test_wipe_deletes_the_exported_files_it_is_given(visadesk_home, tmp_path):
    exported = tmp_path / "packet.pdf"
    exported.write_bytes(b"%PDF-1.7 personal")
    untouched = tmp_path / "other.pdf"
    untouched.write_bytes(b"%PDF-1.7 mine")
    link = tmp_path / "link.pdf"
    link.symlink_to(untouched)
    report = wipe(exported=[exported, link], qt_config=tmp_path / "none.conf")
    assert report.ok and not exported.exists() and untouched.exists() and link.is_symlink()


def test_wipe_clears_the_file_dialog_history_in_the_users_config(visadesk_home, own_config):
    """By default the wipe finds QtProject.conf where Qt keeps it (XDG_CONFIG_HOME, else
    ~/.config) - here the test's own folder, never the real one."""
    own_config.mkdir(parents=True)
    conf = own_config / "QtProject.conf"
    conf.write_text("[FileDialog]\nlastVisited=file:///home/k/Podyachev-scans\n")
    make_vault(visadesk_home / "vault.sqlite3").close()
    report = wipe()
    assert report.ok and conf in report.removed
    assert "Podyachev" not in conf.read_text()
    assert not (visadesk_home / "vault.sqlite3.lock").exists()


def test_the_first_pass_alone_makes_a_large_vault_unopenable(visadesk_home, example_case):
    """The short first step of the wipe (the first 256 KiB of each file) already destroys the
    live wrapped key of a vault far larger than that: the kill window does not grow with it."""
    from visadesk.vault import wipe as wipe_module

    v = make_vault(visadesk_home / "vault.sqlite3")
    v.put_case(example_case)
    v.add_attachment(example_case.id, "cd" * 16, io.BytesIO(os.urandom(3 * 2**20)))
    v.close()
    path = visadesk_home / "vault.sqlite3"
    assert path.stat().st_size > 10 * wipe_module._HEAD and _opens(path)
    assert erase_key_material(path, limit=wipe_module._HEAD) >= 1
    assert not _opens(path)
    assert erase_key_material(path) == 0  # nothing left for the full pass in this file
