"""Benchmark: the example packet, and a 6-person household with 3 forms each and 10 scans.

Prints time (cold = first packet in the process, including font loading; warm = later ones) and
peak memory, with the floor beside it: raw reportlab drawing the same number of pages of boxed
text in the same process. Targets: 6-person packet < 1.5 s, ≤ 3× the floor, peak < 300 MB.
Run: .venv/bin/python benchmarks/bench_pdf.py
"""

from __future__ import annotations

import io
import resource
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from visadesk.case.model import Application, Attachment, AttachmentKind, Person
from visadesk.pdf import fonts
from visadesk.pdf.packet import build_packet
from visadesk.sample.family import example_case

DAY = date(2026, 11, 25)


def household(tmp: Path):
    case = example_case()
    extra = [
        Person(
            surname="Щукина", given_names="Мария", date_of_birth=date(1993, 3, 3), nationality="RUS"
        ),
        Person(
            surname="Щукин", given_names="Андрей", date_of_birth=date(1961, 6, 6), nationality="RUS"
        ),
        Person(
            surname="Подъячева",
            given_names="Нина",
            date_of_birth=date(1962, 8, 19),
            nationality="RUS",
        ),
    ]
    people = [*case.applicants, *extra]
    apps = []
    for p in people:
        for form in ("schengen-c", "fr-long-stay", "de-videx-national"):
            apps.append(Application(person_id=p.id, form_id=form))
    scans = []
    for i in range(10):
        path = tmp / f"scan{i}.jpg"
        Image.new("RGB", (1654, 2339), (200 - i * 10, 190, 180)).save(path, "JPEG", quality=85)
        scans.append(
            Attachment(
                person_id=people[i % 6].id,
                kind=AttachmentKind.PASSPORT_SCAN,
                filename=path.name,
                media_type="image/jpeg",
                path=str(path),
            )
        )
    return case.model_copy(
        update={"applicants": people, "applications": apps, "attachments": scans}
    )


def floor(pages: int) -> float:
    t = time.perf_counter()
    c = Canvas(io.BytesIO(), pagesize=A4, invariant=1)
    for _ in range(pages):
        c.setFont(fonts.REGULAR, 9)
        for row in range(30):
            c.rect(40, 780 - row * 24, 515, 22)
            c.drawString(44, 784 - row * 24, f"{row}. Label / Libellé — value ЗНАЧЕНИЕ {row}")
        c.showPage()
    c.save()
    return time.perf_counter() - t


def main() -> None:
    peak0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    build_packet(example_case(), io.BytesIO(), on_date=DAY)
    cold = time.perf_counter() - t
    ex = []
    for _ in range(5):
        t = time.perf_counter()
        buf = io.BytesIO()
        build_packet(example_case(), buf, on_date=DAY)
        ex.append(time.perf_counter() - t)
    ex_pages = len(PdfReader(io.BytesIO(buf.getvalue())).pages)
    with tempfile.TemporaryDirectory() as d:
        case = household(Path(d))

        def opener(att):
            return open(att.path, "rb")

        big = []
        for _ in range(3):
            t = time.perf_counter()
            buf = io.BytesIO()
            pages = build_packet(case, buf, on_date=DAY, open_attachment=opener)
            big.append(time.perf_counter() - t)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    fl_ex = statistics.median(floor(ex_pages) for _ in range(3))
    fl_big = statistics.median(floor(pages) for _ in range(3))
    print(
        f"example packet ({ex_pages} pages): cold {cold:.2f} s (font loading included), warm {statistics.median(ex):.3f} s"
        f"   floor {fl_ex:.3f} s   ratio {statistics.median(ex) / fl_ex:.1f}x"
    )
    print(
        f"6-person household, 18 forms, 10 scans ({pages} pages): {statistics.median(big):.3f} s"
        f"   floor {fl_big:.3f} s   ratio {statistics.median(big) / fl_big:.1f}x   target < 1.5 s, <= 3x"
    )
    print(f"peak RSS: {peak // 1024} MiB (before: {peak0 // 1024} MiB)   target < 300 MB")


if __name__ == "__main__":
    main()
