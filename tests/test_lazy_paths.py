"""The CLI pays only for what a command uses (issue 19): shipped form definitions are validated
on first use, a packet without PDF scans never imports pypdf, light commands import no pydantic
form schema building, and the packet drawn on one canvas keeps its outline and page numbers."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib import resources

import pytest
import yaml

from visadesk.forms.registry import load_registry


def test_every_shipped_definition_is_named_after_its_id():
    root = resources.files("visadesk.forms") / "definitions"
    names = [e.name for e in root.iterdir() if e.name.endswith((".yaml", ".yml"))]
    assert len(names) >= 15
    for name in names:
        data = yaml.safe_load((root / name).read_text(encoding="utf-8"))
        assert f"{data['id']}.yaml" == name, name


def test_registry_validates_only_the_forms_asked_for(tmp_path):
    reg = load_registry(tmp_path)
    ids = reg.ids()
    assert "schengen-c" in ids and len(ids) >= 15
    assert reg.origins["schengen-c"] == "builtin"
    form = reg.get("schengen-c")
    assert form.id == "schengen-c"
    assert set(reg._forms) == {"schengen-c"}  # nothing else validated yet
    assert len(reg.forms) == len(ids)  # asking for all of them validates the rest
    assert [f.id for f in reg.all()][0] in ids


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def test_packet_without_pdf_scans_never_imports_pypdf():
    code = """
        import io, sys
        from datetime import date
        from visadesk.pdf.packet import build_packet
        from visadesk.sample.family import example_case
        pages = build_packet(example_case(), io.BytesIO(), on_date=date(2026, 11, 25))
        print(pages, "pypdf" in sys.modules)
    """
    pages, imported = _run(code).split()
    assert int(pages) > 10
    assert imported == "False"


def test_light_commands_build_no_form_models():
    code = """
        import sys
        from visadesk.cli.main import main
        main(["translit", "Щукин"])
        import visadesk.forms.schema as s
        print("pypdf" in sys.modules, s.FormDefinition.__pydantic_complete__)
    """
    lines = _run(code).splitlines()
    assert lines[0] == "SHCHUKIN"
    assert lines[-1] == "False False"


def test_image_scans_are_drawn_on_the_packet_canvas_with_bookmarks(tmp_path, example_case):
    import io
    from datetime import date

    from PIL import Image
    from pypdf import PdfReader

    from visadesk.case.model import Attachment, AttachmentKind
    from visadesk.pdf.packet import build_packet

    son = example_case.applicants[-1]
    Image.new("RGB", (800, 600), (20, 120, 220)).save(tmp_path / "scan.png", "PNG")
    att = Attachment(
        person_id=son.id,
        kind=AttachmentKind.PASSPORT_SCAN,
        filename="scan.png",
        media_type="image/png",
        path="scan.png",
    )
    case = example_case.model_copy(update={"attachments": [att]})
    day = date(2026, 11, 25)
    with_scan, without = io.BytesIO(), io.BytesIO()

    def opener(a):
        return open(tmp_path / a.path, "rb")

    n1 = build_packet(case, with_scan, on_date=day, open_attachment=opener, person_ids=[son.id])
    n0 = build_packet(example_case, without, on_date=day, person_ids=[son.id])
    assert n1 == n0 + 1
    reader = PdfReader(io.BytesIO(with_scan.getvalue()))
    assert len(reader.pages) == n1
    titles = [o.title for group in reader.outline if isinstance(group, list) for o in group]
    heading = "Passeport / Passport"  # what the document is, never the user's file name
    assert heading in titles
    last = reader.pages[-1].extract_text()
    assert "scan.png" not in last and "1 / 1" in last
    contents = reader.pages[0].extract_text()
    assert f"{heading}\n{n1}" in contents  # the contents give the scan's real page


def test_parsed_definitions_are_cached_and_the_cache_is_checked(visadesk_home):
    from datetime import date

    from visadesk.local import yaml_cache
    from visadesk.forms.registry import parse_definition

    root = resources.files("visadesk.forms") / "definitions"
    text = (root / "schengen-c.yaml").read_text(encoding="utf-8")
    first = parse_definition(text, "schengen-c.yaml")
    cached = list((visadesk_home / "cache" / "forms").glob("*.json"))
    assert len(cached) == 1
    assert oct(cached[0].stat().st_mode & 0o777) == "0o600"
    assert parse_definition(text, "schengen-c.yaml") == first  # from the cache
    assert isinstance(yaml_cache.load_yaml(text)["checked"], date)  # dates come back as dates
    cached[0].write_text("{not json", encoding="utf-8")  # a damaged cache file: parsed again
    assert parse_definition(text, "schengen-c.yaml") == first
    edited = text.replace("Application for Schengen Visa", "Application for a Schengen visa", 1)
    assert parse_definition(edited, "schengen-c.yaml").title.en != first.title.en


def test_letter_templates_are_parsed_once_then_read_from_the_cache(visadesk_home):
    """The letters' YAML (the packet's slowest step before: pure-Python YAML, 0.3 s) goes
    through the parse cache: a second process reads JSON and never imports yaml."""
    code = (
        "import sys\nfrom visadesk.letters.templates import templates\n"
        "t = templates()\nprint('YAML', 'yaml' in sys.modules, len(t.phrases) > 10)"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    assert [r.stdout.strip() for r in runs] == ["YAML True True", "YAML False True"]
    assert len(list((visadesk_home / "cache" / "forms").glob("*.json"))) >= 4


def test_a_damaged_letter_template_is_a_clear_error(monkeypatch, tmp_path):
    from visadesk.errors import VisaDeskError
    from visadesk.letters import templates as tpl

    monkeypatch.setattr(tpl.importlib.resources, "files", lambda _pkg: tmp_path)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "letter.yaml").write_text("a: [unclosed", encoding="utf-8")
    with pytest.raises(VisaDeskError, match=r"letter\.yaml cannot be read \(\w*Error\)"):
        tpl._read("letter.yaml")
