"""Vault benchmarks (issue 3): a vault of 10,000 cases — unlock (KDF excluded), search-as-you-type,
save of one edited case, peak memory — and save at 10,000 vs at 100 cases. Each figure is
printed beside the floor: the same operation on an unencrypted sqlite3 table (WAL,
synchronous=FULL, one row of case JSON per case). Figures only; nothing is asserted.

Targets: unlock < 0.5 s; query < 20 ms; save < 15 ms and <= 3x floor; save@10k <= 1.5x save@100.

    .venv/bin/python benchmarks/bench_vault.py [N]
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("VISADESK_HOME", tempfile.mkdtemp(prefix="visadesk-bench-"))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from visadesk.case.model import Person, new_id
from visadesk.sample.family import example_case
from visadesk.vault import KdfParams, Vault, crypto
from visadesk.vault import header as hdr

PASS = "benchmark passphrase"
SURNAMES = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов"]
NAMES = ["Алексей", "Мария", "Дмитрий", "Анна", "Сергей", "Ольга", "Иван", "Екатерина"]


def make_cases(n: int) -> list:
    base = example_case()
    out = []
    for i in range(n):
        extra = Person(surname=SURNAMES[i % 8] + "а" * (i % 3), given_names=NAMES[(i // 8) % 8])
        out.append(
            base.model_copy(
                update={
                    "id": new_id(),
                    "title": f"Дело № {i}",
                    "applicants": [*base.applicants, extra],
                }
            )
        )
    return out


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def build_vault(path: Path, cases: list) -> None:
    v = Vault.create(path, PASS, kdf=KdfParams.for_tests())
    for i in range(0, len(cases), 1000):
        v.put_cases(cases[i : i + 1000])
    v.close()


def build_floor(path: Path, cases: list) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE cases (id TEXT PRIMARY KEY, body TEXT, summary TEXT) WITHOUT ROWID")
    conn.execute("BEGIN")
    for c in cases:
        names = " ".join(p.full_name + " " + p.full_name_latin for p in c.people())
        conn.execute(
            "INSERT INTO cases VALUES (?, ?, ?)", (c.id, c.model_dump_json(), names.lower())
        )
    conn.execute("COMMIT")
    return conn


def save_vault(v: Vault, case) -> float:
    edited = [case]

    def once():
        edited[0] = edited[0].model_copy(update={"notes": edited[0].notes + "."})
        v.put_case(edited[0])

    return median_time(once, 30)


def save_floor(conn: sqlite3.Connection, case) -> float:
    body = [case.model_dump_json()]

    def once():
        body[0] = case.model_copy(update={"notes": case.notes + "."}).model_dump_json()
        conn.execute("BEGIN")
        conn.execute("UPDATE cases SET body=? WHERE id=?", (body[0], case.id))
        conn.execute("COMMIT")

    return median_time(once, 30)


def main(n: int = 10_000) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="visadesk-bench-"))
    print(f"building {n} cases ...", flush=True)
    cases = make_cases(n)
    small = make_cases(100)
    vpath, fpath = tmp / "vault.sqlite3", tmp / "floor.sqlite3"
    t = time.perf_counter()
    build_vault(vpath, cases)
    print(
        f"  built the vault in {time.perf_counter() - t:.1f} s "
        f"({vpath.stat().st_size / 2**20:.1f} MiB)"
    )
    floor = build_floor(fpath, cases)

    v = Vault.open(vpath)
    v.unlock(PASS)  # first unlock of the day writes the backup: not part of the figure
    v.lock()
    header, _ = Vault._read_header(vpath)
    data_key = hdr.unwrap(header, PASS)

    def unlock():
        v.lock()
        v._activate(data_key)

    unlock_t = median_time(unlock, 5)

    def unlock_floor():
        c = sqlite3.connect(fpath)
        rows = c.execute("SELECT id, summary FROM cases").fetchall()
        [json.dumps(r[1]) for r in rows]
        c.close()

    unlock_floor_t = median_time(unlock_floor, 5)
    tracemalloc.start()
    unlock()
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    queries = ["и", "ив", "ива", "иван", "иванов", "IVAN", "Смирнова Ольга", "75 123"]
    q_t = max(median_time(lambda q=q: v.search(q), 20) for q in queries)
    q_floor = max(
        median_time(
            lambda q=q: floor.execute(
                "SELECT id FROM cases WHERE summary LIKE ?", (f"%{q.lower()}%",)
            ).fetchall(),
            20,
        )
        for q in queries
    )
    save_t = save_vault(v, cases[n // 2])
    save_floor_t = save_floor(floor, cases[n // 2])
    v.close()

    spath = tmp / "small.sqlite3"
    build_vault(spath, small)
    sv = Vault.open(spath)
    sv.unlock(PASS)
    save_small = save_vault(sv, small[50])
    sv.close()

    kdf_t = median_time(lambda: crypto.derive_key(PASS, crypto.new_salt(), KdfParams.default()), 3)

    print(f"\nvault of {n} cases                      VisaDesk      plain sqlite3 floor   target")
    print(
        f"unlock (KDF excluded)                 {ms(unlock_t)}   {ms(unlock_floor_t)}        < 500 ms"
    )
    print(
        f"search-as-you-type (worst of {len(queries)})       {ms(q_t)}   {ms(q_floor)}        < 20 ms"
    )
    print(
        f"save one edited case                  {ms(save_t)}   {ms(save_floor_t)}        < 15 ms, <= 3x floor"
        f" ({save_t / save_floor_t:.2f}x)"
    )
    print(
        f"save at 100 cases                     {ms(save_small)}   (ratio 10k/100: "
        f"{save_t / save_small:.2f}x, target <= 1.5x)"
    )
    print(f"peak traced memory during unlock      {peak / 2**20:8.1f} MiB")
    print(
        f"process max RSS                       {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:8.1f} MiB"
    )
    print(
        f"Argon2id default (256 MiB, t=3, p=2)  {ms(kdf_t)}   (once per unlock; not in the figures above)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
