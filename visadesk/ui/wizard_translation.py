"""The wizard's second input for a free-text field written in Russian or Ukrainian: the answer in
the form's language beside the original, what the form prints until it is given, and saving it.

Its words keep the "WizardView" translation context: they are the wizard's words."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QWidget

from visadesk.forms import wizard
from visadesk.forms.result import FieldResult
from visadesk.ui.field_widgets import FieldInput
from visadesk.ui.texts import problem_text

NOTICE_STYLE = "color: #3d2600; background: #ffe8b0; padding: 2px 4px;"

translate = QCoreApplication.translate


def asks_translation(result: FieldResult) -> bool:
    """A free-text field written in Russian or Ukrainian that the form prints in its language:
    the wizard asks for the answer in that language (not for a vocabulary term, nor for text
    already in the form's letters)."""
    return (
        result.translation_lang is not None
        and result.original is not None
        and result.rendering in ("untranslated", "translated")
    )


def language_words(lang: str) -> tuple[str, str]:
    """(the second input's caption, "in French" as a message says it) for a form language."""
    captions = {
        "fr": translate("WizardView", "In French (as printed on the form)"),
        "de": translate("WizardView", "In German (as printed on the form)"),
        "en": translate("WizardView", "In English (as printed on the form)"),
        "es": translate("WizardView", "In Spanish (as printed on the form)"),
        "it": translate("WizardView", "In Italian (as printed on the form)"),
    }
    words = {
        "fr": translate("WizardView", "in French"),
        "de": translate("WizardView", "in German"),
        "en": translate("WizardView", "in English"),
        "es": translate("WizardView", "in Spanish"),
        "it": translate("WizardView", "in Italian"),
    }
    return captions.get(lang, captions["en"]), words.get(lang, words["en"])


class _Box(QWidget):
    """The two inputs side by side when there is room, the original above the translation when
    the column is narrow (#13.11: at 1024×600 or 200 % side by side they left a few characters
    each, or held the wizard wider than its column)."""

    WIDE_CHARS = 56  # below this many average characters the two stack

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("translationBox")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.parts: tuple[QWidget, ...] = ()
        self.stacked: bool | None = None

    def place(self, *parts: QWidget) -> None:
        """(original's caption, caption, original, input, message)"""
        self.parts = parts
        self.arrange(stacked=True)

    def arrange(self, *, stacked: bool) -> None:
        if stacked == self.stacked or not self.parts:
            return
        self.stacked = stacked
        original_caption, caption, original, input_, message = self.parts
        for w in self.parts:
            self.grid.removeWidget(w)
        top = Qt.AlignmentFlag.AlignTop
        if stacked:
            self.grid.addWidget(original_caption, 0, 0)
            self.grid.addWidget(original, 1, 0, top)
            self.grid.addWidget(caption, 2, 0)
            self.grid.addWidget(input_, 3, 0)
            self.grid.addWidget(message, 4, 0)
            self.grid.setColumnStretch(1, 0)
        else:
            self.grid.addWidget(original_caption, 0, 0)
            self.grid.addWidget(caption, 0, 1)
            self.grid.addWidget(original, 1, 0, top)
            self.grid.addWidget(input_, 1, 1)
            self.grid.addWidget(message, 2, 0, 1, 2)
            self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(0, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().resizeEvent(event)
        wide = event.size().width() >= self.fontMetrics().averageCharWidth() * self.WIDE_CHARS
        self.arrange(stacked=not wide)


class TranslationInput:
    """The second input of a free-text field written in Russian or Ukrainian: the answer in the
    form's language, with the original beside it and what the form prints until then."""

    def __init__(self, box: _Box, original: QLabel, input_: FieldInput, message: QLabel):
        self.box = box
        self.original = original
        self.input = input_
        self.message = message

    @classmethod
    def build(cls, result: FieldResult, label_text: str, lang: str) -> TranslationInput:
        """The answer in the form's language beside the Russian (or Ukrainian) original."""
        caption_text, _words = language_words(result.translation_lang or "en")
        box = _Box()
        ukrainian = bool(re.search("[ІіЇїЄєҐґ]", result.original or ""))
        original_caption = QLabel(
            translate("WizardView", "Ukrainian original")
            if ukrainian
            else translate("WizardView", "Russian original")
        )
        original = QLabel(result.original or "")
        original.setObjectName("translationOriginal")
        original.setTextFormat(Qt.TextFormat.PlainText)
        original.setWordWrap(True)
        original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        original.setAccessibleName(
            translate("WizardView", "Original of {label}").format(label=label_text)
        )
        caption = QLabel(caption_text)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setWordWrap(True)
        input_ = FieldInput(result.field, lang)
        input_.widget.setObjectName("translationInput")
        caption.setBuddy(input_.focus_widget())
        input_.set_accessible(
            f"{label_text} — {caption_text}",
            translate("WizardView", "Original: {text}").format(text=result.original or ""),
        )
        message = QLabel()
        message.setObjectName("translationMessage")
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        original_caption.setWordWrap(True)
        box.place(original_caption, caption, original, input_.widget, message)
        return cls(box, original, input_, message)

    def decorate(self, result: FieldResult) -> None:
        _caption, words = language_words(result.translation_lang or "en")
        self.original.setText(result.original or "")
        if QApplication.focusWidget() is not self.input.focus_widget():
            shown = result.value if result.rendering == "translated" else None
            self.input.show(shown or result.earlier_translation or "")
        if result.rendering == "translated":
            self.message.setText(translate("WizardView", "The form prints this translation."))
            self.message.setStyleSheet("")
        else:
            text = translate(
                "WizardView",
                "Translation missing: the consulate reads this answer {in_language}. Type it "
                "as it should be printed on the form. Until then the form prints it "
                "transliterated: {text}",
            ).format(in_language=words, text=result.text)
            if result.earlier_translation:
                text += " " + translate(
                    "WizardView",
                    "The original changed after it was translated: check the earlier "
                    "translation and confirm it.",
                )
            self.message.setText(text)
            self.message.setStyleSheet(NOTICE_STYLE)


def commit_translation(view, field_id: str) -> None:
    """Save the answer typed in the form's language (an empty one removes it) through the
    wizard ``view`` that shows it."""
    from visadesk import casework

    row = view.rows.get(field_id)
    app = view.application
    if row is None or row.translation is None or app is None or view.filled is None:
        return
    current = view.filled.field(field_id)
    text = str(row.translation.input.raw() or "").strip()
    before = current.value if current.rendering == "translated" else ""
    if text == before and not (text and current.earlier_translation):
        return
    if text:
        _value, problem = wizard.check_translation(view.filled, field_id, text)
        if problem is not None:
            row.error.setText(problem_text(problem))
            row.error.show()
            view.saved_label.setText(
                translate("WizardView", "Not saved: {problem}").format(problem=row.error.text())
            )
            return
    assert view.case is not None
    try:
        case = casework.translate_field(view.case, app.id, field_id, text, current.translation_lang)
    except casework.CaseworkError as exc:
        from visadesk.ui.casework_messages import casework_message

        row.error.setText(casework_message(exc))
        row.error.show()
        return
    view._store(case, field_id)
