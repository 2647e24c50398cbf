"""Helpers shared by the sub-commands: reading case files, passphrases, writing output."""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from visadesk.cli.i18n import _
from visadesk.errors import VisaDeskError

if TYPE_CHECKING:
    from visadesk.case.model import Case, Person


def read_case(path: str) -> Case:  # pydantic is imported lazily: it is not free
    from visadesk.case.casefile import load_case

    return load_case(Path(path))


def pick_person(case: Case, selector: str | int | None) -> Person:
    """``--person N``: 1-based position among the applicants, or a person id."""
    people = case.applicants
    if selector is None:
        return people[0]
    sel = str(selector)
    if sel.isdigit():
        n = int(sel)
        if not 1 <= n <= len(people):
            raise VisaDeskError(
                _(
                    "there is no person {number}; this case has {count} applicant(s) (1–{count})"
                ).format(number=n, count=len(people)),
                field="--person",
            )
        return people[n - 1]
    for p in case.people():
        if p.id == sel:
            return p
    raise VisaDeskError(
        _("no person with id {id} in this case").format(id=repr(sel)), field="--person"
    )


def passphrase(
    prompt: str | None = None, *, env: str = "VISADESK_PASSPHRASE", confirm: bool = False
) -> str:
    """From the environment (for scripts) or a no-echo prompt (``prompt`` already translated)."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise VisaDeskError(
            _("no passphrase: set {variable} or run in a terminal").format(variable=env)
        )
    first = getpass.getpass(prompt if prompt is not None else _("Passphrase: "))
    if confirm:
        again = getpass.getpass(_("Repeat the passphrase: "))
        if again != first:
            raise VisaDeskError(_("the two passphrases differ"))
    return first


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def write_output(path: str, data: bytes) -> Path:
    """Write an export the user asked for (0600, atomically)."""
    from visadesk.local.paths import atomic_write

    out = Path(path)
    if out.is_dir():
        raise VisaDeskError(_("{path} is a folder; give a file name").format(path=out), field="-o")
    atomic_write(out, data)
    return out


def answer_problem(key: str, english: str, params: tuple[tuple[str, str], ...]) -> str:
    """What is wrong with a form's answer (a FieldProblem's key, English and parameters), in
    the CLI's language; the English sentence when the key has no translation."""
    from visadesk.cli.i18n import language
    from visadesk.messages import catalog

    if key == "charset" and any(name == "chars" for name, _ in params):
        key = "charset_videx"  # the German VIDEX forms name the signs they refuse
    template = catalog(language()).get(f"value.{key}") if key else None
    if template is None:
        return english
    values = dict(params)
    if key == "charset_videx":
        values["chars"] = " ".join(values["chars"])
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return english
