"""Typed vault errors, each with a message a frightened user can act on, and RecordProblem."""

from __future__ import annotations

from dataclasses import dataclass

from visadesk.errors import Problem, VisaDeskError, default_language
from visadesk.messages import catalog, field_label

# The English of every vault message (key -> template). The other languages are in
# resources/translations/messages_<lang>.json under the same keys; parameters in {braces}.
# A technical detail in brackets (which check failed) is kept in the English text for the log
# and for support, and left out of the translations: it does not help a frightened user.
MESSAGES: dict[str, str] = {
    "vault.wrong_passphrase": "wrong passphrase",
    "vault.header_tampered": (
        "the vault header is damaged or was modified outside VisaDesk{detail}. "
        "Restore a copy from the backups folder."
    ),
    "vault.file_tampered": (
        "the vault file's own structure is damaged or was modified outside VisaDesk{detail}, "
        "so VisaDesk cannot tell which records are affected. Restore a backup "
        "(`visadesk vault restore`, or File ▸ Restore a backup in the app)."
    ),
    "vault.record_tampered": (
        "the record {record} is damaged or was modified outside VisaDesk{detail}. "
        "Each record is checked on its own: the records that open without a warning are "
        "intact. Restore a backup, or accept the vault as it is now."
    ),
    "vault.integrity_unresolved": (
        "the vault found records it cannot verify (see the list of problems); nothing was "
        "saved. Restore a backup, or accept the vault as it is now "
        "(`visadesk vault accept`), then save again."
    ),
    "vault.stale_write": (
        "case {case} was changed by another VisaDesk window or command after it was "
        "opened here; your version was not saved over it. Both versions are kept: reopen "
        "the case to see the other one, or save yours as a conflicted copy."
    ),
    "vault.conflict_kept": (
        "this case was changed in another VisaDesk window or command while you edited it; "
        "your version was saved as a new case “{title}”, so both versions are in the list"
    ),
    "vault.invalid_case": (
        "this case cannot be saved: {problem} ({count} problem(s)); nothing was saved"
    ),
    "vault.disk_full": (
        "the disk is full; this change was not saved (everything saved before is intact). "
        "Free some space and try again"
    ),
    "vault.in_use": (
        "the vault is open in another VisaDesk window or command; close it first, then "
        "{action} again (nothing was changed)"
    ),
    "vault.action.restore": "restore a backup",
    "vault.action.wipe": "wipe",
    "vault.action.passwd": "change the passphrase",
    "vault.locked": "the vault is locked; unlock it first",
    "vault.newer_format": (
        "this vault was written by a newer VisaDesk (vault format {version}; this version "
        "reads format {ours}). Please update VisaDesk; the vault was not changed."
    ),
    "vault.old_format": (
        "this vault uses format {version}, which this VisaDesk cannot upgrade; a backup was made"
    ),
    "vault.busy": (
        "the vault is in use by another VisaDesk window or command; "
        "close it or try again in a moment"
    ),
    "vault.none": (
        "there is no vault at {path}; create one with `visadesk vault init` "
        "(or the app's “Create vault” screen)"
    ),
    "vault.exists": "a vault already exists at {path}; it was left untouched",
    "vault.not_a_vault": "this file is not a VisaDesk vault",
    "vault.not_a_vault_damaged": "this file is not a VisaDesk vault (or it is badly damaged)",
    "vault.not_a_vault_start": "{name} is not a VisaDesk vault, or its beginning is damaged",
    "vault.read_only": "the vault file cannot be written (check its permissions)",
    "vault.unusable": "the vault file could not be used ({reason})",
    "vault.journal": "the vault could not switch to its crash-safe journal mode",
    "vault.empty_passphrase": "the passphrase is empty",
    "vault.empty_new_passphrase": "the new passphrase is empty",
    "vault.passphrase_changed_meanwhile": (
        "the passphrase was changed meanwhile by another VisaDesk; try again"
    ),
    "vault.rotate_check_failed": "the re-sealed vault did not check out; nothing was changed",
    "vault.unreadable_case": (
        "case {case} was saved in a form this VisaDesk cannot read ({count} problem(s))"
    ),
    "vault.no_case": "there is no case {case} in this vault",
    "vault.no_record": "there is no {kind} {record} in this vault",
    "vault.no_attachment": "there is no attachment {attachment} in this vault",
    "vault.attachment_id": "an attachment id must be 8–64 lowercase hex digits",
    "vault.attachment_id_repeated": "an attachment id is malformed or repeated",
    "vault.attachment_other_case": "attachment {attachment} belongs to another case",
    "vault.attachment_too_large": "{what} is larger than {limit} MiB",
    "vault.what.file": "the file",
    "vault.what.attachment": "an attachment",
    "vault.no_backup": "there is no backup {path}",
    "vault.backup_other_vault": (
        "{name} is a backup of another vault; nothing was changed "
        "(use --any-vault to restore it anyway; the current vault is kept as a backup)"
    ),
    "vault.backup_changed": "the backup changed while it was being copied; nothing changed",
    "vault.unknown_conflict_choice": "unknown conflict choice {choice}",
    "vault.output_is_folder": "{path} is a folder; give a file name",
    "vault.output_failed": "{path} could not be written ({reason}); no file was left behind",
    # case bundles (.vdx)
    "bundle.not_a_bundle": "{name} is not a VisaDesk case bundle (.vdx); nothing was imported",
    "bundle.newer_format": (
        "this bundle was made by a newer VisaDesk (bundle format {version}; this version "
        "reads format {ours}). Please update VisaDesk; nothing was imported."
    ),
    "bundle.wrong_passphrase": (
        "wrong bundle passphrase (it is the one chosen or shown when the bundle was made, "
        "not your vault passphrase); nothing was imported"
    ),
    "bundle.damaged": (
        "the bundle is damaged, incomplete or was modified ({detail}); nothing was "
        "imported. Ask for the bundle to be sent again."
    ),
    "bundle.refused": (
        "the bundle is damaged, incomplete or was modified ({detail}); nothing was "
        "imported. Ask for the bundle to be sent again."
    ),
    "bundle.empty_passphrase": "the bundle passphrase is empty",
    "bundle.too_large": "the case is too large for a bundle",
    "bundle.attachment_short": "an attachment ended before its recorded size",
    "bundle.attachment_long": "an attachment is longer than its recorded size",
    "bundle.unreadable": "the bundle could not be read ({reason})",
    "bundle.no_file": "there is no file {path}",
    "bundle.is_folder": "{path} is a folder, not a bundle",
    "bundle.cannot_open": "{path} could not be opened ({reason})",
    # what went wrong with a record found at unlock (RecordProblem.code)
    "record.rolled_back": "{kind} {record}: an older copy of this record was put back",
    "record.unverifiable": "{kind} {record}: this record cannot be verified",
    "record.missing": "{kind} {record}: this record is missing",
    "record.added": "{kind} {record}: this record was added from outside VisaDesk",
    "record.manifest": "{kind} {record}: the vault's list of records failed its check",
    "record.damaged": "{kind} {record}: this record is damaged or was modified",
    "record.kind.case": "case",
    "record.kind.attachment": "attachment",
    "record.kind.draft": "draft",
    "record.kind.manifest": "list of records",
    "record.kind.root": "list of records",
}


def vault_error(
    key: str,
    *,
    cls: type[VaultError] | None = None,
    field: str | None = None,
    terms: dict[str, str] | None = None,
    **params: object,
) -> VaultError:
    """A vault error with its key: the English from MESSAGES, ``params`` filled in (``terms``:
    parameters that are keys of MESSAGES themselves, translated too)."""
    return (cls or VaultError)(
        MESSAGES[key].format(**params), field=field, key=key, params=params, terms=terms
    )


class VaultError(VisaDeskError):
    """Base of every vault error."""

    def english_term(self, term: str) -> str:
        return MESSAGES.get(term, term)


class WrongPassphrase(VaultError):
    key = "vault.wrong_passphrase"

    def __init__(self, message: str = MESSAGES["vault.wrong_passphrase"]) -> None:
        super().__init__(message)


FILE_STRUCTURE = "file"  # VaultTampered.record_id when SQLite's own structure is damaged


class VaultTampered(VaultError):
    """A record (or the header, or the file's structure) failed a check: damaged on disk or
    modified by someone.

    ``record_id`` names it ("header" for the vault header, "file" for SQLite's own pages)."""

    key = "vault.record_tampered"  # or vault.header_tampered / vault.file_tampered

    def __init__(self, record_id: str, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        if record_id == "header":
            key = "vault.header_tampered"
        elif record_id == FILE_STRUCTURE:
            key = "vault.file_tampered"
        else:
            key = "vault.record_tampered"
        super().__init__(
            MESSAGES[key].format(detail=extra, record=record_id),
            key=key,
            params={"record": record_id, "detail": extra},
        )
        self.record_id = record_id
        self.detail = detail


class IntegrityUnresolved(VaultError):
    """A save would rewrite a part of the manifest that failed its check, which would make a
    rolled-back or tampered record look genuine. Refused until the user decides."""

    key = "vault.integrity_unresolved"

    def __init__(self) -> None:
        super().__init__(MESSAGES[self.key])


class StaleWrite(VaultError):
    """The case changed in the vault since this copy was read (another window or process saved
    it): saving would silently lose that edit. ``mine`` is the unsaved copy (nothing is lost:
    the caller may keep it, e.g. with ``Vault.put_conflicted_copy``)."""

    key = "vault.stale_write"

    def __init__(self, case_id: str, expected: int | None, current: int | None, mine: object):
        super().__init__(MESSAGES[self.key].format(case=case_id), params={"case": case_id})
        self.case_id = case_id
        self.expected = expected
        self.current = current
        self.mine = mine


class ConflictKept(VaultError):
    """After a StaleWrite the unsaved copy was kept as a new case: both versions are listed."""

    key = "vault.conflict_kept"

    def __init__(self, title: str) -> None:
        super().__init__(MESSAGES[self.key].format(title=title), params={"title": title})
        self.title = title


class InvalidCase(VaultError):
    """The vault refuses to store a case that does not validate (it could not be read back)."""

    key = "vault.invalid_case"
    problem: Problem | None = None  # the first problem, with its key, when known

    def field_text(self, lang: str) -> str:
        if not self.field or lang == "en":
            return self.field or ""
        return field_label(self.field, lang)  # always: the sentence does not name it

    def text(self, lang: str) -> str:
        if self.problem is not None and lang != "en":
            self.params["problem"] = self.problem.text(lang)
        return super().text(lang)


class DiskFull(VaultError):
    key = "vault.disk_full"

    def __init__(self) -> None:
        super().__init__(MESSAGES[self.key])


_ACTIONS = {
    "restore a backup": "vault.action.restore",
    "wipe": "vault.action.wipe",
    "change the passphrase": "vault.action.passwd",
}


class VaultInUse(VaultError):
    """Another process has the vault open: replacing the file would lose its later saves."""

    key = "vault.in_use"

    def __init__(self, action: str = "restore a backup") -> None:
        term = _ACTIONS.get(action)
        super().__init__(
            MESSAGES[self.key].format(action=action),
            params={"action": action},
            terms={"action": term} if term else None,
        )


class VaultLocked(VaultError):
    key = "vault.locked"

    def __init__(self, message: str = MESSAGES["vault.locked"]) -> None:
        super().__init__(message)


class NewerFormat(VaultError):
    """The vault was written by a newer VisaDesk."""

    key = "vault.newer_format"


class VaultBusy(VaultError):
    key = "vault.busy"

    def __init__(self, message: str = MESSAGES["vault.busy"]) -> None:
        super().__init__(message)


class NoVault(VaultError):
    key = "vault.none"

    def __init__(self, path: object) -> None:
        super().__init__(MESSAGES[self.key].format(path=path), params={"path": path})


class VaultExists(VaultError):
    key = "vault.exists"

    def __init__(self, path: object) -> None:
        super().__init__(MESSAGES[self.key].format(path=path), params={"path": path})


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """A record that failed to open at unlock: its opaque id, its kind and what went wrong."""

    id: str
    kind: str
    message: str

    def __str__(self) -> str:
        return self.user_message()

    def user_message(self, lang: str | None = None) -> str:
        """What happened to the record, in ``lang`` (default: the CLI's language, or English)."""
        lang = lang or default_language()
        english = f"{self.kind} {self.id}: {self.message}"
        if lang == "en":
            return english
        cat = catalog(lang)
        template = cat.get(f"record.{self.code}")
        if template is None:
            return english
        kind = cat.get(f"record.kind.{self.kind}", self.kind)
        return template.format(kind=kind, record=self.id)

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
    key = "bundle.not_a_bundle"

    def __init__(self, name: object) -> None:
        super().__init__(MESSAGES[self.key].format(name=name), params={"name": name})


class BundleNewerFormat(BundleError, NewerFormat):
    key = "bundle.newer_format"

    def __init__(self, version: int, ours: int) -> None:
        super().__init__(
            MESSAGES[self.key].format(version=version, ours=ours),
            params={"version": version, "ours": ours},
        )
        self.version = version


class WrongBundlePassphrase(BundleError):
    key = "bundle.wrong_passphrase"

    def __init__(self) -> None:
        super().__init__(MESSAGES[self.key])


class BundleDamaged(BundleError):
    """The bundle failed a check: damaged in transit, cut short, or modified."""

    key = "bundle.damaged"

    def __init__(self, detail: str) -> None:
        super().__init__(MESSAGES[self.key].format(detail=detail), params={"detail": detail})
        self.detail = detail


class BundleRefused(BundleDamaged):
    """The header asks for key-derivation work beyond the limits: refused before Argon2 runs."""

    key = "bundle.refused"
