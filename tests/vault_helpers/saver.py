"""Child process for the kill -9 tests: saves (or changes the passphrase) and acknowledges.

    python -m tests.vault_helpers.saver saves VAULT PASSPHRASE START
    python -m tests.vault_helpers.saver passwd VAULT OLD NEW
    python -m tests.vault_helpers.saver hold VAULT PASSPHRASE SECONDS

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
    vault.unlock(argv[2])
    print("ready", flush=True)
    if mode == "hold":  # keep a write transaction open for a while (two-process test)
        from visadesk.vault import db

        assert vault._conn is not None
        with db.write_txn(vault._conn):
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
