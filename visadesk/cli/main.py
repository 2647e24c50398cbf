"""Entry point: parse the command line, dispatch, and map errors to exit codes.

Exit codes: 0 ok; 1 a problem the user can fix (message on stderr naming the field); 2 usage.
A command's module is imported when its parser is built (only that one: COMMAND_OF; all of them
for help or an unknown command) and must import heavy libraries (Qt, reportlab, the vault's
crypto) only inside its handlers, so `visadesk translit` stays fast.
Starting the desktop app (`visadesk`, `visadesk --demo`) skips the parser and those modules.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from visadesk import __version__
from visadesk.cli.i18n import _
from visadesk.local.pydantic_plugins import keep_plugins_out

log = logging.getLogger("visadesk.cli")

COMMAND_MODULES = (
    "cmd_case",
    "cmd_casework",
    "cmd_identity",
    "cmd_forms",
    "cmd_pdf",
    "cmd_letters",
    "cmd_vault",
    "cmd_routes",
)
# Which module registers each command: a command's own parser is built alone (the others are not
# imported); help, an unknown command or no command build them all. tests/test_cli_foundation.py
# checks this table against what the modules register.
COMMAND_OF = {
    "example-case": "cmd_case",
    "schema": "cmd_case",
    "validate": "cmd_case",
    "case": "cmd_casework",
    "mrz": "cmd_identity",
    "translit": "cmd_identity",
    "check": "cmd_forms",
    "forms": "cmd_forms",
    "fill": "cmd_pdf",
    "packet": "cmd_pdf",
    "letter": "cmd_letters",
    "vault": "cmd_vault",
    "routes": "cmd_routes",
}
GUI_ARGS: tuple[list[str], ...] = ([], ["--demo"])  # what starts the app at once, without parsing
# Commands that are one bounded batch of work (one case in, one PDF out): they run with the cyclic
# garbage collector paused. What they make (the case, the forms, five fonts' tables, pydantic's
# schemas, the canvas) lives until the command ends, so the collector's passes over it free next
# to nothing, yet took ~60 ms of a 0.7 s packet (a full pass over the fonts' tables and the
# schemas); peak memory grows by ~2 MB. Reference counting still frees everything else at once.
BATCH_COMMANDS = frozenset({"fill", "packet"})


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's default also exits 2; keep it short
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {message}\n")


def _command_in(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` (its first word after the top-level flags), if any."""
    for arg in argv:
        if arg == "--":
            return None
        if not arg.startswith("-"):
            return arg
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command-line parser; with ``command`` (a known one), only that command's module is
    imported and registered."""
    parser = _Parser(
        prog="visadesk",
        description=_(
            "VisaDesk: visa and entry paperwork, offline and encrypted. "
            "Run without a command to open the desktop app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"visadesk {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_("open the app on a fictional sample family in a throw-away vault"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    import importlib

    modules = (COMMAND_OF[command],) if command in COMMAND_OF else COMMAND_MODULES
    for name in modules:
        importlib.import_module(f"visadesk.cli.{name}").register(sub)
    return parser


def unsafe_folder_message() -> str | None:
    """Why the data folder cannot be used (a link in it, another owner), or None when it can."""
    from visadesk.local.folder_check import UnsafeDataFolder, check_data_folder
    from visadesk.local.paths import home

    try:
        check_data_folder(home(create=False))
    except UnsafeDataFolder as exc:
        if exc.kind == "owner":
            text = _(
                "the data folder {path} belongs to another user; VisaDesk only uses a folder "
                "of your own. Choose another data folder (VISADESK_HOME)."
            )
        else:
            text = _(
                "the data folder contains a link ({path}); VisaDesk never follows links there. "
                "Replace it with a real folder or file, or choose another data folder "
                "(VISADESK_HOME)."
            )
        return text.format(path=exc.where)
    return None


def opened_files(argv: Sequence[str]) -> list[str] | None:
    """The case bundles a desktop hands over (`visadesk family.vdx`, a double-click), or None
    when ``argv`` is not that (a command, an option). macOS's old ``-psn_…`` argument is
    ignored."""
    args = [a for a in argv if not a.startswith("-psn_")]
    paths = [a for a in args if not a.startswith("-")]
    flags = {a for a in args if a.startswith("-")}
    if not paths or not flags <= {"--demo", "--"} or paths[0] in COMMAND_OF:
        return None
    return paths if all(p.lower().endswith(".vdx") for p in paths) else None


def main(argv: Sequence[str] | None = None) -> int:
    keep_plugins_out()  # no third-party pydantic plugin sees the case data VisaDesk validates
    as_program = argv is None  # the process ends with the command (console script, -m visadesk)
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv in GUI_ARGS:  # the desktop app: its first window should not wait for argparse
        return gui_main(demo=bool(argv), files=[])
    files = opened_files(argv)
    if files is not None:  # the app, offering to import these once the vault is unlocked
        return gui_main(demo="--demo" in argv, files=files)
    parser = build_parser(_command_in(argv))
    args = parser.parse_args(argv)
    if args.command is None:
        return gui_main(demo=args.demo)
    from visadesk.errors import VisaDeskError
    from visadesk.local.logs import setup_logging

    refusal = unsafe_folder_message()
    if refusal is not None:
        print(f"visadesk: {refusal}", file=sys.stderr)
        return 1
    setup_logging()
    paused = args.command in BATCH_COMMANDS and gc.isenabled()
    if paused:
        gc.disable()
    try:
        return int(args.func(args) or 0)
    except VisaDeskError as exc:
        print(f"visadesk: {exc.user_message()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("visadesk: " + _("interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # e.g. `visadesk vault list | head`: not an error for the user
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        log.exception("unexpected error in command %s", args.command)
        message = _(
            "unexpected error ({error}); details are in the log "
            "(it contains no personal data). Please report it."
        ).format(error=type(exc).__name__)
        print(f"visadesk: {message}", file=sys.stderr)
        return 1
    finally:
        # In a process that ends here, the collector stays off: turned back on, its next pass
        # would walk every object the command made (~35 ms) just before they all go anyway.
        if paused and not as_program:
            gc.enable()


def gui_main(demo: bool = False, files: Sequence[str] | None = None) -> int:
    """Start the desktop app (Qt is imported by visadesk.ui only). ``files``: .vdx bundles to
    offer for import after unlocking (None: those named in sys.argv, as the packaged
    `visadesk-gui` gets them from a double-click)."""
    keep_plugins_out()  # the packaged `visadesk-gui` starts here, not in main()
    if demo is False and "--demo" in sys.argv[1:]:
        demo = True
    if files is None:
        files = opened_files(sys.argv[1:]) or []
    from visadesk.local.logs import setup_logging

    refusal = unsafe_folder_message()
    if refusal is not None:
        print(f"visadesk: {refusal}", file=sys.stderr)
        from visadesk.ui.app import show_refusal

        show_refusal(refusal)
        return 1
    setup_logging()
    from visadesk.ui.app import run

    return run(demo=demo, files=list(files))


if __name__ == "__main__":
    raise SystemExit(main())
