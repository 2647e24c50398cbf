"""`visadesk` opens a main window titled "VisaDesk"; on first run it offers to create a vault."""

from __future__ import annotations


def test_main_window_is_titled_visadesk_and_starts_at_the_vault_screen(qtbot, visadesk_home):
    from visadesk.ui.app import build_window

    window = build_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "VisaDesk"
    assert window.stack.currentWidget() is window.vault_screen
    assert window.vault_screen.creating
    assert window.vault_screen.go.text() == "&Create vault"
