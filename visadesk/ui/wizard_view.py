"""The application wizard: one page per section of the form definition, drawn from what the
engine decides (visible fields, where each value comes from, what is missing). Every finished
change is saved at once; the "what is missing" list jumps to each field. The second input of a
free-text field to translate is in :mod:`visadesk.ui.wizard_translation`."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from visadesk.case.model import Application, Case
from visadesk.forms import wizard
from visadesk.forms.engine import fill_application
from visadesk.forms.result import FieldResult, FilledForm
from visadesk.ui.errors import show_error
from visadesk.ui.field_widgets import FieldInput
from visadesk.ui.texts import problem_text, source_text
from visadesk.ui.wizard_translation import (
    TranslationInput,
    asks_translation,
    commit_translation,
    language_words,
)

ERROR_STYLE = "color: palette(bright-text); background: #b00020; padding: 1px 4px;"
TRANSLATION_ROLE = Qt.ItemDataRole.UserRole + 1


class _Row:
    """The widgets of one field on the current page."""

    def __init__(self, input_: FieldInput, error: QLabel, mark: QLabel, reset: QToolButton):
        self.input = input_
        self.error = error
        self.mark = mark
        self.reset = reset
        self.note = QLabel()  # "On the form: …" for a vocabulary term
        self.translation: TranslationInput | None = None


class WizardView(QWidget):
    case_saved = Signal(object)  # the saved Case

    def __init__(self, session, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.case: Case | None = None
        self.app_id: str | None = None
        self.filled: FilledForm | None = None
        self.page = 0
        self.rows: dict[str, _Row] = {}
        self.pages: list[wizard.Page] = []

        outer = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.title)
        top = QHBoxLayout()
        self.page_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Required answers given"))
        self.progress.setFormat(self.tr("%v of %m required answers"))
        top.addWidget(self.page_label, 1)
        top.addWidget(self.progress, 1)
        outer.addLayout(top)

        split = QSplitter()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        self.scroll.setAccessibleName(self.tr("Form page"))
        split.addWidget(self.scroll)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        missing_caption = QLabel(self.tr("What is &missing"))
        self.missing_list = QListWidget()
        self.missing_list.setAccessibleName(self.tr("What is missing"))
        self.missing_list.setAccessibleDescription(
            self.tr("Press Enter on an item to go to its field")
        )
        self.missing_list.setWordWrap(True)
        missing_caption.setBuddy(self.missing_list)
        side_layout.addWidget(missing_caption)
        side_layout.addWidget(self.missing_list)
        split.addWidget(side)
        side.setMinimumWidth(side.fontMetrics().averageCharWidth() * 22)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 260])
        outer.addWidget(split, 1)

        nav = QHBoxLayout()
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.back = QPushButton(self.tr("&Back"))
        self.next = QPushButton(self.tr("&Next"))
        self.back.setToolTip(self.tr("Previous page (Ctrl+Page Up)"))
        self.next.setToolTip(self.tr("Next page (Ctrl+Page Down)"))
        nav.addWidget(self.saved_label, 1)
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        outer.addLayout(nav)
        self.back.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next.clicked.connect(lambda: self.show_page(self.page + 1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.show_page(self.page - 1))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.show_page(self.page + 1))
        self.missing_list.itemActivated.connect(
            lambda item: self.go_to(
                item.data(Qt.ItemDataRole.UserRole),
                translation=bool(item.data(TRANSLATION_ROLE)),
            )
        )
        self._set_enabled(False)

    # -- data --

    @property
    def application(self) -> Application | None:
        if self.case is None or self.app_id is None:
            return None
        return next((a for a in self.case.applications if a.id == self.app_id), None)

    def load(self, case: Case, application_id: str) -> None:
        self.case = case
        self.app_id = application_id
        self.saved_label.clear()
        self._refill()
        self.show_page(min(self.page, len(self.pages) - 1) if self.pages else 0, focus=False)
        self._set_enabled(True)

    def update_case(self, case: Case) -> None:
        """The case changed elsewhere (e.g. the profile): redraw with the new values."""
        if self.app_id is None or not any(a.id == self.app_id for a in case.applications):
            self.clear()
            return
        self.case = case
        self._refill()
        self.show_page(min(self.page, max(0, len(self.pages) - 1)), focus=False)

    def _refill(self) -> None:
        app = self.application
        assert self.case is not None and app is not None
        self.filled = fill_application(self.case, app, lang=self.lang)
        self.pages = wizard.pages(self.filled)
        form = self.filled.definition
        person = self.case.person(app.person_id)
        self.title.setText(
            f"<b>{escape(form.title.get(self.lang))}</b> — {escape(person.display_name())}"
        )
        done, total = wizard.progress(self.filled)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done if total else 1)
        self._fill_missing()

    def _fill_missing(self) -> None:
        assert self.filled is not None
        self.missing_list.clear()
        for item in wizard.missing(self.filled):
            p = item.problem
            number = f"{p.number}. " if p.number else ""
            text = self.tr("Page {page}: {number}{label} {problem}").format(
                page=item.page + 1,
                number=number,
                label=p.label.get(self.lang),
                problem=problem_text(p),
            )
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item.field_id)
            self.missing_list.addItem(entry)
        untranslated = list(self.filled.untranslated)
        if not self.missing_list.count():
            self.missing_list.addItem(
                self.tr("Nothing is missing; still to translate:")
                if untranslated
                else self.tr("Nothing is missing: this form is complete.")
            )
        for f in untranslated:
            page = wizard.page_of(self.filled, f.field.id)
            number = f"{f.field.number}. " if f.field.number else ""
            _caption, words = language_words(f.translation_lang or "en")
            text = self.tr("Page {page}: {number}{label} — translation {in_language} missing").format(
                page=(page or 0) + 1, number=number, label=f.field.label.get(self.lang),
                in_language=words,
            )  # fmt: skip
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, f.field.id)
            entry.setData(TRANSLATION_ROLE, True)
            self.missing_list.addItem(entry)

    # -- pages --

    def show_page(self, index: int, *, focus: bool = True, focus_field: str | None = None) -> None:
        if self.filled is None or not self.pages:
            return
        index = max(0, min(index, len(self.pages) - 1))
        self.page = index
        page = self.pages[index]
        body = QWidget()
        body.setObjectName("wizardPage")
        # One column: each label above its field, every text word-wrapped, every input as wide
        # as the column (#13.11). A QFormLayout, even wrapping its rows, gave a label its one-line
        # width and held the page wider than the column: a sideways scroll bar at 1024×600.
        form = QVBoxLayout(body)
        self.rows = {}
        for result in page.fields:
            self._add_row(form, result)
        form.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(body)
        section = page.section.section
        self.page_label.setText(
            self.tr("Page {n} of {total}: {title}").format(
                n=index + 1, total=len(self.pages), title=section.title.get(self.lang)
            )
        )
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < len(self.pages) - 1)
        target = focus_field or (page.fields[0].field.id if focus and page.fields else None)
        if target in self.rows:
            self.rows[target].input.focus_widget().setFocus()

    def _add_row(self, form: QVBoxLayout, result: FieldResult) -> None:
        field = result.field
        number = f"{field.number}. " if field.number else ""
        star = " *" if result.required else ""
        label_text = f"{number}{field.label.get(self.lang)}{star}"
        caption = QLabel(label_text.replace("&", "&&"))  # a label's "&" is text, not a mnemonic
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setWordWrap(True)
        input_ = FieldInput(field, self.lang)
        input_.show(wizard.shown_value(result))
        caption.setBuddy(input_.focus_widget())
        help_parts = []
        if field.help is not None:
            help_parts.append(field.help.get(self.lang))
        official = [
            t
            for lang in self.filled.print_languages
            if (t := field.print_label.get(lang)) and t != field.label.get(self.lang)
        ]
        if official:
            help_parts.append(
                self.tr("On the official form: {label}").format(label=" / ".join(official))
            )
        description = " ".join(help_parts)
        input_.set_accessible(label_text, description)
        mark = QLabel()
        mark.setObjectName("sourceMark")
        mark.setTextFormat(Qt.TextFormat.PlainText)
        mark.setWordWrap(True)  # "usual answer (change it …)" once held the column wide
        mark.setEnabled(False)  # drawn in the palette's muted text colour
        reset = QToolButton()
        reset.setText(self.tr("Use the profile value"))
        reset.setAccessibleName(
            self.tr("Use the profile value for {label}").format(label=label_text)
        )
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setAccessibleName(self.tr("Problem with {label}").format(label=label_text))
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(caption)
        column.addWidget(input_.widget)
        column.addWidget(mark)
        # Its own line: beside the mark, its Russian words held the column wider than 1024×600.
        column.addWidget(reset, 0, Qt.AlignmentFlag.AlignLeft)
        if description:
            help_label = QLabel(description)
            help_label.setTextFormat(Qt.TextFormat.PlainText)
            help_label.setWordWrap(True)
            help_label.setEnabled(False)
            column.addWidget(help_label)
        row = _Row(input_, error, mark, reset)
        row.note.setTextFormat(Qt.TextFormat.PlainText)
        row.note.setWordWrap(True)
        row.note.setEnabled(False)
        column.addWidget(row.note)
        if asks_translation(result):
            row.translation = TranslationInput.build(result, label_text, self.lang)
            column.addWidget(row.translation.box)
        column.addWidget(error)
        form.addLayout(column)
        form.addSpacing(6)
        self.rows[field.id] = row
        self._decorate(row, result)
        input_.edited.connect(lambda fid=field.id: self._commit(fid))
        if row.translation is not None:
            row.translation.input.edited.connect(lambda fid=field.id: commit_translation(self, fid))
        reset.clicked.connect(lambda _=False, fid=field.id: self._reset(fid))

    def _decorate(self, row: _Row, result: FieldResult) -> None:
        row.mark.setText(source_text(result.source, result.source_path))
        row.mark.setVisible(bool(row.mark.text()))
        if result.rendering == "vocabulary" and result.text:
            row.note.setText(self.tr("On the form: {text}").format(text=result.text))
        else:
            row.note.clear()
        row.note.setVisible(bool(row.note.text()))
        if row.translation is not None:
            row.translation.decorate(result)
        row.reset.setVisible(result.source == "answer" and result.field.source is not None)
        if result.problems:
            row.error.setText(problem_text(result.problems[0]))
            row.error.show()
        else:
            row.error.clear()
            row.error.hide()

    def go_to(self, field_id: str | None, *, translation: bool = False) -> None:
        if self.filled is None or field_id is None:
            return
        page = wizard.page_of(self.filled, field_id)
        if page is not None:
            self.show_page(page, focus_field=field_id)
            row = self.rows.get(field_id)
            if translation and row is not None and row.translation is not None:
                target = row.translation.input.focus_widget()
                target.setFocus()
                self.scroll.ensureWidgetVisible(row.translation.box)

    # -- editing --

    def _commit(self, field_id: str) -> None:
        row = self.rows.get(field_id)
        app = self.application
        if row is None or app is None or self.filled is None:
            return
        current = self.filled.field(field_id)
        raw = row.input.raw()
        value, problem = wizard.coerce_answer(current.field, raw)
        if problem is not None:
            row.error.setText(problem_text(problem))
            row.error.show()
            self.saved_label.setText(
                self.tr("Not saved: {problem}").format(problem=row.error.text())
            )
            return
        if value == wizard.shown_value(current) or (value is None and current.empty):
            self._decorate(row, current)
            return
        self._save(wizard.set_answer(app, field_id, value), field_id)

    def _reset(self, field_id: str) -> None:
        app = self.application
        if app is not None:
            self._save(wizard.clear_answer(app, field_id), field_id)

    def _save(self, app: Application, field_id: str) -> None:
        assert self.case is not None
        case = self.case.model_copy(
            update={"applications": [app if a.id == app.id else a for a in self.case.applications]}
        )
        self._store(case, field_id)

    def _shape(self) -> list[tuple[str, bool]]:
        """The current page's rows: which fields, and which of them ask for a translation."""
        if self.page >= len(self.pages):
            return []
        return [(f.field.id, asks_translation(f)) for f in self.pages[self.page].fields]

    def _store(self, case: Case, field_id: str) -> None:
        try:
            self.case = self.session.save_case(case)
        except Exception as exc:  # noqa: BLE001 - shown as a readable message; input kept
            show_error(self, exc)
            return
        before = self._shape()
        self._refill()
        after = self._shape()
        if before != after:  # a condition showed or hid fields: redraw, keep the place
            focused = self._focused_field() or field_id
            self.show_page(self.page, focus_field=focused)
        else:
            focused = self._focused_field()
            for result in self.pages[self.page].fields:
                row = self.rows[result.field.id]
                if result.field.id != focused:
                    row.input.show(wizard.shown_value(result))
                self._decorate(row, result)
        self.saved_label.setText(self.tr("All changes saved."))
        self.case_saved.emit(self.case)

    def _focused_field(self) -> str | None:
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for fid, row in self.rows.items():
            w = row.input.widget
            if focus is w or w.isAncestorOf(focus):
                return fid
        return None

    def _set_enabled(self, on: bool) -> None:
        for w in (self.back, self.next, self.missing_list, self.scroll):
            w.setEnabled(on)

    def clear(self) -> None:
        """Forget everything personal this view shows."""
        self.case = None
        self.app_id = None
        self.filled = None
        self.pages = []
        self.rows = {}
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.title.clear()
        self.page_label.clear()
        self.saved_label.clear()
        self.missing_list.clear()
        self.progress.reset()
        self._set_enabled(False)

    def value_of(self, field_id: str) -> Any:
        """The engine's current value of a field (for tests and the summary)."""
        return self.filled.field(field_id).value if self.filled else None
