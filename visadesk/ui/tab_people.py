"""The People tab of a case: the applicants (and the sponsor), add / edit / remove, with the
person editor beside the list. Saves go through the session (one vault transaction each)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from visadesk.case.model import Case, Person, Sponsor
from visadesk.ui.errors import show_error
from visadesk.ui.person_editor import PersonEditor


class PeopleTab(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People in this case"))
        left.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add pe&rson"))
        self.remove_button = QPushButton(self.tr("De&lete person…"))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        layout.addLayout(left, 1)
        self.editor = PersonEditor()
        self.editor.setEnabled(False)
        layout.addWidget(self.editor, 3)
        self.hint = QLabel()
        left.addWidget(self.hint)
        self.list.currentItemChanged.connect(self._select)
        self.editor.saved.connect(self._save_person)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)

    def set_case(self, case: Case) -> None:
        current = self._current_id()
        self.case = case
        self.list.blockSignals(True)
        self.list.clear()
        people: list[tuple[str, Person]] = [(self.tr("Applicant"), p) for p in case.applicants]
        if case.sponsor is not None:
            people.append((self.tr("Sponsor"), case.sponsor))
        for role, person in people:
            item = QListWidgetItem(f"{person.display_name()}\n{role} · {person.full_name_latin}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
            if person.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._select(self.list.currentItem())

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _select(self, item) -> None:
        if item is None or self.case is None:
            self.editor.clear()
            self.editor.setEnabled(False)
            return
        self.editor.setEnabled(True)
        self.editor.load(self.case.person(item.data(Qt.ItemDataRole.UserRole)))

    def _save_person(self, person: Person) -> None:
        case = self.case
        if case is None:
            return
        if case.sponsor is not None and person.id == case.sponsor.id:
            sponsor = Sponsor.model_validate(
                {**case.sponsor.model_dump(), **person.model_dump()}, strict=False
            )
            updated = case.model_copy(update={"sponsor": sponsor})
        else:
            updated = case.model_copy(
                update={"applicants": [person if p.id == person.id else p for p in case.applicants]}
            )
        try:
            updated = Case.model_validate(updated.model_dump(), strict=False)  # household rules
            self.case = self.session.save_case(updated)
        except Exception as exc:  # noqa: BLE001 - a readable message; the editor keeps the input
            show_error(self, exc)
            return
        self.set_case(self.case)

    def _add(self) -> None:
        if self.case is None:
            return
        person = Person(surname=self.tr("New"))
        try:
            self.case = self.session.save_case(
                self.case.model_copy(update={"applicants": [*self.case.applicants, person]})
            )
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.set_case(self.case)
        self.list.setCurrentRow(len(self.case.applicants) - 1)

    def _remove(self) -> None:
        pid = self._current_id()
        if self.case is None or pid is None:
            return
        if len(self.case.applicants) == 1 or (self.case.sponsor and pid == self.case.sponsor.id):
            self.hint.setText(
                self.tr(
                    "A case needs at least one applicant; the sponsor is removed from the case settings."
                )
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove person"),
            self.tr("Remove this person and their applications from the case?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        case = self.case.model_copy(
            update={
                "applicants": [p for p in self.case.applicants if p.id != pid],
                "applications": [a for a in self.case.applications if a.person_id != pid],
                "attachments": [a for a in self.case.attachments if a.person_id != pid],
            }
        )
        try:
            self.case = self.session.save_case(case)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.set_case(self.case)

    def clear(self) -> None:
        self.case = None
        self.list.clear()
        self.editor.clear()
        self.editor.setEnabled(False)
        self.hint.clear()
