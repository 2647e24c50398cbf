"""The cases list with instant search (names in either script, passport numbers) and the case
view: Summary, People, Applications, Documents and Packet tabs. Tabs that did not make a change
reload when next shown, so a save never disturbs the field being typed in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from visadesk.ui import focus_chain
from visadesk.ui.case_list import SORTS, CaseList, FirstSteps, sort_rows

if TYPE_CHECKING:
    from visadesk.ui.session import Session


def _scroll_areas(root: QWidget | None) -> list[QAbstractScrollArea]:
    """The scroll areas of a tab that are shown (in a stable order)."""
    if root is None:
        return []
    return [a for a in root.findChildren(QAbstractScrollArea) if a.isVisibleTo(root)]


class CasesScreen(QWidget):
    new_requested = Signal()
    sample_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        from visadesk.ui.vault_problems import ProblemsBanner

        self.problems = ProblemsBanner()  # the vault's problems, shown plainly at unlock
        left.addWidget(self.problems)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search: name (Cyrillic or Latin) or passport number")
        )
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.search.placeholderText())  # cut in a narrow column
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show cases with status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        from visadesk.ui.case_details import CaseDetails, status_labels

        for value, text in status_labels().items():
            self.status_filter.addItem(text, value.value)
        self.sort = QComboBox()
        self.sort.setAccessibleName(self.tr("Sort cases by"))
        for key, text in zip(
            SORTS,
            (
                self.tr("Last changed first"),
                self.tr("Title"),
                self.tr("Status"),
                self.tr("Next appointment"),
            ),
            strict=True,
        ):
            self.sort.addItem(text, key)
        filters = QVBoxLayout()  # one per row: "Last changed first" is never cut (1024 px, 200 %)
        filters.setSpacing(2)
        for combo in (self.status_filter, self.sort):  # no wider than the list below them
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo)
        self.list = CaseList()
        self.list.setAccessibleName(self.tr("Cases"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.addWidget(self.search)
        left.addLayout(filters)
        left.addWidget(self.list)
        layout.addLayout(left, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setAccessibleName(self.tr("Case summary"))
        self.case_details = CaseDetails()
        self.case_details.save_requested.connect(self._save_details)
        summary = QWidget()
        summary_layout = QVBoxLayout(summary)
        summary_layout.addWidget(self.case_details)
        summary_layout.addWidget(self.details, 1)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed "filler" stop before the bar
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)  # (Qt copies the policy to it)
        self.tabs.tabBar().setAccessibleName(self.tr("Case tabs"))
        self.tabs.setAccessibleName(self.tr("Case tabs"))
        self.tabs.addTab(summary, self.tr("S&ummary"))
        self.people = None  # PeopleTab and the other case tabs, created once a session exists
        self.applications = self.documents = self.packet = self.routes = self.letters = None
        self.case = None  # the case shown in the tabs
        self.shown_id: str | None = None
        self.stale: set = set()  # tabs to reload when next shown
        self.first_steps = FirstSteps()
        self.first_steps.new.clicked.connect(self.new_requested)
        self.first_steps.sample.clicked.connect(self.sample_requested)
        self.first_steps.import_.clicked.connect(self.import_requested)
        self.right = QStackedWidget()  # the case's tabs, or the first steps of an empty vault
        self.right.addWidget(self.tabs)
        self.right.addWidget(self.first_steps)
        layout.addWidget(self.right, 3)
        self.search.textChanged.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.sort.currentIndexChanged.connect(lambda _i: self.refresh())
        self.last_tab: QWidget | None = None
        self.list.selectionModel().currentChanged.connect(self._current_changed)

    def _current_changed(self, *_args) -> None:
        """Another case chosen: what is being typed in the People tab is saved first; a change
        that is not valid yet is asked about (keep as a draft, discard, or go back to it)."""
        if (
            self.people is not None
            and self.shown_id is not None
            and self.current_id() != self.shown_id
            and not self._leave_people(ask=True)
        ):
            selection = self.list.selectionModel()
            selection.blockSignals(True)
            self.list.select_id(self.shown_id)
            selection.blockSignals(False)
            self.tabs.setCurrentWidget(self.people)
            return
        self._show(self.current_id())

    def _leave_people(self, *, ask: bool = False) -> bool:
        """The People tab saves (or keeps as a draft) what is typed there; False: stay."""
        leave = getattr(self.people, "leave", None)
        return True if leave is None else bool(leave(ask=ask))

    def save_edits(self) -> None:
        """Save what is being typed (invalid: kept as a draft) — before a lock or closing."""
        if self.people is not None and self.session is not None:
            self._leave_people()

    def attach(self, session: Session) -> None:
        from visadesk.ui.routes_view import RoutesTab
        from visadesk.ui.tab_applications import ApplicationsTab
        from visadesk.ui.tab_documents import DocumentsTab
        from visadesk.ui.tab_letters import LettersTab
        from visadesk.ui.tab_packet import PacketTab
        from visadesk.ui.tab_people import PeopleTab

        self.session = session
        lang = session.settings.language
        if self.people is None:
            self.people = PeopleTab(session, lang=lang)
            self.applications = ApplicationsTab(session, lang)
            self.documents = DocumentsTab(session, lang)
            self.packet = PacketTab(session, lang)
            self.routes = RoutesTab(session, lang)
            self.tabs.addTab(self.routes, self.tr("Where can I go?"))
            self.letters = LettersTab(session, lang)
            self.tabs.addTab(self.people, self.tr("&People"))
            self.tabs.addTab(self.applications, self.tr("&Applications"))
            self.tabs.addTab(self.documents, self.tr("D&ocuments"))
            self.tabs.addTab(self.letters, self.tr("Le&tters"))
            self.tabs.addTab(self.packet, self.tr("Pac&ket"))
            self.tabs.currentChanged.connect(self._tab_changed)
        focus_chain.tidy(self)  # Tab leaves every field; focused viewports carry a name
        for tab in self.case_tabs():
            tab.session = session
        session.case_saved.connect(self._saved)
        session.case_deleted.connect(lambda _id: self.refresh())
        self.refresh()
        self._after_unlock(session)

    def _after_unlock(self, session: Session) -> None:
        """Problems found by unlocking plainly at once; then, in workers (never blocking the
        list), the case bodies' verification — shown too if it finds more — and the daily
        backup."""
        from visadesk.ui.ops import run_op

        def verified(found: list) -> None:
            if self.session is not session or not session.vault.is_unlocked:
                return  # locked meanwhile
            if found:
                self.refresh()
                self._show_problems(complete=True)
            if session.demo_dir is None:
                run_op(
                    self,
                    lambda _p: session.vault.backup_now(),
                    on_success=lambda _r: None,
                    on_failure=lambda _e: None,  # best-effort; backup_now logs why
                )

        self._show_problems(complete=False)
        run_op(
            self,
            lambda _p: session.vault.verify(),
            on_success=verified,
            on_failure=lambda _e: None,  # locked meanwhile; the next unlock verifies again
        )

    def _show_problems(self, *, complete: bool) -> None:
        if self.session is None:
            return
        window = self.window()
        action = getattr(window, "backups_action", None)
        self.problems.show_problems(
            self.session.vault,
            on_restore=action.trigger if action is not None else (lambda: None),
            on_accepted=lambda: (self.problems.hide(), self.refresh()),
            complete=complete,
        )
        if self.problems.isVisibleTo(self) and hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.problems.label.text())

    def _damaged_on_opening(self) -> None:
        """A case body failed its check when opened (before the worker's verification reached
        it): it has left the list; the banner says what happened."""
        self.refresh()
        self._show_problems(complete=False)

    def case_tabs(self) -> list:
        if self.people is None:
            return []
        return [
            self.routes,
            self.people,
            self.applications,
            self.documents,
            self.packet,
            self.letters,
        ]

    def refresh(self) -> None:
        """Fill the list from the vault (search text applied); keeps the selection if it is
        still there, and loads the case views only when the selected case changes."""
        if self.session is None:
            return
        query = self.search.text().strip()
        vault = self.session.vault
        rows = vault.search(query) if query else vault.list_cases()
        empty = not query and not rows
        self.right.setCurrentWidget(self.first_steps if empty else self.tabs)
        status = self.status_filter.currentData()
        if status is not None:
            rows = [r for r in rows if r.status == status]
        rows = sort_rows(rows, self.sort.currentData() or "updated")
        current = self.current_id()
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        self.list.cases.set_rows(rows)
        if not (current and self.list.select_id(current)) and self.list.count():
            self.list.setCurrentRow(0)
        selection.blockSignals(False)
        if self.current_id() != self.shown_id:
            self._show(self.current_id())

    def current_id(self) -> str | None:
        return self.list.current_id()

    # -- keeping the place (over a lock and a language switch) --

    def view_state(self) -> dict:
        """Where the user is: case, tab, person, application, wizard page and the scroll
        positions of the tab (ids and numbers only, nothing personal)."""
        tab = self.tabs.currentWidget()
        state: dict = {
            "vault": self.session.vault.vault_id if self.session is not None else None,
            "case": self.shown_id,
            "tab": self.tabs.currentIndex(),
            "scroll": [a.verticalScrollBar().value() for a in _scroll_areas(tab)],
        }
        if self.applications is not None:
            state["application"] = self.applications._current_id()
            state["page"] = self.applications.wizard.page
        if self.people is not None:
            state["person"] = self.people._current_id()
        return state

    def restore_view_state(self, state: dict) -> None:
        """Back to the place :meth:`view_state` noted (what is still there of it)."""
        case_id = state.get("case")
        if case_id is None or not self.list.select_id(case_id):
            return
        if self.shown_id != case_id:
            self._show(case_id)
        if self.people is not None and state.get("person") and self.case is not None:
            self.people.set_case(self.case, state["person"])
        apps = self.applications
        if apps is not None and state.get("application") and self.case is not None:
            for row in range(apps.list.count()):
                if apps.list.item(row).data(Qt.ItemDataRole.UserRole) == state["application"]:
                    apps.list.setCurrentRow(row)
                    break
            if apps.wizard.pages:
                page = min(int(state.get("page") or 0), len(apps.wizard.pages) - 1)
                apps.wizard.show_page(page, focus=False)
        self.tabs.setCurrentIndex(int(state.get("tab") or 0))
        scroll = list(state.get("scroll") or [])

        def rescroll() -> None:  # once the tab is laid out and its scroll bars have a range
            areas = _scroll_areas(self.tabs.currentWidget())
            for area, value in zip(areas, scroll, strict=False):
                area.verticalScrollBar().setValue(value)

        rescroll()
        QTimer.singleShot(0, self.tabs, rescroll)  # dropped if the screen is rebuilt meanwhile
        QTimer.singleShot(100, self.tabs, rescroll)

    def _saved(self, case_id: str) -> None:
        """A save anywhere: the list and summary follow; other tabs reload when next shown."""
        self.refresh()
        if case_id == self.shown_id and self.session is not None:
            self.case = self.session.vault.get_case(case_id)
            self._summary(self.case)
            current = self.tabs.currentWidget()
            self.stale = {t for t in self.case_tabs() if t is not current}

    def _tab_changed(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if self.last_tab is self.people and tab is not self.people and self.people is not None:
            self._leave_people()  # leaving the People tab saves what was typed there
        self.last_tab = tab
        if tab is not None:
            focus_chain.tidy(tab)  # fields a tab built since
        if tab in self.stale and self.case is not None:
            self.stale.discard(tab)
            tab.set_case(self.case)

    def _show(self, case_id: str | None) -> None:
        if case_id is None or self.session is None:
            self.shown_id = None
            self.case = None
            self.details.clear()
            self.case_details.clear()
            for tab in self.case_tabs():
                tab.clear()
            return
        from visadesk.vault.errors import VaultTampered

        try:
            case = self.session.vault.get_case(case_id)
        except VaultTampered:
            self._show(None)
            QTimer.singleShot(0, self._damaged_on_opening)
            return
        self.shown_id = case.id
        self.case = case
        self.stale = set()
        for tab in self.case_tabs():
            tab.set_case(case)
        self._summary(case)

    def _save_details(self, title: str, status: str, appointment, note: str) -> None:
        from visadesk import casework

        if self.session is None or self.case is None:
            return

        def done(case) -> None:
            self.case_details.message.setText(self.tr("Saved."))

        self.session.change(
            self, self.case.id, casework.edit_details, title, status, appointment, note,
            on_done=done,
        )  # fmt: skip

    def _summary(self, case) -> None:
        from html import escape

        self.case_details.load(case)

        lines = [f"<h3>{escape(case.display_title())}</h3>"]
        for p in case.applicants:
            passport = p.passport.number if p.passport else "—"
            lines.append(
                f"<p><b>{escape(p.display_name())}</b><br>{escape(p.full_name_latin)} · {escape(passport)}</p>"
            )
        self.details.setText("".join(lines))

    def clear(self) -> None:
        """Forget everything personal this screen shows."""
        self.session = None
        self.search.clear()
        self.list.clear()
        self.details.clear()
        self.case_details.clear()
        self.case = None
        self.shown_id = None
        self.stale = set()
        for tab in self.case_tabs():
            tab.clear()

    def select(self, case_id: str) -> None:
        """Show a case (clearing a search that would hide it)."""
        if not self.list.select_id(case_id):
            self.search.clear()
            self.list.select_id(case_id)
