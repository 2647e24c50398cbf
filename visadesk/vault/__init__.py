"""The encrypted vault: every case, attachment and personal setting sealed on the user's disk.

See docs/vault-format.md for the file format and the reasoning behind it.
"""

from __future__ import annotations

from visadesk.vault.crypto import KdfParams
from visadesk.vault.errors import (
    NewerFormat,
    NoVault,
    RecordProblem,
    VaultBusy,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultTampered,
    WrongPassphrase,
)
from visadesk.vault.index import CaseSummary
from visadesk.vault.store import Vault

__all__ = [
    "CaseSummary",
    "KdfParams",
    "NewerFormat",
    "NoVault",
    "RecordProblem",
    "Vault",
    "VaultBusy",
    "VaultError",
    "VaultExists",
    "VaultLocked",
    "VaultTampered",
    "WrongPassphrase",
]
