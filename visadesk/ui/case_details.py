"""The case's own record on the Summary tab: its title (rename; empty = the applicants' names),
where it stands (status), the next appointment and a free note — saved as casework operations."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from visadesk.case.status import CaseStatus

if TYPE_CHECKING:
    from visadesk.case.model import Case

translate = QCoreApplication.translate


def status_labels() -> dict[CaseStatus, str]:
    return {
        CaseStatus.GATHERING: translate("CaseDetails", "Gathering documents"),
        CaseStatus.READY: translate("CaseDetails", "Ready to submit"),
        CaseStatus.SUBMITTED: translate("CaseDetails", "Submitted"),
        CaseStatus.DECISION: translate("CaseDetails", "Decision received"),
    }


class CaseDetails(QWidget):
    """Emits ``save_requested(title, status, appointment or None, note)``."""

    save_requested = Signal(str, str, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Case title"))
        self.title.setPlaceholderText(self.tr("The applicants' names"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Case status"))
        for value, text in status_labels().items():
            self.status.addItem(text, value.value)
        self.has_appointment = QCheckBox(self.tr("Appointment booked"))
        self.appointment = QDateEdit()
        self.appointment.setCalendarPopup(True)
        self.appointment.setDisplayFormat("dd.MM.yyyy")
        self.appointment.setAccessibleName(self.tr("Appointment date"))
        self.appointment.setEnabled(False)
        self.has_appointment.toggled.connect(self.appointment.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.has_appointment)
        when.addWidget(self.appointment, 1)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note on this case"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        captions = (
            (self.tr("T&itle"), self.title),
            (self.tr("&Status"), self.status),
            (self.tr("Appointment"), when),
            (self.tr("&Note"), self.note),
        )
        for text, widget in captions:
            caption = QLabel(text)
            if isinstance(widget, QWidget):
                caption.setBuddy(widget)
                form.addRow(caption, widget)
            else:
                caption.setBuddy(self.has_appointment)
                form.addRow(caption, widget)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save case details"))
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.save_button.clicked.connect(self._save)

    def load(self, case: Case) -> None:
        self.title.setText(case.title)
        self.status.setCurrentIndex(max(0, self.status.findData(case.status.value)))
        self.has_appointment.setChecked(case.appointment is not None)
        when = case.appointment or date.today()
        self.appointment.setDate(QDate(when.year, when.month, when.day))
        if self.note.toPlainText() != case.notes:
            self.note.setPlainText(case.notes)
        self.message.clear()

    def appointment_date(self) -> date | None:
        if not self.has_appointment.isChecked():
            return None
        q = self.appointment.date()
        return date(q.year(), q.month(), q.day())

    def _save(self) -> None:
        self.save_requested.emit(
            self.title.text(),
            self.status.currentData(),
            self.appointment_date(),
            self.note.toPlainText(),
        )

    def clear(self) -> None:
        self.title.clear()
        self.note.clear()
        self.status.setCurrentIndex(0)
        self.has_appointment.setChecked(False)
        self.message.clear()
