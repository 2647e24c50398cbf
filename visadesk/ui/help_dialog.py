"""The Help menu: keyboard shortcuts, where the data lives, and what VisaDesk protects against
(and what it does not) — short, true, in the user's language."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def shortcuts() -> list[tuple[str, str]]:
    return [
        ("Ctrl+N", translate("Help", "New case")),
        ("Ctrl+E", translate("Help", "Export the case (encrypted file)")),
        ("Ctrl+I", translate("Help", "Import a case")),
        ("Ctrl+L", translate("Help", "Lock now")),
        ("Ctrl+Shift+L", translate("Help", "Panic: lock at once, from any window or dialog")),
        ("Ctrl+PgUp / Ctrl+PgDown", translate("Help", "Previous / next page of the form")),
        ("Alt + …", translate("Help", "Alt and the underlined letter: go to that field or button")),
        ("Tab / Shift+Tab", translate("Help", "Next / previous control")),
        ("Ctrl+,", translate("Help", "Settings")),
        ("F1", translate("Help", "This list")),
    ]


def shortcuts_html() -> str:
    rows = "".join(
        f"<tr><td><b>{escape(keys)}</b>&nbsp;&nbsp;</td><td>{escape(what)}</td></tr>"
        for keys, what in shortcuts()
    )
    return f"<table cellspacing='4'>{rows}</table>"


def data_html() -> str:
    from visadesk.local import paths

    folder = str(paths.home(create=False))
    parts = [
        translate(
            "Help",
            "Everything you type and every scan is kept encrypted in one folder on this computer:",
        ),
        f"<p><code>{escape(folder)}</code></p>",
        translate(
            "Help",
            "In it: the vault (vault.sqlite3), daily encrypted backups (backups/), your settings "
            "(settings.json: language, text size, auto-lock — no personal data) and logs without "
            "personal data. Nothing is sent anywhere: VisaDesk never uses the network.",
        ),
        "<p>"
        + translate(
            "Help",
            "Files you export yourself (PDF packets, case files) are written where you choose and "
            "are NOT encrypted, except the .vdx case files.",
        )
        + "</p>",
    ]
    return "".join(p if p.startswith("<p>") else f"<p>{p}</p>" for p in parts)


def protects_html() -> str:
    protects = (
        translate(
            "Help",
            "Someone who takes the computer or copies the folder while VisaDesk is locked or closed "
            "cannot read your cases without the passphrase (Argon2id and AES-256-GCM).",
        ),
        translate(
            "Help", "A changed, swapped or rolled-back record is detected and shown at unlock."
        ),
        translate(
            "Help",
            "Lock now (Ctrl+L), the panic key (Ctrl+Shift+L) and auto-lock close every window "
            "showing personal data and drop the keys from memory.",
        ),
        translate("Help", "Panic wipe (File menu) destroys the keys first, then the files."),
    )
    limits = (
        translate("Help", "Someone who watches the screen, or forces you to unlock the vault."),
        translate("Help", "A computer that already runs spyware."),
        translate(
            "Help", "Exported PDFs are plain files: delete them when they are no longer needed."
        ),
        translate(
            "Help", "A lost passphrase: nobody can open the vault then (there is no back door)."
        ),
    )
    li = "".join(f"<li>{escape(t)}</li>" for t in protects)
    lim = "".join(f"<li>{escape(t)}</li>" for t in limits)
    head1 = escape(translate("Help", "VisaDesk protects against:"))
    head2 = escape(translate("Help", "It does not protect against:"))
    return f"<p><b>{head1}</b></p><ul>{li}</ul><p><b>{head2}</b></p><ul>{lim}</ul>"


class HelpDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.text = QLabel(html)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(title)
        scroll = QScrollArea()
        scroll.setWidget(self.text)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)


def add_help_menu(window: QMainWindow) -> None:
    menu = window.menuBar().addMenu(translate("Help", "&Help"))
    entries = (
        (translate("Help", "&Keyboard shortcuts"), shortcuts_html, "F1"),
        (translate("Help", "&Where your data is kept"), data_html, None),
        (translate("Help", "What VisaDesk &protects against"), protects_html, None),
    )
    window.help_actions = []
    for label, html, key in entries:
        action = QAction(label, window)
        if key:
            action.setShortcut(key)
        title = label.replace("&", "")
        action.triggered.connect(
            lambda _checked=False, t=title, h=html: HelpDialog(t, h(), window).exec()
        )
        menu.addAction(action)
        window.help_actions.append(action)
