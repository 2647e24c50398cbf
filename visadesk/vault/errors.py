"""Typed vault errors, each with a message a frightened user can act on, and RecordProblem."""

from __future__ import annotations

from dataclasses import dataclass

from visadesk.errors import VisaDeskError


class VaultError(VisaDeskError):
    """Base of every vault error."""


class WrongPassphrase(VaultError):
    def __init__(self, message: str = "wrong passphrase") -> None:
        super().__init__(message)


FILE_STRUCTURE = "file"  # VaultTampered.record_id when SQLite's own structure is damaged


class VaultTampered(VaultError):
    """A record (or the header, or the file's structure) failed a check: damaged on disk or
    modified by someone.

    ``record_id`` names it ("header" for the vault header, "file" for SQLite's own pages)."""

    def __init__(self, record_id: str, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        if record_id == "header":
            msg = (
                f"the vault header is damaged or was modified outside VisaDesk{extra}. "
                "Restore a copy from the backups folder."
            )
        elif record_id == FILE_STRUCTURE:
            msg = (
                f"the vault file's own structure is damaged or was modified outside VisaDesk"
                f"{extra}, so VisaDesk cannot tell which records are affected. Restore a backup "
                "(`visadesk vault restore`, or File ▸ Restore a backup in the app)."
            )
        else:
            msg = (
                f"the record {record_id} is damaged or was modified outside VisaDesk{extra}. "
                "Each record is checked on its own: the records that open without a warning are "
                "intact. Restore a backup, or accept the vault as it is now."
            )
        super().__init__(msg, field=None)
        self.record_id = record_id
        self.detail = detail


class IntegrityUnresolved(VaultError):
    """A save would rewrite a part of the manifest that failed its check, which would make a
    rolled-back or tampered record look genuine. Refused until the user decides."""

    def __init__(self) -> None:
        super().__init__(
            "the vault found records it cannot verify (see the list of problems); nothing was "
            "saved. Restore a backup, or accept the vault as it is now "
            "(`visadesk vault accept`), then save again."
        )


class StaleWrite(VaultError):
    """The case changed in the vault since this copy was read (another window or process saved
    it): saving would silently lose that edit. ``mine`` is the unsaved copy (nothing is lost:
    the caller may keep it, e.g. with ``Vault.put_conflicted_copy``)."""

    def __init__(self, case_id: str, expected: int | None, current: int | None, mine: object):
        super().__init__(
            f"case {case_id} was changed by another VisaDesk window or command after it was "
            "opened here; your version was not saved over it. Both versions are kept: reopen "
            "the case to see the other one, or save yours as a conflicted copy."
        )
        self.case_id = case_id
        self.expected = expected
        self.current = current
        self.mine = mine


class ConflictKept(VaultError):
    """After a StaleWrite the unsaved copy was kept as a new case: both versions are listed."""

    def __init__(self, title: str) -> None:
        super().__init__(
            "this case was changed in another VisaDesk window or command while you edited it; "
            f"your version was saved as a new case “{title}”, so both versions are in the list"
        )
        self.title = title


class InvalidCase(VaultError):
    """The vault refuses to store a case that does not validate (it could not be read back)."""


class DiskFull(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "the disk is full; this change was not saved (everything saved before is intact). "
            "Free some space and try again"
        )


class VaultInUse(VaultError):
    """Another process has the vault open: replacing the file would lose its later saves."""

    def __init__(self, action: str = "restore a backup") -> None:
        super().__init__(
            f"the vault is open in another VisaDesk window or command; close it first, then "
            f"{action} again (nothing was changed)"
        )


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

    @property
    def code(self) -> str:
        """What happened, as a key the UI and CLI translate: rolled_back, unverifiable,
        missing, added, manifest, or damaged."""
        m = self.message
        if self.kind in ("manifest", "root"):
            return "manifest"
        for needle, code in (
            ("older copy", "rolled_back"),
            ("cannot be verified", "unverifiable"),
            ("missing", "missing"),
            ("added from outside", "added"),
        ):
            if needle in m:
                return code
        return "damaged"


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
