"""#13 point 5: the packet's cover page (what a consulate reads) names the applicants as in their
passports, never the case's internal title (a volunteer's note like "Клиника — семья 12")."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from visadesk import casework
from visadesk.pdf.packet import build_packet


def test_the_cover_page_prints_the_applicants_not_the_internal_title(example_case):
    case = casework.rename(example_case, "Клиника — семья 12, перезвонить")
    out = io.BytesIO()
    build_packet(case, out, on_date=date(2026, 12, 3))
    cover = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert "перезвонить" not in cover and "Клиника" not in cover
    for person in case.applicants:
        assert person.full_name_latin in cover


def _cover_text(case) -> str:
    out = io.BytesIO()
    build_packet(case, out, on_date=date(2026, 12, 3))
    return PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()


def test_the_cover_names_the_destinations_and_speaks_every_consulates_language(example_case):
    """The example family goes to Germany (§ 22) and France (Schengen LTV, long stay): the cover
    names the countries, never codes such as "DE, SCHENGEN, FR", and the words beside each
    applicant are in both consulates' languages, not German alone."""
    cover = _cover_text(example_case).replace("\n", " ")
    assert "Deutschland" in cover and "Frankreich" in cover
    assert "SCHENGEN" not in cover and "DE," not in cover and ": DE" not in cover
    assert "geb. / né(e) le" in cover and "Pass / passeport" in cover
    assert "page 1" not in cover  # the footer carries no English word


def test_a_schengen_form_counts_where_it_is_going_not_the_schengen_area(example_case):
    from visadesk.forms.engine import fill
    from visadesk.forms.registry import get_registry
    from visadesk.pdf.packet_parts import destination_names, destination_of

    app = next(a for a in example_case.applications if a.form_id == "schengen-c")
    filled = fill(example_case, app.person_id, get_registry().get("schengen-c"), application=app)
    assert destination_of(filled) in ("FR", "FRA")
    assert destination_names(["SCHENGEN", "FRA"], "fr") == "espace Schengen, France"
