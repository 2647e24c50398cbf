"""The People tab of a case: the applicants and the sponsor, add / edit / remove, copy shared
data between family members, with the person (or sponsor) editor beside the list. Every change
is a visadesk.casework operation run through the session (one validated save each)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from visadesk import casework
from visadesk.case.model import Case, Person, Sponsor
from visadesk.ui.person_editor import PersonEditor
from visadesk.ui.sponsor_editor import SponsorEditor


class PeopleTab(QWidget):
    def __init__(self, session, parent: QWidget | None = None, lang: str = "en") -> None:
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
        row2 = QHBoxLayout()
        self.sponsor_button = QPushButton(self.tr("Add the sponsor (&who lives abroad)"))
        self.copy_button = QPushButton(self.tr("Copy to &family…"))
        row2.addWidget(self.sponsor_button)
        row2.addWidget(self.copy_button)
        left.addLayout(row2)
        layout.addLayout(left, 1)
        self.editor = PersonEditor()
        self.editor.setEnabled(False)
        self.sponsor_editor = SponsorEditor(lang)
        self.editors = QStackedWidget()
        self.editors.addWidget(self.editor)
        self.editors.addWidget(self.sponsor_editor)
        layout.addWidget(self.editors, 3)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        left.addWidget(self.hint)
        self.list.currentItemChanged.connect(self._select)
        self.editor.saved.connect(self._save_person)
        self.sponsor_editor.saved.connect(self._save_sponsor)
        self.sponsor_editor.remove_requested.connect(self._remove_sponsor)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.sponsor_button.clicked.connect(self._add_sponsor)
        self.copy_button.clicked.connect(self._copy)

    def set_case(self, case: Case, select: str | None = None) -> None:
        current = select or self._current_id()
        self.case = case
        self.list.blockSignals(True)
        self.list.clear()
        people: list[tuple[str, Person]] = [(self.tr("Applicant"), p) for p in case.applicants]
        if case.sponsor is not None:
            people.append((self.tr("Sponsor"), case.sponsor))
        for role, person in people:
            name = person.display_name() if person.full_name else self.tr("(no name yet)")
            item = QListWidgetItem(f"{name}\n{role} · {person.full_name_latin}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
            if person.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.sponsor_button.setEnabled(case.sponsor is None)
        self._select(self.list.currentItem())

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _is_sponsor(self, person_id: str | None) -> bool:
        sponsor = self.case.sponsor if self.case is not None else None
        return sponsor is not None and person_id == sponsor.id

    def _select(self, item) -> None:
        if item is None or self.case is None:
            self.editor.clear()
            self.editor.setEnabled(False)
            self.editors.setCurrentWidget(self.editor)
            return
        pid = item.data(Qt.ItemDataRole.UserRole)
        if self._is_sponsor(pid) and self.case.sponsor is not None:
            self.sponsor_editor.load(self.case.sponsor)
            self.editors.setCurrentWidget(self.sponsor_editor)
            return
        self.editor.setEnabled(True)
        self.editor.load(self.case.person(pid))
        self.editors.setCurrentWidget(self.editor)

    # -- changes (each one casework operation) --

    def _change(self, op, *args, select: str | None = None) -> None:
        if self.case is None:
            return

        def done(case: Case) -> None:
            self.hint.clear()
            self.set_case(case, select)

        self.session.change(self, self.case.id, op, *args, on_done=done)

    def _save_person(self, person: Person) -> None:
        self._change(casework.edit_person, person, select=person.id)

    def _save_sponsor(self, sponsor: Sponsor) -> None:
        self._change(casework.edit_sponsor, sponsor, select=sponsor.id)

    def _add(self) -> None:
        person = Person()
        self._change(casework.add_person, person, select=person.id)

    def _add_sponsor(self) -> None:
        if self.case is None or self.case.sponsor is not None:
            return
        sponsor = Sponsor()
        self._change(casework.edit_sponsor, sponsor, select=sponsor.id)

    def _remove(self) -> None:
        pid = self._current_id()
        if self.case is None or pid is None:
            return
        if self._is_sponsor(pid):
            self._remove_sponsor()
            return
        if len(self.case.applicants) == 1:
            self.hint.setText(
                self.tr("A case needs at least one applicant; delete the case instead.")
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove person"),
            self.tr("Remove this person and their applications from the case?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._change(casework.remove_person, pid)

    def _remove_sponsor(self) -> None:
        if self.case is None or self.case.sponsor is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the sponsor"),
            self.tr("Remove the sponsor from this case? A child's guardian link stays by name."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._change(casework.remove_sponsor)

    def _copy(self, *, choice: tuple[list[str], list[str]] | None = None) -> None:
        pid = self._current_id()
        if self.case is None or pid is None:
            return
        if choice is None:
            from visadesk.ui.copy_shared_dialog import CopySharedDialog

            dialog = CopySharedDialog(self.case, pid, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            choice = dialog.choice()
        parts, targets = choice
        if parts and targets:
            self._change(casework.copy_shared, pid, targets, parts, select=pid)

    def clear(self) -> None:
        self.case = None
        self.list.clear()
        self.editor.clear()
        self.editor.setEnabled(False)
        self.sponsor_editor.clear()
        self.editors.setCurrentWidget(self.editor)
        self.hint.clear()
