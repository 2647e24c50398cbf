"""Screenshots of every screen for the README, in a real X window (run under Xvfb):

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python scripts/screenshots.py [LANG ...]

Uses a throw-away VISADESK_HOME and the fictional sample family only. Writes
docs/screenshots/<lang>-<screen>.png (English names without the prefix).

Other sizes: ``VISADESK_SHOT_SIZE=1024x600 VISADESK_SHOT_VARIANT=small`` (a netbook screen) or
``QT_SCALE_FACTOR=2 VISADESK_SHOT_VARIANT=scale2`` (200 %, with a 2048x1400 Xvfb screen) write
<lang>-<variant>-<screen>.png; ``VISADESK_SHOT_ONLY=people,wizard`` keeps only those."""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

os.environ["VISADESK_HOME"] = tempfile.mkdtemp(prefix="visadesk-shots-")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SECRET = "зелёный чайник летит над Лионом"
SIZE = tuple(int(x) for x in os.environ.get("VISADESK_SHOT_SIZE", "1200x780").split("x"))
VARIANT = os.environ.get("VISADESK_SHOT_VARIANT", "")
ONLY = {x for x in os.environ.get("VISADESK_SHOT_ONLY", "").split(",") if x}


def main(langs: list[str]) -> None:
    from PIL import Image
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from visadesk.case.model import Attachment
    from visadesk.local.paths import vault_path
    from visadesk.local.settings import Settings
    from visadesk.sample.family import SON_ID, example_case
    from visadesk.ui import i18n
    from visadesk.ui.main_window import MainWindow
    from visadesk.ui.settings_dialog import SettingsDialog
    from visadesk.vault import KdfParams, Vault

    app = QApplication.instance() or QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 300) -> None:
        end = QTimer()
        end.setSingleShot(True)
        end.start(ms)
        while end.isActive():
            app.processEvents()

    def shot(widget, name: str, lang: str) -> None:
        if ONLY and name not in ONLY:
            return
        settle()
        prefix = ("" if lang == "en" else f"{lang}-") + (f"{VARIANT}-" if VARIANT else "")
        widget.grab().save(str(OUT / f"{prefix}{name}.png"))
        print("wrote", OUT / f"{prefix}{name}.png")

    for lang in langs:
        i18n.install(lang)
        settings = Settings(language=lang)
        path = vault_path()
        for p in path.parent.glob("vault.sqlite3*"):
            p.unlink()
        window = MainWindow(path, settings, kdf=KdfParams.for_tests(), save_settings=False)
        window.resize(*SIZE)
        window.show()
        shot(window, "first-run", lang)
        vault = Vault.create(path, SECRET, kdf=KdfParams.for_tests())
        case = example_case()
        photo = Attachment(
            person_id=SON_ID, checklist_item="photo", filename="photo.png", media_type="image/png"
        )
        buf = io.BytesIO()
        Image.new("RGB", (350, 450), (226, 232, 240)).save(buf, "PNG")
        buf.seek(0)
        vault.put_case(case)
        vault.add_attachment(case.id, photo.id, buf)
        vault.put_case(case.model_copy(update={"attachments": [photo]}))
        vault.close()
        window.vault_screen.vault = None
        window._build()
        shot(window, "unlock", lang)
        window.vault_screen.passphrase.setText(SECRET)
        window.vault_screen.go.click()
        while window.session is None:
            app.processEvents()
        cases = window.cases
        shot(window, "cases", lang)
        cases.tabs.setCurrentWidget(cases.routes)
        shot(window, "routes", lang)
        cases.tabs.setCurrentWidget(cases.people)
        shot(window, "people", lang)
        cases.tabs.setCurrentWidget(cases.applications)
        apps = cases.applications
        apps.list.setCurrentRow(1)
        apps.wizard.show_page(3, focus=False)
        shot(window, "wizard", lang)
        cases.tabs.setCurrentWidget(cases.documents)
        docs = cases.documents
        for item in docs._all_items():
            data = item.data(0, 256)
            if data and data[0] == "attachment":
                docs.tree.setCurrentItem(item)
        shot(window, "documents", lang)
        cases.tabs.setCurrentWidget(cases.packet)
        packet = cases.packet
        packet.build()
        while packet.pdf is None:
            app.processEvents()
        shot(window, "packet", lang)
        dialog = SettingsDialog(settings, remembered=False, parent=window)
        dialog.show()
        shot(dialog, "settings", lang)
        dialog.close()
        window.close()
        settle(100)
    i18n.install("en")


if __name__ == "__main__":
    main(sys.argv[1:] or ["en", "ru", "uk"])
