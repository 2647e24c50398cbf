"""The interface language: VisaDesk's own translations (resources/translations/visadesk_<lang>.qm,
compiled from the .ts sources by scripts/build-translations.sh) and Qt's (standard buttons,
dialogs), installed with QTranslator; the default QLocale follows, so dates and numbers do too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def qm_path(lang: str) -> str:
    from importlib import resources  # not needed for English, the language of the first window

    return str(resources.files("visadesk.resources") / "translations" / f"visadesk_{lang}.qm")


def install(lang: str) -> bool:
    """Switch the running app to ``lang``; True when VisaDesk's own translation was loaded
    (English is the source language and needs none)."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    if lang == "en":
        return True
    ok = False
    ours = QTranslator(app)
    if ours.load(qm_path(lang)):
        app.installTranslator(ours)
        _installed.append(ours)
        ok = True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok


def current_locale() -> QLocale:
    return QLocale()
