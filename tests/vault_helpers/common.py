"""Shared set-up for the vault tests: tiny KDF parameters, fictional cases, file snapshots."""

from __future__ import annotations

import hashlib
from pathlib import Path

from visadesk.vault import KdfParams, Vault

PASS = "correct horse battery staple"
KDF = KdfParams.for_tests()


def make_vault(path: Path, passphrase: str = PASS) -> Vault:
    return Vault.create(path, passphrase, kdf=KDF)


def snapshot(directory: Path) -> dict[str, str]:
    """name -> sha256 of every file below ``directory``."""
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def variant(case, n: int, **changes):  # -> Case with a fresh id and a distinct surname
    from visadesk.case.model import new_id

    people = []
    for p in case.applicants:
        people.append(p.model_copy(update={"surname": p.surname + "а" * (n % 3)}))
    return case.model_copy(
        update={"id": new_id(), "title": f"Дело {n}", "applicants": people, **changes}
    )
