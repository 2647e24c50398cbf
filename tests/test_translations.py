"""Interface translations: the .ts sources are current with the code (lupdate would change
nothing), every message is translated in ru, uk, fr and de with its placeholders, mnemonic and
plural forms intact, and every form definition speaks all five languages."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pydantic import BaseModel

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("ru", "uk", "fr", "de")
PLURALS = {"ru": 3, "uk": 3, "fr": 2, "de": 2}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%[nvm]|<br>|<b>")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    out = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("pyside6-lupdate is missing: `make test` installs it with PySide6")
    return found


def test_ts_files_are_current_with_the_code(tmp_path):
    sources = sorted(str(p) for p in (ROOT / "visadesk" / "ui").glob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_lupdate(), *sources, "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    wanted = set(_messages(fresh))
    for lang in LANGS:
        have = set(_messages(TS_DIR / f"visadesk_{lang}.ts"))
        missing, stale = wanted - have, have - wanted
        assert not missing and not stale, (
            f"visadesk_{lang}.ts is stale: run scripts/build-translations.sh --update and "
            f"translate. New in the code: {sorted(missing)[:5]}; gone: {sorted(stale)[:5]}"
        )


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated_with_placeholders_and_plurals(lang):
    messages = _messages(TS_DIR / f"visadesk_{lang}.ts")
    assert len(messages) > 250
    problems = []
    for (context, source), message in messages.items():
        tr = message.find("translation")
        where = f"{context}: {source!r}"
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"untranslated {where}")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in tr.iter("numerusform")]
            if len(forms) != PLURALS[lang] or not all(forms):
                problems.append(f"needs {PLURALS[lang]} plural forms: {where}")
            texts = forms
        else:
            texts = [tr.text or ""]
        for text in texts:
            if not text.strip():
                problems.append(f"empty {where}")
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"placeholders differ in {where}: {text!r}")
            if source.count("&") != text.count("&"):
                problems.append(f"mnemonic (&) lost or added in {where}: {text!r}")
    assert problems == []


def test_compiled_translation_is_used_at_run_time(qapp):
    from PySide6.QtCore import QCoreApplication

    from visadesk.ui import i18n

    try:
        assert i18n.install("uk")
        text = QCoreApplication.translate("Problems", "is required")
        assert text != "is required" and re.search("[а-яіїєґ]", text)
        assert i18n.install("de")
        assert QCoreApplication.translate("Problems", "is required") != "is required"
        plural = QCoreApplication.translate("PacketTab", "Packet ready: %n page(s).", "", 5)
        assert "5" in plural and "%n" not in plural
    finally:
        i18n.install("en")
    assert QCoreApplication.translate("Problems", "is required") == "is required"


def test_every_form_label_speaks_all_five_languages():
    from visadesk.forms.registry import get_registry
    from visadesk.forms.schema import I18n

    def walk(node, path):
        if isinstance(node, I18n):
            for lang in ("en", "ru", "uk", "fr", "de"):
                if not getattr(node, lang).strip():
                    yield f"{path}.{lang}"
            return
        if isinstance(node, list):
            for i, item in enumerate(node):
                yield from walk(item, f"{path}[{i}]")
            return
        if isinstance(node, BaseModel):
            for name in type(node).model_fields:
                yield from walk(getattr(node, name), f"{path}.{name}")

    empty = []
    for form in get_registry().all():
        empty += list(walk(form, form.id))
    assert empty == []
