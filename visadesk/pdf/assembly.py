"""One canvas for a whole packet: sections (cover, separators, checklists, forms, image scans),
each with its own footer and page numbering, bookmarks in the outline, and the pages written in
the packet's order at the end (the cover is drawn last, once the other sections' lengths are
known, but printed first).

Drawing everything on one reportlab canvas spares the packet a PDF parser and a second pass over
every page (pypdf is imported only when a PDF scan has to be merged, see packet.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen import canvas as rl_canvas

from visadesk.pdf import fonts
from visadesk.pdf.layout import FOOTER_Y, PAGE_W

Footer = Callable[[int, int], str]


@dataclass
class Section:
    """A run of pages drawn with one footer; ``title`` (with its outline ``level``) bookmarks the
    first page when given."""

    footer: Footer
    title: str | None = None
    level: int = 0
    first: int = 0  # index of its first drawn page
    pages: int = 0


class SectionCanvas(rl_canvas.Canvas):
    """A canvas whose pages are kept until :meth:`save`, grouped in sections."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("invariant", 1)
        kwargs.setdefault("pageCompression", 1)
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._sections: list[Section] = []
        self._order: list[int] | None = None

    def begin(self, footer: Footer, title: str | None = None, level: int = 0) -> Section:
        """Start a new section; its pages are those shown until the next ``begin``."""
        section = Section(footer, title, level, first=len(self._pages))
        self._sections.append(section)
        return section

    def drop(self, section: Section) -> None:
        """Forget the last section and its pages (to draw it again, e.g. a cover that grew)."""
        if not self._sections or self._sections[-1] is not section:
            raise ValueError("only the last section can be dropped")
        self._sections.pop()
        del self._pages[section.first :]

    def place_first(self, section: Section) -> None:
        """Print ``section`` before all others (it was drawn last)."""
        rest = [s for s in self._sections if s is not section]
        self._sections = [section, *rest]

    def showPage(self) -> None:  # noqa: N802 - reportlab's API
        if not self._sections:
            raise ValueError("begin() a section before drawing")
        self._pages.append(dict(self.__dict__))
        self._sections[-1].pages += 1
        self._startPage()

    def save(self) -> None:
        pages, sections = self._pages, self._sections  # the page states below hold them too
        for number, section in enumerate(sections):
            for index in range(section.pages):
                self.__dict__.update(pages[section.first + index])
                if index == 0 and section.title is not None:
                    key = f"s{number}"
                    self.bookmarkPage(key)
                    self.addOutlineEntry(section.title, key, level=section.level)
                self.setFont(fonts.REGULAR, 7)
                self.setFillGray(0.35)
                self.drawCentredString(
                    PAGE_W / 2, FOOTER_Y, section.footer(index + 1, section.pages)
                )
                self.setFillGray(0)
                super().showPage()
        self._pages, self._sections = [], sections
        super().save()

    @property
    def page_count(self) -> int:
        return sum(s.pages for s in self._sections)
