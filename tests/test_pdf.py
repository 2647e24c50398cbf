"""PDFs: values in the right boxes, annexes instead of cut text, fonts, reproducibility, validity,
metadata, attachments of each type, incomplete cases, memory with a big scan, CLI errors."""

from __future__ import annotations

import io
import json
import os
import re
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from visadesk.case.model import Attachment, AttachmentKind
from visadesk.forms import wizard
from visadesk.pdf import fonts
from visadesk.pdf.packet import build_packet, render_form
from visadesk.sample.family import BROTHER_ID, SON_ID

DAY = date(2026, 11, 25)


def _words(pdf: bytes, page: int = 1) -> list[tuple[str, float, float]]:
    """(word, x, y) of every word on a page, from poppler's pdftotext -bbox."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    ).stdout.decode()
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", out))
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    return [
        (w.text or "", float(w.get("xMin")), float(w.get("yMin")))
        for w in root.iterfind(".//h:word", ns)
    ]


def _text(pdf: bytes, layout: bool = False) -> str:
    args = ["pdftotext", *(["-layout"] if layout else []), "-", "-"]
    return subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode()


def _below(words, label: str, value: str, max_dy: float = 40) -> bool:
    """``value`` is printed under ``label`` in the same box (same left edge, just below)."""
    labels = [(x, y) for w, x, y in words if w == label]
    values = [(x, y) for w, x, y in words if w == value]
    return any(abs(vx - lx) < 4 and 0 < vy - ly < max_dy for lx, ly in labels for vx, vy in values)


def test_values_land_in_their_boxes(example_case):
    pdf = render_form(example_case, BROTHER_ID, "schengen-c", on_date=DAY)
    words = _words(pdf, 1)
    assert _below(words, "1.", "SHCHUKIN")  # field 1 label starts with "1."
    assert _below(words, "3.", "FEDOR")
    assert _below(words, "4.", "09-01-1996")
    assert _below(words, "13.", "753456782")
    text = _text(pdf, layout=True)
    # reading order: each value follows its label
    for label, value in [
        ("Surname (Family name)", "SHCHUKIN"),
        ("Number of travel document", "753456782"),
    ]:
        assert text.index(label) < text.index(value)


def test_print_languages_and_tick_boxes(example_case):
    text = _text(render_form(example_case, BROTHER_ID, "schengen-c", on_date=DAY))
    assert "Nom(s) (nom(s) de famille)" in text  # destination France → English + French
    assert "For official use only" in text and "Partie réservée à" in text
    assert "Humanitarian reasons (Art. 25(1)(a) Visa Code)" in text


def test_long_values_go_to_annex_pages_never_cut(example_case):
    narrative = " ".join(
        f"Sentence {i} about the danger, the summons and the family ties." for i in range(40)
    )
    assert len(narrative) > 2000
    long_surname = "SHCHERBAKOVA-PODIEIACHEVA-VOLKONSKAIA-TRUBETSKAIA-OBOLENSKAI"
    assert len(long_surname) == 60
    case = example_case.model_copy(deep=True)
    case.applicants[1].latin_surname = long_surname
    app = wizard.set_answer(case.applications[1], "purpose_details", narrative)
    case.applications[1] = app
    pdf = render_form(case, BROTHER_ID, "schengen-c", on_date=DAY)
    text = _text(pdf)
    assert "Annex — field 24" in text
    assert "See annex — field 24" in text
    flat = " ".join(text.split())
    for i in range(40):  # every sentence is somewhere: nothing silently cut
        assert f"Sentence {i} about the danger" in flat
    assert long_surname in flat.replace("- ", "-") or "Annex — field 1 " in text


def test_every_character_of_the_example_exists_in_the_fonts(example_case):
    strings: list[str] = []

    def walk(v):
        if isinstance(v, str):
            strings.append(v)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(json.loads(example_case.model_dump_json()))
    text = "".join(strings) + "✓✗–◀→×·«»№ÄÖÜßéèàçœ"
    for font in (fonts.REGULAR, fonts.BOLD, fonts.CONDENSED, fonts.CONDENSED_BOLD):
        assert fonts.missing_glyphs(text, font) == set(), font
    assert fonts.missing_glyphs("中") == {"中"}  # the check can fail


def test_packet_is_reproducible_valid_and_embeds_fonts(tmp_path, example_case):
    a, b, c = io.BytesIO(), io.BytesIO(), io.BytesIO()
    build_packet(example_case, a, on_date=DAY)
    build_packet(example_case, b, on_date=DAY)
    build_packet(example_case, c, on_date=date(2026, 11, 26))
    assert a.getvalue() == b.getvalue()
    assert a.getvalue() != c.getvalue()
    path = tmp_path / "p.pdf"
    path.write_bytes(a.getvalue())
    qpdf = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    rows = listing.splitlines()[2:]
    assert rows and all(" yes yes " in row for row in rows), listing


def test_no_personal_data_in_metadata(example_case):
    buf = io.BytesIO()
    build_packet(example_case, buf, on_date=DAY)
    meta = PdfReader(io.BytesIO(buf.getvalue())).metadata
    joined = " ".join(str(v) for v in meta.values())
    assert meta.title == "VisaDesk document"
    for secret in ("SHCHUKIN", "Щукин", "PODIEIACHEV", "753456782", "Подъячев"):
        assert secret not in joined


def test_outline_has_a_bookmark_per_applicant_and_document(example_case):
    buf = io.BytesIO()
    pages = build_packet(example_case, buf, on_date=DAY)
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    assert len(reader.pages) == pages
    outline = reader.outline
    titles = [o.title for o in outline if not isinstance(o, list)]
    assert titles[0] == "Cover and contents"
    assert any(t.startswith("SHCHUKIN FEDOR") for t in titles)
    nested = [o for o in outline if isinstance(o, list)]
    assert len(nested) == 3  # one list of documents per applicant
    assert any(o.title.endswith("Application for Schengen Visa") for group in nested for o in group)
    cover = reader.pages[0].extract_text()
    assert "Contents" in cover and "Application for Schengen Visa" in cover


def _attachments(tmp_path: Path):
    jpg, png, pdf = tmp_path / "photo.jpg", tmp_path / "scan.png", tmp_path / "doc.pdf"
    Image.new("RGB", (413, 531), (200, 180, 160)).save(jpg, "JPEG")
    Image.new("RGB", (800, 600), (20, 120, 220)).save(png, "PNG")
    c = Canvas(str(pdf))
    for i in range(3):
        c.drawString(100, 700, f"Merged page {i + 1}")
        c.showPage()
    c.save()
    return [
        Attachment(
            person_id=SON_ID,
            kind=AttachmentKind.PHOTO,
            filename="photo.jpg",
            media_type="image/jpeg",
            path="photo.jpg",
        ),
        Attachment(
            person_id=SON_ID,
            kind=AttachmentKind.PASSPORT_SCAN,
            filename="scan.png",
            media_type="image/png",
            path="scan.png",
            checklist_item="passport",
        ),
        Attachment(
            person_id=SON_ID,
            filename="doc.pdf",
            media_type="application/pdf",
            path="doc.pdf",
            checklist_item="birth_certificate",
        ),
    ]


def test_each_attachment_type_is_placed_or_merged(tmp_path, example_case):
    case = example_case.model_copy(update={"attachments": _attachments(tmp_path)})

    def opener(att):
        return open(tmp_path / att.path, "rb")

    with_scans, without = io.BytesIO(), io.BytesIO()
    n1 = build_packet(case, with_scans, on_date=DAY, open_attachment=opener, person_ids=[SON_ID])
    n0 = build_packet(example_case, without, on_date=DAY, person_ids=[SON_ID])
    assert n1 == n0 + 1 + 1 + 3  # jpeg page, png page, 3 merged pdf pages
    text = _text(with_scans.getvalue())
    assert "Merged page 3" in text
    assert "✓" in text  # passport and birth certificate now attached
    # the photo fills the form's photo box instead of the placeholder
    form = render_form(case, SON_ID, "fr-long-stay", on_date=DAY, open_attachment=opener)
    assert "Photo 35 × 45 mm" not in _text(form)
    assert "Photo 35 × 45 mm" in _text(
        render_form(example_case, SON_ID, "fr-long-stay", on_date=DAY)
    )


def test_incomplete_case_still_renders_and_lists_what_is_missing(example_case):
    case = example_case.model_copy(deep=True)
    case.applications[1] = case.applications[1].model_copy(update={"answers": {}})
    buf = io.BytesIO()
    build_packet(case, buf, on_date=DAY, person_ids=[BROTHER_ID])
    text = _text(buf.getvalue())
    assert "Missing or invalid in this form" in text
    assert "Purpose of the journey — missing" in text


def _cli(*args, home):
    env = dict(os.environ, VISADESK_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "visadesk", *args], capture_output=True, text=True, env=env
    )


def test_cli_fill_and_packet(tmp_path, visadesk_home, example_case):
    case_file = tmp_path / "case.json"
    case_file.write_text(example_case.model_dump_json(), encoding="utf-8")
    out = tmp_path / "form.pdf"
    r = _cli(
        "fill",
        "schengen-c",
        str(case_file),
        "--person",
        "2",
        "-o",
        str(out),
        "--date",
        "2026-11-25",
        home=visadesk_home,
    )
    assert r.returncode == 0, r.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "SHCHUKIN" in _text(out.read_bytes())
    packet = tmp_path / "packet.pdf"
    r = _cli(
        "packet",
        str(case_file),
        "-o",
        str(packet),
        "--forms",
        "schengen-c,fr-long-stay",
        "--date",
        "2026-11-25",
        home=visadesk_home,
    )
    assert r.returncode == 0, r.stderr
    assert "VIDEX" not in _text(packet.read_bytes())


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["fill", "no-such-form", "CASE", "-o", "OUT"], "unknown form 'no-such-form'"),
        (
            ["fill", "schengen-c", "CASE", "--person", "9", "-o", "OUT"],
            "--person: there is no person 9",
        ),
        (
            ["packet", "CASE", "-o", "OUT", "--date", "2026-02-30"],
            "--date: '2026-02-30' is not a date",
        ),
        (["packet", "CASE", "-o", "OUT", "--forms", "nope"], "unknown form 'nope'"),
    ],
)
def test_cli_bad_input_exits_1_naming_the_field(
    tmp_path, visadesk_home, example_case, args, fragment
):
    case_file = tmp_path / "case.json"
    case_file.write_text(example_case.model_dump_json(), encoding="utf-8")
    args = [
        str(case_file) if a == "CASE" else str(tmp_path / "o.pdf") if a == "OUT" else a
        for a in args
    ]
    r = _cli(*args, home=visadesk_home)
    assert r.returncode == 1
    assert fragment in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "o.pdf").exists()


BIG_SCAN = """
import io, resource, sys
from datetime import date
from visadesk.sample.family import example_case, SON_ID
from visadesk.case.model import Attachment
from visadesk.pdf.packet import build_packet
case = example_case()
case = case.model_copy(update={"attachments": [Attachment(person_id=SON_ID, filename="big.pdf", media_type="application/pdf", path=sys.argv[1])]})
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
out = open(sys.argv[2], "wb")
build_packet(case, out, on_date=date(2026, 11, 25), person_ids=[SON_ID], open_attachment=lambda a: open(a.path, "rb"))
out.close()
print(before // 1024, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def test_fifty_mib_scan_keeps_memory_bounded(tmp_path):
    big = tmp_path / "big.pdf"
    c = Canvas(str(big), pageCompression=0)
    noise = os.urandom(256 * 1024).hex()
    for i in range(100):  # ~50 MiB of page content
        c.drawString(10, 10, f"page {i}")
        c._code.append("% " + noise)  # incompressible bulk in the content stream
        c.showPage()
    c.save()
    assert big.stat().st_size > 50 * 1024 * 1024
    out = tmp_path / "out.pdf"
    r = subprocess.run(
        [sys.executable, "-c", BIG_SCAN, str(big), str(out)], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr
    before, peak = map(int, r.stdout.split())
    assert peak - before < 300, (before, peak)  # MiB: bounded well below the packet target
    assert len(PdfReader(out).pages) > 100


def test_packet_reports_progress_to_the_end(example_case):
    seen: list[tuple[int, int, str]] = []
    build_packet(
        example_case,
        io.BytesIO(),
        on_date=DAY,
        progress=lambda d, t, label: seen.append((d, t, label)),
    )
    assert seen, "no progress reported"
    dones = [d for d, _, _ in seen]
    assert dones == sorted(dones) and len(set(t for _, t, _ in seen)) == 1
    assert seen[-1][0] == seen[-1][1]  # finishes at 100 %


def test_yes_no_boxes_read_no_and_yes_on_an_english_only_form(example_case):
    """#15 bug 2: the Schengen form for Poland prints in English only; its yes/no boxes read
    "No / No" beside "Yes". They read "No" and "Yes" (and "No / Non", "Yes / Oui" for France)."""
    from visadesk.forms.registry import get_registry
    from visadesk.forms.types import print_choices, yes_no

    app = next(a for a in example_case.applications if a.person_id == BROTHER_ID)
    answers = {**app.answers, "main_destination": "POL"}
    apps = [a.model_copy(update={"answers": answers}) if a.id == app.id else a
            for a in example_case.applications]  # fmt: skip
    case = example_case.model_copy(update={"applications": apps})
    text = _text(render_form(case, BROTHER_ID, "schengen-c", on_date=DAY))
    assert "Nom(s)" not in text  # English only
    assert "No / No" not in text and "No / Non" not in text
    assert re.search(r"\bNo\b", text) and re.search(r"\bYes\b", text)
    assert yes_no(("en",)) == ("Yes", "No")
    assert yes_no(("en", "fr")) == ("Yes / Oui", "No / Non")
    field = get_registry().get("schengen-c").field("fingerprints_before")
    assert print_choices(field, False, ("en",)) == [("No", True), ("Yes", False)]
    fr = _text(render_form(example_case, BROTHER_ID, "schengen-c", on_date=DAY))
    assert "No / Non" in fr and "No / No\n" not in fr
