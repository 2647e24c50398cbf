"""Printing the packet: the PDF itself goes to the system's spooler (CUPS ``lp``, read from a
pipe: no temporary file, no page rasterised at the printer's resolution), in a worker with
progress and cancel; only where no ``lp`` exists are pages drawn into the printer (at 300 dpi,
also in the worker), and "print to file" writes the PDF as it is."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PRINT_TITLE = "VisaDesk packet"  # the job title stays in the print queue's history: no names
CHUNK = 64 * 1024
FALLBACK_DPI = 300


class PrintCancelled(Exception):
    """The user cancelled printing."""


class PrintFailed(Exception):
    """The spooler refused the job; ``reason`` is its own (system-language) message."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PrintRequest:
    """What the print dialog chose, independent of Qt (so the worker never touches a widget)."""

    printer: str
    copies: int = 1
    first_page: int = 0  # 1-based; 0 = every page
    last_page: int = 0
    sides: str = ""  # "", one-sided, two-sided-long-edge, two-sided-short-edge
    monochrome: bool = False
    output_file: str = ""  # "Print to file"

    @classmethod
    def from_printer(cls, printer: QPrinter) -> PrintRequest:
        duplex = {
            QPrinter.DuplexMode.DuplexNone: "one-sided",
            QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
            QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
        }.get(printer.duplex(), "")
        ranged = printer.printRange() == QPrinter.PrintRange.PageRange
        return cls(
            printer=printer.printerName(),
            copies=max(1, printer.copyCount()),
            first_page=printer.fromPage() if ranged else 0,
            last_page=printer.toPage() if ranged else 0,
            sides=duplex,
            monochrome=printer.colorMode() == QPrinter.ColorMode.GrayScale,
            output_file=printer.outputFileName(),
        )

    def lp_command(self, lp: str) -> list[str]:
        cmd = [lp, "-d", self.printer, "-t", PRINT_TITLE, "-n", str(self.copies)]
        if self.first_page:
            cmd += ["-o", f"page-ranges={self.first_page}-{self.last_page or self.first_page}"]
        if self.sides:
            cmd += ["-o", f"sides={self.sides}"]
        if self.monochrome:
            cmd += ["-o", "print-color-mode=monochrome"]
        return cmd  # no file argument: lp reads the PDF from its standard input


def spool_pdf(
    data: bytes,
    request: PrintRequest,
    progress: Callable[[int, int, str], None],
    cancelled: threading.Event,
    lp: str,
) -> str:
    """Pipe the PDF to ``lp``; returns the spooler's job id. Cancelling kills ``lp`` before the
    job is queued, or cancels the queued job."""
    proc = subprocess.Popen(
        request.lp_command(lp),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None
    total = len(data)
    try:
        for offset in range(0, total, CHUNK):
            if cancelled.is_set():
                raise PrintCancelled
            proc.stdin.write(data[offset : offset + CHUNK])
            progress(min(offset + CHUNK, total), total, "")
        proc.stdin.close()
        while proc.poll() is None:
            if cancelled.is_set():
                raise PrintCancelled
            time.sleep(0.02)
    except PrintCancelled:
        proc.kill()
        proc.wait()
        raise
    except BrokenPipeError:
        proc.wait()
    out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode:
        raise PrintFailed(err.strip() or f"lp exit status {proc.returncode}")
    found = re.search(r"request id is (\S+)", out)
    job = found.group(1) if found else ""
    if cancelled.is_set():
        cancel = shutil.which("cancel")
        if job and cancel:
            subprocess.run([cancel, job], capture_output=True, check=False)
        raise PrintCancelled
    return job


def draw_pages(
    data: bytes,
    printer: QPrinter,
    progress: Callable[[int, int, str], None],
    cancelled: threading.Event,
) -> int:
    """Fallback where no spooler command exists: draw each page into the printer at a bounded
    resolution (Qt allows painting a QPrinter outside the GUI thread)."""
    raw = QByteArray(data)
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("the printer could not be started")
    count = 0
    try:
        pages = doc.pageCount()
        for i in range(pages):
            if cancelled.is_set():
                printer.abort()
                raise PrintCancelled
            if i:
                printer.newPage()
            rect = painter.viewport()
            points = doc.pagePointSize(i)
            target = points.toSize().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            size = (points * (FALLBACK_DPI / 72)).toSize()
            image = doc.render(i, size)
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
            count += 1
            progress(count, pages, "")
    finally:
        painter.end()
        doc.close()
        buffer.close()
    return count


def write_pdf_file(data: bytes, request: PrintRequest) -> None:
    """ "Print to file": the packet PDF itself (only the chosen pages)."""
    from visadesk.local.paths import atomic_write

    if request.first_page:
        from pypdf import PdfReader, PdfWriter

        reader = PdfReader(io.BytesIO(data))
        writer = PdfWriter()
        last = min(request.last_page or request.first_page, len(reader.pages))
        for i in range(request.first_page - 1, last):
            writer.add_page(reader.pages[i])
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    atomic_write(Path(request.output_file), data, mode=0o600)
