"""Bundle benchmark (issue 8): export and import of a case with 200 MiB of attachments
(4 × 50 MiB of random bytes), each in its own child process so its peak memory is its own.
Printed per phase: wall time, throughput, peak RSS of the process (ru_maxrss, includes the
interpreter and libraries) and the peak of Python allocations (tracemalloc). Argon2id runs
with the default parameters (m = 256 MiB) and is timed separately; the peak-memory figures
exclude it (the import measures after the header was unlocked), since it is the KDF's
deliberate cost, freed right after. Figures only; nothing is asserted.

Target: peak < 150 MB for export and for import (streaming: no attachment held whole).

    .venv/bin/python benchmarks/bench_bundle.py [MiB per attachment] [attachments]
"""

from __future__ import annotations

import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("VISADESK_HOME", tempfile.mkdtemp(prefix="visadesk-bench-"))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

PASS = "benchmark passphrase"
BUNDLE_PASS = "benchmark bundle passphrase words"


class RandomSource(io.RawIOBase):
    """``size`` random bytes, produced 1 MiB at a time (never held whole)."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        n = min(len(b), self.left, 1024 * 1024)
        b[:n] = os.urandom(n)
        self.left -= n
        return n


def rss_mib() -> float:
    """Peak RSS of this process image: VmHWM on Linux (ru_maxrss is inherited across
    fork/exec, so a child would report its parent's peak), else ru_maxrss."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> bool:
    """Restart the peak-RSS high-water mark (Linux: clear_refs 5); False where unsupported."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def phase_build(tmp: Path, mib: int, count: int) -> dict:
    from visadesk.sample.family import example_case
    from visadesk.vault import KdfParams, Vault

    v = Vault.create(tmp / "src.sqlite3", PASS, kdf=KdfParams.for_tests())
    case = example_case()
    v.put_case(case)
    for i in range(count):
        v.add_attachment(case.id, f"{i + 1:032x}", io.BufferedReader(RandomSource(mib * 2**20)))
    v.close()
    return {"case_id": case.id}


def phase_export(tmp: Path, case_id: str, kdf_name: str) -> dict:
    from visadesk.vault import KdfParams, Vault
    from visadesk.vault.exchange import export_case

    kdf = KdfParams.default() if kdf_name == "default" else KdfParams.for_tests()

    v = Vault.open(tmp / "src.sqlite3")
    v.unlock(PASS)
    base = rss_mib()
    tracemalloc.start()
    t = time.perf_counter()
    result = export_case(v, case_id, tmp / f"case-{kdf_name}.vdx", BUNDLE_PASS, kdf=kdf)
    elapsed = time.perf_counter() - t
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    v.close()
    return {"time": elapsed, "rss": rss_mib(), "rss_before": base, "traced": peak / 2**20,
            "bytes": result.attachment_bytes, "file": result.size}  # fmt: skip


def phase_import(tmp: Path) -> dict:
    from visadesk.vault import KdfParams, Vault
    from visadesk.vault.exchange import open_bundle

    v = Vault.create(tmp / "dst.sqlite3", PASS, kdf=KdfParams.for_tests())
    t = time.perf_counter()
    opened = open_bundle(tmp / "case-default.vdx", BUNDLE_PASS)  # Argon2id, default parameters
    kdf_time = time.perf_counter() - t
    rss_kdf = rss_mib()
    reset = reset_peak()  # the KDF's 256 MiB is freed: measure the streaming part alone
    out = _import_rest(v, opened)
    return {"kdf_time": kdf_time, "rss_kdf": rss_kdf, "reset": reset, **out, "rss": rss_mib()}


def _import_rest(v, opened) -> dict:
    tracemalloc.start()
    t = time.perf_counter()
    result = opened.import_into(v, "keep_both")
    elapsed = time.perf_counter() - t
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    v.close()
    return {"time": elapsed, "traced": peak / 2**20, "bytes": result.attachment_bytes}


def child(argv: list[str]) -> None:
    phase, tmp = argv[0], Path(argv[1])
    if phase == "build":
        out = phase_build(tmp, int(argv[2]), int(argv[3]))
    elif phase == "export":
        out = phase_export(tmp, argv[2], argv[3])
    else:
        out = phase_import(tmp)
    print(json.dumps(out))


def run_child(*args: str, env: dict | None = None) -> dict:
    r = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True, text=True, check=False, env={**os.environ, **(env or {})},
    )  # fmt: skip
    if r.returncode != 0:
        sys.exit(r.stderr)
    return json.loads(r.stdout.strip().splitlines()[-1])


def main(mib: int = 50, count: int = 4) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="visadesk-bench-bundle-"))
    total = mib * count
    print(f"building a vault with one case and {count} × {mib} MiB attachments ...", flush=True)
    t = time.perf_counter()
    built = run_child("build", str(tmp), str(mib), str(count))
    print(f"  built in {time.perf_counter() - t:.1f} s")

    exp = run_child("export", str(tmp), built["case_id"], "default")
    exp2 = run_child("export", str(tmp), built["case_id"], "tests")
    imp = run_child("import", str(tmp))
    from visadesk.vault import bundle as fmt

    overhead = exp["file"] - exp["bytes"]

    rows = [
        ("export, Argon2id default (256 MiB)", exp, total),
        ("export, Argon2id 8 MiB (streaming cost)", exp2, total),
        ("import (verify + transactional import)", imp, 2 * total),
    ]
    print(f"\n{total} MiB of attachments ({count} files)         time    MiB/s*  peak RSS  "
          "peak traced  (target < 150 MB)")  # fmt: skip
    for label, r, work in rows:
        print(f"{label:<42}{r['time']:6.2f} s {work / r['time']:7.1f}  {r['rss']:6.1f} MiB  "
              f"{r['traced']:6.1f} MiB")  # fmt: skip
    print(f"Argon2id unlock of the bundle (default)   {imp['kdf_time']:6.2f} s   "
          f"peak RSS with it {imp['rss_kdf']:.1f} MiB"
          + ("" if imp["reset"] else " (peak could not be reset: import row includes it)"))  # fmt: skip
    print(f"bundle size overhead                      {overhead / 2**10:8.1f} KiB "
          f"({overhead / exp['file'] * 100:.3f} %; {fmt.CHUNK_PLAIN // 1024} KiB chunks)")  # fmt: skip
    shutil.rmtree(tmp, ignore_errors=True)  # ~1 GiB of vaults and bundles
    print("* import MiB/s counts both passes (verification, then the transactional import).")
    print("  Peak RSS (VmHWM) includes the interpreter and libraries (~35-50 MiB); the first "
          "export row also Argon2id's own 256 MiB working memory (freed before streaming "
          "starts); the import row is measured after the KDF.")  # fmt: skip


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
    else:
        main(*(int(a) for a in sys.argv[1:3]))
