"""The Letters tab: a guided interview that builds the account of the danger (what happened,
when, where, which documents show it; why now; ties to the country) in the user's language, and
the translations a person makes for the letter. Every change goes through visadesk.letters.ops
and is saved through the session; the PDF is built in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from visadesk.case.account import DocumentKind, EventKind
from visadesk.case.model import Case
from visadesk.letters import ops
from visadesk.ui.errors import show_error
from visadesk.ui.ops import run_op

ROLE = Qt.ItemDataRole.UserRole


def _kind_labels() -> dict[EventKind, str]:
    return {
        EventKind.SUMMONS: QCoreApplication.translate("LettersTab", "Summons received"),
        EventKind.DETENTION: QCoreApplication.translate("LettersTab", "Detention"),
        EventKind.SEARCH: QCoreApplication.translate("LettersTab", "Search"),
        EventKind.DISMISSAL: QCoreApplication.translate("LettersTab", "Dismissal"),
        EventKind.FOREIGN_AGENT: QCoreApplication.translate(
            "LettersTab", '"Foreign agent" listing'
        ),
        EventKind.CRIMINAL_CASE: QCoreApplication.translate("LettersTab", "Criminal case"),
        EventKind.THREAT: QCoreApplication.translate("LettersTab", "Threats"),
        EventKind.ATTEMPT_TO_LEAVE: QCoreApplication.translate("LettersTab", "Attempt to leave"),
        EventKind.OTHER: QCoreApplication.translate("LettersTab", "Other"),
    }


def _text_edit(name: str, rows: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(22 * rows)
    return edit


class LettersTab(QWidget):
    def __init__(self, session, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.case: Case | None = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        who = QLabel(self.tr("L&etter of"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Whose letter"))
        who.setBuddy(self.person)
        lang_label = QLabel(self.tr("Letter &language"))
        self.letter_lang = QComboBox()
        self.letter_lang.setAccessibleName(self.tr("Letter language"))
        for code, label in (
            ("", self.tr("Destination's language")),
            ("fr", "Français"),
            ("de", "Deutsch"),
            ("en", "English"),
        ):
            self.letter_lang.addItem(label, code)
        lang_label.setBuddy(self.letter_lang)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Letter status"))
        self.export_button = QPushButton(self.tr("Save letter as P&DF…"))
        for w in (who, self.person, lang_label, self.letter_lang):
            top.addWidget(w)
        top.addStretch(1)
        outer.addLayout(top)
        second = QHBoxLayout()  # its own row: the status sentence wraps, the window can narrow
        self.status.setWordWrap(True)
        second.addWidget(self.status, 1)
        second.addWidget(self.export_button)
        outer.addLayout(second)

        body = QHBoxLayout()
        left = QVBoxLayout()
        caption = QLabel(self.tr("&Chronology"))
        self.events = QListWidget()
        self.events.setAccessibleName(self.tr("Chronology"))
        self.events.setWordWrap(True)
        caption.setBuddy(self.events)
        left.addWidget(caption)
        left.addWidget(self.events, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&New event"))
        self.remove_button = QPushButton(self.tr("&Remove event"))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        body.addLayout(left, 2)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        panel = QWidget()
        scroll.setWidget(panel)
        right = QVBoxLayout(panel)
        event_box = QGroupBox(self.tr("What happened"))
        form = QFormLayout(event_box)
        # a long label goes above its field instead of being cut (French, German)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("When did it happen?"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What kind of event?"))
        for kind, label in _kind_labels().items():
            self.kind.addItem(label, kind.value)
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Where?"))
        self.description = _text_edit(self.tr("What happened, in your own words"), 4)
        self.translation = _text_edit(self.tr("Translation made by a person"), 4)
        self.evidence = QListWidget()
        self.evidence.setAccessibleName(self.tr("Which documents show it?"))
        self.evidence.setFixedHeight(90)
        for label, widget in (
            (self.tr("When did it happen?"), self.date),
            (self.tr("What kind of event?"), self.kind),
            (self.tr("Where?"), self.place),
            (self.tr("What happened, in your own words"), self.description),
            (self.tr("Translation made by a person (leave empty if none)"), self.translation),
            (self.tr("Which documents show it?"), self.evidence),
        ):
            label_widget = QLabel(label)
            label_widget.setBuddy(widget)
            form.addRow(label_widget, widget)
        ev_row = QHBoxLayout()
        self.scan = QComboBox()
        self.scan.setAccessibleName(self.tr("Scan to use as evidence"))
        self.add_evidence_button = QPushButton(self.tr("Add as e&vidence"))
        ev_row.addWidget(self.scan, 1)
        ev_row.addWidget(self.add_evidence_button)
        form.addRow(QLabel(self.tr("Scans of this case")), ev_row)
        self.save_event_button = QPushButton(self.tr("&Save event"))
        form.addRow(self.save_event_button)
        right.addWidget(event_box)

        st_box = QGroupBox(self.tr("Your letter"))
        st_form = QFormLayout(st_box)
        st_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.why_now = _text_edit(self.tr("Why must you leave now?"))
        self.why_now_tr = _text_edit(self.tr("Translation of why you must leave now"))
        self.ties = _text_edit(self.tr("Who in the destination country can support you?"))
        self.ties_tr = _text_edit(self.tr("Translation of your ties"))
        self.place_of_signature = QLineEdit()
        self.place_of_signature.setAccessibleName(self.tr("Where will you sign?"))
        for label, widget in (
            (self.tr("Why must you leave now?"), self.why_now),
            (self.tr("Translation made by a person"), self.why_now_tr),
            (self.tr("Who in the destination country can support you?"), self.ties),
            (self.tr("Translation made by a person"), self.ties_tr),
            (self.tr("Where will you sign?"), self.place_of_signature),
        ):
            label_widget = QLabel(label)
            label_widget.setBuddy(widget)
            st_form.addRow(label_widget, widget)
        self.save_statement_button = QPushButton(self.tr("Save letter te&xt"))
        st_form.addRow(self.save_statement_button)
        right.addWidget(st_box)
        right.addStretch(1)
        body.addWidget(scroll, 3)
        outer.addLayout(body, 1)

        self.person.currentIndexChanged.connect(lambda _i: self._refresh())
        self.letter_lang.currentIndexChanged.connect(lambda _i: self._refresh())
        self.events.currentItemChanged.connect(lambda *_: self._load_event())
        self.add_button.clicked.connect(self._new_event)
        self.remove_button.clicked.connect(self._remove_event)
        self.save_event_button.clicked.connect(self._save_event)
        self.save_statement_button.clicked.connect(self._save_statement)
        self.add_evidence_button.clicked.connect(self._add_evidence)
        self.export_button.clicked.connect(self._export)

    # -- state --------------------------------------------------------------------------------

    def set_case(self, case: Case) -> None:
        current = self.person.currentData()
        self.case = case
        self.person.blockSignals(True)
        self.person.clear()
        for p in case.applicants:
            self.person.addItem(p.display_name(), p.id)
            if p.id == current:
                self.person.setCurrentIndex(self.person.count() - 1)
        self.person.blockSignals(False)
        self.scan.clear()
        for att in case.attachments:
            self.scan.addItem(att.filename or att.kind.value, att.id)
        self._refresh()

    def clear(self) -> None:
        self.case = None
        for widget in (self.person, self.events, self.evidence, self.scan):
            widget.clear()
        for edit in (
            self.description,
            self.translation,
            self.why_now,
            self.why_now_tr,
            self.ties,
            self.ties_tr,
        ):
            edit.clear()
        self.place.clear()
        self.place_of_signature.clear()
        self.status.clear()

    def person_id(self) -> str | None:
        return self.person.currentData()

    def target_lang(self) -> str:
        from visadesk.letters.compose import DEFAULT_LANG, request_of

        chosen = self.letter_lang.currentData()
        if chosen:
            return str(chosen)
        pid = self.person_id()
        if self.case is None or pid is None:
            return "en"
        statement = self.case.account.statement_for(pid) if self.case.account else None
        if statement and statement.lang:
            return statement.lang
        req = request_of(self.case, pid, statement)
        return DEFAULT_LANG.get(req[1], "en") if req else "en"

    def _refresh(self) -> None:
        pid = self.person_id()
        self.events.blockSignals(True)
        self.events.clear()
        case = self.case
        if case is None or pid is None:
            self.events.blockSignals(False)
            return
        labels = _kind_labels()
        account = case.account
        for event in account.chronology(pid) if account else []:
            item = QListWidgetItem(
                f"{event.date.isoformat()} · {labels[event.kind]}\n{event.place}"
            )
            item.setData(ROLE, event.id)
            self.events.addItem(item)
        self.events.blockSignals(False)
        statement = account.statement_for(pid) if account else None
        lang = self.target_lang()
        self.why_now.setPlainText(statement.why_now.text if statement else "")
        self.why_now_tr.setPlainText(
            (statement.why_now.translations.get(lang) or "") if statement else ""
        )
        self.ties.setPlainText(statement.ties.text if statement else "")
        self.ties_tr.setPlainText(
            (statement.ties.translations.get(lang) or "") if statement else ""
        )
        self.place_of_signature.setText(statement.place_of_signature if statement else "")
        self._status()
        if self.events.count():
            self.events.setCurrentRow(0)
        else:
            self._load_event()

    def _status(self) -> None:
        from visadesk.letters.compose import NoLetter, compose_letter

        pid = self.person_id()
        if self.case is None or pid is None:
            return
        try:
            letter = compose_letter(
                self.case, pid, on_date=date.today(), lang=self.letter_lang.currentData() or None
            )
        except NoLetter:
            self.status.setText(self.tr("No humanitarian request for this person yet"))
            self.export_button.setEnabled(False)
            return
        self.export_button.setEnabled(True)
        if letter.missing:
            self.status.setText(
                self.tr("%n passage(s) still need a human translation", "", letter.missing)
            )
        else:
            self.status.setText(self.tr("Every passage is translated"))

    def _current_event_id(self) -> str | None:
        item = self.events.currentItem()
        return item.data(ROLE) if item else None

    def _load_event(self) -> None:
        case = self.case
        event_id = self._current_event_id()
        event = None
        if case is not None and case.account is not None and event_id:
            event = next((e for e in case.account.events if e.id == event_id), None)
        lang = self.target_lang()
        self.date.setDate(
            QDate(event.date.year, event.date.month, event.date.day)
            if event
            else QDate.currentDate()
        )
        index = self.kind.findData(event.kind.value if event else EventKind.SUMMONS.value)
        self.kind.setCurrentIndex(max(index, 0))
        self.place.setText(event.place if event else "")
        self.description.setPlainText(event.description.text if event else "")
        self.translation.setPlainText(
            (event.description.translations.get(lang) or "") if event else ""
        )
        self.evidence.clear()
        if case is not None and case.account is not None:
            linked = set(event.evidence_ids) if event else set()
            pid = self.person_id()
            for item in case.account.evidence:
                if item.person_id not in (None, pid):
                    continue  # another applicant's document
                row = QListWidgetItem(item.shows.text or item.document.value)
                row.setData(ROLE, item.id)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(
                    Qt.CheckState.Checked if item.id in linked else Qt.CheckState.Unchecked
                )
                self.evidence.addItem(row)

    # -- changes (each one validated by visadesk.letters.ops, then saved) ----------------------

    def _save(self, case: Case) -> None:
        self.case = self.session.save_case(case)
        self._refresh()

    def _new_event(self) -> None:
        self.events.clearSelection()
        self.events.setCurrentItem(None)
        self._load_event()
        self.description.setFocus()

    def _save_event(self) -> None:
        case, pid = self.case, self.person_id()
        if case is None or pid is None:
            return
        d = self.date.date()
        fields = {
            "on": date(d.year(), d.month(), d.day()),
            "kind": EventKind(self.kind.currentData()),
            "place": self.place.text(),
            "description": self.description.toPlainText(),
        }
        try:
            event_id = self._current_event_id()
            if event_id is None:
                case, event_id = ops.add_event(case, person_ids=[pid], **fields)
            else:
                case = ops.edit_event(case, event_id, **fields)
            case = ops.set_event_translation(
                case, event_id, self.target_lang(), self.translation.toPlainText()
            )
            for i in range(self.evidence.count()):
                row = self.evidence.item(i)
                checked = row.checkState() == Qt.CheckState.Checked
                case = ops.link_evidence(case, event_id, row.data(ROLE), checked)
            self._save(case)
        except Exception as exc:  # noqa: BLE001 - a readable message; the form keeps the input
            show_error(self, exc)

    def _remove_event(self) -> None:
        event_id = self._current_event_id()
        if self.case is None or event_id is None:
            return
        try:
            self._save(ops.remove_event(self.case, event_id))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)

    def _add_evidence(self) -> None:
        case, pid, att_id = self.case, self.person_id(), self.scan.currentData()
        if case is None or pid is None or att_id is None:
            return
        att = next(a for a in case.attachments if a.id == att_id)
        try:
            case, _eid = ops.add_evidence(
                case,
                attachment_id=att_id,
                document=DocumentKind.OTHER,
                shows=att.filename,
                person_id=pid,
            )
            self._save(case)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)

    def _save_statement(self) -> None:
        case, pid = self.case, self.person_id()
        if case is None or pid is None:
            return
        lang = self.target_lang()
        try:
            for passage, original, translated in (
                ("why_now", self.why_now, self.why_now_tr),
                ("ties", self.ties, self.ties_tr),
            ):
                case = ops.set_statement(case, pid, passage=passage, text=original.toPlainText())
                case = ops.set_statement(
                    case, pid, passage=passage, text=translated.toPlainText(), translation_lang=lang
                )
            case = ops.set_statement(case, pid, place_of_signature=self.place_of_signature.text())
            self._save(case)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)

    def _export(self) -> None:
        case, pid = self.case, self.person_id()
        if case is None or pid is None:
            return
        from visadesk.ui.file_dialogs import get_save_file_name

        path = get_save_file_name(
            self, self.tr("Save letter as PDF"), str(Path.home() / "letter.pdf"), "PDF (*.pdf)"
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        lang = self.letter_lang.currentData() or None

        def work(_progress) -> bytes:
            from visadesk.letters.compose import compose_letter
            from visadesk.pdf.letters import render_letter

            return render_letter(compose_letter(case, pid, on_date=date.today(), lang=lang))

        def done(data: bytes) -> None:
            from visadesk.local.paths import atomic_write

            atomic_write(Path(path), data, mode=0o600)
            self.status.setText(self.tr("Saved"))
            vault = getattr(self.session, "vault", None)
            if vault is not None and vault.is_unlocked:
                from visadesk.vault.exports import remember_export

                remember_export(vault, path)  # the wipe dialog offers to delete it

        run_op(self, work, on_success=done)
