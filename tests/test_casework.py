"""Case operations (visadesk.casework): each returns a validated case, prunes orphans, and the
vault can always read back what was saved — the #15 regression (removing the father of a minor)
included."""

from __future__ import annotations

import io
from datetime import date

import pytest

import visadesk.casework as cw
from tests.vault_helpers.common import make_vault
from visadesk.case.model import (
    Attachment,
    Case,
    CaseStatus,
    Guardian,
    Person,
    ResidenceStatus,
    Sponsor,
)
from visadesk.errors import InvalidData
from visadesk.sample.family import BROTHER_ID, HUSBAND_ID, SON_ID, SPONSOR_ID


@pytest.fixture
def vault(tmp_path, example_case):
    v = make_vault(tmp_path / "vault.sqlite3")
    v.put_case(example_case)
    yield v
    v.lock()
    v.close()


def test_removing_the_father_of_a_minor_saves_a_readable_case(vault, example_case):
    """#15 bug 1: in the sample family, removing the father (the son's guardian) made the case
    unreadable. Now the link becomes a named guardian and the case reads back."""
    saved = cw.apply(vault, example_case.id, cw.remove_person, HUSBAND_ID)
    again = vault.get_case(example_case.id)
    assert again == saved
    son = again.person(SON_ID)
    assert HUSBAND_ID not in {p.id for p in again.people()}
    father = [g for g in son.guardians if g.relationship == "отец"]
    assert father and father[0].person_id is None and father[0].surname == "Подъячев"
    assert all(a.person_id != HUSBAND_ID for a in again.applications)


def test_removing_the_only_unnamed_guardian_is_refused_with_the_reason(example_case):
    blank = Person(id="ab" * 16)
    son = example_case.person(SON_ID).model_copy(
        update={"guardians": [Guardian(person_id=blank.id, relationship="отец")]}
    )
    case = cw.add_person(example_case, blank)
    case = cw.edit_person(case, son)
    with pytest.raises(cw.CaseworkError) as err:
        cw.remove_person(case, blank.id)
    assert err.value.key == "only_guardian"
    assert "only guardian" in err.value.message


def test_removing_a_person_takes_their_scans_bytes_too(vault, example_case):
    att = Attachment(person_id=BROTHER_ID, filename="p.pdf")
    vault.add_attachment(example_case.id, att.id, io.BytesIO(b"%PDF-1.4 x"))
    cw.apply(vault, example_case.id, cw.attach_scan, att)
    assert [a for a, _c, _s in vault.list_attachments(example_case.id)] == [att.id]
    case = cw.apply(vault, example_case.id, cw.remove_person, BROTHER_ID)
    assert case.attachments == []
    assert vault.list_attachments(example_case.id) == []


def test_the_last_applicant_cannot_be_removed(example_case):
    case = cw.remove_person(example_case, BROTHER_ID)
    case = cw.remove_person(case, HUSBAND_ID)
    with pytest.raises(cw.CaseworkError) as err:
        cw.remove_person(case, SON_ID)
    assert err.value.key == "last_applicant"


def test_an_invalid_result_is_refused_naming_the_field(example_case):
    son = example_case.person(SON_ID).model_copy(update={"guardians": []})
    with pytest.raises(InvalidData) as err:
        cw.edit_person(example_case, son)
    assert "guardians" in err.value.problems[0].path


def test_edit_sponsor_keeps_and_changes_her_status(vault, example_case):
    sponsor = example_case.sponsor.model_copy(
        update={
            "residence_status": ResidenceStatus.HUMANITARIAN_VISA,
            "residence_permit_number": "X1",
        }
    )
    sponsor = Sponsor.model_validate(sponsor.model_dump(), strict=False)
    case = cw.apply(vault, example_case.id, cw.edit_sponsor, sponsor)
    assert vault.get_case(case.id).sponsor.residence_permit_number == "X1"
    # editing her as a person (the person editor) keeps the sponsor-only fields
    person = Person.model_validate(
        {k: v for k, v in case.sponsor.model_dump().items() if k in Person.model_fields},
        strict=False,
    ).model_copy(update={"occupation": "Traductrice"})
    case = cw.edit_person(case, person)
    assert case.sponsor.occupation == "Traductrice" and case.sponsor.residence_permit_number == "X1"


def test_removing_the_sponsor_keeps_the_son_a_named_mother(example_case):
    case = cw.remove_sponsor(example_case)
    assert case.sponsor is None
    mother = [g for g in case.person(SON_ID).guardians if g.relationship == "мать"][0]
    assert mother.person_id is None and mother.surname == "Подъячева"


def test_rename_status_appointment_note_survive_the_vault(vault, example_case):
    cw.apply(vault, example_case.id, cw.rename, "  Подъячевы  ")
    cw.apply(vault, example_case.id, cw.set_status, "submitted")
    cw.apply(vault, example_case.id, cw.set_appointment, date(2027, 1, 15))
    case = cw.apply(vault, example_case.id, cw.set_note, "RDV TLS Moscou")
    assert (case.title, case.status, case.appointment, case.notes) == (
        "Подъячевы",
        CaseStatus.SUBMITTED,
        date(2027, 1, 15),
        "RDV TLS Moscou",
    )
    assert vault.get_case(case.id) == case
    with pytest.raises(cw.CaseworkError):
        cw.set_status(case, "lost")


def test_default_title_is_the_applicants_names(example_case):
    case = cw.rename(example_case, "")
    assert case.display_title() == cw.default_title(case)
    assert "Щукин Фёдор Андреевич" in case.display_title()


def test_copy_shared_address_and_parents_between_brothers(example_case):
    case = cw.copy_shared(example_case, HUSBAND_ID, [BROTHER_ID], ["address", "nationality"])
    assert case.person(BROTHER_ID).address == example_case.person(HUSBAND_ID).address
    case = cw.copy_shared(case, SON_ID, [BROTHER_ID], ["parents"])
    assert [g.person_id for g in case.person(BROTHER_ID).guardians] == [SPONSOR_ID, HUSBAND_ID]
    # the father cannot become his own parent: his link is left out
    case = cw.copy_shared(case, SON_ID, [HUSBAND_ID], ["parents"])
    assert [g.person_id for g in case.person(HUSBAND_ID).guardians] == [SPONSOR_ID]
    with pytest.raises(cw.CaseworkError) as err:
        cw.copy_shared(case, SPONSOR_ID, [SON_ID], ["parents"])
    assert err.value.key == "nothing_to_copy"


def test_answer_field_and_applications(example_case):
    app = example_case.applications[0]
    case = cw.answer_field(example_case, app.id, "purpose", "humanitarian_22")
    assert case.applications[0].answers["purpose"] == "humanitarian_22"
    case = cw.answer_field(case, app.id, "purpose", None)
    assert "purpose" not in case.applications[0].answers
    case = cw.add_application(case, BROTHER_ID, "fr-long-stay")
    assert len(case.applications_for(BROTHER_ID)) == 2
    case = cw.remove_application(case, case.applications[-1].id)
    assert len(case.applications_for(BROTHER_ID)) == 1


def test_duplicate_copies_scans_inside_the_vault(vault, example_case):
    att = Attachment(person_id=SON_ID, filename="b.pdf")
    vault.add_attachment(example_case.id, att.id, io.BytesIO(b"%PDF-1.4 son"))
    cw.apply(vault, example_case.id, cw.attach_scan, att)
    copy = cw.duplicate_case(vault, example_case.id, "Копия")
    assert copy.id != example_case.id and copy.title == "Копия"
    [new_att] = vault.get_case(copy.id).attachments
    with vault.open_attachment(new_att.id) as fh:
        assert fh.read() == b"%PDF-1.4 son"


def test_import_case_conflict_choices(vault, example_case):
    assert cw.import_case(vault, example_case, "cancel") is None
    both = cw.import_case(vault, example_case, "keep_both")
    assert both is not None and both.id != example_case.id
    renamed = example_case.model_copy(update={"title": "Новое"})
    replaced = cw.import_case(vault, renamed, "replace")
    assert replaced is not None and vault.get_case(example_case.id).title == "Новое"
    assert isinstance(replaced, Case)


def _sponsor_item(case: Case) -> str:
    from visadesk.forms.engine import fill

    filled = fill(case, SON_ID, "fr-long-stay")
    return next(c.status for c in filled.checklist if c.item.id == "sponsor_status")


def test_sponsor_status_decides_whether_her_residence_document_is_required(example_case):
    """#13.6: once the sponsor is entered with a humanitarian visa, her residence document is
    required ("missing"), not "not needed"; a sponsor who is a citizen there needs none."""
    no_sponsor = cw.remove_sponsor(example_case)
    assert _sponsor_item(no_sponsor) == "not_applicable"
    katia = Sponsor(
        surname="Иванова",
        given_names="Екатерина",
        residence_country="FRA",
        residence_status=ResidenceStatus.HUMANITARIAN_VISA,
        residence_document_type="visa D",
    )
    with_her = cw.edit_sponsor(no_sponsor, katia)
    assert with_her.sponsor is not None and with_her.sponsor.residence_document_type == "visa D"
    assert _sponsor_item(with_her) == "missing"
    citizen = katia.model_copy(update={"residence_status": ResidenceStatus.CITIZEN})
    assert _sponsor_item(cw.edit_sponsor(no_sponsor, citizen)) == "not_applicable"
