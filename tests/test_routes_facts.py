"""The shared fact store and the rule files: every fact sourced and dated (or unconfirmed and
saying whom to ask), none older than a year, no internal file cited, confidence never above what
the sources support; rules refer only to existing facts and forms; volunteers' files load with
file-and-line errors; outdated facts are shown as "may be out of date"."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from visadesk.facts.sourcing import Confidence, SourceKind, confidence_of
from visadesk.facts.store import Fact, FactFile, builtin_facts
from visadesk.facts.yamlfile import DataFileError, parse
from visadesk.forms.registry import load_registry
from visadesk.routes.engine import advise_case
from visadesk.routes.loader import load_rules
from visadesk.routes.ops import check_answers
from visadesk.routes.render import line_title
from visadesk.routes.schema import RoutesFile

TODAY = date(2026, 12, 4)


def test_every_fact_is_sourced_dated_and_fresh() -> None:
    store = builtin_facts()
    assert len(store.facts) > 40
    for fact in store.facts.values():
        assert fact.checked <= TODAY
        assert not fact.stale(), f"{fact.id}: checked more than a year ago: re-check it"
        if fact.level is Confidence.UNCONFIRMED:
            assert fact.check_with is not None, fact.id
        else:
            assert fact.sources, fact.id
        for s in fact.sources:
            assert s.url.startswith(("http://", "https://")) and s.title and s.checked
            assert "reference/" not in s.url and not s.url.endswith(".md"), fact.id
        for lang in ("en", "ru", "uk", "fr", "de"):
            assert fact.statement.get(lang).strip(), (fact.id, lang)


def test_official_means_an_official_page_and_two_secondary_means_two_sites() -> None:
    for fact in builtin_facts().facts.values():
        if fact.level is Confidence.OFFICIAL:
            assert any(s.kind is SourceKind.OFFICIAL for s in fact.sources)
        if fact.level is Confidence.TWO_SECONDARY:
            assert confidence_of(fact.sources) is not Confidence.UNCONFIRMED


def test_a_fact_cannot_claim_more_than_its_sources() -> None:
    text = """facts:
- id: xx.claim
  statement: {en: a, ru: a, uk: a, fr: a, de: a}
  sources:
  - {url: "https://example.org/a", title: t, kind: secondary, checked: 2026-12-01}
  confidence: official
  checked: 2026-12-01
"""
    with pytest.raises(DataFileError) as err:
        parse(text, "claim.yaml", FactFile)
    assert err.value.line == 2 and "more than the sources support" in err.value.problem
    unconfirmed = text.replace("  confidence: official\n", "")
    with pytest.raises(DataFileError, match="check_with"):
        parse(unconfirmed, "claim.yaml", FactFile)


def test_stale_facts_are_shown_as_may_be_out_of_date(example_case) -> None:
    later = TODAY + timedelta(days=400)
    advice = advise_case(example_case, today=later)[0]
    assert advice.warnings and all(line.stale for line in advice.lines())
    assert "may be out of date" in line_title(advice.warnings[0], "en")
    assert "может быть устаревшим" in line_title(advice.warnings[0], "ru")
    fresh = advise_case(example_case, today=TODAY)[0]
    assert not any(line.stale for line in fresh.lines())


def test_rules_refer_to_real_facts_forms_and_choices() -> None:
    book = load_rules()
    registry = load_registry()
    kinds = {r.kind for r in book.rules.values()}
    assert kinds == {"warning", "exit", "route"}
    for rule in book.rules.values():
        for fact_id in rule.fact_ids():
            assert fact_id in book.facts.facts
        if rule.kind == "exit":
            assert rule.checklist and registry.get(rule.checklist).kind == "checklist"
        if rule.kind == "route":
            assert rule.form and registry.get(rule.form).kind != "checklist"
            check_answers(rule, registry)  # preselected purposes are real choices of the form


def test_border_checklists_and_routes_share_the_facts() -> None:
    registry = load_registry()
    book = load_rules()
    for rule in book.ordered("exit"):
        form = registry.get(rule.checklist or "")
        row_facts = {i for row in form.info for i in row.facts}
        stay = set(rule.points.get("stay", []))
        assert stay <= row_facts, rule.id  # the same fact on the checklist and in the answer
        for item in form.checklist:
            for fact_id in item.facts:
                assert fact_id in book.facts.facts


def test_every_checklist_says_unconfirmed_where_it_is() -> None:
    tj = load_registry().get("border-tj")
    rows = {row.label.en: row for row in tj.info}
    assert rows["Stay"].unverified and "Unconfirmed — check with the Embassy of Tajikistan" in (
        rows["Stay"].value.en
    )
    assert (
        not rows["Registration"].unverified and "10 working days" in rows["Registration"].value.en
    )
    # no checklist claims "nothing confirmed" in a note: the sheet says so itself when true
    assert not any("Nothing on this checklist" in n.en for n in tj.notes)
    kz = load_registry().get("border-kz")
    stay = next(row for row in kz.info if row.label.en == "Stay")
    assert "90 days in any 180" in stay.value.en and "https://" in stay.value.en


def _write(home: Path, name: str, text: str) -> None:
    folder = home / "routes"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_volunteer_files_add_and_correct_rules(visadesk_home: Path, example_case) -> None:
    _write(
        visadesk_home,
        "fix.yaml",
        """facts:
- id: ge.stay
  statement: {en: "Georgia: corrected by a volunteer", ru: a, uk: a, fr: a, de: a}
  sources:
  - {url: "https://example.gov/ge", title: Official page, kind: official, checked: 2026-12-01}
  checked: 2026-12-01
rules:
- id: exit.xk
  kind: exit
  country: XKX
  checklist: border-ge
  title: {en: Test exit, ru: t, uk: t, fr: t, de: t}
  when: {source: russian, eq: true}
  points: {stay: [ge.stay]}
""",
    )
    book = load_rules()
    assert not book.errors
    assert book.facts.get("ge.stay").statement.en == "Georgia: corrected by a volunteer"
    assert book.origins["exit.xk"] == "fix.yaml"
    brother = advise_case(example_case, today=TODAY, book=book)[1]
    line = next(line for line in brother.exits if line.rule.id == "exit.xk")
    assert "fix.yaml" in line_title(line, "en")  # a volunteer's rule says where it comes from


def test_a_bad_volunteer_file_is_reported_with_file_and_line(visadesk_home: Path) -> None:
    _write(
        visadesk_home,
        "bad.yaml",
        """rules:
- id: warn.typo
  kind: warning
  title: {en: t, ru: t, uk: t, fr: t, de: t}
  when: {source: militray.status, eq: summons}
  points: {warning: [ru.exit_ban_summons]}
""",
    )
    _write(
        visadesk_home,
        "missing.yaml",
        """rules:
- id: warn.nofact
  kind: warning
  title: {en: t, ru: t, uk: t, fr: t, de: t}
  points:
    warning: [no.such_fact]
""",
    )
    book = load_rules()
    errors = {e.file: e for e in book.errors}
    assert (
        errors["bad.yaml"].line == 5
        and "unknown value 'militray.status'" in errors["bad.yaml"].problem
    )
    assert errors["missing.yaml"].line == 6 and "no.such_fact" in errors["missing.yaml"].problem
    assert "warn.typo" not in book.rules and "warn.exit_ban" in book.rules  # shipped rules stay


def test_schema_refuses_unknown_keys_and_unsafe_yaml() -> None:
    with pytest.raises(DataFileError, match="Extra inputs"):
        parse("rules: []\nsurprise: 1\n", "x.yaml", RoutesFile)
    with pytest.raises(DataFileError, match="not valid YAML"):
        parse("rules: !!python/object:os.system ls\n", "x.yaml", RoutesFile)


def test_fact_model_is_importable_for_other_helpers() -> None:
    fact = builtin_facts().get("tr.stay")
    assert isinstance(fact, Fact) and fact.value["stay_days"] == 60
    assert fact.level is Confidence.OFFICIAL


def test_one_place_per_fact_a_corrected_fact_leaves_no_trace_of_the_old_claim(
    visadesk_home: Path, example_case
) -> None:
    """Rule titles name topics only: correct a fact and nothing shown still says the old thing
    (the Azerbaijan and Finland borders reopening, in a volunteer's file)."""
    _write(
        visadesk_home,
        "reopened.yaml",
        """facts:
- id: az.land_border
  statement: {en: "Azerbaijan: land border open (test)", ru: a, uk: a, fr: a, de: a}
  sources:
  - {url: "https://example.gov/az", title: Official page, kind: official, checked: 2026-12-01}
  checked: 2026-12-01
- id: fi.border_closed
  statement: {en: "Finland: land border open (test)", ru: a, uk: a, fr: a, de: a}
  sources:
  - {url: "https://example.gov/fi", title: Official page, kind: official, checked: 2026-12-01}
  checked: 2026-12-01
""",
    )
    from visadesk.case.situation import DocumentsHeld, PersonSituation, Situation, VisaHeld
    from visadesk.routes.ops import save_situation
    from visadesk.routes.render import to_lines

    brother_id = example_case.applicants[1].id
    case = save_situation(
        example_case,
        Situation(
            people=[
                PersonSituation(
                    person_id=brother_id,
                    location="RUS",
                    documents=DocumentsHeld(foreign_passport=True, visas=[VisaHeld(issuer="FIN")]),
                )
            ],
            travel_means=["car_ru_plates"],
        ),
    )
    book = load_rules()
    assert not book.errors
    advice = advise_case(case, today=TODAY, book=book)[1]
    ids = [line.rule.id for line in advice.lines()]
    assert {"exit.az", "warn.azerbaijan_land", "warn.finland_closed"} <= set(ids)
    text = "\n".join(t.text for t in to_lines(advice, "en")).lower()
    assert "land border open (test)" in text
    for old in ("azerbaijan (by air only)", "closed: air only", "russia is closed"):
        assert old not in text, old
    # and every rule title, in every language, is a topic: it never states the rule itself
    for rule in book.rules.values():
        for lang in ("en", "ru", "uk", "fr", "de"):
            title = rule.title.get(lang).lower()
            for word in (
                "closed",
                "banned",
                "закрыт",
                "запрещ",
                "fermée",
                "interdit",
                "geschlossen",
            ):
                assert word not in title, (rule.id, lang)


def test_checklists_and_forms_are_named_by_their_title_in_the_users_language(example_case) -> None:
    from visadesk.routes.render import to_lines

    brother = advise_case(example_case, today=TODAY)[1]
    fr = [t.text for t in to_lines(brother, "fr")]
    assert (
        "Liste pour la frontière: Kazakhstan — entrée sans visa : quoi emporter (border-kz)" in fr
    )
    assert any(t.startswith("Formulaire: Demande de visa Schengen") for t in fr)


def test_central_asian_and_azerbaijani_stay_rules_as_the_sources_say() -> None:
    store = builtin_facts()
    az = store.get("az.stay")
    assert az.value["stay_days"] == 90 and az.value["window"] == "calendar_year"
    assert "No. 561" in az.statement.en and az.level is Confidence.TWO_SECONDARY
    reg = store.get("az.registration")
    assert reg.value == {"registration_days": 15} and reg.level is Confidence.OFFICIAL
    assert store.get("az.land_border").check_with is not None  # no decision after 1 April 2026
    tj = store.get("tj.registration")
    assert tj.value == {"registration_working_days": 10} and tj.level is Confidence.TWO_SECONDARY
    for fid, who in (("tj.stay", "Tajikistan"), ("uz.stay", "Uzbekistan")):
        fact = store.get(fid)
        assert fact.level is Confidence.UNCONFIRMED and "stay_days" not in fact.value
        assert fact.check_with is not None and who in fact.check_with.en
    rows = {row.label.en: row for row in load_registry().get("border-az").info}
    assert "15 days" in rows["Registration"].value.en and not rows["Registration"].unverified
