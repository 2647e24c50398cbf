"""Child process for the kill -9 tests: saves (or changes the passphrase) and acknowledges.

    python -m tests.vault_helpers.saver saves VAULT PASSPHRASE START
    python -m tests.vault_helpers.saver passwd VAULT OLD NEW
    python -m tests.vault_helpers.saver hold VAULT PASSPHRASE SECONDS
    python -m tests.vault_helpers.saver open VAULT PASSPHRASE SECONDS   (unlocked, idle)
    python -m tests.vault_helpers.saver restore VAULT BACKUP
    python -m tests.vault_helpers.saver import VAULT PASSPHRASE BUNDLE BUNDLE-PASSPHRASE

Prints "ready" once unlocked, then one "ack N ID" line per save, only after it committed.
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

from tests.vault_helpers.common import KDF, variant
from visadesk.sample.family import example_case
from visadesk.vault import Vault


def main(argv: list[str]) -> int:
    mode, path = argv[0], Path(argv[1])
    vault = Vault.open(path)
    if mode == "passwd":
        old, new = argv[2], argv[3]
        print("ready", flush=True)
        vault.change_passphrase(old, new, kdf=KDF)
        print("done", flush=True)
        return 0
    if mode == "restore":
        from visadesk.vault.backups import restore_backup

        print("ready", flush=True)
        restore_backup(Path(argv[2]), vault_path=path)
        print("done", flush=True)
        return 0
    vault.unlock(argv[2])
    from visadesk.vault.records import validated

    validated(example_case())  # warm up (imports, pydantic, transliteration) before "ready"
    print("ready", flush=True)
    if mode == "open":
        time.sleep(float(argv[3]))
        vault.put_case(variant(example_case(), 77, title="late save"))
        print("saved", flush=True)
        return 0
    if mode == "import":
        from visadesk.vault.exchange import import_bundle

        result = import_bundle(vault, Path(argv[3]), argv[4])
        print(f"done {result.case_id}", flush=True)
        return 0
    if mode == "hold":  # keep a write transaction open for a while (two-process test)
        from visadesk.vault import db

        with db.write_txn(vault._s().conn):
            print("holding", flush=True)
            time.sleep(float(argv[3]))
        print("released", flush=True)
        return 0
    base = example_case()
    n = int(argv[3])
    while True:
        case = variant(base, n, title=f"Дело {n}")
        vault.put_case(case)
        if n % 4 == 0:
            vault.add_attachment(case.id, f"{n:032x}", io.BytesIO(bytes([n % 256]) * 300_000))
        print(f"ack {n} {case.id}", flush=True)
        n += 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
