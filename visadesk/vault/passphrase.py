"""How guessable a passphrase is: zxcvbn (common passwords, dictionaries, keyboard walks,
repetitions, dates) plus what zxcvbn does not know - Russian and Ukrainian words, transliterated
or typed on the wrong keyboard layout ("gfhjkm" is "пароль" on a Latin layout, "йцукен" is
"qwerty"), and names from the case. No network, no download: the lists ship with VisaDesk.

:func:`estimate` returns a :class:`Strength` with a reason code (for translated sentences at
the edge) and ``acceptable``: whether VisaDesk lets it protect a vault or a bundle.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from visadesk.case.model import Case, Person

# zxcvbn's score 4, at least 10^10 guesses: "strong protection from an offline slow-hash
# scenario" in zxcvbn's own words. Each guess at a VisaDesk vault costs one Argon2id run
# (m = 256 MiB), and the threat is exactly that: a seized laptop attacked offline.
MIN_GUESSES_LOG10 = 10.0
_MAX_LEN = 72  # zxcvbn's own limit; the rest of a longer passphrase only adds strength

_LAT = "`qwertyuiop[]asdfghjkl;'zxcvbnm,."
_RU = "ёйцукенгшщзхъфывапролджэячсмитьбю"
_UK = "'йцукенгшщзхїфівапролджєячсмитьбю"
_LAT_TO_RU = dict(zip(_LAT, _RU, strict=True))
_CYR_TO_LAT = {**dict(zip(_RU, _LAT, strict=True)), **dict(zip(_UK, _LAT, strict=True))}
_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i yi ye g".split(),
        strict=True,
    )
)

# Reason codes, most important first (the UI and the CLI translate them).
REASONS = (
    "empty",
    "common",
    "personal",
    "repeat",
    "sequence",
    "keyboard",
    "date",
    "short",
    "ok",
)


@dataclass(frozen=True)
class Strength:
    bits: float  # log2 of the estimated guesses
    score: int  # 0 very weak … 4 strong (zxcvbn's scale)
    reason: str  # one of REASONS
    message: str  # English; the UI and CLI translate by ``reason``

    @property
    def acceptable(self) -> bool:
        return self.reason == "ok"


_MESSAGES = {
    "empty": "Enter a passphrase.",
    "common": "Too easy to guess: it is built on a common password or word.",
    "personal": "Too easy to guess: it contains a name or detail from the case.",
    "repeat": "Too easy to guess: it repeats the same characters or words.",
    "sequence": "Too easy to guess: it is a sequence such as 1234 or abcd.",
    "keyboard": "Too easy to guess: it is a pattern of neighbouring keys.",
    "date": "Too easy to guess: dates and years are among the first guesses.",
    "short": "Too short: use five or more unrelated words, or let VisaDesk generate them.",
    "ok": "Strong enough.",
}


@cache
def _cyrillic_words() -> tuple[str, ...]:
    text = resources.files("visadesk.vault").joinpath("words", "common-cyrillic.txt")
    lines = text.read_text("utf-8").splitlines()
    out: list[str] = []
    for line in lines:
        word = line.strip().lower()
        if not word or word.startswith("#"):
            continue
        for form in (word, transliterate(word), to_latin_layout(word)):
            if form not in out:
                out.append(form)
    return tuple(out)


def to_latin_layout(text: str) -> str:
    """What Cyrillic typed with the keyboard in Latin mode would be: йцукен → qwerty."""
    return "".join(_CYR_TO_LAT.get(ch, ch) for ch in text.lower())


def to_cyrillic_layout(text: str) -> str:
    """What Latin letters typed with the keyboard in Russian mode would be: gfhjkm → пароль."""
    return "".join(_LAT_TO_RU.get(ch, ch) for ch in text.lower())


def transliterate(text: str) -> str:
    """A plain Latin spelling of Cyrillic (пароль → parol), as people type it."""
    return "".join(_TRANSLIT.get(ch, ch) for ch in text.lower()).replace("_", "")


def _variants(text: str) -> list[str]:
    """The passphrase as typed, typed on the other layout, transliterated; each also without
    its separators (zxcvbn counts a space as a random character, an attacker would not)."""
    out = [text]
    for form in (to_cyrillic_layout(text), to_latin_layout(text), transliterate(text)):
        if form != text.lower() and form not in out:
            out.append(form)
    for form in list(out):
        joined = re.sub(r"[\s\-_.,;:]+", "", form)
        if joined and joined not in out:
            out.append(joined)
    return out


def _reason(result: dict[str, Any], personal: set[str]) -> str:
    """Why a passphrase is weak: the weakest part zxcvbn found."""
    sequence: list[dict[str, Any]] = result.get("sequence", [])
    kinds = [m.get("pattern") for m in sequence]
    for m in sequence:
        if m.get("pattern") == "dictionary" and str(m.get("matched_word", "")) in personal:
            return "personal"
    if "repeat" in kinds:
        return "repeat"
    if any(
        m.get("pattern") == "dictionary" and len(str(m.get("token", ""))) >= 3 for m in sequence
    ):
        return "common"
    for pattern, reason in (("sequence", "sequence"), ("spatial", "keyboard"), ("date", "date")):
        if pattern in kinds:
            return reason
    if "regex" in kinds:
        return "date"
    return "short"  # too few characters for brute force (a 4-digit PIN, a short word)


def estimate(passphrase: str, personal: Iterable[str] = ()) -> Strength:
    """The strength of ``passphrase``; ``personal``: names and details from the case (surnames,
    first names, places, dates), which an attacker holding the laptop would try first."""
    text = passphrase.strip()
    if not text:
        return Strength(0.0, 0, "empty", _MESSAGES["empty"])
    own: set[str] = set()
    for item in personal:
        for part in str(item).lower().split():
            if len(part) >= 3:
                own |= {part, transliterate(part), to_latin_layout(part)}
    from zxcvbn import zxcvbn  # 70 ms of dictionaries: loaded at the first estimate, not at start

    inputs = [*sorted(own), *_cyrillic_words()]
    weakest: dict[str, Any] | None = None
    for form in _variants(text[:_MAX_LEN]):
        result = zxcvbn(form, user_inputs=inputs)
        if weakest is None or result["guesses"] < weakest["guesses"]:
            weakest = result
    assert weakest is not None
    log10 = float(weakest["guesses_log10"])
    if len(text) > _MAX_LEN:  # beyond zxcvbn's limit: at least a few bits per extra character
        log10 += (len(text) - _MAX_LEN) * 0.3
    bits = log10 * math.log2(10)
    score = int(weakest["score"])
    if log10 >= MIN_GUESSES_LOG10:
        reason = "ok"
    elif text.isdigit():
        reason = "short"  # a PIN: 10^n guesses whatever its digits
    else:
        reason = _reason(weakest, own)
    if reason != "ok":
        score = min(score, 2)
    return Strength(bits, score, reason, _MESSAGES[reason])


def message(strength: Strength) -> str:
    """The English sentence for a strength, with the generated word-list suggestion."""
    if strength.acceptable or strength.reason == "empty":
        return strength.message
    return f"{strength.message} A generated word list (Generate) is easy to write down."


def personal_words(case: Case) -> list[str]:
    """Names, places and dates of a case that an attacker would try first (for ``estimate``)."""
    people: list[Person] = [*case.applicants, *([case.sponsor] if case.sponsor else [])]
    out: list[str] = [case.title]
    for p in people:
        out += [p.surname, p.given_names, p.patronymic, p.surname_latin, p.given_names_latin]
        out += [p.surname_at_birth, *p.former_surnames, p.place_of_birth, p.address.city]
        if p.date_of_birth is not None:
            out += [str(p.date_of_birth.year), p.date_of_birth.strftime("%d%m%Y")]
        out += [d.number for d in p.documents if d.number]
    return [w for w in out if w]
