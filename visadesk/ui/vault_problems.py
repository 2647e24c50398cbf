"""The vault's problems, shown plainly at unlock: a banner over the cases list and a dialog that
says which records, what happened and what to do (restore a backup, accept the vault as it is
now, or export the cases that are fine). Qt only; the vault decides what a problem is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def what_happened(code: str) -> str:
    texts = {
        "rolled_back": translate("VaultProblems", "was replaced by an older copy of itself"),
        "unverifiable": translate(
            "VaultProblems",
            "cannot be checked: the vault's list of current versions is damaged, so it may be "
            "an older copy",
        ),
        "missing": translate(
            "VaultProblems", "is missing from the vault file (deleted outside VisaDesk?)"
        ),
        "added": translate("VaultProblems", "was added to the file outside VisaDesk"),
        "manifest": translate(
            "VaultProblems", "a part of the vault's list of current versions is damaged"
        ),
        "damaged": translate(
            "VaultProblems", "is damaged or was modified outside VisaDesk and cannot be opened"
        ),
    }
    return texts.get(code, texts["damaged"])


def which(kind: str, rid: str) -> str:
    short = rid[:8]
    texts = {
        "case": translate("VaultProblems", "Case {id}"),
        "attachment": translate("VaultProblems", "Scan {id}"),
        "settings": translate("VaultProblems", "Your personal settings"),
        "manifest": translate("VaultProblems", "Vault index part {id}"),
        "root": translate("VaultProblems", "Vault index"),
    }
    return texts.get(kind, translate("VaultProblems", "Record {id}")).format(id=short)


def problems_text(problems: list, needs_decision: bool, readable: int) -> str:
    """The dialog's whole text (HTML-free plain text, one paragraph per problem)."""
    lines = [
        translate(
            "VaultProblems",
            "VisaDesk checked every record when it unlocked the vault and found {count} "
            "problem(s). The cases listed in the window opened and are intact ({readable} "
            "case(s)); the ones below are not shown.",
        ).format(count=len(problems), readable=readable),
        "",
    ]
    for p in problems:
        lines.append(f"• {which(p.kind, p.id)}: {what_happened(p.code)}")
    lines += ["", translate("VaultProblems", "What you can do:")]
    lines.append(
        "1. "
        + translate(
            "VaultProblems",
            "Restore a backup (File ▸ Restore a backup): the vault goes back to the day of that "
            "backup; changes made since are lost, the current vault is kept as a backup first.",
        )
    )
    lines.append(
        "2. "
        + translate(
            "VaultProblems",
            "Accept the vault as it is now: VisaDesk stops warning and treats what opens as "
            "current, even if it is an older copy. Choose this only if you know why it happened "
            "(for example you copied the file back yourself).",
        )
    )
    lines.append(
        "3. "
        + translate(
            "VaultProblems",
            "Export the cases that are fine (File ▸ Export case) to keep them safe before deciding.",
        )
    )
    if needs_decision:
        lines += [
            "",
            translate(
                "VaultProblems",
                "Until you restore or accept, VisaDesk saves nothing, so that a damaged record "
                "cannot be made to look genuine.",
            ),
        ]
    return "\n".join(lines)


class VaultProblemsDialog(QDialog):
    """Which records, what happened, what to do; Restore and Accept buttons."""

    restore_requested = Signal()
    accept_requested = Signal()

    def __init__(self, problems: list, needs_decision: bool, readable: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("VaultProblems", "Problems found in the vault"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setPlainText(problems_text(problems, needs_decision, readable))
        self.text.setAccessibleName(translate("VaultProblems", "Problems found in the vault"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox()
        self.restore = buttons.addButton(
            translate("VaultProblems", "Restore a backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.accept_button = buttons.addButton(
            translate("VaultProblems", "Accept the vault as it is now"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore.clicked.connect(self._restore)
        self.accept_button.clicked.connect(self._accept)
        layout.addWidget(buttons)
        self.resize(620, 440)

    def _restore(self) -> None:
        self.done(QDialog.DialogCode.Rejected)
        self.restore_requested.emit()

    def _accept(self) -> None:
        self.done(QDialog.DialogCode.Accepted)
        self.accept_requested.emit()


class ProblemsBanner(QFrame):
    """A visible strip over the cases list while the vault reports problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("ProblemsBanner { background: #fff4ce; border: 1px solid #c8a400; }")
        row = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.details = QPushButton(translate("VaultProblems", "What happened and what to do…"))
        row.addWidget(self.label, 1)
        row.addWidget(self.details)
        self.dialog: VaultProblemsDialog | None = None
        self.hide()

    def show_problems(
        self,
        vault,
        *,
        on_restore: Callable[[], None],
        on_accepted: Callable[[], None],
        complete: bool = True,
    ) -> None:
        """Show (and open the dialog at once) if ``vault`` reports problems; hide otherwise.
        ``complete=False`` shows what unlocking found without verifying the case bodies (the
        caller runs ``vault.verify()`` in a worker and calls this again if it finds more)."""
        problems = vault.problems if complete else vault.known_problems
        if not problems:
            self.hide()
            return
        self.label.setText(
            translate(
                "VaultProblems",
                "VisaDesk found {count} problem(s) in this vault: some records are damaged or "
                "cannot be checked and are not shown.",
            ).format(count=len(problems))
        )
        self.label.setAccessibleName(self.label.text())
        self.show()

        def accept() -> None:
            vault.accept_current_state()
            on_accepted()

        def open_dialog(shown: list | None = None) -> None:
            if self.dialog is not None:  # one dialog at a time: the newer list replaces it
                self.dialog.close()
                self.dialog.deleteLater()
            self.dialog = VaultProblemsDialog(
                vault.problems if shown is None else shown,
                vault.needs_decision,
                len(vault.list_cases()),
                self.window(),
            )
            self.dialog.restore_requested.connect(on_restore)
            self.dialog.accept_requested.connect(accept)
            self.dialog.open()

        try:
            self.details.clicked.disconnect()
        except (RuntimeError, TypeError):
            pass
        self.details.clicked.connect(lambda: open_dialog())
        open_dialog(problems)
