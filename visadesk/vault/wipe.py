"""Panic wipe: make everything VisaDesk keeps under ``VISADESK_HOME`` undecryptable, then gone.

Order matters (cryptographic erase first, NIST SP 800-88), and the first step is short on
purpose, so that a wipe killed at any instant leaves nothing that opens:

1. in the vault file, its ``-wal``/``-shm``/``-journal`` (and its ``.lock`` file, which holds
   no key but says a vault was here), every backup and every temp copy
   (each is a full copy with the same wrapped key), each copy of the wrapped data key and of
   the Argon2 salt is overwritten in place and the file fsynced - from then on not even the
   passphrase opens them. It is done in two passes: first the first 256 KiB of each file
   (SQLite keeps the header table on page 2) and every journal whole, which takes milliseconds
   however large the vault and its backups are, so the window in which a kill leaves an
   openable file is that short; then the whole of every file, for stale copies in old WAL
   frames or free pages. Nothing else happens before this step is done (no keychain look-up,
   which can take a second: the keychain entry was always a separate, second step);
2. every keychain entry for the vault and its backups is deleted ("remember on this device");
3. each of those files is overwritten with zeros (best effort), fsynced and deleted, together
   with the logs, the settings file, any cache folder, the file-dialog history Qt keeps
   (``QtProject.conf``) and, when asked, files exported elsewhere.

Links are never followed: files are opened with ``O_NOFOLLOW``, folders walked with ``lstat``;
a link found in the data folder is removed itself, what it points to is left untouched.

Honest limits: on SSDs (wear levelling) and journaling or copy-on-write file systems an
overwrite may leave older blocks on the device, so "overwritten" is best effort. The guarantee
is step 1: without the wrapped key, the ciphertext that may survive is as safe as AES-256 -
and a copy of the vault made elsewhere earlier (another disk, a cloud sync) is as safe as its
passphrase. Form definitions a volunteer added (``forms/``) are not personal and are kept.

Lock or close the vault first (the GUI does); a connection still open would keep writing to
the deleted file.
"""

from __future__ import annotations

import logging
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from visadesk.vault import keychain

log = logging.getLogger("visadesk.vault.wipe")

_SQLITE_MAGIC = b"SQLite format 3\x00"
_SECRET_FIELDS = (b'"wrapped_key":"', b'"salt":"')
_VAULT_ID = re.compile(rb'"vault_id":"([0-9a-f]{8,64})"')
_BLOCK = 1024 * 1024
_HEAD = 256 * 1024  # the first pass: where SQLite keeps the header table (page 2)
_OVERLAP = 4096
_SIDE = ("-wal", "-shm", "-journal", ".lock")  # .lock: lockfile.lock_path (who has it open)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_OTHER = ("logs", "cache", "caches", "thumbnails", "tmp", "settings.json", "settings.json.bak")


@dataclass
class WipeReport:
    removed: list[Path] = field(default_factory=list)
    keys_erased: int = 0  # copies of a wrapped key overwritten
    keychain_entries: list[str] = field(default_factory=list)  # vault ids whose entry was removed
    links_removed: list[Path] = field(default_factory=list)  # links themselves; targets untouched
    kept: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def wipe(
    home: Path | str | None = None,
    *,
    vault_path: Path | str | None = None,
    exported: Iterable[Path] = (),
    qt_config: Path | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> WipeReport:
    """Wipe the vault, its backups, logs, settings and caches under ``home`` (default:
    VISADESK_HOME). ``vault_path``: a vault kept elsewhere (``--path``), wiped as well.
    ``exported``: files the app exported elsewhere that the user asked to delete too.
    ``qt_config``: Qt's ``QtProject.conf`` (default: the XDG config folder's).
    ``on_stage`` is told ``"keys_erased"``, ``"keychain"`` and ``"done"`` as each step ends.

    Never raises for a file it cannot touch: the report lists it in ``failed``."""
    from visadesk.local.paths import home as default_home

    root = Path(home) if home is not None else default_home(create=False)
    report = WipeReport()
    vault_files = _vault_files(root, Path(vault_path) if vault_path else None)

    # 1. cryptographic erase, first where the live keys are: the first pages of every vault
    # and backup (SQLite puts the header table on page 2) and every journal whole, fsynced -
    # milliseconds, however big the files; from then on nothing opens with the passphrase
    for path in vault_files:
        try:
            whole = path.name.endswith(_SIDE)
            report.keys_erased += erase_key_material(path, limit=None if whole else _HEAD)
        except OSError as exc:
            report.failed.append((path, exc.strerror or str(exc)))
    _tell(on_stage, "keys_erased")
    # ... then every other copy anywhere in the files (old WAL frames, free pages)
    ids: set[str] = set()
    for path in vault_files:
        try:
            ids |= _vault_ids(path)
            report.keys_erased += erase_key_material(path)
        except OSError as exc:
            report.failed.append((path, exc.strerror or str(exc)))

    # 2. keychain entries (every vault id found in any copy)
    for vault_id in sorted(ids):
        had = keychain.exists(vault_id)
        keychain.delete(vault_id)
        if had:
            report.keychain_entries.append(vault_id)
        if keychain.exists(vault_id):
            report.failed.append((Path(f"keychain:{vault_id}"), "the keychain kept the entry"))
    _tell(on_stage, "keychain")

    # 3. overwrite (best effort) and delete, never following a link
    for path in vault_files:
        _destroy(path, report)
    for extra in _other_files(root):
        _destroy_tree(extra, report)
    for path in exported:
        if _is_regular(Path(path)):
            _destroy(Path(path), report)
    forget_qt_file_dialogs(qt_config, report)
    backups = root / "backups"
    if _is_dir(backups):
        _destroy_tree(backups, report, files=False)
    if _is_dir(root):
        report.kept.extend(
            p for p in sorted(root.iterdir()) if p.name != "backups" and p not in report.removed
        )
    log.info("panic wipe done (%d file(s) removed)", len(report.removed))
    _tell(on_stage, "done")
    return report


def _tell(on_stage: Callable[[str], None] | None, stage: str) -> None:
    if on_stage is not None:
        on_stage(stage)


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except OSError:
        return None


def _is_regular(path: Path) -> bool:
    info = _lstat(path)
    return info is not None and stat.S_ISREG(info.st_mode)


def _is_dir(path: Path) -> bool:
    info = _lstat(path)
    return info is not None and stat.S_ISDIR(info.st_mode)


def _is_link(path: Path) -> bool:
    info = _lstat(path)
    return info is not None and stat.S_ISLNK(info.st_mode)


def erase_key_material(path: Path, *, limit: int | None = None) -> int:
    """Overwrite every wrapped key and salt value found in ``path`` (in its first ``limit``
    bytes, default all) with zeros (whatever the file's state: live pages, old WAL frames, free
    pages) and fsync. Returns how many values were overwritten (values already zeroed are not
    counted again). A link is never followed (``O_NOFOLLOW``: an ``OSError``)."""
    hits: list[tuple[int, int]] = []
    fd = os.open(path, os.O_RDWR | _NOFOLLOW)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return 0
        offset = 0
        tail = b""
        while (limit is None or offset < limit) and (block := os.pread(fd, _BLOCK, offset)):
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
        spans = [
            (start, stop)
            for start, stop in sorted(set(hits))
            if os.pread(fd, stop - start, start).strip(b"0")  # not zeroed by an earlier pass
        ]
        for start, stop in spans:
            os.pwrite(fd, b"0" * (stop - start), start)
        if spans:
            os.fsync(fd)
    finally:
        os.close(fd)
    return len({s for s in spans})


def forget_qt_file_dialogs(config: Path | None = None, report: WipeReport | None = None) -> bool:
    """Remove the ``[FileDialog]`` section (history, last visited folder) from Qt's
    ``QtProject.conf``: it names the folders scans were taken from and cases exported to.
    Returns True when something was removed."""
    path = config if config is not None else _qt_config_path()
    if not _is_regular(path):
        return False
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        if report is not None:
            report.failed.append((path, exc.strerror or str(exc)))
        return False
    kept: list[str] = []
    skipping = False
    for line in text.splitlines():
        header = line.strip()
        if header.startswith("[") and header.endswith("]"):
            skipping = header == "[FileDialog]"
        if not skipping:
            kept.append(line)
    if len(kept) == len(text.splitlines()):
        return False
    from visadesk.local.paths import atomic_write

    atomic_write(path, ("\n".join(kept) + "\n").encode("utf-8") if any(kept) else b"")
    if report is not None:
        report.removed.append(path)
    return True


def _qt_config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "QtProject.conf"


def _vault_files(root: Path, extra_vault: Path | None) -> list[Path]:
    found: list[Path] = []
    mains = [root / "vault.sqlite3"] + ([extra_vault] if extra_vault else [])
    for main in mains:
        for p in [main, *(Path(str(main) + s) for s in _SIDE)]:
            if _is_regular(p) and p not in found:
                found.append(p)
    if _is_dir(root):
        for p in sorted(root.iterdir()):  # temp copies left by a crash (restore, export)
            if _is_regular(p) and p not in found and _looks_like_vault_copy(p):
                found.append(p)
    backups = root / "backups"
    if _is_dir(backups):
        found += [p for p in sorted(backups.iterdir()) if _is_regular(p) and p not in found]
    return found


def _looks_like_vault_copy(p: Path) -> bool:
    name = p.name
    if name.startswith(("vault", ".vault")) and (".sqlite3" in name or name.endswith(".tmp")):
        return True
    try:
        fd = os.open(p, os.O_RDONLY | _NOFOLLOW)
    except OSError:
        return False
    try:
        return os.pread(fd, len(_SQLITE_MAGIC), 0) == _SQLITE_MAGIC
    finally:
        os.close(fd)


def _other_files(root: Path) -> list[Path]:
    out = [root / n for n in _OTHER if _lstat(root / n) is not None]
    if _is_dir(root):
        out += [p for p in sorted(root.glob(".settings.json.*")) if _is_regular(p)]
    return out


def _vault_ids(path: Path) -> set[str]:
    ids: set[str] = set()
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
    try:
        offset = 0
        tail = b""
        while block := os.pread(fd, _BLOCK, offset):
            window = tail + block
            ids |= {m.group(1).decode("ascii") for m in _VAULT_ID.finditer(window)}
            tail = window[-_OVERLAP:]
            offset += len(block)
    finally:
        os.close(fd)
    return ids


def _destroy_tree(top: Path, report: WipeReport, *, files: bool = True) -> None:
    """Destroy ``top`` (a file, a link or a folder), walking folders with lstat only."""
    if _is_link(top):
        _unlink_link(top, report)
        return
    if not _is_dir(top):
        if files:
            _destroy(top, report)
        return
    try:
        entries = sorted(os.scandir(top), key=lambda e: e.name)
    except OSError as exc:
        report.failed.append((top, exc.strerror or str(exc)))
        return
    for entry in entries:
        _destroy_tree(Path(entry.path), report)
    try:
        os.rmdir(top)
    except OSError:
        report.kept.extend(Path(e.path) for e in os.scandir(top))


def _unlink_link(path: Path, report: WipeReport) -> None:
    try:
        os.unlink(path)  # the link itself; what it points to is not ours
        report.links_removed.append(path)
    except OSError as exc:
        report.failed.append((path, exc.strerror or str(exc)))


def _destroy(path: Path, report: WipeReport) -> None:
    """Overwrite with zeros (best effort), fsync, unlink; a link is only unlinked."""
    if _is_link(path):
        _unlink_link(path, report)
        return
    try:
        fd = os.open(path, os.O_WRONLY | _NOFOLLOW)
        try:
            info = os.fstat(fd)
            if stat.S_ISREG(info.st_mode):
                zeros = bytes(_BLOCK)
                done = 0
                while done < info.st_size:
                    n = min(_BLOCK, info.st_size - done)
                    os.pwrite(fd, zeros[:n], done)
                    done += n
                os.fsync(fd)
        finally:
            os.close(fd)
        os.unlink(path)
        report.removed.append(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        report.failed.append((path, exc.strerror or str(exc)))
