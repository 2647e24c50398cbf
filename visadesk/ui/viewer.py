"""Showing decrypted scans and PDFs without writing them anywhere: thumbnails and a viewer fed
from memory (QBuffer), so "open" never leaves a plaintext copy in a temp folder."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class MemoryPdf:
    """A QPdfDocument reading from bytes in memory (the buffer lives as long as the document)."""

    def __init__(self, data: bytes, parent=None) -> None:
        self.bytes = QByteArray(data)
        self.buffer = QBuffer(self.bytes)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(parent)
        self.document.load(self.buffer)

    @property
    def ok(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def close(self) -> None:
        self.document.close()
        self.buffer.close()
        self.bytes.clear()


def decode_image(data: bytes, media_type: str, name: str) -> QImage | None:
    """A PNG or JPEG decoded by Qt with its format named (never guessed from the content),
    after the core's kind and pixel checks; None when the file is refused."""
    from visadesk.scans.images import QT_FORMATS, HostileAttachment, check_image

    try:
        real = check_image(data, media_type, name)
    except HostileAttachment:
        return None
    if real not in QT_FORMATS:
        return None
    return QImage.fromData(data, QT_FORMATS[real].decode())


def thumbnail(data: bytes, media_type: str, size: QSize) -> QPixmap:
    """A picture of an image or of a PDF's first page, scaled to fit ``size`` (empty when the
    file is refused: not what it claims, or too many pixels)."""
    if refusal(data, media_type, ""):
        return QPixmap()
    if media_type == "application/pdf":
        pdf = MemoryPdf(data)
        try:
            if not pdf.ok or pdf.document.pageCount() < 1:
                return QPixmap()
            page = pdf.document.pagePointSize(0)
            scale = min(size.width() / page.width(), size.height() / page.height())
            image = pdf.document.render(
                0, QSize(max(1, int(page.width() * scale)), max(1, int(page.height() * scale)))
            )
        finally:
            pdf.close()
        return QPixmap.fromImage(image)
    image = decode_image(data, media_type, "")
    if image is None or image.isNull():
        return QPixmap()
    return QPixmap.fromImage(
        image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    )


def refusal(data: bytes, media_type: str, name: str) -> str:
    """Why a scan is not shown (translated), or "" when it can be."""
    from visadesk.scans.images import HostileAttachment, check_image

    try:
        check_image(data, media_type, name)
    except HostileAttachment as exc:
        if exc.reason == "pixels":
            return QCoreApplication.translate(
                "Viewer", "{name} has too many pixels to be shown safely; scan it again at 300 dpi."
            ).format(name=name or "scan")
        return QCoreApplication.translate(
            "Viewer",
            "{name} is not the PDF, PNG or JPEG file it claims to be; it was not opened.",
        ).format(name=name or "scan")
    return ""


class AttachmentViewer(QDialog):
    """A scan or a PDF, shown from memory; closing drops the bytes."""

    def __init__(self, data: bytes, media_type: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Scan"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(800, 900)
        layout = QVBoxLayout(self)
        self.pdf: MemoryPdf | None = None
        self.refused = refusal(data, media_type, title)
        if media_type == "application/pdf" and not self.refused:
            self.pdf = MemoryPdf(data, self)
            view = QPdfView(self)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.setDocument(self.pdf.document)
            view.setAccessibleName(self.tr("Document pages"))
            layout.addWidget(view)
        else:
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            if self.refused:
                label.setText(self.refused)
            else:
                image = decode_image(data, media_type, title)
                label.setPixmap(QPixmap.fromImage(image) if image is not None else QPixmap())
            label.setAccessibleName(self.tr("Scanned image"))
            scroll = QScrollArea()
            scroll.setWidget(label)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        if self.pdf is not None:
            self.pdf.close()
        super().done(result)
