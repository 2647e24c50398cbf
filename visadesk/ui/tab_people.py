"""The People tab of a case: the applicants and the sponsor, add / edit / remove, copy shared
data between family members, with the person (or sponsor) editor beside the list. Every change
is a visadesk.casework operation run through the session (one validated save each).

Nothing typed is lost: a valid change is saved by itself (a pause in typing, leaving a field,
another person, tab or case, the lock, closing the window); a change that is not valid yet is
kept as an encrypted draft in the vault (visadesk.casework.drafts), put back when the person is
opened again, and asked about when the user switches to another case — the tab's
PersonAutosave part (visadesk/ui/person_autosave.py)."""

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
from visadesk.casework import drafts
from visadesk.ui.person_autosave import PersonAutosave, ask_leave
from visadesk.ui.person_editor import PersonEditor
from visadesk.ui.sponsor_editor import SponsorEditor


class PeopleTab(PersonAutosave, QWidget):
    def __init__(self, session, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People in this case"))
        # a long name wraps inside the narrow column (1024 px, 200 %): never a sideways scroll
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # a word longer than the column
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSpacing(2)  # the people apart from each other
        left.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add pe&rson"))
        self.remove_button = QPushButton(self.tr("De&lete person…"))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        self.sponsor_button = QPushButton(self.tr("Add the sponsor (who lives a&broad)"))
        self.copy_button = QPushButton(self.tr("Copy to fa&mily…"))
        left.addWidget(self.sponsor_button)  # one per row: the column stays narrow (1024 px)
        left.addWidget(self.copy_button)
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
        self.discard_button = QPushButton(self.tr("&Back to the saved version"))
        self.discard_button.hide()
        left.addWidget(self.discard_button)
        self.discard_button.clicked.connect(self._discard_draft)
        self.list.currentItemChanged.connect(self._select)
        self.editor.saved.connect(self._save_person)
        self.sponsor_editor.saved.connect(self._save_sponsor)
        self.sponsor_editor.remove_requested.connect(self._remove_sponsor)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.sponsor_button.clicked.connect(self._add_sponsor)
        self.copy_button.clicked.connect(self._copy)
        self._setup_autosave()

    def set_case(self, case: Case, select: str | None = None) -> None:
        current = select or self._current_id()
        if self.case is not None:
            before = self.case
            self.leave()  # what was typed in the editor is saved (or kept) first
            if self.case is not before and self.case.id == case.id:
                case = self.case  # just saved by leave(): newer than the one given
            self.shown_id = None
            self.baseline = None
        self.case = case
        self.list.blockSignals(True)
        self.list.clear()
        people: list[tuple[str, Person]] = [(self.tr("Applicant"), p) for p in case.applicants]
        if case.sponsor is not None:
            people.append((self.tr("Sponsor"), case.sponsor))
        with_draft = set(self._drafts())
        for role, person in people:
            item = QListWidgetItem()
            self._set_label(item, self._label(role, person, person.id in with_draft))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
            if person.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.sponsor_button.setEnabled(case.sponsor is None)
        self._select(self.list.currentItem())

    def _label(self, role: str, person: Person, draft: bool) -> str:
        name = person.display_name() if person.full_name else self.tr("(no name yet)")
        text = f"{name}\n{role} · {person.full_name_latin}"
        if draft:
            text += "\n" + self.tr("draft, not saved yet")  # its own line: never cut off
        return text

    @staticmethod
    def _set_label(item: QListWidgetItem, text: str) -> None:
        """The item's lines; the whole of it in its tooltip and, as one sentence, in what a
        screen reader says (a cut line on screen never hides a name)."""
        item.setText(text)
        item.setToolTip(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(text.splitlines()))

    def _relabel(self) -> None:
        """The list's names and draft marks after a save (the editor is left as it is)."""
        if self.case is None:
            return
        with_draft = set(self._drafts())
        sponsor = self.case.sponsor
        for row in range(self.list.count()):
            item = self.list.item(row)
            pid = item.data(Qt.ItemDataRole.UserRole)
            try:
                person = self.case.person(pid)
            except KeyError:
                continue
            role = self.tr("Sponsor") if sponsor is not None and pid == sponsor.id else None
            self._set_label(
                item, self._label(role or self.tr("Applicant"), person, pid in with_draft)
            )

    def _ask(self, name: str) -> str:
        return ask_leave(self, name)  # looked up here: a test answers for the user

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _is_sponsor(self, person_id: str | None) -> bool:
        sponsor = self.case.sponsor if self.case is not None else None
        return sponsor is not None and person_id == sponsor.id

    def _select(self, item) -> None:
        pid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if self.shown_id is not None and pid != self.shown_id:
            self.leave()  # another person: save (or keep as a draft) the one in the editor
        self.loading = True
        try:
            self._load(pid)
        finally:
            self.loading = False
        self.timer.stop()
        self._show_discard()

    def _load(self, pid: str | None) -> None:
        self.shown_id = None
        self.baseline = None
        if pid is None or self.case is None:
            self.editor.clear()
            self.editor.setEnabled(False)
            self.editors.setCurrentWidget(self.editor)
            return
        if self._is_sponsor(pid) and self.case.sponsor is not None:
            self.sponsor_editor.load(self.case.sponsor)
            self.editors.setCurrentWidget(self.sponsor_editor)
        else:
            self.editor.setEnabled(True)
            self.editor.load(self.case.person(pid))
            self.editors.setCurrentWidget(self.editor)
        self.shown_id = pid
        self.baseline = self.fields()
        kept = drafts.get_draft(self.session.vault, self.case.id, pid)
        if kept is not None:  # what was typed last time, not valid then: back in the fields
            self.put_fields(kept)
            self._validated()
            self.hint.setText(
                self.tr(
                    "What you typed earlier is back (an encrypted draft, not saved in the case "
                    "yet): correct the marked fields and it is saved."
                )
            )

    # -- changes (each one casework operation) --

    def _change(self, op, *args, select: str | None = None) -> None:
        if self.case is None:
            return
        self.leave()  # what is being typed is saved (or kept) before the case changes shape
        case_id = self.case.id

        def done(case: Case) -> None:
            self.hint.clear()
            self._forget_drafts_of_the_gone(case)
            if self.case is None or self.case.id != case_id:
                return
            self.shown_id = None  # the editor reloads from the saved case
            self.baseline = None
            self.set_case(case, select)

        self.session.change(self, case_id, op, *args, on_done=done)

    def _save_person(self, person: Person) -> None:
        self._explicit_save(casework.edit_person, person)

    def _save_sponsor(self, sponsor: Sponsor) -> None:
        self._explicit_save(casework.edit_sponsor, sponsor)

    def _explicit_save(self, op, value: Person | Sponsor) -> None:
        """The Save button: the same save as the autosave, then the list and editor reload."""
        self.timer.stop()
        if self.case is None:
            return
        case_id = self.case.id
        self.baseline = self.fields()  # what is saved now; typing after the click is saved next

        def done(case: Case) -> None:
            self.inflight -= 1
            drafts.drop_draft(self.session.vault, case_id, value.id)
            self.hint.clear()
            if self.case is not None and self.case.id == case_id:
                self.set_case(case, value.id)  # saves what was typed since, then reloads

        def failed(exc: BaseException) -> None:
            from visadesk.ui.errors import show_error

            self.inflight -= 1
            show_error(self, exc)

        self.inflight += 1
        job = self.session.change(self, case_id, op, value, on_done=done, on_failure=failed)
        self.running = [j for j in self.running if not j.delivered] + [job]

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
        self.timer.stop()
        self.case = None
        self.shown_id = None
        self.baseline = None
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        self.editor.clear()
        self.editor.setEnabled(False)
        self.sponsor_editor.clear()
        self.editors.setCurrentWidget(self.editor)
        self.hint.clear()
