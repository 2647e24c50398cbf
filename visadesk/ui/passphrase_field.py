"""A passphrase field with a "Show" toggle (keyboard reachable, named for screen readers), and
the translated sentence that says why a passphrase is refused. Used by the vault screen and
every passphrase dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

if TYPE_CHECKING:  # the vault package loads after the first paint
    from visadesk.vault.passphrase import Strength

translate = QCoreApplication.translate


class PassphraseField(QLineEdit):
    """A QLineEdit that hides what is typed; ``container`` holds it with its "Show" button
    (put the container in layouts, the field itself is the label's buddy)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(name)
        self.container = QWidget(parent)
        row = QHBoxLayout(self.container)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self, 1)
        self.show_button = QToolButton(self.container)
        self.show_button.setText(translate("Passphrase", "Show"))
        self.show_button.setCheckable(True)
        self.show_button.setAccessibleName(translate("Passphrase", "Show the passphrase"))
        self.show_button.toggled.connect(self._reveal)
        row.addWidget(self.show_button)

    def _reveal(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(
            translate("Passphrase", "Hide") if shown else translate("Passphrase", "Show")
        )

    def forget(self) -> None:
        """Clear the text, its undo history, and hide it again (on lock and after use)."""
        self.show_button.setChecked(False)
        self.setText("")  # unlike clear(), setText drops the undo history too


def _reason(strength: Strength) -> str:
    reasons = {
        "empty": translate("Passphrase", "Enter a passphrase."),
        "common": translate("Passphrase", "It is built on a common password or word."),
        "personal": translate("Passphrase", "It contains a name or detail from the case."),
        "repeat": translate("Passphrase", "It repeats the same characters or words."),
        "sequence": translate("Passphrase", "It is a sequence such as 1234 or abcd."),
        "keyboard": translate("Passphrase", "It is a pattern of neighbouring keys."),
        "date": translate("Passphrase", "Dates and years are among the first guesses."),
        "short": translate("Passphrase", "It is too short."),
    }
    return reasons.get(strength.reason, reasons["short"])


def refusal(strength: Strength) -> str:
    """Why a passphrase is refused, in the user's language, with the suggestion to generate."""
    if strength.reason == "empty":
        return _reason(strength)
    return " ".join(
        (
            translate("Passphrase", "This passphrase is too easy to guess."),
            _reason(strength),
            translate(
                "Passphrase",
                "Use five or more unrelated words, or a generated word list, which is easy "
                "to write down and to dictate.",
            ),
        )
    )


def rating(strength: Strength) -> str:
    """A few words for the strength meter: the rating, and why when it is not enough."""
    if strength.acceptable:
        return translate("Passphrase", "Strong")
    words = [
        translate("Passphrase", "Very weak"),
        translate("Passphrase", "Weak"),
        translate("Passphrase", "Fair, but not enough"),
    ]
    return words[min(strength.score, 2)] + " — " + _reason(strength)
