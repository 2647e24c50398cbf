"""The bundled Unicode fonts (DejaVu: Cyrillic, Latin with diacritics, Greek), registered once
with reportlab and embedded (subset) in every PDF; and a check for characters they lack."""

from __future__ import annotations

import functools
import importlib.resources

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


@functools.lru_cache(maxsize=65536)
def _width_1pt(text: str, font: str) -> float:
    register()
    return pdfmetrics.stringWidth(text, font, 1.0)


def width(text: str, font: str, size: float) -> float:
    """Width in points; measured once per (text, font) at 1 pt and scaled (widths are linear)."""
    return _width_1pt(text, font) * size
