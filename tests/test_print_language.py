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


def _packet(case, person_id: str) -> PdfReader:
    from visadesk.pdf.packet import build_packet

    buf = io.BytesIO()
    build_packet(case, buf, on_date=DAY, person_ids=[person_id], lang="ru")
    return PdfReader(io.BytesIO(buf.getvalue()))


def _outline(reader: PdfReader) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append((reader.get_destination_page_number(item), item.title))

    walk(reader.outline)
    return out


NOTE = "Demandez au consulat laquelle il attend"  # a sentence of the host's note


def test_the_page_the_host_signs_carries_no_note_for_the_host(example_case):
    """The French attestation is the consulate's copy: its note for the host ("ne fait pas
    partie de l'attestation") is on a sheet of its own, marked as not to be handed in."""
    from visadesk.sample.family import BROTHER_ID

    pages = [
        " ".join((p.extract_text() or "").split()) for p in _packet(example_case, BROTHER_ID).pages
    ]
    signed = [t for t in pages if "Signature de l'hébergeant" in t]  # attestation, support
    assert len(signed) == 2 and any("atteste sur l'honneur" in t for t in signed)
    for page in signed:
        assert NOTE not in page and "Note pour" not in page
        assert "n'est pas à remettre au consulat" not in page
    notes = [t for t in pages if NOTE in t]
    assert len(notes) == 1
    assert "cette feuille n'est pas à remettre au consulat" in notes[0]
    assert "attestation d'accueil" in notes[0] and "Signature" not in notes[0]


def test_a_sponsor_sheet_that_is_signed_refuses_a_note():
    from visadesk.letters.sponsor import SponsorSheet

    with pytest.raises(ValueError, match="signed page"):
        SponsorSheet(kind="attestation", lang="fr", title="t", sign_line="Fait à", note="n")
    with pytest.raises(ValueError, match="consulate"):
        SponsorSheet(
            kind="attestation", lang="fr", title="t", sign_line="Fait à", for_consulate=False
        )


def test_the_standalone_attestation_keeps_its_note_apart(example_case):
    """`visadesk letter attestation` and the Letters tab render each sheet: the signed one has
    no note; the host's note is a page of its own."""
    from visadesk.letters.sponsor import sponsor_sheets
    from visadesk.pdf.letters import render_sponsor_sheet
    from visadesk.sample.family import BROTHER_ID

    person = example_case.person(BROTHER_ID)
    sheets = sponsor_sheets(example_case, person, "FRA", "fr", DAY, "")
    kinds = [(s.kind, s.for_consulate) for s in sheets]
    assert kinds == [("attestation", True), ("support", True), ("host_note", False)]
    attestation = _text(render_sponsor_sheet(sheets[0]))
    assert "Signature de l'hébergeant" in attestation and NOTE not in attestation
    note = _text(render_sponsor_sheet(sheets[2]))
    assert NOTE in note
    assert "Note pour" not in note  # its own sheet's title says what it is: no second heading


def test_the_sponsors_checklist_is_not_bound_among_the_consulates_parts(example_case):
    """The Verpflichtungserklärung checklist tells the host what to bring to the Ausländerbehörde:
    it stands with the applicant's own checklist, before the first form, the letter and its
    exhibits — never between them — and says at its top that it is not handed in."""
    reader = _packet(example_case, HUSBAND_ID)
    outline = _outline(reader)
    titles = [t for _, t in outline]
    vpe = next(i for i, t in enumerate(titles) if t.startswith("Verpflichtungserklärung"))
    checklist = next(i for i, t in enumerate(titles) if t.startswith("Liste der Unterlagen"))
    letter = next(i for i, t in enumerate(titles) if t.startswith("Begleitschreiben"))
    form = next(i for i, t in enumerate(titles) if "VIDEX" in t)
    assert vpe == checklist + 1 and vpe < form < letter
    page = " ".join((reader.pages[outline[vpe][0]].extract_text() or "").split())
    assert "nicht bei der Auslandsvertretung abgeben" in page
    assert "этот лист в консульство не сдаётся" in page  # and in the user's language
    assert "Ausländerbehörde" in page
    # and nothing after the letter is the sponsor's to-do list
    later = " ".join(
        " ".join((p.extract_text() or "").split()) for p in reader.pages[outline[letter][0] :]
    )
    assert (
        "was die sich verpflichtende Person braucht"
        not in later.split("Verzeichnis der Anlagen")[-1]
    )
    assert "nicht bei der Auslandsvertretung abgeben" not in later


def test_the_covers_contents_name_each_form_in_its_readers_language(example_case):
    """The Schengen form for France is listed in French first (never English alone); the VIDEX
    preparation sheet, the applicant's own, in the user's language."""
    from visadesk.sample.family import BROTHER_ID

    reader = _packet(example_case, BROTHER_ID)
    titles = [t for _, t in _outline(reader)]
    assert "Demande de visa Schengen / Application for Schengen Visa" in titles
    assert "Application for Schengen Visa" not in titles
    cover = " ".join((reader.pages[0].extract_text() or "").split())
    assert "Demande de visa Schengen / Application for Schengen Visa" in cover
    reader = _packet(example_case, HUSBAND_ID)  # lang="ru"
    titles = [t for _, t in _outline(reader)]
    prep = get_registry().get("de-videx-national")
    assert prep.title.ru in titles
    assert not any(t.startswith("Preparation sheet") for t in titles)


def test_every_packet_and_scan_heading_has_its_five_languages():
    """A scan's heading names the document in the user's language too (a Russian user read
    "Reisepass / Passport" before: English stood in for Russian)."""
    from visadesk.case.model import Attachment, AttachmentKind
    from visadesk.pdf.packet_parts import DOCUMENT_WORDS, PACKET_WORDS, document_heading

    for table in (PACKET_WORDS, DOCUMENT_WORDS):
        for key, entry in table.items():
            assert set(entry) == {"en", "ru", "uk", "fr", "de"}, key
    att = Attachment(
        kind=AttachmentKind.PASSPORT_SCAN, filename="IMG_1.jpg", media_type="image/jpeg"
    )
    assert document_heading(att, ("de", "en", "ru")) == "Reisepass / Passport / Загранпаспорт"


def test_the_sponsors_checklist_names_nationalities_not_codes(example_case):
    from visadesk.letters.sponsor import german_obligation

    sheet = german_obligation(example_case, example_case.person(HUSBAND_ID), "de")
    values = [v for k, v in sheet.rows if k == "Staatsangehörigkeit"]
    assert values == ["Russische Föderation", "Russische Föderation"]  # sponsor, applicant


def test_the_travellers_own_sheets_come_before_the_consulates_forms(example_case):
    """A border checklist added after the Schengen form is still the traveller's own: it stands
    with the applicant's checklist, ahead of the form the consulate receives."""
    from visadesk.case.model import Application, Case
    from visadesk.sample.family import BROTHER_ID

    apps = [*example_case.applications, Application(person_id=BROTHER_ID, form_id="border-ge")]
    case = Case.model_validate(example_case.model_copy(update={"applications": apps}).model_dump())
    titles = [t for _, t in _outline(_packet(case, BROTHER_ID))]
    border = titles.index(get_registry().get("border-ge").title.ru)  # in the user's language
    schengen = titles.index("Demande de visa Schengen / Application for Schengen Visa")
    host_note = next(i for i, t in enumerate(titles) if t.startswith("Attestation d'hébergement :"))
    checklist = next(i for i, t in enumerate(titles) if t.startswith("Liste des pièces"))
    assert host_note == checklist + 1 and checklist < border < schengen


def test_the_photo_box_speaks_the_forms_languages(example_case):
    """The empty photo box says what goes there in the form's languages: on the Schengen form
    for Germany "Lichtbild" beside "Photo", on the French one no German word."""
    import io as _io
    from datetime import date as _date

    from pypdf import PdfReader as _Reader

    from visadesk import casework
    from visadesk.pdf.packet import render_form
    from visadesk.sample.family import BROTHER_ID

    def first_page(case) -> str:
        pdf = render_form(case, BROTHER_ID, "schengen-c", on_date=_date(2026, 12, 3))
        return _Reader(_io.BytesIO(pdf)).pages[0].extract_text()

    app = next(a for a in example_case.applications_for(BROTHER_ID) if a.form_id == "schengen-c")
    french = first_page(example_case)
    assert "Photo 35 × 45 mm" in french and "Lichtbild" not in french
    to_germany = casework.answer_field(example_case, app.id, "main_destination", "DE")
    german = first_page(to_germany)
    assert "Lichtbild 35 × 45 mm" in german and "Photo 35 × 45 mm" in german
