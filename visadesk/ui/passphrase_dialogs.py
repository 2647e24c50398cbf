"""The dialogs that ask for a new secret or a last confirmation: the export passphrase (typed
twice, or generated from a word list in the user's language and shown whole, with Copy and an
"I have written it down" confirmation) and the panic wipe (every sentence true: what goes, what
stays, and the exported files it can delete too)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from visadesk.ui.passphrase_field import PassphraseField, refusal

translate = QCoreApplication.translate
WORD_LANGUAGES = (("en", "English"), ("ru", "Русский"), ("uk", "Українська"))


class BundlePassphraseDialog(QDialog):
    """A passphrase for an exported bundle. ``personal``: names and details of the case (a
    passphrase built on them is refused); ``language``: the interface language (the word list
    to generate from, when there is one in it)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        personal: Sequence[str] = (),
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.personal = list(personal)
        self.generated = ""
        self.setWindowTitle(translate("Exchange", "Passphrase for the exported case"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "Exchange",
                "The file will be encrypted with this passphrase. Give it to the recipient "
                "another way than the file (in person, by phone), never in the same message.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.first = PassphraseField(translate("Exchange", "Passphrase"))
        self.second = PassphraseField(translate("Exchange", "Repeat"))
        for label, edit in (
            (translate("Exchange", "&Passphrase:"), self.first),
            (translate("Exchange", "&Repeat:"), self.second),
        ):
            caption = QLabel(label)
            caption.setBuddy(edit)
            form.addRow(caption, edit.container)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.generate = QPushButton(translate("Exchange", "&Generate a passphrase"))
        self.words_language = QComboBox()
        self.words_language.setAccessibleName(translate("Exchange", "Language of the words"))
        for code, name in WORD_LANGUAGES:
            self.words_language.addItem(name, code)
        self.words_language.setCurrentIndex(max(0, self.words_language.findData(language)))
        words_label = QLabel(translate("Exchange", "&Words in:"))
        words_label.setBuddy(self.words_language)
        row.addWidget(self.generate)
        row.addWidget(words_label)
        row.addWidget(self.words_language)
        row.addStretch(1)
        layout.addLayout(row)
        self.shown_intro = QLabel(
            translate("Exchange", "Write it down now, exactly as shown; it is shown only here:")
        )
        self.shown_intro.setWordWrap(True)
        self.shown = QLabel()
        self.shown.setTextFormat(Qt.TextFormat.PlainText)
        self.shown.setWordWrap(True)
        self.shown.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.shown.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        big = QFont(self.shown.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.shown.setFont(big)
        self.shown.setAccessibleName(translate("Exchange", "Generated passphrase"))
        self.copy = QPushButton(translate("Exchange", "&Copy"))
        self.copy.setAccessibleName(translate("Exchange", "Copy the passphrase"))
        self.written = QCheckBox(translate("Exchange", "I have &written it down"))
        layout.addWidget(self.shown_intro)
        layout.addWidget(self.shown)
        layout.addWidget(self.copy)
        layout.addWidget(self.written)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("Exchange", "Message"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.generate.clicked.connect(self._generate)
        self.copy.clicked.connect(self._copy)
        self.first.textEdited.connect(self._typed)
        self.second.textEdited.connect(self._typed)
        self._show_generated(False)

    def _show_generated(self, visible: bool) -> None:
        for w in (self.shown_intro, self.shown, self.copy, self.written):
            w.setVisible(visible)

    def _generate(self) -> None:
        from visadesk.vault.wordlist import generate_passphrase

        words = generate_passphrase(language=str(self.words_language.currentData()))
        self.generated = words
        self.first.setText(words)
        self.second.setText(words)
        self.shown.setText(words)
        self.written.setChecked(False)
        self.message.clear()
        self._show_generated(True)
        self.shown.setFocus()

    def _typed(self, _text: str) -> None:
        if self.generated and self.first.text() != self.generated:
            self.generated = ""
            self.shown.clear()
            self._show_generated(False)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.shown.text())
        self.message.setText(
            translate(
                "Exchange",
                "Copied. Paste it where the recipient will find it, not in the same message "
                "as the file.",
            )
        )

    def _check(self) -> None:
        if self.first.text() != self.second.text():
            self.message.setText(translate("Exchange", "The two passphrases differ."))
            return
        from visadesk.vault.passphrase import estimate  # the vault loads after the window

        strength = estimate(self.first.text(), self.personal)
        if not strength.acceptable:
            self.message.setText(refusal(strength))
            return
        if self.generated and not self.written.isChecked():
            self.message.setText(
                translate(
                    "Exchange",
                    "Tick “I have written it down” first: without these words nobody can "
                    "open the file.",
                )
            )
            self.written.setFocus()
            return
        self.accept()

    def passphrase(self) -> str:
        return self.first.text()

    def done(self, result: int) -> None:
        self.shown.clear()
        super().done(result)


class WipeDialog(QDialog):
    """The panic wipe's confirmation: what is destroyed, what stays, the exported files it can
    delete too (ticked ones), and the word to type."""

    def __init__(self, exports: Sequence[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.word = translate("Exchange", "WIPE")
        self.setWindowTitle(translate("Exchange", "Wipe everything"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        texts = [
            translate(
                "Exchange",
                "This destroys, on this computer: the vault with every case and scan, its "
                "automatic backups, the key remembered on this device, the logs, the settings "
                "and the folders the file dialogs remember.",
            ),
            translate(
                "Exchange",
                "The vault's key is destroyed first, so whatever the disk may still hold "
                "(on SSDs overwriting is not reliable) cannot be decrypted, not even with "
                "the passphrase.",
            ),
            translate(
                "Exchange",
                "What stays: PDFs and case files you exported or saved outside the VisaDesk "
                "folder, unless you tick them below, and copies of the vault made elsewhere "
                "(another disk, a cloud folder), which stay as safe as their passphrase.",
            ),
        ]
        for text in texts:
            label = QLabel(text)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.exports = QListWidget()
        self.exports.setAccessibleName(translate("Exchange", "Exported files"))
        for path in exports:
            item = QListWidgetItem(str(path))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.exports.addItem(item)
        if exports:
            caption = QLabel(
                translate("Exchange", "&Files VisaDesk exported (ticked: deleted too):")
            )
            caption.setWordWrap(True)
            caption.setBuddy(self.exports)
            layout.addWidget(caption)
            layout.addWidget(self.exports)
        else:
            self.exports.hide()
        form = QFormLayout()
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(translate("Exchange", "Confirmation word"))
        confirm_label = QLabel(
            translate("Exchange", "Type {word} to confirm:").format(word=self.word)
        )
        confirm_label.setBuddy(self.confirm)
        form.addRow(confirm_label, self.confirm)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(
            translate("Exchange", "&Wipe everything"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.go.setEnabled(False)
        self.go.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.confirm.textChanged.connect(
            lambda text: self.go.setEnabled(text.strip().upper() == self.word.upper())
        )

    def chosen_exports(self) -> list[Path]:
        out: list[Path] = []
        for i in range(self.exports.count()):
            item = self.exports.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(Path(item.data(Qt.ItemDataRole.UserRole)))
        return out


class AskPassphraseDialog(QDialog):
    """One passphrase asked (opening a bundle), with the "Show" toggle."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        caption = QLabel(prompt)
        caption.setWordWrap(True)
        self.field = PassphraseField(translate("Exchange", "Passphrase"))
        caption.setBuddy(self.field)
        layout.addWidget(caption)
        layout.addWidget(self.field.container)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def ask_passphrase(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """The passphrase typed, or None when cancelled."""
    dialog = AskPassphraseDialog(title, prompt, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    secret = dialog.field.text()
    dialog.field.forget()
    dialog.deleteLater()
    return secret if accepted else None
