"""One input widget per form-field type, all with the same small interface: ``raw()`` gives what
the person entered (for the core to parse), ``show(value)`` puts a value in, ``edited`` fires
when the person has finished a change (focus leaves, Enter, a choice picked)."""

from __future__ import annotations

import functools
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
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

    short = _short_names()
    try:
        a3 = countries.normalize(code)
    except countries.UnknownCountry:
        return code
    return short.get(a3) or countries.name(a3, lang)


def _short_names() -> dict[str, str]:
    """Names of historic and ICAO-only codes as people say them, in the interface language."""
    return {
        "SUN": QCoreApplication.translate("Countries", "USSR"),
        "YUG": QCoreApplication.translate("Countries", "Yugoslavia"),
        "CSK": QCoreApplication.translate("Countries", "Czechoslovakia"),
        "DDR": QCoreApplication.translate("Countries", "East Germany (GDR)"),
        "XXA": QCoreApplication.translate("Countries", "Stateless person"),
        "XXB": QCoreApplication.translate("Countries", "Refugee (1951 Convention)"),
        "XXC": QCoreApplication.translate("Countries", "Refugee (other)"),
        "XXX": QCoreApplication.translate("Countries", "Nationality not specified"),
        # current countries whose ISO name is not what people say
        "RUS": QCoreApplication.translate("Countries", "Russia"),
        "MDA": QCoreApplication.translate("Countries", "Moldova"),
        "IRN": QCoreApplication.translate("Countries", "Iran"),
        "SYR": QCoreApplication.translate("Countries", "Syria"),
        "KOR": QCoreApplication.translate("Countries", "South Korea"),
        "PRK": QCoreApplication.translate("Countries", "North Korea"),
        "VNM": QCoreApplication.translate("Countries", "Vietnam"),
        "VEN": QCoreApplication.translate("Countries", "Venezuela"),
        "BOL": QCoreApplication.translate("Countries", "Bolivia"),
        "TZA": QCoreApplication.translate("Countries", "Tanzania"),
    }


def country_code(text: str, lang: str) -> str:
    """A typed country: its name in ``lang`` or English (whole, or a unique beginning), or a
    code the core parses ("RUS", "fr"); anything else is returned for the core's message."""
    folded = text.strip().casefold()
    if not folded:
        return ""
    current, historic = _catalogue(lang)
    en_current, en_historic = _catalogue("en")
    pools = (country_items(lang), current + historic, country_items("en"), en_current + en_historic)
    for pool in pools:
        names = [(name.casefold(), code) for name, code in pool]
        exact = [code for name, code in names if name == folded]
        if exact:
            return exact[0]
        starts = {code for name, code in names if name.startswith(folded)}
        if len(starts) == 1 and len(folded) >= 3:
            return starts.pop()
    return text.strip()


@functools.lru_cache(maxsize=8)
def _catalogue(lang: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    from visadesk.case import countries

    current = tuple(
        (countries.name(c, lang), c) for c in countries.all_codes(include_historic=False)
    )
    known = {code for _, code in current}
    historic = tuple(
        (countries.name(c, lang), c)
        for c in countries.all_codes(include_historic=True)
        if c not in known
    )
    return current, historic


def country_items(lang: str) -> tuple[tuple[str, str], ...]:
    """(name in the user's language, alpha-3), sorted by name; current countries first."""
    current, historic = _catalogue(lang)
    short = _short_names()

    def named(items: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
        out = [(short.get(code, name), code) for name, code in items]
        return sorted(out, key=lambda x: x[0].casefold())

    return tuple(named(current)) + tuple(named(historic))


class _PlainText(QPlainTextEdit):
    focus_out = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().focusOutEvent(event)
        self.focus_out.emit()


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
            w = QComboBox()
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
            w = QComboBox()
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
                check = QCheckBox(c.label.get(self.lang))
                check.setProperty("choice", c.value)
                check.toggled.connect(lambda _on: self.edited.emit())
                box.addWidget(check)
                self.checks.append(check)
            return w
        w = QLineEdit()
        if self.field.type == "date":
            w.setPlaceholderText(self.tr("DD.MM.YYYY"))
        elif kind_of(self.field).placeholder:
            w.setPlaceholderText(kind_of(self.field).placeholder)
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
                check.setAccessibleName(f"{name}: {check.text()}")
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
