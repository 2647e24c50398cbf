"""The encrypted case bundle (``.vdx``): its byte format, written and read as a stream.

Modelled on age (see docs/bundle-format.md for the exact layout and what each check detects):

* a fixed 182-byte **header**: magic, format version, Argon2id parameters and salt, a random
  bundle id, the random 256-bit *file key* wrapped (AES-256-GCM) under Argon2id(passphrase), a
  SHA-256 checksum (accidental damage, told apart from a wrong passphrase before any key exists)
  and an HMAC-SHA256 under a subkey of the file key (the whole header is authenticated);
* a **payload** sealed as a STREAM of AES-256-GCM chunks of 64 KiB plaintext, each chunk's
  associated data carrying the header's digest, the chunk counter and a last-chunk flag, so
  truncation, reordering, dropping, duplicating and appending chunks all fail.

The payload plaintext is ``u32 length | manifest JSON`` (the case and the list of attachments),
then each attachment's bytes followed by their SHA-256. Readers hold at most one chunk of
attachment bytes; hostile inputs hit bounds (header size, KDF caps before Argon2, manifest
size, attachment count and sizes), and every failure is a :class:`BundleError`.

This module knows nothing of the vault; visadesk.vault.exchange joins the two.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from visadesk.vault import crypto
from visadesk.vault.attachments import MAX_ATTACHMENT_BYTES  # the vault's one limit
from visadesk.vault.crypto import CryptoError, KdfParams, KdfRefused, read_full
from visadesk.vault.errors import (
    BundleDamaged,
    BundleError,
    BundleNewerFormat,
    BundleRefused,
    NotABundle,
    WrongBundlePassphrase,
    vault_error,
)

MAGIC = b"VDXB\r\n\x1a\n"  # PNG-style: a text-mode transfer that mangles line ends is caught
FORMAT = 1
KDF_ARGON2ID = 1
_PREFIX = struct.Struct(">8sHH")  # magic, format, header length
_PARAMS = struct.Struct(">BIII")  # kdf id, memory KiB, iterations, lanes
BUNDLE_ID_BYTES = 16
WRAPPED_KEY_BYTES = crypto.SEAL_OVERHEAD + crypto.KEY_BYTES  # 61
_AD_END = _PREFIX.size + _PARAMS.size + crypto.SALT_BYTES + BUNDLE_ID_BYTES  # 57
_CHECKSUM_AT = _AD_END + WRAPPED_KEY_BYTES  # 118
_MAC_AT = _CHECKSUM_AT + 32  # 150
HEADER_BYTES = _MAC_AT + 32  # 182

CHUNK_PLAIN = 64 * 1024
CHUNK_SEALED = CHUNK_PLAIN + crypto.SEAL_OVERHEAD
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_ATTACHMENTS = 2000
DIGEST_BYTES = 32
MANIFEST_KIND = "visadesk.case-bundle"

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BundleHeader:
    """A parsed (not yet unlocked) header. ``raw`` is its exact bytes."""

    raw: bytes
    version: int
    kdf: KdfParams
    salt: bytes
    bundle_id: bytes

    @property
    def wrapped_key(self) -> bytes:
        return self.raw[_AD_END:_CHECKSUM_AT]

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(self.raw).digest()

    def stream_ad(self) -> bytes:
        """Associated data of every payload chunk: binds the payload to this exact header."""
        return crypto.ad("visadesk.vdx payload", self.version, self.digest)


# --- header -------------------------------------------------------------------------------


def make_header(passphrase: str, kdf: KdfParams) -> tuple[BundleHeader, bytes]:
    """A new header and the payload key (runs Argon2id: slow)."""
    kdf.check()
    salt, bundle_id, file_key = crypto.new_salt(), os.urandom(BUNDLE_ID_BYTES), crypto.random_key()
    prefix = (
        _PREFIX.pack(MAGIC, FORMAT, HEADER_BYTES)
        + _PARAMS.pack(KDF_ARGON2ID, kdf.memory_kib, kdf.iterations, kdf.lanes)
        + salt
        + bundle_id
    )
    kek = crypto.derive_key(passphrase, salt, kdf)
    body = prefix + crypto.seal(kek, file_key, prefix)
    body += hashlib.sha256(body).digest()
    raw = body + crypto.mac(crypto.subkey(file_key, "visadesk bundle header mac"), body)
    assert len(raw) == HEADER_BYTES
    header = BundleHeader(raw=raw, version=FORMAT, kdf=kdf, salt=salt, bundle_id=bundle_id)
    return header, crypto.subkey(file_key, "visadesk bundle payload")


def read_header(
    fh: BinaryIO, *, limits: KdfParams | None = None, name: str = "this file"
) -> BundleHeader:
    """Read and bound-check the header; no key derivation happens here.

    ``limits`` lowers the Argon2 caps (a caller on a small machine, or a fuzz test); the
    absolute caps of crypto.KdfParams.check always apply."""
    start = read_full(fh, _PREFIX.size)
    if len(start) < len(MAGIC) or start[: len(MAGIC)] != MAGIC:
        raise NotABundle(name)
    if len(start) < _PREFIX.size:
        raise BundleDamaged("the header is cut short")
    _magic, version, length = _PREFIX.unpack(start)
    if version > FORMAT:
        raise BundleNewerFormat(version, FORMAT)
    if version < 1:
        raise BundleDamaged("unknown format number in the header")
    if length != HEADER_BYTES:
        raise BundleDamaged("the header has the wrong length")
    raw = start + read_full(fh, HEADER_BYTES - _PREFIX.size)
    if len(raw) < HEADER_BYTES:
        raise BundleDamaged("the header is cut short")
    if not hmac.compare_digest(
        hashlib.sha256(raw[:_CHECKSUM_AT]).digest(), raw[_CHECKSUM_AT:_MAC_AT]
    ):
        raise BundleDamaged("header checksum mismatch")
    kdf_id, memory, iterations, lanes = _PARAMS.unpack_from(raw, _PREFIX.size)
    if kdf_id != KDF_ARGON2ID:
        raise BundleDamaged("unknown key-derivation function in the header")
    kdf = KdfParams(memory_kib=memory, iterations=iterations, lanes=lanes)
    try:
        kdf.check()
    except KdfRefused as exc:
        raise BundleRefused(f"refused: {exc}") from None
    if limits is not None and (
        memory > limits.memory_kib or iterations > limits.iterations or lanes > limits.lanes
    ):
        raise BundleRefused(
            f"it asks for more key-derivation work than allowed here ({memory} KiB, "
            f"{iterations} passes, {lanes} lanes)"
        )
    at = _PREFIX.size + _PARAMS.size
    salt = raw[at : at + crypto.SALT_BYTES]
    bundle_id = raw[at + crypto.SALT_BYTES : _AD_END]
    return BundleHeader(raw=raw, version=version, kdf=kdf, salt=salt, bundle_id=bundle_id)


def unlock_header(
    header: BundleHeader, passphrase: str, *, key_cache: dict[bytes, bytes] | None = None
) -> bytes:
    """The payload key for ``header`` (Argon2id: slow), or WrongBundlePassphrase/BundleDamaged.

    ``key_cache`` (a dict the caller owns, e.g. for inspect-then-import) remembers the key for
    this exact header and passphrase so Argon2 runs once."""
    cache_id = None
    if key_cache is not None:
        cache_id = hashlib.sha256(
            header.raw + b"\0" + passphrase.encode("utf-8", "surrogatepass")
        ).digest()
        cached = key_cache.get(cache_id)
        if cached is not None:
            return bytes(cached)
    try:
        kek = crypto.derive_key(passphrase, header.salt, header.kdf)
        file_key = crypto.open_sealed(kek, header.wrapped_key, header.raw[:_AD_END])
    except KdfRefused as exc:  # already checked in read_header; kept for direct callers
        raise BundleRefused(f"refused: {exc}") from None
    except CryptoError:
        raise WrongBundlePassphrase() from None
    except UnicodeEncodeError:
        raise WrongBundlePassphrase() from None
    if not crypto.mac_ok(
        crypto.subkey(file_key, "visadesk bundle header mac"),
        header.raw[:_MAC_AT],
        header.raw[_MAC_AT:],
    ):
        raise BundleDamaged("header authentication failed")
    key = crypto.subkey(file_key, "visadesk bundle payload")
    if key_cache is not None and cache_id is not None:
        key_cache[cache_id] = key
    return key


# --- payload: writing ------------------------------------------------------------------------


class PayloadWriter:
    """Seals what is written into 64 KiB chunks. The last chunk is written by :meth:`close`
    (never empty unless the payload is), so a cut at any chunk boundary is detectable."""

    def __init__(self, fh: BinaryIO, key: bytes, stream_ad: bytes) -> None:
        self._fh = fh
        self._key = key
        self._ad = stream_ad
        self._buf = bytearray()
        self._index = 0
        self.plain_bytes = 0

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self._buf += data
        self.plain_bytes += len(data)
        # strictly more than one chunk buffered: keep at least one byte for the final chunk
        while len(self._buf) > CHUNK_PLAIN:
            piece = bytes(self._buf[:CHUNK_PLAIN])
            del self._buf[:CHUNK_PLAIN]
            self._fh.write(crypto.seal_chunk(self._key, self._ad, self._index, False, piece))
            self._index += 1

    def close(self) -> None:
        self._fh.write(crypto.seal_chunk(self._key, self._ad, self._index, True, bytes(self._buf)))
        self._buf = bytearray()
        self._index += 1

    @property
    def chunks(self) -> int:
        return self._index


def write_payload(
    writer: PayloadWriter,
    manifest: dict[str, Any],
    attachments: Iterator[BinaryIO],
    progress: Progress | None = None,
    total: int = 0,
) -> None:
    """Manifest, then each attachment's bytes (as many as the manifest says) and their SHA-256.

    ``attachments`` yields one readable stream per manifest entry, in order."""
    body = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(body) > MAX_MANIFEST_BYTES:
        raise vault_error("bundle.too_large", cls=BundleError)
    writer.write(struct.pack(">I", len(body)))
    writer.write(body)
    done = 0
    for entry, src in zip(manifest["attachments"], attachments, strict=True):
        digest = hashlib.sha256()
        left = entry["size"]
        while left > 0:
            piece = src.read(min(CHUNK_PLAIN, left))
            if not piece:
                raise vault_error("bundle.attachment_short", cls=BundleError)
            digest.update(piece)
            writer.write(piece)
            left -= len(piece)
            done += len(piece)
            if progress is not None:
                progress(done, total)
        if src.read(1):
            raise vault_error("bundle.attachment_long", cls=BundleError)
        writer.write(digest.digest())
    writer.close()


# --- payload: reading ------------------------------------------------------------------------


class PayloadReader:
    """Opens the chunks one at a time and hands out exact byte counts. Any failure is
    BundleDamaged; :meth:`finish` checks that the stream ended exactly where it should."""

    def __init__(self, fh: BinaryIO, key: bytes, stream_ad: bytes) -> None:
        self._fh = fh
        self._key = key
        self._ad = stream_ad
        self._buf = b""
        self._pos = 0
        self._index = 0
        self._final = False

    def _load(self) -> None:
        if self._final:
            raise BundleDamaged("the contents end before the data they describe")
        try:
            blob = read_full(self._fh, CHUNK_SEALED)
        except OSError as exc:
            raise vault_error(
                "bundle.unreadable", cls=BundleError, reason=exc.strerror or exc
            ) from None
        if not blob:
            raise BundleDamaged(f"cut short after part {self._index}")
        if len(blob) < crypto.SEAL_OVERHEAD:
            raise BundleDamaged(f"part {self._index} is cut short")
        try:
            data, final = crypto.open_chunk(self._key, self._ad, self._index, blob)
        except CryptoError:
            raise BundleDamaged(
                f"part {self._index} failed authentication"
                + (" (cut short?)" if len(blob) < CHUNK_SEALED else "")
            ) from None
        if not final and len(data) != CHUNK_PLAIN:
            raise BundleDamaged(f"part {self._index} has the wrong size")
        if final:
            self._final = True
            if self._fh.read(1):
                raise BundleDamaged("data follows the end of the bundle")
        self._index += 1
        self._buf, self._pos = data, 0

    def read_some(self, limit: int) -> bytes:
        """Up to ``limit`` (> 0) bytes; never empty (BundleDamaged at the end)."""
        if self._pos >= len(self._buf):
            self._load()
            while not self._buf:  # only an empty final chunk, or a hostile empty middle one
                self._load()
        out = self._buf[self._pos : self._pos + limit]
        self._pos += len(out)
        return out

    def read_exact(self, n: int) -> bytes:
        parts: list[bytes] = []
        while n > 0:
            piece = self.read_some(n)
            parts.append(piece)
            n -= len(piece)
        return b"".join(parts)

    def finish(self) -> None:
        """The payload must end exactly here: last chunk reached, nothing left in it."""
        if self._pos < len(self._buf):
            raise BundleDamaged("unexpected data at the end of the contents")
        if not self._final:
            # the rest of the data must be exactly one empty final chunk, nothing else
            self._load()
            if self._buf or not self._final:
                raise BundleDamaged("unexpected data at the end of the contents")


def read_manifest(reader: PayloadReader) -> tuple[dict[str, Any], bytes]:
    """The manifest (validated in shape) and its exact bytes."""
    (length,) = struct.unpack(">I", reader.read_exact(4))
    if length > MAX_MANIFEST_BYTES:
        raise BundleDamaged("its table of contents is too large")
    body = reader.read_exact(length)
    try:
        doc = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleDamaged("its table of contents is unreadable") from None
    check_manifest(doc)
    return doc, body


def check_manifest(doc: Any) -> None:
    if not isinstance(doc, dict) or doc.get("kind") != MANIFEST_KIND:
        raise BundleDamaged("its table of contents is not a case bundle's")
    if not isinstance(doc.get("case"), dict):
        raise BundleDamaged("it holds no case")
    atts = doc.get("attachments")
    if not isinstance(atts, list) or len(atts) > MAX_ATTACHMENTS:
        raise BundleDamaged("its list of attachments is malformed")
    seen: set[str] = set()
    for entry in atts:
        if not isinstance(entry, dict):
            raise BundleDamaged("its list of attachments is malformed")
        aid, size = entry.get("id"), entry.get("size")
        if not isinstance(aid, str) or not _is_opaque_id(aid) or aid in seen:
            raise BundleDamaged("an attachment id is malformed or repeated")
        if (
            not isinstance(size, int)
            or isinstance(size, bool)
            or not 0 <= size <= MAX_ATTACHMENT_BYTES
        ):
            raise BundleDamaged("an attachment size is out of range")
        seen.add(aid)


def _is_opaque_id(value: str) -> bool:
    return 8 <= len(value) <= 64 and all(c in "0123456789abcdef" for c in value)


class AttachmentStream(io.RawIOBase):
    """Exactly ``size`` bytes of one attachment from the payload, then its digest is checked
    (BundleDamaged on mismatch) before EOF is reported."""

    def __init__(self, reader: PayloadReader, size: int, on_bytes: Callable[[int], None]) -> None:
        super().__init__()
        self._reader = reader
        self._left = size
        self._digest = hashlib.sha256()
        self._on_bytes = on_bytes
        self._checked = False

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._left == 0:
            self._check()
            return b""
        limit = self._left if size is None or size < 0 else min(size, self._left)
        if limit == 0:
            return b""
        data = self._reader.read_some(min(limit, CHUNK_PLAIN))
        self._left -= len(data)
        self._digest.update(data)
        self._on_bytes(len(data))
        return data

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)

    def drain(self) -> None:
        while self.read(CHUNK_PLAIN):
            pass

    def _check(self) -> None:
        if self._checked:
            return
        stored = self._reader.read_exact(DIGEST_BYTES)
        if not hmac.compare_digest(stored, self._digest.digest()):
            raise BundleDamaged("an attachment does not match its checksum")
        self._checked = True


# --- sources ---------------------------------------------------------------------------------


def open_source(source: Path | str | bytes) -> BinaryIO:
    """A fresh read handle on a bundle given as a path or (tests, fuzzing) as bytes."""
    if isinstance(source, bytes | bytearray):
        return io.BytesIO(bytes(source))
    path = Path(source)
    try:
        return open(path, "rb", buffering=CHUNK_SEALED)  # noqa: SIM115 - caller closes
    except FileNotFoundError:
        raise vault_error("bundle.no_file", cls=BundleError, path=path) from None
    except IsADirectoryError:
        raise vault_error("bundle.is_folder", cls=BundleError, path=path) from None
    except OSError as exc:
        raise vault_error(
            "bundle.cannot_open", cls=BundleError, path=path, reason=exc.strerror or exc
        ) from None
