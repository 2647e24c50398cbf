"""Passport-name commands: `translit` (Cyrillic → passport Latin) and `mrz` (parse and check).

Kept light on purpose: `visadesk translit` imports neither pydantic nor Qt nor the crypto.
"""

from __future__ import annotations

import argparse
import json
import sys

from visadesk.cli.i18n import _

SCHEME_NAMES = ("icao_doc_9303", "gost_52535", "mvd_310", "mvd_782", "ua_kmu_55_2010")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("translit", help=_("print the passport (Latin) spelling of a Cyrillic name"))
    p.add_argument("text", nargs="+", metavar="TEXT")
    p.add_argument(
        "--scheme",
        choices=SCHEME_NAMES,
        default="icao_doc_9303",
        help=_("transliteration scheme (default: ICAO Doc 9303, Russian passports since 2013)"),
    )
    p.set_defaults(func=_translit)

    p = sub.add_parser("mrz", help=_("read a passport's or ID card's machine-readable zone"))
    p.add_argument("lines", nargs="+", metavar="LINE", help=_("the 2 or 3 lines of the zone"))
    p.set_defaults(func=_mrz)


def _translit(args: argparse.Namespace) -> int:
    from visadesk.identity.translit import transliterate

    print(transliterate(" ".join(args.text), args.scheme))
    return 0


def _mrz(args: argparse.Namespace) -> int:
    from visadesk.identity.mrz import parse

    result = parse(args.lines)
    sys.stdout.write(json.dumps(result.as_json(), ensure_ascii=False, indent=2) + "\n")
    return 0
