"""Case-file commands: example-case, schema, validate."""

from __future__ import annotations

import argparse
import json
import sys

from visadesk.cli.i18n import _


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("example-case", help=_("print a fictional sample family as a case file"))
    p.add_argument("-o", "--output", help=_("write to this file instead of standard output"))
    p.set_defaults(func=_example)

    p = sub.add_parser("schema", help=_("print the JSON Schema of case files"))
    p.set_defaults(func=_schema)

    p = sub.add_parser("validate", help=_("check a case file; list every problem"))
    p.add_argument("case", metavar="CASE.json")
    p.set_defaults(func=_validate)


def _example(args: argparse.Namespace) -> int:
    from visadesk.case.casefile import dump_case
    from visadesk.sample.family import example_case

    text = dump_case(example_case())
    if args.output:
        from visadesk.cli.common import write_output

        write_output(args.output, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return 0


def _schema(args: argparse.Namespace) -> int:
    from visadesk.case.casefile import case_json_schema

    sys.stdout.write(json.dumps(case_json_schema(), ensure_ascii=False, indent=2) + "\n")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from visadesk.cli.common import read_case
    from visadesk.errors import InvalidData

    try:
        case = read_case(args.case)
    except InvalidData as exc:
        for problem in exc.problems:
            print(problem.user_message(), file=sys.stderr)  # in the CLI's language
        message = _("{count} problem(s) in {file}").format(count=len(exc.problems), file=args.case)
        print(message, file=sys.stderr)
        return 1
    print(
        _("{file}: valid ({count} applicant(s))").format(file=args.case, count=len(case.applicants))
    )
    return 0
