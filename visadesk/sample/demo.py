"""A throw-away vault holding the fictional sample family (the app's --demo mode, screenshots)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from visadesk.vault import KdfParams, Vault


def demo_vault() -> tuple[Vault, Path]:
    """A new vault of the example family in a private temp folder; returns (vault, folder).
    The caller removes the folder when done."""
    from visadesk.sample.family import example_case

    folder = Path(tempfile.mkdtemp(prefix="visadesk-demo-"))
    os.chmod(folder, 0o700)
    # A random passphrase nobody sees, over fictional data deleted on exit: the key derivation
    # protects nothing here, so it is kept light (8 MiB, RFC 9106's floor is irrelevant) and
    # the demo opens at once.
    vault = Vault.create(
        folder / "vault.sqlite3", os.urandom(16).hex(), kdf=KdfParams(8 * 1024, 1, 1)
    )
    vault.put_case(example_case())
    return vault, folder
