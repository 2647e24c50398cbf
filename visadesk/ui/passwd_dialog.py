"""File → Change passphrase…: the current passphrase, the new one twice with the strength meter,
then the core's change with key rotation (visadesk.vault.rotate: every record and scan re-sealed
under a new data key in one crash-safe step) in a worker, with progress. The window stays
responsive; the rotation cannot be cancelled half-way (it is all-or-nothing), but a lock (Ctrl+L,
the panic key, closing the window) stops it at its next step: the old vault stays as it was and
the old passphrase still opens it. Afterwards the vault stays unlocked under the new key, and a
key remembered in the system keychain is replaced by the new one (the core does that)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from visadesk.ui.passphrase_field import PassphraseField, rating, refusal

translate = QCoreApplication.translate


class Stopped(Exception):
    """The window was locked or closed while the passphrase was being changed."""


class ChangePassphraseDialog(QDialog):
    """``vault``: the unlocked vault; ``kdf``: key-derivation parameters (tests pass fast ones;
    None keeps the vault's own); ``personal``: names from the cases (refused in a passphrase);
    ``should_stop()``: True once the window is being locked or closed (checked by the worker)."""

    def __init__(
        self,
        vault: Any,
        parent: QWidget | None = None,
        *,
        kdf: Any = None,
        personal: list[str] | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.kdf = kdf
        self.personal = list(personal or [])
        self.should_stop = should_stop
        self.running = False
        self.outcome: Any = None  # the core's PassphraseChange once done
        self.progress_seen: list[tuple[int, int]] = []
        self._worker: dict[str, Any] | None = None
        self.failure_text = ""  # why a change that stopped half-way left the vault locked
        self.setWindowTitle(translate("PasswdDialog", "Change passphrase"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "PasswdDialog",
                "Every case and scan is encrypted again with a new key. Afterwards only the new "
                "passphrase opens the vault: backups made with the old passphrase are deleted "
                "and a new backup is made. Nobody can recover a lost passphrase: write the new "
                "one down and keep it somewhere safe, away from this computer.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.current = PassphraseField(translate("PasswdDialog", "Current passphrase"))
        self.new = PassphraseField(translate("PasswdDialog", "New passphrase"))
        self.repeat = PassphraseField(translate("PasswdDialog", "Repeat the new passphrase"))
        for text, field in (
            (translate("PasswdDialog", "&Current passphrase:"), self.current),
            (translate("PasswdDialog", "&New passphrase:"), self.new),
            (translate("PasswdDialog", "&Repeat the new passphrase:"), self.repeat),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field.container)
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(translate("PasswdDialog", "Strength of the new passphrase"))
        layout.addLayout(form)
        layout.addWidget(self.strength)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(translate("PasswdDialog", "Progress of the passphrase change"))
        self.bar.hide()
        layout.addWidget(self.bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("PasswdDialog", "Message"))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = self.buttons.addButton(
            translate("PasswdDialog", "Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.go.setDefault(True)
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.go.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self._update_strength)
        for label in (self.strength, self.message):
            label.installEventFilter(self)
        for field in (self.current, self.new, self.repeat):
            field.returnPressed.connect(self.submit)
        self.current.setFocus()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's API
        """A wrapped message that got longer makes the dialog taller (never clipped)."""
        if event.type() == QEvent.Type.LayoutRequest or event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit)
        return False

    def _fit(self) -> None:
        if not isValid(self):
            return
        need = self.layout().totalHeightForWidth(self.width())
        if need > self.height():
            self.resize(self.width(), need)

    # -- checks on the GUI thread (nothing slow) --

    def _update_strength(self, text: str) -> None:
        from visadesk.vault.passphrase import estimate

        self.strength.setText(rating(estimate(text, self.personal)) if text else "")

    def _refuse(self, text: str, field: PassphraseField) -> None:
        self.message.setText(text)
        field.setFocus()
        field.selectAll()

    def submit(self) -> None:
        if self.running:
            return
        if self.outcome is not None:  # done: the button now closes the dialog
            self.accept()
            return
        from visadesk.vault.passphrase import estimate

        old, new, again = self.current.text(), self.new.text(), self.repeat.text()
        self.message.clear()
        if not old:
            self._refuse(
                translate(
                    "PasswdDialog",
                    "Current passphrase: enter the passphrase that opens the vault now.",
                ),
                self.current,
            )
            return
        strength = estimate(new, self.personal)
        if not strength.acceptable:
            self._refuse(
                translate("PasswdDialog", "New passphrase:") + " " + refusal(strength), self.new
            )
            return
        if new == old:
            self._refuse(
                translate(
                    "PasswdDialog",
                    "New passphrase: it is the same as the current one; choose another.",
                ),
                self.new,
            )
            return
        if new != again:
            self._refuse(
                translate(
                    "PasswdDialog",
                    "Repeat the new passphrase: it differs from the new passphrase; type it again.",
                ),
                self.repeat,
            )
            return
        self._start(old, new)

    # -- the change itself, in a worker --

    def _set_running(self, running: bool) -> None:
        self.running = running
        for w in (self.current, self.new, self.repeat, self.go, self.cancel):
            w.setEnabled(not running)
        for field in (self.current, self.new, self.repeat):
            field.show_button.setEnabled(not running)
        self.bar.setVisible(running)

    def _start(self, old: str, new: str) -> None:
        from visadesk.ui.ops import run_op

        vault, kdf, should_stop = self.vault, self.kdf, self.should_stop
        self._set_running(True)
        self.bar.setRange(0, 0)  # busy until the first record is re-sealed (key derivation)
        self.message.setText(translate("PasswdDialog", "Checking the current passphrase…"))

        state = self._worker = {"done": threading.Event(), "ended": None}

        def work(report) -> tuple[Any, bool]:
            def progress(done: int, total: int) -> None:
                if should_stop():
                    raise Stopped
                report(done, total, "")

            try:
                if should_stop():
                    raise Stopped
                remembered = vault.is_remembered()
                result = vault.change_passphrase(old, new, kdf=kdf, rotate=True, progress=progress)
            except Stopped:
                state["ended"] = "stopped"
                raise
            except BaseException:
                state["ended"] = "failed"
                raise
            else:
                state["ended"] = "changed"
            finally:
                state["done"].set()
            return result, remembered

        def alive(method):  # the dialog may be gone (a lock closes it) when the worker reports
            return lambda *args: method(*args) if isValid(self) else None

        run_op(
            self,
            work,
            on_success=alive(self._succeeded),
            on_failure=alive(self._failed),
            on_progress=alive(self._progress),
        )

    def wait_for_worker(self) -> str | None:
        """After the dialog closed: None if no change was interrupted by a lock; otherwise
        "stopped" (nothing changed) or "changed" (it finished just before the lock). A lock
        waits for the vault, which the worker holds until its next step, so this is quick."""
        state = self._worker
        if state is None or self.outcome is not None:
            return None
        state["done"].wait(30)
        return {"stopped": "stopped", "changed": "changed"}.get(str(state["ended"]))

    def _progress(self, done: int, total: int, _label: str) -> None:
        self.progress_seen.append((done, total))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        self.message.setText(
            translate(
                "PasswdDialog", "Encrypting again with the new key: {done} of {total}…"
            ).format(done=done, total=total)
        )

    def _succeeded(self, answer: tuple[Any, bool]) -> None:
        result, remembered = answer
        self.outcome = result
        self._set_running(False)
        for field in (self.current, self.new, self.repeat):
            field.forget()
            field.setEnabled(False)
            field.show_button.setEnabled(False)
        self.strength.clear()
        self.message.setText(summary(result, remembered))
        self.cancel.hide()
        self.go.setText(translate("PasswdDialog", "Close"))
        self.go.setEnabled(True)
        self.go.setFocus()

    def _failed(self, exc: BaseException) -> None:
        from visadesk.vault import WrongPassphrase

        self._set_running(False)
        if isinstance(exc, Stopped):
            return  # the window is being locked: it closes this dialog
        if isinstance(exc, WrongPassphrase):
            self._refuse(
                translate(
                    "PasswdDialog",
                    "Current passphrase: wrong passphrase. Check the keyboard layout and Caps "
                    "Lock, then try again. Nothing was changed.",
                ),
                self.current,
            )
            return
        from visadesk.vault.errors import VaultInUse

        if isinstance(exc, VaultInUse):  # checked before anything is touched
            self.message.setText(
                translate(
                    "PasswdDialog",
                    "The vault is open in another VisaDesk window or command. Close it, then "
                    "change the passphrase again. Nothing was changed.",
                )
            )
            return
        reason = _reason(exc)
        if not self.vault.is_unlocked:  # the core stopped half-way: the old vault stays
            self.failure_text = (
                reason
                + " "
                + translate(
                    "PasswdDialog",
                    "The passphrase was not changed and the vault was locked: unlock it with "
                    "the current passphrase.",
                )
            )
            self.done(QDialog.DialogCode.Rejected)  # the window locks and says why
            return
        self.message.setText(
            reason + " " + translate("PasswdDialog", "The passphrase was not changed.")
        )

    # -- no closing half-way --

    def _must_wait(self) -> bool:
        """Esc and the close button wait while the change runs (it is all or nothing); a lock
        of the window closes the dialog at once (the worker then stops at its next step)."""
        return self.running and not self.should_stop()

    def reject(self) -> None:
        if self._must_wait():
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        if self._must_wait():
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        for field in (self.current, self.new, self.repeat):
            field.forget()
        self.running = False
        super().done(result)


def _reason(exc: BaseException) -> str:
    """The error in the user's language; a full disk says what the change needs."""
    import errno

    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return translate(
            "PasswdDialog",
            "There is not enough free space on the disk: changing the passphrase needs about "
            "as much free space as the vault takes. Free some space, then try again.",
        )
    from visadesk.ui.errors import user_message

    return user_message(exc)


def summary(result: Any, remembered: bool) -> str:
    """What the change did, in plain words (the same facts as `visadesk vault passwd`)."""
    parts = [
        translate(
            "PasswdDialog",
            "The passphrase was changed. Every case and scan was encrypted again with a new "
            "key: the old passphrase opens nothing any more.",
        ),
        translate(
            "PasswdDialog",
            "%n old backup(s) were deleted (the old passphrase could still open them).",
            "",
            result.backups_removed,
        ),
        translate("PasswdDialog", "A new backup was made.")
        if result.new_backup is not None
        else translate(
            "PasswdDialog", "No new backup could be made now; one is made at the next unlock."
        ),
    ]
    if result.keychain_refreshed:
        parts.append(
            translate(
                "PasswdDialog", "The key remembered on this device was replaced by the new one."
            )
        )
    elif remembered:
        parts.append(
            translate(
                "PasswdDialog",
                "The system keychain refused the new key, so this device no longer remembers "
                "the vault: you will be asked for the passphrase.",
            )
        )
    return " ".join(parts)


def _personal(session: Any) -> list[str]:
    """Titles and names from the cases list (no case is decrypted for this)."""
    try:
        rows = session.vault.list_cases()
    except Exception:  # noqa: BLE001 - names only sharpen the meter; never block the dialog
        return []
    words: list[str] = []
    for row in rows:
        for text in (row.title, *row.people):
            words += [text, *text.split()]
    return [w for w in words if w]


def change_passphrase(window: Any) -> ChangePassphraseDialog | None:
    """Open the dialog over the main window (what the File-menu action does). Returns the
    dialog, shown window-modal, or None when no vault is unlocked."""
    session = window.session
    if session is None:
        return None
    window.cases.save_edits()  # what is being typed is saved first: the vault is busy after

    def should_stop() -> bool:
        return bool(window.closed) or window.session is not session

    dialog = ChangePassphraseDialog(
        session.vault,
        window,
        kdf=window.kdf,
        personal=_personal(session),
        should_stop=should_stop,
    )
    idle_was_active = window.idle.isActive()
    window.idle.stop()  # no auto-lock in the middle of a change the user is watching

    def finished(_result: int) -> None:
        interrupted = dialog.wait_for_worker()
        if window.session is session and dialog.outcome is not None:
            window.cases.refresh()
            window.statusBar().showMessage(
                translate("PasswdDialog", "The passphrase was changed."), 10_000
            )
        elif window.session is session and not session.vault.is_unlocked:
            window.lock()  # the core stopped half-way and left the vault locked
            interrupted = "failed"
        if window.session is not session and interrupted is not None:
            text = (
                dialog.failure_text
                if interrupted == "failed"
                else (
                    translate(
                        "PasswdDialog",
                        "The vault was locked before the passphrase change was finished: nothing "
                        "was changed, the current passphrase still opens it.",
                    )
                    if interrupted == "stopped"
                    else translate(
                        "PasswdDialog",
                        "The passphrase was changed just before the vault was locked: unlock it "
                        "with the new passphrase.",
                    )
                )
            )

            def tell() -> None:  # once the lock has reset the unlock screen
                window.vault_screen.message.setText(text)
                window.statusBar().showMessage(text, 15_000)

            QTimer.singleShot(0, tell)
        if window.session is session and idle_was_active:
            window.idle.start(window.settings.auto_lock_minutes * 60_000)
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
