"""The low-level AEAD helpers: nonces, associated data, KDF caps, chunked streams."""

from __future__ import annotations

import io
import os
import time

import pytest

from visadesk.vault import crypto
from visadesk.vault.crypto import CryptoError, KdfParams, KdfRefused


def test_nonces_never_repeat_over_100000_seals():
    key = crypto.random_key()
    ad = crypto.ad("vault", "case", "id", 1)
    nonces = {crypto.seal(key, b"x", ad)[1 : 1 + crypto.NONCE_BYTES] for _ in range(100_000)}
    assert len(nonces) == 100_000


def test_seal_open_and_every_ad_field_matters():
    key = crypto.random_key()
    fields = ("vault-a", "case", "0123abcd", 3, 1)
    blob = crypto.seal(key, "Подъячева".encode(), crypto.ad(*fields))
    assert crypto.open_sealed(key, blob, crypto.ad(*fields)) == "Подъячева".encode()
    for i in range(len(fields)):
        changed = list(fields)
        changed[i] = changed[i] + 1 if isinstance(changed[i], int) else changed[i] + "x"
        with pytest.raises(CryptoError):
            crypto.open_sealed(key, blob, crypto.ad(*changed))
    with pytest.raises(CryptoError):
        crypto.open_sealed(crypto.random_key(), blob, crypto.ad(*fields))
    for pos in range(len(blob)):
        flipped = bytearray(blob)
        flipped[pos] ^= 0x80
        with pytest.raises(CryptoError):
            crypto.open_sealed(key, bytes(flipped), crypto.ad(*fields))
    with pytest.raises(CryptoError):
        crypto.open_sealed(key, blob[:10], crypto.ad(*fields))


def test_ad_fields_are_unambiguous():
    assert crypto.ad("ab", "c") != crypto.ad("a", "bc")
    assert crypto.ad("1") != crypto.ad(1)


def test_kdf_caps_refuse_before_allocating():
    salt = crypto.new_salt()
    start = time.monotonic()
    for bad in (
        KdfParams(memory_kib=2**30, iterations=3, lanes=2),  # 1 TiB
        KdfParams(memory_kib=4 * 2**20 + 1, iterations=3, lanes=2),
        KdfParams(memory_kib=65536, iterations=10**9, lanes=2),
        KdfParams(memory_kib=65536, iterations=0, lanes=2),
        KdfParams(memory_kib=65536, iterations=3, lanes=1000),
        KdfParams(memory_kib=1024, iterations=3, lanes=1),
    ):
        with pytest.raises(KdfRefused):
            crypto.derive_key("pw", salt, bad)
    assert time.monotonic() - start < 0.2


def test_defaults_follow_rfc9106_and_test_params_are_tiny():
    d = KdfParams.default()
    assert d.memory_kib >= 64 * 1024 and d.iterations >= 3  # RFC 9106 second option or above
    assert (d.memory_kib, d.iterations, d.lanes) == (256 * 1024, 3, 2)
    t = KdfParams.for_tests()
    assert t.memory_kib == 8 * 1024
    salt = crypto.new_salt()
    k1 = crypto.derive_key("пароль", salt, t)
    assert k1 == crypto.derive_key("пароль", salt, t) and len(k1) == 32
    assert k1 != crypto.derive_key("пароль ", salt, t)
    assert k1 != crypto.derive_key("пароль", crypto.new_salt(), t)


def _open_stream(key: bytes, sad: bytes, chunks: list[bytes]):
    """The STREAM reading rule (what AttachmentReader and the bundle reader apply)."""
    done = False
    index = -1
    for index, blob in enumerate(chunks):
        if done:
            raise CryptoError("data continues after the final chunk")
        data, done = crypto.open_chunk(key, sad, index, blob)
        yield data
    if not done:
        raise CryptoError(f"the stream is truncated after chunk {index}")


@pytest.mark.parametrize("size", [0, 1, 1000, 4096, 4097, 3 * 4096])
def test_stream_round_trip(size):
    key = crypto.random_key()
    sad = crypto.ad("stream", size)
    data = os.urandom(size)
    chunks = [c for _, c, _ in crypto.seal_stream(key, sad, io.BytesIO(data), chunk_size=4096)]
    assert len(chunks) == max(1, -(-size // 4096))  # an exact multiple needs no empty tail
    assert b"".join(_open_stream(key, sad, chunks)) == data


def test_stream_truncation_reorder_append_are_refused():
    key = crypto.random_key()
    sad = crypto.ad("stream")
    data = os.urandom(4096 * 3 + 5)
    chunks = [c for _, c, _ in crypto.seal_stream(key, sad, io.BytesIO(data), chunk_size=4096)]
    assert len(chunks) == 4
    bad_lists = [
        chunks[:-1],  # truncated at a chunk boundary
        chunks[:1],
        [chunks[1], chunks[0], *chunks[2:]],  # reordered
        [*chunks, chunks[-1]],  # appended
        [*chunks[:-1], chunks[-1][:-1]],  # one byte short
        [],
    ]
    for bad in bad_lists:
        with pytest.raises(CryptoError):
            b"".join(_open_stream(key, sad, bad))
    with pytest.raises(CryptoError):  # a stream's chunks under another stream's AD
        b"".join(_open_stream(key, crypto.ad("other"), chunks))


def test_record_ad_fast_path_matches_the_definition():
    from visadesk.vault import header
    from visadesk.vault.sealed import record_ad

    for vid, kind, rid, version in (("v" * 32, "case", "ab" * 16, 1), ("x", "root", "root", 2**40)):
        assert record_ad(vid, kind, rid, version) == crypto.ad(
            vid, kind, rid, version, header.FORMAT
        )
