"""Issue #14 "Field truth": every fact a definition prints is sourced, dated and current."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from visadesk.facts.sourcing import MAX_AGE, Confidence
from visadesk.facts.store import builtin_facts
from visadesk.forms.registry import DefinitionError, load_registry, parse_definition

LEGAL = re.compile(
    r"https?://|\b[a-z0-9-]+\.(gouv\.fr|diplo\.de|europa\.eu|gov\.[a-z]+|[a-z]{2,3})\b|"
    r"\b(Art\.|Regulation|Directive|CESEDA|AufenthG|§|ICAO|Décret|Decree)"
)


@pytest.fixture(scope="module")
def registry():
    return load_registry(Path("/nonexistent-user-forms"))


def test_no_definition_cites_an_internal_file(registry):
    for form in registry.all():
        texts = [form.source] + [i.source or "" for i in form.checklist]
        for text in texts:
            assert "reference/" not in text and ".md" not in text, (form.id, text)


def test_every_definition_and_fact_was_checked_within_a_year(registry):
    today = date.today()
    for form in registry.all():
        assert today - form.checked <= MAX_AGE, f"{form.id}: re-check the definition"
    for fact in builtin_facts().facts.values():
        assert today - fact.checked <= MAX_AGE, f"{fact.id}: may be out of date"
        for s in fact.sources:
            assert today - s.checked <= MAX_AGE, (fact.id, s.url)


def test_every_fact_has_a_source_or_says_whom_to_ask():
    for fact in builtin_facts().facts.values():
        if fact.level is Confidence.UNCONFIRMED:
            assert fact.check_with is not None, fact.id
        else:
            assert fact.sources, fact.id


def test_every_checklist_item_is_sourced_or_marked_unverified(registry):
    store = builtin_facts()
    for form in registry.all():
        for item in form.checklist:
            for fid in item.facts:
                store.get(fid)  # exists
            sourced = bool(item.facts) or bool(item.source and LEGAL.search(item.source))
            assert sourced or item.unverified, (form.id, item.id, item.source)


def test_schengen_fee_is_eur_90_and_45_since_june_2024(registry):
    for form_id in ("schengen-c", "de-videx-schengen"):
        fee = next(i for i in registry.get(form_id).checklist if i.id == "fee")
        assert "EUR 90" in fee.label.en and "EUR 45" in fee.label.en, form_id
        assert "11 June 2024" in fee.label.en
        assert "90 евро" in fee.label.ru and "45 EUR" in fee.label.fr
        assert fee.facts == ["eu.schengen_fee"]
    fact = builtin_facts().get("eu.schengen_fee")
    assert fact.value == {"fee_eur": 90, "child_fee_eur": 45}
    assert fact.level is Confidence.OFFICIAL


def test_art25_help_warns_against_entry_through_the_baltics_poland_finland(registry):
    notes = " ".join(n.en for n in registry.get("schengen-c").notes)
    for country in ("Estonia", "Latvia", "Lithuania", "Poland", "Finland"):
        assert country in notes
    assert "France" in notes


BAD = """\
id: broken-form
country: FR
kind: checklist
title: {en: A, ru: A, uk: A, fr: A, de: A}
source: "reference/documents.md"
checked: 2026-01-01
"""


def test_an_internal_file_as_source_is_refused():
    with pytest.raises(DefinitionError, match="internal file"):
        parse_definition(BAD, "bad.yaml")
    item = BAD.replace('"reference/documents.md"', "Consulate") + (
        "checklist:\n  - id: x\n    label: {en: A, ru: A, uk: A, fr: A, de: A}\n"
        '    source: "Unconfirmed — check with the consulate"\n'
    )
    with pytest.raises(DefinitionError, match="unverified"):
        parse_definition(item, "bad.yaml")


def _fr(case, person_id, purpose):
    from visadesk.case.model import Application
    from visadesk.forms.engine import fill

    app = Application(person_id=person_id, form_id="fr-long-stay", answers={"purpose": purpose})
    return fill(
        case, person_id, "fr-long-stay", application=app, today=date(2026, 11, 25), lang="ru"
    )


def test_family_reunification_refused_for_a_sibling_in_the_users_language(example_case):
    from visadesk.sample.family import BROTHER_ID, SON_ID

    brother = _fr(example_case, BROTHER_ID, "family")
    problems = [p for p in brother.invalid if p.field_id == "purpose"]
    assert problems and problems[0].message_key == "not_eligible"
    assert "брат" in problems[0].message  # shown in the user's language (ru)
    assert not [p for p in _fr(example_case, SON_ID, "family").invalid if p.field_id == "purpose"]
    assert not [
        p for p in _fr(example_case, BROTHER_ID, "asylum").invalid if p.field_id == "purpose"
    ]


def test_cerfa_has_no_asylum_box_and_documents_reunification(registry):
    from visadesk.forms.types import print_choices

    form = registry.get("fr-long-stay")
    purpose = form.field("purpose")
    printed = [label for label, _ in print_choices(purpose, "asylum", ("fr",))]
    assert not any("Asile" in label for label in printed)
    assert ("Autre (à préciser)", True) in print_choices(purpose, "asylum", ("fr",))
    assert "14571*06" in form.edition
    notes = " ".join(n.en for n in form.notes)
    assert "R561-1" in notes and "consulate" in notes and "brothers" in notes


def test_videx_keeps_at_signs_and_never_takes_a_foreign_address_for_germany(example_case):
    from visadesk.forms import values as V
    from visadesk.forms.engine import fill

    form = load_registry(Path("/nonexistent-user-forms")).get("de-videx-national")
    field = form.field("purpose_explanation")
    V.check(field, "Contact anna.muster@example.de", form, {}, date(2026, 11, 25), None)
    assert V.to_charset("ivan@example.org", "videx") == "ivan@example.org"
    person = next(
        a.person_id for a in example_case.applications if a.form_id == "de-videx-national"
    )
    assert example_case.sponsor.address.country == "FRA"
    filled = fill(example_case, person, form, today=date(2026, 11, 25))
    assert filled.field("place_of_stay").text == ""  # the sponsor lives in Lyon, not Germany
    german = example_case.sponsor.address.model_copy(update={"country": "DEU", "city": "Köln"})
    case = example_case.model_copy(
        update={"sponsor": example_case.sponsor.model_copy(update={"address": german})}
    )
    assert "Köln" in fill(case, person, form, today=date(2026, 11, 25)).field("place_of_stay").text


def test_section_22_note_says_the_procedure_resumed_in_august_2025(registry):
    note = registry.get("de-videx-national").notes
    text = " ".join(n.en for n in note)
    # the sources: suspended at the end of July (DW, 16 Aug), running again by 25 Aug 2025
    assert "suspended at the end of July 2025" in text and "25 August 2025" in text
    assert "mid-August" not in text and "frozen" not in text
    assert "25 August 2025" in builtin_facts().get("de.section22_russians").statement.en
    fact = builtin_facts().get("de.section22_russians")
    assert fact.level is Confidence.TWO_SECONDARY


def test_passport_flags_expired_short_and_old_where_entered(example_case):
    from visadesk.case.model import Application
    from visadesk.forms.engine import fill
    from visadesk.sample.family import BROTHER_ID

    day = date(2026, 11, 25)
    base = next(a for a in example_case.applications_for(BROTHER_ID) if a.form_id == "schengen-c")
    answers = dict(base.answers, document_issued="2015-01-10", document_valid_until="2027-05-01")
    app = Application(person_id=BROTHER_ID, form_id="schengen-c", answers=answers)
    filled = fill(example_case, BROTHER_ID, "schengen-c", application=app, today=day, lang="de")
    flags = {p.field_id: p for p in filled.invalid if p.message_key == "date_rule"}
    assert "vor mehr als 10 Jahren" in flags["document_issued"].message
    assert "weniger als 3 Monate" in flags["document_valid_until"].message
    for form_id in ("fr-long-stay", "de-videx-national"):
        app = Application(
            person_id=BROTHER_ID,
            form_id=form_id,
            answers={"document_issued": "2015-01-10", "document_valid_until": "2026-12-01"},
        )
        filled = fill(example_case, BROTHER_ID, form_id, application=app, today=day, lang="en")
        flags = {p.field_id: p.message for p in filled.invalid if p.message_key == "date_rule"}
        assert "more than 10 years" in flags["document_issued"], form_id
        assert "expired or expires within 3 months" in flags["document_valid_until"], form_id


def test_country_names_as_the_form_writes_them():
    from visadesk.case.countries import name

    assert name("RUS", "fr") == "Fédération de Russie"
    assert name("RUS", "de") == "Russische Föderation"
    assert name("MDA", "de") == "Republik Moldau"
    assert name("IRN", "fr") == "République islamique d'Iran"
    assert name("SUN", "en") == "USSR" and name("SUN", "de") == "UdSSR"
    assert name("COD", "en") == "The Democratic Republic of the Congo"
    for code in ("RUS", "MDA", "IRN", "KOR", "TZA", "SUN", "COD", "SYR"):
        for lang in ("en", "fr", "de"):
            assert ", " not in name(code, lang), (code, lang)


def test_free_text_in_the_consulates_language():
    from visadesk.forms.values import to_charset

    assert to_charset("Журналист", "latin", ("fr", "en")) == "Journaliste"
    assert to_charset("Журналист", "latin", ("en", "fr")) == "Journalist"
    assert to_charset("Школьник", "videx", ("en", "de")) == "Pupil"
    assert to_charset("МВД 66001", "latin", ("en",)) == "MVD 66001"
    assert to_charset("ООО «Ромашка»", "latin", ("de",)) == "OOO (GmbH) «Romashka»"
    assert to_charset("ГУ МВД России", "latin", ("en",)) == "GU MVD Rossii"


def test_profile_free_text_prints_in_the_forms_language(example_case):
    from visadesk.forms.engine import fill
    from visadesk.sample.family import BROTHER_ID

    app = next(a for a in example_case.applications_for(BROTHER_ID) if a.form_id == "schengen-c")
    filled = fill(example_case, BROTHER_ID, "schengen-c", application=app, today=date(2026, 11, 25))
    assert filled.field("occupation").text == "Journalist"  # was "Zhurnalist"


def test_videx_schengen_follows_videx_screens_without_box_numbers(registry):
    form = registry.get("de-videx-schengen")
    ids = [s.id for s in form.sections]
    assert ids[0] == "personal" and ids[-1] == "eu_family"  # EU-citizen data last, as in VIDEX
    assert all(f.number is None for f in form.fields())


def test_cerfa_prints_profile_occupation_in_french(example_case):
    from visadesk.forms.engine import fill
    from visadesk.sample.family import SON_ID

    app = next(a for a in example_case.applications_for(SON_ID) if a.form_id == "fr-long-stay")
    filled = fill(example_case, SON_ID, "fr-long-stay", application=app, today=date(2026, 11, 25))
    occupation = next(f for f in filled.fields() if f.field.number == "21")
    assert occupation.text == "Élève"


# --- one place per fact: checklist items reference the fact store -----------------------------

_WORD = re.compile(r"\w+")
_TOKEN = re.compile(
    r"\b\d{1,2}\.? (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember|janvier|février|mars|"
    r"avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|января|февраля|марта|"
    r"апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|"
    r"квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня) \d{4}\b|"
    r"\bEUR \d+|\b\d+ EUR\b|\b\d+ евро\b|\b\d+ євро\b|"
    r"\b\d+ (?:days|hours|working days|дней|часов|днів|годин|jours|heures|Tage|Stunden)\b",
    re.IGNORECASE,
)


def _grams(text: str, n: int = 7) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _fact_text_index():
    grams: dict[tuple[str, tuple[str, ...]], str] = {}
    tokens: dict[tuple[str, str], str] = {}
    for fact in builtin_facts().facts.values():
        for lang in ("en", "ru", "uk", "fr", "de"):
            text = fact.statement.get(lang)
            for g in _grams(text):
                grams.setdefault((lang, g), fact.id)
            for t in _TOKEN.findall(text):
                tokens.setdefault((lang, t.lower()), fact.id)
    return grams, tokens


def restated_facts(text: str, lang: str, index=None) -> set[str]:
    """The facts whose wording (seven words in a row, or a date, amount or deadline) a text
    repeats."""
    grams, tokens = index or _fact_text_index()
    hits = {grams[(lang, g)] for g in _grams(text) if (lang, g) in grams}
    hits |= {tokens[(lang, t.lower())] for t in _TOKEN.findall(text) if (lang, t.lower()) in tokens}
    return hits


def _raw_definitions():
    import importlib.resources

    import yaml

    root = importlib.resources.files("visadesk.forms") / "definitions"
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            yield entry.name, yaml.safe_load(entry.read_text(encoding="utf-8"))


def test_checklist_items_reference_facts_instead_of_restating_them():
    index = _fact_text_index()
    found = []
    for name, data in _raw_definitions():
        for item in data.get("checklist") or []:
            for key in ("label", "help"):
                for lang, text in (item.get(key) or {}).items():
                    hits = restated_facts(text, lang, index)
                    if hits:
                        found.append((name, item["id"], key, lang, sorted(hits)))
            if item.get("facts"):
                # the fact carries its sources: the item does not cite them a second time
                assert not item.get("source"), (name, item["id"])
    assert not found, found


def test_the_restatement_check_can_fail():
    old = "Child under 14: own foreign passport (a birth certificate is no longer accepted since 20 January 2026)"
    assert restated_facts(old, "en") == {"ru.children_under14"}
    assert restated_facts("Visa fee EUR 90, since 11 June 2024", "en") == {"eu.schengen_fee"}
    assert not restated_facts("Child under 14: the child's own foreign passport", "en")


def test_a_checklist_item_prints_its_fact_from_the_store(registry):
    store = builtin_facts()
    child = store.get("ru.children_under14")
    for form in registry.all():
        shown = {f for row in form.info for f in row.facts}
        for item in form.checklist:
            for fid in item.facts:
                fact = store.get(fid)
                for lang in ("en", "ru", "fr"):
                    printed = item.label.get(lang).count(fact.statement.get(lang))
                    assert printed == (0 if fid in shown else 1), (form.id, item.id, lang)
    kz = next(i for i in registry.get("border-kz").checklist if i.id == "child_passport")
    assert kz.label.en.startswith("Child under 14: the child's own foreign passport — ")
    assert child.statement.en in kz.label.en and "https://" in kz.label.en


def test_form_notes_take_their_facts_from_the_store(registry):
    """A note that states a rule names the fact: its wording comes from the store, and no note's
    own words repeat a fact's statement (seven words in a row)."""
    grams, _ = _fact_text_index()
    for name, data in _raw_definitions():
        for note in data.get("notes") or []:
            own = (
                [note] if "facts" not in note else [note.get("text") or {}, note.get("after") or {}]
            )
            for part in own:
                for lang, text in part.items():
                    hits = {grams[(lang, g)] for g in _grams(text) if (lang, g) in grams}
                    assert not hits, (name, lang, sorted(hits))
    store = builtin_facts()
    art25 = " ".join(n.en for n in registry.get("schengen-c").notes)
    assert store.get("eu.ltv_territorial").statement.en in art25
    s22 = " ".join(n.de for n in registry.get("de-videx-national").notes)
    assert store.get("de.section22_russians").statement.de in s22
    fr = " ".join(n.fr for n in registry.get("fr-long-stay").notes)
    assert store.get("fr.reunification_who").statement.fr in fr


def test_cerfa_choices_print_as_the_copy_of_the_form_writes_them(registry):
    """The one copy of the form's text found (English edition, docobook.com): purposes incl.
    re-entry visa and official taking up of duties, box 26 wording; boxes 8, 9, 23 reconstructed."""
    form = registry.get("fr-long-stay")
    purposes = {c.value: c.print_label.get("en") for c in form.field("purpose").choices}
    assert purposes["re_entry"] == "Re-entry visa"
    assert purposes["official_duties"] == "Official taking up of duties"
    assert (
        purposes["family"] == "Family stay" and purposes["studies"] == "Training period/education"
    )
    durations = [c.print_label.get("en") for c in form.field("length_of_stay").choices]
    assert durations == [
        "Between 3 and 6 months",
        "From 6 months to one year",
        "More than one year",
    ]
    assert all(form.field(f).reconstructed for f in ("sex", "marital_status", "purpose"))


def test_the_schengen_header_does_not_give_art_25_as_the_basis_of_every_visa():
    """Art. 25 (limited territorial validity) is the basis of an LTV visa only: the header
    printed on every Schengen form (and its VIDEX sheet) must not claim it for all."""
    from visadesk.forms.registry import get_registry

    for form_id in ("schengen-c", "de-videx-schengen"):
        assert "Art. 25" not in get_registry().get(form_id).legal_basis
