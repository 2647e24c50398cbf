"""`visadesk case …`: change a case — in a case file (written back in place) or in the vault
(by case id) — with the same visadesk.casework operations the app uses.

    visadesk case rename TARGET "Подъячевы"
    visadesk case status TARGET submitted --appointment 2027-01-15 --note "TLS Moscou"
    visadesk case person-add TARGET --surname Щукин --given-names Фёдор
    visadesk case person-remove TARGET 1
    visadesk case sponsor TARGET --status humanitarian_visa --document-type "visa D" …
    visadesk case copy TARGET 1 --to 2 --to 3 --part address --part parents
    visadesk case translate TARGET 3:fr-long-stay                 (what needs translating)
    visadesk case translate TARGET 3:fr-long-stay employer "École n° 0, Ekaterinbourg"

TARGET is a case file (CASE.json) or the id of a case in the vault (``--vault`` chooses the
vault file). A person is given by position among the applicants (1, 2 …), by id, or as
``sponsor``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from visadesk.cli.i18n import _
from visadesk.errors import VisaDeskError

STATUSES = ("gathering", "ready", "submitted", "decision")
RESIDENCE = (
    "citizen",
    "refugee",
    "subsidiary_protection",
    "asylum_seeker",
    "humanitarian_visa",
    "residence_permit",
    "long_stay_visa",
    "other",
)
PARTS = ("address", "parents", "nationality", "birth")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("case", help=_("change a case (file or vault): rename, status, people …"))
    p.add_argument("--vault", help=_("vault file (default: VISADESK_HOME/vault.sqlite3)"))
    ops = p.add_subparsers(dest="operation", metavar="OPERATION", required=True)

    def op(name: str, text: str, func: Callable[[argparse.Namespace], int]) -> Any:
        q = ops.add_parser(name, help=text)
        q.add_argument("target", metavar="TARGET", help=_("a case file, or a case id in the vault"))
        q.set_defaults(func=func)
        return q

    q = op("rename", _("set the case's title (empty: the applicants' names)"), _rename)
    q.add_argument("title")
    q = op("status", _("set the case's status, appointment and note"), _status)
    q.add_argument("status", choices=STATUSES)
    q.add_argument("--appointment", help=_("date YYYY-MM-DD, or 'none'"))
    q.add_argument("--note")
    q = op("person-add", _("add an applicant"), _person_add)
    q.add_argument("--surname", default="")
    q.add_argument("--given-names", default="")
    q = op("person-remove", _("remove a person with their applications and scans"), _remove)
    q.add_argument("person", help=_("1, 2 … (applicants), a person id, or 'sponsor'"))
    q = op("sponsor", _("enter or change the sponsor"), _sponsor)
    q.add_argument("--surname")
    q.add_argument("--given-names")
    q.add_argument(
        "--residence-country",
        metavar="COUNTRY",
        help=_("the country's name (e.g. France, Франция) or ISO 3166 code (FRA); '' clears it"),
    )
    q.add_argument("--status", choices=RESIDENCE)
    q.add_argument("--document-type")
    q.add_argument("--document-number")
    q.add_argument("--valid-until", help=_("date YYYY-MM-DD"))
    q = op("copy", _("copy shared data from one person to others"), _copy)
    q.add_argument("person", help=_("1, 2 … (applicants), a person id, or 'sponsor'"))
    q.add_argument("--to", action="append", required=True, metavar="PERSON")
    q.add_argument("--part", action="append", required=True, choices=PARTS)
    q = op(
        "translate",
        _("give a Russian/Ukrainian answer in the form's language (without FIELD: list them)"),
        _translate,
    )
    q.add_argument(
        "application",
        metavar="APPLICATION",
        help=_("an application id, or PERSON:FORM (e.g. 1:fr-long-stay)"),
    )
    q.add_argument("field", metavar="FIELD", nargs="?", help=_("the form's field id"))
    q.add_argument(
        "text",
        metavar="TEXT",
        nargs="?",
        help=_("the answer as printed on the form ('' removes it)"),
    )
    q.add_argument("--lang", help=_("the form's language (default: the one the form asks for)"))


# --- one place that loads, runs the operation and saves ---------------------------------------


def _run(
    args: argparse.Namespace, build: Callable[[Any], tuple[Callable[..., Any], tuple[Any, ...]]]
) -> int:
    """``build(case)`` gives (operation, arguments); the result is saved where it came from."""
    from visadesk import casework

    target = Path(args.target)
    if target.suffix.lower() == ".json" or target.is_file():
        from visadesk.case.casefile import dump_case, load_case
        from visadesk.cli.common import write_output

        case = load_case(target)
        op, op_args = build(case)
        changed = op(case, *op_args)
        write_output(str(target), dump_case(changed).encode("utf-8"))
        print(_("{file}: saved").format(file=target))
        return 0
    from visadesk.cli.cmd_vault import _unlocked

    vault = _unlocked(argparse.Namespace(path=args.vault))
    try:
        case = vault.get_case(args.target)
        op, op_args = build(case)
        saved = casework.apply(vault, case.id, op, *op_args)
    finally:
        vault.lock()
        vault.close()
    print(saved.id)
    return 0


def _person_id(case: Any, selector: str) -> str:
    if selector == "sponsor":
        if case.sponsor is None:
            raise VisaDeskError(_("this case has no sponsor"), field="PERSON")
        return str(case.sponsor.id)
    from visadesk.cli.common import pick_person

    return str(pick_person(case, selector).id)


def _date(text: str | None) -> date | None:
    if text is None or text.lower() == "none" or not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise VisaDeskError(
            _("{value} is not a date (write it as YYYY-MM-DD)").format(value=text)
        ) from None


def _country(text: str | None, flag: str) -> str | None:
    """A country typed on the command line (a name in the CLI's language or English, or a
    code) as its alpha-3 code; None when not given or empty. An unknown name names ``flag``."""
    if text is None or not text.strip():
        return None
    from visadesk.case.countries import parse_country
    from visadesk.cli.i18n import language

    return parse_country(text, language(), field=flag)


# --- operations -------------------------------------------------------------------------------


def _rename(args: argparse.Namespace) -> int:
    from visadesk import casework

    return _run(args, lambda case: (casework.rename, (args.title,)))


def _status(args: argparse.Namespace) -> int:
    from visadesk import casework

    def build(case: Any) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        when = case.appointment if args.appointment is None else _date(args.appointment)
        note = case.notes if args.note is None else args.note
        return casework.edit_details, (case.title, args.status, when, note)

    return _run(args, build)


def _person_add(args: argparse.Namespace) -> int:
    from visadesk import casework
    from visadesk.case.model import Person

    person = Person(surname=args.surname, given_names=args.given_names)
    return _run(args, lambda case: (casework.add_person, (person,)))


def _remove(args: argparse.Namespace) -> int:
    from visadesk import casework

    return _run(args, lambda case: (casework.remove_person, (_person_id(case, args.person),)))


def _sponsor(args: argparse.Namespace) -> int:
    from visadesk import casework
    from visadesk.case.model import Sponsor

    def build(case: Any) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        data = case.sponsor.model_dump(mode="json") if case.sponsor else {}
        given = {
            "surname": args.surname,
            "given_names": args.given_names,
            "residence_country": _country(args.residence_country, "--residence-country"),
            "residence_status": args.status,
            "residence_document_type": args.document_type,
            "residence_permit_number": args.document_number,
            "residence_permit_valid_until": args.valid_until,
        }
        data.update({k: v for k, v in given.items() if v is not None})
        if args.residence_country is not None and not args.residence_country.strip():
            data["residence_country"] = None  # '' clears it
        sponsor = casework.validated_sponsor(data)
        assert isinstance(sponsor, Sponsor)
        return casework.edit_sponsor, (sponsor,)

    return _run(args, build)


def _copy(args: argparse.Namespace) -> int:
    from visadesk import casework

    def build(case: Any) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        targets = [_person_id(case, t) for t in args.to]
        return casework.copy_shared, (_person_id(case, args.person), targets, args.part)

    return _run(args, build)


def _application_id(case: Any, selector: str) -> str:
    """An application id, or PERSON:FORM (the person's application for that form)."""
    if any(a.id == selector for a in case.applications):
        return selector
    person, _sep, form_id = selector.rpartition(":")
    if person:
        pid = _person_id(case, person)
        found = [a for a in case.applications if a.person_id == pid and a.form_id == form_id]
        if len(found) == 1:
            return str(found[0].id)
    raise VisaDeskError(
        _("no application {selector} in this case (give its id, or PERSON:FORM)").format(
            selector=repr(selector)
        ),
        field="APPLICATION",
    )


def _load(target: str, vault_file: str | None) -> Any:
    """The case of TARGET, read only (a case file, or a case in the vault)."""
    path = Path(target)
    if path.suffix.lower() == ".json" or path.is_file():
        from visadesk.case.casefile import load_case

        return load_case(path)
    from visadesk.cli.cmd_vault import _unlocked

    vault = _unlocked(argparse.Namespace(path=vault_file))
    try:
        return vault.get_case(target)
    finally:
        vault.lock()
        vault.close()


def _translate(args: argparse.Namespace) -> int:
    from visadesk import casework

    if args.field is None:
        return _list_translations(args)
    if args.text is None:
        raise VisaDeskError(
            _("give the answer as printed on the form after the field ('' removes it)"),
            field="TEXT",
        )

    def build(case: Any) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        app_id = _application_id(case, args.application)
        return casework.translate_field, (app_id, args.field, args.text, args.lang)

    return _run(args, build)


def _list_translations(args: argparse.Namespace) -> int:
    """Every free-text field of the application written in Russian or Ukrainian: its
    original, what the form prints, and whether the translation is missing."""
    from visadesk.forms.engine import fill_application

    case = _load(args.target, args.vault)
    app_id = _application_id(case, args.application)
    app = next(a for a in case.applications if a.id == app_id)
    filled = fill_application(case, app)
    rows = [
        f
        for f in filled.fields()
        if f.visible and f.translation_lang and f.rendering in ("translated", "untranslated")
    ]
    if not rows:
        print(_("nothing to translate: every free-text answer is in the form's letters"))
        return 0
    for f in rows:
        number = f"{f.field.number}. " if f.field.number else ""
        state = _("translated") if f.rendering == "translated" else _("translation missing")
        print(f"{f.field.id} ({number}{f.field.label.en}) [{f.translation_lang}] {state}")
        print(f"    {f.original}")
        print(f"  → {f.text}")
    return 0
