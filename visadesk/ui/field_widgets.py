"""One input widget per form-field type, all with the same small interface: ``raw()`` gives what
the person entered (for the core to parse), ``show(value)`` puts a value in, ``edited`` fires
when the person has finished a change (focus leaves, Enter, a choice picked)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from visadesk.forms.schema import FieldDef
from visadesk.forms.types import kind_of


def ui_lang() -> str:
    """The interface language's code (en, ru, uk, fr, de), from the default QLocale."""
    from PySide6.QtCore import QLocale

    code = QLocale().name().split("_")[0]
    return code if code in ("ru", "uk", "fr", "de") else "en"


def country_name(code: str, lang: str) -> str:
    """A country's name as people say it, in ``lang`` (never its code; SUN is "USSR")."""
    from visadesk.case import countries

    return countries.display_name(code, lang)


def country_code(text: str, lang: str) -> str:
    """A typed country as the core parses it (a name in ``lang`` or English, whole or a unique
    beginning, or a code); anything else is returned for the core's message."""
    from visadesk.case import countries

    if not text.strip():
        return ""
    try:
        return countries.parse_country(text, lang)
    except countries.UnknownCountry:
        return text.strip()


def country_items(lang: str) -> tuple[tuple[str, str], ...]:
    """(name in the user's language, alpha-3), sorted by name; current countries first."""
    from visadesk.case import countries

    return countries.choices(lang)


class _PlainText(QPlainTextEdit):
    focus_out = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().focusOutEvent(event)
        self.focus_out.emit()


# The fewest characters an input shows before it stops shrinking with its column (#13.11): a combo
# box no longer holds the wizard as wide as its longest country or choice name.
MIN_CHARS = 8


def _narrow_combo(w: QComboBox) -> QComboBox:
    w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    w.setMinimumContentsLength(MIN_CHARS)
    w.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    return w


class _ChoiceText(QLabel):
    """A check box's word-wrapped text: clicking it toggles the box, as a check box's own (never
    wrapping) text does."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self.check = check
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setBuddy(check)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().mouseReleaseEvent(event)
        if self.check.isEnabled() and self.rect().contains(event.position().toPoint()):
            self.check.toggle()
            self.check.setFocus()


class FieldInput(QObject):
    edited = Signal()

    def __init__(self, field: FieldDef, lang: str) -> None:
        super().__init__()
        self.field = field
        self.lang = lang
        self.widget = self._build()

    # -- building --

    def _build(self) -> QWidget:
        kind = kind_of(self.field).widget
        if kind == "longtext":
            w = _PlainText()
            w.setTabChangesFocus(True)
            w.setFixedHeight(max(2, self.field.rows) * 22 + 12)
            w.focus_out.connect(self.edited)
            return w
        if kind == "combo":
            w = _narrow_combo(QComboBox())
            w.addItem("—", None)
            if self.field.type == "bool":
                w.addItem(self.tr("Yes"), True)
                w.addItem(self.tr("No"), False)
            else:
                for c in self.field.choices:
                    w.addItem(c.label.get(self.lang), c.value)
            w.activated.connect(lambda _i: self.edited.emit())
            return w
        if kind == "country":
            w = _narrow_combo(QComboBox())
            w.setEditable(True)
            w.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            w.addItem("", None)
            for name, code in country_items(self.lang):
                w.addItem(name, code)
            completer = QCompleter(w.model(), w)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            w.setCompleter(completer)
            w.activated.connect(lambda _i: self.edited.emit())
            w.lineEdit().editingFinished.connect(self.edited)
            return w
        if kind == "checks":
            w = QWidget()
            box = QVBoxLayout(w)
            box.setContentsMargins(0, 0, 0, 0)
            self.checks = []
            for c in self.field.choices:
                text = c.label.get(self.lang)
                check = QCheckBox()  # its text beside it wraps (a long choice once held the
                check.setProperty("choice", c.value)  # wizard wider than its column)
                check.setProperty("label", text)
                check.setToolTip(text)
                check.toggled.connect(lambda _on: self.edited.emit())
                line = QHBoxLayout()
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
                line.addWidget(_ChoiceText(text, check), 1)
                box.addLayout(line)
                self.checks.append(check)
            return w
        w = QLineEdit()
        if self.field.type == "date":
            w.setPlaceholderText(self.tr("DD.MM.YYYY"))
        elif kind_of(self.field).placeholder:
            w.setPlaceholderText(kind_of(self.field).placeholder)
        w.setMinimumWidth(w.fontMetrics().averageCharWidth() * MIN_CHARS)
        w.editingFinished.connect(self.edited)
        return w

    def focus_widget(self) -> QWidget:
        if kind_of(self.field).widget == "checks" and self.checks:
            return self.checks[0]
        return self.widget

    def set_accessible(self, name: str, description: str) -> None:
        checks = kind_of(self.field).widget == "checks"
        targets = self.checks if checks else [self.widget]
        for w in targets:
            w.setAccessibleDescription(description)
        if checks:
            self.widget.setAccessibleName(name)
            for check in self.checks:
                check.setAccessibleName(f"{name}: {check.property('label')}")
        else:
            self.widget.setAccessibleName(name)
            if isinstance(self.widget, QPlainTextEdit):  # its viewport reports the focus too
                self.widget.viewport().setAccessibleName(name)

    # -- values --

    def raw(self) -> Any:
        w = self.widget
        kind = kind_of(self.field).widget
        if kind == "longtext":
            return w.toPlainText()
        if kind == "combo":
            return w.currentData()
        if kind == "country":
            text = w.currentText().strip()
            index = w.findText(text, Qt.MatchFlag.MatchFixedString)
            if index >= 0:
                return w.itemData(index)
            return self._country_typed(text)
        if kind == "checks":
            return [c.property("choice") for c in self.checks if c.isChecked()]
        return w.text()

    def _country_typed(self, text: str) -> str:
        return country_code(text, self.lang)

    def show(self, value: Any) -> None:
        w = self.widget
        kind = kind_of(self.field).widget
        blockers = [w] + (self.checks if kind == "checks" else [])
        for b in blockers:
            b.blockSignals(True)
        try:
            if kind == "longtext":
                if w.toPlainText() != (value or ""):
                    w.setPlainText(value or "")
            elif kind in ("combo", "country"):
                index = w.findData(value) if value is not None else 0
                if index < 0 and kind == "country":
                    w.setEditText(str(value))
                else:
                    w.setCurrentIndex(max(0, index))
            elif kind == "checks":
                chosen = set(value or [])
                for check in self.checks:
                    check.setChecked(check.property("choice") in chosen)
            elif isinstance(value, date):
                w.setText(value.strftime("%d.%m.%Y"))
            elif isinstance(value, float) and value.is_integer():
                w.setText(str(int(value)))
            else:
                w.setText("" if value is None else str(value))
        finally:
            for b in blockers:
                b.blockSignals(False)
