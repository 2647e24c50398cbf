"""Hostile attachments (SECURITY.md test 21): EPS, TIFF and SVG bytes disguised as a PNG, in a
case file and in a bundle, are refused with the file named and no child process (Ghostscript)
started; a small PNG of more than 100 megapixels is refused before a pixel is decoded; the
packet command reads no attachment outside the case file's folder unless told to."""

from __future__ import annotations

import io
import struct
import subprocess
import zlib
from functools import cache
from pathlib import Path

import pytest

from tests.vault_helpers.common import KDF, make_vault
from visadesk.case.model import Attachment, AttachmentKind
from visadesk.scans.images import MAX_PIXELS, HostileAttachment, check_image, open_image

EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nnewpath 0 0 moveto showpage\n"
TIFF = b"II*\x00\x08\x00\x00\x00" + bytes(64)
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
DISGUISED = {"eps": EPS, "tiff": TIFF, "svg": SVG}


@cache
def _png(width: int, height: int) -> bytes:
    """A valid 8-bit greyscale PNG of zeros, compressed row by row (never held decoded)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    comp = zlib.compressobj(1)
    row = bytes(1 + width)
    idat = b"".join(comp.compress(row) for _ in range(height)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.fixture(autouse=True)
def no_child_process(monkeypatch):
    """Any attempt to start a program (Pillow starts `gs` for EPS) fails the test, even when
    the code under test catches the error it gets."""
    started: list[object] = []

    def refuse(*args, **kwargs):
        started.append(args[:1])
        raise OSError("no child process in this test")

    for name in ("Popen", "check_call", "run", "call"):
        monkeypatch.setattr(subprocess, name, refuse)
    yield
    assert not started, f"child process(es) started: {started}"


@pytest.fixture
def no_decoding(monkeypatch):
    from PIL import ImageFile

    def refuse(self):
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)


@pytest.mark.parametrize("kind", sorted(DISGUISED))
def test_disguised_files_are_refused_before_any_decoder(kind):
    with pytest.raises(HostileAttachment) as err:
        check_image(DISGUISED[kind], "image/png", "passport.png")
    assert "passport.png" in err.value.message and err.value.reason == "type"


def test_a_pdf_declared_as_png_and_a_png_declared_as_pdf_are_refused():
    with pytest.raises(HostileAttachment):
        check_image(b"%PDF-1.7\n", "image/png", "a.png")
    with pytest.raises(HostileAttachment):
        check_image(_png(4, 4), "application/pdf", "a.pdf")


def test_a_100_megapixel_png_is_refused_without_decoding(no_decoding):
    bomb = _png(10_500, 10_000)  # 105 MP
    assert len(bomb) < 2_000_000 and 10_500 * 10_000 > 2 * MAX_PIXELS
    with pytest.raises(HostileAttachment) as err:
        check_image(bomb, "image/png", "bomb.png")
    assert err.value.reason == "pixels" and "bomb.png" in err.value.message
    assert "105 megapixels" in err.value.message
    with pytest.raises(HostileAttachment):
        open_image(_png(10_000, 6_000), "image/png", "sixty.png")  # 60 MP: above the cap


def test_an_ordinary_png_still_opens():
    image = open_image(_png(40, 30), "image/png", "ok.png")
    assert image.size == (40, 30) and image.format == "PNG"


def _case_file(tmp_path: Path, example_case, data: bytes, name: str = "passport.png") -> Path:
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / name).write_bytes(data)
    person = example_case.applicants[0]
    att = Attachment(
        person_id=person.id,
        kind=AttachmentKind.PASSPORT_SCAN,
        filename=name,
        media_type="image/png",
        path=name,
    )
    case = example_case.model_copy(update={"attachments": [att]})
    path = folder / "case.json"
    path.write_text(case.model_dump_json(), encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", sorted(DISGUISED) + ["bomb"])
def test_packet_from_a_case_file_refuses_hostile_attachments(tmp_path, example_case, capsys, kind):
    from visadesk.cli.main import main

    data = _png(10_500, 10_000) if kind == "bomb" else DISGUISED[kind]
    case_path = _case_file(tmp_path, example_case, data)
    out = tmp_path / "packet.pdf"
    rc = main(["packet", str(case_path), "-o", str(out)])
    err = capsys.readouterr().err
    assert rc == 1 and "passport.png" in err and "Traceback" not in err
    assert not out.exists()


def test_packet_refuses_attachments_outside_the_case_folder(tmp_path, example_case, capsys):
    from visadesk.cli.main import main

    outside = tmp_path / "outside.png"
    outside.write_bytes(_png(20, 20))
    case_path = _case_file(tmp_path, example_case, _png(20, 20))
    for where in (str(outside), "../outside.png"):
        text = case_path.read_text(encoding="utf-8").replace(
            '"path":"passport.png"', f'"path":"{where}"'
        )
        case_path.write_text(text, encoding="utf-8")
        out = tmp_path / "packet.pdf"
        rc = main(["packet", str(case_path), "-o", str(out)])
        err = capsys.readouterr().err
        assert rc == 1 and "outside" in err and not out.exists()
        # named on the command line: allowed
        rc = main(["packet", str(case_path), "-o", str(out), "--allow-file", str(outside)])
        assert rc == 0, capsys.readouterr().err
        out.unlink()
    (case_path.parent / "link.png").symlink_to(outside)  # a link out of the folder: outside too
    text = case_path.read_text(encoding="utf-8").replace(
        '"path":"../outside.png"', '"path":"link.png"'
    )
    case_path.write_text(text, encoding="utf-8")
    assert main(["packet", str(case_path), "-o", str(tmp_path / "p.pdf")]) == 1


@pytest.mark.parametrize("kind", sorted(DISGUISED))
def test_bundle_with_a_disguised_attachment_is_refused_whole(tmp_path, example_case, kind):
    from visadesk.vault.exchange import export_case, open_bundle

    sender = make_vault(tmp_path / "sender.sqlite3")
    person = example_case.applicants[0]
    att = Attachment(
        id="ab" * 16, person_id=person.id, kind=AttachmentKind.PASSPORT_SCAN,
        filename="passport.png", media_type="image/png",
    )  # fmt: skip
    case = example_case.model_copy(update={"attachments": [att]})
    sender.put_case(case)
    sender.add_attachment(case.id, att.id, io.BytesIO(DISGUISED[kind]))
    out = tmp_path / "case.vdx"
    export_case(sender, case.id, out, "otter lantern maple quiet river stone", kdf=KDF)
    sender.close()
    receiver = make_vault(tmp_path / "receiver.sqlite3")
    with pytest.raises(HostileAttachment) as err:
        open_bundle(out, "otter lantern maple quiet river stone").import_into(receiver)
    assert "passport.png" in err.value.message
    assert receiver.list_cases() == []
    receiver.close()


@pytest.mark.parametrize("kind", sorted(DISGUISED) + ["bomb"])
def test_build_packet_checks_attachments_before_use(example_case, kind):
    from visadesk.pdf.packet import build_packet

    data = _png(10_500, 10_000) if kind == "bomb" else DISGUISED[kind]
    person = example_case.applicants[0]
    att = Attachment(
        person_id=person.id, kind=AttachmentKind.PASSPORT_SCAN, filename="scan.png",
        media_type="image/png",
    )  # fmt: skip
    case = example_case.model_copy(update={"attachments": [att]})
    with pytest.raises(HostileAttachment) as err:
        build_packet(case, io.BytesIO(), open_attachment=lambda a: io.BytesIO(data))
    assert "scan.png" in err.value.message


@pytest.mark.parametrize("kind", sorted(DISGUISED) + ["bomb"])
def test_the_viewer_and_thumbnails_refuse_them_too(qtbot, kind):
    from PySide6.QtCore import QSize

    from visadesk.ui.viewer import AttachmentViewer, thumbnail

    data = _png(10_500, 10_000) if kind == "bomb" else DISGUISED[kind]
    viewer = AttachmentViewer(data, "image/png", "passport.png")
    qtbot.addWidget(viewer)
    assert "passport.png" in viewer.refused
    assert thumbnail(data, "image/png", QSize(60, 80)).isNull()
    ok = AttachmentViewer(_png(30, 20), "image/png", "fine.png")
    qtbot.addWidget(ok)
    assert ok.refused == ""
    assert not thumbnail(_png(30, 20), "image/png", QSize(60, 80)).isNull()
