"""The built download (`make dist`), unpacked and run as a user would: in a clean environment
(`env -i`: a fresh HOME, the system PATH, no virtualenv, no project source on any path, the
working directory elsewhere), the desktop app in a real X server (Xvfb) with screenshots, the
`--demo`, and a packet built with the packaged CLI and checked with qpdf.

Screenshots are kept in build/test-dist/ to look at. Run by `make test-dist` only.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
DIST = Path(os.environ.get("VISADESK_DIST", ROOT / "dist"))
SHOTS = ROOT / "build" / "test-dist"
sys.path.insert(0, str(ROOT / "packaging"))
from collect import data_paths, stage_source  # noqa: E402


@pytest.fixture(scope="module")
def archive() -> Path:
    found = sorted(DIST.glob("visadesk-*.tar.gz"))
    assert found, f"no archive in {DIST}: run `make dist`"
    return found[-1]


@pytest.fixture(scope="module")
def app(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive unpacked in a temporary folder: what a user gets."""
    where = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archive) as tar:
        tar.extractall(where, filter="tar")
    (folder,) = where.iterdir()
    assert (folder / "visadesk").is_file() and (folder / "visadesk-gui").is_file()
    return folder


@pytest.fixture
def clean(tmp_path: Path):
    """Run a command as a user on a clean machine would; returns (run, home)."""
    home = tmp_path / "home"
    work = tmp_path / "work"
    home.mkdir()
    work.mkdir()

    def run(*cmd: str | Path, timeout: float = 120, **extra: str) -> subprocess.CompletedProcess:
        env = {"HOME": str(home), "PATH": "/usr/bin:/bin", **extra}
        return subprocess.run(
            ["env", "-i", *[f"{k}={v}" for k, v in env.items()], *map(str, cmd)],
            cwd=work,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    return run, home, work


def test_checksum_file_matches_the_archive(archive: Path):
    line = Path(str(archive) + ".sha256").read_text(encoding="ascii").strip()
    digest, name = line.split("  ")
    assert name == archive.name
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == digest
    check = subprocess.run(
        ["sha256sum", "-c", Path(str(archive) + ".sha256").name],
        cwd=archive.parent,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0 and "OK" in check.stdout


def test_every_data_file_of_the_project_is_in_the_build(app: Path, tmp_path: Path):
    stage_source(ROOT, tmp_path / "stage")
    expected = data_paths(tmp_path / "stage")
    kinds = {p.suffix for p in expected}
    assert {".yaml", ".qm", ".json", ".ttf"} <= kinds
    missing = [str(p) for p in expected if not (app / "_internal" / p).is_file()]
    assert missing == []


def test_the_build_links_only_to_libraries_it_carries_or_every_linux_has(app: Path):
    """Every shared library a bundled binary needs is in the folder, or is part of the C
    library / GL stack that PyInstaller deliberately leaves to the system."""
    system = (
        "libc.so",
        "libm.so",
        "libdl.so",
        "librt.so",
        "libpthread.so",
        "ld-linux",
        "libutil.so",
        "libGL",
        "libEGL",
        "libGLX",
        "libGLdispatch",
        "libOpenGL",
        "libresolv.so",
        "libnsl.so",
        "libvulkan",
        "libgbm",
        "libdrm",
        "libwayland-",
        "libxcb.so",
        "libxcb-glx",
    )
    have = {p.name for p in (app / "_internal").rglob("*")}
    problems = []
    for binary in (app / "_internal").rglob("*.so*"):
        if binary.is_symlink():
            continue
        out = subprocess.run(["readelf", "-d", str(binary)], capture_output=True, text=True)
        for line in out.stdout.splitlines():
            if "(NEEDED)" in line:
                lib = line.split("[", 1)[1].rstrip("]")
                if lib not in have and not lib.startswith(system):
                    problems.append(f"{binary.name} needs {lib}")
    assert problems == []


def test_cli_runs_and_builds_a_packet_qpdf_accepts(app: Path, clean):
    run, home, work = clean
    out = run(app / "visadesk", "--version")
    assert out.returncode == 0 and out.stdout.startswith("visadesk "), out.stderr
    forms = run(app / "visadesk", "forms")
    assert forms.returncode == 0 and "schengen-c" in forms.stdout, forms.stderr
    shipped = list((ROOT / "visadesk" / "forms" / "definitions").glob("*.yaml"))
    assert len(forms.stdout.strip().splitlines()) == len(shipped)
    made = run(app / "visadesk", "example-case", "-o", "family.json")
    assert made.returncode == 0, made.stderr
    packet = run(
        app / "visadesk", "packet", "family.json", "-o", "packet.pdf", "--date", "2026-11-25"
    )
    assert packet.returncode == 0, packet.stderr
    pdf = work / "packet.pdf"
    # the same packet, byte for byte, as the project's own CLI builds from the same case file
    venv = subprocess.run(
        [sys.executable, "-m", "visadesk", "packet", "family.json", "-o", "venv.pdf"]
        + ["--date", "2026-11-25"],
        cwd=work,
        capture_output=True,
        text=True,
        env={**os.environ, "VISADESK_HOME": str(home / "venv-data")},
    )
    assert venv.returncode == 0, venv.stderr
    assert packet.stderr.replace("packet.pdf", "venv.pdf") == venv.stderr
    assert pdf.read_bytes() == (work / "venv.pdf").read_bytes()
    check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    assert "DejaVu" in fonts.stdout and all(" yes yes " in r for r in fonts.stdout.splitlines()[2:])
    # translated CLI messages come from the bundled catalogs
    ru = run(app / "visadesk", "validate", "family.json", LANG="ru_RU.UTF-8")
    assert ru.returncode == 0, ru.stderr
    assert "всё в порядке (заявителей: 3)" in ru.stdout, ru.stdout
    # building a packet from a case file writes no vault (nothing but the PDF asked for)
    assert not (home / ".local" / "share" / "VisaDesk" / "vault.sqlite3").exists()


def test_vault_round_trip_with_the_packaged_crypto(app: Path, clean):
    run, home, work = clean
    env = {"VISADESK_PASSPHRASE": "correct horse battery staple", "VISADESK_KDF_MEMORY_KIB": "8192"}
    assert run(app / "visadesk", "example-case", "-o", "family.json").returncode == 0
    init = run(app / "visadesk", "vault", "init", **env)
    assert init.returncode == 0, init.stderr
    imp = run(app / "visadesk", "vault", "import", "family.json", **env)
    assert imp.returncode == 0, imp.stderr
    listing = run(app / "visadesk", "vault", "list", **env)
    assert listing.returncode == 0 and "Подъячев" in listing.stdout, listing.stderr
    vault = home / ".local" / "share" / "VisaDesk" / "vault.sqlite3"
    assert vault.is_file()
    assert "Подъячев".encode() not in vault.read_bytes()


def _screenshot(run, app: Path, exe: str, shot: Path, *args: str) -> subprocess.CompletedProcess:
    return run(
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1400x900x24",
        app / exe,
        *args,
        VISADESK_SMOKE_SCREENSHOT=str(shot),
        timeout=180,
    )


def _looks_like_a_window(png: Path) -> None:
    assert png.is_file() and png.stat().st_size > 10_000
    with Image.open(png) as img:
        assert img.width >= 600 and img.height >= 400
        colours = img.convert("RGB").getcolors(maxcolors=1 << 16)
        assert colours is None or len(colours) > 50  # text and widgets, not a blank surface


@pytest.mark.xvfb
def test_desktop_app_opens_its_first_window(app: Path, clean):
    run, home, work = clean
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / "first-run.png"
    shot.unlink(missing_ok=True)
    out = _screenshot(run, app, "visadesk-gui", shot)
    assert out.returncode == 0, out.stderr
    _looks_like_a_window(shot)


@pytest.mark.xvfb
def test_demo_opens_the_sample_family(app: Path, clean):
    run, home, work = clean
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / "demo.png"
    shot.unlink(missing_ok=True)
    out = _screenshot(run, app, "visadesk", shot, "--demo")
    assert out.returncode == 0, out.stderr
    _looks_like_a_window(shot)
    leftovers = [
        p
        for p in Path("/tmp").glob("visadesk-demo-*")
        if p.stat().st_uid == os.getuid() and p.stat().st_mtime > shot.stat().st_mtime
    ]
    assert leftovers == []  # the throw-away vault is removed when the window closes


@pytest.mark.xvfb
def test_interface_in_russian_from_the_bundled_translations(app: Path, clean):
    run, home, work = clean
    data = home / ".local" / "share" / "VisaDesk"
    data.mkdir(parents=True)
    (data / "settings.json").write_text(json.dumps({"language": "ru"}), encoding="utf-8")
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / "first-run-ru.png"
    shot.unlink(missing_ok=True)
    out = _screenshot(run, app, "visadesk-gui", shot)
    assert out.returncode == 0, out.stderr
    _looks_like_a_window(shot)
    english = SHOTS / "first-run.png"
    if english.is_file():  # the same screen, other words
        assert shot.read_bytes() != english.read_bytes()


def test_archive_unpacks_without_the_build_tree(app: Path):
    """Nothing in the build points back at this checkout or its virtualenv."""
    assert not (app / "_internal" / "visadesk" / "cli" / "main.py").exists()  # compiled in PYZ
    shutil.which("readelf") or pytest.skip("readelf missing")
    rpaths = subprocess.run(
        ["readelf", "-d", str(app / "visadesk")], capture_output=True, text=True
    ).stdout
    assert str(ROOT) not in rpaths
