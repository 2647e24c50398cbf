"""The bundled Unicode fonts (DejaVu: Cyrillic, Latin with diacritics, Greek), registered once
with reportlab and embedded (subset) in every PDF; text widths for layout (cached per word); and a
check for characters they lack."""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Callable
from itertools import repeat

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "VD-Sans"
BOLD = "VD-Sans-Bold"
ITALIC = "VD-Sans-Oblique"
CONDENSED = "VD-SansCondensed"
CONDENSED_BOLD = "VD-SansCondensed-Bold"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


@functools.cache
def register() -> None:
    root = importlib.resources.files("visadesk.resources") / "fonts"
    for name, filename in _FILES.items():
        with importlib.resources.as_file(root / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))


@functools.cache
def _charmap(font: str) -> frozenset[int]:
    register()
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


def missing_glyphs(text: str, font: str = REGULAR) -> set[str]:
    """Characters of ``text`` the bundled font cannot draw (they would print as empty boxes)."""
    cmap = _charmap(font)
    return {ch for ch in text if not ch.isspace() and ord(ch) not in cmap}


@functools.cache
def _advance(font: str) -> tuple[Callable[[int, int], int], int]:
    """The font's glyph advance widths (1/1000 em) by code point, and the default one."""
    register()
    face = pdfmetrics.getFont(font).face
    return face.charWidths.get, face.defaultWidth


@functools.lru_cache(maxsize=65536)
def _word_1pt(word: str, font: str) -> float:
    get, default = _advance(font)
    return 0.001 * sum(map(get, map(ord, word), repeat(default, len(word))))


def width(text: str, font: str, size: float) -> float:
    """Width in points, as reportlab measures it (the sum of the glyphs' advances: no kerning),
    from cached word widths: wrapping measures ever longer lines made of the same words, so each
    word is measured once per font and a line costs one addition per word."""
    if " " not in text:
        return _word_1pt(text, font) * size
    words = text.split(" ")
    spaces = (len(words) - 1) * _word_1pt(" ", font)
    return (sum(_word_1pt(w, font) for w in words) + spaces) * size
