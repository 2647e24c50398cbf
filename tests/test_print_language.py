"""What each printed sheet says is in the language of whoever reads it: a border checklist (the
traveller's own sheet) wholly in the user's language; the host's notes and the sponsor's
to-do list on sheets of their own, never on the page the host signs nor among the consulate's
parts of the packet. Read back from the PDF with pypdf."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from visadesk.forms.registry import get_registry
from visadesk.pdf.packet import render_form
from visadesk.sample.family import HUSBAND_ID

DAY = date(2026, 11, 25)
BORDER = sorted(d.id for d in get_registry().all() if d.id.startswith("border-"))
# a fact's sources: addresses (which may wrap across lines), then the date they were checked
_SOURCES = re.compile(r"\((?:Источник|Джерел)\w*:.*?(?:проверено|перевірено)", re.S)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_there_are_border_checklists():
    assert len(BORDER) >= 10


@pytest.mark.parametrize("form_id", BORDER)
@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_a_border_checklist_prints_no_english_beside_a_cyrillic_language(
    example_case, form_id, lang
):
    text = _text(render_form(example_case, HUSBAND_ID, form_id, on_date=DAY, lang=lang))
    person = example_case.person(HUSBAND_ID)
    text = _SOURCES.sub(" ", text).replace(person.full_name_latin, " ")
    text = text.replace(form_id, " ").replace("VisaDesk", " ")
    latin = sorted({w for w in re.findall(r"[A-Za-z]{3,}", text)})
    assert latin == [], latin
    assert "VERIFY" not in text and "unverified" not in text and "Each row" not in text


@pytest.mark.parametrize("form_id", BORDER)
@pytest.mark.parametrize(
    ("lang", "verify", "source"),
    [
        ("ru", "ПРОВЕРЬТЕ ПЕРЕД ПОЕЗДКОЙ", "Источник: в каждой строке указаны"),
        ("uk", "ПЕРЕВІРТЕ ПЕРЕД ПОЇЗДКОЮ", "Джерело: у кожному рядку зазначено"),
        ("fr", "À VÉRIFIER AVANT LE DÉPART", "Source: chaque ligne indique"),
        ("de", "VOR DER REISE PRÜFEN", "Quelle: jede Zeile nennt"),
        ("en", "VERIFY BEFORE TRAVEL", "Source: each row names its sources"),
    ],
)
def test_a_border_checklist_is_wholly_in_the_users_language(
    example_case, form_id, lang, verify, source
):
    form = get_registry().get(form_id)
    text = " ".join(
        _text(render_form(example_case, HUSBAND_ID, form_id, on_date=DAY, lang=lang)).split()
    )
    assert verify in text and source in text
    if lang != "en":
        assert "VERIFY BEFORE TRAVEL" not in text and "Each row names" not in text
        assert form.title.en not in text  # no English title under the user's
        assert "(unconfirmed" not in text and "unverified" not in text


def test_one_table_gives_every_sheet_word_in_five_languages():
    from visadesk.pdf.sheets import SHEET_WORDS

    assert set(SHEET_WORDS) == {"en", "ru", "uk", "fr", "de"}
    keys = set(SHEET_WORDS["en"])
    for lang, words in SHEET_WORDS.items():
        assert set(words) == keys, lang
        if lang != "en":
            same = [k for k in keys if words[k] == SHEET_WORDS["en"][k] and k != "source"]
            assert same == [], (lang, same)
