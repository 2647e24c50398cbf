"""The printable "Where can I go?" plan: one page per applicant in the user's language (and a
copy in the sponsor's), warnings first, then exits and routes in short, each line pointing to
its numbered sources, and the date it was made. Written only when the user exports it.

A person with many warnings (a summons, a Schengen visa, a car with Russian plates) does not fit
one page at a legible size: the plan then goes on over the next page(s), each headed by the
title, the person's name and "page k of n"; no heading is left alone at a page's foot and the
sources list continues in two columns — nothing is cut, nothing drawn past the margin."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from visadesk.case.model import Case
from visadesk.facts.sourcing import Confidence, Source
from visadesk.facts.store import Fact
from visadesk.pdf import fonts
from visadesk.pdf.layout import MARGIN, PAGE_H, PAGE_W, neutral_metadata
from visadesk.pdf.sheets import BOTTOM, Writer
from visadesk.routes.engine import Advice, Line
from visadesk.routes.labels import label
from visadesk.routes.render import exits_blocked, fact_text, line_title

SPONSOR_LANG = {"FRA": "fr", "DEU": "de", "UKR": "uk", "RUS": "ru"}
RED, BLUE, GREEN, GREY = (0.6, 0.1, 0.1), (0.1, 0.3, 0.57), (0.13, 0.37, 0.13), (0.35, 0.35, 0.35)


def sponsor_language(case: Case) -> str | None:
    if case.sponsor is None or case.sponsor.residence_country is None:
        return None
    return SPONSOR_LANG.get(case.sponsor.residence_country)


class _Refs:
    """Sources numbered in order of first use on a page."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self.index: dict[str, int] = {}

    def cite(self, facts: list[Fact]) -> str:
        nums = []
        for f in facts:
            for s in f.sources:
                if s.url not in self.index:
                    self.sources.append(s)
                    self.index[s.url] = len(self.sources)
                nums.append(self.index[s.url])
        unique = sorted(set(nums))
        return f" [{', '.join(map(str, unique))}]" if unique else ""


def _short(line: Line, lang: str) -> str:
    """An exit in one line: its stay and registration points, statements shortened."""
    parts = []
    for point in line.points:
        if point.key in ("stay", "registration"):
            for fact in point.facts:
                text = fact.statement.get(lang).split(": ", 1)[-1]
                if fact.level is Confidence.UNCONFIRMED:
                    text = f"{label('unconfirmed', lang).split(' — ')[0]}"
                parts.append(f"{label(point.key, lang)}: {text}")
    return "; ".join(parts)


# A person's plan that does not fit one page goes on over the next ones, each headed by the
# plan's title, the person's name and "page k of n"; nothing is cut or drawn past a margin.
_PAGE_OF = {
    "en": "page {k} of {n}",
    "ru": "стр. {k} из {n}",
    "uk": "стор. {k} з {n}",
    "fr": "page {k} sur {n}",
    "de": "Seite {k} von {n}",
}
_CONTINUED = {"en": "continued", "ru": "продолжение", "uk": "продовження", "fr": "suite",
              "de": "Fortsetzung"}  # fmt: skip
_SRC_SIZE, _SRC_STEP = 5.4, 6.2


class _PlanWriter(Writer):
    """The sheet writer, heading every page after the first with who and which page it is."""

    def __init__(self, c: Canvas, lang: str, advice: Advice, total: int) -> None:
        super().__init__(c, lang)
        self.advice = advice
        self.total = total
        self.number = 1

    def page_of(self) -> str:
        if self.total <= 1:
            return ""
        pattern = _PAGE_OF.get(self.lang, _PAGE_OF["en"])
        return " · " + pattern.format(k=self.number, n=self.total)

    def need(self, h: float) -> None:
        if self.y - h >= BOTTOM:
            return
        self.c.showPage()
        self.number += 1
        self.y = PAGE_H - MARGIN
        continued = _CONTINUED.get(self.lang, _CONTINUED["en"])
        title = f"{label('plan_title', self.lang)} ({continued})"
        self.text(title, fonts.BOLD, 10)
        self.text(f"{self.advice.person_name}{self.page_of()}", fonts.BOLD, 8.5)
        self.rule()


def _page(c: Canvas, advice: Advice, lang: str) -> None:
    """One person's plan: one page when it fits, else as many as it needs."""
    scratch = Canvas(io.BytesIO(), initialFontName=fonts.REGULAR, initialFontSize=9)
    total = _draw(_PlanWriter(scratch, lang, advice, 0), advice, lang)
    _draw(_PlanWriter(c, lang, advice, total), advice, lang)


def _draw(w: _PlanWriter, advice: Advice, lang: str) -> int:
    """Draws the plan and returns how many pages it took."""
    refs = _Refs()
    w.text(label("plan_title", lang), fonts.BOLD, 13)
    w.text(
        f"{advice.person_name} · {label('made_on', lang)} {advice.made_on.isoformat()}"
        f"{w.page_of()}",
        fonts.BOLD,
        9.5,
    )
    w.text(label("disclaimer", lang), fonts.REGULAR, 7.5, color=GREY)
    w.rule()
    w.text(label("warnings", lang), fonts.BOLD, 10, color=RED)
    for line in advice.warnings:
        w.text(line_title(line, lang) + refs.cite(line.facts), fonts.BOLD, 7.8)
        for fact in line.facts:
            w.text(fact_text(fact, lang), fonts.CONDENSED, 7, x=w_indent())
    if not advice.warnings:
        w.text(label("none", lang), fonts.REGULAR, 7.5)
    w.need(10 * 1.2 + 2 * 7.2 * 1.2)  # a heading never alone at the foot of a page
    w.text(label("exits", lang), fonts.BOLD, 10, color=BLUE)
    if advice.exits and exits_blocked(advice):
        w.text(label("exits_blocked", lang), fonts.BOLD, 7.5, color=RED)
    for line in advice.exits:
        cited = [f for p in line.points if p.key in ("stay", "registration") for f in p.facts]
        text = f"{line_title(line, lang)} — {_short(line, lang)}{refs.cite(cited)}"
        w.text(text, fonts.CONDENSED, 7.2)
    if not advice.exits:
        w.text(label("none", lang), fonts.REGULAR, 7.5)
    w.need(10 * 1.2 + 7.8 * 1.2 + 7 * 1.2)
    w.text(label("routes", lang), fonts.BOLD, 10, color=GREEN)
    for line in advice.routes:
        w.need(7.8 * 1.2 + 7 * 1.2)  # a route's title stays with its first line
        w.text(line_title(line, lang) + refs.cite(line.facts), fonts.BOLD, 7.8)
        chance = [f for p in line.points if p.key in ("chance", "who") for f in p.facts][:1]
        for fact in chance:
            w.text(fact_text(fact, lang), fonts.CONDENSED, 7, x=w_indent())
    if not advice.routes:
        w.text(label("none", lang), fonts.REGULAR, 7.5)
    w.need(3 * mm + 7.5 * 1.2 + 3 * _SRC_STEP)  # the sources' heading with its first rows
    w.rule()
    checked = sorted({s.checked for s in refs.sources})
    when = ", ".join(d.isoformat() for d in checked)
    w.text(f"{label('sources', lang)} ({label('checked', lang)} {when})", fonts.BOLD, 7.5)
    _sources(w, refs.sources)
    w.c.showPage()
    return w.number


def _sources(w: Writer, sources: list[Source]) -> None:
    """The numbered sources in two columns, one line each (site and title, cut to fit); what
    does not fit the page goes on in two columns on the next."""
    from visadesk.facts.sourcing import host_of

    col_w = (PAGE_W - 2 * MARGIN - 4 * mm) / 2
    done = 0
    while done < len(sources):
        room = int((w.y - BOTTOM) // _SRC_STEP)
        if room < 1:
            w.need(w.y)  # always a new page
            continued = _CONTINUED.get(w.lang, _CONTINUED["en"])
            w.text(f"{label('sources', w.lang)} ({continued})", fonts.BOLD, 7.5)
            continue
        left = len(sources) - done
        rows = min(room, (left + 1) // 2)
        chunk = sources[done : done + 2 * rows]
        top = w.y
        for i, s in enumerate(chunk):
            col, row = divmod(i, rows)
            n = done + i + 1
            text = f"[{n}] {host_of(s.url)} — {s.title}"
            if fonts.width(text, fonts.CONDENSED, _SRC_SIZE) > col_w:  # cut visibly
                while (
                    fonts.width(text + "…", fonts.CONDENSED, _SRC_SIZE) > col_w and len(text) > 10
                ):
                    text = text[:-1]
                text = text.rstrip() + "…"
            x = MARGIN + col * (col_w + 4 * mm)
            w.c.setFont(fonts.CONDENSED, _SRC_SIZE)
            w.c.setFillColorRGB(*GREY)
            w.c.drawString(x, top - (row + 1) * _SRC_STEP, text)
            w.c.setFillGray(0)
        w.y = top - rows * _SRC_STEP
        done += len(chunk)


def w_indent() -> float:
    return MARGIN + 3 * mm


def plan_bytes(case: Case, advices: list[Advice], lang: str, second: str | None = None) -> bytes:
    """The plan pages in ``lang``, then again in ``second`` (the sponsor's language) if it differs."""
    fonts.register()
    buf = io.BytesIO()
    c = Canvas(buf, initialFontName=fonts.REGULAR, initialFontSize=9, invariant=1)
    neutral_metadata(c, "VisaDesk plan")
    second = second if second is not None else sponsor_language(case)
    for language in dict.fromkeys([lang, *([second] if second else [])]):
        for advice in advices:
            _page(c, advice, language)
    c.save()
    return buf.getvalue()


def write_plan(
    path: str | Path, case: Case, advices: list[Advice], lang: str, second: str | None = None
) -> None:
    Path(path).write_bytes(plan_bytes(case, advices, lang, second))


def today() -> date:
    return date.today()
