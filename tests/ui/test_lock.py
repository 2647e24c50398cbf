"""Lock (Ctrl+L and auto-lock): every window with personal data closes, caches and undo
histories are dropped, no widget text with the sample family's strings survives; logs stay
owner-only even after rotation."""

from __future__ import annotations

import logging
import os
import stat

from visadesk.local.logs import private_rotating_handler


def test_every_rotated_log_file_is_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        handler = private_rotating_handler(tmp_path / "visadesk.log", max_bytes=200, backups=3)
        logger = logging.getLogger("visadesk.test.rotation")
        logger.addHandler(handler)
        logger.propagate = False
        for i in range(60):
            logger.warning("line %d of a rotating log", i)
        handler.close()
        logger.removeHandler(handler)
    finally:
        os.umask(old)
    files = sorted(tmp_path.iterdir())
    assert len(files) == 4  # the current file and three rotated copies
    for p in files:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name


def test_the_log_is_never_opened_through_a_link(tmp_path):
    target = tmp_path / "elsewhere.txt"
    target.write_text("not a log")
    os.symlink(target, tmp_path / "visadesk.log")
    try:
        private_rotating_handler(tmp_path / "visadesk.log")
    except OSError:
        pass
    else:
        raise AssertionError("a log opened through a link")
    assert target.read_text() == "not a log"


def _png() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 10, 10)).save(buf, format="PNG")
    return buf.getvalue()


def _all_texts(app) -> list[str]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTextEdit,
    )

    out: list[str] = []
    for w in app.allWidgets():
        out.append(w.windowTitle())
        if isinstance(w, QLineEdit):
            out.append(w.text())
            if w.isUndoAvailable():
                w.undo()  # what Ctrl+Z would bring back
                out.append(w.text())
        elif isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
    return out


def test_lock_closes_windows_and_forgets_caches_and_undo(qtbot, visadesk_home):
    import io

    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from visadesk.case.model import Attachment, AttachmentKind
    from visadesk.identity import translit
    from visadesk.local.paths import vault_path
    from visadesk.local.settings import Settings
    from visadesk.pdf import fonts
    from visadesk.sample.family import example_case
    from visadesk.ui.main_window import MainWindow
    from visadesk.ui.viewer import AttachmentViewer
    from visadesk.vault import KdfParams, Vault

    case = example_case()
    person = case.applicants[0]
    att = Attachment(
        person_id=person.id, kind=AttachmentKind.PASSPORT_SCAN, filename="Щукин-паспорт.png",
        media_type="image/png",
    )  # fmt: skip
    case = case.model_copy(update={"attachments": [att]})
    vault = Vault.create(vault_path(), "зелёный чайник летит над Лионом", kdf=KdfParams.for_tests())
    vault.put_case(case)
    vault.add_attachment(case.id, att.id, io.BytesIO(_png()))
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    window.show()
    window.open_vault(vault)
    personal = [person.surname, person.surname_latin, "Щукин", "SHCHUKIN"]
    personal += [p.surname for p in case.applicants if p.surname]

    window.cases.search.setText(person.surname)
    window.cases.search.clear()  # undoable: Ctrl+Z would bring the name back
    viewer = AttachmentViewer(_png(), "image/png", att.filename, window)
    viewer.show()
    box = QMessageBox(window)
    box.setText(f"Saved {person.full_name}")
    box.open()
    loose = QDialog()  # a dialog without a parent, showing a name
    loose.setWindowTitle(person.surname)
    loose.show()
    assert translit.transliterate(person.surname) and fonts.width(person.surname, fonts.REGULAR, 9)
    assert translit.transliterate.cache_info().currsize > 0

    window.lock()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [window]
    assert not viewer.isVisible() and not box.isVisible() and not loose.isVisible()
    qtbot.wait(50)  # closed windows are deleted once back in the event loop
    assert translit.transliterate.cache_info().currsize == 0
    assert fonts._word_1pt.cache_info().currsize == 0
    assert not window.cases.search.isUndoAvailable()
    texts = _all_texts(QApplication.instance())
    for secret in personal:
        assert not any(secret and secret in t for t in texts), (
            secret,
            [t for t in texts if secret in t][:3],
        )


def test_every_cache_the_lock_clears_still_exists():
    """A renamed cache would silently escape the lock: every listed one must resolve."""
    import visadesk.case.countries
    import visadesk.identity.translit
    import visadesk.pdf.fonts  # noqa: F401
    from visadesk.local import privacy

    assert len(privacy.caches()) == len(privacy._KNOWN)
