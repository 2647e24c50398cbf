"""#13.11: the person editor reflows (labels above the fields when narrow), never a horizontal
scroll bar."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollArea

from visadesk.sample.family import example_case


def _default_text_size() -> None:
    """The app's own text size (Settings' default), not Qt's: what a user sees at first start."""
    from visadesk.local.settings import Settings
    from visadesk.ui.main_window import apply_text_size

    apply_text_size(Settings().text_size)


def test_person_editor_has_no_horizontal_scroll_bar_when_narrow(qtbot) -> None:
    from visadesk.ui.person_editor import PersonEditor

    _default_text_size()

    editor = PersonEditor(example_case().applicants[0])
    qtbot.addWidget(editor)
    editor.resize(520, 600)  # the form column at 1024×600 or at 200 %
    editor.show()
    QApplication.processEvents()
    scroll = editor.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    for edit in editor.edits.values():
        if edit.isVisibleTo(editor):
            chars = edit.width() / edit.fontMetrics().averageCharWidth()
            assert chars >= 12, edit.accessibleName()  # room for a date or a passport number


def test_the_window_fits_a_1024_pixel_screen_on_every_tab_in_english_and_russian(
    qtbot, visadesk_home
) -> None:
    """No tab may force the window wider than a 1024×600 netbook (the Letters tab's status
    sentence and the people column's buttons once made it 1405 px)."""
    from visadesk.local.paths import vault_path
    from visadesk.local.settings import Settings
    from visadesk.ui.main_window import MainWindow
    from visadesk.vault import KdfParams, Vault

    _default_text_size()
    vault = Vault.create(vault_path(), "зелёный чайник летит над Лионом", kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(vault)
    widths = {}
    try:
        for lang in ("en", "ru"):
            window.set_language(lang)
            tabs = window.cases.tabs
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                widths[(lang, tabs.tabText(i))] = window.minimumSizeHint().width()
    finally:
        window.set_language("en")
    too_wide = {k: v for k, v in widths.items() if v > 1024}
    assert not too_wide, too_wide
