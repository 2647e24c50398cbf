"""Pack the built folder into the download and write its SHA-256 checksum file beside it.

    python packaging/archive.py dist/visadesk [OUT_DIR]

Linux and macOS get ``visadesk-<version>-<platform>-<machine>.tar.gz`` (on macOS holding the
``VisaDesk.app`` bundle, when the spec made one), Windows a ``.zip``; the
checksum file ``<archive>.sha256`` has the ``sha256sum``/``shasum -a 256`` format
("<hex>  <name>"), so ``sha256sum -c`` checks it. Entries are sorted and dated from
SOURCE_DATE_EPOCH (default: 2026-01-01), so the same build packs to the same bytes.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import platform
import re
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def version() -> str:
    text = (ROOT / "visadesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    return found.group(1) if found else "0"


def platform_tag() -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(
        sys.platform, sys.platform
    )
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("aarch64", "arm64")
    return f"{system}-{machine}"


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def make_archive(folder: Path, out_dir: Path, top: str | None = None) -> Path:
    """Pack ``folder`` as ``top``/… (default ``visadesk-<version>``) into ``out_dir``."""
    stamp = int(os.environ.get("SOURCE_DATE_EPOCH", "1767225600"))
    top = top or f"visadesk-{version()}"
    base = out_dir / f"{top}-{platform_tag()}"
    if sys.platform == "win32":
        archive = base.with_suffix(".zip")
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in _files(folder):
                info = zipfile.ZipInfo(f"{top}/{path.relative_to(folder).as_posix()}")
                info.date_time = (2026, 1, 1, 0, 0, 0)
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, path.read_bytes())
        return archive
    archive = Path(str(base) + ".tar.gz")

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.mtime, info.uid, info.gid, info.uname, info.gname = stamp, 0, 0, "", ""
        return info

    with (
        open(archive, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=stamp, compresslevel=6) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        tar.add(folder, arcname=top, recursive=False, filter=clean)
        for path in sorted(p for p in folder.rglob("*")):
            tar.add(
                path,
                arcname=f"{top}/{path.relative_to(folder).as_posix()}",
                recursive=False,
                filter=clean,
            )
    return archive


def write_checksum(archive: Path) -> Path:
    digest = hashlib.sha256()
    with open(archive, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    out = Path(str(archive) + ".sha256")
    out.write_text(f"{digest.hexdigest()}  {archive.name}\n", encoding="ascii")
    return out


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "dist" / "visadesk"
    out_dir = Path(argv[1]) if len(argv) > 1 else folder.parent
    if not (folder / "_internal").is_dir():
        print(f"archive: {folder} is not a PyInstaller build folder", file=sys.stderr)
        return 1
    app = folder.parent / "VisaDesk.app"
    if sys.platform == "darwin" and app.is_dir():
        # macOS: the download is the .app (what the spec's BUNDLE made), unpacked as VisaDesk.app
        archive = make_archive(app, out_dir, top="VisaDesk.app")
    else:
        archive = make_archive(folder, out_dir)
    checksum = write_checksum(archive)
    size = archive.stat().st_size / 1e6
    print(f"{archive} ({size:.1f} MB)\n{checksum}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
