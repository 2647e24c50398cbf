"""Panic wipe: make everything VisaDesk keeps under ``VISADESK_HOME`` undecryptable, then gone.

Order matters (cryptographic erase first, NIST SP 800-88):

1. every keychain entry for the vault and its backups is deleted ("remember on this device");
2. in the vault file, its ``-wal``/``-shm``/``-journal`` and every backup (a backup is a full
   copy with the same wrapped key), each copy of the wrapped data key and of the Argon2 salt is
   overwritten in place and the file fsynced - from then on not even the passphrase opens them;
3. each of those files is overwritten with zeros (best effort), fsynced and deleted, together
   with the logs, the settings file and any cache folder.

Honest limits: on SSDs (wear levelling) and journaling or copy-on-write file systems an
overwrite may leave older blocks on the device, so "overwritten" is best effort. The guarantee
is step 2: without the wrapped key, the ciphertext that may survive is as safe as AES-256 -
and a copy of the vault made elsewhere earlier (another disk, a cloud sync) is as safe as its
passphrase. Form definitions a volunteer added (``forms/``) are not personal and are kept.

Lock or close the vault first (the GUI does); a connection still open would keep writing to
the deleted file.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from visadesk.vault import keychain

log = logging.getLogger("visadesk.vault.wipe")

_SQLITE_MAGIC = b"SQLite format 3\x00"
_SECRET_FIELDS = (b'"wrapped_key":"', b'"salt":"')
_VAULT_ID = re.compile(rb'"vault_id":"([0-9a-f]{8,64})"')
_BLOCK = 1024 * 1024
_OVERLAP = 4096
_SIDE = ("-wal", "-shm", "-journal")


@dataclass
class WipeReport:
    removed: list[Path] = field(default_factory=list)
    keys_erased: int = 0  # copies of a wrapped key overwritten
    keychain_entries: list[str] = field(default_factory=list)  # vault ids whose entry was removed
    kept: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def wipe(home: Path | str | None = None, *, vault_path: Path | str | None = None) -> WipeReport:
    """Wipe the vault, its backups, logs, settings and caches under ``home`` (default:
    VISADESK_HOME). ``vault_path``: a vault kept elsewhere (``--path``), wiped as well.

    Never raises for a file it cannot touch: the report lists it in ``failed``."""
    from visadesk.local.paths import home as default_home

    root = Path(home) if home is not None else default_home(create=False)
    report = WipeReport()
    vault_files = _vault_files(root, Path(vault_path) if vault_path else None)

    # 1. keychain entries (every vault id found in any copy)
    ids: set[str] = set()
    for path in vault_files:
        ids |= _vault_ids(path)
    for vault_id in sorted(ids):
        had = keychain.exists(vault_id)
        keychain.delete(vault_id)
        if had:
            report.keychain_entries.append(vault_id)
        if keychain.exists(vault_id):
            report.failed.append((Path(f"keychain:{vault_id}"), "the keychain kept the entry"))

    # 2. cryptographic erase: every copy of the wrapped key and salt, in place, fsynced
    for path in vault_files:
        try:
            report.keys_erased += erase_key_material(path)
        except OSError as exc:
            report.failed.append((path, exc.strerror or str(exc)))

    # 3. overwrite (best effort) and delete
    for path in vault_files:
        _destroy(path, report)
    for extra in _other_files(root):
        if extra.is_dir():
            for p in sorted(extra.rglob("*"), reverse=True):
                if p.is_file() or p.is_symlink():
                    _destroy(p, report)
            shutil.rmtree(extra, ignore_errors=True)
        else:
            _destroy(extra, report)
    backups = root / "backups"
    if backups.is_dir():
        try:
            backups.rmdir()
        except OSError:
            report.kept.extend(p for p in backups.iterdir())
    if root.is_dir():
        report.kept.extend(
            p for p in sorted(root.iterdir()) if p.name != "backups" and p not in report.removed
        )
    log.info("panic wipe done (%d file(s) removed)", len(report.removed))
    return report


def erase_key_material(path: Path) -> int:
    """Overwrite every wrapped key and salt value found in ``path`` with zeros (whatever the
    file's state: live pages, old WAL frames, free pages) and fsync. Returns the count."""
    hits: list[tuple[int, int]] = []
    with open(path, "rb") as fh:
        offset = 0
        tail = b""
        while True:
            block = fh.read(_BLOCK)
            if not block:
                break
            window = tail + block
            base = offset - len(tail)
            for marker in _SECRET_FIELDS:
                start = 0
                while (i := window.find(marker, start)) >= 0:
                    value_at = i + len(marker)
                    end = window.find(b'"', value_at, value_at + 512)
                    stop = end if end >= 0 else min(len(window), value_at + 512)
                    hits.append((base + value_at, base + stop))
                    start = i + 1
            offset += len(block)
            tail = window[-_OVERLAP:]
    spans = sorted(set(hits))
    if not spans:
        return 0
    fd = os.open(path, os.O_WRONLY)
    try:
        for start, stop in spans:
            os.pwrite(fd, b"0" * (stop - start), start)
        os.fsync(fd)
    finally:
        os.close(fd)
    return len({s for s in spans})


def _vault_files(root: Path, extra_vault: Path | None) -> list[Path]:
    found: list[Path] = []
    mains = [root / "vault.sqlite3"] + ([extra_vault] if extra_vault else [])
    for main in mains:
        for p in [main, *(Path(str(main) + s) for s in _SIDE)]:
            if p.is_file() and p not in found:
                found.append(p)
    if root.is_dir():
        for p in sorted(root.iterdir()):  # temp copies left by a crash (restore, export)
            if p.is_file() and p not in found and _looks_like_vault_copy(p):
                found.append(p)
    backups = root / "backups"
    if backups.is_dir():
        found += [p for p in sorted(backups.iterdir()) if p.is_file() and p not in found]
    return found


def _looks_like_vault_copy(p: Path) -> bool:
    name = p.name
    if name.startswith(("vault", ".vault")) and (".sqlite3" in name or name.endswith(".tmp")):
        return True
    try:
        with open(p, "rb") as fh:
            return fh.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


def _other_files(root: Path) -> list[Path]:
    names = ("logs", "cache", "caches", "thumbnails", "tmp", "settings.json", "settings.json.bak")
    out = [root / n for n in names if (root / n).exists()]
    if root.is_dir():
        out += [p for p in sorted(root.glob(".settings.json.*")) if p.is_file()]
    return out


def _vault_ids(path: Path) -> set[str]:
    ids: set[str] = set()
    try:
        with open(path, "rb") as fh:
            tail = b""
            while block := fh.read(_BLOCK):
                window = tail + block
                ids |= {m.group(1).decode("ascii") for m in _VAULT_ID.finditer(window)}
                tail = window[-_OVERLAP:]
    except OSError:
        pass
    return ids


def _destroy(path: Path, report: WipeReport) -> None:
    """Overwrite with zeros (best effort), fsync, unlink."""
    try:
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            fd = os.open(path, os.O_WRONLY)
            try:
                zeros = bytes(_BLOCK)
                done = 0
                while done < size:
                    n = min(_BLOCK, size - done)
                    os.pwrite(fd, zeros[:n], done)
                    done += n
                os.fsync(fd)
            finally:
                os.close(fd)
        path.unlink(missing_ok=True)
        report.removed.append(path)
    except OSError as exc:
        report.failed.append((path, exc.strerror or str(exc)))
