"""Render one form, or a whole application packet: cover with contents, per applicant a
separator, the applicant's own pages (the checklist, and the host's notes or the sponsor's
to-do list: not the consulate's), then the consulate's parts: each form or sheet, the letter
and its exhibits, the attached scans (images placed on pages, PDFs merged page by page), with
bookmarks. Same case and date → the same bytes.

A packet without PDF scans is drawn on one canvas (assembly.py) and never touches pypdf; with a
PDF scan, each part is rendered apart and pypdf (imported only then) merges them. The parts
themselves (cover, separators, scans, their headings) are drawn by packet_parts.py."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas

from visadesk.case.model import AttachmentKind, Case, Person
from visadesk.errors import VisaDeskError, keyed
from visadesk.forms.engine import fill
from visadesk.forms.registry import get_registry
from visadesk.forms.result import FilledForm
from visadesk.pdf import fonts
from visadesk.pdf.assembly import Footer, SectionCanvas
from visadesk.pdf.layout import neutral_metadata, numbered_canvas
from visadesk.pdf.official import draw_official
from visadesk.pdf.packet_parts import (
    OpenAttachment,
    Part,
    attachment_part,
    destination_names,
    destination_of,
    draw_cover_page,
    draw_separator,
    packet_words,
)

if TYPE_CHECKING:
    from visadesk.pdf.letters import LetterPart

from visadesk.pdf.sheets import (
    draw_applicant_checklist,
    draw_checklist_form,
    draw_prep_sheet,
)
from visadesk.scans.images import check_image

Progress = Callable[[int, int, str], None]
NEUTRAL_TITLE = "VisaDesk document"


def _canvas(buf: BinaryIO, footer: Callable[[int, int], str]) -> Canvas:
    fonts.register()
    cls = numbered_canvas(footer)
    c = cls(buf, initialFontName=fonts.REGULAR, initialFontSize=9)
    neutral_metadata(c, NEUTRAL_TITLE)
    return c


def _photo(case: Case, person: Person, open_attachment: OpenAttachment | None) -> bytes | None:
    if open_attachment is None:
        return None
    for att in case.attachments_for(person.id):
        if att.kind == AttachmentKind.PHOTO and att.media_type in ("image/jpeg", "image/png"):
            with open_attachment(att) as fh:
                data = fh.read()
            check_image(data, att.media_type, att.filename)  # before any decoder sees it
            return data
    return None


def draw_filled(
    c: Canvas,
    case: Case,
    filled: FilledForm,
    on_date: date,
    open_attachment: OpenAttachment | None,
    lang: str,
) -> None:
    person = case.person(filled.person_id)
    name = f"{person.full_name_latin}" + (f" ({person.full_name})" if person.full_name else "")
    kind = filled.definition.kind
    if kind == "official_form":
        draw_official(
            c, filled, on_date, _photo(case, person, open_attachment), person.full_name_latin
        )
    elif kind == "prep_sheet":
        draw_prep_sheet(c, filled, name, lang)
    else:
        draw_checklist_form(c, filled, name, lang)


def render_form(
    case: Case,
    person_id: str,
    form_id: str,
    *,
    on_date: date | None = None,
    open_attachment: OpenAttachment | None = None,
    lang: str = "en",
) -> bytes:
    """One filled form as a PDF (the `visadesk fill` command)."""
    on_date = on_date or date.today()
    form = get_registry().get(form_id)
    app = next((a for a in case.applications_for(person_id) if a.form_id == form_id), None)
    filled = fill(case, person_id, form, application=app, today=on_date, lang=lang)
    buf = io.BytesIO()
    footer = _footer(form.id, on_date)
    c = _canvas(buf, footer)
    draw_filled(c, case, filled, on_date, open_attachment, lang)
    c.save()
    return buf.getvalue()


def _footer(form_id: str, on_date: date) -> Callable[[int, int], str]:
    return lambda n, total: (
        # in no language: it is on the consulate's copy, whatever the form's languages
        f"{form_id} · VisaDesk · {on_date.isoformat()} · {n} / {total}"
    )


def build_packet(
    case: Case,
    out: BinaryIO,
    *,
    person_ids: list[str] | None = None,
    form_ids: list[str] | None = None,
    on_date: date | None = None,
    open_attachment: OpenAttachment | None = None,
    progress: Progress | None = None,
    lang: str = "en",
) -> int:
    """Write the whole packet to ``out``; returns the number of pages."""
    on_date = on_date or date.today()
    registry = get_registry()
    for fid in form_ids or []:
        registry.get(fid)  # unknown form → a clear error before any work
    people = _chosen_people(case, person_ids)
    steps = sum(
        len([a for a in case.applications_for(p.id) if not form_ids or a.form_id in form_ids])
        for p in people
    )
    steps += sum(len(case.attachments_for(p.id)) for p in people) + len(people) + 1
    done = 0

    def tick(label: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, steps, label)

    # letters are drawn on the packet's canvas like forms; their exhibits' scans are placed like
    # any scan, so only a PDF scan (of a person or an exhibit) makes the packet merge with pypdf
    letters = {p.id: _letter_parts(case, p.id, on_date, form_ids, lang) for p in people}
    merge = open_attachment is not None and _has_pdf_scan(case, people, letters)
    canvas = None if merge else _packet_canvas(out)
    parts: list[Part] = []

    def add(part: Part) -> None:
        """Draw the part now: on the packet's canvas, or (merging) into a PDF of its own."""
        parts.append(part)
        if part.draw is None:
            return
        if canvas is not None:
            section = canvas.begin(part.footer, part.title, part.level)
            _draw_part(part, canvas)
            part.pages = section.pages
        else:
            buf = io.BytesIO()
            c = _canvas(buf, part.footer)
            _draw_part(part, c)
            part.pages = len(c._saved)
            c.save()
            part.pdf = buf.getvalue()

    destinations: list[str] = []
    consulate_langs: list[str] = []
    for person in people:
        apps = [
            a for a in case.applications_for(person.id) if not form_ids or a.form_id in form_ids
        ]
        filled = [
            fill(case, person.id, registry.get(a.form_id), application=a, today=on_date, lang=lang)
            for a in apps
        ]
        destinations += [destination_of(f) for f in filled]
        # the consulate's languages (its forms' print languages, its own first), then the user's
        own = [lg for f in filled for lg in f.print_languages if lg != "en"]
        person_langs = tuple(dict.fromkeys([*own, "en", lang]))
        consulate_langs += own
        name = f"{person.full_name_latin} ({person.full_name})"
        add(
            Part(
                name,
                0,
                lambda n, t: f"VisaDesk · {on_date.isoformat()}",
                draw=lambda c, name=name, pl=person_langs: draw_separator(
                    c, name, packet_words("applicant", pl)
                ),
            )
        )
        add(
            Part(
                packet_words("checklist", person_langs),
                1,
                lambda n, t: f"VisaDesk · {on_date.isoformat()} · {n} / {t}",
                draw=lambda c, name=name, filled=filled: draw_applicant_checklist(
                    c, name, filled, lang, on_date
                ),
            )
        )
        tick(f"checklist {len(parts)}")
        # the applicant's and host's own sheets stay with the applicant's checklist, ahead of
        # the consulate's parts (forms, letter, exhibits, scans), never bound among them: the
        # host's notes and the sponsor's to-do list, then the applicant's own sheets (a VIDEX
        # preparation sheet, a border checklist), then the official forms
        for part in _letter_group(letters[person.id], True, open_attachment, on_date)[0]:
            add(part)
        for f in sorted(filled, key=lambda f: f.definition.kind == "official_form"):
            add(
                Part(
                    _form_title(f, lang),
                    1,
                    _footer(f.definition.id, on_date),
                    draw=lambda c, f=f: draw_filled(c, case, f, on_date, open_attachment, lang),
                )
            )
            tick(f.definition.id)
        letter_group, placed = _letter_group(letters[person.id], False, open_attachment, on_date)
        for part in letter_group:
            add(part)
        if open_attachment is not None:
            for att in case.attachments_for(person.id):
                if att.id in placed:
                    continue  # already in the letter's exhibits, in their order
                add(attachment_part(att, open_attachment, on_date, person_langs))
                tick("scan")
    # page numbers: the cover comes first; drawn once to learn its length, and again if it grew
    cover_footer: Footer = lambda n, t: f"VisaDesk · {on_date.isoformat()} · {n} / {t}"  # noqa: E731

    langs = tuple(dict.fromkeys([*consulate_langs, "en", lang]))
    cover_title = "Cover and contents"  # a bookmark, not printed (tests/test_pdf.py pins it)

    def draw_cover(c: Canvas, cover_pages: int) -> None:
        dest = destination_names(destinations, langs[0])
        draw_cover_page(c, case, dest, people, _contents(parts, cover_pages), on_date, langs)

    if canvas is not None:
        section = canvas.begin(cover_footer, cover_title, 0)
        draw_cover(canvas, 1)
        if section.pages != 1:
            grown = section.pages
            canvas.drop(section)
            section = canvas.begin(cover_footer, cover_title, 0)
            draw_cover(canvas, grown)
        canvas.place_first(section)
        tick("assembling")
        canvas.save()
        return canvas.page_count
    return _merge(out, parts, cover_footer, draw_cover, tick, cover_title)


def _packet_canvas(out: BinaryIO) -> SectionCanvas:
    fonts.register()
    c = SectionCanvas(out, initialFontName=fonts.REGULAR, initialFontSize=9)
    neutral_metadata(c, NEUTRAL_TITLE)
    c.setProducer("VisaDesk")
    return c


def _draw_part(part: Part, c: Canvas) -> None:
    assert part.draw is not None
    try:
        part.draw(c)
    except VisaDeskError:
        raise
    except Exception as exc:
        if part.attachment is None:
            raise
        raise keyed(
            "pdf.unreadable_image",
            field="attachments",
            name=repr(part.attachment.filename),
            reason=type(exc).__name__,
        ) from None
    if c._code:  # a part that left its last page open
        c.showPage()


def _form_title(filled: FilledForm, lang: str) -> str:
    """A form's title in the packet's contents: the consulate's language(s) first, English after
    (never English alone when the form speaks another); a preparation sheet or a border
    checklist, the applicant's own, in the user's language."""
    form = filled.definition
    if form.kind != "official_form":
        return form.title.get(lang)
    langs = [*(lg for lg in filled.print_languages if lg != "en"), "en"]
    titles = [t for t in (form.print_title.get(lg) for lg in langs) if t]
    return " / ".join(dict.fromkeys(titles)) or form.title.en


def _chosen_people(case: Case, person_ids: list[str] | None) -> list[Person]:
    """The applicants in the packet (all, or those asked for: an unknown id is an error)."""
    known = {p.id for p in case.people()}
    for pid in person_ids or ():
        if pid not in known:
            raise keyed("case.no_person_id", field="--person", id=repr(pid))
    return [p for p in case.applicants if person_ids is None or p.id in person_ids]


def _has_pdf_scan(case: Case, people: list[Person], letters: dict[str, list[LetterPart]]) -> bool:
    return any(
        att.media_type == "application/pdf"
        for p in people
        for att in [
            *case.attachments_for(p.id),
            *(lp.attachment for lp in letters[p.id] if lp.attachment is not None),
        ]
    )


def _from_letter(
    lp: LetterPart, open_attachment: OpenAttachment | None, on_date: date
) -> Part | None:
    """A letter's part on the packet's canvas; an exhibit's scan placed like any scan (none
    without a way to read scans)."""
    if lp.draw is not None:
        label = lp.label
        return Part(lp.title, 1, lambda n, t: f"{label} · {n} / {t}", draw=lp.draw)
    if open_attachment is None or lp.attachment is None:
        return None
    part = attachment_part(lp.attachment, open_attachment, on_date)
    part.title = lp.title
    return part


def _letter_group(
    lps: list[LetterPart], own: bool, open_attachment: OpenAttachment | None, on_date: date
) -> tuple[list[Part], set[str]]:
    """The letter's parts that are the applicant's own (``own``), or the consulate's; and the
    attachments they place (not placed again among the person's scans)."""
    parts: list[Part] = []
    placed: set[str] = set()
    for lp in lps:
        if lp.own != own:
            continue
        part = _from_letter(lp, open_attachment, on_date)
        if part is not None:
            parts.append(part)
        if lp.attachment is not None:
            placed.add(lp.attachment.id)
    return parts, placed


def _letter_parts(
    case: Case, person_id: str, on_date: date, form_ids: list[str] | None, user_lang: str
) -> list[LetterPart]:
    """The applicant's letter, sponsor's side, evidence index and exhibits (visadesk.pdf.letters)."""
    from visadesk.pdf.letters import letter_parts

    return letter_parts(case, person_id, on_date, form_ids=form_ids, user_lang=user_lang)


def _contents(parts: list[Part], cover_pages: int) -> list[tuple[str, int, int]]:
    page = cover_pages + 1
    out = []
    for part in parts:
        out.append((part.title, part.level, page))
        page += part.pages
    return out


def _merge(
    out: BinaryIO,
    parts: list[Part],
    cover_footer: Footer,
    draw_cover: Callable[[Canvas, int], None],
    tick: Callable[[str], None],
    cover_title: str,
) -> int:
    """A packet with PDF scans: every part is a PDF of its own; pypdf joins them. pypdf's
    readers are cyclic: if the command paused the cyclic collector (visadesk.cli.main), it runs
    again here, so that merging many large scans does not keep every reader until the end."""
    import gc

    paused = not gc.isenabled()
    gc.enable()
    try:
        return _merge_parts(out, parts, cover_footer, draw_cover, tick, cover_title)
    finally:
        if paused:
            gc.disable()


def _merge_parts(
    out: BinaryIO,
    parts: list[Part],
    cover_footer: Footer,
    draw_cover: Callable[[Canvas, int], None],
    tick: Callable[[str], None],
    cover_title: str,
) -> int:
    from pypdf import PdfReader, PdfWriter

    for part in parts:
        if part.draw is None and part.pdf is not None:
            part.pages = len(PdfReader(io.BytesIO(part.pdf)).pages)

    def cover(cover_pages: int) -> tuple[bytes, int]:
        buf = io.BytesIO()
        c = _canvas(buf, cover_footer)
        draw_cover(c, cover_pages)
        pages = len(c._saved)
        c.save()
        return buf.getvalue(), pages

    data, cover_pages = cover(1)
    if cover_pages != 1:
        data, _ = cover(cover_pages)
    writer = PdfWriter()
    writer.add_metadata({"/Title": NEUTRAL_TITLE, "/Producer": "VisaDesk", "/Creator": "VisaDesk"})

    def append(pdf: bytes, title: str, parent: Any) -> Any:
        start = len(writer.pages)
        for page in PdfReader(io.BytesIO(pdf)).pages:
            writer.add_page(page)
        return writer.add_outline_item(title=title, page_number=start, parent=parent)

    append(data, cover_title, None)
    parent = None
    for part in parts:
        assert part.pdf is not None
        if part.level == 0:
            parent = append(part.pdf, part.title, None)
        else:
            append(part.pdf, part.title, parent)
    tick("assembling")
    writer.write(out)
    return len(writer.pages)
