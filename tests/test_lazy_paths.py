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


def test_importing_the_form_schema_builds_no_model():
    """Model-valued defaults are made without validation: a class body calling ``PrintText()``
    built that model's schema (and its nested ones) at import."""
    code = """
        import visadesk.forms.schema as s
        models = [v for v in vars(s).values() if isinstance(v, type) and issubclass(v, s.Strict)]
        print(len(models), [m.__name__ for m in models if m.__pydantic_complete__])
    """
    count, built = _run(code).split(" ", 1)
    assert int(count) >= 10
    assert built == "[]"


def test_pdf_commands_run_without_the_cyclic_collector(tmp_path, example_case):
    """`visadesk packet` as a program leaves the collector off until the process ends (turned
    back on, its next pass would walk everything the packet made); called in-process (tests, a
    host program) it is switched back on; other commands never touch it; and no third-party
    pydantic plugin is looked for."""
    from visadesk.case.casefile import dump_case

    case = tmp_path / "case.json"
    case.write_text(dump_case(example_case), encoding="utf-8")
    code = f"""
        import gc, os, sys
        from visadesk.cli.main import main
        sys.argv = ["visadesk", "packet", {str(case)!r}, "-o", {str(tmp_path / "p.pdf")!r}]
        main()
        as_program = gc.isenabled()
        gc.enable()
        main(["packet", {str(case)!r}, "-o", {str(tmp_path / "q.pdf")!r}])
        in_process = gc.isenabled()
        main(["translit", "Щукин"])
        print(as_program, in_process, gc.isenabled(), os.environ["PYDANTIC_DISABLE_PLUGINS"])
    """
    last = _run(code).splitlines()[-1]
    assert last == "False True True __all__"
    assert (tmp_path / "p.pdf").read_bytes()[:5] == b"%PDF-"


def test_merging_pdf_scans_runs_with_the_collector(tmp_path, example_case):
    """pypdf's readers are cyclic: a packet with PDF scans merges them with the collector on
    (then pauses it again), so many large scans are not all kept until the process ends."""
    from reportlab.pdfgen.canvas import Canvas

    from visadesk.case.casefile import dump_case
    from visadesk.case.model import Attachment

    c = Canvas(str(tmp_path / "doc.pdf"))
    c.drawString(72, 720, "A scanned certificate")
    c.save()
    son = example_case.applicants[-1]
    att = Attachment(
        person_id=son.id, filename="doc.pdf", media_type="application/pdf", path="doc.pdf"
    )
    case = tmp_path / "case.json"
    case.write_text(dump_case(example_case.model_copy(update={"attachments": [att]})), "utf-8")
    code = f"""
        import gc, sys
        import visadesk.pdf.packet as packet
        seen = []
        merge = packet._merge_parts
        def probe(*args):
            seen.append(gc.isenabled())
            return merge(*args)
        packet._merge_parts = probe
        from visadesk.cli.main import main
        sys.argv = ["visadesk", "packet", {str(case)!r}, "-o", {str(tmp_path / "p.pdf")!r}]
        print(main(), seen, gc.isenabled())
    """
    assert _run(code).splitlines()[-1] == "0 [True] False"


def test_the_first_window_paints_before_the_vault_and_the_model_load():
    """`visadesk --demo`: the window is painted before the demo vault (its crypto, the pydantic
    model, phone numbers) is loaded; the sample family follows."""
    code = """
        import sys
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication
        from visadesk.ui import app as ui_app

        heavy = ("pydantic", "visadesk.vault", "cryptography", "phonenumbers", "reportlab")
        seen = {}
        first = ui_app.after_first_paint

        def probed(window, callback):
            if not seen:
                class Probe(QObject):
                    def eventFilter(self, obj, event):
                        if event.type() == QEvent.Type.Paint and "paint" not in seen:
                            seen["paint"] = [m for m in heavy if m in sys.modules]
                        return False

                window.installEventFilter(Probe(window))
                seen["hooked"] = True
            first(window, callback)

        ui_app.after_first_paint = probed
        def close_when_listed():
            windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "cases")]
            if windows and windows[0].session is not None:
                seen["after"] = [m for m in heavy[:3] if m in sys.modules]
                windows[0].close()
            else:
                QTimer.singleShot(20, close_when_listed)
        QTimer.singleShot(0, close_when_listed)
        ui_app.run(demo=True)
        print(seen["paint"], seen["after"])
    """
    last = _run(code).splitlines()[-1]
    assert last == "[] ['pydantic', 'visadesk.vault', 'cryptography']"


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

    from visadesk.forms.registry import parse_definition
    from visadesk.local import yaml_cache

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


def _face_state(face):
    state = dict(vars(face))
    state.pop("_pdfScale")  # a lambda made per parse
    return {k: list(v.items()) if isinstance(v, dict) else v for k, v in state.items()}


def test_the_quick_font_parse_gives_reportlabs_own_face():
    """fonts._Face reads the character tables in bulk; every attribute (values and dict order)
    equals reportlab's value-by-value parse, so the embedded subsets are the same bytes."""
    from reportlab.pdfbase.ttfonts import TTFont

    from visadesk.pdf import fonts

    root = resources.files("visadesk.resources") / "fonts"
    for name, filename in fonts._FILES.items():
        with resources.as_file(root / filename) as path:
            ours, theirs = fonts._Font(name, str(path)), TTFont(name, str(path))
        assert type(ours.face)._char_tables is fonts._Face._char_tables
        assert _face_state(ours.face) == _face_state(theirs.face), filename
        assert sorted(vars(ours)) == sorted(vars(theirs))
        for key in ("fontName", "_asciiReadable", "shapable"):
            assert getattr(ours, key) == getattr(theirs, key)
        assert ours.face._pdfScale(1234) == theirs.face._pdfScale(1234)


def test_a_font_without_a_format_12_map_is_read_by_reportlab(monkeypatch):
    from reportlab.pdfbase.ttfonts import TTFont

    from visadesk.pdf import fonts

    monkeypatch.setattr(fonts._Face, "_cmap_format_12", lambda self: None)
    root = resources.files("visadesk.resources") / "fonts"
    with resources.as_file(root / "DejaVuSans.ttf") as path:
        ours, theirs = fonts._Font("X", str(path)), TTFont("X", str(path))
    assert _face_state(ours.face) == _face_state(theirs.face)
