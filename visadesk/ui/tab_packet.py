"""The Packet tab: choose who is in the packet, build it in the background with progress,
preview it inside the app (QtPdf from memory), export it to a file the user chooses (the only
plaintext VisaDesk ever writes) and print it.

Printing sends the packet PDF itself to the system's spooler (CUPS ``lp``, reading the PDF from
a pipe: no temporary file, no page rasterised at the printer's resolution), in a worker with
progress and cancel. Only where no ``lp`` exists are pages drawn into the printer (at 300 dpi,
also in the worker)."""

from __future__ import annotations

import io
import shutil
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from visadesk.case.model import Case
from visadesk.ui.errors import show_error
from visadesk.ui.ops import run_op
from visadesk.ui.printing import (
    PrintCancelled,
    PrintFailed,
    PrintRequest,
    draw_pages,
    spool_pdf,
    write_pdf_file,
)
from visadesk.ui.viewer import MemoryPdf

ROLE = Qt.ItemDataRole.UserRole


class PacketTab(QWidget):
    built = Signal(int)  # pages
    exported = Signal(str)

    def __init__(self, session, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.case: Case | None = None
        self.pdf_bytes: bytes | None = None
        self.pdf: MemoryPdf | None = None
        self.building = False
        layout = QHBoxLayout(self)
        split = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("&Who is in the packet"))
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Who is in the packet"))
        self.people.setWordWrap(True)
        left.setMinimumWidth(280)
        caption.setBuddy(self.people)
        left_layout.addWidget(caption)
        left_layout.addWidget(self.people)
        self.build_button = QPushButton(self.tr("&Build packet"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Packet progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Packet status"))
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.cancel_print_button = QPushButton(self.tr("Cancel printing"))
        self.cancel_print_button.setVisible(False)
        self.printing = False
        self._print_cancel = threading.Event()
        for w in (
            self.build_button,
            self.progress,
            self.status,
            self.export_button,
            self.print_button,
            self.cancel_print_button,
        ):
            left_layout.addWidget(w)
        left_layout.addStretch()
        split.addWidget(left)
        from visadesk.ui import focus_chain

        focus_chain.install_roles()  # the preview is a "document" for a screen reader
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Packet preview"))
        self.empty = QPdfDocument(self)  # shown when there is no packet (never a null document)
        self.view.setDocument(self.empty)
        split.addWidget(self.view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout.addWidget(split)
        self.build_button.clicked.connect(self.build)
        self.export_button.clicked.connect(self.choose_export)
        self.print_button.clicked.connect(self.choose_print)
        self.cancel_print_button.clicked.connect(self.cancel_print)
        self._set_ready(False)

    def set_case(self, case: Case) -> None:
        changed = self.case is None or self.case.id != case.id
        chosen = self._chosen() if not changed else None
        self.case = case
        self.people.clear()
        for p in case.applicants:
            n = len(case.applications_for(p.id))
            forms = self.tr("%n form(s)", "", n)
            item = QListWidgetItem(f"{p.display_name()} ({forms})")
            item.setData(ROLE, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = chosen is None or p.id in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self._drop_pdf()
        self.status.setText(self.tr("Build the packet to preview, export or print it."))

    def _chosen(self) -> list[str]:
        return [
            self.people.item(i).data(ROLE)
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]

    def build(self) -> None:
        if self.case is None or self.building:
            return
        person_ids = self._chosen()
        if not person_ids:
            self.status.setText(self.tr("Choose at least one person for the packet."))
            return
        case, vault, lang = self.case, self.session.vault, self.lang

        def work(progress) -> bytes:
            from visadesk.pdf.packet import build_packet

            out = io.BytesIO()
            build_packet(
                case,
                out,
                person_ids=person_ids,
                on_date=date.today(),
                open_attachment=lambda att: vault.open_attachment(att.id),
                progress=progress,
                lang=lang,
            )
            return out.getvalue()

        def progress(done: int, total: int, _label: str) -> None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

        def failed(exc: BaseException) -> None:
            self.building = False
            self.build_button.setEnabled(True)
            self.status.setText(self.tr("The packet could not be built."))
            show_error(self, exc)

        self.building = True
        self.build_button.setEnabled(False)
        self._drop_pdf()
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Building the packet…"))
        run_op(self, work, on_success=self._show_pdf, on_failure=failed, on_progress=progress)

    def _show_pdf(self, data: bytes) -> None:
        self.building = False
        self.build_button.setEnabled(True)
        if self.case is None:  # locked while building: drop the result
            return
        self.pdf_bytes = data
        self.pdf = MemoryPdf(data, self)
        self.view.setDocument(self.pdf.document)
        pages = self.pdf.document.pageCount()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(self.tr("Packet ready: %n page(s).", "", pages))
        self._set_ready(True)
        self.built.emit(pages)

    def choose_export(self) -> None:
        from visadesk.ui.file_dialogs import get_save_file_name

        path = get_save_file_name(
            self,
            self.tr("Export the packet"),
            str(Path.home() / "visa-packet.pdf"),
            "PDF (*.pdf)",
        )
        if path:
            self.export_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def export_to(self, path: Path) -> None:
        from visadesk.local.paths import atomic_write

        if self.pdf_bytes is None:
            return
        try:
            atomic_write(path, self.pdf_bytes, mode=0o600)
        except OSError as exc:
            self.status.setText(
                self.tr("Could not save {name}: {reason}").format(
                    name=path.name, reason=exc.strerror or str(exc)
                )
            )
            return
        self.status.setText(self.tr("Saved to {path}").format(path=str(path)))
        if self.session is not None and self.session.vault.is_unlocked:
            from visadesk.vault.exports import remember_export

            remember_export(self.session.vault, path)  # the wipe dialog offers to delete it
        self.exported.emit(str(path))

    def choose_print(self) -> None:
        if self.pdf is None or self.printing:
            return
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setFromTo(1, self.pdf.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.pdf.document.pageCount())
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.start_print(printer)

    def start_print(
        self, printer: QPrinter, lp: str | None = None, request: PrintRequest | None = None
    ) -> bool:
        """Send the packet to ``printer`` in a worker; returns at once (False if not started).

        With a spooler (``lp`` found on PATH, or given) the PDF itself is queued; "Print to
        file" writes the PDF itself; otherwise pages are drawn into the printer at 300 dpi."""
        if self.pdf_bytes is None or self.printing:
            return False
        data = self.pdf_bytes
        request = request or PrintRequest.from_printer(printer)
        lp = lp or shutil.which("lp")
        cancelled = self._print_cancel = threading.Event()
        if request.output_file:

            def work(progress) -> str:
                write_pdf_file(data, request)
                return ""
        elif lp and request.printer:

            def work(progress) -> str:
                return spool_pdf(data, request, progress, cancelled, lp)
        elif request.printer:

            def work(progress) -> str:
                draw_pages(data, printer, progress, cancelled)
                return ""
        else:
            self.status.setText(
                self.tr("No printer is set up. Export the PDF and print it from another program.")
            )
            return False
        self._printer = printer  # alive until the worker reports
        self.printing = True
        self.print_button.setEnabled(False)
        self.cancel_print_button.setVisible(True)
        self.cancel_print_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Sending the packet to the printer…"))

        def progress(done: int, total: int, _label: str) -> None:
            if self.printing:
                self.progress.setRange(0, max(total, 1))
                self.progress.setValue(done)

        run_op(
            self,
            work,
            on_success=lambda job: self._printed(request, job),
            on_failure=self._print_failed,
            on_progress=progress,
        )
        return True

    def cancel_print(self) -> None:
        if self.printing:
            self._print_cancel.set()
            self.cancel_print_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _print_done(self) -> None:
        self.printing = False
        self._printer = None
        self.cancel_print_button.setVisible(False)
        self.print_button.setEnabled(self.pdf_bytes is not None)
        self.progress.setRange(0, 1)

    def _printed(self, request: PrintRequest, job: str) -> None:
        self._print_done()
        self.progress.setValue(1)
        if request.output_file:
            self.status.setText(self.tr("Saved to {path}").format(path=request.output_file))
            if self.session is not None and self.session.vault.is_unlocked:
                from visadesk.vault.exports import remember_export

                remember_export(self.session.vault, Path(request.output_file))
        elif job:
            self.status.setText(
                self.tr(
                    "Sent to {printer} (job {job}). The printer's queue shows how it goes."
                ).format(printer=request.printer, job=job)
            )
        else:
            self.status.setText(self.tr("Sent to {printer}.").format(printer=request.printer))

    def _print_failed(self, exc: BaseException) -> None:
        self._print_done()
        self.progress.setValue(0)
        if isinstance(exc, PrintCancelled):
            self.status.setText(self.tr("Printing cancelled."))
        elif isinstance(exc, PrintFailed):
            self.status.setText(
                self.tr("The printer refused the packet: {reason}").format(reason=exc.reason)
            )
        elif isinstance(exc, OSError):
            self.status.setText(
                self.tr("The printer could not be started: {reason}").format(
                    reason=exc.strerror or str(exc)
                )
            )
        else:
            show_error(self, exc)

    def _set_ready(self, on: bool) -> None:
        self.export_button.setEnabled(on)
        self.print_button.setEnabled(on and not self.printing)

    def _drop_pdf(self) -> None:
        self.view.setDocument(self.empty)
        if self.pdf is not None:
            self.pdf.close()
        self.pdf = None
        self.pdf_bytes = None
        self._set_ready(False)
        self.progress.reset()

    def clear(self) -> None:
        self._print_cancel.set()  # locking stops a print still being sent
        self.case = None
        self.people.clear()
        self._drop_pdf()
        self.status.clear()
