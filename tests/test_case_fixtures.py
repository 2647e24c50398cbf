"""Stored case files of the formats VisaDesk has written (tests/fixtures/case/) keep opening:
a file from before case status existed, and today's."""

from __future__ import annotations

from datetime import date

import visadesk.casework as cw
from visadesk.case.casefile import dump_case, load_case
from visadesk.case.model import CaseStatus


def test_a_case_file_from_before_case_status_opens_with_the_defaults(fixture_path, example_case):
    case = load_case(fixture_path / "case" / "sample-family-2026-11.case.json")
    assert case.status == CaseStatus.GATHERING and case.appointment is None
    assert case.sponsor is not None and case.sponsor.residence_document_type == ""
    # nothing else was lost or changed on the way (the account and the interview came later)
    later = {"account": None, "situation": None}
    assert case == example_case.model_copy(update=later)


def test_todays_case_file_opens_and_round_trips(fixture_path, tmp_path):
    path = fixture_path / "case" / "sample-family-2026-12.case.json"
    case = load_case(path)
    assert (case.title, case.status, case.appointment) == (
        "Подъячевы",
        CaseStatus.SUBMITTED,
        date(2027, 1, 15),
    )
    assert dump_case(case) == path.read_text(encoding="utf-8")


def test_an_old_file_takes_todays_operations(fixture_path):
    from visadesk.sample.family import HUSBAND_ID

    case = load_case(fixture_path / "case" / "sample-family-2026-11.case.json")
    changed = cw.remove_person(cw.set_status(case, "ready"), HUSBAND_ID)
    assert changed.status == CaseStatus.READY and len(changed.applicants) == 2
