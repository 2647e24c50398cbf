"""Typed vault errors, each with a message a frightened user can act on, and RecordProblem."""

from __future__ import annotations

from dataclasses import dataclass

from visadesk.errors import VisaDeskError


class VaultError(VisaDeskError):
    """Base of every vault error."""


class WrongPassphrase(VaultError):
    def __init__(self, message: str = "wrong passphrase") -> None:
        super().__init__(message)


class VaultTampered(VaultError):
    """A record (or the header) failed authentication: damaged on disk or modified by someone.

    ``record_id`` names it ("header" for the vault header)."""

    def __init__(self, record_id: str, detail: str = "") -> None:
        msg = (
            f"the record {record_id} is damaged or was modified outside VisaDesk"
            + (f" ({detail})" if detail else "")
            + "; the other records are not affected. A daily backup is in the backups folder."
        )
        if record_id == "header":
            msg = (
                "the vault header is damaged or was modified outside VisaDesk"
                + (f" ({detail})" if detail else "")
                + ". Restore a copy from the backups folder."
            )
        super().__init__(msg, field=None)
        self.record_id = record_id
        self.detail = detail


class VaultLocked(VaultError):
    def __init__(self, message: str = "the vault is locked; unlock it first") -> None:
        super().__init__(message)


class NewerFormat(VaultError):
    """The vault was written by a newer VisaDesk."""


class VaultBusy(VaultError):
    def __init__(
        self,
        message: str = "the vault is in use by another VisaDesk window or command; "
        "close it or try again in a moment",
    ) -> None:
        super().__init__(message)


class NoVault(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"there is no vault at {path}; create one with `visadesk vault init` "
            "(or the app's “Create vault” screen)"
        )


class VaultExists(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(f"a vault already exists at {path}; it was left untouched")


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """A record that failed to open at unlock: its opaque id, its kind and what went wrong."""

    id: str
    kind: str
    message: str

    def __str__(self) -> str:
        return f"{self.kind} {self.id}: {self.message}"


# --- encrypted case bundles (.vdx) -----------------------------------------------------------


class BundleError(VaultError):
    """Base of every error about a case bundle (.vdx); the message says what to do."""


class NotABundle(BundleError):
    def __init__(self, name: object) -> None:
        super().__init__(f"{name} is not a VisaDesk case bundle (.vdx); nothing was imported")


class BundleNewerFormat(BundleError, NewerFormat):
    def __init__(self, version: int, ours: int) -> None:
        super().__init__(
            f"this bundle was made by a newer VisaDesk (bundle format {version}; this version "
            f"reads format {ours}). Please update VisaDesk; nothing was imported."
        )
        self.version = version


class WrongBundlePassphrase(BundleError):
    def __init__(self) -> None:
        super().__init__(
            "wrong bundle passphrase (it is the one chosen or shown when the bundle was made, "
            "not your vault passphrase); nothing was imported"
        )


class BundleDamaged(BundleError):
    """The bundle failed a check: damaged in transit, cut short, or modified."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"the bundle is damaged, incomplete or was modified ({detail}); nothing was "
            "imported. Ask for the bundle to be sent again."
        )
        self.detail = detail


class BundleRefused(BundleDamaged):
    """The header asks for key-derivation work beyond the limits: refused before Argon2 runs."""
