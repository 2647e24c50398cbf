"""Edit one person: identity and names (with the passport's Latin spelling shown live beside the
Cyrillic, a scheme choice and a free override), an MRZ box that fills the identity fields,
birth, nationality, the passport, contact and work — with the model's own validation shown next
to each field. Nothing is saved until the whole person is valid; nothing typed is lost."""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from visadesk.case.model import DocumentType, Person, Sex, TranslitScheme, TravelDocument
from visadesk.case.validation import problems_from
from visadesk.identity.translit import SCHEMES, transliterate
from visadesk.ui import labels
from visadesk.ui.errors import problem_message, user_message
from visadesk.ui.field_widgets import country_items, country_name, ui_lang
from visadesk.ui.person_fields import (
    COUNTRY_FIELDS,
    DOC_FIELDS,
    PATH_FIELDS,
    SPONSOR_ONLY,
    TEXT_FIELDS,
    _get,
    _parse,
    _parse_date,
    _set,
    _show,
)


def narrow_combos(root: QWidget, chars: int = 16) -> None:
    """Choice lists do not widen the window to their longest entry (a scheme's description, a
    country's name): they show ``chars`` characters and the open list shows everything."""
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)


class PersonEditor(QWidget):
    saved = Signal(object)  # the valid Person

    def __init__(self, person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person or Person()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not a "filler"
        scroll.setAccessibleName(self.tr("Person's details"))
        body = QWidget()
        self.body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)

        mrz = QGroupBox(self.tr("Machine-readable zone (optional)"))
        mrz_layout = QVBoxLayout(mrz)
        self.mrz = QPlainTextEdit()
        self.mrz.setAccessibleName(self.tr("Machine-readable zone: paste the 2 or 3 lines"))
        self.mrz.setPlaceholderText(
            "P<RUSPODIEIACHEV<<IAROSLAV<<<<<<<<<<<<<<<<<<\n7523456718RUS8711304M3109144<<<<<<<<<<<<<<<2"
        )
        self.mrz.setFixedHeight(60)
        self.mrz_button = QPushButton(self.tr("Fill from the MR&Z"))
        self.mrz_message = QLabel()
        self.mrz_message.setWordWrap(True)
        mrz_layout.addWidget(self.mrz)
        mrz_layout.addWidget(self.mrz_button)
        mrz_layout.addWidget(self.mrz_message)
        self.body.addWidget(mrz)
        self.mrz_button.clicked.connect(self.fill_from_mrz)

        names = self._group(self.tr("Names"))
        self._row(names, "surname", self.tr("&Surname (as you write it)"))
        self._row(names, "given_names", self.tr("&Given names"))
        self._row(names, "patronymic", self.tr("Patron&ymic"))
        self.scheme = QComboBox()
        for value, description in SCHEMES.items():
            self.scheme.addItem(description, value)
        self.scheme.setAccessibleName(self.tr("Transliteration scheme of the passport"))
        names.addRow(self.tr("Passport spelling scheme"), self.scheme)
        self.latin_preview = QLabel()
        self.latin_preview.setAccessibleName(self.tr("Latin spelling as in the passport"))
        names.addRow(self.tr("Latin (proposed)"), self.latin_preview)
        self._row(names, "latin_surname", self.tr("Latin surname e&xactly as printed"))
        self._row(names, "latin_given_names", self.tr("Latin given names exactly as printed"))
        self._row(names, "surname_at_birth", self.tr("Surname at birth"))

        birth = self._group(self.tr("Birth and nationality"))
        self.sex = QComboBox()
        self.sex.setAccessibleName(self.tr("Sex"))
        for label, value in (
            (self.tr("—"), None),
            (self.tr("Male"), Sex.MALE),
            (self.tr("Female"), Sex.FEMALE),
            (self.tr("Unspecified"), Sex.UNSPECIFIED),
        ):
            self.sex.addItem(label, value)
        birth.addRow(self.tr("Sex"), self.sex)
        self._row(birth, "date_of_birth", self.tr("&Date of birth (DD.MM.YYYY)"))
        self._row(birth, "place_of_birth", self.tr("Place of birth"))
        self._row(birth, "country_of_birth", self.tr("Country of birth"))
        self._row(birth, "nationality", self.tr("Nat&ionality"))
        self.civil = QComboBox()
        self.civil.setAccessibleName(self.tr("Civil status"))
        self.civil.addItem(self.tr("—"), None)
        for status, text in labels.civil_status().items():
            self.civil.addItem(text, status)
        birth.addRow(self.tr("Civil status"), self.civil)
        self._row(birth, "national_id_number", self.tr("National identity number"))

        doc = self._group(self.tr("Passport"))
        self._row(doc, "doc.number", self.tr("Passport &number"))
        self._row(doc, "doc.issuing_country", self.tr("Issuing country"))
        self._row(doc, "doc.issuing_authority", self.tr("Issuing authority"))
        self._row(doc, "doc.issue_date", self.tr("Date of issue (DD.MM.YYYY)"))
        self._row(doc, "doc.expiry_date", self.tr("Valid until (DD.MM.YYYY)"))

        contact = self._group(self.tr("Contact and work"))
        self._row(contact, "phone", self.tr("Phone (&with country code)"))
        self._row(contact, "email", self.tr("&E-mail"))
        self._row(contact, "occupation", self.tr("Occupation"))
        self._row(contact, "employer", self.tr("Employer or school"))

        self.combos: dict[str, QComboBox] = {}
        self._row(birth, "nationality_at_birth", self.tr("Nationality at birth"))
        self._row(
            birth, "other_nationalities", self.tr("Other nationalities (codes, comma-separated)")
        )
        self._row(birth, "former_surnames", self.tr("Former surnames (comma-separated)"))
        self._row(birth, "civil_status_other", self.tr("Civil status, if other"))

        home = self._group(self.tr("Home address"))
        self._row(home, "address.street", self.tr("Street and number"))
        self._row(home, "address.postal_code", self.tr("Postal code"))
        self._row(home, "address.city", self.tr("&City"))
        self._row(home, "address.region", self.tr("Region"))
        self._row(home, "address.country", self.tr("Country"))

        family = self._group(self.tr("Family and military service"))
        self._combo(
            family,
            "relationship_to_sponsor",
            self.tr("Relationship to the sponsor"),
            labels.relationship(),
        )
        self._combo(
            family,
            "military.status",
            self.tr("Military service"),
            labels.military_status(),
            blank=False,
        )
        self._row(family, "military.reservist_category", self.tr("Reserve category"))
        self._row(
            family, "military.notice_date", self.tr("Mobilisation notice received on (DD.MM.YYYY)")
        )
        self._row(family, "military.notes", self.tr("Notes on military service"))
        self._row(family, "guardian.surname", self.tr("Guardian of a minor: surname"))
        self._row(family, "guardian.given_names", self.tr("Guardian: given names"))
        self._row(family, "guardian.relationship", self.tr("Guardian: relationship"))
        self._row(family, "guardian.phone", self.tr("Guardian: phone"))
        self._row(family, "notes", self.tr("Notes"))

        self.sponsor_box = QGroupBox(self.tr("Sponsor's stay abroad"))
        sponsor = QFormLayout(self.sponsor_box)
        sponsor.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.body.addWidget(self.sponsor_box)
        self._row(sponsor, "residence_country", self.tr("Country of residence"))
        self._combo(
            sponsor, "residence_status", self.tr("Residence status"), labels.residence_status()
        )
        self._row(sponsor, "residence_status_detail", self.tr("Status details"))
        self._row(sponsor, "residence_permit_number", self.tr("Residence permit number"))
        self._row(
            sponsor, "residence_permit_valid_until", self.tr("Permit valid until (DD.MM.YYYY)")
        )
        self._row(sponsor, "arrival_date", self.tr("Arrived on (DD.MM.YYYY)"))

        buttons = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Validation summary"))
        self.save_button = QPushButton(self.tr("Sa&ve person"))
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        for key in ("surname", "given_names"):
            self.edits[key].textChanged.connect(self._update_latin)
        self.scheme.currentIndexChanged.connect(self._update_latin)
        narrow_combos(self)
        self.load(self.person)

    # -- building --

    def _group(self, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        # labels above the fields when the column is narrow (1024×600, 200 %): never a sideways
        # scroll bar, and every field keeps its width
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body.addWidget(box)
        return form

    def _combo(
        self, form: QFormLayout, key: str, label: str, choices: dict, blank: bool = True
    ) -> None:
        combo = QComboBox()
        combo.setAccessibleName(label)
        if blank:
            combo.addItem(self.tr("—"), None)
        for value, text in choices.items():
            combo.addItem(text, value)
        caption = QLabel(label)
        caption.setBuddy(combo)
        form.addRow(caption, combo)
        self.combos[key] = combo

    def _row(self, form: QFormLayout, key: str, label: str) -> None:
        edit = QLineEdit()
        edit.setAccessibleName(label.replace("&", ""))
        if (
            key in COUNTRY_FIELDS
            or key == "doc.issuing_country"
            or PATH_FIELDS.get(key)
            in (
                "country",
                "countries",
            )
        ):
            completer = QCompleter([name for name, _code in country_items(ui_lang())], edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        caption = QLabel(label)
        caption.setBuddy(edit)
        column = QVBoxLayout()
        column.addWidget(edit)
        column.addWidget(error)
        error.hide()
        form.addRow(caption, column)
        self.edits[key] = edit
        self.errors[key] = error

    # -- data in and out --

    def load(self, person: Person) -> None:
        self.person = person
        for key in TEXT_FIELDS:
            value = getattr(person, key)
            self.edits[key].setText("" if value is None else str(value))
        for key in COUNTRY_FIELDS:
            self.edits[key].setText(_show(getattr(person, key), "country"))
        self.edits["latin_surname"].setText(person.latin_surname or "")
        self.edits["latin_given_names"].setText(person.latin_given_names or "")
        self.edits["date_of_birth"].setText(
            person.date_of_birth.strftime("%d.%m.%Y") if person.date_of_birth else ""
        )
        data = person.model_dump()
        for key, kind in PATH_FIELDS.items():
            if key in self.edits:
                self.edits[key].setText(_show(_get(data, key), kind))
        for key, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(_get(data, key))))
        self.sponsor_box.setVisible("residence_country" in data)
        self.sex.setCurrentIndex(max(0, self.sex.findData(person.sex)))
        self.civil.setCurrentIndex(max(0, self.civil.findData(person.civil_status)))
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(person.translit_scheme.value)))
        doc = person.passport or TravelDocument()
        for key in DOC_FIELDS:
            value = getattr(doc, key)
            if isinstance(value, date):
                value = value.strftime("%d.%m.%Y")
            elif key == "issuing_country" and value:
                value = country_name(value, ui_lang())
            self.edits[f"doc.{key}"].setText("" if value is None else str(value))
        self._update_latin()

    def _update_latin(self) -> None:
        scheme = self.scheme.currentData() or "icao_doc_9303"
        surname = transliterate(self.edits["surname"].text(), scheme)
        given = transliterate(self.edits["given_names"].text(), scheme)
        self.latin_preview.setText(f"{surname} {given}".strip())

    def candidate(self) -> dict:
        """What the widgets say, as model input (the model decides what is valid)."""
        data = self.person.model_dump()
        for key in TEXT_FIELDS:
            text = self.edits[key].text().strip()
            data[key] = text or (None if key in ("phone", "email") else "")
        for key in COUNTRY_FIELDS:
            data[key] = _parse(self.edits[key].text(), "country")
        for key in ("latin_surname", "latin_given_names"):
            data[key] = self.edits[key].text().strip().upper() or None
        data["date_of_birth"] = _parse_date(self.edits["date_of_birth"].text())
        data["sex"] = self.sex.currentData()
        data["civil_status"] = self.civil.currentData()
        data["translit_scheme"] = TranslitScheme(self.scheme.currentData())
        is_sponsor = "residence_country" in data
        for key, kind in PATH_FIELDS.items():
            if key in SPONSOR_ONLY and not is_sponsor:
                continue
            _set(data, key, _parse(self.edits[key].text(), kind))
        for key, combo in self.combos.items():
            if key in SPONSOR_ONLY and not is_sponsor:
                continue
            _set(data, key, combo.currentData())
        doc = {"type": DocumentType.ORDINARY_PASSPORT}
        for key in DOC_FIELDS:
            text = self.edits[f"doc.{key}"].text().strip()
            doc[key] = (
                _parse_date(text)
                if key.endswith("_date")
                else _parse(text, "country")
                if key == "issuing_country"
                else text
            )
        docs = list(data.get("documents") or [])
        has_doc = any(v for k, v in doc.items() if k != "type")
        if docs:
            docs[0] = {**docs[0], **doc}
        elif has_doc:
            docs = [doc]
        data["documents"] = docs
        return data

    def validate(self) -> Person | None:
        for error in self.errors.values():
            error.hide()
            error.clear()
        try:
            person = type(self.person).model_validate(self.candidate(), strict=False)
        except ValidationError as exc:
            problems = problems_from(exc)
            unplaced = []
            for p in problems:
                key = p.path.replace("documents[0].", "doc.").replace("guardians[0].", "guardian.")
                text = problem_message(p)
                if key in self.errors:
                    self.errors[key].setText(text)
                    self.errors[key].show()
                else:
                    unplaced.append(f"{p.path}: {text}")
            count = len(problems)
            self.status.setText(
                self.tr("%n field(s) need attention.", "", count)
                + ("\n" + "\n".join(unplaced) if unplaced else "")
            )
            return None
        self.status.setText(self.tr("All fields are valid."))
        return person

    def save(self) -> None:
        person = self.validate()
        if person is not None:
            self.person = person
            self.saved.emit(person)

    def fill_from_mrz(self) -> None:
        from visadesk.identity.mrz import MRZError, parse

        try:
            result = parse(self.mrz.toPlainText())
        except MRZError as exc:
            self.mrz_message.setText(user_message(exc))  # in the interface's language
            return
        pre = result.to_prefill()
        p, d = pre["person"], pre["document"]
        if "latin_surname" in p:
            self.edits["latin_surname"].setText(p["latin_surname"])
        if "latin_given_names" in p:
            self.edits["latin_given_names"].setText(p["latin_given_names"])
        if "date_of_birth" in p:
            self.edits["date_of_birth"].setText(p["date_of_birth"].strftime("%d.%m.%Y"))
        if "nationality" in p:
            self.edits["nationality"].setText(p["nationality"])
        if "sex" in p:
            self.sex.setCurrentIndex(max(0, self.sex.findData(Sex(p["sex"]))))
        self.edits["doc.number"].setText(d.get("number", ""))
        self.edits["doc.issuing_country"].setText(d.get("issuing_country", "") or "")
        if d.get("expiry_date"):
            self.edits["doc.expiry_date"].setText(d["expiry_date"].strftime("%d.%m.%Y"))
        self.mrz_message.setText(
            self.tr("Filled from the MRZ: check the names in Cyrillic yourself.")
        )

    def clear(self) -> None:
        for edit in self.edits.values():
            edit.clear()
        self.mrz.clear()
        self.latin_preview.clear()
        self.status.clear()
        self.mrz_message.clear()
        for e in self.errors.values():
            e.clear()
        self.person = Person()
