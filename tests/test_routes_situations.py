"""Where can I go? — the example family and eight situations: the advice is what the sources say,
every line names its sources, and nothing uncertain is shown as certain."""

from __future__ import annotations

from datetime import date

import pytest

from visadesk.case.model import (
    Address,
    Case,
    DocumentType,
    Guardian,
    Person,
    Relationship,
    ResidenceStatus,
    Sponsor,
    TravelDocument,
)
from visadesk.case.situation import (
    DocumentsHeld,
    FamilyAbroad,
    MilitarySituation,
    PersonSituation,
    Situation,
    VisaHeld,
)
from visadesk.facts.sourcing import Confidence, SourceKind
from visadesk.routes.engine import Advice, advise, advise_case
from visadesk.routes.render import to_lines

TODAY = date(2026, 12, 3)
MOSCOW = Address(city="Москва", country="RUS")


def _person(pid: str, born: date, nationality: str = "RUS", **kw: object) -> Person:
    return Person(
        id=pid,
        surname="Тестов",
        given_names="Иван",
        date_of_birth=born,
        nationality=nationality,
        address=MOSCOW,
        **kw,  # type: ignore[arg-type]
    )


def _ids(lines: list) -> list[str]:
    return [line.rule.id for line in lines]


def _honest(advice: Advice) -> None:
    """Every line rests on facts; each fact has sources with a date, or says it is unconfirmed
    and whom to ask; a line is never marked more certain than its weakest fact."""
    for line in advice.lines():
        assert line.facts, line.rule.id
        for fact in line.facts:
            if fact.level is Confidence.UNCONFIRMED:
                assert fact.check_with is not None, fact.id
            else:
                assert fact.sources and all(s.url and s.checked for s in fact.sources), fact.id
            if fact.level is Confidence.OFFICIAL:
                assert any(s.kind is SourceKind.OFFICIAL for s in fact.sources), fact.id
        assert line.confidence in {f.level for f in line.facts}
    for lang in ("en", "ru", "uk", "fr", "de"):
        text = to_lines(advice, lang)
        for i, t in enumerate(text):
            if t.level == 2 and not t.text.startswith(
                ("Border", "Памятка", "Пам'ятка", "Liste", "Grenz")
            ):
                if ": " in t.text and i + 1 < len(text) and text[i + 1].level == 3:
                    assert text[i + 1].text  # the sources line follows every fact
        unconfirmed = [
            f for line in advice.lines() for f in line.facts if f.level is Confidence.UNCONFIRMED
        ]
        if unconfirmed and lang == "en":
            assert any("unconfirmed — check with" in t.text for t in text)


def _case(
    *people: Person, situation: Situation | None = None, sponsor: Sponsor | None = None
) -> Case:
    return Case(applicants=list(people), situation=situation, sponsor=sponsor)


def test_internal_passport_only_reservist_in_moscow() -> None:
    p = _person(
        "a1" * 8, date(1990, 5, 1), documents=[TravelDocument(type=DocumentType.INTERNAL_PASSPORT)]
    )
    sit = Situation(
        people=[
            PersonSituation(
                person_id=p.id,
                documents=DocumentsHeld(internal_passport=True, foreign_passport=False),
                location="RUS",
                military=MilitarySituation(status="reservist", reservist_category="запас, Б"),
            )
        ]
    )
    advice = advise(_case(p, situation=sit), p, today=TODAY)
    assert _ids(advice.exits) == ["exit.am", "exit.kz", "exit.kg"]  # internal passport only
    assert "warn.summons_register" in _ids(advice.warnings)
    assert "warn.exit_ban" not in _ids(advice.warnings)
    am = advice.exits[0]
    assert "only when arriving by air" in " ".join(f.statement.en for f in am.facts)
    _honest(advice)


def test_man_with_an_electronic_summons() -> None:
    p = _person("a2" * 8, date(1988, 3, 3))
    sit = Situation(
        people=[
            PersonSituation(
                person_id=p.id,
                documents=DocumentsHeld(internal_passport=True, foreign_passport=True),
                military=MilitarySituation(
                    status="summons", summons="electronic", summons_date=date(2026, 11, 20)
                ),
            )
        ]
    )
    advice = advise(_case(p, situation=sit), p, today=TODAY)
    assert advice.warnings[0].rule.id == "warn.exit_ban"  # the exit ban comes first
    facts = {f.id: f for f in advice.warnings[0].facts}
    assert facts["ru.exit_ban_summons"].level is Confidence.TWO_SECONDARY
    # the passport surrender is reported but not confirmed: shown as such, never as a fact
    assert facts["ru.passport_surrender"].level is Confidence.UNCONFIRMED
    text = " ".join(t.text for t in to_lines(advice, "en"))
    assert "not confirmed" in text and "unconfirmed — check with a lawyer" in text
    _honest(advice)


def test_deserter_already_in_armenia_without_a_foreign_passport() -> None:
    p = _person("a3" * 8, date(1995, 7, 7))
    sit = Situation(
        people=[
            PersonSituation(
                person_id=p.id,
                documents=DocumentsHeld(internal_passport=True, foreign_passport=False),
                location="ARM",
                military=MilitarySituation(status="deserter"),
            )
        ]
    )
    advice = advise(_case(p, situation=sit), p, today=TODAY)
    assert "warn.extradition" in _ids(advice.warnings)
    assert "exit.am" in _ids(advice.exits)  # the stay rules where he is
    assert not {"exit.ge", "exit.tr", "exit.rs", "exit.ae"} & set(_ids(advice.exits))
    assert "warn.summons_register" not in _ids(advice.warnings)  # not in Russia
    asylum = next(r for r in advice.routes if r.rule.id == "route.fr_asylum_visa")
    keys = {pt.key for pt in asylum.points}
    assert "third_country" in keys  # why the country he applies from must be justified
    # extradition in Armenia itself: not confirmed by the sources, and said so
    other = next(f for f in advice.warnings[0].facts if f.id == "cis.extradition_other")
    assert other.level is Confidence.UNCONFIRMED
    _honest(advice)


def test_mother_with_a_child_under_14() -> None:
    mother = _person("a4" * 8, date(1992, 1, 1), sex=None)
    child = _person(
        "a5" * 8,
        date(2018, 6, 1),
        guardians=[Guardian(person_id=mother.id, relationship="mother")],
        documents=[TravelDocument(type=DocumentType.BIRTH_CERTIFICATE)],
    )
    sit = Situation(
        people=[
            PersonSituation(
                person_id=mother.id,
                documents=DocumentsHeld(internal_passport=True, foreign_passport=False),
            ),
            PersonSituation(
                person_id=child.id,
                documents=DocumentsHeld(birth_certificate=True, foreign_passport=False),
            ),
        ],
        children_travelling=True,
    )
    case = _case(mother, child, situation=sit)
    mine, theirs = advise_case(case, today=TODAY)
    assert _ids(mine.exits) == ["exit.am", "exit.kz", "exit.kg"]
    assert "warn.child_passport" in _ids(theirs.warnings)
    assert theirs.exits == []  # a birth certificate opens no border since 20 January 2026
    statement = (
        theirs.warnings[0].facts[0].statement.en
        if theirs.warnings[0].rule.id == "warn.child_passport"
        else next(
            line.facts[0].statement.en
            for line in theirs.warnings
            if line.rule.id == "warn.child_passport"
        )
    )
    assert "20 January 2026" in statement and "Armenia never accepted it" in statement
    _honest(mine)
    _honest(theirs)


def test_family_driving_a_car_with_russian_plates() -> None:
    p = _person("a6" * 8, date(1985, 2, 2))
    sit = Situation(
        people=[PersonSituation(person_id=p.id, documents=DocumentsHeld(foreign_passport=True))],
        travel_means=["car_ru_plates"],
    )
    advice = advise(_case(p, situation=sit), p, today=TODAY)
    ids = _ids(advice.warnings)
    for rule in (
        "warn.russian_cars",
        "warn.azerbaijan_land",
        "warn.finland_closed",
        "warn.baltics_poland",
    ):
        assert rule in ids
    cars = next(line for line in advice.warnings if line.rule.id == "warn.russian_cars")
    assert "Estonia, Latvia or Lithuania" in cars.facts[0].statement.en
    _honest(advice)


def test_man_holding_a_valid_finnish_schengen_visa() -> None:
    p = _person("a7" * 8, date(1991, 9, 9))
    sit = Situation(
        people=[
            PersonSituation(
                person_id=p.id,
                documents=DocumentsHeld(
                    foreign_passport=True,
                    visas=[VisaHeld(kind="schengen", issuer="FIN", valid_until=date(2027, 5, 1))],
                ),
            )
        ]
    )
    advice = advise(_case(p, situation=sit), p, today=TODAY)
    ids = _ids(advice.warnings)
    assert "warn.baltics_poland" in ids and "warn.finland_closed" in ids
    baltics = next(line for line in advice.warnings if line.rule.id == "warn.baltics_poland")
    assert "whichever country issued it" in baltics.facts[0].statement.en
    finland = next(line for line in advice.warnings if line.rule.id == "warn.finland_closed")
    assert finland.confidence is Confidence.OFFICIAL  # the Finnish Interior Ministry's page
    # an expired visa no longer triggers the Schengen-visa warnings
    expired = sit.model_copy(
        update={
            "people": [
                sit.people[0].model_copy(
                    update={
                        "documents": DocumentsHeld(
                            foreign_passport=True,
                            visas=[VisaHeld(issuer="FIN", valid_until=date(2025, 1, 1))],
                        )
                    }
                )
            ]
        }
    )
    assert "warn.baltics_poland" not in _ids(
        advise(_case(p, situation=expired), p, today=TODAY).warnings
    )
    _honest(advice)


def test_sister_in_france_with_humanitarian_status_bringing_four_adult_brothers() -> None:
    sister = Sponsor(
        id="b0" * 8,
        surname="Сестра",
        residence_country="FRA",
        residence_status=ResidenceStatus.HUMANITARIAN_VISA,
    )
    brothers = [
        _person(f"b{i}" * 8, date(1990 + i, 1, 1), relationship_to_sponsor=Relationship.SIBLING)
        for i in range(1, 5)
    ]
    case = _case(*brothers, sponsor=sister)
    for advice in advise_case(case, today=TODAY):
        assert "warn.reunification_not_siblings" in _ids(advice.warnings)
        assert "route.fr_reunification" not in _ids(advice.routes)  # spouse and children only
        assert "route.fr_asylum_visa" in _ids(advice.routes)  # each brother on his own grounds
        who = next(
            line for line in advice.warnings if line.rule.id == "warn.reunification_not_siblings"
        )
        assert "Adult brothers and sisters do not qualify" in who.facts[0].statement.en
        _honest(advice)
    # the same answer from the interview alone (no sponsor record)
    alone = _case(
        brothers[0].model_copy(update={"relationship_to_sponsor": None}),
        situation=Situation(
            people=[
                PersonSituation(
                    person_id=brothers[0].id,
                    family_abroad=[
                        FamilyAbroad(who="sibling", country="FRA", status=ResidenceStatus.REFUGEE)
                    ],
                )
            ]
        ),
    )
    assert "warn.reunification_not_siblings" in _ids(
        advise(alone, alone.applicants[0], today=TODAY).warnings
    )


def test_ukrainian_citizen() -> None:
    p = _person("c1" * 8, date(1993, 4, 4), nationality="UKR")
    advice = advise(_case(p), p, today=TODAY)
    assert advice.warnings[0].rule.id == "warn.not_russian"
    assert advice.warnings[0].confidence is Confidence.UNCONFIRMED
    assert advice.exits == []  # the border rules collected here are for Russians
    assert "route.de_22" not in _ids(advice.routes)  # the § 22 figures are about Russians
    for rule in ("warn.baltics_poland", "warn.exit_ban", "warn.occupied_territories"):
        assert rule not in _ids(advice.warnings)
    _honest(advice)


def test_example_family(example_case: Case) -> None:
    husband, brother, son = advise_case(example_case, today=TODAY)
    assert husband.warnings[0].rule.id == "warn.exit_ban"  # his summons is on Gosuslugi
    assert "route.fr_reunification" in _ids(husband.routes)  # the refugee's spouse
    assert "route.fr_reunification" in _ids(son.routes)  # and her child
    assert "route.fr_reunification" not in _ids(brother.routes)
    assert "warn.reunification_not_siblings" in _ids(brother.warnings)
    assert "exit.ge" in _ids(brother.exits)  # he holds a valid foreign passport
    for advice in (husband, brother, son):
        _honest(advice)


def test_nothing_answered_means_nothing_assumed() -> None:
    p = Person(id="d1" * 8)  # no nationality, no documents, no location
    advice = advise(_case(p), p, today=TODAY)
    assert advice.warnings == [] and advice.exits == []
    assert {line.rule.id for line in advice.routes} <= {
        "route.fr_asylum_visa",
        "route.schengen_ltv",
    }


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "fr", "de"])
def test_advice_is_in_the_five_languages(example_case: Case, lang: str) -> None:
    text = [t.text for t in to_lines(advise_case(example_case, today=TODAY)[0], lang)]
    other = "en" if lang != "en" else "ru"
    english = [t.text for t in to_lines(advise_case(example_case, today=TODAY)[0], other)]
    assert text[1] != english[1]  # the heading is translated
    assert len(text) == len(english)


def test_the_routes_legal_basis_and_cost_are_sourced_and_never_overstated(
    example_case: Case,
) -> None:
    husband, brother, _son = advise_case(example_case, today=TODAY)
    ltv = next(line for line in brother.routes if line.rule.id == "route.schengen_ltv")
    who = next(pt for pt in ltv.points if pt.key == "who")
    art25 = who.facts[0]
    assert art25.id == "eu.ltv_art25" and art25.level is Confidence.OFFICIAL
    assert "Art. 25(1)(a)" in art25.statement.en and "exceptionally" in art25.statement.en
    assert any(s.kind is SourceKind.OFFICIAL and "810" in s.url for s in art25.sources)
    # the long-stay fee is printed, but as unconfirmed for these procedures (old pages)
    asylum = next(line for line in brother.routes if line.rule.id == "route.fr_asylum_visa")
    fee = next(f for f in asylum.facts if f.id == "fr.long_stay_fee")
    assert fee.level is Confidence.UNCONFIRMED and fee.value["fee_eur"] == 99
    text = " ".join(t.text for t in to_lines(brother, "en"))
    assert "EUR 99" in text and "unconfirmed — check with the French consulate" in text
    reunification = next(
        line for line in husband.routes if line.rule.id == "route.fr_reunification"
    )
    assert "cost" in {pt.key for pt in reunification.points}
    _honest(brother)
    _honest(husband)


def test_a_fact_without_a_source_says_so_with_its_date(example_case: Case) -> None:
    husband = advise_case(example_case, today=TODAY)[0]
    lines = [t.text for t in to_lines(husband, "en")]
    i = next(n for n, t in enumerate(lines) if "no source found states how long" in t)
    assert lines[i + 1] == "No source found (checked 2026-12-04)"
    assert "Источник не найден (проверено 2026-12-04)" in [t.text for t in to_lines(husband, "ru")]


def test_with_a_summons_the_exits_are_never_shown_as_simply_open(example_case: Case) -> None:
    husband, brother, _son = advise_case(example_case, today=TODAY)
    assert husband.warnings[0].rule.id == "warn.exit_ban" and husband.exits
    text = [t.text for t in to_lines(husband, "en")]
    heading = text.index("Visa-free exits open to you")
    assert text[heading + 1].startswith("Read the summons warning above first")
    assert not any(
        t.startswith("Read the summons warning") for t in (t.text for t in to_lines(brother, "en"))
    )
    de = [t.text for t in to_lines(husband, "de")]
    assert any(t.startswith("Lesen Sie zuerst die Warnung") for t in de)


def test_reunification_names_its_legal_text_and_where_to_apply(example_case: Case) -> None:
    husband = advise_case(example_case, today=TODAY)[0]
    line = next(r for r in husband.routes if r.rule.id == "route.fr_reunification")
    law = next(f for f in line.facts if f.id == "fr.reunification_law")
    assert law.level is Confidence.OFFICIAL and "R. 561-1" in law.statement.en
    assert "district where they live" in law.statement.en  # not any consulate they choose
    keys = {pt.key for pt in line.points if law in pt.facts}
    assert keys == {"who", "where"}


@pytest.mark.parametrize(
    ("exit_id", "fact_id", "en", "ru"),
    [
        (
            "exit.tj",
            "tj.registration",
            "Registration: Tajikistan: register with the police within 10 working days of arrival",
            "Регистрация: Таджикистан: регистрация в органах внутренних дел в течение 10 рабочих дней",
        ),
        (
            "exit.az",
            "az.registration",
            "Registration: Azerbaijan: staying more than 15 days, register within 15 days",
            "Регистрация: Азербайджан: при пребывании дольше 15 дней — регистрация в течение 15 дней",
        ),
    ],
)
def test_a_traveller_to_tajikistan_or_azerbaijan_is_told_how_to_register(
    exit_id: str, fact_id: str, en: str, ru: str
) -> None:
    """The registration rule is the border checklist's own fact (one place per fact), shown
    with its sources under the exit."""
    from pathlib import Path

    import visadesk
    from visadesk.facts.store import builtin_facts

    p = _person("a9" * 8, date(1990, 1, 1))
    sit = Situation(
        people=[PersonSituation(person_id=p.id, documents=DocumentsHeld(foreign_passport=True))]
    )
    advice = advise(_case(p, situation=sit), p, today=TODAY)
    line = next(x for x in advice.exits if x.rule.id == exit_id)
    registration = next(pt for pt in line.points if pt.key == "registration")
    assert [f.id for f in registration.facts] == [fact_id]
    assert registration.facts[0].statement == builtin_facts().get(fact_id).statement
    # the same fact the border checklist prints, not a copy of its text
    checklist = Path(visadesk.__file__).parent / "forms/definitions" / f"{line.rule.checklist}.yaml"
    assert f"- {fact_id}" in checklist.read_text(encoding="utf-8")
    for lang, expected in (("en", en), ("ru", ru)):
        text = to_lines(advice, lang)
        i = next(i for i, t in enumerate(text) if t.text.startswith(expected))
        assert text[i + 1].level == 3 and "https://" in text[i + 1].text  # its sources follow
    _honest(advice)
