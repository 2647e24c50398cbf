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

UKRAINIAN = "ua_kmu_55_2010"
SCHEMES: dict[str, str] = {
    "icao_doc_9303": "ICAO Doc 9303 — Russian passports since 2013 (FMS order 320 of 15 Oct 2012)",
    "gost_52535": "GOST R 52535.1-2006 — Russian passports March 2010 – 2013 (FMS order 26 of 2010)",
    "mvd_310": "MVD order 310 of 26 May 1997 — Russian passports 1997 – March 2010",
    "mvd_782": "MVD order 782 of 2000 — driving licences of the 2000s (not a passport table)",
    UKRAINIAN: "Ukraine, Cabinet of Ministers Resolution No. 55 of 27 Jan 2010 — Ukrainian passports",
}
DEFAULT_SCHEME = "icao_doc_9303"

# Ukrainian letters per ICAO 9303 (Ukrainian passports use the national 2010 scheme instead).
_ICAO_UKRAINIAN = {"ґ": "g", "є": "ie", "і": "i", "ї": "i"}
_APOSTROPHES = "'’ʼ"
_QUOTES = "\"'’ʼ`"
_WORD = re.compile(r"[^\s\-]+|[\s\-]+")


class UnknownScheme(ValueError):
    pass


def scheme_for_document(scheme: str, issuing_country: str | None) -> str:
    """The scheme a travel document's Latin spelling follows: a Ukrainian document uses the
    national 2010 scheme unless the user chose an older one explicitly (the ICAO default is
    the Russian rule, not a choice)."""
    if issuing_country in ("UA", "UKR") and scheme == DEFAULT_SCHEME:
        return UKRAINIAN
    return scheme


# Cabinet of Ministers of Ukraine Resolution No. 55 of 27 January 2010: each letter rendered on
# its own; Є Ї Й Ю Я at the start of a word as Ye Yi Y Yu Ya, elsewhere ie i i iu ia; "зг" as
# "zgh" (not "zh", which is Ж); the soft sign and the apostrophe are not rendered.
_UA = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia",
}  # fmt: skip
_UA_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def _ukrainian(word: str) -> str:
    out: list[str] = []
    for i, ch in enumerate(word):
        if i == 0 and ch in _UA_INITIAL:
            out.append(_UA_INITIAL[ch])
        elif ch == "г" and i > 0 and word[i - 1] == "з":
            out.append("gh")
        else:
            out.append(_UA.get(ch, ch))
    return "".join(out)


@functools.lru_cache(maxsize=8)
def _schema(name: str) -> Any:  # iuliia's Schema type (untyped library)
    import iuliia

    if name not in SCHEMES:
        raise UnknownScheme(f"unknown scheme {name!r}; choose one of: {', '.join(SCHEMES)}")
    return iuliia.schemas.get(name)


@functools.lru_cache(maxsize=4096)
def transliterate(text: str, scheme: str = DEFAULT_SCHEME) -> str:
    """The Latin spelling of ``text`` in capitals, e.g. ``Щукин`` → ``SHCHUKIN``."""
    if scheme not in SCHEMES:
        raise UnknownScheme(f"unknown scheme {scheme!r}; choose one of: {', '.join(SCHEMES)}")
    text = unicodedata.normalize("NFC", text).strip()
    if scheme == UKRAINIAN:
        words = _WORD.findall(text)
        return "".join(
            ("-" if "-" in w else " ")
            if w[0].isspace() or w[0] == "-"
            else _ukrainian("".join(ch for ch in w.lower() if ch not in _APOSTROPHES))
            for w in words
        ).upper()
    schema = _schema(scheme)
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
