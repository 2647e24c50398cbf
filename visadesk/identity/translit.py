"""Cyrillic → Latin as printed in passports: ICAO Doc 9303 by default, older Russian schemes on
request, via the iuliia library's tables.

Passports print names in capitals, so the result is upper case. Two pitfalls of iuliia are
handled here: text is NFC-normalised first (a decomposed Ё is otherwise not recognised), and
words are transliterated from lower case and upper-cased after (ALL-CAPS input otherwise comes
back in mixed case, e.g. ЩУКИН → ShchUKIN). Hyphens, spaces and apostrophes are kept; Latin
letters already present pass through.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

SCHEMES: dict[str, str] = {
    "icao_doc_9303": "ICAO Doc 9303 (Russian passports since 2013–2014)",
    "gost_52535": "GOST R 52535.1-2006 (passports 2010–2013)",
    "mvd_310": "MVD order 310 of 1997 (passports 1997–2010)",
    "mvd_782": "MVD order 782 of 2000",
}
DEFAULT_SCHEME = "icao_doc_9303"

# Ukrainian letters per ICAO 9303 (Ukrainian passports use the national 2010 scheme instead).
_ICAO_UKRAINIAN = {"ґ": "g", "є": "ie", "і": "i", "ї": "i"}
_APOSTROPHES = "'’ʼ"
_QUOTES = "\"'’ʼ`"
_WORD = re.compile(r"[^\s\-]+|[\s\-]+")


class UnknownScheme(ValueError):
    pass


@functools.lru_cache(maxsize=8)
def _schema(name: str) -> Any:  # iuliia's Schema type (untyped library)
    import iuliia

    if name not in SCHEMES:
        raise UnknownScheme(f"unknown scheme {name!r}; choose one of: {', '.join(SCHEMES)}")
    return iuliia.schemas.get(name)


@functools.lru_cache(maxsize=4096)
def transliterate(text: str, scheme: str = DEFAULT_SCHEME) -> str:
    """The Latin spelling of ``text`` in capitals, e.g. ``Щукин`` → ``SHCHUKIN``."""
    schema = _schema(scheme)
    text = unicodedata.normalize("NFC", text).strip()
    out: list[str] = []
    for token in _WORD.findall(text):
        if token[0].isspace() or token[0] == "-":
            out.append("-" if "-" in token else " ")
            continue
        # Ukrainian letters take their ICAO values in every scheme (the older Russian tables
        # do not know them); apostrophes are not letters in a passport spelling.
        word = "".join(_ICAO_UKRAINIAN.get(ch, ch) for ch in token.lower())
        word = "".join(ch for ch in word if ch not in _APOSTROPHES)
        latin = schema.translate(word)
        # mvd_310 writes Ъ/Ь as quote marks; a passport never prints them.
        out.append("".join(ch for ch in latin if ch not in _QUOTES))
    return "".join(out).upper()


def mrz_name(text: str) -> str:
    """Latin name → MRZ filler form: spaces/hyphens become '<', anything else not A–Z dropped."""
    upper = unicodedata.normalize("NFC", text).strip().upper()
    return "".join("<" if ch in " -" else ch for ch in upper if ch in " -" or "A" <= ch <= "Z")
