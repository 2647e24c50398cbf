"""The cases list: its model (summaries, no item objects), the status line, the sort orders,
and what an empty vault shows instead of a case (the first steps)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from visadesk.vault import CaseSummary


class CaseListModel(QAbstractListModel):
    """The case summaries as a Qt model: 10,000 rows cost a list, not 10,000 item objects."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list = []  # CaseSummary
        self.index_of: dict[str, int] = {}

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            people = ", ".join(row.people)
            if people.startswith(row.title):  # no title of its own: the names are the title
                return f"{people}\n{status_line(row)}"
            return f"{row.title}\n{people}\n{status_line(row)}"
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.index_of = {row.id: i for i, row in enumerate(self.rows)}
        self.endResetModel()


def status_line(row: CaseSummary) -> str:
    """'Submitted · appointment 15.01.2027' for the case list."""
    from visadesk.case.status import CaseStatus
    from visadesk.ui.case_details import status_labels

    try:
        text = status_labels()[CaseStatus(row.status)]
    except ValueError:
        text = row.status
    if row.appointment is not None:
        when = row.appointment.strftime("%d.%m.%Y")
        text += " · " + QCoreApplication.translate("CasesScreen", "appointment {date}").format(
            date=when
        )
    note = getattr(row, "note", "")
    if note:
        text += " · " + note
    return text


SORTS = ("updated", "title", "status", "appointment")
_STATUS_ORDER = ("gathering", "ready", "submitted", "decision")


def sort_rows(rows: list[CaseSummary], by: str) -> list[CaseSummary]:
    """The case list in the chosen order (the vault gives the newest change first)."""
    if by == "title":
        return sorted(rows, key=lambda r: r.title.casefold())
    if by == "status":
        order = {s: i for i, s in enumerate(_STATUS_ORDER)}
        return sorted(rows, key=lambda r: order.get(r.status, len(order)))
    if by == "appointment":  # soonest first; cases without one last
        return sorted(rows, key=lambda r: (r.appointment is None, r.appointment or date.min))
    return list(rows)


class CaseList(QListView):
    """The list of cases (a view over CaseListModel) with the few calls the screen needs."""

    def __init__(self) -> None:
        super().__init__()
        self.cases = CaseListModel()
        self.setModel(self.cases)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)

    def count(self) -> int:
        return self.cases.rowCount()

    def text(self, row: int) -> str:
        return self.cases.data(self.cases.index(row))

    def current_id(self) -> str | None:
        index = self.currentIndex()
        return self.cases.rows[index.row()].id if index.isValid() else None

    def setCurrentRow(self, row: int) -> None:  # noqa: N802 - as QListWidget
        self.setCurrentIndex(self.cases.index(row))

    def select_id(self, case_id: str) -> bool:
        row = self.cases.index_of.get(case_id)
        if row is None:
            return False
        self.setCurrentRow(row)
        return True

    def clear(self) -> None:
        self.cases.set_rows([])


class FirstSteps(QWidget):
    """What an empty vault shows instead of empty tabs: the three ways to begin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        column = QWidget()
        column.setMaximumWidth(560)
        layout = QVBoxLayout(column)
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        layout.addStretch(1)
        title = QLabel(self.tr("<h2>Your vault is empty</h2>"))
        text = QLabel(
            self.tr(
                "Start a case for one family: the people travelling, and the relative abroad "
                "who supports them. VisaDesk first asks where you could go, then fills every "
                "form from the same answers."
            )
        )
        text.setWordWrap(True)
        self.new = QPushButton(self.tr("Start a &new case"))
        self.sample = QPushButton(self.tr("Add the fictional &sample family, to try"))
        self.import_ = QPushButton(self.tr("&Import a case file…"))
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(12)
        for button in (self.new, self.sample, self.import_):
            button.setMinimumHeight(36)
            layout.addWidget(button)
        layout.addStretch(2)
        self.new.setDefault(True)
