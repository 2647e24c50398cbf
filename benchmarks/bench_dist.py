"""Benchmark of the packaged app (issue 18), beside the venv's, measured in the same run:

* download size (the .tar.gz) and unpacked size of `make dist`'s folder;
* first window with ``--demo`` (whole process, start to first paint; then the sample family
  listed), of the built app and of the venv, with a bare PySide6 window as the floor;
* `visadesk packet` of the example case, built CLI and venv CLI.

Goal: the built app's first window no slower than the venv's. Median of N interleaved runs.
Needs `make dist` first.   .venv/bin/python benchmarks/bench_dist.py [N]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))
from bench_ui import BARE  # noqa: E402


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _stamps(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    seen = {}
    for line in out.splitlines():
        label, _, stamp = line.partition(" ")
        if label in ("shown", "ready"):
            seen[label] = float(stamp) - start
    return seen


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    dist = ROOT / "dist"
    built = dist / "visadesk" / "visadesk"
    archives = sorted(dist.glob("visadesk-*.tar.gz"))
    if not built.is_file() or not archives:
        print("bench_dist: no build in dist/ (run `make dist` first); skipped")
        return
    venv = [sys.executable, "-m", "visadesk"]
    size = archives[-1].stat().st_size / 1e6
    unpacked = _folder_size(dist / "visadesk") / 1e6
    print(f"download {archives[-1].name}: {size:.1f} MB (unpacked {unpacked:.0f} MB)")
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "VISADESK_HOME": str(Path(tmp) / "home"),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "VISADESK_BENCH_TIMES": "1",
            "VISADESK_LANG": "en",
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # the venv's bytecode cached, as installed
        runs: dict[str, list[dict[str, float]]] = {"bare": [], "venv": [], "built": []}
        for cmd in ([sys.executable, "-c", BARE], [*venv, "--demo"], [str(built), "--demo"]):
            _stamps(cmd, env)  # warm the page cache
        for _ in range(n):
            runs["bare"].append(_stamps([sys.executable, "-c", BARE], env))
            runs["venv"].append(_stamps([*venv, "--demo"], env))
            runs["built"].append(_stamps([str(built), "--demo"], env))

        def med(kind: str, label: str) -> float:
            return statistics.median(r[label] for r in runs[kind])

        bare, v_shown, b_shown = med("bare", "shown"), med("venv", "shown"), med("built", "shown")
        print(
            f"first window, --demo: built {b_shown * 1000:.0f} ms, venv {v_shown * 1000:.0f} ms "
            f"(built/venv {b_shown / v_shown:.2f}x, goal <= 1.00x); floor bare PySide6 window "
            f"{bare * 1000:.0f} ms (built {b_shown / bare:.2f}x, venv {v_shown / bare:.2f}x)"
        )
        print(
            f"sample family listed: built {med('built', 'ready') * 1000:.0f} ms, "
            f"venv {med('venv', 'ready') * 1000:.0f} ms"
        )
        case = Path(tmp) / "family.json"
        subprocess.run([*venv, "example-case", "-o", str(case)], env=env, check=True)
        out = str(Path(tmp) / "p.pdf")
        args = ["packet", str(case), "-o", out, "--date", "2026-11-25"]
        v, b = [], []
        for _ in range(n):
            v.append(_timed([*venv, *args], env))
            b.append(_timed([str(built), *args], env))
        pv, pb = statistics.median(v), statistics.median(b)
        print(
            f"`visadesk packet` example case: built {pb * 1000:.0f} ms, venv {pv * 1000:.0f} ms "
            f"(built/venv {pb / pv:.2f}x)"
        )


if __name__ == "__main__":
    main()
