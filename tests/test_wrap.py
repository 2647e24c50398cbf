"""Word wrap (visadesk/pdf/layout.py): a running sum of word widths gives exactly the lines the
plain definition gives (measure every candidate line whole with fonts.width), for every font,
size and kind of text: Cyrillic, long unbreakable words, runs of spaces, empty paragraphs."""

from __future__ import annotations

import random

import pytest

from visadesk.pdf import fonts
from visadesk.pdf.layout import wrap


def plain_wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """The definition: grow the line word by word while the whole line fits; cut a word wider
    than the line at the last character that fits."""
    lines: list[str] = []
    for para in text.split("\n"):
        current = ""
        for word in para.split(" "):
            candidate = f"{current} {word}" if current else word
            if fonts.width(candidate, font, size) <= max_width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            while fonts.width(word, font, size) > max_width and len(word) > 1:
                cut = len(word)
                while cut > 1 and fonts.width(word[:cut], font, size) > max_width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


WORDS = (
    "Иванов Иван Петрович Санкт-Петербург паспорт 4510 123456 выдан ГУ МВД России по г. Москве "
    "Fédération de Russie Staatsangehörigkeit ivan.ivanov@example.org +33612345678 "
    "Aufenthaltserlaubnis§25 Ukraine Україна Київ 1990-01-01 — «кавычки» ’apostrophe’ a b c"
).split()


def _text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 40)):
        word = rng.choice(WORDS)
        if rng.random() < 0.05:
            word = word * rng.randint(3, 8)  # wider than any line
        parts.append(word)
        parts.append(rng.choice([" ", " ", " ", "  ", "\n", " \n "]))
    lead = rng.choice(["", " ", "   ", "\n"])
    return lead + "".join(parts)


@pytest.mark.parametrize("seed", range(40))
def test_wrap_gives_the_lines_of_the_plain_definition(seed):
    rng = random.Random(seed)
    for _ in range(25):
        text = _text(rng)
        font = rng.choice(sorted(fonts._FILES))
        size = rng.choice([6.0, 6.5, 7.5, 8.0, 9.0, 9.5, 11.0])
        max_width = rng.choice([8.0, 30.0, 60.5, 120.0, 181.3, 400.0])
        assert wrap(text, font, size, max_width) == plain_wrap(text, font, size, max_width)


def test_no_character_is_lost():
    text = "  Санкт-Петербург " * 5 + "x" * 300
    lines = wrap(text, fonts.REGULAR, 9, 50)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(fonts.width(line, fonts.REGULAR, 9) <= 50 for line in lines if len(line) > 1)
