"""Cases in and out of the vault as a whole: duplicate a case (scans copied inside the vault),
import a case file or a bundle with the user's choice for a case that is already there."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal

from visadesk.case.casefile import duplicate
from visadesk.case.model import Case
from visadesk.casework.core import CaseworkError, save, validated

if TYPE_CHECKING:
    from visadesk.vault import Vault
    from visadesk.vault.exchange import ImportResult

OnConflict = Literal["keep_both", "replace", "cancel"]
CONFLICT_CHOICES: tuple[OnConflict, ...] = ("keep_both", "replace", "cancel")


def duplicate_case(vault: Vault, case_id: str, title: str | None = None) -> Case:
    """A copy with new ids for the case, its people, applications and scans; the copy and its
    scans are written in one transaction (bytes copied inside the vault, never to a file)."""
    original = vault.get_case(case_id)
    copy, id_map = duplicate(original, title)
    copy = validated(copy)
    with ExitStack() as stack:

        def streams() -> Iterator[tuple[str, BinaryIO]]:
            for old_id, new_id in id_map.items():
                yield new_id, stack.enter_context(vault.open_attachment(old_id))

        vault.put_case_with_attachments(copy, streams())
    return copy


def import_case(vault: Vault, case: Case, on_conflict: OnConflict = "keep_both") -> Case | None:
    """Import a case read from a case file. Scans that lie beside the file (``path``) are not
    listed. A case id already in the vault: ``keep_both`` imports a copy with new ids,
    ``replace`` overwrites it, ``cancel`` imports nothing (returns None)."""
    if on_conflict not in CONFLICT_CHOICES:
        raise CaseworkError(
            "unknown_choice", f"unknown conflict choice {on_conflict!r}", field="on_conflict"
        )
    data = case.model_dump(mode="json")
    data["attachments"] = [a for a in data["attachments"] if not a.get("path")]
    case = validated(data, what="The case file")
    if vault.has_case(case.id):
        if on_conflict == "cancel":
            return None
        if on_conflict == "keep_both":
            case = validated(duplicate(case)[0])
    return save(vault, case)


def import_bundle(
    vault: Vault,
    source: Path | str | bytes,
    passphrase: str,
    on_conflict: OnConflict = "keep_both",
    progress: Callable[[int, int], None] | None = None,
    *,
    key_cache: dict[bytes, bytes] | None = None,
) -> ImportResult:
    """Import a bundle (.vdx): the vault verifies it whole, then imports all or nothing."""
    from visadesk.vault.exchange import import_bundle as vault_import

    return vault_import(vault, source, passphrase, on_conflict, progress, key_cache=key_cache)
