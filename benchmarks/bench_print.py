"""Benchmark: printing the example packet (#19).

Now: the packet PDF itself piped to the spooler (a stand-in ``lp`` that stores what it gets, the
way CUPS spools it), in the app's worker. Before (the floor it replaced, measured in the same
run): every page rasterised at the printer's resolution (QPrinter HighResolution, 1200 dpi) into
a PDF spool file. Prints time to first page (the spooler holds page 1), total, and spool size
beside the PDF's size, as ratios. Goals: printing starts < 2 s, spool ≤ 2× the PDF.
The raster path is measured on its first 3 pages and scaled to the packet's page count.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_print.py
"""

from __future__ import annotations

import io
import os
import stat
import statistics
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from visadesk.pdf.packet import build_packet
from visadesk.sample.family import example_case
from visadesk.ui.printing import PrintRequest, spool_pdf
from visadesk.ui.viewer import MemoryPdf

RUNS = 3


def packet() -> bytes:
    out = io.BytesIO()
    build_packet(example_case(), out, on_date=date(2026, 12, 3))
    return out.getvalue()


def now_path(data: bytes, tmp: Path) -> tuple[float, float, int]:
    lp = tmp / "lp"
    lp.write_text(f'#!/bin/sh\ncat > "{tmp}/spool"\necho "request id is Bench-1 (1 file(s))"\n')
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    first: list[float] = []
    began = time.perf_counter()
    spool_pdf(
        data,
        PrintRequest("Bench"),
        lambda done, total, _l: first.append(time.perf_counter()) if not first else None,
        threading.Event(),
        str(lp),
    )
    total = time.perf_counter() - began
    # the spooler holds page 1 once the whole PDF is queued (PDF pages need the trailer)
    return total, total, (tmp / "spool").stat().st_size


SAMPLED = 3  # the raster path takes ~9 s a page: measure a few pages, scale to the packet


def before_path(data: bytes, tmp: Path) -> tuple[float, float, int]:
    pdf = MemoryPdf(data)
    doc = pdf.document
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp / "raster.pdf"))
    began = time.perf_counter()
    first = 0.0
    painter = QPainter(printer)
    pages = doc.pageCount()
    for i in range(SAMPLED):
        if i:
            printer.newPage()
        rect = painter.viewport()
        size = doc.pagePointSize(i).toSize().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRectF(0, 0, size.width(), size.height()), doc.render(i, size))
        if not first:
            first = time.perf_counter() - began
    painter.end()
    scale = pages / SAMPLED
    total = (time.perf_counter() - began) * scale
    pdf.close()
    return first, total, int((tmp / "raster.pdf").stat().st_size * scale)


def main() -> None:
    QApplication([])
    data = packet()
    pages = MemoryPdf(data).document.pageCount()
    print(f"example packet: {pages} pages, {len(data) / 1e6:.2f} MB")
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        now = [now_path(data, tmp) for _ in range(RUNS)]
        before = [before_path(data, tmp) for _ in range(1)]  # slow: once
    for name, runs in (
        ("now: PDF to the spooler", now),
        (f"before: raster ({SAMPLED} pp ×)", before),
    ):
        first = statistics.median(r[0] for r in runs)
        total = statistics.median(r[1] for r in runs)
        size = runs[0][2]
        print(
            f"{name:26} first page {first:7.3f} s  total {total:7.3f} s  "
            f"spool {size / 1e6:8.2f} MB = {size / len(data):6.2f}× the PDF"
        )
    n_total = statistics.median(r[1] for r in now)
    b_total = statistics.median(r[1] for r in before)
    print(f"ratio before/now: {b_total / n_total:.0f}× faster, goal: start < 2 s, spool ≤ 2×")


if __name__ == "__main__":
    main()
