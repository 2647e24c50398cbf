"""Keyboard focus that a screen-reader user can rely on: Tab always leaves a field and goes to
the next control (no field keeps it), and every object that reports keyboard focus over
AT-SPI has a name.

- A date field takes Tab for itself (from day to month to year) and keeps it for good while it
  shows its "not given" text: Tab never left it. Here Tab leaves a date field at once; its parts
  are still reached with the arrow keys, and typing a part moves on to the next one.
- A multi-line text field types a tab character instead of moving on.
- A scroll area around a form is a focus stop of its own (an unnamed "filler" for a screen
  reader) before the form's first field: it takes no focus when what it holds can (the focus
  moving through the fields scrolls them into view).
- The packet's PDF preview is a "document" for a screen reader, not a "filler".
- A text field's viewport (the inner area Qt passes the focus on to) reports "focused" over
  AT-SPI as an unnamed "filler": it carries the field's name.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAccessibleWidget,
    QDateTimeEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

ROLES = {"QPdfView": QAccessible.Role.Document}  # Qt gives these a "filler"'s role
_installed: list = []


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    role = ROLES.get(key)
    if role is None or not isinstance(obj, QWidget):
        return None
    return QAccessibleWidget(obj, role)


def install_roles() -> None:
    """Screen readers get the roles of :data:`ROLES` (once per process, before such widgets
    are shown)."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(_factory)


class _TabLeaves(QObject):
    """Tab / Shift+Tab on a date field goes to the next / previous control."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.KeyPress and isinstance(obj, QDateTimeEdit):
            key = event.key()
            mods = event.modifiers()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not mods & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            ):
                forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
                QWidget.focusNextPrevChild(obj, forward)  # the widget's own, not the sections'
                return True
        return False


_FILTER = _TabLeaves()


def tab_leaves(edit: QDateTimeEdit) -> QDateTimeEdit:
    """Tab leaves this date field at once (see the module's note)."""
    edit.installEventFilter(_FILTER)
    return edit


def name_viewport(area: QAbstractScrollArea) -> None:
    """The viewport says the field's name too (it reports the field's focus over AT-SPI)."""
    area.viewport().setAccessibleName(area.accessibleName())


def tidy(root: QWidget) -> None:
    """Apply the rules above to every date and text field under ``root`` (idempotent)."""
    for edit in root.findChildren(QDateTimeEdit):
        if not edit.property("visadesk_tab_leaves"):
            edit.setProperty("visadesk_tab_leaves", True)
            tab_leaves(edit)
    tab_stop = Qt.FocusPolicy.TabFocus
    for area in root.findChildren(QScrollArea):
        inner = area.widget()
        if inner is not None and any(
            w.focusPolicy() & tab_stop for w in inner.findChildren(QWidget)
        ):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for text in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        if not text.isReadOnly():
            text.setTabChangesFocus(True)
    for area in root.findChildren(QAbstractScrollArea):
        if area.focusPolicy() & tab_stop and not isinstance(area, QAbstractItemView):
            name_viewport(area)  # text fields, the PDF preview (item views name their rows)
