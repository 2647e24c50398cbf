"""The main flow as a person goes through it: create a vault → add a person via the MRZ → fill
the wizard (prefill marks, a condition showing a field, the missing list jumping to a field,
autosave) → add a scan → build the packet → preview → export and print; then lock and check
that no widget still shows personal data."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QListWidget, QTreeWidget

from visadesk.local.paths import vault_path
from visadesk.local.settings import Settings
from visadesk.ui.cases_screen import CaseList
from visadesk.ui.main_window import MainWindow
from visadesk.vault import KdfParams, Vault

SECRET = "зелёный чайник летит над Лионом"
MRZ = "P<RUSPODIEIACHEV<<IAROSLAV<<<<<<<<<<<<<<<<<<\n7523456718RUS8711304M3109144<<<<<<<<<<<<<<<2"


def _png(path: Path) -> Path:
    Image.new("RGB", (300, 400), (200, 30, 30)).save(path)
    return path


def _all_text(window) -> str:
    out = []
    for w in window.findChildren(QLineEdit):
        out.append(w.text())
    for w in window.findChildren(QLabel):
        out.append(w.text())
    for w in window.findChildren(QListWidget):
        out += [w.item(i).text() for i in range(w.count())]
    for w in window.findChildren(CaseList):
        out += [w.text(i) for i in range(w.count())]
    for w in window.findChildren(QTreeWidget):
        it = w.invisibleRootItem()
        stack = [it]
        while stack:
            node = stack.pop()
            out += [node.text(0), node.text(1)]
            stack += [node.child(i) for i in range(node.childCount())]
    for w in window.findChildren(QComboBox):
        if w.isEditable():
            out.append(w.currentText())
    return "\n".join(out)


def test_create_vault_person_wizard_scan_packet_export_lock(qtbot, visadesk_home, tmp_path):
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    window.show()
    screen = window.vault_screen
    screen.passphrase.setText(SECRET)
    screen.repeat.setText(SECRET)
    qtbot.mouseClick(screen.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.cases, timeout=10_000)

    # a new case; the person comes from the MRZ
    window.new_action.trigger()
    cases = window.cases
    assert cases.list.count() == 1
    cases.tabs.setCurrentWidget(cases.people)
    editor = cases.people.editor
    editor.mrz.setPlainText(MRZ)
    qtbot.mouseClick(editor.mrz_button, Qt.MouseButton.LeftButton)
    assert editor.edits["doc.number"].text() == "752345671"
    editor.edits["surname"].setText("Подъячев")
    editor.edits["given_names"].setText("Ярослав")
    editor.edits["place_of_birth"].setText("Sverdlovsk")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    vault = window.session.vault
    qtbot.waitUntil(  # saved by a casework operation in a worker
        lambda: vault.get_case(cases.current_id()).applicants[0].surname == "Подъячев",
        timeout=5_000,
    )
    case = vault.get_case(cases.current_id())
    person = case.applicants[0]
    assert person.surname == "Подъячев" and person.passport.number == "752345671"
    cases.search.setText("podieiachev")  # the case is found by the Latin spelling now
    assert cases.list.count() == 1

    # the wizard: prefilled from the profile, with its source
    cases.tabs.setCurrentWidget(cases.applications)
    cases.applications.new_application(person.id, "schengen-c")
    qtbot.waitUntil(lambda: len(cases.applications.case.applications) == 1, timeout=5_000)
    wizard = cases.applications.wizard
    assert wizard.value_of("surname") == "PODIEIACHEV"
    assert "profile" in wizard.rows["surname"].mark.text()
    assert wizard.rows["surname"].mark.isVisibleTo(wizard)

    # a condition: "fingerprints taken before" = yes shows the details field on the same page
    wizard.go_to("fingerprints_before")
    assert "fingerprints_details" not in wizard.rows
    combo = wizard.rows["fingerprints_before"].input.widget
    combo.setCurrentIndex(combo.findData(True))
    combo.activated.emit(combo.currentIndex())
    assert "fingerprints_details" in wizard.rows
    saved = vault.get_case(case.id).applications[0]
    assert saved.answers["fingerprints_before"] is True  # autosaved at once
    assert "answer" in wizard.rows["fingerprints_before"].mark.text()

    # bad input: a message naming the problem, nothing saved, the page keeps the text
    wizard.go_to("arrival_date")
    edit = wizard.rows["arrival_date"].input.widget
    edit.setText("31.02.2027")
    edit.editingFinished.emit()
    assert "no such day" in wizard.rows["arrival_date"].error.text()
    assert "arrival_date" not in vault.get_case(case.id).applications[0].answers
    assert edit.text() == "31.02.2027"
    edit.setText("01.03.2027")
    edit.editingFinished.emit()
    assert vault.get_case(case.id).applications[0].answers["arrival_date"] == "2027-03-01"

    # the missing list jumps to its field (page and focus)
    wizard.show_page(0)
    items = [wizard.missing_list.item(i) for i in range(wizard.missing_list.count())]
    target = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "purpose")
    wizard.missing_list.itemActivated.emit(target)
    assert "purpose" in wizard.rows
    assert wizard.page_label.text().startswith("Page ")
    assert wizard.page == wizard.pages.index(
        next(p for p in wizard.pages if any(f.field.id == "purpose" for f in p.fields))
    )

    # a scan, attached to the photo item of the checklist, sealed in the vault
    cases.tabs.setCurrentWidget(cases.documents)
    docs = cases.documents
    photo_item = next(
        it
        for it in docs._all_items()
        if it.data(0, Qt.ItemDataRole.UserRole)[0] == "item"
        and it.data(0, Qt.ItemDataRole.UserRole)[3] == "photo"
    )
    assert photo_item.text(1) == "missing"
    docs.tree.setCurrentItem(photo_item)
    docs.add_files([_png(tmp_path / "photo.png")])
    qtbot.waitUntil(lambda: len(vault.get_case(case.id).attachments) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: docs.thumbnails.count() == 1, timeout=5_000)
    att = vault.get_case(case.id).attachments[0]
    assert att.media_type == "image/png" and att.checklist_item == "photo" and att.size > 0
    photo_item = next(
        it for it in docs._all_items() if it.data(0, Qt.ItemDataRole.UserRole)[3] == "photo"
    )
    assert photo_item.text(1) == "attached"
    assert not docs.thumbnails.item(0).icon().isNull()
    with vault.open_attachment(att.id) as fh:
        assert Image.open(io.BytesIO(fh.read())).size == (300, 400)

    # a file that is not a scan gets a clear message and nothing is stored
    (tmp_path / "notes.txt").write_text("hello")
    docs.tree.setCurrentItem(photo_item.parent())
    docs.add_files([tmp_path / "notes.txt"])
    qtbot.waitUntil(lambda: docs.busy.isHidden(), timeout=5_000)
    _close_message(qtbot, "is not a PDF, JPEG or PNG file")
    assert len(vault.get_case(case.id).attachments) == 1

    # the packet: built in the background, previewed, exported, printed
    cases.tabs.setCurrentWidget(cases.packet)
    packet = cases.packet
    with qtbot.waitSignal(packet.built, timeout=30_000) as built:
        qtbot.mouseClick(packet.build_button, Qt.MouseButton.LeftButton)
    pages = built.args[0]
    assert pages >= 3
    assert packet.view.document() is not None and packet.view.document().pageCount() == pages
    assert packet.export_button.isEnabled()
    out = tmp_path / "export" / "packet.pdf"
    packet.export_to(out)
    reader = PdfReader(out)
    assert len(reader.pages) == pages
    assert "PODIEIACHEV" in "".join(p.extract_text() for p in reader.pages)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert packet.start_print(printer)
    qtbot.waitUntil(lambda: not packet.printing, timeout=10_000)
    assert (tmp_path / "printed.pdf").read_bytes() == out.read_bytes()  # the PDF itself

    # lock: every view of personal data is cleared
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.lock_action.trigger()
    QApplication.processEvents()
    assert window.stack.currentWidget() is window.vault_screen
    text = _all_text(window)
    for secret in ("Подъячев", "PODIEIACHEV", "752345671", "Sverdlovsk", "photo.png"):
        assert secret not in text
    assert packet.view.document().pageCount() == 0 and packet.pdf_bytes is None
    assert docs.thumbs == {} and wizard.filled is None
    Vault.open(vault_path()).close()  # the vault is still there and closed cleanly


def _close_message(qtbot, contains: str) -> None:
    """The error shown to the user says ``contains``; the user closes it."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def shown():
        return [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible() and contains in w.text()
        ]  # fmt: skip

    qtbot.waitUntil(lambda: bool(shown()), timeout=10_000)
    for box in shown():
        box.close()
