"""Issue #14: what the consular officer reads on the printed Schengen form."""

from __future__ import annotations

import re
import subprocess
from datetime import date

from visadesk.forms.engine import fill
from visadesk.forms.registry import get_registry
from visadesk.pdf.packet import render_form
from visadesk.sample.family import BROTHER_ID

DAY = date(2026, 11, 25)


def _text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return re.sub(r"\s+", " ", out.stdout.decode())


def test_all_33_boxes_are_printed_applicable_or_not(example_case):
    text = _text(render_form(example_case, BROTHER_ID, "schengen-c", on_date=DAY))
    for n in range(1, 34):
        assert re.search(rf"(^|\s)\*?{n}\. ", text), f"box {n} is not printed"
    # box 18 and the conditional sub-lines are printed even when they do not apply
    assert "Family relationship with an EU, EEA or CH citizen" in text
    assert "Residence permit or equivalent" in text


def test_header_notes_box_10_2019_wording_and_full_declarations(example_case):
    text = _text(render_form(example_case, BROTHER_ID, "schengen-c", on_date=DAY))
    assert "This application form is free" in text and "Ce formulaire est gratuit" in text
    assert "shall not fill in fields no. 21, 22, 30, 31 and 32 (marked with *)" in text
    assert (
        "Fields 1-3 shall be filled in in accordance with the data in the travel document" in text
    )
    assert (
        "10. Parental authority (in case of minors) / legal guardian (surname, first name" in text
    )
    assert "In the case of minors" not in text  # the 2009 wording
    assert "Europol" in text and "terrorist offences" in text
    assert "Article 6(1) of Regulation (EU) 2016/399" in text


def test_no_working_notes_on_the_consulates_copy(example_case):
    for form_id in ("schengen-c", "fr-long-stay"):
        text = _text(render_form(example_case, BROTHER_ID, form_id, on_date=DAY))
        assert "sign here" not in text
        assert "reconstructed from secondary sources" not in text
        assert "reconstitu" not in text and "(reconstructed" not in text


def test_box_32_prints_two_lists_ticked_from_the_answers(example_case):
    form = get_registry().get("schengen-c")
    app = next(a for a in example_case.applications_for(BROTHER_ID) if a.form_id == "schengen-c")
    filled = fill(example_case, BROTHER_ID, form, application=app, today=DAY)
    applicant, sponsor = filled.field("cost_applicant"), filled.field("cost_sponsor")
    assert applicant.field.number == "32" and sponsor.field.part_of == "32"
    assert not applicant.value  # the sponsor pays in the example
    assert sponsor.value == ["covered", "referred_30_31", "accommodation_provided", "all_expenses"]
    assert not applicant.visible  # never asked in the wizard: drawn from the answers
    assert [c.value for c in sponsor.field.choices][:3] == [
        "covered",
        "referred_30_31",
        "other_sponsor",
    ]
    text = _text(render_form(example_case, BROTHER_ID, "schengen-c", on_date=DAY))
    assert "referred to in field 30 or 31" in text and "by the applicant himself/herself" in text


def test_working_notes_go_on_the_applicants_sheet(example_case):
    import io

    from reportlab.pdfgen.canvas import Canvas

    from visadesk.pdf.sheets import draw_applicant_checklist
    from visadesk.sample.family import SON_ID

    app = next(a for a in example_case.applications_for(SON_ID) if a.form_id == "fr-long-stay")
    filled = fill(example_case, SON_ID, "fr-long-stay", application=app, today=DAY, lang="ru")
    buf = io.BytesIO()
    c = Canvas(buf)
    draw_applicant_checklist(c, "ARTEM", [filled], "ru", DAY)
    c.save()
    text = _text(buf.getvalue())
    assert "восстановлена по вторичным источникам" in text and "Подпишите анкету" in text


def test_a_checklist_with_nothing_confirmed_says_so_at_the_top(example_case):
    import io

    from reportlab.pdfgen.canvas import Canvas

    from visadesk.pdf.sheets import draw_checklist_form

    tj = get_registry().get("border-tj")
    # Only unconfirmed rows left (no shipped checklist is in that state today).
    form = tj.model_copy(update={"info": [row for row in tj.info if row.unverified]})
    assert form.info and all(row.unverified for row in form.info)
    buf = io.BytesIO()
    c = Canvas(buf)
    draw_checklist_form(c, fill(example_case, BROTHER_ID, form, today=DAY, lang="ru"), "B", "ru")
    c.save()
    text = _text(buf.getvalue())
    assert "НИЧТО В ЭТОМ СПИСКЕ НЕ ПОДТВЕРЖДЕНО" in text
    assert "не подтверждено" in text and "(unverified)" not in text
    confirmed = _text(render_form(example_case, BROTHER_ID, "border-tr", on_date=DAY, lang="ru"))
    assert "НИЧТО В ЭТОМ СПИСКЕ" not in confirmed


def test_cover_and_separators_in_the_consulates_languages(example_case):
    import io

    from visadesk.pdf.packet import build_packet

    buf = io.BytesIO()
    build_packet(example_case, buf, on_date=DAY)
    text = _text(buf.getvalue())
    assert "Antragsunterlagen / Dossier de demande / Application packet" in text
    assert "Inhalt / Sommaire / Contents" in text
    assert "Liste des pièces justificatives" in text and "Demandeur" in text
    assert "Demande de visa pour un long séjour en France" in text


def test_scan_pages_are_headed_by_what_the_document_is():
    from visadesk.case.model import Attachment, AttachmentKind
    from visadesk.pdf.packet_parts import document_heading

    att = Attachment(
        filename="IMG_2034.jpg", media_type="image/jpeg", kind=AttachmentKind.PASSPORT_SCAN
    )
    assert document_heading(att, ("fr", "en")) == "Passeport / Passport"
    assert "IMG_2034" not in document_heading(att, ("de",))


def test_cerfa_box_10_names_the_guardians_countries_in_french(example_case):
    """Box 10 (parental authority) printed country codes ('RUS') and English names: the form's
    language writes them."""
    from visadesk.sample.family import SON_ID

    app = next(a for a in example_case.applications_for(SON_ID) if a.form_id == "fr-long-stay")
    filled = fill(example_case, SON_ID, "fr-long-stay", application=app, today=DAY)
    box = next(r for s in filled.sections for r in s.fields if r.field.id == "guardians")
    assert "Fédération de Russie" in box.text and "Lyon, France" in box.text
    assert not re.search(r"\bRUS\b|\bRussia\b", box.text)
    # the same for the other computed addresses (box 17, the home address)
    home = next(r for s in filled.sections for r in s.fields if r.field.number == "17")
    assert "Fédération de Russie" in home.text and "Russian Federation" not in home.text
    text = _text(render_form(example_case, SON_ID, "fr-long-stay", on_date=DAY))
    assert "Fédération de Russie" in text
