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


def case_class(text: str) -> str | None:
    """The case pattern of a word's letters: "upper" (two or more letters, all capitals),
    "capitalised" (a capital, then small letters), "lower", else "mixed"; None without letters."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    if all(c.islower() for c in letters):
        return "lower"
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "upper"
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return "capitalised"
    return "mixed"


def _recase(latin: str, pattern: str | None) -> str:
    """Latin text (any case) in a case pattern."""
    lower = latin.lower()
    if pattern == "upper":
        return latin.upper()
    if pattern == "capitalised":
        j = next((i for i, c in enumerate(lower) if c.isalpha()), None)
        return lower if j is None else lower[:j] + lower[j].upper() + lower[j + 1 :]
    return lower


def _runs(word: str) -> list[str]:
    """A mixed-case word cut where its letters' case changes (МакДональд → М, ак, Д, ональд)."""
    runs: list[str] = []
    for ch in word:
        head = next((c for c in runs[-1] if c.isalpha()), None) if runs else None
        if runs and (not ch.isalpha() or head is None or head.isupper() == ch.isupper()):
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs


def _part_as_written(part: str, scheme: str) -> str:
    pattern = case_class(part)
    if pattern is None or not re.search(r"[\u0400-\u04ff]", part):
        return part
    if pattern != "mixed":
        return _recase(transliterate(part, scheme), pattern)
    # A capital inside a word (МакДональд): each run of capitals or small letters keeps its
    # case; a single capital before small letters opens a capitalised chunk (Щу → Shchu).
    out: list[str] = []
    runs = _runs(part)
    for i, run in enumerate(runs):
        upper = any(c.isupper() for c in run)
        single = sum(c.isalpha() for c in run) == 1
        nxt = runs[i + 1] if i + 1 < len(runs) else ""
        latin = transliterate(run, scheme)
        if upper and single and any(c.islower() for c in nxt):
            out.append(_recase(latin, "capitalised"))
        else:
            out.append(latin.upper() if upper else latin.lower())
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def transliterate_as_written(text: str, scheme: str = DEFAULT_SCHEME) -> str:
    """The Latin spelling of ``text`` keeping the case pattern of each word and of each part of
    a hyphenated word, as written: Петропавловск-Камчатский → Petropavlovsk-Kamchatskii,
    Ростов-на-Дону → Rostov-na-Donu, ЩУКИН → SHCHUKIN, д. 5, кв. 12 → d. 5, kv. 12. Latin words
    and everything that is not a Cyrillic letter pass through."""
    if scheme not in SCHEMES:
        raise UnknownScheme(f"unknown scheme {scheme!r}; choose one of: {', '.join(SCHEMES)}")
    text = unicodedata.normalize("NFC", text)
    return "".join(
        token if token[0].isspace() or token[0] == "-" else _part_as_written(token, scheme)
        for token in _WORD.findall(text)
    )


def mrz_name(text: str) -> str:
    """Latin name → MRZ filler form: spaces/hyphens become '<', anything else not A–Z dropped."""
    upper = unicodedata.normalize("NFC", text).strip().upper()
    return "".join("<" if ch in " -" else ch for ch in upper if ch in " -" or "A" <= ch <= "Z")
