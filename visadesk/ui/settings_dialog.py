"""Settings: interface language, auto-lock after N idle minutes, text size, remember this vault
on this device, and "never use the system keychain". Only the dialog lives here; the values are
checked by visadesk.local.settings and applied by the main window."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from visadesk.local.settings import LANGUAGES, Settings

# Each language by its own name, so a person who cannot read the current one finds theirs.
NATIVE = {"en": "English", "ru": "Русский", "uk": "Українська", "fr": "Français", "de": "Deutsch"}


def language_combo() -> QComboBox:
    combo = QComboBox()
    for code in LANGUAGES:
        combo.addItem(NATIVE[code], code)
    return combo


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        *,
        remembered: bool | None,
        parent: QWidget | None = None,
    ) -> None:
        """``remembered``: whether the open vault's key is in the keychain (None: no vault open
        or no keychain, so the box is disabled)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.original = settings
        form = QFormLayout(self)
        self.language = language_combo()
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.text_size = QSpinBox()
        self.text_size.setRange(8, 24)
        self.text_size.setValue(settings.text_size)
        self.text_size.setSuffix(self.tr(" pt"))
        self.remember = QCheckBox(
            self.tr("Unlock this vault without the passphrase on this device")
        )
        self.remember.setChecked(bool(remembered))
        self.remember.setEnabled(remembered is not None and settings.use_keychain)
        self.no_keychain = QCheckBox(self.tr("Never use the system keychain"))
        self.no_keychain.setChecked(not settings.use_keychain)
        self.no_keychain.toggled.connect(
            lambda on: self.remember.setEnabled(not on and remembered is not None)
        )
        self.no_keychain.toggled.connect(lambda on: on and self.remember.setChecked(False))
        rows = (
            (self.tr("&Language"), self.language),
            (self.tr("&Lock after idle"), self.auto_lock),
            (self.tr("&Text size"), self.text_size),
            (self.tr("&Remember"), self.remember),
            (self.tr("&Keychain"), self.no_keychain),
        )
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        note = QLabel(
            self.tr(
                "A remembered vault opens without the passphrase for anyone who can log in to "
                "this computer account. Do not use it on a device that may be searched."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> Settings:
        return replace(
            self.original,
            language=self.language.currentData(),
            auto_lock_minutes=self.auto_lock.value(),
            text_size=self.text_size.value(),
            use_keychain=not self.no_keychain.isChecked(),
            notices=[],
        )

    def wants_remembered(self) -> bool:
        return self.remember.isEnabled() and self.remember.isChecked()
