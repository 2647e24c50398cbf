"""What the packaged build contains: the staged source tree and every data file in it.

Used by packaging/visadesk.spec (PyInstaller) and by tests/dist (which checks the built folder
against the same list). Generic on purpose: any non-Python file under visadesk/** or resources/**
(form definitions, compiled translations, fonts, word lists, route and letter data …) is shipped,
so a file another change adds is included without editing the spec.
"""

from __future__ import annotations

import shutil
from pathlib import Path

# Sources and caches that are not needed at run time (the .ts translation sources compile to .qm).
SKIP_SUFFIXES = (".py", ".pyc", ".pyo", ".ts")
SKIP_DIRS = ("__pycache__",)
# Files the app cannot work without: checked before building, so a missing `make translations`
# fails the build instead of shipping an English-only app.
REQUIRED = (
    "visadesk/resources/fonts/DejaVuSans.ttf",
    "visadesk/resources/translations/visadesk_ru.qm",
    "visadesk/resources/translations/visadesk_uk.qm",
    "visadesk/resources/translations/visadesk_fr.qm",
    "visadesk/resources/translations/visadesk_de.qm",
    "visadesk/resources/translations/cli_ru.json",
    "visadesk/forms/definitions/schengen-c.yaml",
)


def _ignore(folder: str, names: list[str]) -> list[str]:
    return [n for n in names if n in SKIP_DIRS or n.endswith((".pyc", ".pyo"))]


def stage_source(root: Path, stage: Path) -> Path:
    """Copy visadesk/ to ``stage``/visadesk and resources/ to ``stage``/visadesk/resources (the
    package `visadesk.resources`, as pyproject's package-dir maps it); returns the package dir."""
    if stage.exists():
        shutil.rmtree(stage)
    pkg = stage / "visadesk"
    shutil.copytree(root / "visadesk", pkg, ignore=_ignore)
    resources = pkg / "resources"
    if resources.exists():  # a stray folder of that name would shadow the real one
        shutil.rmtree(resources)
    shutil.copytree(root / "resources", resources, ignore=_ignore)
    return pkg


def data_paths(stage: Path) -> list[Path]:
    """Every data file of the staged package, relative to ``stage`` (e.g. visadesk/forms/...)."""
    out = []
    for path in sorted((stage / "visadesk").rglob("*")):
        if not path.is_file() or any(part in SKIP_DIRS for part in path.parts):
            continue
        if path.suffix in SKIP_SUFFIXES:
            continue
        out.append(path.relative_to(stage))
    return out


def data_files(stage: Path) -> list[tuple[str, str]]:
    """PyInstaller's ``datas``: (source file, destination folder inside the bundle)."""
    return [(str(stage / rel), str(rel.parent)) for rel in data_paths(stage)]


def check_required(stage: Path) -> None:
    missing = [rel for rel in REQUIRED if not (stage / rel).is_file()]
    if missing:
        raise SystemExit(
            "packaging: missing " + ", ".join(missing) + " (run `make translations` first)"
        )


# Qt plugins a desktop app on X11/Wayland does not need: framebuffer/EGL/VNC back-ends, and the
# GTK 3 theme plugin (it alone would drag in GTK, cairo and pango: ~20 MB).
DROP_PLUGINS = (
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqvnc.so",
    "platformthemes/libqgtk3.so",
    "egldeviceintegrations/",
)
# Country-name translations: only the interface languages (pycountry ships ~100 of them).
KEEP_LOCALES = ("ru", "uk", "fr", "de")
# Always kept: the interpreter and the Qt/PySide libraries the extension modules link to.
KEEP_LIBS = ("libpython", "libpyside6", "libshiboken6", "libQt6")


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def wanted_data(dest: str) -> bool:
    """False for data files left out of the build (other languages' country names)."""
    d = _norm(dest)
    if d.startswith("pycountry/locales/"):
        lang = d.split("/")[2]
        return lang.split("_")[0] in KEEP_LOCALES
    return True


def wanted_plugin(dest: str) -> bool:
    d = _norm(dest)
    return not any(f"/plugins/{p}" in d for p in DROP_PLUGINS)


def prune_binaries(binaries: list, get_imports) -> list:  # type: ignore[type-arg]
    """Drop unused Qt plugins, then every top-level shared library that no remaining binary links
    to (they were pulled in only by a dropped plugin). ``get_imports(path)`` is PyInstaller's
    bindepend.get_imports: the (name, path) pairs ldd/otool/pefile finds for a binary."""
    kept = [entry for entry in binaries if wanted_plugin(entry[0])]

    def candidate(dest: str) -> bool:
        d = _norm(dest)
        name = d.rsplit("/", 1)[-1]
        return "/" not in d and name.startswith("lib") and not name.startswith(KEEP_LIBS)

    roots = [entry for entry in kept if not candidate(entry[0])]
    needed: set[str] = set()
    for _dest, src, _kind in roots:
        try:
            needed |= {name for name, _path in get_imports(src)}
        except Exception:  # noqa: BLE001 - a binary ldd cannot read: keep everything
            return kept
    return [e for e in kept if not candidate(e[0]) or _norm(e[0]) in needed]
