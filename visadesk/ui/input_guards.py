"""Application-wide input rules that no single widget can enforce:

- the mouse wheel never changes an answer it merely passes over: a combo box, spin box or date
  field without keyboard focus hands the wheel to the scroll area around it (scrolling a long
  form once turned "Male" into "Not specified");
- the app's own shortcuts (export, lock, panic) win over a text field's editing keys (QLineEdit
  binds Ctrl+E to "end of line" on Linux, so Ctrl+E did nothing while typing).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)


def combined(seq: QKeySequence) -> list[int]:
    """The key combinations of a sequence, as ints (what QKeyEvent.keyCombination gives)."""
    return [seq[i].toCombined() for i in range(seq.count())]  # type: ignore[index]


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class InputGuard(QObject):
    """Installed once on the QApplication (see :func:`install`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.protected: set[int] = set()  # key combinations (int of QKeyCombination)
        self.panic_keys: set[int] = set()
        self.on_panic: Callable[[], None] | None = None

    def protect(self, *sequences: QKeySequence) -> None:
        for seq in sequences:
            self.protected.update(combined(seq))

    def set_panic_keys(self, *sequences: QKeySequence) -> None:
        self.panic_keys = {c for seq in sequences for c in combined(seq)}

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(obj, QComboBox | QAbstractSpinBox):
            if obj.hasFocus():
                return False
            area = _scroll_area(obj)
            if area is not None:
                QCoreApplication.sendEvent(area.verticalScrollBar(), event)
            event.ignore()
            return True  # the value stays as it was
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combined = event.keyCombination().toCombined()
            if combined in self.protected or combined in self.panic_keys:
                event.ignore()  # not overridden: the shortcut fires
                return True
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            # a key press reaches us only when no shortcut took it: under a modal dialog the
            # window's shortcuts are blocked, the lock keys must still lock
            if event.keyCombination().toCombined() in self.panic_keys and self.on_panic:
                QTimer.singleShot(0, self.on_panic)
                return True
        return False


_GUARD: InputGuard | None = None


def install() -> InputGuard:
    """The application's guard (created and installed on first call)."""
    global _GUARD
    app = QApplication.instance()
    if _GUARD is None:
        _GUARD = InputGuard(app)
        app.installEventFilter(_GUARD)
    return _GUARD


def protect_shortcuts(*sequences: QKeySequence | str) -> None:
    install().protect(*(QKeySequence(s) if isinstance(s, str) else s for s in sequences))
