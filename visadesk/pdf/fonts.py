"""The bundled Unicode fonts (DejaVu: Cyrillic, Latin with diacritics, Greek), registered once
with reportlab and embedded (subset) in every PDF; text widths for layout (cached per word); and a
check for characters they lack.

Registering reads each font's character map, advance widths and glyph offsets. reportlab reads
them value by value in Python (about 15 ms a font, five fonts per PDF: as long as the packet's
whole layout); :class:`_Face` reads the same tables with one ``struct`` call each and yields the
very same face (tests/test_pdf_fonts.py compares every attribute with reportlab's own parse), so
the PDFs are byte-identical. A font whose character map is not the usual format 12 is read by
reportlab itself."""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Callable
from fnmatch import fnmatch
from itertools import repeat
from struct import unpack_from
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFError, TTFont, TTFontFace

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


class _Face(TTFontFace):  # reportlab has no type hints (Any)
    """reportlab's TrueType face, its character tables read in bulk (same values, same order)."""

    def extractInfo(self, charInfo: int = 1) -> None:  # noqa: N802 - reportlab's names
        super().extractInfo(charInfo=0)  # names, head, OS/2, post, hhea, maxp: a few values
        if charInfo and not self._char_tables():
            super().extractInfo(charInfo)  # an unusual character map: reportlab reads it all

    def _cmap_format_12(self) -> int | None:
        """Where the character map reportlab would choose starts, if it is of format 12."""
        data = self._ttf_data
        cmap = self.get_table_pos("cmap")[0]
        version, count = unpack_from(">HH", data, cmap)
        if count == 0 and version != 0:
            count = version
        found, kind = None, 0
        for n in range(count):  # reportlab's choice: the last usable Unicode table
            platform, encoding, offset = unpack_from(">HHL", data, cmap + 4 + 8 * n)
            if platform == 3 or (platform == 1 and encoding == 1):
                found, kind = offset, 1
            elif platform == 1 and encoding == 0 and kind != 1:
                found, kind = offset, 2
            elif platform == 0 and encoding != 5:
                found, kind = offset, 1
        if found is None or unpack_from(">H", data, cmap + found)[0] != 12:
            return None
        return int(cmap + found)

    def _char_tables(self) -> bool:
        """charToGlyph, glyphToChar, charWidths, defaultWidth, hmetrics and glyphPos, as
        reportlab's extractInfo sets them; False (nothing set) for a map not of format 12."""
        data = self._ttf_data
        index_to_loc, glyph_format = unpack_from(">hh", data, self.get_table_pos("head")[0] + 50)
        if glyph_format != 0:
            raise TTFError(f"Unknown glyph data format ({glyph_format})")
        start = self._cmap_format_12()
        if start is None or "loca" not in self.table:
            return False
        (n_groups,) = unpack_from(">L", data, start + 12)
        groups = unpack_from(f">{3 * n_groups}L", data, start + 16)
        chars: list[int] = []
        glyphs: list[int] = []
        for i in range(0, 3 * n_groups, 3):
            first, last, gid = groups[i : i + 3]
            chars.extend(range(first, last + 1))
            glyphs.extend(range(gid, gid + last - first + 1))
        char_to_glyph = dict(zip(chars, glyphs, strict=True))
        glyph_to_char: dict[int, list[int]]
        if len(set(glyphs)) == len(glyphs):  # one character per glyph, the usual case
            glyph_to_char = {glyph: [char] for glyph, char in zip(glyphs, chars, strict=True)}
        else:
            glyph_to_char = {}
            for glyph, char in zip(glyphs, chars, strict=True):
                glyph_to_char.setdefault(glyph, []).append(char)

        num_glyphs = self.numGlyphs
        (n_metrics,) = unpack_from(">H", data, self.get_table_pos("hhea")[0] + 34)
        hmtx = self.get_table_pos("hmtx")[0]
        pairs = unpack_from(f">{2 * n_metrics}H", data, hmtx)
        raw = pairs[0::2]
        if self.unitsPerEm == 1000:  # reportlab's scale(), the same arithmetic
            advances: list[float] = list(raw)
        else:
            factor = 1000 / self.unitsPerEm
            advances = [aw * factor for aw in raw]
        hmetrics: list[tuple[float, int]] = list(zip(raw, pairs[1::2], strict=True))
        tail = unpack_from(f">{num_glyphs - n_metrics}H", data, hmtx + 4 * n_metrics)
        hmetrics.extend((advances[-1], lsb) for lsb in tail)  # reportlab keeps the scaled one
        advances.extend(repeat(advances[-1], num_glyphs - n_metrics))
        char_widths = {  # by glyph, as reportlab walks them; glyphs past the font's end: none
            char: advances[glyph]
            for glyph in sorted(glyph_to_char)
            if glyph < num_glyphs
            for char in glyph_to_char[glyph]
        }

        loca = self.get_table_pos("loca")[0]
        if index_to_loc == 0:
            glyph_pos = [p << 1 for p in unpack_from(f">{num_glyphs + 1}H", data, loca)]
            self._pos = loca + 2 * (num_glyphs + 1)
        elif index_to_loc == 1:
            glyph_pos = list(unpack_from(f">{num_glyphs + 1}L", data, loca))
            self._pos = loca + 4 * (num_glyphs + 1)
        else:
            raise TTFError(f"Unknown location table format ({index_to_loc})")
        if 0x20 in char_to_glyph:
            char_to_glyph[0xA0] = char_to_glyph[0x20]
            char_widths[0xA0] = char_widths[0x20]
        elif 0xA0 in char_to_glyph:
            char_to_glyph[0x20] = char_to_glyph[0xA0]
            char_widths[0x20] = char_widths[0xA0]
        self.charToGlyph, self.glyphToChar, self.charWidths = (
            char_to_glyph,
            glyph_to_char,
            char_widths,
        )
        self.defaultWidth = advances[0]
        self.hmetrics, self.glyphPos = hmetrics, glyph_pos
        return True


class _Font(TTFont):
    """reportlab's TTFont (as ``TTFont(name, path)`` builds it) on the quickly read face."""

    def __init__(self, name: str, path: str) -> None:
        self.fontName = name
        self.face = _Face(path)
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)


@functools.cache
def register() -> None:
    root = importlib.resources.files("visadesk.resources") / "fonts"
    for name, filename in _FILES.items():
        with importlib.resources.as_file(root / filename) as path:
            pdfmetrics.registerFont(_Font(name, str(path)))


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


# The width of a word (no spaces) at 1 pt, cached per word: multiply by the size.
word_width = _word_1pt


# The last text measured in each font, with the sum of its words' widths and its word count.
_LAST: dict[str, tuple[str, float, int]] = {}


def width(text: str, font: str, size: float) -> float:
    """Width in points, as reportlab measures it (the sum of the glyphs' advances: no kerning),
    from cached word widths: wrapping measures ever longer lines made of the same words, so each
    word is measured once per font, and a line that is the last one measured plus a word costs
    one addition (the same additions, in the same order, as summing all its words)."""
    if " " not in text:
        one = _word_1pt(text, font)
        _LAST[font] = (text, one, 1)
        return one * size
    last, total, count = _LAST.get(font, ("", 0.0, 0))
    cut = len(last)
    if (
        count
        and text.startswith(last)
        and text[cut : cut + 1] == " "
        and " " not in text[cut + 1 :]
    ):
        total, count = total + _word_1pt(text[cut + 1 :], font), count + 1
    else:
        words = text.split(" ")
        total, count = sum(_word_1pt(w, font) for w in words), len(words)
    _LAST[font] = (text, total, count)
    return (total + (count - 1) * _word_1pt(" ", font)) * size
