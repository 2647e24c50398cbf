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
from typing import Any

from visadesk.cli.common import passphrase, print_json, read_case
from visadesk.errors import VisaDeskError

log = logging.getLogger("visadesk.cli.vault")

ENV_KDF_MEMORY = "VISADESK_KDF_MEMORY_KIB"
ENV_BUNDLE_PASSPHRASE = "VISADESK_BUNDLE_PASSPHRASE"
CONFIRM_WORD = "wipe"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("vault", help="the encrypted vault: init, import, list, show, passwd …")
    p.add_argument("--path", help="vault file (default: VISADESK_HOME/vault.sqlite3)")
    vsub = p.add_subparsers(dest="vault_command", metavar="ACTION", required=True)

    vsub.add_parser("init", help="create a new, empty vault").set_defaults(func=cmd_init)
    imp = vsub.add_parser(
        "import", help="add a case from a case file or an encrypted bundle; prints its id"
    )
    imp.add_argument("case_file", metavar="FILE", help="CASE.json or FILE.vdx")
    imp.add_argument(
        "--on-conflict",
        choices=("keep-both", "replace", "cancel"),
        help="bundle of a case already in the vault: keep both (new ids), replace it, or import "
        "nothing (default: ask in a terminal, otherwise cancel)",
    )
    imp.set_defaults(func=cmd_import)
    exp = vsub.add_parser(
        "export", help="write a case and its attachments to an encrypted bundle (.vdx)"
    )
    exp.add_argument("case_id", metavar="ID")
    exp.add_argument("-o", "--output", required=True, metavar="FILE.vdx")
    exp.add_argument(
        "--generate",
        action="store_true",
        help="generate a word-list passphrase and print it once (give it to the recipient "
        "separately from the file)",
    )
    exp.add_argument("--force", action="store_true", help="replace FILE.vdx if it exists")
    exp.set_defaults(func=cmd_export)
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
    vsub.add_parser("backups", help="list the automatic encrypted backups").set_defaults(
        func=cmd_backups
    )
    res = vsub.add_parser(
        "restore",
        help="make a backup the vault again (the current vault is kept as a backup first)",
    )
    res.add_argument(
        "backup", nargs="?", metavar="BACKUP", help="file or name (default: the newest backup)"
    )
    res.add_argument("--any-vault", action="store_true", help="allow a backup of a different vault")
    res.set_defaults(func=cmd_restore)
    wp = vsub.add_parser(
        "wipe",
        help="panic wipe: destroy the key, the vault, its backups, logs and settings",
    )
    wp.add_argument("--yes", action="store_true", help="do not ask for confirmation (scripts)")
    wp.set_defaults(func=cmd_wipe)


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
    from pathlib import Path

    from visadesk.model import new_id
    from visadesk.vault.exchange import is_bundle

    source = Path(args.case_file)
    if source.suffix.lower() == ".vdx" or is_bundle(source):
        return _import_bundle(args, source)
    if args.on_conflict:
        raise VisaDeskError("--on-conflict is for bundles (.vdx); a case file gets a new id")
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


# --- bundles, backups, wipe (issue 8) ----------------------------------------------------------


def _bundle_passphrase(confirm: bool) -> str:
    return passphrase("Bundle passphrase: ", env=ENV_BUNDLE_PASSPHRASE, confirm=confirm)


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from visadesk.vault.exchange import export_case

    out = Path(args.output).expanduser()
    if out.is_dir():
        raise VisaDeskError(f"{out} is a folder; give a file name", field="-o")
    if out.exists() and not args.force:
        raise VisaDeskError(f"{out} exists; choose another name or add --force", field="-o")
    with _unlocked(args) as vault:
        vault.get_case(args.case_id)  # a clear error before any passphrase is asked
        if args.generate:
            from visadesk.vault.wordlist import entropy_bits, generate_passphrase

            secret = generate_passphrase()
        else:
            secret = _bundle_passphrase(confirm=True)
            if not secret:
                raise VisaDeskError("the bundle passphrase is empty")
            if len(secret) < 12:
                print(
                    "visadesk: warning: this bundle passphrase is short; anyone who gets the file "
                    "can try to guess it. `--generate` makes a strong one.",
                    file=sys.stderr,
                )
        result = export_case(vault, args.case_id, out, secret, kdf=kdf_for_cli())
    if args.generate:
        print(
            f"Bundle passphrase ({entropy_bits():.0f} bits; shown only now - give it to the "
            "recipient separately from the file):",
            file=sys.stderr,
        )
        print(secret)
    print(
        f"exported case {result.case_id} with {result.attachments} attachment(s) to {out}",
        file=sys.stderr,
    )
    return 0


def _import_bundle(args: argparse.Namespace, source: Any) -> int:
    from visadesk.vault.exchange import open_bundle

    if not source.is_file():
        raise VisaDeskError(f"{source}: no such file")
    with _unlocked(args) as vault:
        opened = open_bundle(source, _bundle_passphrase(confirm=False))
        preview = opened.preview(vault)  # verifies the whole bundle; writes nothing
        choice = (args.on_conflict or "").replace("-", "_") or None
        if preview.exists_in_vault and choice is None:
            choice = _ask_conflict(preview)
        result = opened.import_into(vault, choice or "keep_both")
    if result.status == "cancelled":
        raise VisaDeskError(
            "this case is already in the vault; nothing was imported (use --on-conflict "
            "keep-both or --on-conflict replace)"
        )
    if result.status == "kept_both":
        print(
            "visadesk: the case was already in the vault; imported as a new case", file=sys.stderr
        )
    elif result.status == "replaced":
        print("visadesk: the case in the vault was replaced by the bundle's", file=sys.stderr)
    print(result.case_id)
    return 0


def _ask_conflict(preview: Any) -> str:
    if not sys.stdin.isatty():
        return "cancel"
    print(
        f"The case “{preview.title}” is already in the vault.\n"
        "  [k] keep both (the imported case gets a new id)\n"
        "  [r] replace the vault's case and its attachments\n"
        "  [c] cancel",
        file=sys.stderr,
    )
    answer = input("Choice [k/r/c]: ").strip().lower()
    return {"k": "keep_both", "r": "replace"}.get(answer[:1], "cancel")


def cmd_backups(args: argparse.Namespace) -> int:
    from visadesk.vault.backups import all_backups

    backups = all_backups()
    if not backups:
        print(
            "visadesk: there are no backups yet (one is made at the first unlock of each day)",
            file=sys.stderr,
        )
        return 0
    for b in backups:
        print(f"{b.modified:%Y-%m-%d %H:%M}\t{b.reason}\t{b.size // 1024} KiB\t{b.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from visadesk.paths import backups_dir
    from visadesk.vault import Vault, VaultError
    from visadesk.vault.backups import all_backups, restore_backup

    target = _path(args)
    if args.backup:
        chosen = Path(args.backup).expanduser()
        if not chosen.exists() and (backups_dir() / args.backup).exists():
            chosen = backups_dir() / args.backup
    else:
        candidates = all_backups()
        if target.exists():
            try:
                prefix = Vault.open(target).vault_id[:12]
                candidates = [b for b in candidates if b.vault_id_prefix == prefix]
            except VaultError:
                pass
        if not candidates:
            raise VisaDeskError("there is no backup to restore (see `visadesk vault backups`)")
        chosen = candidates[-1].path
    kept = restore_backup(chosen, vault_path=target, any_vault=args.any_vault)
    print(f"restored the vault from {chosen.name}")
    if kept is not None:
        print(f"the vault it replaced was kept as {kept} (restore it to undo)")
    return 0


def cmd_wipe(args: argparse.Namespace) -> int:
    from visadesk.paths import home
    from visadesk.vault.wipe import wipe

    root = home(create=False)
    if not args.yes:
        if not sys.stdin.isatty():
            raise VisaDeskError(
                "a wipe needs confirmation: run it in a terminal, or add --yes in scripts"
            )
        print(
            f"This destroys the vault, its backups, its keychain entry, the logs and settings in "
            f"{root}. It cannot be undone.",
            file=sys.stderr,
        )
        if input(f"Type {CONFIRM_WORD} to confirm: ").strip() != CONFIRM_WORD:
            print("visadesk: nothing was wiped", file=sys.stderr)
            return 1
    report = wipe(root, vault_path=_path(args) if args.path else None)
    for p in report.removed:
        print(f"removed {p}")
    if report.keychain_entries:
        print(f"removed the keychain entry of {len(report.keychain_entries)} vault(s)")
    for p, why in report.failed:
        print(f"visadesk: could not remove {p} ({why})", file=sys.stderr)
    print(
        "wipe done: the vault key was destroyed first, then the files. On SSDs and journaling "
        "file systems old blocks may survive, but without the key they cannot be decrypted.",
        file=sys.stderr,
    )
    return 0 if report.ok else 1
