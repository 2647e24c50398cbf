"""Word lists for generated passphrases (English, Russian, Ukrainian, kept as data files in
``vault/words/``) and :func:`generate_passphrase`.

Each list was written for VisaDesk: common, concrete, lowercase words of 3–10 letters that are
easy to dictate by phone, with no offensive or frightening words (no weapons, war, crime or
illness - a passphrase is read aloud between a volunteer and a family) and no duplicates. A word
drawn uniformly from a list of N words carries log2(N) bits: English 2628 words (≈ 11.36 bits),
Russian and Ukrainian 1024 words each (exactly 10 bits). Tests check these claims against the
files. The number of words is chosen so that every generated passphrase carries at least
:data:`TARGET_BITS` bits whatever the language.
"""

from __future__ import annotations

import math
import secrets
from functools import cache
from importlib import resources

LANGUAGES = ("en", "ru", "uk")
TARGET_BITS = 64.0  # with Argon2id (m = 256 MiB a guess) far beyond an offline attack


@cache
def words_for(language: str) -> tuple[str, ...]:
    """The word list of ``language`` (``en``, ``ru``, ``uk``; any other language: English)."""
    name = language if language in LANGUAGES else "en"
    text = resources.files("visadesk.vault").joinpath("words", f"{name}.txt").read_text("utf-8")
    return tuple(w for w in (line.strip() for line in text.splitlines()) if w)


def bits_per_word(language: str = "en") -> float:
    return math.log2(len(words_for(language)))


def words_needed(language: str = "en") -> int:
    """How many words reach :data:`TARGET_BITS` (English 6, Russian and Ukrainian 7)."""
    return math.ceil(TARGET_BITS / bits_per_word(language))


def generate_passphrase(words: int | None = None, sep: str = " ", language: str = "en") -> str:
    """``words`` words (default: :func:`words_needed`) drawn uniformly with ``secrets`` (the OS
    CSPRNG) from the list of ``language``. Entropy = words × :func:`bits_per_word`."""
    count = words if words is not None else words_needed(language)
    if not 5 <= count <= 24:
        raise ValueError("a generated passphrase has 5 to 24 words")
    pool = words_for(language)
    return sep.join(secrets.choice(pool) for _ in range(count))


def entropy_bits(words: int | None = None, language: str = "en") -> float:
    count = words if words is not None else words_needed(language)
    return count * bits_per_word(language)


# The English list, as before (tests and the CLI read it).
WORDS: tuple[str, ...] = words_for("en")
BITS_PER_WORD = bits_per_word("en")
