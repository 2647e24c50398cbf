"""The "Where can I go?" tab, the first step of a case: a short interview per person (every
answer optional) beside the answer — warnings first, exits, routes, each with its sources — and
one button that creates a route's applications for the chosen people. The logic lives in
visadesk.routes; this widget only shows and collects."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from visadesk.case.model import Case
from visadesk.case.situation import (
    DocumentsHeld,
    FamilyAbroad,
    MilitarySituation,
    PersonSituation,
    Situation,
    VisaHeld,
)
from visadesk.ui.errors import show_error

PLACES = ("RUS", "ARM", "GEO", "KAZ", "KGZ", "TUR", "SRB", "UZB", "ARE", "MNE")
MEANS = ("air", "car_ru_plates", "bus", "train")


def _labelled(form: QFormLayout, text: str, widget: QWidget) -> None:
    label = QLabel(text)
    label.setWordWrap(True)  # a long question wraps instead of widening the column
    label.setBuddy(widget)
    widget.setAccessibleName(text)
    form.addRow(label, widget)


class RoutesTab(QWidget):
    case_saved = Signal(object)

    def __init__(self, session, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.case: Case | None = None
        self.answers: dict[str, PersonSituation] = {}
        split = QSplitter()
        split.addWidget(self._interview())
        split.addWidget(self._answer())
        split.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(split)

    # -- building --

    def _yes_no(self) -> QComboBox:
        box = QComboBox()
        for text, value in (
            (self.tr("Not answered"), None),
            (self.tr("Yes"), True),
            (self.tr("No"), False),
        ):
            box.addItem(text, value)
        return box

    def _interview(self) -> QWidget:
        inner = QWidget()
        form = QFormLayout(inner)
        self.person = QComboBox()
        _labelled(form, self.tr("Person"), self.person)
        self.citizenship = QLineEdit()
        self.citizenship.setPlaceholderText("RUS")
        _labelled(form, self.tr("Citizenship(s), country codes"), self.citizenship)
        self.internal = self._yes_no()
        _labelled(form, self.tr("Internal passport"), self.internal)
        self.foreign = self._yes_no()
        _labelled(form, self.tr("Foreign passport"), self.foreign)
        self.expiry = QDateEdit()
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("yyyy-MM-dd")
        self.expiry.setSpecialValueText(self.tr("not given"))
        self.expiry.setMinimumDate(QDate(2000, 1, 1))
        _labelled(form, self.tr("Foreign passport valid until"), self.expiry)
        self.birth = self._yes_no()
        _labelled(form, self.tr("Birth certificate (child)"), self.birth)
        self.permits = QLineEdit()
        _labelled(form, self.tr("Residence permits, country codes"), self.permits)
        self.visa_issuer = QLineEdit()
        self.visa_issuer.setPlaceholderText("FIN")
        _labelled(form, self.tr("Valid Schengen visa issued by"), self.visa_issuer)
        self.where = QComboBox()
        self.where.addItem(self.tr("Not answered"), None)
        from visadesk.case.countries import name

        for code in PLACES:
            self.where.addItem(name(code, self.lang), code)
        _labelled(form, self.tr("Where you are now"), self.where)
        self.military = QComboBox()
        for text, value in (
            (self.tr("Not answered"), None),
            (self.tr("No military obligation"), "none"),
            (self.tr("Conscript age"), "conscript_age"),
            (self.tr("Reservist"), "reservist"),
            (self.tr("Summons received"), "summons"),
            (self.tr("Deserter"), "deserter"),
            (self.tr("Exempt"), "exempt"),
        ):
            self.military.addItem(text, value)
        _labelled(form, self.tr("Military situation"), self.military)
        self.category = QLineEdit()
        _labelled(form, self.tr("Reservist category"), self.category)
        self.summons = QComboBox()
        for text, value in (
            (self.tr("Not answered"), None),
            (self.tr("Paper"), "paper"),
            (self.tr("Electronic"), "electronic"),
        ):
            self.summons.addItem(text, value)
        _labelled(form, self.tr("Summons kind"), self.summons)
        self.summons_date = QDateEdit()
        self.summons_date.setCalendarPopup(True)
        self.summons_date.setDisplayFormat("yyyy-MM-dd")
        self.summons_date.setSpecialValueText(self.tr("not given"))
        self.summons_date.setMinimumDate(QDate(2000, 1, 1))
        _labelled(form, self.tr("Summons date"), self.summons_date)
        self.surrendered = self._yes_no()
        _labelled(form, self.tr("Foreign passport surrendered"), self.surrendered)
        self.family_who = QComboBox()
        for text, value in (
            (self.tr("Nobody"), None),
            (self.tr("Spouse or partner"), "spouse"),
            (self.tr("Parent"), "parent"),
            (self.tr("Child"), "child"),
            (self.tr("Brother or sister"), "sibling"),
            (self.tr("Other relative"), "other"),
        ):
            self.family_who.addItem(text, value)
        _labelled(form, self.tr("Family abroad"), self.family_who)
        self.family_country = QLineEdit()
        self.family_country.setPlaceholderText("FRA")
        _labelled(form, self.tr("Their country"), self.family_country)
        self.family_status = QComboBox()
        for text, value in (
            (self.tr("Not answered"), None),
            (self.tr("Refugee"), "refugee"),
            (self.tr("Subsidiary protection"), "subsidiary_protection"),
            (self.tr("Humanitarian visa"), "humanitarian_visa"),
            (self.tr("Asylum seeker"), "asylum_seeker"),
            (self.tr("Residence permit"), "residence_permit"),
            (self.tr("Citizen"), "citizen"),
        ):
            self.family_status.addItem(text, value)
        _labelled(form, self.tr("Their status"), self.family_status)
        travel = QGroupBox(self.tr("Household"))
        tl = QVBoxLayout(travel)
        self.children = QCheckBox(self.tr("Children travel with us"))
        tl.addWidget(self.children)
        names = {
            "air": self.tr("By air"),
            "car_ru_plates": self.tr("By car with Russian plates"),
            "bus": self.tr("By bus"),
            "train": self.tr("By train"),
        }
        self.means = {m: QCheckBox(names[m]) for m in MEANS}
        for box in self.means.values():
            tl.addWidget(box)
        form.addRow(travel)
        self.save = QPushButton(self.tr("Save answers and &show routes"))
        self.save.clicked.connect(self.save_answers)
        form.addRow(self.save)
        self.person.currentIndexChanged.connect(lambda _i: self._load_person())
        # a narrow column (1024 px, 200 %): each question above its field, choices show what fits
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        from visadesk.ui.person_editor import narrow_combos

        narrow_combos(inner, 12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setAccessibleName(self.tr("Interview"))
        # never narrower than its widest line (a check box's text cannot wrap): no sideways scroll
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(inner.minimumSizeHint().width() + bar + 2 * scroll.frameWidth())
        return scroll

    def _answer(self) -> QWidget:
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Where can I go? The answer"))
        self.view.setOpenExternalLinks(False)
        layout.addWidget(self.view, 3)
        row = QHBoxLayout()
        self.route = QComboBox()
        self.route.setAccessibleName(self.tr("Route or exit"))
        route_label = QLabel(self.tr("Route"))
        route_label.setBuddy(self.route)
        row.addWidget(route_label)
        row.addWidget(self.route, 1)
        layout.addLayout(row)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People who apply"))
        self.people.setMaximumHeight(90)
        layout.addWidget(self.people)
        buttons = QHBoxLayout()
        self.create = QPushButton(self.tr("Cr&eate the applications for this route"))
        self.create.clicked.connect(self.create_applications)
        self.plan = QPushButton(self.tr("Export the pla&n (PDF)…"))
        self.plan.clicked.connect(self.export_plan)
        buttons.addWidget(self.create)
        buttons.addWidget(self.plan)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result"))
        layout.addWidget(self.status)
        return right

    # -- case --

    def set_case(self, case: Case) -> None:
        self.case = case
        situation = case.situation or Situation()
        self.answers = {p.person_id: p for p in situation.people}
        self.person.blockSignals(True)
        self.person.clear()
        self.people.clear()
        for p in case.applicants:
            self.person.addItem(p.display_name(), p.id)
            item = QListWidgetItem(p.display_name())
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.person.blockSignals(False)
        self.children.setChecked(bool(situation.children_travelling))
        for m, box in self.means.items():
            box.setChecked(m in situation.travel_means)
        self._load_person()

    def clear(self) -> None:
        self.case = None
        self.answers = {}
        self.person.clear()
        self.people.clear()
        self.route.clear()
        self.view.clear()

    def _person_id(self) -> str | None:
        value = self.person.currentData()
        return value if isinstance(value, str) else None

    @staticmethod
    def _set(box: QComboBox, value: object) -> None:
        index = box.findData(value)
        box.setCurrentIndex(max(index, 0))

    def _load_person(self) -> None:
        pid = self._person_id()
        if pid is None:
            return
        ps = self.answers.get(pid) or PersonSituation(person_id=pid)
        d, m = ps.documents, ps.military
        self.citizenship.setText(", ".join(ps.citizenships))
        self._set(self.internal, d.internal_passport)
        self._set(self.foreign, d.foreign_passport)
        exp = d.foreign_passport_expiry
        self.expiry.setDate(
            QDate(exp.year, exp.month, exp.day) if exp else self.expiry.minimumDate()
        )
        self._set(self.birth, d.birth_certificate)
        self.permits.setText(", ".join(d.residence_permits))
        self.visa_issuer.setText(next((v.issuer or "" for v in d.visas), ""))
        self._set(self.where, ps.location)
        self._set(self.military, m.status)
        self._set(self.summons, m.summons)
        self.category.setText(m.reservist_category)
        sd = m.summons_date
        self.summons_date.setDate(
            QDate(sd.year, sd.month, sd.day) if sd else self.summons_date.minimumDate()
        )
        self._set(self.surrendered, m.passport_surrendered)
        fam = ps.family_abroad[0] if ps.family_abroad else None
        self._set(self.family_who, fam.who if fam else None)
        self.family_country.setText(fam.country or "" if fam else "")
        self._set(self.family_status, fam.status.value if fam and fam.status else None)
        self._show()

    @staticmethod
    def _codes(text: str) -> list[str]:
        return [c.strip().upper() for c in text.replace(";", ",").split(",") if c.strip()]

    def _date(self, edit: QDateEdit) -> date | None:
        value = edit.date()
        if value == edit.minimumDate():
            return None
        return date(value.year(), value.month(), value.day())

    def _collect(self, pid: str) -> PersonSituation:
        """The answers shown, over what the case already holds: a second visa, a visa's end
        date or a second relative abroad (entered in a case file) are kept, never dropped."""
        before = self.answers.get(pid) or PersonSituation(person_id=pid)
        old_visas = list(before.documents.visas)
        issuer = self.visa_issuer.text().strip().upper()
        first = old_visas[0] if old_visas else None
        if issuer:
            kept = first if first is not None and first.issuer == issuer else None
            visas = [kept or VisaHeld(kind="schengen", issuer=issuer), *old_visas[1:]]
        else:
            visas = old_visas[1:]
        family = []
        who = self.family_who.currentData()
        if who:
            family.append(
                FamilyAbroad.model_validate(
                    {
                        "who": who,
                        "country": self.family_country.text().strip().upper() or None,
                        "status": self.family_status.currentData(),
                    },
                    strict=False,
                )
            )
        family.extend(before.family_abroad[1:])
        return PersonSituation(
            person_id=pid,
            citizenships=self._codes(self.citizenship.text()),
            documents=DocumentsHeld(
                internal_passport=self.internal.currentData(),
                foreign_passport=self.foreign.currentData(),
                foreign_passport_expiry=self._date(self.expiry),
                birth_certificate=self.birth.currentData(),
                residence_permits=self._codes(self.permits.text()),
                visas=visas,
            ),
            location=self.where.currentData(),
            military=MilitarySituation(
                status=self.military.currentData(),
                reservist_category=self.category.text().strip(),
                summons=self.summons.currentData(),
                summons_date=self._date(self.summons_date),
                passport_surrendered=self.surrendered.currentData(),
            ),
            family_abroad=family,
        )

    def save_answers(self) -> None:
        from visadesk.routes.ops import save_situation

        pid = self._person_id()
        if self.case is None or pid is None:
            return
        try:
            self.answers[pid] = self._collect(pid)
            situation = Situation(
                people=list(self.answers.values()),
                children_travelling=self.children.isChecked(),
                travel_means=[m for m, box in self.means.items() if box.isChecked()],
                answered_on=date.today(),
            )
            self.case = self.session.save_case(save_situation(self.case, situation))
        except Exception as exc:  # noqa: BLE001 - shown as a readable message
            show_error(self, exc)
            return
        self._show()

    def _show(self) -> None:
        from visadesk.routes.engine import advise
        from visadesk.routes.render import to_html

        pid = self._person_id()
        if self.case is None or pid is None:
            return
        person = self.case.person(pid)
        advice = advise(self.case, person)
        self.view.setHtml(to_html(advice, self.lang))
        self.route.clear()
        for line in [*advice.routes, *advice.exits]:
            self.route.addItem(line.title(self.lang), line.rule.id)
        for i in range(self.people.count()):
            item = self.people.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) == pid
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def create_applications(self) -> None:
        from visadesk.routes.ops import create_route_applications

        rule_id = self.route.currentData()
        if self.case is None or not rule_id:
            return
        chosen = [
            self.people.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]
        before = len(self.case.applications)
        try:
            self.case = self.session.save_case(
                create_route_applications(self.case, rule_id, chosen)
            )
        except Exception as exc:  # noqa: BLE001 - shown as a readable message
            show_error(self, exc)
            return
        made = len(self.case.applications) - before
        if made:
            self.status.setText(
                self.tr(
                    "Applications created: {n}. Open the Applications tab to fill them."
                ).format(n=made)
            )
        else:
            self.status.setText(
                self.tr("Nothing new: the people chosen already have this application.")
            )

    def export_plan(self) -> None:
        from visadesk.ui.file_dialogs import get_save_file_name

        if self.case is None:
            return
        path = get_save_file_name(
            self, self.tr("Export the plan"), str(Path.home() / "plan.pdf"), "PDF (*.pdf)"
        )
        if not path:
            return
        self.write_plan_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def write_plan_to(self, path: Path) -> None:
        """Write the plan (user's and sponsor's language), private to the user, and remember it
        (encrypted) so the wipe dialog can offer to delete it."""
        from visadesk.local.paths import atomic_write
        from visadesk.pdf.plan import plan_bytes
        from visadesk.routes.engine import advise_case

        if self.case is None:
            return
        try:
            atomic_write(path, plan_bytes(self.case, advise_case(self.case), self.lang), mode=0o600)
        except Exception as exc:  # noqa: BLE001 - shown as a readable message
            show_error(self, exc)
            return
        vault = getattr(self.session, "vault", None)
        if vault is not None and vault.is_unlocked:
            from visadesk.vault.exports import remember_export

            remember_export(vault, path)
