"""The command line's translations: every message passed to `_()` has a translation in each
catalog with the same {placeholders}, no catalog entry is stale, the language follows the locale
(and VISADESK_LANG), and the real CLI speaks Russian / Ukrainian / English accordingly."""

from __future__ import annotations

import ast
import json
import os
import string
import subprocess
import sys
from pathlib import Path

import pytest

from visadesk.cli import i18n

ROOT = Path(__file__).resolve().parent.parent
CLI_DIR = ROOT / "visadesk" / "cli"
CATALOG_DIR = ROOT / "resources" / "translations"
LANGS = ("ru", "uk", "fr", "de")
LOCALE_VARS = ("VISADESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def _messages() -> dict[str, str]:
    """Every string literal passed to `_()` in visadesk/cli/*.py -> where it is."""
    found: dict[str, str] = {}
    for path in sorted(CLI_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
            ):
                assert len(node.args) == 1 and not node.keywords, f"{path.name}:{node.lineno}"
                arg = node.args[0]
                assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), (
                    f"{path.name}:{node.lineno}: _() needs a string literal (format after)"
                )
                found.setdefault(arg.value, f"{path.name}:{node.lineno}")
    return found


def _catalog(lang: str) -> dict[str, str]:
    return json.loads((CATALOG_DIR / f"cli_{lang}.json").read_text(encoding="utf-8"))


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_scan_finds_the_cli_messages():
    messages = _messages()
    assert len(messages) > 50
    assert "interrupted" in messages and "Vault passphrase: " in messages


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated_with_the_same_placeholders(lang):
    catalog = _catalog(lang)
    problems = []
    for text, where in _messages().items():
        translated = catalog.get(text)
        if not isinstance(translated, str) or not translated.strip():
            problems.append(f"{where}: untranslated: {text!r}")
        elif _placeholders(translated) != _placeholders(text):
            problems.append(f"{where}: placeholders differ: {text!r} -> {translated!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_no_stale_catalog_entries(lang):
    stale = set(_catalog(lang)) - set(_messages())
    assert not stale, sorted(stale)


@pytest.mark.parametrize("lang", LANGS)
def test_catalog_is_found_through_the_package(lang):
    assert i18n.catalog(lang) == _catalog(lang)


@pytest.fixture
def clean_locale(monkeypatch):
    for name in LOCALE_VARS:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "en"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "uk_UA.utf8"}, "uk"),
        ({"LANG": "de_AT@euro"}, "de"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "es_ES.UTF-8"}, "en"),
        ({"LANG": ""}, "en"),
        ({"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"}, "fr"),
        ({"LC_ALL": "uk_UA.UTF-8", "LC_MESSAGES": "fr_FR", "LANG": "ru_RU.UTF-8"}, "uk"),
        ({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}, "en"),
        ({"LANGUAGE": "de:ru", "LC_ALL": "fr_FR.UTF-8"}, "de"),
        ({"LANGUAGE": "fr_CA:en", "LANG": "ru_RU.UTF-8"}, "fr"),
        ({"LANGUAGE": "es:uk", "LANG": "ru_RU.UTF-8"}, "uk"),
        ({"LANGUAGE": "es", "LANG": "ru_RU.UTF-8"}, "ru"),
        ({"VISADESK_LANG": "de", "LANGUAGE": "ru", "LC_ALL": "fr_FR"}, "de"),
        ({"VISADESK_LANG": "en", "LANG": "ru_RU.UTF-8"}, "en"),
        ({"VISADESK_LANG": "uk_UA", "LANG": "C"}, "uk"),
        ({"VISADESK_LANG": "", "LANG": "ru_RU.UTF-8"}, "ru"),
    ],
)
def test_language_from_environment(clean_locale, env, expected):
    for name, value in env.items():
        clean_locale.setenv(name, value)
    assert i18n.language() == expected


def test_translation_and_fallback(clean_locale):
    clean_locale.setenv("LANG", "ru_RU.UTF-8")
    assert i18n._("interrupted") == "прервано"
    assert i18n._("not a message of the CLI") == "not a message of the CLI"
    assert i18n._("deleted {id}").format(id="abc") == "удалено: abc"
    clean_locale.setenv("LANG", "C")
    assert i18n._("interrupted") == "interrupted"


def _run(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS}
    full_env.pop("VISADESK_PASSPHRASE", None)
    full_env.update(
        VISADESK_HOME=str(home), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", **env
    )
    return subprocess.run(
        [sys.executable, "-m", "visadesk", *args],
        cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_vault_list_without_vault_in_russian_and_english(visadesk_home):
    r = _run("vault", "list", home=visadesk_home, LANG="ru_RU.UTF-8")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "хранилища по адресу" in r.stderr and "visadesk vault init" in r.stderr
    assert str(visadesk_home) in r.stderr
    r = _run("vault", "list", home=visadesk_home, LANG="C")
    assert r.returncode == 1
    assert "there is no vault at" in r.stderr and "visadesk vault init" in r.stderr


def test_bad_date_in_ukrainian_and_help_in_german(visadesk_home, tmp_path):
    args = ("fill", "any-form", str(tmp_path / "case.json"), "-o", str(tmp_path / "out.pdf"))
    r = _run(*args, "--date", "31.03.2025", home=visadesk_home, LANGUAGE="uk", LANG="C.UTF-8")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "--date: '31.03.2025' — це не дата" in r.stderr
    r = _run(*args, "--date", "31.03.2025", home=visadesk_home, LANG="C.UTF-8")
    assert "--date: '31.03.2025' is not a date; write it as YYYY-MM-DD" in r.stderr
    r = _run("vault", "--help", home=visadesk_home, VISADESK_LANG="de", LANG="ru_RU.UTF-8")
    assert r.returncode == 0 and "einen neuen, leeren Tresor anlegen" in r.stdout
