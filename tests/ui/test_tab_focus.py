"""#13.15 (in process): Tab from the case tabs' bar lands on a control of the current tab, and
every stop on the way has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from visadesk.local.paths import vault_path
from visadesk.local.settings import Settings
from visadesk.sample.family import example_case
from visadesk.ui.main_window import MainWindow
from visadesk.vault import KdfParams, Vault

PASS = "зелёный чайник летит над Лионом"


def _open(qtbot) -> MainWindow:
    vault = Vault.create(vault_path(), PASS, kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    vault.close()
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.show()
    window.vault_screen.passphrase.setText(PASS)
    window.vault_screen.go.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    return window


def _name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface else ""


def walk(qtbot, window: MainWindow, stops: int = 6) -> list[QWidget]:
    tabs = window.cases.tabs
    bar = tabs.findChild(QTabBar)
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar, timeout=2_000)
    seen = []
    for _ in range(stops):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_from_the_tab_bar_reaches_the_tabs_controls_with_names(qtbot, visadesk_home):
    window = _open(qtbot)
    tabs = window.cases.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        page = tabs.currentWidget()
        seen = walk(qtbot, window)
        first = seen[0]
        assert first is not None and page.isAncestorOf(first), (
            tabs.tabText(index),
            type(first).__name__,
        )
        unnamed = [type(w).__name__ for w in seen if w is not None and not _name(w)]
        assert unnamed == [], (tabs.tabText(index), unnamed)
