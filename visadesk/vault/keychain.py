"""Optional OS keychain ("remember on this device"): the data key under service ``visadesk``.

The backend is resolved at each use (a keyring unlocked after start-up, or a D-Bus session that
appeared, is picked up; vorta #616). Only a real backend counts: ``fail.Keyring``, an empty
chainer and the plaintext/obfuscated file backends of ``keyrings.alt`` are refused, so there is
never a plaintext fallback (vorta #1361). Every failure - no backend, a locked keyring, a
refusal, a D-Bus error - is a normal case: a note in the log and ``None``/``False``, never an
error; the passphrase still works.
"""

from __future__ import annotations

import base64
import binascii
import logging
from typing import Any

SERVICE = "visadesk"

log = logging.getLogger("visadesk.vault.keychain")


def backend() -> Any | None:
    """The keyring backend to use now, or None when there is no trustworthy one."""
    try:
        import keyring.backend
        import keyring.core
        from keyring.backends import chainer, fail

        # keyring probes backends once per process (jaraco's @once); forget that probe, then
        # re-read PYTHON_KEYRING_BACKEND / the config: a D-Bus session or Secret Service that
        # appeared (or vanished) since the last use is seen now.
        vars(keyring.backend.get_all_keyring).pop("saved_result", None)
        keyring.core.init_backend()
        kr = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - any keyring trouble means "no keychain"
        log.info("keychain unavailable (%s)", type(exc).__name__)
        return None
    if isinstance(kr, fail.Keyring):
        log.info("no keychain backend on this system; passphrase only")
        return None
    if isinstance(kr, chainer.ChainerBackend) and not kr.backends:
        log.info("no keychain backend on this system; passphrase only")
        return None
    if type(kr).__module__.startswith(("keyrings.alt", "keyring.backends.null")):
        log.info("keychain backend %s stores secrets in files; refused", type(kr).__name__)
        return None
    return kr


def store(vault_id: str, key: bytes) -> bool:
    kr = backend()
    if kr is None:
        return False
    try:
        kr.set_password(SERVICE, vault_id, base64.b64encode(key).decode("ascii"))
    except Exception as exc:  # noqa: BLE001 - locked, refused, D-Bus gone: not an error
        log.info("keychain refused to store the key (%s)", type(exc).__name__)
        return False
    return True


def load(vault_id: str) -> bytes | None:
    kr = backend()
    if kr is None:
        return None
    try:
        value = kr.get_password(SERVICE, vault_id)
    except Exception as exc:  # noqa: BLE001
        log.info("keychain could not be read (%s); passphrase needed", type(exc).__name__)
        return None
    if value is None:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        log.info("keychain entry for this vault is not a key; ignored")
        return None


def delete(vault_id: str) -> None:
    kr = backend()
    if kr is None:
        return
    try:
        kr.delete_password(SERVICE, vault_id)
    except Exception as exc:  # noqa: BLE001 - PasswordDeleteError when absent is fine too
        log.info("keychain entry not deleted (%s)", type(exc).__name__)


def exists(vault_id: str) -> bool:
    return load(vault_id) is not None
