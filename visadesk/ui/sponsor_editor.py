"""Edit the sponsor (the relative already in the destination country): her status there, her
residence document (type, number, validity), arrival date — and, through the person editor it
contains, her identity, passport, contact and her address in that country."""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from visadesk.case.model import Person, Sponsor
from visadesk.case.validation import problems_from
from visadesk.ui import labels
from visadesk.ui.errors import problem_message
from visadesk.ui.field_widgets import country_items
from visadesk.ui.person_editor import PersonEditor
from visadesk.ui.person_fields import _parse_date

STAY_FIELDS = (
    "residence_country",
    "residence_status",
    "residence_status_detail",
    "residence_document_type",
    "residence_permit_number",
    "residence_permit_valid_until",
    "arrival_date",
)


def _date_text(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class SponsorEditor(QWidget):
    saved = Signal(object)  # the valid Sponsor
    remove_requested = Signal()

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sponsor = Sponsor()
        self.lang = lang
        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The sponsor is the relative already in the destination country who invites "
                "the applicants. Her address there is the home address below."
            )
        )
        intro.setWordWrap(True)
        stay = QGroupBox(self.tr("Status in the destination country"))
        form = QFormLayout(stay)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.country = QComboBox()
        self.country.addItem("—", None)
        for name, code in country_items(lang):
            self.country.addItem(name, code)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("—"), None)
        for value, text in labels.residence_status().items():
            self.status_combo.addItem(text, value)
        self.detail = QLineEdit()
        self.doc_type = QComboBox()
        self.doc_type.setEditable(True)
        for text in (
            "",
            self.tr("Residence permit card"),
            self.tr("Refugee travel document"),
            self.tr("Long-stay visa (D)"),
            self.tr("Receipt of an application (récépissé)"),
        ):
            self.doc_type.addItem(text)
        self.number = QLineEdit()
        self.valid_until = QLineEdit()
        self.valid_until.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.arrival = QLineEdit()
        self.arrival.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.widgets: dict[str, QWidget] = {
            "residence_country": self.country,
            "residence_status": self.status_combo,
            "residence_status_detail": self.detail,
            "residence_document_type": self.doc_type,
            "residence_permit_number": self.number,
            "residence_permit_valid_until": self.valid_until,
            "arrival_date": self.arrival,
        }
        self.errors: dict[str, QLabel] = {}
        captions = {
            "residence_country": self.tr("Country where she lives"),
            "residence_status": self.tr("Her status there"),
            "residence_status_detail": self.tr("Status details"),
            "residence_document_type": self.tr("Residence document"),
            "residence_permit_number": self.tr("Document number"),
            "residence_permit_valid_until": self.tr("Valid until"),
            "arrival_date": self.tr("Arrived on"),
        }
        for key, widget in self.widgets.items():
            widget.setAccessibleName(captions[key])
            caption = QLabel(captions[key])
            caption.setBuddy(widget)
            error = QLabel()
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            column = QVBoxLayout()
            column.addWidget(widget)
            column.addWidget(error)
            form.addRow(caption, column)
            self.errors[key] = error
        self.person = PersonEditor()
        # her stay abroad first, in the person editor's own scrolling column (one scroll bar)
        self.person.body.insertWidget(0, stay)
        self.person.body.insertWidget(0, intro)
        outer.addWidget(self.person, 1)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sponsor validation summary"))
        self.remove_button = QPushButton(self.tr("Remove the sponsor…"))
        self.save_button = QPushButton(self.tr("Save the sponsor"))
        row.addWidget(self.status, 1)
        row.addWidget(self.remove_button)
        row.addWidget(self.save_button)
        outer.addLayout(row)
        self.person.save_button.hide()  # one save for the whole sponsor
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove_requested)
        from visadesk.ui.person_editor import narrow_combos

        narrow_combos(self)

    def load(self, sponsor: Sponsor) -> None:
        self.sponsor = sponsor
        person = {k: v for k, v in sponsor.model_dump().items() if k in Person.model_fields}
        self.person.load(Person.model_validate(person))
        self.country.setCurrentIndex(max(0, self.country.findData(sponsor.residence_country)))
        self.status_combo.setCurrentIndex(
            max(0, self.status_combo.findData(sponsor.residence_status))
        )
        self.detail.setText(sponsor.residence_status_detail)
        self.doc_type.setEditText(sponsor.residence_document_type)
        self.number.setText(sponsor.residence_permit_number)
        self.valid_until.setText(_date_text(sponsor.residence_permit_valid_until))
        self.arrival.setText(_date_text(sponsor.arrival_date))
        self.status.clear()
        for error in self.errors.values():
            error.hide()

    def stay(self) -> dict[str, object]:
        """What the status widgets say, as model input."""
        return {
            "residence_country": self.country.currentData(),
            "residence_status": self.status_combo.currentData(),
            "residence_status_detail": self.detail.text().strip(),
            "residence_document_type": self.doc_type.currentText().strip(),
            "residence_permit_number": self.number.text().strip(),
            "residence_permit_valid_until": _parse_date(self.valid_until.text()),
            "arrival_date": _parse_date(self.arrival.text()),
        }

    def validate(self) -> Sponsor | None:
        """The whole sponsor if every field is valid (problems shown beside their fields)."""
        person = self.person.validate()
        for error in self.errors.values():
            error.hide()
        if person is None:
            return None
        data = {**self.sponsor.model_dump(), **person.model_dump(), **self.stay()}
        try:
            sponsor = Sponsor.model_validate(data, strict=False)
        except ValidationError as exc:
            problems = problems_from(exc)
            for p in problems:
                if p.path in self.errors:
                    self.errors[p.path].setText(problem_message(p))
                    self.errors[p.path].show()
            self.status.setText(self.tr("%n field(s) need attention.", "", len(problems)))
            return None
        self.status.setText(self.tr("All fields are valid."))
        return sponsor

    def save(self) -> None:
        sponsor = self.validate()
        if sponsor is not None:
            self.sponsor = sponsor
            self.saved.emit(sponsor)

    def clear(self) -> None:
        self.person.clear()
        for widget in (self.detail, self.number, self.valid_until, self.arrival):
            widget.clear()
        self.doc_type.setEditText("")
        self.country.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(0)
        self.status.clear()
        self.sponsor = Sponsor()
