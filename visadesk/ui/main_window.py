"""The main window: the vault screen until unlocked, then the cases list with instant search
(names in either script, passport numbers), new / delete, lock now (Ctrl+L) and auto-lock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

from visadesk.local.settings import Settings
from visadesk.ui.cases_screen import CasesScreen
from visadesk.ui.errors import show_error
from visadesk.ui.vault_screen import VaultScreen

ISOLATE = "\u2068{}\u2069"  # names inside sentences keep their own direction


class _IdleWatch(QObject):
    """Resets the auto-lock timer on any keyboard or mouse activity."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__()
        self.timer = timer

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        ):
            if self.timer.isActive():
                self.timer.start()
        return False


class MainWindow(QMainWindow):
    def __init__(
        self, vault_path, settings: Settings, *, kdf=None, save_settings=True, watch_input=True
    ) -> None:
        super().__init__()
        self.setWindowTitle("VisaDesk")
        self.settings = settings
        self.vault_path = vault_path
        self.kdf = kdf
        self.save_settings = save_settings  # tests pass False to keep settings.json untouched
        self.session = None  # a Session once the vault is open
        self.closed = False
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.vault_screen: VaultScreen | None = None
        self.cases: CasesScreen | None = None
        self.view_state: dict | None = None  # the place in the cases kept over a lock
        self.pending_files: list = []  # .vdx files handed over by the system, offered on unlock
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self._watch = _IdleWatch(self.idle)
        from visadesk.ui import input_guards

        self._guard = input_guards.install()  # the wheel never changes an unfocused answer
        self._guard.on_panic = self.lock  # Ctrl+L and the panic key work inside dialogs too
        if watch_input:
            self.watch_input()
        else:  # the app calls watch_input() after its first paint (see visadesk.ui.app)
            QApplication.instance().removeEventFilter(self._guard)
        self._build()
        self.resize(1100, 720)

    def watch_input(self) -> None:
        """Install the application-wide event filters: auto-lock's idle watch, the input guard."""
        QApplication.instance().installEventFilter(self._watch)
        QApplication.instance().installEventFilter(self._guard)

    # -- building (again on a language change) --

    def _build(self) -> None:
        """(Re)create the screens and menus in the current language; an open session stays."""
        old_vault = self.vault_screen._vault if self.vault_screen is not None else None
        state = self.cases.view_state() if self.cases is not None and self.session else None
        for old in (self.vault_screen, self.cases):
            if old is not None:
                if isinstance(old, CasesScreen):
                    if self.session is not None:
                        old.save_edits()  # what is being typed is saved (or kept) first
                    old.clear()
                self.stack.removeWidget(old)
                old.deleteLater()
        self.vault_screen = VaultScreen(
            self.vault_path,
            kdf=self.kdf,
            use_keychain=self.settings.use_keychain,
            language=self.settings.language,
            vault=old_vault,
        )
        self.cases = CasesScreen()
        self.cases.new_requested.connect(self.new_case)
        self.cases.sample_requested.connect(self.add_sample_family)
        self.cases.import_requested.connect(lambda: self.import_action.trigger())
        self.stack.addWidget(self.vault_screen)
        self.stack.addWidget(self.cases)
        self.vault_screen.unlocked.connect(self.open_vault)
        self.vault_screen.demo_requested.connect(self.open_demo)
        self.vault_screen.language_chosen.connect(self.set_language)
        self.menuBar().clear()
        self._menus()
        self.statusBar().showMessage(self.tr("Your data stays encrypted on this computer."))
        if self.session is not None:
            self.cases.attach(self.session)
            self.stack.setCurrentWidget(self.cases)
            self._enable(True)
            if state is not None:  # a language switch keeps the case, tab, page and scroll
                self.cases.restore_view_state(state)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New case"), self, shortcut=QKeySequence.StandardKey.New)
        self.duplicate_action = QAction(
            self.tr("D&uplicate case"), self, shortcut=QKeySequence("Ctrl+Shift+D")
        )
        self.delete_action = QAction(
            self.tr("&Delete case…"), self, shortcut=QKeySequence.StandardKey.Delete
        )
        self.lock_action = QAction(self.tr("&Lock now"), self, shortcut=QKeySequence("Ctrl+L"))
        self.panic_action = QAction(
            self.tr("Lock at once (&panic)"), self, shortcut=QKeySequence("Ctrl+Shift+L")
        )
        self.settings_action = QAction(self.tr("&Settings…"), self, shortcut=QKeySequence("Ctrl+,"))
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        self.case_actions = [
            self.new_action,
            self.duplicate_action,
            self.delete_action,
            self.lock_action,
        ]
        for a in self.case_actions:
            file_menu.addAction(a)
        file_menu.addSeparator()
        self.extra_actions(file_menu)
        self.passwd_action = QAction(self.tr("&Change passphrase…"), self)
        self.case_actions.append(self.passwd_action)  # only while a vault is unlocked
        file_menu.addAction(self.passwd_action)
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.panic_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        from visadesk.ui.help_dialog import add_help_menu

        add_help_menu(self)
        # the app's own keys win over a text field's (Ctrl+E is "end of line" in a QLineEdit)
        self._guard.protect(QKeySequence("Ctrl+E"), QKeySequence("Ctrl+I"), QKeySequence("Ctrl+L"))
        self._guard.set_panic_keys(QKeySequence("Ctrl+L"), QKeySequence("Ctrl+Shift+L"))
        for action in (self.lock_action, self.panic_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self._enable(False)
        self.new_action.triggered.connect(self.new_case)
        self.duplicate_action.triggered.connect(self.duplicate_case)
        self.delete_action.triggered.connect(self.delete_case)
        self.lock_action.triggered.connect(self.lock)
        self.panic_action.triggered.connect(self.lock)
        self.settings_action.triggered.connect(self.open_settings)
        self.passwd_action.triggered.connect(self.change_passphrase)
        quit_action.triggered.connect(self.close)

    def extra_actions(self, menu) -> None:
        """Export, import, backups and wipe (see exchange_actions and vault_actions)."""
        from visadesk.ui.exchange_actions import add_actions

        add_actions(self, menu)

    def _enable(self, on: bool) -> None:
        for a in self.case_actions:
            a.setEnabled(on)

    # -- vault --

    def open_vault(self, vault, demo_dir=None) -> None:
        from visadesk.ui.session import Session  # the model (pydantic) loads after the window

        self.session = Session(vault, self.settings, demo_dir=demo_dir)
        self.cases.attach(self.session)
        self.stack.setCurrentWidget(self.cases)
        self._enable(True)
        self.idle.start(self.settings.auto_lock_minutes * 60_000)
        self.cases.search.setFocus()
        state, self.view_state = self.view_state, None
        if state is not None and state.get("vault") == vault.vault_id:
            self.cases.restore_view_state(state)  # unlocking goes back to where the user was
        if self.pending_files:
            from visadesk.ui.exchange_actions import offer_pending

            QTimer.singleShot(0, lambda: offer_pending(self))

    def open_file(self, path) -> None:
        """A case file the system handed over (command line, macOS open-document event):
        offered for import once the vault is unlocked."""
        from visadesk.ui.exchange_actions import offer_file

        offer_file(self, path)

    def open_demo(self) -> None:
        """The sample family in a throw-away vault (created in a worker; removed on close)."""
        from visadesk.sample.demo import demo_vault
        from visadesk.ui.ops import run_op

        self.vault_screen._set_busy(True)

        def done(result) -> None:
            vault, folder = result
            if self.closed:  # the window went away meanwhile: nothing may be left behind
                import shutil

                vault.close()
                shutil.rmtree(folder, ignore_errors=True)
                return
            self.vault_screen._set_busy(False)
            self.open_vault(vault, demo_dir=folder)

        def failed(exc: BaseException) -> None:
            self.vault_screen._set_busy(False)
            show_error(self, exc)

        run_op(self, lambda _p: demo_vault(), on_success=done, on_failure=failed)

    # -- cases --

    def new_case(self) -> None:
        from visadesk.case.model import Case, Person

        if self.session is None:
            return
        try:
            case = self.session.save_case(Case(applicants=[Person()]))
        except Exception as exc:  # noqa: BLE001 - shown as a readable message
            show_error(self, exc)
            return
        self.cases.select(case.id)
        if self.cases.routes is not None:  # a new case starts with "Where can I go?"
            self.cases.tabs.setCurrentWidget(self.cases.routes)

    def add_sample_family(self) -> None:
        """The fictional sample family as a case of this vault (to try the app on)."""
        from visadesk import casework
        from visadesk.sample.family import example_case

        if self.session is None:
            return
        try:
            case = casework.import_case(self.session.vault, example_case())
        except Exception as exc:  # noqa: BLE001 - shown as a readable message
            show_error(self, exc)
            return
        if case is not None:
            self.session.case_saved.emit(case.id)
            self.cases.select(case.id)

    def duplicate_case(self) -> None:
        case_id = self.cases.current_id()
        if self.session is None or case_id is None:
            return
        try:
            original = self.session.vault.get_case(case_id)
            copy = self.session.duplicate_case(
                case_id, self.tr("{title} (copy)").format(title=original.display_title())
            )
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.cases.select(copy.id)

    def delete_case(self) -> None:
        case_id = self.cases.current_id()
        if self.session is None or case_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete case"),
            self.tr("Delete this case and its scans from the vault? This cannot be undone."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.session.delete_case(case_id)
            except Exception as exc:  # noqa: BLE001
                show_error(self, exc)

    def change_passphrase(self) -> None:
        from visadesk.ui.passwd_dialog import change_passphrase  # loaded when first used

        change_passphrase(self)

    # -- settings --

    def open_settings(self) -> None:
        from visadesk.ui.settings_dialog import SettingsDialog

        remembered = None
        if self.session is not None and self.settings.use_keychain:
            from visadesk.vault import keychain

            if keychain.backend() is not None:
                remembered = self.session.vault.is_remembered()
        dialog = SettingsDialog(self.settings, remembered=remembered, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_settings(dialog.chosen(), remember=dialog.wants_remembered())

    def apply_settings(self, new: Settings, *, remember: bool | None = None) -> None:
        """Save and apply at once: auto-lock, text size, keychain use, language."""
        from visadesk.local import settings as app_settings

        language_changed = new.language != self.settings.language
        self.settings = new
        if self.session is not None:
            self.session.settings = new
            vault = self.session.vault
            try:
                if not new.use_keychain or remember is False:
                    if vault.is_remembered():
                        vault.forget_device()
                elif remember and not vault.is_remembered():
                    vault.remember_on_device()
            except Exception as exc:  # noqa: BLE001
                show_error(self, exc)
            if self.idle.isActive() or self.session is not None:
                self.idle.start(new.auto_lock_minutes * 60_000)
        apply_text_size(new.text_size)
        if self.save_settings:
            try:
                app_settings.save(new)
            except OSError as exc:
                show_error(self, exc)
        if language_changed:
            self.set_language(new.language)

    def set_language(self, lang: str) -> None:
        """Switch the interface language now (every screen is rebuilt; the session stays)."""
        from dataclasses import replace

        from visadesk.ui import i18n

        if lang != self.settings.language:
            self.settings = replace(self.settings, language=lang)
            if self.session is not None:
                self.session.settings = self.settings
            if self.save_settings:
                from visadesk.local import settings as app_settings

                app_settings.save(self.settings)
        i18n.install(lang)
        self._build()

    # -- dropping a case file on the window --

    @staticmethod
    def _dropped(event) -> list:
        from pathlib import Path

        data = event.mimeData()
        return (
            [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
            if data.hasUrls()
            else []
        )

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's API
        from visadesk.ui.exchange_actions import accepts_drop

        if self.session is not None and accepts_drop(self._dropped(event)):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's API
        from visadesk.ui.exchange_actions import accepts_drop, import_file

        paths = self._dropped(event)
        if self.session is not None and accepts_drop(paths):
            event.acceptProposedAction()
            for path in paths:
                import_file(self, path)

    # -- locking --

    def lock(self) -> None:
        """Save what is being typed, then drop the keys and every view of personal data; back
        to the unlock screen (the place in the cases is remembered: ids, not names)."""
        self.idle.stop()
        if self.session is not None:
            self.cases.save_edits()
            self.view_state = self.cases.view_state()
        self.cases.clear()
        if self.session is not None:
            session, self.session = self.session, None
            demo = session.demo_dir is not None
            if demo:
                session.close()
                self.close()
                return
            session.lock()
        self._enable(False)
        self.vault_screen.reset()
        self.stack.setCurrentWidget(self.vault_screen)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        self.closed = True
        QApplication.instance().removeEventFilter(self._watch)
        if self._guard.on_panic == self.lock:
            self._guard.on_panic = None
        if self.session is not None:
            self.cases.save_edits()
            self.cases.clear()
            self.session.close()
            self.session = None
        super().closeEvent(event)


def apply_text_size(points: int) -> None:
    app = QApplication.instance()
    font = app.font()
    if font.pointSize() != points:
        font.setPointSize(points)
        app.setFont(font)
