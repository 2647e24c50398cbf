"""Every change to a case, as one validated function: the UI (through ``run_op``) and the CLI
call these, never ``model_copy(update=...)`` + save.

Each operation is a pure function ``op(case, ...) -> Case`` that returns a fully validated case
(pydantic ``model_validate`` plus the household rules) with orphans pruned (applications,
attachments and guardian references of people who left the case). :func:`apply` runs one on a
case in the vault and saves the result; a case file on disk is changed with the same functions.
"""

from __future__ import annotations

from visadesk.casework.core import CaseworkError, apply, save, validated
from visadesk.casework.household import (
    SHARED_PARTS,
    add_person,
    copy_shared,
    edit_person,
    edit_sponsor,
    remove_person,
    remove_sponsor,
    validated_sponsor,
)
from visadesk.casework.records import (
    add_application,
    answer_field,
    attach_scan,
    default_title,
    edit_details,
    remove_application,
    remove_scan,
    rename,
    set_answers,
    set_appointment,
    set_note,
    set_status,
)
from visadesk.casework.transfer import duplicate_case, import_bundle, import_case
from visadesk.casework.translations import translate_field

__all__ = [
    "SHARED_PARTS",
    "CaseworkError",
    "add_application",
    "add_person",
    "answer_field",
    "apply",
    "attach_scan",
    "copy_shared",
    "default_title",
    "duplicate_case",
    "edit_details",
    "edit_person",
    "edit_sponsor",
    "import_bundle",
    "import_case",
    "remove_application",
    "remove_person",
    "remove_scan",
    "remove_sponsor",
    "rename",
    "save",
    "set_answers",
    "set_appointment",
    "set_note",
    "set_status",
    "translate_field",
    "validated",
    "validated_sponsor",
]
