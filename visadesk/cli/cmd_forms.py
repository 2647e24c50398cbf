"""Form commands: `forms` (list), `forms show ID`, `forms schema`, and `check CASE.json`."""

from __future__ import annotations

import argparse
import json
import sys

LANGS = ("en", "ru", "uk", "fr", "de")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("forms", help="list the forms and checklists, or show one")
    fsub = p.add_subparsers(dest="forms_command", metavar="ACTION")
    p.set_defaults(func=_list)
    show = fsub.add_parser("show", help="the numbered fields of a form")
    show.add_argument("form_id", metavar="ID")
    show.add_argument("--lang", choices=LANGS, default="en", help="language of the labels")
    show.set_defaults(func=_show)
    fsub.add_parser("schema", help="JSON Schema of form definitions").set_defaults(func=_schema)

    p = sub.add_parser("check", help="per person and application: complete, or what is missing")
    p.add_argument("case", metavar="CASE.json")
    p.add_argument("--lang", choices=LANGS, default="en", help="language of the labels")
    p.set_defaults(func=_check)


def _registry():
    from visadesk.forms.registry import get_registry

    reg = get_registry()
    for err in reg.errors:
        print(f"visadesk: form definition ignored: {err.user_message()}", file=sys.stderr)
    return reg


def _list(args: argparse.Namespace) -> int:
    for form in _registry().all():
        print(f"{form.id}\t{form.country}\t{form.title.en}")
    return 0


def _show(args: argparse.Namespace) -> int:
    form = _registry().get(args.form_id)
    print(f"{form.title.get(args.lang)}  [{form.id}, {form.country}, {form.kind}]")
    print(f"{form.edition} — {form.source} (checked {form.checked.isoformat()})")
    if form.verify_before_travel or form.reconstructed:
        print("! Verify before relying on it: parts are unconfirmed.")
    for section in form.sections:
        print(f"\n## {section.title.get(args.lang)}")
        for f in section.fields:
            num = f.number or (f"({f.part_of})" if f.part_of else "-")
            req = "*" if f.required else ""
            src = f.source or "answer"
            print(f"{num:>5}  {f.label.get(args.lang)}{req}  [{f.type}] <- {src}")
    for row in form.info:
        mark = " (unverified)" if row.unverified else ""
        print(f"{row.label.get(args.lang)}: {row.value.get(args.lang)}{mark}")
    if form.checklist:
        print("\n## Checklist")
        for item in form.checklist:
            mark = " (unverified)" if item.unverified else ""
            print(f"  - {item.label.get(args.lang)}{mark}")
    return 0


def _schema(args: argparse.Namespace) -> int:
    from visadesk.forms.schema import FormDefinition

    sys.stdout.write(
        json.dumps(FormDefinition.model_json_schema(by_alias=True), ensure_ascii=False, indent=2)
        + "\n"
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    from visadesk.cli.common import read_case
    from visadesk.forms.engine import fill_application

    case = read_case(args.case)
    reg = _registry()
    problems = 0
    for person in case.applicants:
        apps = case.applications_for(person.id)
        print(f"{person.display_name()} ({person.full_name_latin})")
        if not apps:
            print("  no application")
            continue
        for app in apps:
            form = reg.get(app.form_id)
            filled = fill_application(case, app, lang=args.lang)
            title = form.title.get(args.lang)
            if filled.complete:
                print(f"  {app.form_id}: complete — {title}")
                continue
            print(
                f"  {app.form_id}: {len(filled.missing)} missing, {len(filled.invalid)} invalid — {title}"
            )
            for p in (*filled.missing, *filled.invalid):
                problems += 1
                kind = "missing" if p.kind == "missing" else "invalid"
                print(f"    {p.number or '-':>4}  {p.label.get(args.lang)}: {kind}: {p.message}")
    return 1 if problems else 0
