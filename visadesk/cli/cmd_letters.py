"""Letters: `letter CASE.json --person N --kind cover|attestation|index|translation [--lang fr]
-o OUT.pdf` — one applicant's cover letter, the sponsor's side, the evidence index or the
bilingual translation drafts, from the case file's account of the danger."""

from __future__ import annotations

import argparse
import sys

from visadesk.cli.i18n import _

KINDS = ("cover", "attestation", "index", "translation")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "letter",
        help=_("an applicant's cover letter, sponsor's side, evidence index or translation drafts"),
    )
    p.add_argument("case", metavar="CASE.json")
    p.add_argument("--person", default="1", help=_("applicant number (1, 2, …) or person id"))
    p.add_argument("--kind", choices=KINDS, default="cover")
    p.add_argument(
        "--lang",
        choices=("en", "fr", "de", "ru", "uk"),
        help=_("language of the letter (default: the destination's)"),
    )
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--date", help=_("date printed on the PDF (YYYY-MM-DD; default today)"))
    p.set_defaults(func=_letter)


def _letter(args: argparse.Namespace) -> int:
    import io

    from pypdf import PdfReader, PdfWriter

    from visadesk.cli.cmd_pdf import _date
    from visadesk.cli.common import pick_person, read_case, write_output
    from visadesk.errors import VisaDeskError
    from visadesk.letters.compose import compose_letter
    from visadesk.letters.drafts import build_draft
    from visadesk.letters.sponsor import sponsor_sheets
    from visadesk.pdf import letters as pdf

    on_date = _date(args.date)
    case = read_case(args.case)
    person = pick_person(case, args.person)
    letter = compose_letter(case, person.id, on_date=on_date, lang=args.lang)
    pdfs: list[bytes] = []
    if args.kind == "cover":
        pdfs.append(pdf.render_letter(letter))
    elif args.kind == "attestation":
        sheets = sponsor_sheets(case, person, letter.country, letter.lang, on_date, "")
        pdfs += [pdf.render_sponsor_sheet(s) for s in sheets]
    elif args.kind == "index":
        pdfs.append(pdf.render_index(letter, person.full_name_latin))
    else:
        people = {p.id: p for p in case.people()}
        for x in letter.exhibits:
            if x.draft:
                owner = people.get(x.evidence.person_id or person.id, person)
                pdfs.append(
                    pdf.render_draft(build_draft(x.evidence.document, owner, letter.lang, people))
                )
    if not pdfs:
        raise VisaDeskError(_("nothing to print for this person and kind"), field="--kind")
    writer = PdfWriter()
    writer.add_metadata(
        {"/Title": "VisaDesk document", "/Producer": "VisaDesk", "/Creator": "VisaDesk"}
    )
    for data in pdfs:
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    out = write_output(args.output, buf.getvalue())
    print(
        _("wrote {path} ({pages} pages)").format(path=out, pages=len(writer.pages)), file=sys.stderr
    )
    if letter.missing and args.kind == "cover":
        print(
            _("{count} passage(s) still need a human translation (marked in the letter)").format(
                count=letter.missing
            ),
            file=sys.stderr,
        )
    return 0
