"""Route operations (the interview saved in the case; one route → the applications for the
chosen people, form and purpose preselected), `visadesk routes`, and the printable plan."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from visadesk.case.casefile import dump_case, parse_case
from visadesk.case.model import Case
from visadesk.case.situation import DocumentsHeld, MilitarySituation, PersonSituation, Situation
from visadesk.cli.main import main
from visadesk.pdf.plan import plan_bytes
from visadesk.routes.engine import advise_case
from visadesk.routes.ops import RouteError, create_route_applications, save_situation
from visadesk.sample.family import BROTHER_ID, HUSBAND_ID, SON_ID


def test_interview_is_saved_in_the_case_and_round_trips(example_case: Case) -> None:
    sit = Situation(
        people=[
            PersonSituation(
                person_id=BROTHER_ID, location="GEO", military=MilitarySituation(status="reservist")
            )
        ],
        travel_means=["bus"],
        answered_on=date(2026, 12, 3),
    )
    case = save_situation(example_case, sit)
    again = parse_case(dump_case(case))
    assert again.situation == sit
    brother = advise_case(again, today=date(2026, 12, 3))[1]
    assert "warn.summons_register" not in [w.rule.id for w in brother.warnings]  # not in Russia now
    with pytest.raises(RouteError):
        save_situation(example_case, Situation(people=[PersonSituation(person_id="ff" * 8)]))


def test_one_route_creates_the_applications_with_the_purpose_preselected(
    example_case: Case,
) -> None:
    case = create_route_applications(example_case, "route.fr_asylum_visa", [BROTHER_ID])
    new = [a for a in case.applications if a not in example_case.applications]
    assert len(new) == 1 and new[0].form_id == "fr-long-stay" and new[0].person_id == BROTHER_ID
    assert new[0].answers == {"purpose": "asylum"}  # the form's own "Asylum" choice
    # twice is harmless: the existing application is kept, nothing is duplicated
    assert create_route_applications(case, "route.fr_asylum_visa", [BROTHER_ID]) == case
    both = create_route_applications(example_case, "route.de_22", [HUSBAND_ID, SON_ID])
    made = [a for a in both.applications if a.form_id == "de-videx-national"]
    assert {a.person_id for a in made} == {HUSBAND_ID, SON_ID}
    assert all(a.answers["purpose"] == "humanitarian_22" for a in made)
    exit_case = create_route_applications(example_case, "exit.kz", [BROTHER_ID])
    assert any(a.form_id == "border-kz" for a in exit_case.applications_for(BROTHER_ID))
    with pytest.raises(RouteError):
        create_route_applications(example_case, "route.nowhere", [BROTHER_ID])
    with pytest.raises(RouteError):
        create_route_applications(example_case, "route.de_22", ["ee" * 8])


def test_the_filled_form_shows_the_preselected_purpose(example_case: Case) -> None:
    from visadesk.forms.engine import fill

    case = create_route_applications(example_case, "route.de_22", [BROTHER_ID])
    app = next(a for a in case.applications_for(BROTHER_ID) if a.form_id == "de-videx-national")
    filled = fill(case, BROTHER_ID, "de-videx-national", application=app)
    assert filled.field("purpose").value == "humanitarian_22"


def test_cli_routes(tmp_path: Path, example_case: Case, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "case.json"
    path.write_text(dump_case(example_case), encoding="utf-8")
    assert main(["routes", str(path), "--person", "2", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "## Щукин Фёдор Андреевич" in out and "Подъячев" not in out
    assert "Предупреждения" in out and "Источники: https://" in out
    assert "не подтверждено — уточните у" in out
    pdf = tmp_path / "plan.pdf"
    assert main(["routes", str(path), "--pdf", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["routes", str(path), "--person", "9"]) == 1
    assert "no applicant 9" in capsys.readouterr().err


def test_plan_is_one_page_per_person_in_the_users_and_the_sponsors_language(
    example_case: Case,
) -> None:
    advices = advise_case(example_case, today=date(2026, 12, 3))
    data = plan_bytes(example_case, advices, "ru")  # the sponsor lives in France: + French
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 2 * len(advices)
    first = reader.pages[0].extract_text()
    french = reader.pages[len(advices)].extract_text()
    assert "Куда можно уехать" in first and "2026-12-03" in first
    assert "Où puis-je aller" in french
    assert "kazan.bk.mfa.gov.tr" in "".join(p.extract_text() for p in reader.pages)
    assert plan_bytes(example_case, advices, "ru") == data  # same advice → same bytes


def test_the_interviews_answers_fill_the_forms_questions(example_case: Case) -> None:
    sit = Situation(
        people=[
            PersonSituation(
                person_id=HUSBAND_ID,
                citizenships=["RUS", "ISR"],
                military=MilitarySituation(
                    status="summons",
                    reservist_category="B",
                    summons="electronic",
                    summons_date=date(2026, 9, 22),
                ),
            ),
            PersonSituation(
                person_id=BROTHER_ID,
                citizenships=["RUS"],
                military=MilitarySituation(status="reservist", reservist_category="запас, Б"),
                documents=DocumentsHeld(residence_permits=["ARM"]),
            ),
        ]
    )
    case = save_situation(example_case.model_copy(update={"applications": []}), sit)
    de = create_route_applications(case, "route.de_22", [HUSBAND_ID, BROTHER_ID])
    husband = next(a for a in de.applications_for(HUSBAND_ID) if a.form_id == "de-videx-national")
    assert husband.answers["purpose"] == "humanitarian_22"  # the route's own answer
    assert husband.answers["military_service"] == (
        "Reservist, category B; mobilisation notice received 2026-09-22"
        " (electronic, in the register of summonses)"
    )
    brother = next(a for a in de.applications_for(BROTHER_ID) if a.form_id == "de-videx-national")
    assert brother.answers["military_service"] == "Reservist"  # a Cyrillic category is not copied
    ltv = create_route_applications(case, "route.schengen_ltv", [HUSBAND_ID, BROTHER_ID])
    h = next(a for a in ltv.applications_for(HUSBAND_ID) if a.form_id == "schengen-c")
    b = next(a for a in ltv.applications_for(BROTHER_ID) if a.form_id == "schengen-c")
    assert h.answers["other_nationalities"] == "ISR" and "residence_other_country" not in h.answers
    assert b.answers["residence_other_country"] is True and "other_nationalities" not in b.answers
    # nothing answered: nothing but the route's purpose
    bare = create_route_applications(example_case, "route.schengen_ltv", [SON_ID])
    son = next(a for a in bare.applications_for(SON_ID) if a.form_id == "schengen-c")
    assert set(son.answers) == {"purpose", "purpose_other"}


def test_each_route_button_makes_the_application_its_letter_recognises(
    example_case: Case,
) -> None:
    """The purpose a route preselects is the one the cover letter reads its legal basis from
    (the French asylum visa once got 'other', so no asylum letter was made)."""
    from visadesk.letters.compose import request_of

    bare = example_case.model_copy(update={"applications": []})
    for rule_id, basis in (
        ("route.fr_asylum_visa", "fr_asylum"),
        ("route.de_22", "de22"),
        ("route.schengen_ltv", "art25"),
    ):
        case = create_route_applications(bare, rule_id, [BROTHER_ID])
        found = request_of(case, BROTHER_ID, None)
        assert found is not None and found[0] == basis, rule_id


def test_cli_routes_and_plan_show_tajikistans_and_azerbaijans_registration(
    tmp_path: Path, example_case: Case, capsys: pytest.CaptureFixture[str]
) -> None:
    sit = Situation(
        people=[
            PersonSituation(
                person_id=BROTHER_ID,
                documents=DocumentsHeld(internal_passport=True, foreign_passport=True),
            )
        ]
    )
    path = tmp_path / "case.json"
    path.write_text(dump_case(save_situation(example_case, sit)), encoding="utf-8")
    assert main(["routes", str(path), "--person", "2", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    tj = out[out.index("  * Tajikistan") :]
    az = out[out.index("  * Azerbaijan") :]
    assert "Registration: Tajikistan: register with the police within 10 working days" in tj
    assert "Registration: Azerbaijan: staying more than 15 days, register within 15 days" in az
    pdf = tmp_path / "plan.pdf"
    assert main(["routes", str(path), "--person", "2", "--pdf", str(pdf)]) == 0
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Registration: register with the police within 10 working days of arrival" in text
    assert "Registration: staying more than 15 days, register within 15 days of arrival" in text
