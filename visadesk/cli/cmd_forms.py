"""Form commands: `forms` (list), `forms show ID`, `forms schema`, and `check CASE.json`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from visadesk.cli.i18n import _

if TYPE_CHECKING:
    from visadesk.forms.registry import Registry

LANGS = ("en", "ru", "uk", "fr", "de")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("forms", help=_("list the forms and checklists, or show one"))
    fsub = p.add_subparsers(dest="forms_command", metavar="ACTION")
    p.set_defaults(func=_list)
    show = fsub.add_parser("show", help=_("the numbered fields of a form"))
    show.add_argument("form_id", metavar="ID")
    show.add_argument("--lang", choices=LANGS, default="en", help=_("language of the labels"))
    show.set_defaults(func=_show)
    fsub.add_parser("schema", help=_("JSON Schema of form definitions")).set_defaults(func=_schema)

    p = sub.add_parser("check", help=_("per person and application: complete, or what is missing"))
    p.add_argument("case", metavar="CASE.json")
    p.add_argument("--lang", choices=LANGS, default=None, help=_("language of the labels"))
    p.set_defaults(func=_check)  # labels and problems default to the CLI's language


def _registry() -> Registry:
    from visadesk.forms.registry import get_registry

    reg = get_registry()
    for err in reg.errors:
        message = _("form definition ignored: {problem}").format(problem=err.user_message())
        print(f"visadesk: {message}", file=sys.stderr)
    return reg


def _where(country: str, lang: str) -> str:
    """Where a form is used, as a person reads it: the country's name, or the Schengen area."""
    if country == "SCHENGEN":
        return _("Schengen area")
    from visadesk.case.countries import display_name

    return display_name(country, lang)


def _list(args: argparse.Namespace) -> int:
    from visadesk.cli.i18n import language

    for form in _registry().all():
        print(f"{form.id}\t{_where(form.country, language())}\t{form.title.en}")
    return 0


def _show(args: argparse.Namespace) -> int:
    form = _registry().get(args.form_id)
    country = _where(form.country, args.lang)
    print(f"{form.title.get(args.lang)}  [{form.id}, {country}, {form.kind}]")
    checked = _("checked {date}").format(date=form.checked.isoformat())
    print(f"{form.edition} — {form.source} ({checked})")
    if form.verify_before_travel or form.reconstructed:
        print("! " + _("Verify before relying on it: parts are unconfirmed."))
    for section in form.sections:
        print(f"\n## {section.title.get(args.lang)}")
        for f in section.fields:
            num = f.number or (f"({f.part_of})" if f.part_of else "-")
            req = "*" if f.required else ""
            src = f.source or _("answer")
            print(f"{num:>5}  {f.label.get(args.lang)}{req}  [{f.type}] <- {src}")
    for row in form.info:
        mark = " (" + _("unverified") + ")" if row.unverified else ""
        print(f"{row.label.get(args.lang)}: {row.value.get(args.lang)}{mark}")
    if form.checklist:
        print("\n## " + _("Checklist"))
        for item in form.checklist:
            mark = " (" + _("unverified") + ")" if item.unverified else ""
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
    from visadesk.cli.common import answer_problem, read_case
    from visadesk.cli.i18n import language
    from visadesk.forms.engine import fill_application

    args.lang = args.lang or language()

    case = read_case(args.case)
    reg = _registry()
    problems = 0
    for person in case.applicants:
        apps = case.applications_for(person.id)
        print(f"{person.display_name()} ({person.full_name_latin})")
        if not apps:
            print("  " + _("no application"))
            continue
        for app in apps:
            form = reg.get(app.form_id)
            filled = fill_application(case, app, lang=args.lang)
            title = form.title.get(args.lang)
            if filled.complete:
                print(f"  {app.form_id}: " + _("complete — {title}").format(title=title))
                continue
            summary = _("{missing} missing, {invalid} invalid — {title}").format(
                missing=len(filled.missing), invalid=len(filled.invalid), title=title
            )
            print(f"  {app.form_id}: {summary}")
            for p in (*filled.missing, *filled.invalid):
                problems += 1
                kind = _("missing") if p.kind == "missing" else _("invalid")
                text = answer_problem(p.message_key, p.message, p.params)  # the CLI's language
                print(f"    {p.number or '-':>4}  {p.label.get(args.lang)}: {kind}: {text}")
    return 1 if problems else 0
