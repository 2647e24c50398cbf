"""The Applications tab: each applicant's forms (person × destination form) with their progress,
new / remove, and the wizard beside the list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from visadesk import casework
from visadesk.case.model import Case, new_id
from visadesk.forms import wizard
from visadesk.forms.engine import fill_application
from visadesk.forms.registry import get_registry
from visadesk.ui.wizard_view import WizardView


class NewApplicationDialog(QDialog):
    """Choose who applies and for which form (forms listed by country, in the user's language)."""

    def __init__(self, case: Case, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New application"))
        form = QFormLayout(self)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Applicant"))
        for p in case.applicants:
            self.person.addItem(p.display_name(), p.id)
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Form"))
        kinds = {
            "official_form": self.tr("official form"),
            "prep_sheet": self.tr("preparation sheet"),
            "checklist": self.tr("border checklist"),
        }
        for d in sorted(get_registry().all(), key=lambda d: (d.kind != "official_form", d.country)):
            self.form.addItem(f"{d.title.get(lang)} — {kinds[d.kind]}", d.id)
        person_label = QLabel(self.tr("&Applicant"))
        person_label.setBuddy(self.person)
        form_label = QLabel(self.tr("&Form"))
        form_label.setBuddy(self.form)
        form.addRow(person_label, self.person)
        form.addRow(form_label, self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> tuple[str, str]:
        return self.person.currentData(), self.form.currentData()


class ApplicationsTab(QWidget):
    case_saved = Signal(object)

    def __init__(self, session, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.case: Case | None = None
        layout = QHBoxLayout(self)
        split = QSplitter()
        left_widget = QWidget()
        left = QVBoxLayout(left_widget)
        left.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Appl&ications"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Applications in this case"))
        self.list.setWordWrap(True)
        caption.setBuddy(self.list)
        left.addWidget(caption)
        left.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("N&ew application…"))
        self.remove_button = QPushButton(self.tr("Remo&ve…"))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        split.addWidget(left_widget)
        self.wizard = WizardView(session, lang)
        split.addWidget(self.wizard)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        layout.addWidget(split)
        self.list.currentItemChanged.connect(self._select)
        self.add_button.clicked.connect(self.new_application)
        self.remove_button.clicked.connect(self._remove)
        self.wizard.case_saved.connect(self._wizard_saved)

    def set_case(self, case: Case) -> None:
        current = self._current_id()
        self.case = case
        self._fill_list(current)
        app_id = self._current_id()
        if app_id is None:
            self.wizard.clear()
        elif app_id == self.wizard.app_id:
            self.wizard.update_case(case)
        else:
            self.wizard.load(case, app_id)

    def _fill_list(self, current: str | None) -> None:
        assert self.case is not None
        registry = get_registry()
        self.list.blockSignals(True)
        self.list.clear()
        for app in self.case.applications:
            person = self.case.person(app.person_id)
            try:
                form = registry.get(app.form_id)
                filled = fill_application(self.case, app, lang=self.lang)
                done, total = wizard.progress(filled)
                title = form.title.get(self.lang)
                state = self.tr("{done} of {total} answers").format(done=done, total=total)
            except Exception:  # noqa: BLE001 - a form missing from this installation
                title, state = app.form_id, self.tr("form not installed")
            item = QListWidgetItem(f"{person.display_name()}\n{title}\n{state}")
            item.setData(Qt.ItemDataRole.UserRole, app.id)
            self.list.addItem(item)
            if app.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _select(self, item) -> None:
        if item is None or self.case is None:
            self.wizard.clear()
            return
        self.wizard.load(self.case, item.data(Qt.ItemDataRole.UserRole))

    def _wizard_saved(self, case: Case) -> None:
        self.case = case
        self._fill_list(self._current_id())
        self.case_saved.emit(case)

    def new_application(self, person_id: str | None = None, form_id: str | None = None) -> None:
        if self.case is None:
            return
        if person_id is None or form_id is None:
            dialog = NewApplicationDialog(self.case, self.lang, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            person_id, form_id = dialog.choice()
        case_id = self.case.id
        app_id = new_id()

        def done(case: Case) -> None:
            self.case = case
            self._fill_list(app_id)
            self.wizard.load(case, app_id)
            self.case_saved.emit(case)
            self.wizard.show_page(0)

        self.session.change(
            self, case_id, casework.add_application, person_id, form_id, app_id, on_done=done
        )

    def _remove(self) -> None:
        app_id = self._current_id()
        if self.case is None or app_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove application"),
            self.tr("Remove this application and the answers given for it?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(case: Case) -> None:
            self.case = case
            self.set_case(case)
            self.case_saved.emit(case)

        self.session.change(self, self.case.id, casework.remove_application, app_id, on_done=done)

    def clear(self) -> None:
        self.case = None
        self.list.clear()
        self.wizard.clear()
