"""The command line's own messages in the user's language (Russian, Ukrainian, French, German),
falling back to English, the source language.

The language comes from VISADESK_LANG when set, else from the locale variables in gettext's
order: LANGUAGE (a colon list; its first supported entry), LC_ALL, LC_MESSAGES, LANG
("ru_RU.UTF-8" -> "ru"; "C", "POSIX" or anything unsupported -> "en"). Catalogs are flat JSON
objects, English -> translation, in resources/translations/cli_<lang>.json (shipped as
``visadesk.resources``). Placeholders are str.format names: ``_("deleted {id}").format(id=x)``.
Kept light: no Qt, no gettext machinery, and nothing is read for English.
"""

from __future__ import annotations

import os
from functools import cache

SUPPORTED = ("en", "ru", "uk", "fr", "de")
OVERRIDE_ENV = "VISADESK_LANG"
LOCALE_ENVS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def _normalize(value: str) -> str | None:
    """'ru_RU.UTF-8' -> 'ru', 'de-AT' -> 'de', 'C'/'POSIX' -> 'en'; None when unsupported."""
    code = value.strip()
    for sep in (".", "@", "_", "-"):
        code = code.split(sep, 1)[0]
    code = code.lower()
    if code in ("c", "posix"):
        return "en"
    return code if code in SUPPORTED else None


def language() -> str:
    """The language of the CLI's messages: one of SUPPORTED, "en" when nothing says otherwise."""
    override = os.environ.get(OVERRIDE_ENV, "").strip()
    if override:
        return _normalize(override) or "en"
    for name in LOCALE_ENVS:
        value = os.environ.get(name, "").strip()
        if not value:
            continue
        if name == "LANGUAGE":
            for entry in value.split(":"):
                lang = _normalize(entry) if entry.strip() else None
                if lang:
                    return lang
            continue  # nothing usable in LANGUAGE: the locale decides, as with gettext
        return _normalize(value) or "en"
    return "en"


@cache
def catalog(lang: str) -> dict[str, str]:
    """The translations of ``lang`` (empty for English or when the catalog cannot be read)."""
    if lang == "en" or lang not in SUPPORTED:
        return {}
    import json  # only for a translated language: English, the source, reads nothing
    import logging
    from importlib import resources

    try:
        path = resources.files("visadesk.resources") / "translations" / f"cli_{lang}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, ModuleNotFoundError) as exc:
        logging.getLogger("visadesk.cli.i18n").warning(
            "CLI translations for %s unavailable (%s)", lang, type(exc).__name__
        )
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str) and v}


def _(text: str) -> str:
    """``text`` in the user's language, or ``text`` itself when there is no translation."""
    return catalog(language()).get(text, text)


def _speak_the_core_errors() -> None:
    """The core's errors (their ``user_message()``, what main.py prints) follow the CLI's
    language: their translations are in resources/translations/messages_<lang>.json, read only
    when a translated message is shown."""
    from visadesk import errors

    errors.set_language_source(language)


_speak_the_core_errors()
