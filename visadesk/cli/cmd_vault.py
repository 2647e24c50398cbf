"""`visadesk vault ...`: create, fill, read and manage the encrypted vault from a terminal.

The passphrase comes from a no-echo prompt or VISADESK_PASSPHRASE (scripts); a new one from the
prompt (twice) or VISADESK_NEW_PASSPHRASE; a bundle passphrase from the prompt (twice when
exporting), VISADESK_BUNDLE_PASSPHRASE, or `export --generate`. The vault module (and its crypto)
is imported inside the handlers so other commands stay fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from visadesk.cli.common import passphrase, print_json, read_case
from visadesk.cli.i18n import _
from visadesk.cli.vault_files import cmd_backups, cmd_export, cmd_restore, cmd_wipe, import_bundle
from visadesk.errors import VisaDeskError

if TYPE_CHECKING:
    from visadesk.vault import Vault

log = logging.getLogger("visadesk.cli.vault")

ENV_KDF_MEMORY = "VISADESK_KDF_MEMORY_KIB"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("vault", help=_("the encrypted vault: init, import, list, show, passwd …"))
    p.add_argument("--path", help=_("vault file (default: VISADESK_HOME/vault.sqlite3)"))
    vsub = p.add_subparsers(dest="vault_command", metavar="ACTION", required=True)

    vsub.add_parser("init", help=_("create a new, empty vault")).set_defaults(func=cmd_init)
    imp = vsub.add_parser(
        "import", help=_("add a case from a case file or an encrypted bundle; prints its id")
    )
    imp.add_argument("case_file", metavar="FILE", help=_("CASE.json or FILE.vdx"))
    imp.add_argument(
        "--on-conflict",
        choices=("keep-both", "replace", "cancel"),
        help=_(
            "bundle of a case already in the vault: keep both (new ids), replace it, or import "
            "nothing (default: ask in a terminal, otherwise cancel)"
        ),
    )
    imp.set_defaults(func=cmd_import)
    exp = vsub.add_parser(
        "export", help=_("write a case and its attachments to an encrypted bundle (.vdx)")
    )
    exp.add_argument("case_id", metavar="ID")
    exp.add_argument("-o", "--output", required=True, metavar="FILE.vdx")
    exp.add_argument(
        "--generate",
        action="store_true",
        help=_(
            "generate a word-list passphrase and print it once (give it to the recipient "
            "separately from the file)"
        ),
    )
    exp.add_argument("--force", action="store_true", help=_("replace FILE.vdx if it exists"))
    exp.set_defaults(func=cmd_export)
    vsub.add_parser("list", help=_("one line per case: id, TAB, title")).set_defaults(func=cmd_list)
    show = vsub.add_parser("show", help=_("print a case as JSON"))
    show.add_argument("case_id", metavar="ID")
    show.set_defaults(func=cmd_show)
    delete = vsub.add_parser("delete", help=_("delete a case and its attachments"))
    delete.add_argument("case_id", metavar="ID")
    delete.add_argument(
        "--from-backups",
        action="store_true",
        help=_("also delete every backup that still holds this case"),
    )
    delete.set_defaults(func=cmd_delete)
    pw = vsub.add_parser(
        "passwd", help=_("change the passphrase (and, by default, the key that encrypts the data)")
    )
    pw.add_argument(
        "--keep-key",
        action="store_true",
        help=_(
            "only re-wrap the key under the new passphrase (fast; someone who has an old copy "
            "of the vault and the old passphrase can still read today's data)"
        ),
    )
    pw.set_defaults(func=cmd_passwd)
    vsub.add_parser(
        "accept",
        help=_(
            "accept the vault as it is now after it reported records it cannot verify "
            "(instead of restoring a backup)"
        ),
    ).set_defaults(func=cmd_accept)
    vsub.add_parser(
        "remember", help=_("keep the key in this computer's keychain (no passphrase needed here)")
    ).set_defaults(func=cmd_remember)
    vsub.add_parser("forget", help=_("remove the key from this computer's keychain")).set_defaults(
        func=cmd_forget
    )
    vsub.add_parser("backups", help=_("list the automatic encrypted backups")).set_defaults(
        func=cmd_backups
    )
    res = vsub.add_parser(
        "restore",
        help=_("make a backup the vault again (the current vault is kept as a backup first)"),
    )
    res.add_argument(
        "backup", nargs="?", metavar="BACKUP", help=_("file or name (default: the newest backup)")
    )
    res.add_argument(
        "--any-vault", action="store_true", help=_("allow a backup of a different vault")
    )
    res.set_defaults(func=cmd_restore)
    wp = vsub.add_parser(
        "wipe",
        help=_("panic wipe: destroy the key, the vault, its backups, logs and settings"),
    )
    wp.add_argument("--yes", action="store_true", help=_("do not ask for confirmation (scripts)"))
    wp.set_defaults(func=cmd_wipe)


def _path(args: argparse.Namespace) -> Path:
    from pathlib import Path

    from visadesk.local.paths import vault_path

    return Path(args.path).expanduser() if args.path else vault_path()


def kdf_for_cli() -> Any:
    """Default Argon2id parameters; VISADESK_KDF_MEMORY_KIB lowers the memory for test scripts
    (never below 8 MiB, and with a warning: such a vault is easier to attack)."""
    from visadesk.vault import KdfParams
    from visadesk.vault.crypto import MIN_MEMORY_KIB

    params = KdfParams.default()
    raw = os.environ.get(ENV_KDF_MEMORY)
    if raw:
        try:
            kib = int(raw)
        except ValueError:
            raise VisaDeskError(
                _("{variable} must be a number of KiB").format(variable=ENV_KDF_MEMORY)
            ) from None
        if kib < MIN_MEMORY_KIB:
            raise VisaDeskError(
                _("{variable} must be at least {minimum} (8 MiB)").format(
                    variable=ENV_KDF_MEMORY, minimum=MIN_MEMORY_KIB
                )
            )
        log.warning("Argon2 memory set to %d KiB by %s (weaker than default)", kib, ENV_KDF_MEMORY)
        params = KdfParams(memory_kib=kib, iterations=params.iterations, lanes=params.lanes)
    return params


def _open(args: argparse.Namespace) -> Vault:  # locked
    """Vault.open, with the "no vault here" message in the user's language."""
    from visadesk.vault import Vault

    path = _path(args)
    if not path.is_file():
        raise VisaDeskError(
            _(
                "there is no vault at {path}; create one with `visadesk vault init` "
                "(or the app's “Create vault” screen)"
            ).format(path=path)
        )
    return Vault.open(path)


def _unlocked(args: argparse.Namespace) -> Vault:
    vault = _open(args)
    if os.environ.get("VISADESK_PASSPHRASE") is None and vault.unlock_from_keyring():
        _after_unlock(vault)
        return vault
    vault.unlock(passphrase(_("Vault passphrase: ")))
    _after_unlock(vault)
    return vault


def _after_unlock(vault: Any) -> None:
    """Warn about every problem found at unlock; then the daily backup, best-effort."""
    for problem in vault.problems:
        warning = _("warning: {problem}").format(problem=problem)
        print(f"visadesk: {warning}", file=sys.stderr)
    if vault.needs_decision:
        hint = _(
            "the vault found records it cannot verify and will not save until you decide: "
            "restore a backup (`visadesk vault restore`) or accept the vault as it is now "
            "(`visadesk vault accept`)"
        )
        print(f"visadesk: {hint}", file=sys.stderr)
    vault.backup_now()  # never fails the command: a full disk is a log warning


def cmd_init(args: argparse.Namespace) -> int:
    from visadesk.vault import Vault

    path = _path(args)
    if path.exists():
        raise VisaDeskError(
            _("a vault already exists at {path}; it was left untouched").format(path=path)
        )
    secret = passphrase(_("New vault passphrase: "), confirm=True)
    from visadesk.cli.strength import require_strong

    require_strong(secret)
    Vault.create(path, secret, kdf=kdf_for_cli()).close()
    print(_("vault created: {path}").format(path=path))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from visadesk.vault.exchange import is_bundle

    source = Path(args.case_file)
    if source.suffix.lower() == ".vdx" or is_bundle(source):
        return import_bundle(args, source)
    if args.on_conflict:
        raise VisaDeskError(_("--on-conflict is for bundles (.vdx); a case file gets a new id"))
    from visadesk.case.casefile import duplicate

    case = read_case(args.case_file)
    # fresh ids for the case and its people, applications and attachments: ids that travel
    # between devices would let seized devices be linked to each other
    case, _att_ids = duplicate(case, None)
    with _unlocked(args) as vault:
        vault.put_case(case)
    print(case.id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with _unlocked(args) as vault:
        for s in vault.list_cases():
            print(f"{s.id}\t{s.title}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    import json

    with _unlocked(args) as vault:
        case = vault.get_case(args.case_id)
    print_json(json.loads(case.model_dump_json()))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with _unlocked(args) as vault:
        result = vault.delete_case(args.case_id, from_backups=args.from_backups)
    print(_("deleted {id}").format(id=args.case_id))
    if result.backups_removed:
        notice = _("also deleted the {count} backup(s) that held it").format(
            count=len(result.backups_removed)
        )
        print(f"visadesk: {notice}", file=sys.stderr)
    elif result.backups_holding:
        notice = _(
            "{count} backup(s) still hold this case until they age out (after {days} days); "
            "run again with --from-backups to delete those backups now"
        ).format(count=len(result.backups_holding), days=7)
        print(f"visadesk: {notice}", file=sys.stderr)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    vault = _open(args)
    old = passphrase(_("Current passphrase: "))
    new = passphrase(_("New passphrase: "), env="VISADESK_NEW_PASSPHRASE", confirm=True)
    from visadesk.cli.strength import require_strong

    require_strong(new)
    kdf = kdf_for_cli()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    result = vault.change_passphrase(old, new, kdf=kdf, rotate=not args.keep_key, progress=progress)
    vault.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(_("passphrase changed"))
    if result.rotated:
        print(_("the data was re-encrypted with a new key; the old passphrase opens nothing"))
        print(
            _(
                "{count} old backup(s) were deleted (they could still be opened with the old "
                "passphrase); a new backup was made"
            ).format(count=result.backups_removed)
        )
        if result.keychain_refreshed:
            print(_("the key kept in this computer's keychain was replaced by the new one"))
    else:
        print(
            _(
                "the key was kept: {count} backup(s) now open with the new passphrase; a copy "
                "of the vault made elsewhere still opens with the old one"
            ).format(count=result.backups_rewrapped)
        )
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    with _unlocked(args) as vault:
        if not vault.problems:
            print(_("the vault reported no problems; nothing to accept"))
            return 0
        resolved = vault.accept_current_state()
        left = vault.problems
    print(
        _("accepted the vault as it is now ({count} problem(s) resolved)").format(
            count=len(resolved)
        )
    )
    for problem in left:
        warning = _("still damaged: {problem}").format(problem=problem)
        print(f"visadesk: {warning}", file=sys.stderr)
    return 0 if not left else 1


def cmd_remember(args: argparse.Namespace) -> int:
    with _unlocked(args) as vault:
        if not vault.remember_on_device():
            raise VisaDeskError(
                _(
                    "this computer has no usable keychain (or it refused); the passphrase is "
                    "still needed. Nothing was stored."
                )
            )
    print(_("the vault key is kept in this computer's keychain"))
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    vault = _open(args)
    vault.forget_device()
    print(
        _("the vault key is no longer kept on this computer")
        if not vault.is_remembered()
        else _("the keychain still holds the key; remove it in your system's keychain app")
    )
    return 0
