"""Sheets that are not official forms: VIDEX preparation sheets (numbered answers in screen order,
large and easy to copy — never anything like the VIDEX printout or a barcode), border-crossing
checklists, and the per-applicant checklist page of a packet."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import unquote

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from visadesk.forms.result import FilledForm
from visadesk.pdf import fonts
from visadesk.pdf.layout import MARGIN, PAGE_H, PAGE_W, wrap

BOTTOM = 14 * mm
TEXT_W = PAGE_W - 2 * MARGIN
# the VIDEX preparation sheet's columns: number, label (and the user-language hint), value
LABEL_X = MARGIN + 10 * mm
LABEL_W = 57 * mm
VALUE_X = MARGIN + 70 * mm
VALUE_W = PAGE_W - MARGIN - VALUE_X
STATUS = {"attached": "✓", "missing": "✗", "not_applicable": "–"}


class Writer:
    """A tiny flowing text writer over a canvas (new page when the bottom is reached)."""

    def __init__(self, c: Canvas, lang: str = "en") -> None:
        self.c = c
        self.lang = lang
        self.y = PAGE_H - MARGIN

    def need(self, h: float) -> None:
        if self.y - h < BOTTOM:
            self.c.showPage()
            self.y = PAGE_H - MARGIN

    def text(
        self,
        text: str,
        font: str = fonts.REGULAR,
        size: float = 9.5,
        x: float = MARGIN,
        width: float = TEXT_W,
        gap: float = 1.2,
        color: tuple[float, float, float] | None = None,
    ) -> None:
        # an indented line still ends at the right margin
        width = min(width, PAGE_W - MARGIN - x)
        for line in wrap(text, font, size, width):
            self.need(size * gap)
            self.y -= size * gap
            if color:
                self.c.setFillColorRGB(*color)
            self.c.setFont(font, size)
            self.c.drawString(x, self.y, line)
            if color:
                self.c.setFillGray(0)

    def rule(self) -> None:
        self.need(3 * mm)
        self.y -= 2 * mm
        self.c.setLineWidth(0.4)
        self.c.line(MARGIN, self.y, PAGE_W - MARGIN, self.y)
        self.y -= 1 * mm

    def banner(self, text: str) -> None:
        lines = wrap(text, fonts.BOLD, 9, TEXT_W - 6 * mm)
        h = len(lines) * 11 + 4 * mm
        self.need(h + 2 * mm)
        self.y -= 2 * mm  # clear of the line above (its descenders)
        self.c.setFillColorRGB(1, 0.93, 0.8)
        self.c.setStrokeColorRGB(0.8, 0.4, 0)
        self.c.rect(MARGIN, self.y - h, TEXT_W, h, stroke=1, fill=1)
        self.c.setFillGray(0)
        self.c.setStrokeGray(0)
        y = self.y - 2 * mm
        for line in lines:
            y -= 11
            self.c.setFont(fonts.BOLD, 9)
            self.c.drawString(MARGIN + 3 * mm, y + 2, line)
        self.y -= h + 2 * mm


def _header(w: Writer, filled: FilledForm, person_name: str) -> None:
    form = filled.definition
    langs = filled.print_languages
    titles = [t for t in (form.print_title.get(lg) for lg in langs) if t]
    own = form.title.get(w.lang)
    if w.lang not in langs:
        # the applicant's own sheet: its title in the user's language first, then VIDEX's
        w.text(own, fonts.BOLD, 13)
        for t in titles:
            w.text(t, fonts.REGULAR, 9.5)
    else:
        titles = titles or [own]
        w.text(titles[0], fonts.BOLD, 13)
        for t in titles[1:]:
            w.text(t, fonts.REGULAR, 9.5)
        w.text(own, fonts.ITALIC, 8.5)
    w.text(person_name, fonts.BOLD, 11)
    words = SHEET_WORDS.get(w.lang, SHEET_WORDS["en"])
    w.text(
        f"{words['source']}: {form.source} — {words['checked']}: {form.checked.isoformat()}",
        fonts.CONDENSED,
        7,
        color=(0.3, 0.3, 0.3),
    )


def draw_prep_sheet(c: Canvas, filled: FilledForm, person_name: str, lang: str) -> None:
    """Numbered answers, screen by screen, in VIDEX's wording, characters and date format."""
    w = Writer(c, lang)
    _header(w, filled, person_name)
    for note in filled.definition.notes[:1]:
        w.banner(note.get(lang) if lang != "en" else note.en)
    langs = filled.print_languages
    for section in filled.sections:
        visible = section.visible_fields
        if not visible:
            continue
        titles = [section.section.print_title.get(lg) for lg in langs]
        title = " / ".join(t for t in titles if t) or section.section.title.en
        # a screen's heading stays with (at least) its first answer: never alone at a page's foot
        heading_h = 2 * mm + len(wrap(title, fonts.BOLD, 10.5, TEXT_W)) * 12.6 + 9
        w.need(heading_h + 16 * mm)
        w.y -= 2 * mm
        w.text(title, fonts.BOLD, 10.5)
        w.text(section.section.title.get(lang), fonts.ITALIC, 7.5, color=(0.35, 0.35, 0.35))
        for res in visible:
            f = res.field
            labels = [f.print_label.get(lg) for lg in langs]
            label = " / ".join(dict.fromkeys(t for t in labels if t)) or f.label.en
            number = f"{f.number}." if f.number else "  ·"
            absent = f"— {SHEET_WORDS.get(lang, SHEET_WORDS['en'])['field_missing']} —"
            value = res.text or absent if res.required else res.text or "—"
            value_lines = wrap(value, fonts.BOLD, 11, VALUE_W)
            label_lines = wrap(label, fonts.CONDENSED, 8, LABEL_W)
            # the user-language hint under the label wraps in the label's column (a long
            # Russian or Ukrainian hint never runs under the value)
            hint_lines = wrap(f.label.get(lang), fonts.ITALIC, 6.8, LABEL_W)
            notes: list[str] = []
            for p in res.problems:
                if p.kind == "invalid":
                    notes += wrap(f"! {p.message}", fonts.CONDENSED, 7, VALUE_W)
            if res.needs_translation and not res.problems:
                # this sheet is the applicant's own, never the consulate's
                words = IN_LANGUAGE.get(lang, IN_LANGUAGE["en"])
                short = TRANSLATION_SHORT.get(lang, TRANSLATION_SHORT["en"])
                marker = short.format(language=words.get(res.translation_lang or "en", ""))
                notes += wrap(f"! {marker}", fonts.CONDENSED, 7, VALUE_W)
            h = (
                max(
                    len(value_lines) * 13.5 + len(notes) * 8.5,
                    len(label_lines) * 9.5 + len(hint_lines) * 7.8 + 1.2,
                )
                + 2.5 * mm
            )
            w.need(h)
            top = w.y
            c.setLineWidth(0.3)
            c.setStrokeGray(0.7)
            c.line(MARGIN, top - h, PAGE_W - MARGIN, top - h)
            c.setStrokeGray(0)
            c.setFont(fonts.BOLD, 10)
            c.drawString(MARGIN, top - 11, number)
            y = top - 10
            for line in label_lines:
                c.setFont(fonts.CONDENSED, 8)
                c.drawString(LABEL_X, y, line)
                y -= 9.5
            c.setFont(fonts.ITALIC, 6.8)
            c.setFillGray(0.35)
            y += 1.7
            for line in hint_lines:
                c.drawString(LABEL_X, y, line)
                y -= 7.8
            c.setFillGray(0)
            y = top - 11.5
            missing = not res.text and res.required
            for line in value_lines:
                if missing or res.problems:
                    c.setFillColorRGB(0.75, 0.1, 0.1)
                c.setFont(fonts.BOLD, 11)
                c.drawString(VALUE_X, y, line)
                c.setFillGray(0)
                y -= 13.5
            y += 3
            for line in notes:
                c.setFont(fonts.CONDENSED, 7)
                c.setFillColorRGB(0.75, 0.1, 0.1)
                c.drawString(VALUE_X, y, line)
                c.setFillGray(0)
                y -= 8.5
            w.y = top - h
    for note in filled.definition.notes[1:]:
        w.y -= 2 * mm
        w.text(note.get(lang), fonts.REGULAR, 8)
    c.showPage()


def draw_checklist_form(c: Canvas, filled: FilledForm, person_name: str, lang: str) -> None:
    """A border-crossing checklist: what to carry, stay, registration, with verify notes."""
    form = filled.definition
    w = Writer(c, lang)
    # the traveller's own sheet: everything on it in the user's language, nothing in English
    # beside it (the definition's English title and source line are not printed)
    words = SHEET_WORDS.get(lang, SHEET_WORDS["en"])
    w.text(form.title.get(lang), fonts.BOLD, 13)
    w.text(person_name, fonts.BOLD, 11)
    if form.verify_before_travel:
        w.banner(f"{words['verify']}: {form.notes[0].get(lang) if form.notes else ''}")
    if form.info and all(row.unverified for row in form.info):
        w.banner(words["nothing"])
    for row in form.info:
        mark = f" ({words['unconfirmed']})" if row.unverified else ""
        value = readable_urls(row.value.get(lang))
        w.text(f"{row.label.get(lang)}: {value}{mark}", fonts.REGULAR, 10)
    w.rule()
    _items(w, filled, lang)
    w.y -= 3 * mm
    sourced_rows = bool(form.info) and all(row.facts for row in form.info)
    # rows from the fact store carry their own sources: say so in the user's language (the
    # definition's own line is an English note for maintainers)
    source = words["row_sources"] if sourced_rows else form.source
    w.text(f"{words['source']}: {source}", fonts.CONDENSED, 7, color=(0.3, 0.3, 0.3))
    w.text(
        f"{words['checked']}: {form.checked.isoformat()}",
        fonts.CONDENSED,
        7,
        color=(0.3, 0.3, 0.3),
    )
    c.showPage()


_URL = re.compile(r"https?://[^\s;,)]+")


def readable_urls(text: str) -> str:
    """Source addresses as a person reads them: percent-escapes decoded (…/Сербия, not
    …/%D0%A1%D0%B5…), which also keeps them from filling half a page."""
    return _URL.sub(lambda m: unquote(m.group(0)), text)


def _items(w: Writer, filled: FilledForm, lang: str, status_langs: tuple[str, ...] = ()) -> None:
    words = SHEET_WORDS.get(lang, SHEET_WORDS["en"])
    status_langs = status_langs or (lang,)
    for item in filled.checklist:
        mark = STATUS[item.status]
        extra = f" ({words['unverified']})" if item.item.unverified else ""
        color = {"attached": (0.1, 0.5, 0.1), "missing": (0.75, 0.1, 0.1)}.get(item.status)
        status = status_word(item.status, status_langs)
        status_w = max(26 * mm, fonts.width(status, fonts.CONDENSED, 7) + 3 * mm)
        w.need(12)
        y0 = w.y
        w.text(
            f"{mark}  {item.item.label.get(lang)}{extra}",
            fonts.REGULAR,
            9,
            x=MARGIN + 2 * mm,
            width=TEXT_W - 2 * mm - status_w,
        )
        w.c.setFont(fonts.CONDENSED, 7)
        if color:
            w.c.setFillColorRGB(*color)
        w.c.drawRightString(PAGE_W - MARGIN, y0 - 10, status)
        w.c.setFillGray(0)


# Every fixed word printed on a sheet (checklist headings and statuses, border checklists), in the
# five languages: on the packet's checklist the consulate's language(s) first, the user's beside;
# on a border checklist (the traveller's own) the user's language alone.
SHEET_WORDS: dict[str, dict[str, str]] = {
    "en": {"title": "Checklist of supporting documents", "attached": "attached",
           "missing": "missing", "not_applicable": "not applicable",
           "unverified": "unconfirmed: check", "complete": "All fields of this form are filled in.",
           "problems": "Missing or invalid in this form ({count}):", "field_missing": "missing",
           "field_invalid": "invalid",
           "unconfirmed": "unconfirmed", "source": "Source", "checked": "Checked",
           "verify": "VERIFY BEFORE TRAVEL",
           "row_sources": "each row names its sources and the date they were checked",
           "nothing": "NOTHING ON THIS CHECKLIST IS CONFIRMED BY A SOURCE: check every rule with the consulate or border service before you travel."},
    "fr": {"title": "Liste des pièces justificatives", "attached": "joint", "missing": "manquant",
           "not_applicable": "sans objet", "unverified": "non confirmé : à vérifier",
           "complete": "Tous les champs de ce formulaire sont remplis.",
           "problems": "Manquant ou invalide dans ce formulaire ({count}) :",
           "field_missing": "manquant", "field_invalid": "invalide",
           "unconfirmed": "non confirmé", "source": "Source", "checked": "Vérifié le",
           "verify": "À VÉRIFIER AVANT LE DÉPART",
           "row_sources": "chaque ligne indique ses sources et la date de leur vérification",
           "nothing": "RIEN DANS CETTE LISTE N'EST CONFIRMÉ PAR UNE SOURCE : vérifiez chaque règle auprès du consulat ou des gardes-frontières avant le départ."},
    "de": {"title": "Liste der Unterlagen", "attached": "beigefügt", "missing": "fehlt",
           "not_applicable": "entfällt", "unverified": "nicht bestätigt: prüfen",
           "complete": "Alle Felder dieses Formulars sind ausgefüllt.",
           "problems": "Fehlend oder ungültig in diesem Formular ({count}):",
           "field_missing": "fehlt", "field_invalid": "ungültig",
           "unconfirmed": "nicht bestätigt", "source": "Quelle", "checked": "Geprüft am",
           "verify": "VOR DER REISE PRÜFEN",
           "row_sources": "jede Zeile nennt ihre Quellen und das Datum der Prüfung",
           "nothing": "NICHTS IN DIESER LISTE IST DURCH EINE QUELLE BESTÄTIGT: jede Regel vor der Reise beim Konsulat oder Grenzschutz prüfen."},
    "ru": {"title": "Список документов", "attached": "приложено", "missing": "нет",
           "not_applicable": "не требуется", "unverified": "не подтверждено: проверьте",
           "complete": "Все поля этой анкеты заполнены.",
           "problems": "Не заполнено или неверно в этой анкете ({count}):",
           "field_missing": "не заполнено", "field_invalid": "неверно",
           "unconfirmed": "не подтверждено", "source": "Источник", "checked": "Проверено",
           "verify": "ПРОВЕРЬТЕ ПЕРЕД ПОЕЗДКОЙ",
           "row_sources": "в каждой строке указаны её источники и дата проверки",
           "nothing": "НИЧТО В ЭТОМ СПИСКЕ НЕ ПОДТВЕРЖДЕНО ИСТОЧНИКОМ: проверьте каждое правило в консульстве или пограничной службе перед поездкой."},
    "uk": {"title": "Список документів", "attached": "додано", "missing": "немає",
           "not_applicable": "не потрібно", "unverified": "не підтверджено: перевірте",
           "complete": "Усі поля цієї анкети заповнено.",
           "problems": "Не заповнено або неправильно в цій анкеті ({count}):",
           "field_missing": "не заповнено", "field_invalid": "неправильно",
           "unconfirmed": "не підтверджено", "source": "Джерело", "checked": "Перевірено",
           "verify": "ПЕРЕВІРТЕ ПЕРЕД ПОЇЗДКОЮ",
           "row_sources": "у кожному рядку зазначено його джерела та дату перевірки",
           "nothing": "НІЩО В ЦЬОМУ СПИСКУ НЕ ПІДТВЕРДЖЕНО ДЖЕРЕЛОМ: перевірте кожне правило в консульстві чи прикордонній службі перед поїздкою."},
}  # fmt: skip


def _words_in(key: str, langs: tuple[str, ...]) -> str:
    return " / ".join(dict.fromkeys(SHEET_WORDS.get(lg, SHEET_WORDS["en"])[key] for lg in langs))


def status_word(status: str, langs: tuple[str, ...]) -> str:
    """A checklist status in the given languages, each once: "fehlt / нет"."""
    return _words_in(status, langs)


def checklist_languages(results: list[FilledForm], lang: str) -> tuple[tuple[str, ...], ...]:
    """(heading languages, status languages) of an applicant's checklist: the consulate's
    language(s) — its forms' print languages other than English — then the user's; the heading
    also carries English when a form prints it (as the packet's contents do)."""
    own = [lg for f in results for lg in f.print_languages if lg != "en"]
    english = ["en"] if any("en" in f.print_languages for f in results) else []
    heading = tuple(dict.fromkeys([*own, *english, lang]))
    return heading, tuple(dict.fromkeys([*own, lang]))


def draw_applicant_checklist(
    c: Canvas, person_name: str, results: list[FilledForm], lang: str, on_date: date
) -> None:
    """The packet's checklist page for one applicant: documents per form, and what is missing.
    Headings and statuses in the consulate's language with the user's beside it; the items and
    the working notes (for the applicant) in the user's language."""
    words = SHEET_WORDS.get(lang, SHEET_WORDS["en"])
    heading_langs, status_langs = checklist_languages(results, lang)
    w = Writer(c, lang)
    w.text(_words_in("title", heading_langs), fonts.BOLD, 13)
    w.text(person_name, fonts.BOLD, 11)
    legend = "   ".join(
        f"{STATUS[s]} {status_word(s, status_langs)}"
        for s in ("attached", "missing", "not_applicable")
    )
    w.text(f"{legend}   ·   {on_date.isoformat()}", fonts.CONDENSED, 7.5)
    for filled in results:
        w.rule()
        w.text(filled.definition.title.get(lang), fonts.BOLD, 10)
        # Working notes for the applicant, never printed on the consulate's copy of the form.
        for note in _working_notes(filled, lang):
            w.text(note, fonts.BOLD, 8.5, color=(0.6, 0.1, 0.1))
        for note in translation_notes(filled, lang):
            w.text(
                note, fonts.REGULAR, 8.5, x=MARGIN + 4 * mm, width=TEXT_W - 4 * mm,
                color=(0.6, 0.1, 0.1),
            )  # fmt: skip
        _items(w, filled, lang, status_langs)
        problems = [*filled.missing, *filled.invalid]
        if problems:
            w.y -= 2 * mm
            w.text(
                words["problems"].format(count=len(problems)),
                fonts.BOLD,
                9,
                color=(0.75, 0.1, 0.1),
            )
            for p in problems:
                kind = (
                    words["field_missing"]
                    if p.kind == "missing"
                    else f"{words['field_invalid']}: {p.message}"
                )
                w.text(
                    f"{p.number or '·'}  {p.label.get(lang)} — {kind}",
                    fonts.REGULAR,
                    8.5,
                    x=MARGIN + 4 * mm,
                    width=TEXT_W - 4 * mm,
                )
        else:
            w.text(words["complete"], fonts.REGULAR, 8.5, color=(0.1, 0.5, 0.1))
    c.showPage()


WORKING_NOTES = {
    "reconstructed": {
        "en": "Parts of this form are reconstructed from secondary sources (marked): compare with the official form before you sign.",
        "ru": "Часть этой анкеты восстановлена по вторичным источникам: сверьте с официальным бланком перед подписью.",
        "uk": "Частину цієї анкети відтворено за вторинними джерелами: звірте з офіційним бланком перед підписанням.",
        "fr": "Certaines parties de ce formulaire sont reconstituées d'après des sources secondaires : comparez avec le formulaire officiel avant de signer.",
        "de": "Teile dieses Formulars sind aus Sekundärquellen rekonstruiert: vor der Unterschrift mit dem amtlichen Formular vergleichen.",
    },
    "sign": {
        "en": "Sign the form by hand on the signature line(s) at the end, and date it.",
        "ru": "Подпишите анкету от руки на строке(ах) подписи в конце и поставьте дату.",
        "uk": "Підпишіть анкету від руки на рядку(ах) підпису в кінці та поставте дату.",
        "fr": "Signez le formulaire à la main sur la ou les lignes de signature à la fin, et datez-le.",
        "de": "Unterschreiben Sie das Formular handschriftlich auf der/den Unterschriftszeile(n) am Ende und datieren Sie es.",
    },
}


def _working_notes(filled: FilledForm, lang: str) -> list[str]:
    form = filled.definition
    keys = (["reconstructed"] if form.reconstructed else []) + (
        ["sign"] if form.kind == "official_form" and form.signature else []
    )
    return [WORKING_NOTES[k].get(lang, WORKING_NOTES[k]["en"]) for k in keys]


# "Translation missing for field X": the form printed the transliteration of Russian free text.
TRANSLATION_MISSING = {
    "en": "Translation missing for field {field}: the form prints the transliteration “{text}”. Give the answer {language} in the wizard.",
    "ru": "Нет перевода для поля {field}: на анкете напечатана транслитерация «{text}». Впишите ответ {language} в мастере.",
    "uk": "Немає перекладу для поля {field}: в анкеті надруковано транслітерацію «{text}». Впишіть відповідь {language} у майстрі.",
    "fr": "Traduction manquante pour le champ {field} : le formulaire imprime la translittération « {text} ». Saisissez la réponse {language} dans l'assistant.",
    "de": "Übersetzung fehlt für Feld {field}: das Formular druckt die Transliteration „{text}“. Geben Sie die Antwort {language} im Assistenten ein.",
}  # fmt: skip
TRANSLATION_SHORT = {
    "en": "transliterated: translation missing — give it {language} in the wizard",
    "ru": "транслитерация: нет перевода — впишите ответ {language} в мастере",
    "uk": "транслітерація: немає перекладу — впишіть відповідь {language} у майстрі",
    "fr": "translittéré : traduction manquante — saisissez-la {language} dans l'assistant",
    "de": "transliteriert: Übersetzung fehlt — im Assistenten {language} eingeben",
}
IN_LANGUAGE = {
    "en": {"en": "in English", "fr": "in French", "de": "in German", "es": "in Spanish", "it": "in Italian"},
    "ru": {"en": "по-английски", "fr": "по-французски", "de": "по-немецки", "es": "по-испански", "it": "по-итальянски"},
    "uk": {"en": "англійською", "fr": "французькою", "de": "німецькою", "es": "іспанською", "it": "італійською"},
    "fr": {"en": "en anglais", "fr": "en français", "de": "en allemand", "es": "en espagnol", "it": "en italien"},
    "de": {"en": "auf Englisch", "fr": "auf Französisch", "de": "auf Deutsch", "es": "auf Spanisch", "it": "auf Italienisch"},
}  # fmt: skip


def translation_notes(filled: FilledForm, lang: str) -> list[str]:
    """One line per free-text field printed transliterated because its translation into the
    form's language is missing — for the applicant only, never on the consulate's copy."""
    template = TRANSLATION_MISSING.get(lang, TRANSLATION_MISSING["en"])
    words = IN_LANGUAGE.get(lang, IN_LANGUAGE["en"])
    out = []
    for res in filled.untranslated:
        f = res.field
        name = f"{f.number}. {f.label.get(lang)}" if f.number else f.label.get(lang)
        target = res.translation_lang or "en"
        out.append(template.format(field=name, text=res.text, language=words.get(target, target)))
    return out
