"""PDFs of the letters: the cover letter (with the annex of the applicant's own words), the
evidence index, the exhibit separators, the sponsor's sheets and the bilingual translation
drafts; and :func:`letter_parts`, the packet's one call-out that puts them in order.

The letter's pages print the user's words only where a person translated them; elsewhere a red
marker. The user's original words appear only in the annex (and in the drafts' Russian column).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from visadesk.case.account import DRAFTABLE
from visadesk.case.model import Attachment, Case
from visadesk.letters.compose import Letter, NoLetter, compose_letter, fmt_date
from visadesk.letters.drafts import Draft, build_draft, shown
from visadesk.letters.evidence import Exhibit
from visadesk.letters.sponsor import SponsorSheet, sponsor_sheets
from visadesk.letters.templates import templates
from visadesk.pdf import fonts
from visadesk.pdf.layout import PAGE_H, PAGE_W, neutral_metadata, numbered_canvas
from visadesk.pdf.letter_pages import GREY, RED, Cell, Page, centred_title
from visadesk.pdf.packet_parts import packet_words

LANGS = ("en", "ru", "uk", "fr", "de")


def _canvas(buf: io.BytesIO, label: str) -> Canvas:
    fonts.register()
    cls = numbered_canvas(lambda n, t: f"{label} · {n} / {t}")
    c = cls(buf, initialFontName=fonts.REGULAR, initialFontSize=10)
    neutral_metadata(c, "VisaDesk document")
    return c


def _p(key: str, lang: str, **values: object) -> str:
    return templates().phrase(key, lang, **values)  # type: ignore[arg-type]  # sex is a str


def _render(label: str, draw: Callable[[Canvas], None]) -> bytes:
    """A PDF of its own (the CLI's ``visadesk letter``, the Letters tab's preview)."""
    buf = io.BytesIO()
    c = _canvas(buf, label)
    draw(c)
    c.save()
    return buf.getvalue()


def label_letter(letter: Letter) -> str:
    return str(_p("letter_title", letter.lang))


def render_letter(letter: Letter) -> bytes:
    return _render(label_letter(letter), lambda c: draw_letter(c, letter))


def draw_letter(c: Canvas, letter: Letter) -> None:
    """The cover letter, then its annex (the user's words beside their translation)."""
    lang = letter.lang
    w = Page(c)
    if letter.missing:
        w.boxed(_p("draft_banner", lang, count=letter.missing), (1, 0.9, 0.85))
    w.text(letter.sender[0], fonts.BOLD, 10.5)
    for line in letter.sender[1:]:
        w.text(line, size=9.5)
    w.gap(10)
    w.text(letter.recipient, fonts.BOLD, 10, indent=90 * mm)
    w.gap(8)
    w.text(letter.place_date, align="right")
    w.gap(10)
    w.text(letter.subject, fonts.BOLD, 10.5)
    w.gap(6)
    for block in letter.blocks:
        if block.kind == "heading":
            w.gap(5)
            w.text(block.text, fonts.BOLD, 10.5)
            w.gap(1)
            continue
        if block.kind == "note":
            w.boxed(block.text, (0.94, 0.95, 0.98), size=8.8)
            continue
        if block.kind in ("fact", "item"):
            w.text(block.text, fonts.BOLD if block.kind == "fact" else fonts.REGULAR, 10)
        elif block.text:
            w.text(block.text)
        if block.passage is not None:
            indent = 6 * mm if block.kind in ("fact", "item") else 0
            if block.passage.translation:
                w.text(block.passage.translation, indent=indent)
            else:
                w.text(letter.marker(block.passage), fonts.BOLD, 10, indent=indent, color=RED)
        w.gap(3)
    w.gap(14)
    w.text(letter.signer)
    c.showPage()
    if letter.passages:
        _annex(c, letter)


def _annex(c: Canvas, letter: Letter) -> None:
    lang = letter.lang
    w = Page(c)
    w.text(_p("annex_title", lang), fonts.BOLD, 13)
    w.gap(3)
    w.text(_p("annex_intro", lang), size=9)
    w.gap(4)
    original_lang = letter.passages[0].original_lang
    header = [
        _p("col_number", lang),
        f"{_p('col_original', lang)} ({original_lang})",
        f"{_p('col_translation', lang)} ({lang})",
    ]
    rows = [
        [
            Cell(str(p.number)),
            Cell(p.original),
            Cell(p.translation or _p("not_translated", lang), marker=p.translation is None),
        ]
        for p in letter.passages
    ]
    w.table([8, 46, 46], header, rows, size=8.8)
    # a note for the applicant while the letter is a draft; never on the copy they hand in
    if letter.missing and original_lang in ("ru", "uk", "en", "fr", "de") and original_lang != lang:
        w.boxed(_p("annex_for_you", original_lang), (1, 0.97, 0.85), size=8.8)
    c.showPage()


def _draft_footer(lang: str) -> str:
    """A draft's footer: the banner's heading ("DRAFT FOR A SWORN TRANSLATOR"), whole."""
    return _p("banner", lang).split(":", 1)[0].strip()


def _doc_label(x: Exhibit, lang: str) -> str:
    return _p(f"doc_{x.evidence.document.value}", lang)


def _shows(x: Exhibit, lang: str) -> tuple[str, bool]:
    text = x.evidence.shows.in_lang(lang)
    return (text, False) if text else (_p("not_translated", lang), True)


def _translation_state(x: Exhibit, lang: str) -> str:
    if x.translation is not None:
        return _p("idx_tr_sworn", lang)
    if x.draft:
        return _p("idx_tr_draft", lang)
    return _p("idx_tr_none", lang)


def render_index(letter: Letter, name: str) -> bytes:
    return _render(_p("idx_title", letter.lang), lambda c: draw_index(c, letter, name))


def draw_index(c: Canvas, letter: Letter, name: str) -> None:
    """The evidence index: every exhibit numbered, with date, what it shows, translation."""
    lang = letter.lang
    w = Page(c)
    w.text(_p("idx_title", lang), fonts.BOLD, 14)
    w.text(_p("idx_of", lang, name=name), size=10)
    w.gap(6)
    header = [
        _p(k, lang)
        for k in ("idx_col_no", "idx_col_date", "idx_col_doc", "idx_col_shows", "idx_col_tr")
    ]
    rows = []
    for x in letter.exhibits:
        shows, missing = _shows(x, lang)
        scan = "" if x.attachment is not None else f" ({_p('idx_not_scanned', lang)})"
        rows.append(
            [
                Cell(_p("exhibit", lang, n=x.number), bold=True),
                Cell(fmt_date(x.evidence.date, lang)),
                Cell(_doc_label(x, lang) + scan),
                Cell(shows, marker=missing),
                Cell(_translation_state(x, lang)),
            ]
        )
    w.table([13, 13, 24, 30, 24], header, rows)  # "Übersetzungsentwurf" fits whole
    c.showPage()


def render_separator(x: Exhibit, lang: str) -> bytes:
    return _render(_p("exhibit", lang, n=x.number), lambda c: draw_separator(c, x, lang))


def draw_separator(c: Canvas, x: Exhibit, lang: str) -> None:
    y = centred_title(c, PAGE_H / 2 + 30 * mm, _p("exhibit", lang, n=x.number), 30)
    y = centred_title(c, y - 4 * mm, _doc_label(x, lang), 14)
    c.setFont(fonts.REGULAR, 11)
    c.drawCentredString(PAGE_W / 2, y - 4 * mm, fmt_date(x.evidence.date, lang))
    shows, missing = _shows(x, lang)
    w = Page(c)
    w.y = y - 12 * mm
    w.text(shows, size=11, color=RED if missing else None)
    if x.attachment is None:
        w.gap(6)
        w.text(_p("idx_not_scanned", lang), fonts.BOLD, 11, color=GREY)
    c.showPage()


def render_sponsor_sheet(sheet: SponsorSheet) -> bytes:
    return _render(sheet.title, lambda c: draw_sponsor_sheet(c, sheet))


def draw_sponsor_sheet(c: Canvas, sheet: SponsorSheet, user_lang: str | None = None) -> None:
    w = Page(c)
    if not sheet.for_consulate:  # the host's and applicant's own sheet, said at its top
        langs = dict.fromkeys([sheet.lang, *([user_lang] if user_lang in LANGS else [])])
        w.boxed("\n".join(_p("not_for_consulate", lg) for lg in langs), (1, 0.97, 0.85), size=9)
    w.text(sheet.title, fonts.BOLD, 14)
    w.gap(8)
    if sheet.rows:
        cells = [[Cell(k, bold=not v), Cell(v)] for k, v in sheet.rows]
        w.table([35, 65], [], cells, size=9)
    for i, para in enumerate(sheet.paragraphs):
        bold = sheet.kind == "obligation" and i == 0
        w.text(para, fonts.BOLD if bold else fonts.REGULAR, 10.5 if bold else 10)
        w.gap(5)
    if sheet.sign_line:
        w.gap(10)
        w.text(sheet.sign_line)
        w.gap(24)
        w.text("______________________________")
    if sheet.note:  # never on a signed page (SponsorSheet refuses it)
        w.gap(10)
        w.boxed(sheet.note, (1, 0.97, 0.85), size=8.5)
    c.showPage()


def render_draft(draft: Draft) -> bytes:
    return _render(_draft_footer(draft.lang), lambda c: draw_draft(c, draft))


def draw_draft(c: Canvas, draft: Draft) -> None:
    lang = draft.lang
    w = Page(c)
    w.boxed(f"{_p('banner', lang)}\n{_p('banner', 'ru')}", (1, 0.9, 0.85), size=9)
    w.text(draft.title, fonts.BOLD, 13)
    w.text(draft.title_ru, size=10)
    w.gap(4)
    w.text(f"{_p('translit_note', lang)} / {_p('translit_note', 'ru')}", size=8, color=GREY)
    w.gap(4)
    header = [
        _p("col_field_ru", lang),
        _p("col_field", lang),
        _p("col_value_ru", lang),
        _p("col_value", lang),
    ]
    rows = []
    for row in draft.rows:
        original, target, marker = shown(row.cell, lang)
        rows.append(
            [
                Cell(row.label_ru),
                Cell(row.label, bold=True),
                Cell(original, marker=marker and not row.cell.original),
                Cell(target, marker=marker),
            ]
        )
    w.table([22, 22, 28, 28], header, rows, size=8.5)
    c.showPage()


@dataclass(frozen=True)
class LetterPart:
    """One part of an applicant's letter in the packet: pages drawn on the packet's own canvas
    (``draw``; ``label`` heads its footer), or an exhibit's scan or translation
    (``attachment``) that the packet places like any other scan. ``own``: the applicant's and
    host's own sheet (the host's notes, the sponsor's to-do list), which the packet keeps with
    the applicant's checklist, ahead of (and apart from) the consulate's parts."""

    title: str
    draw: Callable[[Canvas], None] | None = None
    label: str = ""
    attachment: Attachment | None = None
    own: bool = False

    def render(self) -> bytes:
        """This part as a PDF of its own (drawn parts only)."""
        if self.draw is None:
            raise ValueError("an attachment part has no pages of its own")
        return _render(self.label, self.draw)


def letter_parts(
    case: Case,
    person_id: str,
    on_date: date,
    lang: str | None = None,
    form_ids: list[str] | None = None,
    user_lang: str | None = None,
) -> list[LetterPart]:
    """What one applicant's letter adds to the packet, in order: the cover letter, the sponsor's
    side, the evidence index, then each exhibit behind its separator (the scan, then a sworn
    translation or a translation draft). Empty when the person has no letter. Nothing is drawn
    until a part's ``draw`` is called. ``user_lang``: the applicant's language, beside the
    letter's on the sheets that are the applicant's and host's own."""
    try:
        letter = compose_letter(case, person_id, on_date=on_date, lang=lang, form_ids=form_ids)
    except NoLetter:
        return []
    person = case.person(person_id)
    lang = letter.lang
    name = f"{person.full_name_latin}"
    parts = [
        LetterPart(
            f"{_p('letter_title', lang)} ({lang})",
            lambda c: draw_letter(c, letter),
            label_letter(letter),
        )
    ]
    for sheet in sponsor_sheets(case, person, letter.country, lang, on_date, ""):
        parts.append(
            LetterPart(
                sheet.title,
                partial(draw_sponsor_sheet, sheet=sheet, user_lang=user_lang),
                sheet.title,
                own=not sheet.for_consulate,
            )
        )
    if letter.exhibits:
        idx = _p("idx_title", lang)
        parts.append(LetterPart(idx, lambda c: draw_index(c, letter, name), idx))
    people = {p.id: p for p in case.people()}
    for x in letter.exhibits:
        number = _p("exhibit", lang, n=x.number)
        label = f"{number}: {_doc_label(x, lang)}"
        parts.append(LetterPart(label, partial(draw_separator, x=x, lang=lang), number))
        if x.attachment is not None:
            scan = packet_words("scan", (lang,))
            parts.append(LetterPart(f"{label} ({scan})", attachment=x.attachment))
        if x.translation is not None:
            parts.append(
                LetterPart(f"{label} ({_p('col_translation', lang)})", attachment=x.translation)
            )
        elif x.evidence.document in DRAFTABLE:
            owner = people.get(x.evidence.person_id or person_id, person)
            draft = build_draft(x.evidence.document, owner, lang, people)
            banner = _draft_footer(lang)
            parts.append(LetterPart(draft.title, partial(draw_draft, draft=draft), banner))
    return parts
