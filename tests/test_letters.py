"""Letters: templates in five languages with sourced legal bases, the structure of the example
family's letters, exhibits in order, and no untranslated Russian printed as French or German."""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from visadesk.case.account import DocumentKind, EventKind
from visadesk.case.casefile import parse_case
from visadesk.case.model import Attachment
from visadesk.errors import InvalidData
from visadesk.facts.sourcing import Confidence, confidence_of
from visadesk.letters import ops
from visadesk.letters.compose import NoLetter, compose_letter, has_cyrillic
from visadesk.letters.drafts import build_draft, shown
from visadesk.letters.evidence import exhibits_for
from visadesk.letters.templates import LANGS, placeholders, templates
from visadesk.pdf.letters import letter_parts, render_letter
from visadesk.pdf.packet import build_packet
from visadesk.sample.family import BROTHER_ID, HUSBAND_ID, SON_ID

DAY = date(2026, 12, 3)
CYR = re.compile("[\u0400-\u04ff]")


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def test_every_phrase_exists_in_five_languages_with_the_same_placeholders():
    t = templates()
    assert len(t.phrases) > 100
    items = [(k, p) for k, p in t.phrases.items()]
    for key, basis in t.bases.items():
        items += [(f"{key}.subject", basis.subject), (f"{key}.request", basis.request)]
        items += [(f"{key}.note", basis.note)]
    items += [(f"note.{k}", n.text) for k, n in t.notes.items()]
    for key, phrase in items:
        found = {lang: placeholders(phrase.get(lang)) for lang in LANGS}
        assert len({frozenset(v) for v in found.values()}) == 1, (key, found)
    for key, phrase in items:  # the letter languages never fall back to Russian text
        for lang in ("en", "fr", "de"):
            assert not has_cyrillic(phrase.get(lang)), (key, lang)


def test_legal_bases_cite_official_sources_and_notes_are_sourced():
    t = templates()
    assert set(t.bases) == {"art25", "de22", "fr_asylum"}
    for basis in t.bases.values():
        assert confidence_of(basis.sources) is Confidence.OFFICIAL
    assert any(
        "gesetze-im-internet.de/aufenthg_2004/__22" in s.url for s in t.bases["de22"].sources
    )
    for note in t.notes.values():
        assert confidence_of(note.sources) is not Confidence.UNCONFIRMED


def test_legal_notes_live_in_the_fact_store_once():
    """legal.yaml keeps only subject and request phrases; what the law says and the Russian
    specifics are facts (one place per fact), and a letter prints them from the store."""
    import importlib.resources

    import yaml

    from visadesk.facts.store import builtin_facts

    raw = yaml.safe_load(
        (importlib.resources.files("visadesk.letters") / "templates" / "legal.yaml").read_text(
            encoding="utf-8"
        )
    )
    for basis in raw["bases"].values():
        assert set(basis) == {"subject", "request", "facts"}
    for note in raw["notes"].values():
        assert set(note) == {"facts"}
    store = builtin_facts()
    t = templates()
    assert t.bases["de22"].facts == ["de.s22_sentence1"]
    assert t.bases["de22"].note.de == store.get("de.s22_sentence1").letter_text("de")
    assert t.notes["internal_passport"].text.fr == store.get("ru.internal_passport").statement.fr
    assert t.notes["electronic_summons"].sources == list(store.get("ru.exit_ban_summons").sources)
    # no sourced text of the templates repeats a fact: the old note wording is nowhere else
    summons = store.get("ru.exit_ban_summons").letter_text("en")
    for name in ("letter.yaml", "sponsor.yaml", "drafts.yaml", "legal.yaml"):
        text = (importlib.resources.files("visadesk.letters") / "templates" / name).read_text(
            encoding="utf-8"
        )
        assert summons[:80] not in text, name


def test_a_fact_corrected_in_the_store_changes_the_letter(example_case, monkeypatch):
    from visadesk.facts import store as facts_store
    from visadesk.facts.sourcing import Confidence as C

    real = facts_store.builtin_facts()
    fact = real.get("ru.exit_ban_summons")
    assert fact.letter is not None
    fixed = real.copy()
    fixed.add(
        fact.model_copy(
            update={"letter": fact.letter.model_copy(update={"en": "CORRECTED NOTE."})}
        ),
        "test",
    )
    monkeypatch.setattr("visadesk.letters.templates.builtin_facts", lambda: fixed)
    letter = compose_letter(example_case, HUSBAND_ID, on_date=DAY, lang="en")
    notes = [b.text for b in letter.blocks if b.kind == "note"]
    assert "CORRECTED NOTE." in notes
    assert fixed.get("ru.exit_ban_summons").level is not C.UNCONFIRMED


def test_the_husbands_letter_is_german_under_section_22_in_the_expected_order(example_case):
    letter = compose_letter(example_case, HUSBAND_ID, on_date=DAY)
    assert (letter.lang, letter.basis, letter.country) == ("de", "de22", "DEU")
    assert "§ 22 Satz 1" in letter.subject
    assert letter.recipient.startswith("An die Botschaft der Bundesrepublik Deutschland")
    headings = [b.text for b in letter.blocks if b.kind == "heading"]
    assert headings == [
        "Mein Antrag und seine Rechtsgrundlage",
        "Der Sachverhalt in zeitlicher Reihenfolge",
        "Erläuterungen",
        "Warum ich jetzt ausreisen muss",
        "Bindungen an Deutschland",
        "Beigefügte Nachweise",
    ]
    facts = [b.text for b in letter.blocks if b.kind == "fact"]
    assert [f[:10] for f in facts] == ["22.09.2026", "03.10.2026", "20.10.2026"]
    assert any("Gosuslugi" in b.text for b in letter.blocks if b.kind == "note")
    assert letter.place_date == "Ekaterinburg, den 03.12.2026"


def test_the_brothers_letter_is_french_under_article_25(example_case):
    letter = compose_letter(example_case, BROTHER_ID, on_date=DAY)
    assert (letter.lang, letter.basis) == ("fr", "art25")
    assert "article 25, paragraphe 1, point a)" in " ".join(letter.body_lines())
    notes = " ".join(b.text for b in letter.blocks if b.kind == "note")
    assert "agents de l'étranger" in notes and "Passeport intérieur" in notes
    assert letter.missing == 0
    with pytest.raises(NoLetter):
        compose_letter(example_case, SON_ID, on_date=DAY)


@pytest.mark.parametrize("person_id", [HUSBAND_ID, BROTHER_ID])
def test_no_untranslated_russian_is_printed_as_french_or_german(example_case, person_id):
    letter = compose_letter(example_case, person_id, on_date=DAY)
    body = letter.body_lines()
    assert not [line for line in body if has_cyrillic(line)]
    pdf = render_letter(letter)
    pages = _pages(pdf)
    annex_at = next(i for i, text in enumerate(pages) if "Anhang:" in text or "Annexe :" in text)
    for text in pages[:annex_at]:
        assert not CYR.search(text), text[:200]
    annex = "\n".join(pages[annex_at:])
    for passage in letter.passages:
        assert passage.original.split()[0] in annex  # the user's own words, beside the letter


def test_a_passage_without_translation_is_marked_never_printed(example_case):
    letter = compose_letter(example_case, HUSBAND_ID, on_date=DAY)
    assert letter.missing == 1
    missing = next(p for p in letter.passages if p.translation is None)
    text = "\n".join(_pages(render_letter(letter)))
    assert f"ÜBERSETZUNG FEHLT: Abschnitt {missing.number}" in text
    assert "ENTWURF: 1 Abschnitt(e)" in text
    # translated by a person: the marker goes, the German text appears
    event = next(e for e in example_case.account.events if e.description.text == missing.original)
    case = ops.set_event_translation(
        example_case, event.id, "de", "Beamte kamen zu mir nach Hause."
    )
    again = compose_letter(case, HUSBAND_ID, on_date=DAY)
    assert again.missing == 0
    assert "Beamte kamen zu mir nach Hause." in "\n".join(_pages(render_letter(again)))


def test_russian_letter_copy_for_the_user(example_case):
    letter = compose_letter(example_case, BROTHER_ID, on_date=DAY, lang="ru")
    assert letter.missing == 0  # the user's own words are the Russian text
    assert any(has_cyrillic(line) for line in letter.body_lines())


def _scan(text: str) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf)
    c.drawString(100, 700, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _with_scans(example_case):
    """The husband's evidence with real scans: the summons, the dismissal order, and the
    marriage certificate with a sworn translation attached."""
    atts = {
        name: Attachment(person_id=HUSBAND_ID, filename=f"{name}.pdf", media_type="application/pdf")
        for name in ("SCAN-SUMMONS", "SCAN-DISMISSAL", "SCAN-MARRIAGE", "SCAN-SWORN", "SCAN-OTHER")
    }
    case = example_case.model_copy(update={"attachments": list(atts.values())})
    ev = {e.document: e.id for e in case.account.evidence if e.person_id == HUSBAND_ID}
    data = json.loads(case.model_dump_json())
    for item in data["account"]["evidence"]:
        if item["id"] == ev[DocumentKind.SUMMONS]:
            item["attachment_id"] = atts["SCAN-SUMMONS"].id
        if item["id"] == ev[DocumentKind.OFFICIAL_LETTER]:
            item["attachment_id"] = atts["SCAN-DISMISSAL"].id
        if item["id"] == ev[DocumentKind.MARRIAGE_CERTIFICATE]:
            item["attachment_id"] = atts["SCAN-MARRIAGE"].id
            item["translation_attachment_id"] = atts["SCAN-SWORN"].id
    case = parse_case(json.dumps(data))
    blobs = {a.id: _scan(a.filename[:-4]) for a in case.attachments}
    return case, (lambda att: io.BytesIO(blobs[att.id]))


def test_exhibits_are_numbered_by_first_citation_then_date(example_case):
    exhibits = exhibits_for(example_case, HUSBAND_ID)
    docs = [x.evidence.document for x in exhibits]
    assert docs == [
        DocumentKind.SUMMONS,  # cited by the first event
        DocumentKind.OTHER,  # cited by the first event, second
        DocumentKind.OFFICIAL_LETTER,  # cited by the third event
        DocumentKind.MARRIAGE_CERTIFICATE,  # cited by no event: after the cited ones
    ]
    assert [x.number for x in exhibits] == [1, 2, 3, 4]
    assert [x.draft for x in exhibits] == [True, False, False, True]
    # an event moved earlier pulls its evidence forward
    third = next(
        e
        for e in example_case.account.events
        if e.kind is EventKind.DISMISSAL and e.person_ids == [HUSBAND_ID]
    )
    moved = ops.edit_event(example_case, third.id, on=date(2026, 9, 1))
    assert exhibits_for(moved, HUSBAND_ID)[0].evidence.document is DocumentKind.OFFICIAL_LETTER


def test_packet_puts_exhibits_in_index_order_with_separators(example_case):
    case, opener = _with_scans(example_case)
    buf = io.BytesIO()
    build_packet(case, buf, on_date=DAY, open_attachment=opener, person_ids=[HUSBAND_ID])
    text = "\n".join(_pages(buf.getvalue()))
    order = [
        # the sponsor's to-do list is the host's own: with the applicant's checklist, first
        "was die sich verpflichtende Person braucht",
        "Begleitschreiben",
        "Verzeichnis der Anlagen",
        "Anlage 1",
        "SCAN-SUMMONS",
        "Übersetzungsentwurf: Vorladung",
        "Anlage 2",
        "Anlage 3",
        "SCAN-DISMISSAL",
        "Anlage 4",
        "SCAN-MARRIAGE",
        "SCAN-SWORN",
        "SCAN-OTHER",  # not evidence: among the ordinary scans, after the letter's part
    ]
    positions = []
    start = 0
    for marker in order:
        pos = text.find(marker, start)
        assert pos >= 0, marker
        positions.append(pos)
        start = pos
    for once in ("SCAN-SUMMONS", "SCAN-MARRIAGE"):
        assert text.count(once) == 1  # exhibits are not repeated among the scans
    assert "beglaubigte" in text  # the index says a sworn translation is attached
    assert "Übersetzungsentwurf: Heiratsurkunde" not in text  # a sworn one is attached
    # an exhibit's scan is named in the letter's language on the cover and in the bookmarks
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    titles = [o.title for group in reader.outline if isinstance(group, list) for o in group]
    assert "Anlage 1: Einberufungsbescheid (Scan)" in titles
    assert not any("(scan)" in t for t in titles) and "(scan)" not in text


def test_example_packet_contains_both_letters_attestation_index_and_drafts(example_case):
    buf = io.BytesIO()
    build_packet(example_case, buf, on_date=DAY)
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    titles = [o.title for group in reader.outline if isinstance(group, list) for o in group]
    assert "Begleitschreiben (de)" in titles and "Lettre de motivation (fr)" in titles
    assert "Attestation d'hébergement et de prise en charge" in titles
    assert "Verzeichnis der Anlagen" in titles and "Bordereau des pièces justificatives" in titles
    drafts = [t for t in titles if t.startswith(("Übersetzungsentwurf", "Projet de traduction"))]
    assert len(drafts) >= 2


def test_translation_drafts_never_put_russian_in_the_target_column(example_case):
    people = {p.id: p for p in example_case.people()}
    for doc in (
        DocumentKind.SUMMONS,
        DocumentKind.INTERNAL_PASSPORT,
        DocumentKind.MARRIAGE_CERTIFICATE,
        DocumentKind.MILITARY_ID,
        DocumentKind.BIRTH_CERTIFICATE,
    ):
        person = people[SON_ID if doc is DocumentKind.BIRTH_CERTIFICATE else HUSBAND_ID]
        for lang in ("fr", "de", "en"):
            draft = build_draft(doc, person, lang, people)
            for row in draft.rows:
                original, target, _marker = shown(row.cell, lang)
                assert not has_cyrillic(target), (doc, row.label, target)
                assert not has_cyrillic(row.label)
    summons = build_draft(DocumentKind.SUMMONS, people[HUSBAND_ID], "de", people)
    cells = {r.label: shown(r.cell, "de") for r in summons.rows}
    assert cells["An den Bürger"][1] == "PODIEIACHEV IAROSLAV"
    assert cells["Zugestellt am"][1] == "22.09.2026"
    assert cells["Art der Zustellung (Vermerke)"][1] == "[zu übersetzen]"
    birth = build_draft(DocumentKind.BIRTH_CERTIFICATE, people[SON_ID], "fr", people)
    values = {r.label: shown(r.cell, "fr")[1] for r in birth.rows}
    assert values["Mère"] == "PODIEIACHEVA IULIIA" and values["Père"] == "PODIEIACHEV IAROSLAV"


def test_ops_validate_and_return_a_new_case(example_case):
    case, event_id = ops.add_event(
        example_case,
        on=date(2026, 11, 1),
        kind=EventKind.DETENTION,
        place="Екатеринбург",
        description="Задержан на улице на три часа.",
        person_ids=[HUSBAND_ID],
    )
    case, evidence_id = ops.add_evidence(case, document=DocumentKind.COURT_PAPER, shows="Протокол")
    case = ops.link_evidence(case, event_id, evidence_id)
    assert case.account.events[-1].evidence_ids == [evidence_id]
    case = ops.remove_evidence(case, evidence_id)
    assert case.account.events[-1].evidence_ids == []
    case = ops.set_statement(case, HUSBAND_ID, passage="free_text", text="Дополнение.")
    case = ops.set_statement(
        case, HUSBAND_ID, passage="free_text", text="Nachtrag.", translation_lang="de"
    )
    assert case.account.statement_for(HUSBAND_ID).free_text.in_lang("de") == "Nachtrag."
    assert example_case.account.statement_for(HUSBAND_ID).free_text.is_empty()  # not mutated
    with pytest.raises(InvalidData):
        ops.add_event(case, on=date(2026, 11, 1), kind=EventKind.OTHER, person_ids=["f" * 32])
    with pytest.raises(InvalidData):
        ops.add_event(case, on=date(2999, 1, 1), kind=EventKind.OTHER)
    case = ops.remove_event(case, event_id)
    assert all(e.id != event_id for e in case.account.events)


def test_case_files_without_an_account_still_load(example_case):
    data = json.loads(example_case.model_dump_json())
    del data["account"]
    case = parse_case(json.dumps(data))
    assert case.account is None
    assert letter_parts(case, HUSBAND_ID, DAY) == []


def test_the_electronic_summons_note_dates_the_register_as_the_sources_do():
    """The law is of April 2023; the register of summonses runs from 1 November 2024 (the
    note once said summonses were sent electronically "since April 2023")."""
    note = templates().notes["electronic_summons"]
    assert "1 November 2024" in note.text.en and "since April 2023" not in note.text.en
    assert "1. November 2024" in note.text.de and "1er novembre 2024" in note.text.fr
    assert any("2024/09/18" in s.url for s in note.sources)


def test_a_drafts_footer_is_the_banners_heading_whole(example_case):
    from visadesk.pdf.letters import render_draft

    people = {p.id: p for p in example_case.people()}
    for lang, heading in (
        ("de", "ENTWURF FÜR EINE BEEIDIGTE ÜBERSETZUNG · 1 / 1"),
        ("fr", "PROJET POUR UN TRADUCTEUR ASSERMENTÉ · 1 / 1"),
    ):
        draft = build_draft(DocumentKind.MARRIAGE_CERTIFICATE, people[HUSBAND_ID], lang, people)
        text = PdfReader(io.BytesIO(render_draft(draft))).pages[0].extract_text()
        assert heading in text, text[-200:]
        assert ": · 1 / 1" not in text and " : · 1" not in text


def test_addresses_name_the_country_in_the_letters_language(example_case):
    """'69003 Lyon, France', 'Ekaterinburg, …, Russland' — never an ISO code in a letter."""
    husband = compose_letter(example_case, HUSBAND_ID, on_date=date(2026, 12, 3))
    assert husband.lang == "de" and husband.sender[1].endswith(", Russland")
    brother = compose_letter(example_case, BROTHER_ID, on_date=date(2026, 12, 3))
    assert brother.lang == "fr" and brother.sender[1].endswith(", Russie")
    texts = " ".join(b.text for b in brother.blocks if isinstance(b.text, str))
    assert "69003 Lyon, France" in texts and "Lyon, FRA" not in texts
    from visadesk.letters.sponsor import sponsor_sheets

    person = example_case.person(BROTHER_ID)
    sheets = sponsor_sheets(example_case, person, "FRA", "fr", date(2026, 12, 3), "")
    body = repr(sheets)
    assert "69003 Lyon, France" in body and "Lyon, FRA" not in body


def test_sponsor_steps_are_facts_in_the_store():
    """The host's and sponsor's sourced steps are facts (text, sources, confidence in one place);
    sponsor.yaml only names them."""
    import importlib.resources

    import yaml

    from visadesk.facts.store import builtin_facts
    from visadesk.letters.sponsor import _step

    raw = yaml.safe_load(
        (importlib.resources.files("visadesk.letters") / "templates" / "sponsor.yaml").read_text(
            encoding="utf-8"
        )
    )
    assert "sources" not in raw and raw["facts"]
    assert not set(raw["facts"]) & set(raw["phrases"])
    store = builtin_facts()
    for key, fact_id in raw["facts"].items():
        fact = store.get(fact_id)
        assert fact.sources, fact_id
        assert _step(key, "de").startswith(fact.statement.de)
