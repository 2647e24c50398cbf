"""Benchmarks of the foundation: validating 10,000 persons, and the whole-process time of
`visadesk translit Щукин` (target < 150 ms on 2 cores; floor: `python -c pass`).
Run: .venv/bin/python benchmarks/bench_foundation.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
import uuid

from visadesk.case.model import Person
from visadesk.sample.family import example_case


def validate_persons(n: int = 10_000) -> float:
    base = json.loads(example_case().applicants[0].model_dump_json())
    docs = []
    for i in range(n):
        d = dict(base, id=uuid.uuid4().hex, given_names=f"Ярослав{'а' * (i % 5)}")
        docs.append(json.dumps(d, ensure_ascii=False))
    t = time.perf_counter()
    for d in docs:
        Person.model_validate_json(d)
    return time.perf_counter() - t


def process_time(cmd: list[str], runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> None:
    total = validate_persons()
    print(f"validate 10,000 persons: {total:.2f} s ({total / 10_000 * 1e6:.0f} µs per person)")
    exe = [sys.executable, "-m", "visadesk", "translit", "Щукин"]
    floor = process_time([sys.executable, "-c", "pass"])
    full = process_time(exe)
    print(
        f"`visadesk translit Щукин` whole process: {full:.0f} ms (median of 15)   target < 150 ms"
    )
    print(f"floor `python -c pass`:                  {floor:.0f} ms")


if __name__ == "__main__":
    main()
