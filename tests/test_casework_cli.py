"""`visadesk case …` changes a case file in place or a case in the vault, with the same
casework operations as the app (in-process: main() with arguments)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.vault_helpers.common import PASS, make_vault
from visadesk.case.casefile import dump_case, load_case
from visadesk.case.model import CaseStatus, ResidenceStatus
from visadesk.cli.main import main
from visadesk.sample.family import BROTHER_ID, HUSBAND_ID, SON_ID
from visadesk.vault import Vault


@pytest.fixture
def case_file(tmp_path, example_case):
    path = tmp_path / "case.json"
    path.write_text(dump_case(example_case), encoding="utf-8")
    return path


def test_case_file_rename_status_people_sponsor_copy(case_file, capsys):
    f = str(case_file)
    assert main(["case", "rename", f, "Подъячевы"]) == 0
    assert main(["case", "status", f, "ready", "--appointment", "2027-01-15"]) == 0
    assert main(["case", "person-remove", f, "1"]) == 0  # the father, guardian of the son
    assert main(["case", "copy", f, "1", "--to", "2", "--part", "address"]) == 0
    args = ["--status", "humanitarian_visa", "--document-type", "visa D"]
    assert main(["case", "sponsor", f, *args]) == 0
    case = load_case(case_file)
    assert case.title == "Подъячевы" and case.status == CaseStatus.READY
    assert case.appointment == date(2027, 1, 15)
    assert HUSBAND_ID not in {p.id for p in case.people()}
    assert case.person(SON_ID).address == case.person(BROTHER_ID).address
    assert case.sponsor.residence_status == ResidenceStatus.HUMANITARIAN_VISA
    assert case.sponsor.residence_document_type == "visa D"
    assert main(["case", "person-remove", f, "9"]) == 1
    assert "no person 9" in capsys.readouterr().err


def test_vault_case_status_and_remove(tmp_path, monkeypatch, example_case, capsys):
    vault = make_vault(tmp_path / "v.sqlite3")
    vault.put_case(example_case)
    vault.lock()
    vault.close()
    monkeypatch.setenv("VISADESK_PASSPHRASE", PASS)
    base = ["case", "--vault", str(tmp_path / "v.sqlite3")]
    assert main([*base, "status", example_case.id, "submitted", "--note", "TLS"]) == 0
    assert main([*base, "person-remove", example_case.id, HUSBAND_ID]) == 0
    v = Vault.open(tmp_path / "v.sqlite3")
    v.unlock(PASS)
    case = v.get_case(example_case.id)
    v.close()
    assert case.status == CaseStatus.SUBMITTED and case.notes == "TLS"
    assert len(case.applicants) == 2
