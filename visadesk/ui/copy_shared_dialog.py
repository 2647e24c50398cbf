"""Choose what to copy from one family member to others (address, parents, nationality, place of
birth) and to whom: four brothers share an address and parents."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from visadesk.case.model import Case


class CopySharedDialog(QDialog):
    def __init__(self, case: Case, from_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy to family members"))
        source = case.person(from_id)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Copy from {name} to the people you tick:").format(name=source.display_name())
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        what = QGroupBox(self.tr("What to copy"))
        what_layout = QVBoxLayout(what)
        names = {
            "address": self.tr("Home address"),
            "parents": self.tr("Parents / guardians"),
            "nationality": self.tr("Nationality"),
            "birth": self.tr("Place and country of birth"),
        }
        self.parts: dict[str, QCheckBox] = {}
        for key, text in names.items():
            box = QCheckBox(text)
            box.setChecked(key == "address")
            what_layout.addWidget(box)
            self.parts[key] = box
        layout.addWidget(what)
        who = QGroupBox(self.tr("Copy to"))
        who_layout = QVBoxLayout(who)
        self.targets: dict[str, QCheckBox] = {}
        for person in case.people():
            if person.id == from_id:
                continue
            box = QCheckBox(person.display_name())
            box.setChecked(True)
            who_layout.addWidget(box)
            self.targets[person.id] = box
        layout.addWidget(who)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> tuple[list[str], list[str]]:
        """(parts, person ids) that are ticked."""
        parts = [k for k, box in self.parts.items() if box.isChecked()]
        targets = [k for k, box in self.targets.items() if box.isChecked()]
        return parts, targets
