"""The Documents tab: per person and application, the checklist the engine computes (attached /
missing / not needed), the scans attached to each item with thumbnails made in memory, and
add (file dialog or drag-and-drop), open (inside the app) and remove. Bytes live sealed in the
vault; a plaintext copy is never written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from visadesk import casework
from visadesk.case.model import Attachment, AttachmentKind, Case, new_id
from visadesk.facts.store import Fact, builtin_facts, fact_value, sources_line
from visadesk.forms.engine import fill_application
from visadesk.forms.schema import ChecklistItemDef, FormDefinition
from visadesk.ui.errors import show_error
from visadesk.ui.ops import run_op
from visadesk.ui.viewer import AttachmentViewer, thumbnail

ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1  # the help panel's text of a checklist item (HTML)
FILE_FILTER = "PDF, JPEG, PNG (*.pdf *.jpg *.jpeg *.png)"


class DocumentsTab(QWidget):
    case_saved = Signal(object)

    def __init__(self, session, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.case: Case | None = None
        self.thumbs: dict[str, QPixmap] = {}  # in memory only; dropped on lock
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        split = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("&Checklist of supporting documents"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Document"), self.tr("Status")])
        self.tree.setAccessibleName(self.tr("Checklist of supporting documents"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        caption.setBuddy(self.tree)
        left_layout.addWidget(caption)
        left_layout.addWidget(self.tree)
        split.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.help.setAccessibleName(self.tr("About the selected document"))
        right_layout.addWidget(self.help)
        thumbs_caption = QLabel(self.tr("Sca&ns of this person"))
        self.thumbnails = QListWidget()
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setIconSize(QSize(120, 160))
        self.thumbnails.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setWordWrap(True)
        self.thumbnails.setAccessibleName(self.tr("Scans of this person"))
        thumbs_caption.setBuddy(self.thumbnails)
        right_layout.addWidget(thumbs_caption)
        right_layout.addWidget(self.thumbnails, 1)
        drop_hint = QLabel(self.tr("Drop PDF, JPEG or PNG files here to attach them."))
        drop_hint.setEnabled(False)
        drop_hint.setWordWrap(True)  # it no longer holds the scans' column wide (1024 px)
        right_layout.addWidget(drop_hint)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Adding scans"))
        self.busy.hide()
        self.add_button = QPushButton(self.tr("Add &scan…"))
        self.open_button = QPushButton(self.tr("Sho&w"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        row.addWidget(self.busy, 1)
        row.addStretch()
        for b in (self.add_button, self.open_button, self.remove_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.tree.currentItemChanged.connect(self._selected)
        self.tree.itemActivated.connect(lambda *_: self.open_selected())
        self.thumbnails.itemActivated.connect(self._open_thumbnail)

    # -- showing --

    def set_case(self, case: Case) -> None:
        current = self._current_data()
        self.case = case
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        for person in case.applicants:
            top = QTreeWidgetItem([person.display_name(), ""])
            top.setData(0, ROLE, ("person", person.id, None, None))
            self.tree.addTopLevelItem(top)
            listed: set[str] = set()
            for app in case.applications_for(person.id):
                try:
                    filled = fill_application(case, app, lang=self.lang)
                except Exception:  # noqa: BLE001 - a form missing from this installation
                    continue
                if not filled.checklist:
                    continue
                form_item = QTreeWidgetItem([filled.definition.title.get(self.lang), ""])
                form_item.setData(0, ROLE, ("person", person.id, None, None))
                top.addChild(form_item)
                for result in filled.checklist:
                    status = {
                        "attached": self.tr("attached"),
                        "missing": self.tr("missing")
                        if result.item.required
                        else self.tr("optional"),
                        "not_applicable": self.tr("not needed"),
                    }[result.status]
                    label = result.item.label.get(self.lang)
                    action, facts = _action_and_facts(filled.definition, result.item, self.lang)
                    about = result.item.help.get(self.lang) if result.item.help else ""
                    # The list shows what to carry or do; the rule behind it, with its sources,
                    # is in the panel beside it (it once made one very long row), and whole in
                    # the tooltip and in what a screen reader says.
                    item = QTreeWidgetItem([action, status])
                    item.setData(0, ROLE, ("item", person.id, app.id, result.item.id))
                    full = f"{label}\n\n{about}" if about else label
                    item.setToolTip(0, full)
                    item.setData(0, Qt.ItemDataRole.AccessibleTextRole, full.replace("\n\n", " "))
                    item.setData(1, ROLE, action)
                    item.setData(1, DETAIL_ROLE, _detail_html(about, facts, self.lang))
                    form_item.addChild(item)
                    for att_id in result.attachment_ids:
                        att = next(a for a in case.attachments if a.id == att_id)
                        child = QTreeWidgetItem([att.filename or self.tr("scan"), _size(att.size)])
                        child.setData(0, ROLE, ("attachment", person.id, app.id, att.id))
                        item.addChild(child)
                        listed.add(att.id)
                form_item.setExpanded(True)
            others = [a for a in case.attachments_for(person.id) if a.id not in listed]
            if others:
                other = QTreeWidgetItem([self.tr("Other scans"), ""])
                other.setData(0, ROLE, ("person", person.id, None, None))
                top.addChild(other)
                for att in others:
                    child = QTreeWidgetItem([att.filename or self.tr("scan"), _size(att.size)])
                    child.setData(0, ROLE, ("attachment", person.id, att.application_id, att.id))
                    other.addChild(child)
                other.setExpanded(True)
            top.setExpanded(True)
        for item in self._all_items():
            if item.data(0, ROLE) == current:
                chosen = item
        self.tree.setCurrentItem(chosen or self.tree.topLevelItem(0))
        self.tree.blockSignals(False)
        self._selected(self.tree.currentItem())

    def _all_items(self):
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            yield item
            stack += [item.child(i) for i in range(item.childCount())]

    def _current_data(self):
        item = self.tree.currentItem()
        return item.data(0, ROLE) if item else None

    def _attachment(self, att_id: str) -> Attachment | None:
        if self.case is None:
            return None
        return next((a for a in self.case.attachments if a.id == att_id), None)

    def _selected(self, item) -> None:
        data = item.data(0, ROLE) if item else None
        self.open_button.setEnabled(bool(data and data[0] == "attachment"))
        self.remove_button.setEnabled(bool(data and data[0] == "attachment"))
        self.add_button.setEnabled(data is not None)
        if data is None or self.case is None:
            self.help.clear()
            self.thumbnails.clear()
            return
        kind, person_id, _app_id, key = data
        text = item.text(0)
        if kind == "item":
            text = f"<b>{_esc(item.data(1, ROLE) or text)}</b>{item.data(1, DETAIL_ROLE) or ''}"
        else:
            text = f"<b>{_esc(text)}</b>"
        self.help.setText(text)
        self._fill_thumbnails(person_id, key if kind == "attachment" else None)

    def _fill_thumbnails(self, person_id: str, selected: str | None) -> None:
        assert self.case is not None
        self.thumbnails.clear()
        for att in self.case.attachments_for(person_id):
            pix = self.thumbs.get(att.id)
            if pix is None:
                try:
                    with self.session.open_attachment(att) as fh:
                        pix = thumbnail(fh.read(), att.media_type, QSize(120, 160))
                except Exception:  # noqa: BLE001 - a damaged scan shows without a picture
                    pix = QPixmap()
                self.thumbs[att.id] = pix
            entry = QListWidgetItem(QIcon(pix), att.filename or self.tr("scan"))
            entry.setData(ROLE, att.id)
            entry.setToolTip(att.filename)
            self.thumbnails.addItem(entry)
            if att.id == selected:
                self.thumbnails.setCurrentItem(entry)

    # -- actions --

    def choose_files(self) -> None:
        from visadesk.ui.file_dialogs import get_open_file_names

        paths = get_open_file_names(
            self, self.tr("Add scans or photos"), str(Path.home()), FILE_FILTER
        )
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Attach files to the selected checklist item (or person), sealing them in a worker."""
        data = self._current_data()
        if self.case is None or data is None:
            return
        kind, person_id, app_id, key = data
        item_id = key if kind == "item" else None
        case_id = self.case.id
        session = self.session

        def work(progress):
            stored = []
            for i, path in enumerate(paths):
                progress(i, len(paths), path.name)
                att_id = new_id()
                media_type, size, sha = session.store_scan(case_id, att_id, path)
                stored.append(
                    Attachment(
                        id=att_id,
                        person_id=person_id,
                        application_id=app_id,
                        checklist_item=item_id,
                        kind=_kind_for(item_id),
                        filename=path.name[:200],
                        media_type=media_type,
                        size=size,
                        sha256=sha,
                    )
                )
            return stored

        def saved(case: Case) -> None:
            self.busy.hide()
            self.case = case
            self.set_case(case)
            self.case_saved.emit(case)

        def done(stored: list[Attachment]) -> None:
            session.change(
                self, case_id, casework.attach_scan, *stored, on_done=saved, on_failure=failed
            )

        def failed(exc: BaseException) -> None:
            self.busy.hide()
            show_error(self, exc)

        self.busy.show()
        run_op(self, work, on_success=done, on_failure=failed)

    def open_selected(self) -> None:
        data = self._current_data()
        if data and data[0] == "attachment":
            self.open_attachment(data[3])

    def _open_thumbnail(self, entry: QListWidgetItem) -> None:
        self.open_attachment(entry.data(ROLE))

    def open_attachment(self, att_id: str) -> None:
        att = self._attachment(att_id)
        if att is None:
            return
        try:
            with self.session.open_attachment(att) as fh:
                data = fh.read()
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        AttachmentViewer(data, att.media_type, att.filename, self).open()

    def remove_selected(self) -> None:
        data = self._current_data()
        if self.case is None or not data or data[0] != "attachment":
            return
        answer = QMessageBox.question(
            self, self.tr("Remove scan"), self.tr("Remove this scan from the vault?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        att_id = data[3]

        def done(case: Case) -> None:
            self.thumbs.pop(att_id, None)
            self.case = case
            self.set_case(case)
            self.case_saved.emit(case)

        self.session.change(self, self.case.id, casework.remove_scan, att_id, on_done=done)

    # -- drag and drop --

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's API
        from visadesk.ui.exchange_actions import accepts_drop

        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        if paths and not accepts_drop(paths):  # case files go to the window (import)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    def clear(self) -> None:
        self.case = None
        self.thumbs.clear()
        self.tree.clear()
        self.thumbnails.clear()
        self.help.clear()


def _action_and_facts(
    definition: FormDefinition, item: ChecklistItemDef, lang: str
) -> tuple[str, list[Fact]]:
    """A checklist item's own words (what to carry or do) and the facts whose rule the form
    definition appended to them ("Visa fee — EUR 90 … (Sources: …)"): the facts none of the
    form's info rows already shows."""
    label = item.label.get(lang)
    if not item.facts:
        return label, []
    shown = {f for row in definition.info for f in row.facts}
    extra = [f for f in item.facts if f not in shown]
    if not extra:
        return label, []
    value, _unconfirmed = fact_value(extra)
    for rule in (value.get(lang), value["en"]):
        if rule and label.endswith(f" — {rule}"):
            store = builtin_facts()
            return label[: -len(f" — {rule}")], [store.get(f) for f in extra]
    return label, []


def _breakable(text: str) -> str:
    """Escaped text whose long addresses may wrap after a "/" (a zero-width space): a source's
    URL no longer holds the panel wider than the window."""
    import re

    return re.sub(r"(?<![:/])/(?!/)", "/\u200b", _esc(text))


def _detail_html(about: str, facts: list[Fact], lang: str) -> str:
    """The help panel's text below an item's name: its help, then each rule with its sources."""
    parts = [f"<p>{_esc(about)}</p>"] if about else []
    for fact in facts:
        # the statement as the checklist words it (with "unconfirmed — check with …"), then
        # its sources and the date they were checked on a line of their own
        sources = sources_line(fact, lang)
        rule = fact_value([fact.id])[0].get(lang) or fact.statement.get(lang)
        rule = rule.removesuffix(f" ({sources})")
        parts.append(f"<p>{_esc(rule)}<br><small>{_breakable(sources)}</small></p>")
    return "".join(parts)


def _kind_for(item_id: str | None) -> AttachmentKind:
    if item_id and "photo" in item_id:
        return AttachmentKind.PHOTO
    if item_id and "passport" in item_id:
        return AttachmentKind.PASSPORT_SCAN
    return AttachmentKind.DOCUMENT


def _size(n: int) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MB"
    return f"{max(1, n // 1024)} KB"


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
