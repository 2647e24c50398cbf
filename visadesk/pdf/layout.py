"""Page furniture and text fitting shared by every renderer: A4 geometry, "page x / y" footers,
wrapping, and the shrink → wrap → annex rule (text is never silently cut)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from visadesk.pdf import fonts

# Binary streams (Flate only): ASCII85 makes files 25 % larger and, without reportlab's optional C
# accelerator, is the slowest step of a packet with scans.
rl_config.useA85 = 0

PAGE_W, PAGE_H = A4
MARGIN = 12 * mm
FOOTER_Y = 7 * mm


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap that also breaks words longer than the line (never drops characters).

    A line's width is the sum of its words' widths plus its spaces', in points at ``size``:
    ``fonts.width``'s arithmetic (the same additions in the same order), kept as a running sum
    so each word is measured once, not once per longer candidate line."""
    lines: list[str] = []
    space = fonts.word_width(" ", font)
    for para in text.split("\n"):
        words: list[str] = []
        total = 0.0  # the words' widths (1 pt), summed left to right as sum() does
        for word in para.split(" "):
            if words == [""]:  # an empty line so far (leading spaces): replaced, not extended
                words = []
            one = fonts.word_width(word, font)
            if (total + one + len(words) * space) * size <= max_width:
                words.append(word)
                total += one
                continue
            if words:
                lines.append(" ".join(words))
            while one * size > max_width and len(word) > 1:
                cut = len(word)
                while cut > 1 and fonts.width(word[:cut], font, size) > max_width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                one = fonts.word_width(word, font)
            words, total = [word], 0.0 + one
        lines.append(" ".join(words))
    return lines


@dataclass(frozen=True)
class Fitted:
    size: float
    lines: list[str]
    overflow: bool  # True: does not fit even at the minimum size → goes to an annex


def breaks_words(text: str, font: str, size: float, max_width: float) -> bool:
    """True when some word of ``text`` is wider than the line (wrap would cut it in two)."""
    return any(fonts.width(word, font, size) > max_width for word in text.split())


def fit(
    text: str, font: str, box_w: float, box_h: float, max_size: float = 9.5, min_size: float = 6.0
) -> Fitted:
    """Shrink to at most ``min_size``, wrapping, until ``text`` fits the box; else overflow.
    A size that keeps every word whole (an e-mail address, a passport number) is preferred to a
    larger one that cuts a word across two lines."""
    sizes: list[float] = []
    size = max_size
    while True:
        sizes.append(size)
        if size <= min_size:
            break
        size = max(min_size, size - 0.5)
    whole = [s for s in sizes if not breaks_words(text, font, s, box_w)]
    for size in [*whole, *sizes]:
        lines = wrap(text, font, size, box_w)
        if len(lines) * size * 1.15 <= box_h:
            return Fitted(size, lines, False)
    return Fitted(min_size, wrap(text, font, min_size, box_w), True)


def numbered_canvas(footer: Callable[[int, int], str]) -> type[rl_canvas.Canvas]:
    """A canvas class that knows the page count when it saves: writes ``footer(page, total)``."""

    class NumberedCanvas(rl_canvas.Canvas):  # reportlab is untyped (Any)
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("invariant", 1)
            kwargs.setdefault("pageCompression", 1)
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's API
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for number, state in enumerate(self._saved, 1):
                self.__dict__.update(state)
                self.setFont(fonts.REGULAR, 7)
                self.setFillGray(0.35)
                self.drawCentredString(PAGE_W / 2, FOOTER_Y, footer(number, total))
                self.setFillGray(0)
                super().showPage()
            super().save()

    return NumberedCanvas


def neutral_metadata(c: rl_canvas.Canvas, title: str) -> None:
    """A neutral title and nothing personal in the document information."""
    c.setTitle(title)
    c.setAuthor("")
    c.setSubject("")
    c.setKeywords("")
    c.setCreator("VisaDesk")


def tick_box(
    c: rl_canvas.Canvas, x: float, y: float, checked: bool, size: float = 2.6 * mm
) -> None:
    c.setLineWidth(0.6)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if checked:
        c.setLineWidth(1.1)
        c.line(x + 0.5, y + 0.5, x + size - 0.5, y + size - 0.5)
        c.line(x + 0.5, y + size - 0.5, x + size - 0.5, y + 0.5)
        c.setLineWidth(0.6)
