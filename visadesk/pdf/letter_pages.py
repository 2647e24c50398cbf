"""Drawing helpers for letter-like pages: a flowing writer with paragraphs, hanging indents and
marked passages, and a wrapping table that continues across pages (used by the evidence index,
the sponsor's sheets and the translation drafts)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from visadesk.pdf import fonts
from visadesk.pdf.layout import MARGIN, PAGE_H, PAGE_W, wrap

LEFT = 22 * mm
RIGHT = PAGE_W - 20 * mm
WIDTH = RIGHT - LEFT
BOTTOM = 18 * mm
RED = (0.72, 0.05, 0.05)
GREY = (0.35, 0.35, 0.35)


@dataclass(frozen=True)
class Cell:
    text: str
    bold: bool = False
    marker: bool = False  # a passage still to translate / copy: red


class Page:
    """A flowing writer over a canvas with letter margins; new page at the bottom."""

    def __init__(self, c: Canvas, on_new_page: Callable[[Page], None] | None = None) -> None:
        self.c = c
        self.y = PAGE_H - 20 * mm
        self.on_new_page = on_new_page

    def need(self, h: float) -> None:
        if self.y - h < BOTTOM:
            self.c.showPage()
            self.y = PAGE_H - 20 * mm
            if self.on_new_page:
                self.on_new_page(self)

    def gap(self, h: float = 4) -> None:
        self.y -= h

    def text(
        self,
        text: str,
        font: str = fonts.REGULAR,
        size: float = 10,
        indent: float = 0,
        first_indent: float | None = None,
        color: tuple[float, float, float] | None = None,
        align: str = "left",
        leading: float = 1.32,
    ) -> None:
        x0 = LEFT + indent
        lines = wrap(text, font, size, WIDTH - indent)
        for i, line in enumerate(lines):
            self.need(size * leading)
            self.y -= size * leading
            self.c.setFont(font, size)
            if color:
                self.c.setFillColorRGB(*color)
            if align == "right":
                self.c.drawRightString(RIGHT, self.y, line)
            else:
                x = LEFT + (first_indent if i == 0 and first_indent is not None else indent)
                self.c.drawString(x if i == 0 else x0, self.y, line)
            if color:
                self.c.setFillGray(0)

    def boxed(self, text: str, fill: tuple[float, float, float], size: float = 9) -> None:
        lines = wrap(text, fonts.REGULAR, size, WIDTH - 6 * mm)
        h = len(lines) * size * 1.3 + 4 * mm
        self.need(h)
        self.c.setFillColorRGB(*fill)
        self.c.setStrokeColorRGB(0.6, 0.6, 0.6)
        self.c.rect(LEFT, self.y - h, WIDTH, h, stroke=1, fill=1)
        self.c.setFillGray(0)
        self.c.setStrokeGray(0)
        y = self.y - 2 * mm
        for line in lines:
            y -= size * 1.3
            self.c.setFont(fonts.REGULAR, size)
            self.c.drawString(LEFT + 3 * mm, y + 2, line)
        self.y -= h + 2 * mm

    def rule(self) -> None:
        self.need(4)
        self.y -= 2
        self.c.setLineWidth(0.5)
        self.c.line(LEFT, self.y, RIGHT, self.y)
        self.y -= 2

    def table(
        self,
        widths: Sequence[float],
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        size: float = 8.5,
    ) -> None:
        """A bordered table; a header row repeats on each new page; cells wrap, never cut."""
        total = sum(widths)
        cols = [w / total * WIDTH for w in widths]

        def draw_row(cells: Sequence[Cell], shade: bool) -> None:
            wrapped = [
                wrap(cell.text, fonts.BOLD if cell.bold else fonts.REGULAR, size, col - 3 * mm)
                for cell, col in zip(cells, cols, strict=True)
            ]
            h = max(len(lines) for lines in wrapped) * size * 1.25 + 2.5 * mm
            if self.y - h < BOTTOM:
                self.need(h + 10 * mm)
                if not shade and header:
                    draw_row([Cell(t, bold=True) for t in header], True)
            x = LEFT
            for cell, lines, col in zip(cells, wrapped, cols, strict=True):
                if shade:
                    self.c.setFillGray(0.9)
                    self.c.rect(x, self.y - h, col, h, stroke=0, fill=1)
                    self.c.setFillGray(0)
                self.c.setLineWidth(0.4)
                self.c.rect(x, self.y - h, col, h, stroke=1, fill=0)
                y = self.y - 1.2 * mm
                for line in lines:
                    y -= size * 1.25
                    self.c.setFont(fonts.BOLD if cell.bold else fonts.REGULAR, size)
                    if cell.marker:
                        self.c.setFillColorRGB(*RED)
                    self.c.drawString(x + 1.5 * mm, y + 1, line)
                    self.c.setFillGray(0)
                x += col
            self.y -= h

        if header:
            draw_row([Cell(t, bold=True) for t in header], True)
        for row in rows:
            draw_row(row, False)
        self.gap(4)


def centred_title(c: Canvas, y: float, text: str, size: float) -> float:
    for line in wrap(text, fonts.BOLD, size, PAGE_W - 2 * MARGIN):
        c.setFont(fonts.BOLD, size)
        c.drawCentredString(PAGE_W / 2, y, line)
        y -= size * 1.25
    return y
