"""`visadesk routes CASE.json [--person N] [--lang ru] [--pdf PLAN.pdf]`: the warnings, visa-free
exits and protection routes open to each applicant, every line with its sources."""

from __future__ import annotations

import argparse
import sys

from visadesk.cli.i18n import _

LANGS = ("en", "ru", "uk", "fr", "de")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "routes", help=_("where can I go? warnings, visa-free exits and routes, with sources")
    )
    p.add_argument("case", metavar="CASE.json")
    p.add_argument(
        "--person", type=int, metavar="N", help=_("only applicant number N (1 = the first)")
    )
    p.add_argument("--lang", choices=LANGS, default="en", help=_("language of the advice"))
    p.add_argument("--pdf", metavar="PLAN.pdf", help=_("also write the one-page plan as a PDF"))
    p.set_defaults(func=_routes)


def _routes(args: argparse.Namespace) -> int:
    from visadesk.case.casefile import load_case
    from visadesk.errors import VisaDeskError
    from visadesk.routes.engine import advise
    from visadesk.routes.loader import load_rules
    from visadesk.routes.render import to_lines

    case = load_case(args.case)
    book = load_rules()
    for err in book.errors:
        message = _("routes file ignored: {problem}").format(problem=err.user_message())
        print(f"visadesk: {message}", file=sys.stderr)
    people = list(case.applicants)
    if args.person is not None:
        if not 1 <= args.person <= len(people):
            raise VisaDeskError(
                _("there is no applicant {n} (the case has {count})").format(
                    n=args.person, count=len(people)
                ),
                field="--person",
            )
        people = [people[args.person - 1]]
    advices = [advise(case, p, book=book) for p in people]
    for advice in advices:
        for line in to_lines(advice, args.lang):
            indent = "  " * line.level
            prefix = {0: "## ", 1: "* ", 2: "- ", 3: "  "}[line.level]
            print(f"{indent}{prefix}{line.text}")
        print()
    if args.pdf:
        from visadesk.pdf.plan import write_plan

        write_plan(args.pdf, case, advices, args.lang)
        print(_("plan written to {file}").format(file=args.pdf), file=sys.stderr)
    return 0
