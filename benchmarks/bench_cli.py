"""Benchmark (issue 19): `visadesk packet` of the example case, whole process, against its floor
measured in the same run: raw reportlab laying the packet's own text (every line of every page)
in the same five bundled fonts, also as a whole process. Median of N interleaved pairs; printed
as a ratio (goal: <= 2x). Then where the command's time goes, step by step, in a fresh process:
interpreter start, imports, reading the case, the form registry, fonts, layout and writing.

    .venv/bin/python benchmarks/bench_cli.py [PAIRS]
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from importlib import resources
from pathlib import Path

DAY = "2026-11-25"
FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold.ttf",
)

FLOOR = """
import json, sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
pages, fonts, out = json.load(open(sys.argv[1], encoding="utf-8")), sys.argv[2:7], sys.argv[7]
names = []
for i, path in enumerate(fonts):
    pdfmetrics.registerFont(TTFont(f"F{i}", path)); names.append(f"F{i}")
c = Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
for lines in pages:
    y = 800
    for n, line in enumerate(lines):
        c.setFont(names[n % 5], 9)
        c.drawString(40, y, line)
        y = y - 11 if y > 60 else 800
    c.showPage()
c.save()
"""

STEPS = """
import time
t = {"start": time.time()}
import gc, io, os, sys
from datetime import date
from pathlib import Path
import visadesk.cli.main
gc.disable()  # as `visadesk packet` runs (visadesk.cli.main.BATCH_COMMANDS)
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
t["cli"] = time.time()
import pydantic.main
t["pydantic"] = time.time()
from visadesk.case.casefile import load_case
t["case model"] = time.time()
from visadesk.pdf.packet import build_packet
t["pdf and forms modules"] = time.time()
from visadesk.case.model import Case
Case.model_rebuild()
t["the case model's schema"] = time.time()
case = load_case(Path(sys.argv[1]))
t["read and validate the case"] = time.time()
from visadesk.forms.registry import get_registry
reg = get_registry()
for app in case.applications:
    reg.get(app.form_id)
t["form registry (the forms used)"] = time.time()
from visadesk.pdf import fonts
fonts.register()
t["fonts"] = time.time()
import visadesk.pdf.letters
t["letters' modules"] = time.time()
buf = io.BytesIO()
build_packet(case, buf, on_date=date(2026, 11, 25))
t["fill, layout, save"] = time.time()
Path(sys.argv[2]).write_bytes(buf.getvalue())
t["write"] = time.time()
print(" ".join(f"{k.replace(' ', '_')}={v:.6f}" for k, v in t.items()))
"""


def _font_paths() -> list[str]:
    root = resources.files("visadesk.resources") / "fonts"
    return [str(root / name) for name in FONT_FILES]


def _page_texts(case_path: Path) -> list[list[str]]:
    """The packet's own text, page by page (extracted once; not timed)."""
    from pypdf import PdfReader

    from visadesk.case.casefile import load_case
    from visadesk.pdf.packet import build_packet

    buf = io.BytesIO()
    build_packet(load_case(case_path), buf, on_date=date.fromisoformat(DAY))
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    return [[ln for ln in p.extract_text().splitlines() if ln.strip()] for p in reader.pages]


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def main() -> None:
    pairs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "VISADESK_HOME": str(folder / "home"), "VISADESK_LANG": "en"}
        # bytecode cached as in any install (a sandbox's PYTHONDONTWRITEBYTECODE would make every
        # run of the project's own modules compile them again, and not the floor's reportlab)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        case = folder / "family.json"
        subprocess.run(
            [sys.executable, "-m", "visadesk", "example-case", "-o", str(case)],
            check=True,
            env=env,
        )
        pages = _page_texts(case)
        text = folder / "pages.json"
        text.write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")
        floor_cmd = [sys.executable, "-c", FLOOR, str(text), *_font_paths(), str(folder / "f.pdf")]
        ours_cmd = [sys.executable, "-m", "visadesk", "packet", str(case), "-o"]
        ours_cmd += [str(folder / "p.pdf"), "--date", DAY]
        _timed(floor_cmd, env), _timed(ours_cmd, env)  # warm the page cache
        floors, ours = [], []
        for _ in range(pairs):
            floors.append(_timed(floor_cmd, env))
            ours.append(_timed(ours_cmd, env))
        floor, packet = statistics.median(floors), statistics.median(ours)
        lines = sum(len(p) for p in pages)
        print(
            f"`visadesk packet` example case ({len(pages)} pages), whole process: "
            f"{packet * 1000:.0f} ms   floor (raw reportlab, the same {lines} lines in the same "
            f"five fonts, whole process) {floor * 1000:.0f} ms   ratio {packet / floor:.2f}x "
            f"(goal <= 2x; median of {pairs} pairs)"
        )
        runs = []
        for _ in range(3):
            start = time.time()
            out = subprocess.run(
                [sys.executable, "-c", STEPS, str(case), str(folder / "s.pdf")],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            ).stdout
            marks = dict(kv.split("=") for kv in out.split())
            stamps = [("interpreter start", start)] + [
                (k.replace("_", " "), float(v)) for k, v in marks.items()
            ]
            runs.append([(b[0], b[1] - a[1]) for a, b in zip(stamps, stamps[1:], strict=False)])
        print("  where the time goes (median of 3 fresh processes):")
        for i, (label, _) in enumerate(runs[0]):
            value = statistics.median(r[i][1] for r in runs)
            label = "interpreter start" if label == "start" else label
            print(f"    {label:32s} {value * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
