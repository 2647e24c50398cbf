"""An honest passphrase-strength estimate (no network, no dictionary download): roughly how many
guesses an attacker with the vault file needs, and a plain sentence for the person choosing it."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# The most common choices (and keyboard walks) cost an attacker almost nothing.
_COMMON = {
    "password",
    "passw0rd",
    "qwerty",
    "qwertyuiop",
    "123456",
    "12345678",
    "123456789",
    "1234567890",
    "111111",
    "iloveyou",
    "admin",
    "welcome",
    "monkey",
    "dragon",
    "letmein",
    "абвгд",
    "йцукен",
    "пароль",
    "qwerty123",
    "1q2w3e4r",
    "zaq12wsx",
    "visadesk",
}


@dataclass(frozen=True)
class Strength:
    bits: float
    score: int  # 0 very weak … 4 strong
    message: str  # English; the UI translates by score


def estimate(passphrase: str) -> Strength:
    text = passphrase.strip()
    if not text:
        return Strength(0, 0, "Enter a passphrase.")
    lowered = text.lower()
    if lowered in _COMMON or len(set(lowered)) <= 2:
        return Strength(5, 0, "Very weak: this is one of the first things an attacker tries.")
    words = [w for w in re.split(r"[\s\-_.,]+", text) if w]
    pool = 0
    pool += 26 if re.search(r"[a-z]", text) else 0
    pool += 26 if re.search(r"[A-Z]", text) else 0
    pool += 10 if re.search(r"[0-9]", text) else 0
    pool += 33 if re.search(r"[а-яёіїєґ]", lowered) else 0
    pool += 20 if re.search(r"[^\w\s]", text) else 0
    pool = max(pool, 10)
    # Characters are not independent (people use words): count each character at half value,
    # but credit several separate words like a word-list passphrase (~11 bits a word).
    by_chars = len(text) * math.log2(pool) * 0.5
    by_words = len(words) * 11 if len(words) >= 3 else 0
    bits = max(by_chars, by_words)
    if bits < 28:
        return Strength(
            bits, 1, "Weak: add more words. A short password can be guessed from the vault file."
        )
    if bits < 45:
        return Strength(bits, 2, "Fair: four or more unrelated words would be much stronger.")
    if bits < 60:
        return Strength(bits, 3, "Good.")
    return Strength(bits, 4, "Strong.")
