"""The printable "Where can I go?" plan: one page per applicant in the user's language (and a
copy in the sponsor's), warnings first, then exits and routes in short, each line pointing to
its numbered sources, and the date it was made. Written only when the user exports it."""

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
from visadesk.pdf.layout import neutral_metadata
from visadesk.pdf.sheets import Writer
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


def _page(c: Canvas, advice: Advice, lang: str) -> None:
    w = Writer(c, lang)
    refs = _Refs()
    w.text(label("plan_title", lang), fonts.BOLD, 13)
    w.text(
        f"{advice.person_name} · {label('made_on', lang)} {advice.made_on.isoformat()}",
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
    w.text(label("exits", lang), fonts.BOLD, 10, color=BLUE)
    if advice.exits and exits_blocked(advice):
        w.text(label("exits_blocked", lang), fonts.BOLD, 7.5, color=RED)
    for line in advice.exits:
        cited = [f for p in line.points if p.key in ("stay", "registration") for f in p.facts]
        text = f"{line_title(line, lang)} — {_short(line, lang)}{refs.cite(cited)}"
        w.text(text, fonts.CONDENSED, 7.2)
    if not advice.exits:
        w.text(label("none", lang), fonts.REGULAR, 7.5)
    w.text(label("routes", lang), fonts.BOLD, 10, color=GREEN)
    for line in advice.routes:
        w.text(line_title(line, lang) + refs.cite(line.facts), fonts.BOLD, 7.8)
        chance = [f for p in line.points if p.key in ("chance", "who") for f in p.facts][:1]
        for fact in chance:
            w.text(fact_text(fact, lang), fonts.CONDENSED, 7, x=w_indent())
    if not advice.routes:
        w.text(label("none", lang), fonts.REGULAR, 7.5)
    w.rule()
    checked = sorted({s.checked for s in refs.sources})
    when = ", ".join(d.isoformat() for d in checked)
    w.text(f"{label('sources', lang)} ({label('checked', lang)} {when})", fonts.BOLD, 7.5)
    _sources(w, refs.sources)
    c.showPage()


def _sources(w: Writer, sources: list[Source]) -> None:
    """The numbered sources in two columns, one line each (site and title, cut to fit)."""
    from visadesk.facts.sourcing import host_of
    from visadesk.pdf.layout import MARGIN, PAGE_W

    size, step = 5.4, 6.2
    col_w = (PAGE_W - 2 * MARGIN - 4 * mm) / 2
    rows = (len(sources) + 1) // 2
    w.need(rows * step)
    top = w.y
    for n, s in enumerate(sources, 1):
        col, row = divmod(n - 1, rows)
        text = f"[{n}] {host_of(s.url)} — {s.title}"
        if fonts.width(text, fonts.CONDENSED, size) > col_w:  # cut visibly, never silently
            while fonts.width(text + "…", fonts.CONDENSED, size) > col_w and len(text) > 10:
                text = text[:-1]
            text = text.rstrip() + "…"
        x = MARGIN + col * (col_w + 4 * mm)
        w.c.setFont(fonts.CONDENSED, size)
        w.c.setFillColorRGB(*GREY)
        w.c.drawString(x, top - (row + 1) * step, text)
        w.c.setFillGray(0)
    w.y = top - rows * step


def w_indent() -> float:
    from visadesk.pdf.layout import MARGIN

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
