"""The vault header: magic, format version, vault id, Argon2id parameters, salt, wrapped key.

Stored as canonical JSON in the single row of the ``header`` table with two tags beside it:
``checksum`` = SHA-256(body) tells accidental damage (a flipped bit) from a wrong passphrase
before any key exists, and ``mac`` = HMAC-SHA256(subkey(data key, "header"), body) authenticates
the whole header once the key is unwrapped (KDBX4 does the same). The data key is wrapped with
AES-256-GCM under the Argon2id key, with the header's parameters as associated data, so editing
the parameters (or the vault id) makes the key unwrappable.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from visadesk.vault import crypto
from visadesk.vault.crypto import CryptoError, KdfParams, KdfRefused
from visadesk.vault.errors import (
    NewerFormat,
    VaultError,
    VaultTampered,
    WrongPassphrase,
    vault_error,
)

MAGIC = "visadesk.vault"
FORMAT = 1
MAX_HEADER_BYTES = 16 * 1024


@dataclass(frozen=True, slots=True)
class Header:
    vault_id: str
    kdf: KdfParams
    salt: bytes
    wrapped_key: bytes
    format: int = FORMAT

    def params_ad(self) -> bytes:
        return crypto.ad(
            MAGIC, self.format, self.vault_id, "argon2id",
            self.kdf.memory_kib, self.kdf.iterations, self.kdf.lanes, self.salt,
        )  # fmt: skip

    def body(self) -> bytes:
        doc = {
            "magic": MAGIC,
            "format": self.format,
            "vault_id": self.vault_id,
            "kdf": {
                "name": "argon2id",
                "memory_kib": self.kdf.memory_kib,
                "iterations": self.kdf.iterations,
                "lanes": self.kdf.lanes,
                "salt": _b64(self.salt),
            },
            "wrapped_key": _b64(self.wrapped_key),
        }
        return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("ascii")

    def checksum(self) -> bytes:
        return hashlib.sha256(self.body()).digest()

    def mac(self, data_key: bytes) -> bytes:
        return crypto.mac(crypto.subkey(data_key, "visadesk header mac"), self.body())


def wrap(vault_id: str, data_key: bytes, passphrase: str, kdf: KdfParams) -> Header:
    """A new header for ``data_key`` under ``passphrase`` (runs Argon2id: slow)."""
    salt = crypto.new_salt()
    draft = Header(vault_id=vault_id, kdf=kdf, salt=salt, wrapped_key=b"")
    kek = crypto.derive_key(passphrase, salt, kdf)
    return Header(
        vault_id=vault_id,
        kdf=kdf,
        salt=salt,
        wrapped_key=crypto.seal(kek, data_key, draft.params_ad()),
    )


def unwrap(header: Header, passphrase: str) -> bytes:
    """The data key, or WrongPassphrase. The caps were checked when the header was parsed."""
    try:
        kek = crypto.derive_key(passphrase, header.salt, header.kdf)
        return crypto.open_sealed(kek, header.wrapped_key, header.params_ad())
    except KdfRefused as exc:
        raise VaultTampered("header", f"refused: {exc}") from None
    except CryptoError:
        raise WrongPassphrase() from None


def key_fits(header: Header, mac_tag: bytes, data_key: bytes) -> bool:
    """Does this data key belong to this header? (a remembered key may be stale)."""
    return len(data_key) == crypto.KEY_BYTES and hmac.compare_digest(header.mac(data_key), mac_tag)


def parse(body: bytes, checksum: bytes) -> Header:
    """Parse and bound-check a stored header; VaultTampered / NewerFormat with a clear message.

    Refuses hostile KDF parameters here, before any key derivation could allocate memory."""
    if not isinstance(body, bytes) or len(body) > MAX_HEADER_BYTES:
        raise VaultTampered("header", "unreadable")
    if not isinstance(checksum, bytes) or not hmac.compare_digest(
        hashlib.sha256(body).digest(), checksum
    ):
        raise VaultTampered("header", "checksum mismatch")
    try:
        doc = json.loads(body)
        if doc.get("magic") != MAGIC:
            raise vault_error("vault.not_a_vault")
        fmt = doc["format"]
        if not isinstance(fmt, int):
            raise ValueError("format")
        if fmt > FORMAT:
            raise vault_error("vault.newer_format", cls=NewerFormat, version=fmt, ours=FORMAT)
        k = doc["kdf"]
        if k["name"] != "argon2id":
            raise ValueError("kdf")
        params = KdfParams(memory_kib=k["memory_kib"], iterations=k["iterations"], lanes=k["lanes"])
        params.check()
        header = Header(
            vault_id=str(doc["vault_id"]),
            kdf=params,
            salt=base64.b64decode(k["salt"], validate=True),
            wrapped_key=base64.b64decode(doc["wrapped_key"], validate=True),
            format=fmt,
        )
    except (VaultError, NewerFormat):
        raise
    except KdfRefused as exc:
        raise VaultTampered("header", f"refused: {exc}") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise VaultTampered("header", f"malformed ({type(exc).__name__})") from None
    if len(header.salt) != crypto.SALT_BYTES or header.body() != body:
        raise VaultTampered("header", "not in canonical form")
    return header


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def read_header(path: Path) -> tuple[Header, bytes]:
    """The parsed header of the vault file at ``path`` and its MAC tag, read without writing
    anything (VaultError / VaultTampered when the file is not a sound vault)."""
    from visadesk.vault import db

    try:
        conn = db.connect_ro(path)
        try:
            row = conn.execute("SELECT body, checksum, mac FROM header WHERE id = 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        text = str(exc).lower()
        if "no such table" in text or "not a database" in text:
            raise vault_error("vault.not_a_vault_start", name=path.name) from None
        raise db.as_vault_error(exc) from None
    except (UnicodeDecodeError, ValueError, OverflowError):
        raise db.file_damaged() from None
    if row is None:
        raise VaultTampered("header", "missing")
    body, checksum, mac = row
    if not isinstance(mac, bytes):
        raise VaultTampered("header", "missing tag")
    return parse(body, checksum), mac
