"""The parts of an application packet and how each is drawn: the cover with its contents, the
separator before each applicant, a scan (an image placed on a page, a PDF checked and kept for
merging), and their headings in the consulate's language(s).

:mod:`visadesk.pdf.packet` puts them in order and writes the packet."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from visadesk.case.model import Attachment, Case, Person
from visadesk.errors import keyed
from visadesk.forms.result import FilledForm
from visadesk.pdf import fonts
from visadesk.pdf.assembly import Footer
from visadesk.pdf.layout import MARGIN, PAGE_H, PAGE_W, wrap
from visadesk.pdf.sheets import Writer
from visadesk.scans.images import HostileAttachment, check_image, check_kind, open_image

OpenAttachment = Callable[[Attachment], BinaryIO]


@dataclass
class Part:
    title: str
    level: int  # 0: applicant, 1: document
    footer: Footer
    draw: Callable[[Canvas], None] | None = None  # its pages, drawn on a canvas
    pdf: bytes | None = None  # or a PDF scan, merged page by page
    attachment: Attachment | None = None
    pages: int = 0


def _draw_image(c: Canvas, data: bytes, media_type: str, title: str) -> None:
    img = ImageReader(open_image(data, media_type, title))  # PNG or JPEG only, pixels capped
    iw, ih = img.getSize()
    box_w, box_h = PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN - 8 * mm
    scale = min(box_w / iw, box_h / ih)
    c.setFont(fonts.REGULAR, 8)
    c.drawString(MARGIN, PAGE_H - MARGIN, title)
    c.drawImage(
        img,
        MARGIN + (box_w - iw * scale) / 2,
        MARGIN + 4 * mm + (box_h - ih * scale) / 2,
        iw * scale,
        ih * scale,
    )
    c.showPage()


def draw_separator(c: Canvas, title: str, subtitle: str) -> None:
    c.setFont(fonts.BOLD, 22)
    y = PAGE_H / 2 + 20 * mm
    for line in wrap(title, fonts.BOLD, 22, PAGE_W - 2 * MARGIN):
        c.drawCentredString(PAGE_W / 2, y, line)
        y -= 26
    c.setFont(fonts.REGULAR, 12)
    c.drawCentredString(PAGE_W / 2, y - 6, subtitle)
    c.showPage()


PACKET_WORDS: dict[str, dict[str, str]] = {
    "packet": {"en": "Application packet", "fr": "Dossier de demande", "de": "Antragsunterlagen",
               "ru": "Комплект документов", "uk": "Комплект документів"},
    "destination": {"en": "Destination", "fr": "Destination", "de": "Zielland",
                    "ru": "Страна назначения", "uk": "Країна призначення"},
    "date": {"en": "Date", "fr": "Date", "de": "Datum", "ru": "Дата", "uk": "Дата"},
    "applicants": {"en": "Applicants", "fr": "Demandeurs", "de": "Antragsteller",
                   "ru": "Заявители", "uk": "Заявники"},
    "applicant": {"en": "Applicant", "fr": "Demandeur", "de": "Antragsteller",
                  "ru": "Заявитель", "uk": "Заявник"},
    "contents": {"en": "Contents", "fr": "Sommaire", "de": "Inhalt", "ru": "Содержание",
                 "uk": "Зміст"},
    "schengen": {"en": "Schengen area", "fr": "espace Schengen", "de": "Schengen-Raum",
                 "ru": "Шенгенская зона", "uk": "Шенгенська зона"},
    "born": {"en": "born", "fr": "né(e) le", "de": "geb.", "ru": "род.", "uk": "нар."},
    "passport": {"en": "passport", "fr": "passeport", "de": "Pass", "ru": "паспорт",
                 "uk": "паспорт"},
    "scan": {"en": "scan", "fr": "copie numérisée", "de": "Scan", "ru": "скан", "uk": "скан"},
    "checklist": {"en": "Checklist of supporting documents", "fr": "Liste des pièces justificatives",
                  "de": "Liste der Unterlagen", "ru": "Список документов", "uk": "Список документів"},
}  # fmt: skip


def packet_words(key: str, langs: tuple[str, ...] | list[str]) -> str:
    """A packet heading in the consulate's language(s), each once (the user's may follow)."""
    entry = PACKET_WORDS[key]
    return " / ".join(dict.fromkeys(entry.get(lg, entry["en"]) for lg in langs)) or entry["en"]


def destination_of(filled: FilledForm) -> str:
    """Where a filled form goes: its chosen destination (the Schengen form's member state), else
    the definition's country (an ISO code, or SCHENGEN)."""
    d = filled.definition
    if d.destination_field:
        value = filled.field(d.destination_field).value
        if isinstance(value, str) and value:
            return value
    return d.country


def destination_names(codes: list[str], lang: str) -> str:
    """The destinations as the cover's language names them ("Allemagne, France"), never codes."""
    from visadesk.case.countries import display_name

    names = [
        packet_words("schengen", (lang,)) if code == "SCHENGEN" else display_name(code, lang)
        for code in codes
    ]
    return ", ".join(dict.fromkeys(names)) or "—"


def draw_cover_page(
    c: Canvas,
    case: Case,
    destination: str,
    people: list[Person],
    contents: list[tuple[str, int, int]],
    on_date: date,
    langs: tuple[str, ...] = ("en",),
) -> None:
    w = Writer(c)
    w.text(packet_words("packet", langs), fonts.BOLD, 20)
    # what a consulate expects: the applicants as in their passports, never the case's own
    # (internal) title, which may be a volunteer's note
    w.text(", ".join(p.full_name_latin for p in people if p.full_name_latin) or "—", fonts.BOLD, 13)
    w.text(f"{packet_words('destination', langs)}: {destination}", fonts.REGULAR, 11)
    w.text(f"{packet_words('date', langs)}: {on_date.isoformat()}", fonts.REGULAR, 11)
    w.y -= 4 * mm
    w.text(packet_words("applicants", langs), fonts.BOLD, 12)
    born, passport_word = packet_words("born", langs), packet_words("passport", langs)
    for p in people:
        dob = p.date_of_birth.isoformat() if p.date_of_birth else "—"
        passport = p.passport.number if p.passport else "—"
        w.text(
            f"{p.full_name_latin}  ({p.full_name})  · {born} {dob} · {passport_word} {passport}",
            fonts.REGULAR,
            10,
        )
    w.y -= 4 * mm
    w.text(packet_words("contents", langs), fonts.BOLD, 12)
    for title, level, page in contents:
        w.need(12)
        w.y -= 12
        indent = MARGIN + level * 6 * mm
        c.setFont(fonts.BOLD if level == 0 else fonts.REGULAR, 10 if level == 0 else 9.5)
        c.drawString(indent, w.y, title[:110])
        c.drawRightString(PAGE_W - MARGIN, w.y, str(page))
    c.showPage()


DOCUMENT_WORDS: dict[str, dict[str, str]] = {
    "passport": {"en": "Passport", "fr": "Passeport", "de": "Reisepass", "ru": "Загранпаспорт",
                 "uk": "Закордонний паспорт"},
    "passport_scan": {"en": "Passport", "fr": "Passeport", "de": "Reisepass",
                      "ru": "Загранпаспорт", "uk": "Закордонний паспорт"},
    "old_passports": {"en": "Earlier passports", "fr": "Anciens passeports", "de": "Frühere Pässe",
                      "ru": "Прежние загранпаспорта", "uk": "Попередні закордонні паспорти"},
    "photo": {"en": "Photograph", "fr": "Photographie", "de": "Lichtbild", "ru": "Фотография",
              "uk": "Фотографія"},
    "insurance": {"en": "Travel medical insurance", "fr": "Assurance maladie en voyage",
                  "de": "Reisekrankenversicherung", "ru": "Медицинская страховка для поездки",
                  "uk": "Медичне страхування для подорожі"},
    "invitation": {"en": "Invitation / proof of accommodation", "fr": "Attestation d'accueil",
                   "de": "Einladung / Unterkunftsnachweis",
                   "ru": "Приглашение / подтверждение жилья",
                   "uk": "Запрошення / підтвердження житла"},
    "means": {"en": "Proof of means", "fr": "Justificatifs de ressources",
              "de": "Finanzierungsnachweis", "ru": "Подтверждение средств",
              "uk": "Підтвердження коштів"},
    "family_ties": {"en": "Civil-status documents (birth, marriage)",
                    "fr": "Actes d'état civil (naissance, mariage)",
                    "de": "Personenstandsurkunden (Geburt, Ehe)",
                    "ru": "Документы о гражданском состоянии (рождение, брак)",
                    "uk": "Документи про цивільний стан (народження, шлюб)"},
    "birth_certificate": {"en": "Birth certificate", "fr": "Acte de naissance",
                          "de": "Geburtsurkunde", "ru": "Свидетельство о рождении",
                          "uk": "Свідоцтво про народження"},
    "threat_evidence": {"en": "Evidence of danger", "fr": "Preuves de la menace",
                        "de": "Nachweise der Gefährdung", "ru": "Доказательства опасности",
                        "uk": "Докази небезпеки"},
    "document": {"en": "Document", "fr": "Document", "de": "Dokument", "ru": "Документ",
                 "uk": "Документ"},
}  # fmt: skip


def document_heading(att: Attachment, langs: tuple[str, ...]) -> str:
    """A scan's heading: what the document is, in the consulate's language(s) — never the
    user's file name."""
    entry = DOCUMENT_WORDS.get(att.checklist_item or "") or DOCUMENT_WORDS.get(
        att.kind.value, DOCUMENT_WORDS["document"]
    )
    return " / ".join(dict.fromkeys(entry.get(lg, entry["en"]) for lg in langs))


def attachment_part(
    att: Attachment,
    open_attachment: OpenAttachment,
    on_date: date,
    langs: tuple[str, ...] = ("en",),
) -> Part:
    title = document_heading(att, langs)
    with open_attachment(att) as fh:
        data = fh.read()
    check_kind(data[:32], att.media_type, att.filename)  # an EPS/TIFF/SVG "PNG" stops here
    if att.media_type == "application/pdf":
        from pypdf import PdfReader

        try:
            PdfReader(io.BytesIO(data))
        except Exception as exc:  # noqa: BLE001 - pypdf raises many types for a broken file
            raise keyed(
                "pdf.unreadable_pdf",
                field="attachments",
                name=repr(att.filename),
                reason=type(exc).__name__,
            ) from None
        return Part(title, 1, _no_footer, pdf=data, attachment=att)
    name = att.filename or "scan"
    try:  # read it now: a broken or hostile image is reported before any page is drawn
        check_image(data, att.media_type, name)
    except HostileAttachment:
        raise
    except Exception as exc:  # noqa: BLE001 - PIL raises many types for a broken image
        raise keyed(
            "pdf.unreadable_image",
            field="attachments",
            name=repr(att.filename),
            reason=type(exc).__name__,
        ) from None
    return Part(
        title,
        1,
        lambda n, t: f"{title} · {on_date.isoformat()} · {n} / {t}",
        draw=lambda c: _draw_image(c, data, att.media_type, title),
        attachment=att,
    )


def _no_footer(n: int, total: int) -> str:
    return ""
