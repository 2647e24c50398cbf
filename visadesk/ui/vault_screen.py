"""Create a vault (passphrase twice, strength, a plain warning, remember on this device, or a
sample family) and unlock it (key derivation in a worker with a busy indicator)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from visadesk.ui.errors import user_message
from visadesk.ui.ops import run_op
from visadesk.ui.passphrase_field import PassphraseField, rating, refusal
from visadesk.ui.settings_dialog import language_combo


class VaultScreen(QWidget):
    """Emits ``unlocked(vault)`` once a vault is open, ``demo_requested()`` for the sample family."""

    unlocked = Signal(object)
    demo_requested = Signal()
    language_chosen = Signal(str)

    def __init__(
        self,
        path,
        *,
        kdf=None,
        use_keychain: bool = True,
        language: str = "en",
        vault=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.kdf = kdf
        self.use_keychain = use_keychain
        self._vault = vault  # opened on first use: the window shows before the vault code loads
        layout = QVBoxLayout(self)
        lang_row = QHBoxLayout()
        # In every language at once: someone who cannot read English finds their own.
        lang_label = QLabel("Language · Язык · Мова · Langue · Sprache:")
        self.language = language_combo()
        self.language.setAccessibleName("Language · Язык · Мова · Langue · Sprache")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        lang_label.setBuddy(self.language)
        lang_row.addWidget(lang_label)
        lang_row.addWidget(self.language)
        lang_row.addStretch(1)
        layout.addLayout(lang_row)
        self.language.activated.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        self.title = QLabel()
        self.title.setObjectName("title")
        layout.addWidget(self.title)
        form = QFormLayout()
        self.passphrase = PassphraseField(self.tr("Passphrase"))
        self.repeat = PassphraseField(self.tr("Repeat the passphrase"))
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.remember = QCheckBox(self.tr("&Remember on this device (system keychain)"))
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase.container)
        self.repeat_label = QLabel(self.tr("Re&peat:"))
        self.repeat_label.setBuddy(self.repeat)
        form.addRow(self.repeat_label, self.repeat.container)
        form.addRow("", self.strength)
        layout.addLayout(form)
        self.warning = QLabel(
            self.tr(
                "Nobody — not even the VisaDesk developers — can recover a lost passphrase. "
                "Write it down and keep it somewhere safe, away from this computer."
            )
        )
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        layout.addWidget(self.remember)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Opening the vault"))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.go = QPushButton()
        self.go.setDefault(True)
        self.sample = QPushButton(self.tr("Try with a &sample family"))
        self.forget = QPushButton(self.tr("Forget this de&vice"))
        buttons.addWidget(self.go)
        buttons.addWidget(self.sample)
        buttons.addWidget(self.forget)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.passphrase.textChanged.connect(self._update_strength)
        self.passphrase.returnPressed.connect(self._submit)
        self.repeat.returnPressed.connect(self._submit)
        self.go.clicked.connect(self._submit)
        self.sample.clicked.connect(self.demo_requested)
        self.forget.clicked.connect(self._forget)
        self._mode()

    @property
    def vault(self):
        """The vault file's object (header read, still locked); None when there is none yet."""
        if self._vault is None and self.path.exists():
            from visadesk.vault import Vault

            self._vault = Vault.open(self.path)
        return self._vault

    @vault.setter
    def vault(self, value) -> None:
        self._vault = value

    @property
    def creating(self) -> bool:
        return self._vault is None and not self.path.exists()

    def _mode(self) -> None:
        creating = self.creating
        self.title.setText(
            self.tr("Create your encrypted vault") if creating else self.tr("Unlock your vault")
        )
        self.go.setText(self.tr("&Create vault") if creating else self.tr("&Unlock"))
        for w in (
            self.repeat.container,
            self.repeat_label,
            self.strength,
            self.warning,
            self.remember,
            self.sample,
        ):
            w.setVisible(creating)
        self.forget.setVisible(not creating and self.use_keychain)
        self.passphrase.setFocus()

    def _update_strength(self, text: str) -> None:
        from visadesk.vault.passphrase import estimate  # the vault package: after the first paint

        self.strength.setText(rating(estimate(text)) if text else "")

    def _file_refused(self) -> bool:
        """True (and the reason shown) when the vault file cannot even be opened: a damaged or
        modified header, not a vault, a newer format."""
        from visadesk.errors import VisaDeskError

        try:
            _ = self.vault
        except VisaDeskError as exc:
            self.message.setText(user_message(exc))
            return True
        return False

    def try_keychain(self) -> bool:
        """Open with a key remembered on this device, if any (never an error)."""
        if self._file_refused() or self.vault is None or not self.use_keychain:
            return False
        if self.vault.unlock_from_keyring():
            self.unlocked.emit(self.vault)
            return True
        return False

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.go, self.passphrase, self.repeat, self.sample):
            w.setEnabled(not busy)

    def _submit(self) -> None:
        secret = self.passphrase.text()
        self.message.clear()
        if self.creating:
            from visadesk.vault.passphrase import estimate

            strength = estimate(secret)
            if not strength.acceptable:
                self.message.setText(refusal(strength))
                self.passphrase.setFocus()
                return
            if secret != self.repeat.text():
                self.message.setText(self.tr("The two passphrases differ."))
                self.repeat.setFocus()
                return
        if self._file_refused():
            return
        self._set_busy(True)
        remember = self.remember.isChecked() and self.use_keychain
        path, kdf, vault = self.path, self.kdf, self.vault

        def work(progress):
            from visadesk.vault import Vault

            if vault is None:
                v = Vault.create(path, secret, kdf=kdf)
                if remember:
                    v.remember_on_device()
                return v
            vault.unlock(secret)
            return vault

        def done(v) -> None:
            self._set_busy(False)
            self.passphrase.forget()
            self.repeat.forget()
            self.vault = v
            self.unlocked.emit(v)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.message.setText(user_message(exc))
            self.passphrase.selectAll()
            self.passphrase.setFocus()

        run_op(self, work, on_success=done, on_failure=failed)

    def _forget(self) -> None:
        if self.vault is not None:
            self.vault.forget_device()
            self.message.setText(self.tr("This device no longer remembers the key."))

    def reset(self) -> None:
        """Back to the unlock form (after a lock)."""
        self.passphrase.forget()
        self.repeat.forget()
        self.message.clear()
        self._mode()
