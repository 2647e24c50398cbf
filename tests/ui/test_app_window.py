"""`visadesk` with no command opens a main window titled "VisaDesk"."""

from __future__ import annotations


def test_main_window_is_titled_visadesk(qtbot):
    from visadesk.ui.app import build_window

    window = build_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "VisaDesk"
    assert "VisaDesk" in window.centralWidget().text()
