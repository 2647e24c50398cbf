"""The "Where can I go?" plan: a person whose advice does not fit one page goes on over the next,
each page headed by the plan's title, the person's name and "page k of n"; every line inside the
margins (the recording canvas of test_pdf_layout), nothing cut, the registration rules of
Tajikistan and Azerbaijan printed with the other exits."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from tests.test_pdf_layout import Recorder, _problems
from visadesk.case.model import Address, Case, Person
from visadesk.case.situation import (
    DocumentsHeld,
    MilitarySituation,
    PersonSituation,
    Situation,
    VisaHeld,
)
from visadesk.pdf import fonts, plan
from visadesk.routes.engine import Advice, advise
from visadesk.routes.loader import load_rules

TODAY = date(2026, 12, 3)
LANGS = ("en", "ru", "uk", "fr", "de")


def _traveller(
    means: tuple[str, ...] = ("car_ru_plates",), **situation: object
) -> tuple[Case, Person]:
    p = Person(
        id="c1" * 8,
        surname="Петропавловская-Камчатская",
        given_names="Анна",
        date_of_birth=date(1988, 3, 3),
        nationality="RUS",
        address=Address(city="Ростов-на-Дону", country="RUS"),
    )
    sit = Situation(
        people=[
            PersonSituation(
                person_id=p.id,
                documents=situation.pop(
                    "documents", DocumentsHeld(internal_passport=True, foreign_passport=True)
                ),
                **situation,  # type: ignore[arg-type]
            )
        ],
        travel_means=list(means),
    )
    return Case(applicants=[p], situation=sit), p


def _crowded() -> tuple[Case, Advice]:
    """Every warning at once: a summons in the register, a Finnish Schengen visa, a car with
    Russian plates — the plan's longest page."""
    case, p = _traveller(
        documents=DocumentsHeld(
            internal_passport=True,
            foreign_passport=True,
            visas=[VisaHeld(kind="schengen", issuer="FIN", valid_until=date(2027, 5, 1))],
        ),
        military=MilitarySituation(
            status="summons", summons="electronic", summons_date=date(2026, 11, 20)
        ),
    )
    return case, advise(case, p, book=load_rules(), today=TODAY)


def _record(advice: Advice, lang: str) -> Recorder:
    rec = Recorder()
    plan._page(rec, advice, lang)
    return rec


@pytest.mark.parametrize("lang", LANGS)
def test_a_crowded_plan_flows_onto_a_second_page_inside_the_margins(lang: str) -> None:
    _, advice = _crowded()
    rec = _record(advice, lang)
    pages = rec.page - 1  # the recorder counts the page after the last showPage
    assert pages >= 2, "the crowded plan is expected to need a second page"
    assert _problems(rec) == []
    # every page after the first says whose plan it is and which page
    for page in range(2, pages + 1):
        on_page = [s.text for s in rec.strings if s.page == page]
        assert on_page[0].startswith(plan.label("plan_title", lang)), on_page[:2]
        assert plan._CONTINUED[lang] in on_page[0]
        assert advice.person_name in on_page[1]
        assert plan._PAGE_OF[lang].format(k=page, n=pages) in on_page[1]
    first = [s.text for s in rec.strings if s.page == 1]
    assert plan._PAGE_OF[lang].format(k=1, n=pages) in first[1]
    # nothing cut: every source is listed once, numbered 1..n in order
    numbers = [int(s.text[1 : s.text.index("]")]) for s in rec.strings if s.size == 5.4]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) > 30


@pytest.mark.parametrize("lang", LANGS)
def test_the_sources_heading_is_never_alone_at_the_foot_of_a_page(lang: str) -> None:
    _, advice = _crowded()
    rec = _record(advice, lang)
    heading = plan.label("sources", lang)
    for s in rec.strings:
        if s.font == fonts.BOLD and s.text.startswith(heading):
            below = [t for t in rec.strings if t.page == s.page and t.y < s.y and t.size == 5.4]
            assert below, f"p{s.page}: {s.text!r} without a source under it"


def test_a_plan_that_fits_stays_one_page_without_page_numbers() -> None:
    case, p = _traveller(means=())
    rec = _record(advise(case, p, book=load_rules(), today=TODAY), "en")
    assert rec.page - 1 == 1
    assert _problems(rec) == []
    assert not any("page 1 of" in s.text for s in rec.strings)


@pytest.mark.parametrize(
    ("country", "registration"),
    [
        ("Tajikistan", "register with the police within 10 working days of arrival"),
        ("Azerbaijan", "staying more than 15 days, register within 15 days of arrival"),
    ],
)
def test_the_plan_prints_tajikistans_and_azerbaijans_registration(
    country: str, registration: str
) -> None:
    case, advice = _crowded()
    data = plan.plan_bytes(case, [advice], "en")
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    # the exit's own line: the country, then its stay, then its registration rule and sources
    assert re.search(rf"{country} [^—\[]*— Stay: [^\[]*; Registration: {registration}", text)
    rec = _record(advice, "en")
    assert _problems(rec) == []


def test_the_registration_line_in_russian_too() -> None:
    case, advice = _crowded()
    data = plan.plan_bytes(case, [advice], "ru")
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages
    )
    assert "Таджикистан" in text and "10 рабочих дней" in text
    assert "Азербайджан" in text and "в течение 15 дней после прибытия" in text
