"""SECURITY.md test 8: the bundle reader takes >= 100,000 generated and mutated inputs without
an unhandled exception and without a partial import; only the bundle's own error types.

The seed is one small, fixed bundle made with KdfParams.for_tests(); every read passes
``limits=KDF`` so a fuzzed header can never make Argon2 run with more than the tiny test
parameters, and a ``key_cache`` so the seed's own header costs one Argon2 run in total.

Default suite: 2,400 hypothesis examples (random bytes, structured mutations of the seed,
validly *encrypted* hostile contents that reach the manifest and case parsers) plus an
in-process loop of 100,000 cheap seeded mutations. ``-m slow`` runs ten times as many.
"""

from __future__ import annotations

import functools
import io
import json
import random
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_bundle_common import state, vault_with_case
from tests.vault_helpers.common import KDF, make_vault
from visadesk.vault import bundle as fmt
from visadesk.vault.errors import BundleError
from visadesk.vault.exchange import export_case, import_bundle, inspect_bundle

PASS = "fuzz seed passphrase"


def fuzz_settings(n: int) -> settings:
    return settings(
        max_examples=n,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        database=None,
    )


LOOP_INPUTS = 100_000


@functools.cache
def seed() -> bytes:
    """A fixed small bundle: the example case and attachments across three chunks."""
    import tempfile
    from pathlib import Path

    from visadesk.sample.family import example_case

    tmp = Path(tempfile.mkdtemp(prefix="vdx-seed-"))
    case = example_case()
    v = vault_with_case(tmp / "seed.sqlite3", case, sizes=(0, 300, fmt.CHUNK_PLAIN + 50))
    export_case(v, case.id, tmp / "seed.vdx", PASS, kdf=KDF)
    v.close()
    return (tmp / "seed.vdx").read_bytes()


@functools.cache
def small_seed() -> bytes:
    """One-chunk bundle (no attachments) for the fast loop."""
    import tempfile
    from pathlib import Path

    from visadesk.sample.family import example_case

    tmp = Path(tempfile.mkdtemp(prefix="vdx-small-"))
    case = example_case()
    v = vault_with_case(tmp / "s.sqlite3", case, sizes=(40,))
    export_case(v, case.id, tmp / "s.vdx", PASS, kdf=KDF)
    v.close()
    return (tmp / "s.vdx").read_bytes()


_CACHE: dict = {}


def feed(vault, data: bytes) -> bool:
    """One input to the reader; True if it imported (only an intact bundle may)."""
    try:
        import_bundle(vault, data, PASS, "keep_both", limits=KDF, key_cache=_CACHE)
    except BundleError:
        return False
    return True


def counts(vault) -> tuple[int, int]:
    return len(vault.list_cases()), len(vault.list_attachments())


@pytest.fixture
def vault(tmp_path):
    v = make_vault(tmp_path / "fuzz.sqlite3")
    yield v
    v.close()


# --- hypothesis ------------------------------------------------------------------------------


@fuzz_settings(600)
@given(data=st.binary(max_size=4096) | st.binary(max_size=64).map(lambda b: fmt.MAGIC + b))
def test_random_bytes(vault, data):
    assert not feed(vault, data)
    assert counts(vault) == (0, 0)


def _mutations():
    n = len(seed())
    pos = st.integers(0, n - 1)
    return st.one_of(
        st.tuples(st.just("flip"), pos, st.integers(1, 255)),
        st.tuples(st.just("cut"), pos, st.just(0)),
        st.tuples(st.just("insert"), pos, st.binary(min_size=1, max_size=64)),
        st.tuples(st.just("delete"), pos, st.integers(1, 4096)),
        st.tuples(st.just("dup"), pos, st.integers(1, 4096)),
        st.tuples(st.just("header"), st.integers(0, fmt.HEADER_BYTES - 1), st.integers(0, 255)),
        st.tuples(st.just("params"), st.integers(0, 2**32 - 1), st.integers(0, 2**32 - 1)),
    )


def mutate(data: bytes, ops) -> bytes:
    b = bytearray(data)
    for op, at, arg in ops:
        at = min(at, max(len(b) - 1, 0))
        if op == "flip" and b:
            b[at] ^= arg
        elif op == "cut":
            del b[at:]
        elif op == "insert":
            b[at:at] = arg
        elif op == "delete":
            del b[at : at + arg]
        elif op == "dup":
            b[at:at] = b[at : at + arg]
        elif op == "header" and len(b) >= fmt.HEADER_BYTES:
            # edit a header byte AND fix the checksum: reaches the KDF caps and the unwrap
            b[at] = arg
            b[118:150] = __import__("hashlib").sha256(bytes(b[:118])).digest()
        elif op == "params" and len(b) >= fmt.HEADER_BYTES:
            b[13:21] = struct.pack(">II", at, arg)
            b[118:150] = __import__("hashlib").sha256(bytes(b[:118])).digest()
    return bytes(b)


@pytest.mark.long(30)
@fuzz_settings(1200)
@given(ops=st.lists(_mutations(), min_size=1, max_size=4))
def test_mutated_seed(vault, ops):
    data = mutate(seed(), ops)
    imported = feed(vault, data)
    if data == seed():
        assert imported  # a no-op mutation: the intact bundle imports whole
        for s in vault.list_cases():
            vault.delete_case(s.id)
    else:
        assert not imported
    assert counts(vault) == (0, 0)


def _encrypted(plaintext: bytes) -> bytes:
    """A bundle whose header and chunks are genuine but whose contents are arbitrary: what a
    hostile sender who shares the passphrase could craft."""
    header, key = fmt.make_header(PASS, KDF) if not _HEADER else _HEADER[0]
    if not _HEADER:
        _HEADER.append((header, key))
    out = io.BytesIO()
    out.write(header.raw)
    w = fmt.PayloadWriter(out, key, header.stream_ad())
    w.write(plaintext)
    w.close()
    return out.getvalue()


_HEADER: list = []


def _hostile_contents():
    case_json = json.loads(seed_manifest())["case"]
    entry = st.fixed_dictionaries(
        {
            "id": st.one_of(st.just("ab" * 16), st.text(max_size=70), st.integers()),
            "size": st.one_of(st.integers(-5, 300), st.just(2**40), st.floats(), st.none()),
        }
    )
    manifest = st.fixed_dictionaries(
        {
            "kind": st.sampled_from([fmt.MANIFEST_KIND, "other", 3]),
            "case": st.one_of(
                st.just(case_json),
                st.dictionaries(st.text(max_size=8), st.integers(), max_size=3),
                st.just({**case_json, "applicants": []}),
                st.just({**case_json, "format": "visadesk.case/9"}),
            ),
            "attachments": st.one_of(st.lists(entry, max_size=3), st.just({}), st.none()),
        }
    )

    def frame(doc, extra, lie):
        body = json.dumps(doc).encode()
        n = len(body) if lie is None else lie
        return struct.pack(">I", n % 2**32) + body + extra

    return st.one_of(
        st.binary(max_size=300),
        st.builds(frame, manifest, st.binary(max_size=400), st.none() | st.integers(0, 2**32)),
        st.builds(
            lambda b: struct.pack(">I", len(b)) + b,
            st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
        ),
    )


@functools.cache
def seed_manifest() -> str:
    from visadesk.vault.exchange import open_bundle

    opened = open_bundle(seed(), PASS, limits=KDF, key_cache=_CACHE)
    return json.dumps(opened.verify().manifest)


@fuzz_settings(600)
@given(plaintext=_hostile_contents())
def test_hostile_contents_with_a_genuine_key(vault, plaintext):
    data = _encrypted(plaintext)
    before = counts(vault)
    try:
        preview = inspect_bundle(data, PASS, limits=KDF, key_cache=_CACHE)
    except BundleError:
        assert not feed(vault, data)
        assert counts(vault) == before
        return
    # it verified: an import is whole - the case and every attachment it lists
    assert feed(vault, data)
    assert counts(vault) == (before[0] + 1, before[1] + len(preview.attachments))


# --- the fast loop: the rest of the 100,000 ---------------------------------------------------


def _loop(vault, n: int, rng: random.Random) -> int:
    seeds = (small_seed(), seed())
    fed = 0
    for i in range(n):
        base = seeds[i % 8 == 0]
        b = bytearray(base)
        kind = rng.randrange(6)
        if kind == 0:
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
        elif kind == 1:
            del b[rng.randrange(len(b)) :]
        elif kind == 2:
            at = rng.randrange(len(b))
            b[at:at] = rng.randbytes(rng.randrange(1, 32))
        elif kind == 3:
            at = rng.randrange(fmt.HEADER_BYTES, len(b))
            del b[at : at + rng.randrange(1, 2 * fmt.CHUNK_SEALED)]
        elif kind == 4:
            b += rng.randbytes(rng.randrange(1, 64))
        else:
            at = rng.randrange(len(b))
            b[at : at + 8] = rng.randbytes(8)
        data = bytes(b)
        if data == base:
            continue
        assert not feed(vault, data), f"mutation {kind} at input {i} imported"
        fed += 1
    return fed


def test_ten_thousand_mutations(vault):
    before = state(vault)
    fed = _loop(vault, LOOP_INPUTS // 10, random.Random(8))
    assert fed > LOOP_INPUTS // 10 * 0.99
    assert state(vault) == before and vault.problems == []


@pytest.mark.slow
def test_hundred_thousand_mutations(vault):
    before = state(vault)
    fed = _loop(vault, LOOP_INPUTS, random.Random(8))
    assert fed > LOOP_INPUTS * 0.99
    assert state(vault) == before and vault.problems == []


@pytest.mark.slow
def test_million_mutations(vault):
    before = state(vault)
    _loop(vault, 10 * LOOP_INPUTS, random.Random(9))
    assert state(vault) == before


@pytest.mark.slow
@fuzz_settings(20_000)
@given(ops=st.lists(_mutations(), min_size=1, max_size=6))
def test_mutated_seed_slow(vault, ops):
    data = mutate(seed(), ops)
    if data != seed():
        assert not feed(vault, data)
    assert len(vault.list_attachments()) % 3 == 0
