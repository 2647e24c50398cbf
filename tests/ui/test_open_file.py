"""A .vdx handed over by the system — `visadesk family.vdx` (a double-click on Linux/Windows) or
macOS's QFileOpenEvent — is offered for import once the vault is unlocked, never before; a
missing or unreadable file gets a clear message. The Linux association files are valid."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from visadesk.cli.main import opened_files
from visadesk.local.paths import vault_path
from visadesk.local.settings import Settings
from visadesk.sample.family import example_case
from visadesk.ui import exchange_actions
from visadesk.ui.app import install_file_open
from visadesk.ui.main_window import MainWindow
from visadesk.vault import KdfParams, Vault

SECRET = "зелёный чайник летит над Лионом"
ROOT = Path(__file__).resolve().parents[2]
MIME = "application/x-visadesk-bundle"


@pytest.fixture
def bundle(tmp_path, fixture_path) -> tuple[Path, str]:
    """A real bundle (the stored format-1 fixture) where a download would put it."""
    meta = json.loads((fixture_path / "bundle" / "format1.json").read_text())
    path = tmp_path / "Downloads" / "family.vdx"
    path.parent.mkdir()
    shutil.copy(fixture_path / "bundle" / "format1.vdx", path)
    return path, meta["passphrase"]


@pytest.fixture
def offers(monkeypatch, bundle):
    """The passphrase question and the import confirmation, answered as the user would; each
    question asked is recorded (file name in the prompt)."""
    asked: list[str] = []
    _path, secret = bundle

    def ask(_parent, _title, prompt):
        asked.append(prompt)
        return secret

    monkeypatch.setattr(exchange_actions, "ask_passphrase", ask)
    monkeypatch.setattr(exchange_actions, "_ask", lambda _w, _preview: "keep_both")
    return asked


def _make_vault() -> None:
    vault = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    vault.put_case(example_case())
    vault.close()


def _window(qtbot) -> MainWindow:
    _make_vault()
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.show()
    return window


def _unlock(qtbot, window: MainWindow) -> None:
    window.vault_screen.passphrase.setText(SECRET)
    window.vault_screen.go.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)


def _messages(contains: str) -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and contains in w.text()
    ]  # fmt: skip


def _close_message(qtbot, contains: str) -> str:
    qtbot.waitUntil(lambda: bool(_messages(contains)), timeout=10_000)
    box = _messages(contains)[0]
    text = box.text()
    box.close()
    return text


def _imported(qtbot, window: MainWindow, offers: list[str], count: int = 2) -> None:
    qtbot.waitUntil(lambda: window.cases.list.count() == count, timeout=20_000)
    assert len(offers) == 1 and "You opened family.vdx" in offers[0]
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Case imported.", timeout=5_000)


def test_the_command_line_parses_files_handed_over():
    assert opened_files(["family.vdx"]) == ["family.vdx"]
    assert opened_files(["/home/k/Загрузки/Дело.VDX"]) == ["/home/k/Загрузки/Дело.VDX"]
    assert opened_files(["--demo", "a.vdx"]) == ["a.vdx"]
    assert opened_files(["-psn_0_12345", "a.vdx"]) == ["a.vdx"]  # old macOS Finder argument
    assert opened_files(["--", "a.vdx", "b.vdx"]) == ["a.vdx", "b.vdx"]
    for argv in ([], ["--demo"], ["vault", "export.vdx"], ["packet", "case.json"], ["x.json"]):
        assert opened_files(argv) is None, argv
    assert opened_files(["--version", "a.vdx"]) is None


def test_argv_file_is_offered_after_unlock_and_never_before(
    qtbot, visadesk_home, bundle, offers, monkeypatch
):
    """`visadesk ~/Downloads/family.vdx` end to end: main() → the app → the unlock screen says
    the file waits → after unlocking the import is offered and done."""
    from visadesk.cli import main as cli

    _make_vault()
    path, _secret = bundle
    second = path.with_name("brother.vdx")
    shutil.copy(path, second)
    seen: dict = {}

    def exec_(*_args) -> int:  # stands in for the event loop: what the user does meanwhile
        (window,) = [  # the window run() made (not one another test left to be deleted)
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and not any(w is e for e in earlier)
        ]  # fmt: skip
        qtbot.addWidget(window)
        QApplication.processEvents()
        seen["before"] = (list(offers), list(window.pending_files))
        seen["status"] = window.statusBar().currentMessage()
        seen["screen"] = window.vault_screen.message.text()
        # and macOS's open-document event reaches this window too (run() installs the hook: on
        # macOS at once, elsewhere after the first paint, with the other app-wide filters)
        window.repaint()
        qtbot.waitUntil(lambda: getattr(window, "file_open_hook", None) is not None)
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(second)))
        seen["both"] = list(window.pending_files)
        window.vault_screen.passphrase.setText(SECRET)
        window.vault_screen.go.click()
        qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
        qtbot.waitUntil(lambda: window.cases.list.count() == 3, timeout=20_000)
        seen["offers"] = list(offers)
        seen["after"] = window.pending_files
        window.close()
        return 0

    earlier = list(QApplication.topLevelWidgets())  # held: no id is reused
    monkeypatch.setattr(QApplication, "exec", exec_)
    assert cli.main([str(path)]) == 0
    assert seen["before"] == ([], [path])  # nothing asked, nothing imported while locked
    assert seen["status"] == seen["screen"] == "Unlock your vault to import family.vdx."
    assert seen["both"] == [path, second]
    assert [o.split(".")[0] for o in seen["offers"]] == ["You opened family", "You opened brother"]
    assert seen["after"] == []


def test_a_file_open_event_is_offered_after_unlock(qtbot, visadesk_home, bundle, offers):
    window = _window(qtbot)
    install_file_open(QApplication.instance(), window)
    path, _secret = bundle
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
    assert window.pending_files == [path] and offers == []
    _unlock(qtbot, window)
    _imported(qtbot, window, offers)
    assert window.pending_files == []


def test_a_file_open_event_while_unlocked_is_offered_at_once(qtbot, visadesk_home, bundle, offers):
    window = _window(qtbot)
    install_file_open(QApplication.instance(), window)
    _unlock(qtbot, window)
    path, _secret = bundle
    from PySide6.QtCore import QUrl

    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(QUrl.fromLocalFile(str(path))))
    _imported(qtbot, window, offers)


def test_a_locked_vault_is_never_imported_into(qtbot, visadesk_home, bundle, offers):
    """Even called directly, the import waits for the passphrase of the vault."""
    window = _window(qtbot)
    path, _secret = bundle
    window.open_file(path)
    window.open_file(path)  # twice (two double-clicks): offered once
    QApplication.processEvents()
    assert offers == [] and window.pending_files == [path]
    _unlock(qtbot, window)
    _imported(qtbot, window, offers)


def test_a_missing_file_says_so_and_is_not_offered(qtbot, visadesk_home, tmp_path, offers):
    window = _window(qtbot)
    missing = tmp_path / "gone.vdx"
    window.open_file(missing)
    text = _close_message(qtbot, "there is no such file")
    assert str(missing) in text
    assert window.pending_files == []
    _unlock(qtbot, window)
    QApplication.processEvents()
    assert offers == [] and window.cases.list.count() == 1


def test_an_unreadable_file_says_so(qtbot, visadesk_home, bundle, offers, monkeypatch):
    window = _window(qtbot)
    path, _secret = bundle
    if os.geteuid() == 0:  # root reads every file: the refusal is simulated

        def refuse(*_args, **_kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(exchange_actions, "open", refuse, raising=False)
    path.chmod(0)
    try:
        window.open_file(path)
        text = _close_message(qtbot, "cannot read")
    finally:
        path.chmod(0o600)
    assert str(path) in text and "Nothing was imported" in text
    assert window.pending_files == []


def test_a_folder_or_another_kind_of_file_says_so(qtbot, visadesk_home, tmp_path, offers):
    window = _window(qtbot)
    folder = tmp_path / "looks.vdx"
    folder.mkdir()
    window.open_file(folder)
    _close_message(qtbot, "there is no such file")
    other = tmp_path / "photo.png"
    other.write_bytes(b"\x89PNG")
    window.open_file(other)
    _close_message(qtbot, "case files (.vdx, .json) only")
    assert window.pending_files == []


def test_the_messages_are_translated(qtbot, visadesk_home, tmp_path):
    from visadesk.ui import i18n

    i18n.install("ru")
    try:
        text = exchange_actions.unreadable(tmp_path / "gone.vdx")
    finally:
        i18n.install("en")
    assert text and "gone.vdx" in text and "no such file" not in text


# -- the Linux association files --


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string((ROOT / "resources" / "visadesk.desktop").read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def test_the_desktop_entry_is_valid_and_declares_the_bundle_type(tmp_path):
    entry = _desktop_entry()
    for key in ("Type", "Name", "Exec"):
        assert entry.get(key), key
    assert entry["Type"] == "Application"
    assert MIME in entry["MimeType"].split(";") and entry["MimeType"].endswith(";")
    program, *args = entry["Exec"].split()
    assert program == "visadesk-gui" and args == ["%f"]  # one file per start
    assert entry["Categories"].endswith(";")
    for key in entry:  # only keys of the specification (localised ones too)
        assert key.split("[")[0] in {
            "Type", "Version", "Name", "GenericName", "Comment", "Exec", "TryExec", "Terminal",
            "Categories", "MimeType", "Keywords", "StartupNotify", "Icon",
        }, key  # fmt: skip
    tool = shutil.which("desktop-file-validate")
    if tool:
        done = subprocess.run(
            [tool, str(ROOT / "resources" / "visadesk.desktop")], capture_output=True, text=True
        )
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_the_mime_file_is_valid_and_matches_real_bundles(tmp_path, fixture_path):
    from visadesk.vault.bundle import MAGIC

    source = ROOT / "resources" / "mime" / "visadesk.xml"
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    root = ET.parse(source).getroot()
    assert root.tag == f"{ns}mime-info"
    (kind,) = root.findall(f"{ns}mime-type")
    assert kind.get("type") == MIME
    assert [g.get("pattern") for g in kind.findall(f"{ns}glob")] == ["*.vdx"]
    (match,) = kind.iter(f"{ns}match")
    assert MAGIC.startswith(match.get("value").encode())
    assert (fixture_path / "bundle" / "format1.vdx").read_bytes().startswith(MAGIC)
    tool = shutil.which("update-mime-database")
    if tool:  # the real compiler of these files accepts it and produces the glob
        data = tmp_path / "mime"
        (data / "packages").mkdir(parents=True)
        shutil.copy(source, data / "packages" / "visadesk.xml")
        done = subprocess.run([tool, str(data)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert f"{MIME}:*.vdx" in (data / "globs2").read_text()
        assert b"VDXB" in (data / "magic").read_bytes()


def test_the_macos_bundle_declares_the_same_type():
    spec = (ROOT / "packaging" / "visadesk.spec").read_text()
    assert '"CFBundleTypeExtensions": ["vdx"]' in spec
    assert f'"public.mime-type": ["{MIME}"]' in spec
    docs = (ROOT / "docs" / "packaging.md").read_text()
    assert MIME in docs and "visadesk.desktop" in docs
