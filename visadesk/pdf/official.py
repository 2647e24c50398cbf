"""Official forms (Schengen, Cerfa 14571) drawn like the paper form: numbered boxes in the
official order and grid, labels in the print language(s), tick boxes, a 35×45 mm photo box, the
official-use column, declarations, place/date and one signature line per signer, annexes."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from visadesk.forms.result import FieldResult, FilledForm
from visadesk.forms.types import kind_of, print_choices
from visadesk.pdf import fonts
from visadesk.pdf.layout import MARGIN, PAGE_H, PAGE_W, fit, tick_box, wrap

LABEL_SIZE = 6.2
LINE = 1.15
PAD = 1.4 * mm
WIDTHS = {"full": 1.0, "half": 0.5, "third": 1 / 3, "quarter": 0.25}
PHOTO_W, PHOTO_H = 35 * mm, 45 * mm
COLUMN_W = 44 * mm
BOTTOM = 14 * mm
GROW_SIZE = 7.5  # a box grows while its value would print smaller than this …
GROW_LINES = 4  # … by at most this many lines
GUARDIAN = {
    "en": "parental authority / legal guardian",
    "fr": "autorité parentale / tuteur légal",
    "de": "Inhaber der elterlichen Sorge / Vormund",
}


# An annex for a value too long for its box, in the form's languages (never French on a form
# printed for a German consulate).
ANNEX_WORDS = {
    "see": {"en": "See annex — field {n}", "fr": "Voir l'annexe — case {n}",
            "de": "Siehe Anlage — Feld {n}"},
    "title": {"en": "Annex — field {n}", "fr": "Annexe — case {n}", "de": "Anlage — Feld {n}"},
    "photo": {"en": "Photo 35 × 45 mm", "fr": "Photo 35 × 45 mm", "de": "Lichtbild 35 × 45 mm",
              "es": "Fotografía 35 × 45 mm", "it": "Fotografia 35 × 45 mm"},
}  # fmt: skip


def annex_words(key: str, number: str, langs: tuple[str, ...]) -> str:
    words = ANNEX_WORDS[key]
    return " / ".join(dict.fromkeys(words.get(lg, words["en"]) for lg in langs)).format(n=number)


def print_label(res: FieldResult, langs: tuple[str, ...]) -> str:
    f = res.field
    texts = [t for t in (f.print_label.get(lg) for lg in langs) if t] or [f.label.en]
    label = " / ".join(dict.fromkeys(texts))
    if f.number:
        label = f"{'*' if f.starred else ''}{f.number}. {label}"
    return label


@dataclass
class Annex:
    number: str
    label: str
    text: str


@dataclass
class Ctx:
    c: Canvas
    filled: FilledForm
    langs: tuple[str, ...]
    photo: bytes | None
    person_name: str = ""
    page: int = 1
    y: float = 0.0
    annexes: list[Annex] = field(default_factory=list)

    def frame(self) -> tuple[float, float]:
        """Left x and width of the box grid on the current page."""
        has_column = bool(self.filled.definition.official_use) and self.page == 1
        right = PAGE_W - MARGIN - (COLUMN_W + 3 * mm if has_column else 0)
        return MARGIN, right - MARGIN

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1
        self.y = PAGE_H - MARGIN


def _choice_layout(
    res: FieldResult, langs: tuple[str, ...], width: float
) -> list[list[tuple[str, bool]]]:
    """The field's tick boxes (forms/types.py decides which and how they read), in rows."""
    rows: list[list[tuple[str, bool]]] = [[]]
    used = 0.0
    for label, ticked in print_choices(res.field, res.value, langs):
        w = 4 * mm + fonts.width(label, fonts.CONDENSED, 7) + 3 * mm
        if used + w > width and rows[-1]:
            rows.append([])
            used = 0.0
        rows[-1].append((label, ticked))
        used += w
    return rows


def _box_height(res: FieldResult, ctx: Ctx, width: float) -> float:
    inner = width - 2 * PAD
    label_lines = wrap(print_label(res, ctx.langs), fonts.CONDENSED, LABEL_SIZE, inner)
    head = len(label_lines) * LABEL_SIZE * LINE + PAD
    if kind_of(res.field).ticks:
        body = len(_choice_layout(res, ctx.langs, inner)) * 4.2 * mm
        if res.field.type == "choice" and res.value and not res.field.choice(str(res.value)):
            body += 4 * mm
    else:
        body = max(res.field.rows, 1) * 9.5 * LINE + 1.5 * mm
        if res.text:
            # a long value (two guardians with their addresses) makes its box taller, up to
            # GROW_LINES more lines, rather than running past it; beyond that → an annex
            lines = len(wrap(res.text, fonts.REGULAR, GROW_SIZE, inner))
            needed = lines * GROW_SIZE * LINE + 1.5 * mm
            cap = body + GROW_LINES * GROW_SIZE * LINE
            body = max(body, min(needed, cap))
    return head + body + PAD


def text_room(label_bottom: float, box_bottom: float) -> float:
    """Height for a box's value: from just under its label to the box's padding at the bottom
    (the first baseline sits 1 mm under the label; descenders stay inside the box)."""
    return label_bottom + LABEL_SIZE - 1.0 * mm - (box_bottom + PAD) - 1.0


def _draw_box(
    res: FieldResult, ctx: Ctx, x: float, top: float, width: float, height: float
) -> None:
    c = ctx.c
    c.setLineWidth(0.6)
    c.rect(x, top - height, width, height, stroke=1, fill=0)
    inner = width - 2 * PAD
    y = top - PAD - LABEL_SIZE
    c.setFont(fonts.CONDENSED, LABEL_SIZE)
    c.setFillGray(0.25)
    for line in wrap(print_label(res, ctx.langs), fonts.CONDENSED, LABEL_SIZE, inner):
        c.drawString(x + PAD, y, line)
        y -= LABEL_SIZE * LINE
    c.setFillGray(0)
    f = res.field
    if kind_of(f).ticks:
        rows = _choice_layout(res, ctx.langs, inner)
        y -= 1.2 * mm
        for row in rows:
            cx = x + PAD
            for label, checked in row:
                tick_box(c, cx, y - 0.4 * mm, checked)
                # a label longer than the box is drawn smaller, never past the box's edge
                room = x + width - PAD - (cx + 3.6 * mm)
                natural = fonts.width(label, fonts.CONDENSED, 7)
                c.setFont(fonts.CONDENSED, 7 if natural <= room else max(4.5, 7 * room / natural))
                c.drawString(cx + 3.6 * mm, y, label)
                cx += 4 * mm + fonts.width(label, fonts.CONDENSED, 7) + 3 * mm
            y -= 4.2 * mm
        return
    if not res.text:
        return
    fitted = fit(res.text, fonts.REGULAR, inner, text_room(y, top - height))
    text_lines = fitted.lines
    size = fitted.size
    if fitted.overflow:
        number = f.number or f.part_of or f.id
        ctx.annexes.append(Annex(number, print_label(res, ctx.langs), res.text))
        text_lines = wrap("→ " + annex_words("see", number, ctx.langs), fonts.REGULAR, 7.5, inner)
        size = 7.5
    c.setFont(fonts.REGULAR, size)
    y -= 1.0 * mm + (size - LABEL_SIZE)
    for line in text_lines:
        c.drawString(x + PAD, y, line)
        y -= size * LINE


def _title_block(ctx: Ctx) -> None:
    c, form = ctx.c, ctx.filled.definition
    titles = [t for t in (form.print_title.get(lg) for lg in ctx.langs) if t] or [form.title.en]
    x0, w = MARGIN, PAGE_W - 2 * MARGIN - PHOTO_W - 4 * mm
    y = PAGE_H - MARGIN - 5 * mm
    c.setFont(fonts.BOLD, 13)
    for line in wrap(titles[0], fonts.BOLD, 13, w):
        c.drawString(x0, y, line)
        y -= 15
    c.setFont(fonts.REGULAR, 9.5)
    for t in titles[1:]:
        for line in wrap(t, fonts.REGULAR, 9.5, w):
            c.drawString(x0, y, line)
            y -= 11.5
    c.setFont(fonts.ITALIC, 7)
    for line in wrap(f"{form.edition} — {form.legal_basis}", fonts.ITALIC, 7, w):
        c.drawString(x0, y, line)
        y -= 8.5
    # The form's own header notes (free of charge, starred fields, fields 1–3), in its languages.
    # Working notes ("reconstructed", "sign here") never go on the consulate's copy: they are on
    # the applicant's sheet (sheets.draw_applicant_checklist).
    c.setFont(fonts.CONDENSED, 7)
    for note in form.header_notes:
        for lg in ctx.langs:
            text = note.get(lg)
            for line in wrap(text or "", fonts.CONDENSED, 7, w):
                c.drawString(x0, y, line)
                y -= 8
    # photo box, top right
    px, py = PAGE_W - MARGIN - PHOTO_W, PAGE_H - MARGIN - PHOTO_H
    c.setLineWidth(0.8)
    c.rect(px, py, PHOTO_W, PHOTO_H)
    if ctx.photo:
        img = ImageReader(io.BytesIO(ctx.photo))
        iw, ih = img.getSize()
        scale = min(PHOTO_W / iw, PHOTO_H / ih)
        dw, dh = iw * scale, ih * scale
        c.drawImage(img, px + (PHOTO_W - dw) / 2, py + (PHOTO_H - dh) / 2, dw, dh)
    else:
        c.setFont(fonts.CONDENSED, 7)  # in the form's languages, one line each
        words = ANNEX_WORDS["photo"]
        lines = list(dict.fromkeys(words.get(lg, words["en"]) for lg in ctx.langs))
        top = py + PHOTO_H / 2 + (len(lines) - 1) * 4.5
        for i, line in enumerate(lines):
            c.drawCentredString(px + PHOTO_W / 2, top - i * 9, line)
    ctx.y = min(y - 2 * mm, py - 3 * mm)


def _official_column(ctx: Ctx) -> None:
    items = ctx.filled.definition.official_use
    if not items:
        return
    c = ctx.c
    x = PAGE_W - MARGIN - COLUMN_W
    top = ctx.y
    bottom = BOTTOM + 2 * mm
    c.setLineWidth(0.8)
    c.rect(x, bottom, COLUMN_W, top - bottom)
    y = top - 4 * mm
    c.setFont(fonts.CONDENSED_BOLD, 7)
    header = {
        "en": "For official use only",
        "fr": "Partie réservée à l'administration",
        "de": "Nur für amtliche Vermerke",
    }
    for lg in ctx.langs:
        for line in wrap(header.get(lg, header["en"]), fonts.CONDENSED_BOLD, 7, COLUMN_W - 2 * PAD):
            c.drawString(x + PAD, y, line)
            y -= 8.5
    c.setFont(fonts.CONDENSED, 6.2)
    for item in items:
        y -= 2 * mm
        texts = [item.get(lg) for lg in ctx.langs]
        for line in wrap(
            " / ".join(t for t in texts if t), fonts.CONDENSED, 6.2, COLUMN_W - 2 * PAD
        ):
            c.drawString(x + PAD, y, line)
            y -= 7.2
        y -= 5 * mm  # room to write
        c.line(x + PAD, y + 3 * mm, x + COLUMN_W - PAD, y + 3 * mm)


def _grid(ctx: Ctx) -> None:
    rows: list[list[FieldResult]] = [[]]
    used = 0.0
    for section in ctx.filled.sections:
        for res in section.fields:
            # Every box of the official form is printed, applicable or not (an empty box is
            # what the consulate expects); only the place of signature goes to the signature line.
            if res.field.id == "place_of_signature" or not res.field.printed:
                continue
            w = WIDTHS[res.field.width]
            if used + w > 1.001:
                rows.append([])
                used = 0.0
            rows[-1].append(res)
            used += w
    for row in rows:
        if not row:
            continue
        x0, frame_w = ctx.frame()
        widths = [WIDTHS[r.field.width] * frame_w for r in row]
        scale = frame_w / sum(widths) if sum(widths) < frame_w * 0.99 and len(row) > 1 else 1
        widths = [w * scale for w in widths] if scale > 1 else widths
        height = max(_box_height(r, ctx, w) for r, w in zip(row, widths, strict=True))
        if ctx.y - height < BOTTOM:
            ctx.new_page()
            x0, frame_w = ctx.frame()
            widths = [WIDTHS[r.field.width] * frame_w * (scale if scale > 1 else 1) for r in row]
        x = x0
        for res, w in zip(row, widths, strict=True):
            _draw_box(res, ctx, x, ctx.y, w, height)
            x += w
        ctx.y -= height


def _declarations(ctx: Ctx, on_date: date) -> None:
    c, form = ctx.c, ctx.filled.definition
    width = PAGE_W - 2 * MARGIN
    ctx.y -= 2 * mm  # the declarations start clear of the last box, not against its edge
    for decl in form.declarations:
        for lg in ctx.langs:
            text = decl.get(lg)
            if not text:
                continue
            lines = wrap(text, fonts.REGULAR, 6.5, width)
            if ctx.y - len(lines) * 7.5 < BOTTOM:
                ctx.new_page()
            c.setFont(fonts.REGULAR, 6.5)
            for line in lines:
                ctx.y -= 7.5
                c.drawString(MARGIN, ctx.y, line)
        ctx.y -= 2 * mm
    signature_block(ctx.c, ctx, on_date)


def signature_block(c: Canvas, ctx: Ctx, on_date: date) -> None:
    """Place and date, then one signature line per signer, labelled in the form's languages."""
    signers = ctx.filled.signers or ("",)
    needed = 16 * mm + len(signers) * 16 * mm
    if ctx.y - needed < BOTTOM:
        ctx.new_page()
    place = ""
    try:
        place = ctx.filled.field("place_of_signature").text
    except KeyError:
        pass
    labels = {
        "en": ("Place and date", "Signature"),
        "fr": ("Lieu et date", "Signature"),
        "de": ("Ort und Datum", "Unterschrift"),
    }
    lp = " / ".join(dict.fromkeys(labels.get(lg, labels["en"])[0] for lg in ctx.langs))
    ls = " / ".join(dict.fromkeys(labels.get(lg, labels["en"])[1] for lg in ctx.langs))
    ctx.y -= 6 * mm
    c.setFont(fonts.CONDENSED, 7)
    c.drawString(MARGIN, ctx.y, lp)
    c.setFont(fonts.REGULAR, 9.5)
    c.drawString(
        MARGIN + 40 * mm, ctx.y, f"{place}, {on_date.strftime('%d-%m-%Y')}" if place else ""
    )
    c.line(MARGIN + 38 * mm, ctx.y - 1.5 * mm, MARGIN + 120 * mm, ctx.y - 1.5 * mm)
    minor = len(signers) > 1 or (ctx.filled.signers and ctx.filled.signers[0] != ctx.person_name)
    for name in signers:
        who = f"{ls} — {name}" if name else ls
        if minor:
            who += (
                " ("
                + " / ".join(dict.fromkeys(GUARDIAN.get(lg, GUARDIAN["en"]) for lg in ctx.langs))
                + ")"
            )
        # a long name with the guardian's wording wraps above its line, never past the margin
        lines = wrap(who, fonts.CONDENSED, 7, PAGE_W - 2 * MARGIN)
        extra = (len(lines) - 1) * 8
        if ctx.y - 14 * mm - extra < BOTTOM:
            ctx.new_page()
        ctx.y -= 14 * mm + extra
        c.setFont(fonts.CONDENSED, 7)
        for i, line in enumerate(lines):
            c.drawString(MARGIN, ctx.y + 8 * mm + extra - i * 8, line)
        c.line(MARGIN + 38 * mm, ctx.y, MARGIN + 120 * mm, ctx.y)


def _annex_pages(ctx: Ctx) -> None:
    for annex in ctx.annexes:
        ctx.new_page()
        c = ctx.c
        c.setFont(fonts.BOLD, 12)
        c.drawString(MARGIN, ctx.y - 4 * mm, annex_words("title", annex.number, ctx.langs))
        ctx.y -= 10 * mm
        c.setFont(fonts.CONDENSED, 7)
        for line in wrap(annex.label, fonts.CONDENSED, 7, PAGE_W - 2 * MARGIN):
            c.drawString(MARGIN, ctx.y, line)
            ctx.y -= 8.5
        ctx.y -= 3 * mm
        for line in wrap(annex.text, fonts.REGULAR, 9.5, PAGE_W - 2 * MARGIN):
            if ctx.y < BOTTOM:
                ctx.new_page()
            c.setFont(fonts.REGULAR, 9.5)
            c.drawString(MARGIN, ctx.y, line)
            ctx.y -= 9.5 * LINE


def draw_official(
    c: Canvas, filled: FilledForm, on_date: date, photo: bytes | None, person_name: str
) -> None:
    ctx = Ctx(c, filled, filled.print_languages, photo, person_name)
    _title_block(ctx)
    _official_column(ctx)
    _grid(ctx)
    _declarations(ctx, on_date)
    _annex_pages(ctx)
    c.showPage()


def read_photo(open_attachment: Callable[[Any], BinaryIO] | None, attachment: Any) -> bytes | None:
    if open_attachment is None or attachment is None:
        return None
    with open_attachment(attachment) as fh:
        return fh.read()
