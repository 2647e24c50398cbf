"""`visadesk vault export | import FILE.vdx | backups | restore | wipe`: the commands that move
whole files out of or into the vault: encrypted bundles, the automatic backups, the panic wipe.

Registered by :mod:`visadesk.cli.cmd_vault` (which owns the vault's parser and unlocking); the
vault module is imported inside the handlers so other commands stay fast.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, cast

from visadesk.cli.common import passphrase
from visadesk.cli.i18n import _
from visadesk.errors import VisaDeskError

if TYPE_CHECKING:
    from visadesk.vault.exchange import OnConflict

ENV_BUNDLE_PASSPHRASE = "VISADESK_BUNDLE_PASSPHRASE"
CONFIRM_WORD = "wipe"


def _bundle_passphrase(confirm: bool) -> str:
    return passphrase(_("Bundle passphrase: "), env=ENV_BUNDLE_PASSPHRASE, confirm=confirm)


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from visadesk.cli.cmd_vault import _unlocked, kdf_for_cli
    from visadesk.vault.exchange import export_case

    out = Path(args.output).expanduser()
    if out.is_dir():
        raise VisaDeskError(_("{path} is a folder; give a file name").format(path=out), field="-o")
    if out.exists() and not args.force:
        raise VisaDeskError(
            _("{path} exists; choose another name or add --force").format(path=out), field="-o"
        )
    with _unlocked(args) as vault:
        vault.get_case(args.case_id)  # a clear error before any passphrase is asked
        if args.generate:
            from visadesk.vault.wordlist import entropy_bits, generate_passphrase

            secret = generate_passphrase()
        else:
            secret = _bundle_passphrase(confirm=True)
            if not secret:
                raise VisaDeskError(_("the bundle passphrase is empty"))
            from visadesk.cli.strength import require_strong
            from visadesk.vault.passphrase import personal_words

            require_strong(secret, personal_words(vault.get_case(args.case_id)))
        result = export_case(vault, args.case_id, out, secret, kdf=kdf_for_cli())
    if args.generate:
        print(
            _(
                "Bundle passphrase ({bits} bits; shown only now - give it to the "
                "recipient separately from the file):"
            ).format(bits=f"{entropy_bits():.0f}"),
            file=sys.stderr,
        )
        print(secret)
    print(
        _("exported case {id} with {count} attachment(s) to {path}").format(
            id=result.case_id, count=result.attachments, path=out
        ),
        file=sys.stderr,
    )
    return 0


def import_bundle(args: argparse.Namespace, source: Any) -> int:
    """`vault import FILE.vdx` (cmd_vault.cmd_import hands a bundle over)."""
    from visadesk.cli.cmd_vault import _unlocked
    from visadesk.vault.exchange import open_bundle

    if not source.is_file():
        raise VisaDeskError(_("{path}: no such file").format(path=source))
    with _unlocked(args) as vault:
        opened = open_bundle(source, _bundle_passphrase(confirm=False))
        preview = opened.preview(vault)  # verifies the whole bundle; writes nothing
        choice = (args.on_conflict or "").replace("-", "_") or None
        if preview.exists_in_vault and choice is None:
            choice = _ask_conflict(preview)
        result = opened.import_into(vault, cast("OnConflict", choice or "keep_both"))
    if result.status == "cancelled":
        raise VisaDeskError(
            _(
                "this case is already in the vault; nothing was imported (use --on-conflict "
                "keep-both or --on-conflict replace)"
            )
        )
    if result.status == "kept_both":
        notice = _("the case was already in the vault; imported as a new case")
        print(f"visadesk: {notice}", file=sys.stderr)
    elif result.status == "replaced":
        notice = _("the case in the vault was replaced by the bundle's")
        print(f"visadesk: {notice}", file=sys.stderr)
    print(result.case_id)
    return 0


def _ask_conflict(preview: Any) -> str:
    if not sys.stdin.isatty():
        return "cancel"
    print(
        _("The case “{title}” is already in the vault.").format(title=preview.title),
        "  [k] " + _("keep both (the imported case gets a new id)"),
        "  [r] " + _("replace the vault's case and its attachments"),
        "  [c] " + _("cancel"),
        sep="\n",
        file=sys.stderr,
    )
    answer = input(_("Choice [k/r/c]: ")).strip().lower()
    return {"k": "keep_both", "r": "replace"}.get(answer[:1], "cancel")


def cmd_backups(args: argparse.Namespace) -> int:
    from visadesk.vault.backups import all_backups

    backups = all_backups()
    if not backups:
        notice = _("there are no backups yet (one is made at the first unlock of each day)")
        print(f"visadesk: {notice}", file=sys.stderr)
        return 0
    labels = {
        "daily": _("daily"),
        "before-restore": _("before restore"),
        "passphrase-changed": _("after passphrase change"),
        "before-format": _("before format upgrade"),
    }
    for b in backups:
        label = labels.get(b.kind, b.reason)
        print(f"{b.modified:%Y-%m-%d %H:%M}\t{label}\t{b.size // 1024} KiB\t{b.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from visadesk.cli.cmd_vault import _path
    from visadesk.local.paths import backups_dir
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
            raise VisaDeskError(_("there is no backup to restore (see `visadesk vault backups`)"))
        chosen = candidates[-1].path
    kept = restore_backup(chosen, vault_path=target, any_vault=args.any_vault)
    print(_("restored the vault from {name}").format(name=chosen.name))
    if kept is not None:
        print(_("the vault it replaced was kept as {path} (restore it to undo)").format(path=kept))
    return 0


def cmd_wipe(args: argparse.Namespace) -> int:
    from visadesk.cli.cmd_vault import _path
    from visadesk.local.paths import home
    from visadesk.vault.wipe import wipe

    root = home(create=False)
    if not args.yes:
        if not sys.stdin.isatty():
            raise VisaDeskError(
                _("a wipe needs confirmation: run it in a terminal, or add --yes in scripts")
            )
        print(
            _(
                "This destroys the vault, its backups, its keychain entry, the logs and settings "
                "in {folder}. It cannot be undone."
            ).format(folder=root),
            file=sys.stderr,
        )
        prompt = _("Type {word} to confirm: ").format(word=CONFIRM_WORD)
        if input(prompt).strip() != CONFIRM_WORD:
            print("visadesk: " + _("nothing was wiped"), file=sys.stderr)
            return 1
    report = wipe(root, vault_path=_path(args) if args.path else None)
    for p in report.removed:
        print(_("removed {path}").format(path=p))
    if report.keychain_entries:
        print(
            _("removed the keychain entry of {count} vault(s)").format(
                count=len(report.keychain_entries)
            )
        )
    for p, why in report.failed:
        problem = _("could not remove {path} ({reason})").format(path=p, reason=why)
        print(f"visadesk: {problem}", file=sys.stderr)
    print(
        _(
            "wipe done: the vault key was destroyed first, then the files. On SSDs and "
            "journaling file systems old blocks may survive, but without the key they cannot be "
            "decrypted."
        ),
        file=sys.stderr,
    )
    return 0 if report.ok else 1
