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
