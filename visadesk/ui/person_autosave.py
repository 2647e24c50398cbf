"""Nothing typed in the People tab is lost (#13.2): a valid change is saved by itself (a pause
in typing, leaving a field, another person, tab or case, the lock, closing the window); a change
that is not valid yet is kept as an encrypted draft in the vault (visadesk.casework.drafts), put
back when the person is opened again, and asked about when the user switches to another case.

:class:`PersonAutosave` is the People tab's part that does it (the tab mixes it in); the
editor's fields are compared and kept as language-independent JSON (:func:`person_fields`)."""

from __future__ import annotations

import time
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QWidget

from visadesk import casework
from visadesk.case.model import Case, Person, Sponsor
from visadesk.casework import drafts
from visadesk.ui.ops import Running
from visadesk.ui.person_editor import PersonEditor

AUTOSAVE_MS = 1500  # a pause in typing this long saves (or keeps the draft)


def _key(value: Any) -> str | None:
    """A combo box item's data as JSON text (enums by value)."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _combo_value(combo: QComboBox) -> dict[str, Any]:
    if combo.isEditable():
        return {"text": combo.currentText()}
    return {"data": _key(combo.currentData())}


def _set_combo(combo: QComboBox, value: Any) -> None:
    if not isinstance(value, dict):
        return
    if "text" in value:
        combo.setEditText(str(value["text"]))
        return
    for i in range(combo.count()):
        if _key(combo.itemData(i)) == value.get("data"):
            combo.setCurrentIndex(i)
            return


def person_fields(editor: PersonEditor) -> dict[str, Any]:
    """What a person editor's fields say, by field key (language-independent JSON)."""
    out: dict[str, Any] = {f"edit:{k}": e.text() for k, e in editor.edits.items()}
    out.update({f"combo:{k}": _combo_value(c) for k, c in editor.combos.items()})
    for name in ("sex", "civil", "scheme"):
        out[name] = _combo_value(getattr(editor, name))
    return out


def put_person_fields(editor: PersonEditor, fields: dict[str, Any]) -> None:
    for key, value in fields.items():
        kind, _, name = key.partition(":")
        if kind == "edit" and name in editor.edits and isinstance(value, str):
            editor.edits[name].setText(value)
        elif kind == "combo" and name in editor.combos:
            _set_combo(editor.combos[name], value)
        elif key in ("sex", "civil", "scheme"):
            _set_combo(getattr(editor, key), value)


def ask_leave(parent: QWidget, name: str) -> str:
    """'keep' (the draft stays), 'discard' or 'stay' (tests replace this)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("PeopleTab", "Changes not saved yet"))
    box.setText(
        QCoreApplication.translate(
            "PeopleTab",
            "What you typed for {name} is not valid yet (see the marked fields), so it is not "
            "saved in the case. It is kept as an encrypted draft in the vault.",
        ).format(name=name)
    )
    keep = box.addButton(
        QCoreApplication.translate("PeopleTab", "&Keep the draft"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    discard = box.addButton(
        QCoreApplication.translate("PeopleTab", "&Discard it"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    stay = box.addButton(
        QCoreApplication.translate("PeopleTab", "&Stay and fix it"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(stay)
    box.exec()
    return {keep: "keep", discard: "discard"}.get(box.clickedButton(), "stay")


class PersonAutosave:
    """The People tab's autosave and drafts. The tab provides: ``session``, ``case``,
    ``editor``, ``sponsor_editor``, ``editors``, ``hint``, ``discard_button``, ``_relabel``,
    ``_load`` and ``_ask`` (the keep / discard / stay question)."""

    session: Any
    case: Case | None
    editor: PersonEditor
    sponsor_editor: Any
    editors: Any
    hint: Any
    discard_button: Any

    def _setup_autosave(self) -> None:
        """A pause in typing or leaving a field saves what is valid."""
        self.shown_id: str | None = None  # the person in the editor
        self.baseline: dict[str, Any] | None = None  # the editor's fields as loaded / saved
        self.loading = False
        self.inflight = 0  # saves running in a worker
        self.running: list[Running] = []  # their jobs, to wait for
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        for widget in (self.editor, self.sponsor_editor):
            for edit in widget.findChildren(QLineEdit):
                edit.textChanged.connect(self._touched)
                edit.editingFinished.connect(self._field_left)
            for combo in widget.findChildren(QComboBox):
                combo.currentIndexChanged.connect(self._touched)

    def _drafts(self) -> list[str]:
        if self.case is None or self.session is None:
            return []
        try:
            return drafts.drafts_of(self.session.vault, self.case.id)
        except Exception:  # noqa: BLE001 - a locked or damaged vault: no marks
            return []

    def _discard_draft(self) -> None:
        """Forget the draft of the person shown: the editor shows the saved person again."""
        pid = self.shown_id
        if self.case is None or self.session is None or pid is None:
            return
        drafts.drop_draft(self.session.vault, self.case.id, pid)
        self.hint.clear()
        self._select_again(pid)

    def _select_again(self, pid: str) -> None:
        self.shown_id = None  # reload without saving what the fields say
        self.baseline = None
        self.loading = True
        try:
            self._load(pid)
        finally:
            self.loading = False
        self._relabel()
        self._show_discard()

    def _show_discard(self) -> None:
        self.discard_button.setVisible(
            self.shown_id is not None and self.shown_id in self._drafts()
        )

    # -- nothing typed is lost --

    def fields(self) -> dict[str, Any]:
        """What the editor shown says, by field key (compared to see a change; kept as draft)."""
        if self.editors.currentWidget() is self.sponsor_editor:
            ed = self.sponsor_editor
            stay = {}
            for key, widget in ed.widgets.items():
                stay[key] = _combo_value(widget) if isinstance(widget, QComboBox) else widget.text()
            return {"person": person_fields(ed.person), "stay": stay}
        return {"person": person_fields(self.editor)}

    def put_fields(self, fields: dict[str, Any]) -> None:
        sponsor = self.editors.currentWidget() is self.sponsor_editor
        editor = self.sponsor_editor.person if sponsor else self.editor
        put_person_fields(editor, fields.get("person") or {})
        if sponsor:
            for key, value in (fields.get("stay") or {}).items():
                widget = self.sponsor_editor.widgets.get(key)
                if isinstance(widget, QComboBox):
                    _set_combo(widget, value)
                elif isinstance(widget, QLineEdit) and isinstance(value, str):
                    widget.setText(value)

    def _validated(self) -> Person | Sponsor | None:
        if self.editors.currentWidget() is self.sponsor_editor:
            return self.sponsor_editor.validate()
        return self.editor.validate()

    def _touched(self, *_args) -> None:
        if not self.loading and self.shown_id is not None:
            self.timer.start()

    def _field_left(self) -> None:
        if not self.loading and self.timer.isActive():
            self.autosave()

    def is_dirty(self) -> bool:
        return (
            self.shown_id is not None
            and self.baseline is not None
            and (self.fields() != self.baseline)
        )

    def autosave(self, *, wait: bool = False) -> str:
        """Save a valid change of the person in the editor ("saved"), or keep an invalid one as
        an encrypted draft ("draft"); "clean" when nothing changed. ``wait``: save before
        returning (the lock and closing the window), else in a worker."""
        self.timer.stop()
        if self.case is None or self.session is None or not self.is_dirty():
            return "clean"
        case_id, pid, fields = self.case.id, self.shown_id, self.fields()
        assert pid is not None
        vault = self.session.vault
        value = self._validated()
        if value is None:
            drafts.keep_draft(vault, case_id, pid, fields)
            self.hint.setText(
                QCoreApplication.translate(
                    "PeopleTab",
                    "Not saved yet: correct the marked fields. What you typed is kept as an "
                    "encrypted draft.",
                )
            )
            self._relabel()
            self._show_discard()
            return "draft"
        op = casework.edit_sponsor if isinstance(value, Sponsor) else casework.edit_person
        before, self.baseline = self.baseline, fields

        def done(case: Case) -> None:
            self.inflight -= 1
            drafts.drop_draft(vault, case_id, pid)
            if self.case is None or self.case.id != case_id:
                return
            self.case = case
            if self.shown_id == pid:  # the fields stay as typed; only the base moves on
                if isinstance(value, Sponsor) and case.sponsor is not None:
                    self.sponsor_editor.sponsor = case.sponsor
                elif not isinstance(value, Sponsor):
                    self.editor.person = case.person(pid)
            self.hint.setText(QCoreApplication.translate("PeopleTab", "All changes saved."))
            self._relabel()
            self._show_discard()

        def failed(exc: BaseException) -> None:
            from visadesk.ui.errors import show_error

            self.inflight -= 1
            drafts.keep_draft(vault, case_id, pid, fields)
            if self.case is not None and self.case.id == case_id and self.shown_id == pid:
                self.baseline = before
            show_error(self, exc)

        self.inflight += 1  # done / failed count it back
        if wait:
            try:
                saved = self.session.change_now(case_id, op, value)
            except Exception as exc:  # noqa: BLE001 - kept as a draft, and said
                failed(exc)
                return "draft"
            done(saved)
        else:
            job = self.session.change(self, case_id, op, value, on_done=done, on_failure=failed)
            self.running = [j for j in self.running if not j.delivered] + [job]
        return "saved"

    def settle(self, timeout_ms: int = 10_000) -> None:
        """Wait for the saves still running in a worker (their results delivered here), so
        that a lock or closing the window never drops the keys under a save."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self.running:  # each result taken here: its queued signal may not come in time
            job = self.running.pop(0)
            if not job.wait(max(0.0, deadline - time.monotonic())):
                self.running.insert(0, job)
                break

    def leave(self, *, ask: bool = False) -> bool:
        """Before the editor's person or case goes away: a valid change is saved at once, an
        invalid one kept as a draft — with ``ask``, the user chooses to keep it, discard it or
        go back to it (then False: stay)."""
        if self.case is None or self.session is None:
            return True
        self.settle()
        if not self.session.vault.is_unlocked or not self.session.vault.has_case(self.case.id):
            return True  # the case was deleted (or the vault locked): nothing to keep
        result = self.autosave(wait=True)
        if result != "draft" or not ask:
            return True
        pid = self.shown_id
        assert pid is not None
        name = self.case.person(pid).display_name() or QCoreApplication.translate(
            "PeopleTab", "(no name yet)"
        )
        answer = self._ask(name)
        if answer == "discard":
            drafts.drop_draft(self.session.vault, self.case.id, pid)
            self.baseline = self.fields()  # nothing to keep any more
            self._relabel()
            self._show_discard()
        return answer != "stay"

    def flush(self) -> None:
        """Before a lock or closing the window: save (or keep as a draft) what is typed."""
        self.leave()

    def _forget_drafts_of_the_gone(self, case: Case) -> None:
        """A person removed from the case takes their draft along (no data left behind)."""
        vault = self.session.vault
        there = {p.id for p in case.people()}
        for pid in drafts.drafts_of(vault, case.id):
            if pid not in there:
                drafts.drop_draft(vault, case.id, pid)
