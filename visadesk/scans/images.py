"""Opening scans safely: the real type of an attachment is checked against what it claims, and
images are decoded only as PNG or JPEG, below a pixel cap, so a hostile file can neither start a
program (Pillow hands EPS to Ghostscript) nor exhaust memory (a small PNG of 144 megapixels
decodes to gigabytes).

Every check raises :class:`HostileAttachment`, which names the file and says why.
"""

from __future__ import annotations

import io
import struct
import warnings
from typing import TYPE_CHECKING

from visadesk.errors import VisaDeskError
from visadesk.scans.kinds import sniff

if TYPE_CHECKING:
    from PIL.Image import Image

MAX_PIXELS = 50_000_000  # a 600 dpi A4 scan is 35 MP; 50 MP decodes to at most 200 MB (RGBA)
PIL_FORMATS = {"image/png": ("PNG",), "image/jpeg": ("JPEG",)}
QT_FORMATS = {"image/png": b"PNG", "image/jpeg": b"JPG"}


class HostileAttachment(VisaDeskError):
    """An attachment that is not what it claims, not a PDF/PNG/JPEG, or too big to decode.
    ``name``: the file; ``reason``: ``type`` (wrong or unknown kind) or ``pixels``."""

    def __init__(self, name: str, reason: str, message: str) -> None:
        super().__init__(
            message, field="attachments", key=f"scan.{reason}", params={"name": _label(name)}
        )
        self.name = name
        self.reason = reason


def _label(name: str) -> str:
    return repr(name or "scan")


def check_kind(head: bytes, declared: str, name: str) -> str:
    """The real media type from the first bytes; refuse anything that is not a PDF, PNG or
    JPEG, or that is not what ``declared`` says (an EPS, TIFF or SVG named .png)."""
    real = sniff(head)
    if real is None:
        raise HostileAttachment(
            name,
            "type",
            f"attachment {_label(name)} is not a PDF, PNG or JPEG file (its content says "
            "otherwise, whatever its name); it was refused and nothing in it was opened",
        )
    if declared and real != declared:
        raise HostileAttachment(
            name,
            "type",
            f"attachment {_label(name)} claims to be {declared} but holds {real}; it was "
            "refused and nothing in it was opened",
        )
    return real


def png_size(head: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's IHDR chunk (the first 24 bytes), without decoding."""
    if len(head) >= 24 and head[12:16] == b"IHDR":
        width, height = struct.unpack(">II", head[16:24])
        return width, height
    return None


def check_pixels(width: int, height: int, name: str) -> None:
    if width * height > MAX_PIXELS:
        raise HostileAttachment(
            name,
            "pixels",
            f"attachment {_label(name)} is {width} × {height} pixels "
            f"({width * height / 1e6:.0f} megapixels), more than the "
            f"{MAX_PIXELS // 1_000_000} megapixels VisaDesk decodes; scan it again at a lower "
            "resolution (300 dpi is plenty)",
        )


def open_image(data: bytes, declared: str, name: str) -> Image:
    """A PIL image of ``data``, opened lazily (nothing decoded yet) as PNG or JPEG only, after
    the kind and pixel checks. Pillow's decompression-bomb warning is an error here."""
    from PIL import Image as PILImage

    real = check_kind(data[:32], declared, name)
    if real not in PIL_FORMATS:
        raise HostileAttachment(name, "type", f"attachment {_label(name)} is not an image")
    with warnings.catch_warnings():
        warnings.simplefilter("error", PILImage.DecompressionBombWarning)
        try:
            image = PILImage.open(io.BytesIO(data), formats=PIL_FORMATS[real])
        except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError):
            width, height = png_size(data[:32]) or (0, 0)
            check_pixels(width, height, name)  # raises with the figures when they are known
            raise HostileAttachment(
                name, "pixels", f"attachment {_label(name)} has too many pixels to decode"
            ) from None
        except (OSError, ValueError, SyntaxError) as exc:
            raise HostileAttachment(
                name,
                "type",
                f"attachment {_label(name)} is not a readable image ({type(exc).__name__})",
            ) from None
    check_pixels(image.width, image.height, name)
    return image


def check_image(data: bytes, declared: str, name: str) -> str:
    """Check an attachment before it is shown or printed: kind, and for images the format
    and pixel count (read from the header only). Returns the real media type."""
    real = check_kind(data[:32], declared, name)
    if real in PIL_FORMATS:
        open_image(data, real, name).close()
    return real
