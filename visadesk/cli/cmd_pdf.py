"""PDF commands: `fill FORM_ID CASE.json --person N -o OUT.pdf` and `packet CASE.json -o OUT.pdf`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from visadesk.cli.i18n import _

if TYPE_CHECKING:
    from visadesk.case.model import Attachment


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("fill", help=_("fill one form for one person and write a PDF"))
    p.add_argument("form_id", metavar="FORM_ID")
    p.add_argument("case", metavar="CASE.json")
    p.add_argument("--person", default="1", help=_("applicant number (1, 2, …) or person id"))
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--date", help=_("date printed on the PDF (YYYY-MM-DD; default today)"))
    p.add_argument("--lang", choices=("en", "ru", "uk", "fr", "de"), default="en")
    p.add_argument(
        "--allow-file",
        action="append",
        metavar="PATH",
        help=_("an attachment outside the case file's folder that may be read (repeatable)"),
    )
    p.set_defaults(func=_fill)

    p = sub.add_parser("packet", help=_("the whole application packet as one PDF"))
    p.add_argument("case", metavar="CASE.json")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--person", action="append", help=_("only this applicant (repeatable)"))
    p.add_argument("--forms", help=_("only these forms: ID,ID,…"))
    p.add_argument("--date", help=_("date printed on the PDF (YYYY-MM-DD; default today)"))
    p.add_argument("--lang", choices=("en", "ru", "uk", "fr", "de"), default="en")
    p.add_argument(
        "--allow-file",
        action="append",
        metavar="PATH",
        help=_("an attachment outside the case file's folder that may be read (repeatable)"),
    )
    p.set_defaults(func=_packet)


def _date(raw: str | None) -> date:
    from visadesk.errors import VisaDeskError

    if not raw:
        return date.today()
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise VisaDeskError(
            _("{value} is not a date; write it as YYYY-MM-DD").format(value=repr(raw)),
            field="--date",
        ) from None


def _opener(case_path: str, allowed: list[str] | None = None) -> Callable[[Attachment], BinaryIO]:
    """Attachments of a case file are files beside it (``attachment.path``, relative). A path
    that leads out of the case file's folder (absolute, ``../``, or through a link) is refused
    unless that file was named on the command line (``--allow-file``): a case file received
    from someone else must not make VisaDesk read (and print) any file it names."""
    from visadesk.errors import VisaDeskError
    from visadesk.scans.kinds import media_type_of

    base = Path(case_path).resolve().parent
    extra = {Path(p).expanduser().resolve() for p in allowed or ()}

    def open_attachment(att: Attachment) -> BinaryIO:
        if not att.path:
            raise VisaDeskError(
                _("attachment {name} has no file path").format(name=repr(att.filename)),
                field="attachments",
            )
        path = (base / Path(att.path).expanduser()).resolve()
        if not path.is_relative_to(base) and path not in extra:
            raise VisaDeskError(
                _(
                    "attachment {path} is outside the case file's folder; move it there, or "
                    "name it with --allow-file if you trust it"
                ).format(path=repr(att.path)),
                field="attachments",
            )
        media_type_of(path)  # its content is a PDF, PNG or JPEG (the packet checks the rest)
        try:
            return open(path, "rb")
        except OSError:
            raise VisaDeskError(
                _("attachment file {path} cannot be opened").format(path=repr(att.path)),
                field="attachments",
            ) from None

    return open_attachment


def _fill(args: argparse.Namespace) -> int:
    from visadesk.cli.common import pick_person, read_case, write_output
    from visadesk.forms.registry import get_registry
    from visadesk.pdf.packet import render_form

    on_date = _date(args.date)
    get_registry().get(args.form_id)
    case = read_case(args.case)
    person = pick_person(case, args.person)
    data = render_form(
        case,
        person.id,
        args.form_id,
        on_date=on_date,
        open_attachment=_opener(args.case, args.allow_file),
        lang=args.lang,
    )
    out = write_output(args.output, data)
    print(_("wrote {path}").format(path=out), file=sys.stderr)
    return 0


def _packet(args: argparse.Namespace) -> int:
    import io

    from visadesk.cli.common import pick_person, read_case, write_output
    from visadesk.pdf.packet import build_packet

    on_date = _date(args.date)
    case = read_case(args.case)
    person_ids = [pick_person(case, p).id for p in args.person] if args.person else None
    form_ids = [f.strip() for f in args.forms.split(",") if f.strip()] if args.forms else None
    buf = io.BytesIO()
    pages = build_packet(
        case,
        buf,
        person_ids=person_ids,
        form_ids=form_ids,
        on_date=on_date,
        open_attachment=_opener(args.case, args.allow_file),
        lang=args.lang,
    )
    out = write_output(args.output, buf.getvalue())
    print(_("wrote {path} ({pages} pages)").format(path=out, pages=pages), file=sys.stderr)
    return 0
