"""Everything VisaDesk prints fits: no text past a box or the margin, no two lines on top of each
other, the right language on each page. A recording canvas notes every string drawn (its font,
size and position, measured with reportlab's stringWidth) and every box, for the example case
and for a case of long names and long addresses in Cyrillic and Latin."""

from __future__ import annotations

import io
import subprocess
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from visadesk.case.model import Address, Case
from visadesk.forms.engine import fill
from visadesk.forms.registry import get_registry
from visadesk.forms.result import FilledForm
from visadesk.pdf import fonts
from visadesk.pdf.layout import MARGIN, PAGE_H, PAGE_W, fit
from visadesk.pdf.packet import draw_filled, render_form
from visadesk.pdf.sheets import VALUE_X, draw_applicant_checklist
from visadesk.sample.family import BROTHER_ID, HUSBAND_ID, SON_ID

DAY = date(2026, 11, 25)
PEOPLE = (HUSBAND_ID, BROTHER_ID, SON_ID)


@dataclass(frozen=True)
class Drawn:
    page: int
    x: float
    y: float
    text: str
    font: str
    size: float

    @property
    def right(self) -> float:
        return self.x + stringWidth(self.text, self.font, self.size)

    @property
    def bottom(self) -> float:
        return self.y - 0.2 * self.size

    @property
    def top(self) -> float:
        return self.y + 0.7 * self.size


class Recorder(Canvas):  # reportlab is untyped
    """A canvas that remembers each string and each rectangle it draws, page by page."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(), pagesize=A4)
        fonts.register()
        self.page = 1
        self.strings: list[Drawn] = []
        self.rects: list[tuple[int, float, float, float, float]] = []

    def showPage(self) -> None:  # noqa: N802
        self.page += 1
        super().showPage()

    def _note(self, x: float, y: float, text: str) -> None:
        if text.strip():
            self.strings.append(Drawn(self.page, x, y, text, self._fontname, self._fontsize))

    def drawString(self, x: float, y: float, text: str, *a: Any, **k: Any) -> None:  # noqa: N802
        self._note(x, y, text)
        super().drawString(x, y, text, *a, **k)

    def drawRightString(self, x: float, y: float, text: str, *a: Any, **k: Any) -> None:  # noqa: N802
        self._note(x - stringWidth(text, self._fontname, self._fontsize), y, text)
        super().drawRightString(x, y, text, *a, **k)

    def drawCentredString(self, x: float, y: float, text: str, *a: Any, **k: Any) -> None:  # noqa: N802
        self._note(x - stringWidth(text, self._fontname, self._fontsize) / 2, y, text)
        super().drawCentredString(x, y, text, *a, **k)

    def rect(self, x: float, y: float, w: float, h: float, *a: Any, **k: Any) -> None:
        self.rects.append((self.page, x, y, w, h))
        super().rect(x, y, w, h, *a, **k)


def _problems(rec: Recorder) -> list[str]:
    """Every string inside the margins, inside the box it starts in, and clear of every other."""
    out = []
    for s in rec.strings:
        if s.x < MARGIN - 0.5 or s.right > PAGE_W - MARGIN + 0.5:
            out.append(f"p{s.page} past the margin: {s.text!r}")
        if s.bottom < 12 * mm or s.top > PAGE_H - MARGIN + 1:
            out.append(f"p{s.page} past the top or bottom: {s.text!r}")
        boxes = [
            (x, y, w, h)
            for page, x, y, w, h in rec.rects
            if page == s.page and w > 6 * mm and x <= s.x + 0.2 <= x + w and y <= s.y <= y + h
        ]
        if boxes:
            x, y, w, h = min(boxes, key=lambda b: b[2] * b[3])
            if s.right > x + w + 0.3 or s.bottom < y - 0.3 or s.top > y + h + 0.3:
                out.append(f"p{s.page} runs past its box: {s.text!r}")
        if fonts.missing_glyphs(s.text, s.font):  # would print as □
            out.append(f"p{s.page} glyphs missing in {s.font}: {s.text!r}")
    empty = set(range(1, rec.page)) - {s.page for s in rec.strings}
    out += [f"p{page} is empty" for page in sorted(empty)]
    by_page: dict[int, list[Drawn]] = {}
    for s in rec.strings:
        by_page.setdefault(s.page, []).append(s)
    for strings in by_page.values():
        strings.sort(key=lambda s: -s.top)
        for i, a in enumerate(strings):
            for b in strings[i + 1 :]:
                if b.top < a.bottom:
                    break
                dy = min(a.top, b.top) - max(a.bottom, b.bottom)
                dx = min(a.right, b.right) - max(a.x, b.x)
                if dx > 1 and dy > 0.3 * min(a.size, b.size):
                    out.append(f"p{a.page} overlap: {a.text!r} / {b.text!r}")
    return out


def _filled(case: Case, person_id: str, lang: str) -> list[FilledForm]:
    registry = get_registry()
    return [
        fill(case, person_id, registry.get(app.form_id), application=app, today=DAY, lang=lang)
        for app in case.applications_for(person_id)
    ]


def _draw_all(case: Case, lang: str, border: bool = False) -> Recorder:
    rec = Recorder()
    for pid in PEOPLE:
        person = case.person(pid)
        results = _filled(case, pid, lang)
        if border:  # a border checklist for everyone too
            form = get_registry().get("border-ge")
            results.append(fill(case, pid, form, application=None, today=DAY, lang=lang))
        draw_applicant_checklist(rec, person.full_name_latin, results, lang, DAY)
        for filled in results:
            draw_filled(rec, case, filled, DAY, None, lang)
    return rec


LONG_STREET = (
    "ул. Краснознамённых Героев Великой Отечественной войны, д. 123, корп. 4, стр. 2, кв. 567"
)
LONG_CITY = "Петропавловск-Камчатский"
LONG_LATIN_STREET = "Boulevard du Général Jean-Baptiste de Lattre de Tassigny, Résidence Les Jardins, bâtiment C, appartement 1204"


def long_case(case: Case, surname: str = "Верхнеуральская-Константинопольская") -> Case:
    """Everyone with a long double-barrelled name and a long address; the sponsor abroad with a
    long French address (the guardians' lines of Cerfa box 10 are the longest of all)."""
    case = case.model_copy(deep=True)
    home = Address(street=LONG_STREET, postal_code="683000", city=LONG_CITY,
                   region="Камчатский край", country="RUS")  # fmt: skip
    people = [
        p.model_copy(
            update={
                "surname": surname,
                "given_names": "Александра-Мария Евгения",
                "latin_surname": None,
                "latin_given_names": None,
                "address": home,
                "place_of_birth": LONG_CITY,
            }
        )
        for p in case.applicants
    ]
    sponsor = case.sponsor
    if sponsor is not None:
        sponsor = sponsor.model_copy(
            update={
                "surname": surname,
                "address": Address(
                    street=LONG_LATIN_STREET,
                    postal_code="69003",
                    city="Villeurbanne-la-Doua",
                    country="FRA",
                ),  # fmt: skip
            }
        )
    return Case.model_validate(
        case.model_copy(update={"applicants": people, "sponsor": sponsor}).model_dump()
    )


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_every_page_of_the_example_fits(example_case, lang):
    rec = _draw_all(example_case, lang, border=True)
    assert rec.page > 10
    assert _problems(rec) == []


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_long_names_and_addresses_fit_every_box(example_case, lang):
    case = long_case(example_case)
    rec = _draw_all(case, lang)
    # and the Schengen form of the minor: box 10 with both parents and their long addresses
    minor = fill(case, SON_ID, get_registry().get("schengen-c"), application=None, today=DAY)
    draw_filled(rec, case, minor, DAY, None, lang)
    assert _problems(rec) == []
    texts = " ".join(s.text for s in rec.strings)
    # shrunk, wrapped or moved to an annex — never dropped
    assert "VERKHNEURALSKAIA" in texts


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    surname=st.text(
        alphabet="АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяії -",
        min_size=1,
        max_size=60,
    ).filter(lambda s: s.strip(" -") and not s.startswith(("-", " ")))
)
def test_any_cyrillic_name_fits_the_official_forms(example_case, surname):
    case = long_case(example_case, surname=surname.strip())
    rec = Recorder()
    for pid, form_id in ((BROTHER_ID, "schengen-c"), (SON_ID, "fr-long-stay")):
        app = next(a for a in case.applications_for(pid) if a.form_id == form_id)
        filled = fill(case, pid, get_registry().get(form_id), application=app, today=DAY)
        draw_filled(rec, case, filled, DAY, None, "en")
    assert _problems(rec) == []


def test_cerfa_box_10_guardians_stay_inside_their_box(example_case):
    """The two parents of a minor, with their addresses, in box 10: wrapped and shrunk inside
    the box (it was running over box 11)."""
    rec = Recorder()
    app = next(a for a in example_case.applications_for(SON_ID) if a.form_id == "fr-long-stay")
    filled = fill(
        example_case, SON_ID, get_registry().get("fr-long-stay"), application=app, today=DAY
    )
    draw_filled(rec, example_case, filled, DAY, None, "en")
    box10 = [s for s in rec.strings if s.text.startswith("10. ")][0]
    box11 = [s for s in rec.strings if s.text.startswith("11. ")][0]
    guardians = [s for s in rec.strings if box11.top < s.y < box10.y and s.size > 6.2]
    assert any("PODIEIACHEVA" in s.text for s in guardians)
    assert any("yaroslav" in s.text for s in guardians)  # the last line is there, above box 11
    assert _problems(rec) == []


def test_an_email_address_shrinks_rather_than_breaking():
    """An e-mail address in a narrow box prints whole on one line, smaller, not cut in two."""
    email = "fyodor.shchukin@example.org"
    narrow = stringWidth(email, fonts.REGULAR, 9.5) - 10
    fitted = fit(email, fonts.REGULAR, narrow, 30)
    assert fitted.lines == [email] and fitted.size < 9.5 and not fitted.overflow


def test_videx_hints_stay_in_the_label_column(example_case):
    """The user-language hint under a VIDEX label wraps in the label's column: it never runs
    under (or over) the value."""
    for lang in ("en", "ru", "uk"):
        rec = Recorder()
        for filled in _filled(example_case, HUSBAND_ID, lang):
            if filled.definition.kind == "prep_sheet":
                draw_filled(rec, example_case, filled, DAY, None, lang)
        hints = [s for s in rec.strings if s.size < 7 and s.font == fonts.ITALIC]
        assert hints, lang
        assert all(s.right < VALUE_X - 1 for s in hints), [
            s.text for s in hints if s.right >= VALUE_X - 1
        ]


def _pdftext(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(out.stdout.decode().split())


@pytest.mark.parametrize(
    ("lang", "own", "missing"),
    [("ru", "Список документов", "нет"), ("uk", "Список документів", "немає")],
)
def test_the_applicants_checklist_speaks_the_consulates_and_the_users_language(
    example_case, lang, own, missing
):
    rec = Recorder()
    draw_applicant_checklist(rec, "X", _filled(example_case, HUSBAND_ID, lang), lang, DAY)
    text = " ".join(s.text for s in rec.strings)
    assert "Liste der Unterlagen" in text and own in text  # German consulate, the user's
    assert f"fehlt / {missing}" in text  # statuses in both
    assert "unverified" not in text and "Form complete" not in text and " missing" not in text
    rec = Recorder()
    draw_applicant_checklist(rec, "X", _filled(example_case, BROTHER_ID, lang), lang, DAY)
    text = " ".join(s.text for s in rec.strings)
    assert "Liste des pièces justificatives" in text and f"manquant / {missing}" in text


def test_the_cerfas_header_carries_no_working_note(example_case):
    text = _pdftext(render_form(example_case, SON_ID, "fr-long-stay", on_date=DAY))
    assert "Cerfa n° 14571*06" in text
    assert "France-Visas still links" not in text and "service-public.fr serves" not in text
    assert "au titre de l'asile" not in text  # a child joining a parent is not an asylum visa


def test_a_finished_letters_annex_has_no_note_for_the_applicant(example_case):
    """The 'For you: VisaDesk never translates…' note, in the applicant's language, is for a
    draft; once every passage is translated the annex is the consulate's and carries none."""
    from visadesk.pdf.packet import build_packet

    buf = io.BytesIO()
    build_packet(example_case, buf, on_date=DAY, person_ids=[BROTHER_ID])  # his letter: done
    text = _pdftext(buf.getvalue())
    assert "Annexe : les propos du demandeur" in text
    assert "Для вас" not in text
    buf = io.BytesIO()
    build_packet(example_case, buf, on_date=DAY, person_ids=[HUSBAND_ID])  # a draft
    assert "Для вас" in _pdftext(buf.getvalue())


def test_footers_of_the_consulates_copy_are_in_no_language(example_case):
    """The footer of a French or German consulate's page is not English ("generated by …")."""
    for pid, form_id in ((SON_ID, "fr-long-stay"), (BROTHER_ID, "schengen-c")):
        text = _pdftext(render_form(example_case, pid, form_id, on_date=DAY))
        assert "generated by" not in text and "page 1 /" not in text
        assert "VisaDesk · 2026-11-25 · 1 /" in text


def test_border_checklist_sources_print_readable_addresses(example_case):
    from visadesk.pdf.sheets import readable_urls

    assert readable_urls("(Sources: https://tonkosti.ru/%D0%92%D0%B8%D0%B7%D0%B0; ok)") == (
        "(Sources: https://tonkosti.ru/Виза; ok)"
    )
    text = _pdftext(render_form(example_case, HUSBAND_ID, "border-rs", on_date=DAY, lang="ru"))
    assert "%D0" not in text and "tonkosti.ru" in text


def test_the_videx_sheet_is_headed_in_the_users_language(example_case):
    """The preparation sheet is the applicant's: a Russian user reads its title in Russian
    first (VIDEX's English and German wording follow, as on the screens)."""
    rec = Recorder()
    for filled in _filled(example_case, HUSBAND_ID, "ru"):
        if filled.definition.kind == "prep_sheet":
            draw_filled(rec, example_case, filled, DAY, None, "ru")
    first = max(rec.strings, key=lambda s: (s.page == 1, s.y))
    assert first.text.startswith("Германия") and first.size == 13


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_videx_screen_heading_is_never_alone_at_the_foot_of_a_page(example_case, lang):
    for pid in PEOPLE:
        rec = Recorder()
        for filled in _filled(example_case, pid, lang):
            if filled.definition.kind == "prep_sheet":
                draw_filled(rec, example_case, filled, DAY, None, lang)
        for page in range(1, rec.page):
            on_page = [s for s in rec.strings if s.page == page]
            headings = [s for s in on_page if s.font == fonts.BOLD and s.size == 10.5]
            answers = [s for s in on_page if s.font == fonts.BOLD and s.size == 11]
            if headings:
                assert any(a.y < min(h.y for h in headings) for a in answers), (pid, page)


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_the_where_can_i_go_plan_fits_its_margins(example_case, lang):
    """Indented lines of the plan (a warning's facts, a route's chance) end at the right margin;
    a source cut to its column says so with '…'."""
    from visadesk.pdf import plan
    from visadesk.routes.engine import advise
    from visadesk.routes.loader import load_rules

    book = load_rules()
    rec = Recorder()
    for person in example_case.applicants:
        plan._page(rec, advise(example_case, person, book=book), lang)
    assert _problems(rec) == []
    cut = [s.text for s in rec.strings if s.size == 5.4 and s.text.endswith("…")]
    full = [s.text for s in rec.strings if s.size == 5.4]
    assert full and all(not t.endswith(("—", " ")) for t in full)
    assert all(t.startswith("[") for t in cut)


def test_letters_sponsor_sheets_indexes_and_drafts_fit(example_case):
    """Every page a letter adds (cover letter, annex, sponsor's sheets, evidence index,
    separators, translation drafts) fits, for the example and for long names and addresses."""
    from visadesk.pdf.letters import letter_parts

    for case in (example_case, long_case(example_case)):
        rec = Recorder()
        for pid in PEOPLE:
            for part in letter_parts(case, pid, DAY):
                if part.draw is not None:
                    part.draw(rec)
        assert rec.page > 10
        assert _problems(rec) == []


@pytest.mark.parametrize(("pid", "form_id"), [(SON_ID, "fr-long-stay"), (BROTHER_ID, "schengen-c")])
def test_the_declarations_start_clear_of_the_last_box(example_case, pid, form_id):
    rec = Recorder()
    app = next(a for a in example_case.applications_for(pid) if a.form_id == form_id)
    filled = fill(example_case, pid, get_registry().get(form_id), application=app, today=DAY)
    draw_filled(rec, example_case, filled, DAY, None, "en")
    first = next(s for s in rec.strings if s.size == 6.5)  # the declarations' first line
    boxes = [(y, h) for page, _x, y, w, h in rec.rects if page == first.page and w > 6 * mm]
    last_box_bottom = min(y for y, h in boxes if y > first.y)
    assert last_box_bottom - first.top >= 2 * mm


def test_an_annex_on_a_german_consulates_form_is_headed_in_german_not_french(example_case):
    from visadesk.forms import wizard

    narrative = " ".join(f"Satz {i}: die Gefahr, die Vorladung, die Familie." for i in range(60))
    case = example_case.model_copy(deep=True)
    index = next(i for i, a in enumerate(case.applications) if a.form_id == "schengen-c")
    app = wizard.set_answer(case.applications[index], "purpose_details", narrative)
    case.applications[index] = wizard.set_answer(app, "main_destination", "DE")
    pid = case.applications[index].person_id
    text = _pdftext(render_form(case, pid, "schengen-c", on_date=DAY))
    assert "Siehe Anlage — Feld 24" in text and "Anlage — Feld 24" in text
    assert "Voir l'annexe" not in text and "Annexe — case" not in text


def test_a_long_guardians_signature_label_wraps_inside_the_margin(example_case):
    """Found by hypothesis: 'Signature — <a 25-letter surname> <given names> (autorité parentale
    / tuteur légal / …)' ran past the right margin of the Cerfa."""
    case = long_case(example_case, surname="ААААААААААААААААААААЖЩЩЩЩ")
    rec = Recorder()
    app = next(a for a in case.applications_for(SON_ID) if a.form_id == "fr-long-stay")
    filled = fill(case, SON_ID, get_registry().get("fr-long-stay"), application=app, today=DAY)
    draw_filled(rec, case, filled, DAY, None, "en")
    assert _problems(rec) == []
    labels = [s for s in rec.strings if s.text.startswith("Signature — ")]
    assert len(labels) == 2  # one per parent, each whole
