"""`visadesk vault ...`: create, fill, read and manage the encrypted vault from a terminal.

The passphrase comes from a no-echo prompt or VISADESK_PASSPHRASE (scripts); a new one from the
prompt (twice) or VISADESK_NEW_PASSPHRASE. The vault module (and its crypto) is imported inside
the handlers so other commands stay fast. `export`, `restore` and `wipe` come with issue 8.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Any

from visadesk.cli.common import passphrase, print_json, read_case
from visadesk.errors import VisaDeskError

log = logging.getLogger("visadesk.cli.vault")

ENV_KDF_MEMORY = "VISADESK_KDF_MEMORY_KIB"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("vault", help="the encrypted vault: init, import, list, show, passwd …")
    p.add_argument("--path", help="vault file (default: VISADESK_HOME/vault.sqlite3)")
    vsub = p.add_subparsers(dest="vault_command", metavar="ACTION", required=True)

    vsub.add_parser("init", help="create a new, empty vault").set_defaults(func=cmd_init)
    imp = vsub.add_parser("import", help="add a case from a case file; prints its id")
    imp.add_argument("case_file", metavar="CASE.json")
    imp.set_defaults(func=cmd_import)
    vsub.add_parser("list", help="one line per case: id, TAB, title").set_defaults(func=cmd_list)
    show = vsub.add_parser("show", help="print a case as JSON")
    show.add_argument("case_id", metavar="ID")
    show.set_defaults(func=cmd_show)
    delete = vsub.add_parser("delete", help="delete a case and its attachments")
    delete.add_argument("case_id", metavar="ID")
    delete.set_defaults(func=cmd_delete)
    vsub.add_parser("passwd", help="change the passphrase").set_defaults(func=cmd_passwd)
    vsub.add_parser(
        "remember", help="keep the key in this computer's keychain (no passphrase needed here)"
    ).set_defaults(func=cmd_remember)
    vsub.add_parser("forget", help="remove the key from this computer's keychain").set_defaults(
        func=cmd_forget
    )
    # issue 8 adds: export (encrypted .vdx bundle), restore (from a backup), wipe (panic)


def _path(args: argparse.Namespace):  # -> Path
    from pathlib import Path

    from visadesk.paths import vault_path

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
            raise VisaDeskError(f"{ENV_KDF_MEMORY} must be a number of KiB") from None
        if kib < MIN_MEMORY_KIB:
            raise VisaDeskError(f"{ENV_KDF_MEMORY} must be at least {MIN_MEMORY_KIB} (8 MiB)")
        log.warning("Argon2 memory set to %d KiB by %s (weaker than default)", kib, ENV_KDF_MEMORY)
        params = KdfParams(memory_kib=kib, iterations=params.iterations, lanes=params.lanes)
    return params


def _unlocked(args: argparse.Namespace):  # -> Vault
    from visadesk.vault import Vault

    vault = Vault.open(_path(args))
    if os.environ.get("VISADESK_PASSPHRASE") is None and vault.unlock_from_keyring():
        return vault
    vault.unlock(passphrase("Vault passphrase: "))
    for problem in vault.problems:
        print(f"visadesk: warning: {problem}", file=sys.stderr)
    return vault


def cmd_init(args: argparse.Namespace) -> int:
    from visadesk.vault import Vault

    path = _path(args)
    if path.exists():
        from visadesk.vault import VaultExists

        raise VaultExists(path)
    secret = passphrase("New vault passphrase: ", confirm=True)
    if len(secret) < 8:
        print(
            "visadesk: warning: this passphrase is short; a longer one (several words) is much "
            "harder to guess",
            file=sys.stderr,
        )
    Vault.create(path, secret, kdf=kdf_for_cli()).close()
    print(f"vault created: {path}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from visadesk.model import new_id

    case = read_case(args.case_file)
    with _unlocked(args) as vault:
        existing = {s.id for s in vault.list_cases()} | {
            p.id for p in vault.problems if p.kind == "case"
        }
        if case.id in existing:
            case = case.model_copy(update={"id": new_id()})
            print(
                "visadesk: a case with this file's id is already in the vault; "
                "imported as a new case",
                file=sys.stderr,
            )
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
        vault.delete_case(args.case_id)
    print(f"deleted {args.case_id}")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from visadesk.vault import Vault

    vault = Vault.open(_path(args))
    old = passphrase("Current passphrase: ")
    new = passphrase("New passphrase: ", env="VISADESK_NEW_PASSPHRASE", confirm=True)
    kdf = kdf_for_cli()
    vault.change_passphrase(old, new, kdf=kdf)
    vault.close()
    print("passphrase changed")
    return 0


def cmd_remember(args: argparse.Namespace) -> int:
    with _unlocked(args) as vault:
        if not vault.remember_on_device():
            raise VisaDeskError(
                "this computer has no usable keychain (or it refused); the passphrase is still "
                "needed. Nothing was stored."
            )
    print("the vault key is kept in this computer's keychain")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    from visadesk.vault import Vault

    vault = Vault.open(_path(args))
    vault.forget_device()
    print(
        "the vault key is no longer kept on this computer"
        if not vault.is_remembered()
        else "the keychain still holds the key; remove it in your system's keychain app"
    )
    return 0
