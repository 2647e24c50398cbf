"""#13.12 / #19: printing sends the packet PDF itself to the spooler (no page rasterised at the
printer's resolution), in a worker, with progress and cancel. A fake ``lp`` stands in for CUPS:
it records its arguments and the bytes it was given."""

from __future__ import annotations

import io
import os
import stat
import time
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from visadesk.ui.printing import PrintRequest
from visadesk.ui.tab_packet import PacketTab


def _pdf(pages: int = 3) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    c = Canvas(out)
    for i in range(pages):
        c.drawString(72, 720, f"Page {i + 1} of a fictional packet")
        c.showPage()
    c.save()
    return out.getvalue()


def _fake_lp(tmp: Path, delay: float = 0.0) -> Path:
    lp = tmp / "lp"
    lp.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{tmp}/args"\n'
        f'cat > "{tmp}/spool"\n'
        f"sleep {delay}\n"
        'echo "request id is Fake-17 (1 file(s))"\n'
    )
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    return lp


def _packet(qtbot, data: bytes) -> PacketTab:
    from visadesk.ui.viewer import MemoryPdf

    tab = PacketTab(None)
    qtbot.addWidget(tab)
    tab.pdf_bytes = data
    tab.pdf = MemoryPdf(data, tab)
    tab._set_ready(True)
    return tab


def _printer() -> QPrinter:
    return QPrinter(QPrinter.PrinterMode.ScreenResolution)


def test_the_spooler_gets_the_pdf_itself_from_a_worker(qtbot, tmp_path: Path) -> None:
    data = _pdf()
    tab = _packet(qtbot, data)
    lp = _fake_lp(tmp_path, delay=1.0)
    began = time.monotonic()
    assert tab.start_print(_printer(), lp=str(lp), request=PrintRequest("Office"))
    assert time.monotonic() - began < 0.5  # the GUI thread does not wait for the spooler
    assert tab.printing and tab.cancel_print_button.isVisibleTo(tab)
    assert not tab.print_button.isEnabled()
    qtbot.waitUntil(lambda: not tab.printing, timeout=10_000)
    spooled = (tmp_path / "spool").read_bytes()
    assert spooled == data  # the packet PDF itself: spool size == PDF size
    args = (tmp_path / "args").read_text().split("\n")
    assert args[:2] == ["-d", "Office"]
    assert "VisaDesk packet" in args  # no person's name in the queue's history
    assert "Fake-17" in tab.status.text()
    assert tab.print_button.isEnabled() and not tab.cancel_print_button.isVisibleTo(tab)


def test_page_range_copies_and_duplex_reach_the_spooler(qapp, tmp_path: Path) -> None:
    printer = _printer()
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    chosen = PrintRequest.from_printer(printer)
    assert (chosen.first_page, chosen.last_page, chosen.copies) == (2, 3, 2)
    request = PrintRequest("Office", 2, 2, 3, sides="two-sided-long-edge", monochrome=True)
    cmd = request.lp_command("lp")
    joined = " ".join(cmd)
    assert "-n 2" in joined
    assert "page-ranges=2-3" in joined
    assert "sides=two-sided-long-edge" in joined
    assert "print-color-mode=monochrome" in joined


def test_cancel_stops_the_job(qtbot, tmp_path: Path) -> None:
    tab = _packet(qtbot, _pdf())
    lp = _fake_lp(tmp_path, delay=5.0)
    assert tab.start_print(_printer(), lp=str(lp), request=PrintRequest("Office"))
    qtbot.waitUntil(lambda: (tmp_path / "args").exists(), timeout=5_000)
    began = time.monotonic()
    tab.cancel_print()
    qtbot.waitUntil(lambda: not tab.printing, timeout=5_000)
    assert time.monotonic() - began < 3  # lp was stopped, not waited for
    assert "cancelled" in tab.status.text().lower()
    assert "Fake-17" not in tab.status.text()


def test_a_refusing_spooler_is_reported_in_words(qtbot, tmp_path: Path) -> None:
    tab = _packet(qtbot, _pdf())
    lp = tmp_path / "lp"
    lp.write_text(
        '#!/bin/sh\ncat >/dev/null\necho "lp: The printer or class does not exist." >&2\nexit 1\n'
    )
    lp.chmod(0o755)
    assert tab.start_print(_printer(), lp=str(lp), request=PrintRequest("Gone"))
    qtbot.waitUntil(lambda: not tab.printing, timeout=5_000)
    assert "does not exist" in tab.status.text()


def test_print_to_file_writes_the_chosen_pages_of_the_pdf(qtbot, tmp_path: Path) -> None:
    from pypdf import PdfReader

    tab = _packet(qtbot, _pdf(4))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert tab.start_print(printer)
    qtbot.waitUntil(lambda: not tab.printing, timeout=5_000)
    reader = PdfReader(tmp_path / "out.pdf")
    assert [p.extract_text().strip() for p in reader.pages] == [
        "Page 2 of a fictional packet",
        "Page 3 of a fictional packet",
    ]
    assert oct(os.stat(tmp_path / "out.pdf").st_mode & 0o777) == "0o600"


def test_no_printer_says_so(qtbot) -> None:
    tab = _packet(qtbot, _pdf())
    assert not tab.start_print(_printer(), lp="/bin/true", request=PrintRequest(""))
    assert "No printer" in tab.status.text()
