"""Low-level cryptography of VisaDesk: Argon2id key derivation, AEAD seal/open, chunked streams.

Small and obvious on purpose; it knows nothing of SQL or files, so the vault (issue 3) and the
encrypted case bundle (.vdx, issue 8) share it. Every seal uses AES-256-GCM with a fresh random
96-bit nonce: at the vault's scale (far fewer than 2**32 seals per key) random nonces are safe,
and they need no counter state that a crash could roll back.

Sealed blob layout: ``0x01 | nonce (12) | ciphertext || tag (16)``; the leading byte names the
algorithm so it can change later without guessing.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
SALT_BYTES = 16
ALG_AES256GCM = 1
SEAL_OVERHEAD = 1 + NONCE_BYTES + TAG_BYTES
CHUNK_BYTES = 1024 * 1024

# Caps checked *before* Argon2 allocates anything: a header may come from an attacker (a planted
# vault, a hostile bundle), and "4 TiB, 10**9 passes" must be refused instantly, not attempted.
# age caps its scrypt work factor for the same reason.
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MIN_MEMORY_KIB = 8 * 1024  # 8 MiB: the test-suite floor; defaults are far above it
MAX_ITERATIONS = 64
MAX_LANES = 16


class CryptoError(Exception):
    """Authentication failed (wrong key, damaged or modified data). Callers turn it into a
    user-facing VaultError that names the record."""


class KdfRefused(CryptoError):
    """KDF parameters outside the caps: refused before any allocation."""


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost parameters (memory in KiB). The salt is stored beside them, not here."""

    memory_kib: int = 256 * 1024
    iterations: int = 3
    lanes: int = 2

    @classmethod
    def default(cls) -> KdfParams:
        # RFC 9106 §4 recommends Argon2id with t=1, m=2 GiB, or (second option, for
        # memory-constrained machines) t=3, m=64 MiB; OWASP's Password Storage Cheat Sheet lists
        # m=19-46 MiB as a floor for servers. A desktop app unlocking once a session can afford
        # more: m=256 MiB, t=3, p=2 costs about 0.7 s on a 2-core laptop (KeePassXC aims at ~1 s),
        # four times RFC 9106's second option in memory. Never go below that option by default.
        return cls(memory_kib=256 * 1024, iterations=3, lanes=2)

    @classmethod
    def for_tests(cls) -> KdfParams:
        """Tiny parameters so the test suite stays fast. Never used by the app itself."""
        return cls(memory_kib=MIN_MEMORY_KIB, iterations=1, lanes=1)

    def check(self) -> None:
        """Refuse absurd or hostile parameters before anything is allocated."""
        for name, value in (
            ("memory", self.memory_kib),
            ("iterations", self.iterations),
            ("lanes", self.lanes),
        ):
            if not isinstance(value, int) or isinstance(value, bool):
                raise KdfRefused(f"Argon2 {name} is not a whole number")
        if self.memory_kib > MAX_MEMORY_KIB:
            raise KdfRefused(
                f"it asks for {self.memory_kib / 2**20:.0f} GiB of memory for Argon2 "
                f"(the limit is {MAX_MEMORY_KIB // 2**20} GiB)"
            )
        if self.memory_kib < MIN_MEMORY_KIB:
            raise KdfRefused(f"Argon2 memory {self.memory_kib} KiB is below the minimum")
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise KdfRefused(f"Argon2 iterations {self.iterations} outside 1–{MAX_ITERATIONS}")
        if not 1 <= self.lanes <= MAX_LANES:
            raise KdfRefused(f"Argon2 lanes {self.lanes} outside 1–{MAX_LANES}")
        if self.memory_kib < 8 * self.lanes:
            raise KdfRefused("Argon2 memory is too small for its lanes")

    def weaker_than(self, other: KdfParams) -> bool:
        return self.memory_kib < other.memory_kib or self.iterations < other.iterations


def random_key() -> bytes:
    return os.urandom(KEY_BYTES)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(passphrase) -> 32-byte key. Slow by design: call it off the GUI thread."""
    params.check()
    if len(salt) != SALT_BYTES:
        raise KdfRefused("the Argon2 salt has the wrong length")
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def subkey(key: bytes, purpose: str) -> bytes:
    """A key for one purpose (records, header MAC, ...), so no key is used for two jobs."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose.encode("ascii")
    ).derive(key)


def ad(*fields: str | bytes | int) -> bytes:
    """Associated data from fields, each length-prefixed so no two field lists collide."""
    parts = [b"VDAD1"]
    for f in fields:
        if isinstance(f, str):
            b = f.encode("utf-8")
        elif isinstance(f, int):
            b = f.to_bytes(8, "big", signed=True)
        else:
            b = bytes(f)
        parts.append(len(b).to_bytes(4, "big"))
        parts.append(b)
    return b"".join(parts)


def seal(key: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return bytes([ALG_AES256GCM]) + nonce + AESGCM(key).encrypt(nonce, plaintext, associated_data)


def open_sealed(key: bytes, blob: bytes, associated_data: bytes) -> bytes:
    """Inverse of :func:`seal`. Raises CryptoError on any mismatch (never returns other data)."""
    if not isinstance(blob, bytes | bytearray | memoryview) or len(blob) < SEAL_OVERHEAD:
        raise CryptoError("sealed data is truncated")
    blob = bytes(blob)
    if blob[0] != ALG_AES256GCM:
        raise CryptoError(f"unknown algorithm {blob[0]}")
    try:
        return AESGCM(key).decrypt(
            blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], associated_data
        )
    except InvalidTag:
        raise CryptoError("authentication failed") from None


class Opener:
    """``open_sealed`` with one key, reusing its cipher object (unlock opens thousands)."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def __call__(self, blob: bytes, associated_data: bytes) -> bytes | None:
        """Plaintext, or None when the blob does not authenticate."""
        if len(blob) < SEAL_OVERHEAD or blob[0] != ALG_AES256GCM:
            return None
        try:
            return self._aead.decrypt(
                blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], associated_data
            )
        except InvalidTag:
            return None


def mac(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def mac_ok(key: bytes, data: bytes, tag: bytes) -> bool:
    return hmac.compare_digest(mac(key, data), tag)


# --- chunked streams (attachments; the .vdx bundle payload) ------------------------------------
# Each chunk's associated data carries the stream's own AD, the chunk index and a final flag
# (the STREAM construction of Hoang-Reyhanitabar-Rogaway-Vizár, as used by age): reordering,
# dropping, truncating at a chunk boundary or appending chunks all fail authentication.


def chunk_ad(stream_ad: bytes, index: int, final: bool) -> bytes:
    return stream_ad + struct.pack(">QB", index, 1 if final else 0)


def seal_chunk(key: bytes, stream_ad: bytes, index: int, final: bool, data: bytes) -> bytes:
    return seal(key, data, chunk_ad(stream_ad, index, final))


def open_chunk(key: bytes, stream_ad: bytes, index: int, blob: bytes) -> tuple[bytes, bool]:
    """Open chunk ``index``; returns (plaintext, is_final)."""
    try:
        return open_sealed(key, blob, chunk_ad(stream_ad, index, False)), False
    except CryptoError:
        pass
    return open_sealed(key, blob, chunk_ad(stream_ad, index, True)), True


def seal_stream(
    key: bytes, stream_ad: bytes, src: BinaryIO, chunk_size: int = CHUNK_BYTES
) -> Iterator[tuple[int, bytes, int]]:
    """Read ``src`` and yield (index, sealed chunk, plaintext length); memory stays one chunk
    ahead. An empty source yields one empty final chunk, so "empty" is authenticated too."""
    index = 0
    current = read_full(src, chunk_size)
    while True:
        following = read_full(src, chunk_size) if len(current) == chunk_size else b""
        final = not following
        yield index, seal_chunk(key, stream_ad, index, final, current), len(current)
        if final:
            return
        index += 1
        current = following


def read_full(src: BinaryIO, n: int) -> bytes:
    parts: list[bytes] = []
    left = n
    while left > 0:
        b = src.read(left)
        if not b:
            break
        parts.append(b)
        left -= len(b)
    return b"".join(parts)
