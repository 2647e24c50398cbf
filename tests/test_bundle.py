"""The encrypted case bundle (.vdx): round trip, wrong passphrase, every kind of damage
(SECURITY.md tests 7 and 9), newer format, conflicts, and "nothing written on failure".
Real Argon2id (tiny parameters) and real AES-GCM; no mocks."""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import time

import pytest

from tests.test_bundle_common import (
    BUNDLE_PASS,
    SIZES,
    att_id,
    chunk_spans,
    payload,
    state,
    user_content,
    vault_with_case,
)
from tests.vault_helpers.common import KDF, make_vault
from visadesk.vault import bundle as fmt
from visadesk.vault.errors import (
    BundleDamaged,
    BundleError,
    BundleNewerFormat,
    BundleRefused,
    NotABundle,
    WrongBundlePassphrase,
)
from visadesk.vault.exchange import (
    export_case,
    import_bundle,
    inspect_bundle,
    open_bundle,
    read_bundle,
)


@pytest.fixture
def source(tmp_path, example_case):
    v = vault_with_case(tmp_path / "src.sqlite3", example_case)
    yield v
    v.close()


@pytest.fixture
def bundle_file(tmp_path, source, example_case):
    out = tmp_path / "case.vdx"
    export_case(source, example_case.id, out, BUNDLE_PASS, kdf=KDF)
    return out


@pytest.fixture
def target(tmp_path):
    v = make_vault(tmp_path / "dst.sqlite3")
    yield v
    v.close()


def _recompute_checksum(raw: bytearray) -> bytearray:
    raw[118:150] = hashlib.sha256(bytes(raw[:118])).digest()
    return raw


def test_round_trip_with_attachments_of_every_awkward_size(
    bundle_file, source, target, example_case
):
    assert stat.S_IMODE(bundle_file.stat().st_mode) == 0o600
    assert [p.name for p in bundle_file.parent.iterdir() if p.name.startswith(".")] == []
    data = bundle_file.read_bytes()
    assert data.startswith(fmt.MAGIC)
    # nothing personal in clear: names, passport numbers, even the case id
    for person in example_case.people():
        for text in (person.surname, person.given_names):
            if text:
                assert text.encode("utf-8") not in data
                assert text.encode("utf-16-le") not in data
    assert example_case.id.encode() not in data
    for i, size in enumerate(SIZES):
        if size > 16:
            assert payload(i, size)[:16] not in data

    preview = inspect_bundle(bundle_file, BUNDLE_PASS, target)
    assert preview.case_id == example_case.id and preview.exists_in_vault is False
    assert preview.title == example_case.display_title()
    assert [a.size for a in preview.attachments] == list(SIZES)
    assert preview.attachments[2].filename == "scan-2.pdf"
    assert len(preview.people) == len(example_case.people())
    assert target.list_cases() == []  # inspecting writes nothing

    result = import_bundle(target, bundle_file, BUNDLE_PASS)
    # issue 12.14: fresh ids for the case, its people and attachments (no linking of devices)
    assert result.status == "imported" and result.case_id != example_case.id
    assert result.attachments == len(SIZES) and result.attachment_bytes == sum(SIZES)
    assert user_content(target) == user_content(source)
    imported = target.get_case(result.case_id)
    assert {p.id for p in imported.people()}.isdisjoint({p.id for p in example_case.people()})
    for i, (a, size) in enumerate(zip(imported.attachments, SIZES, strict=True)):
        assert a.id != att_id(i)
        with target.open_attachment(a.id) as fh:
            assert fh.read() == payload(i, size)


def test_chunk_boundaries_and_sizes(bundle_file):
    data = bundle_file.read_bytes()
    spans = chunk_spans(data)
    assert all(end - start == fmt.CHUNK_SEALED for start, end in spans[:-1])
    assert 0 < spans[-1][1] - spans[-1][0] <= fmt.CHUNK_SEALED
    case, atts = read_bundle(bundle_file, BUNDLE_PASS)
    assert [a.size for a in atts] == list(SIZES)


def test_empty_case_without_attachments_and_exactly_one_chunk(tmp_path, example_case, target):
    v = vault_with_case(tmp_path / "e.sqlite3", example_case, sizes=())
    out = tmp_path / "e.vdx"
    export_case(v, example_case.id, out, BUNDLE_PASS, kdf=KDF)
    assert import_bundle(target, out, BUNDLE_PASS).attachments == 0
    assert user_content(target) == user_content(v)
    v.close()


def test_wrong_passphrase_is_its_own_error_and_writes_nothing(bundle_file, target):
    before = state(target)
    with pytest.raises(WrongBundlePassphrase) as exc:
        import_bundle(target, bundle_file, "not the bundle passphrase")
    assert "wrong bundle passphrase" in exc.value.user_message()
    with pytest.raises(WrongBundlePassphrase):
        inspect_bundle(bundle_file, "")
    assert state(target) == before


def test_not_a_bundle(tmp_path, target):
    for name, content in (("a.json", b'{"format": "visadesk.case/1"}'), ("e.vdx", b""),
                          ("r.vdx", os.urandom(5000))):  # fmt: skip
        p = tmp_path / name
        p.write_bytes(content)
        with pytest.raises(NotABundle, match=name):
            import_bundle(target, p, BUNDLE_PASS)
    with pytest.raises(BundleError, match="no file"):
        inspect_bundle(tmp_path / "missing.vdx", BUNDLE_PASS)
    with pytest.raises(BundleError, match="folder"):
        inspect_bundle(tmp_path, BUNDLE_PASS)


def test_truncated_at_every_chunk_boundary_and_one_byte_short(bundle_file, target):
    data = bundle_file.read_bytes()
    before = state(target)
    cuts = {len(fmt.MAGIC) + 2, fmt.HEADER_BYTES - 1, fmt.HEADER_BYTES, len(data) - 1}
    for start, end in chunk_spans(data):
        cuts |= {start, start + 1, end - 1, start + fmt.CHUNK_SEALED // 2}
    cache: dict = {}
    for cut in sorted(c for c in cuts if 0 < c < len(data)):
        with pytest.raises(BundleDamaged):
            import_bundle(target, data[:cut], BUNDLE_PASS, key_cache=cache)
    assert state(target) == before


def test_header_bit_flips_are_detected(bundle_file, target):
    data = bundle_file.read_bytes()
    for pos in range(fmt.HEADER_BYTES):
        for bit in (0, 7):
            bad = bytearray(data)
            bad[pos] ^= 1 << bit
            with pytest.raises(BundleError) as exc:
                inspect_bundle(bytes(bad), BUNDLE_PASS)
            # newer-format only when the version's high bits were raised; never other data
            assert isinstance(exc.value, BundleDamaged | NotABundle | BundleNewerFormat)


def test_header_edits_with_a_fixed_checksum(bundle_file):
    """An attacker who recomputes the checksum: a wrong key (params, salt, id, wrapped key)
    or a failing MAC - never other data."""
    data = bytearray(bundle_file.read_bytes())
    for pos in (26, 35, 45, 60, 100):  # salt, salt, bundle id, wrapped key, wrapped key
        bad = bytearray(data)
        bad[pos] ^= 0x01
        with pytest.raises(WrongBundlePassphrase):
            inspect_bundle(bytes(_recompute_checksum(bad)), BUNDLE_PASS)
    bad = bytearray(data)
    bad[fmt.HEADER_BYTES - 1] ^= 0x01  # the MAC itself
    with pytest.raises(BundleDamaged, match="header authentication"):
        inspect_bundle(bytes(bad), BUNDLE_PASS)


def test_body_bit_flips_in_every_chunk(bundle_file, target):
    data = bundle_file.read_bytes()
    before = state(target)
    cache: dict = {}
    for start, end in chunk_spans(data):
        for pos in (start, start + 1, start + 13, (start + end) // 2, end - 1):
            bad = bytearray(data)
            bad[pos] ^= 0x80
            with pytest.raises(BundleDamaged):
                import_bundle(target, bytes(bad), BUNDLE_PASS, key_cache=cache)
    assert state(target) == before


def test_swapped_dropped_duplicated_and_appended_chunks(bundle_file, target):
    data = bundle_file.read_bytes()
    head, spans = data[: fmt.HEADER_BYTES], chunk_spans(data)
    chunks = [data[s:e] for s, e in spans]
    assert len(chunks) >= 4
    variants = [
        chunks[1:],  # first dropped
        chunks[:1] + chunks[2:],  # middle dropped
        chunks[:-1],  # last dropped (cut at a boundary)
        [chunks[1], chunks[0], *chunks[2:]],  # swapped
        [*chunks[:-2], chunks[-1], chunks[-2]],  # last two swapped
        [chunks[0], *chunks],  # duplicated
        [*chunks, chunks[-1]],  # final chunk twice
        [*chunks, chunks[0]],  # a chunk appended
        [*chunks, b"\0"],  # a byte appended
        [*chunks, os.urandom(fmt.CHUNK_SEALED)],  # a whole random chunk appended
    ]
    cache: dict = {}
    before = state(target)
    for parts in variants:
        with pytest.raises(BundleDamaged):
            import_bundle(target, head + b"".join(parts), BUNDLE_PASS, key_cache=cache)
    assert state(target) == before


def test_chunks_from_another_bundle_with_the_same_passphrase(
    bundle_file, tmp_path, source, example_case
):
    other = tmp_path / "other.vdx"
    export_case(source, example_case.id, other, BUNDLE_PASS, kdf=KDF)
    a, b = bundle_file.read_bytes(), other.read_bytes()
    mixed = a[: fmt.HEADER_BYTES] + b[fmt.HEADER_BYTES :]
    with pytest.raises(BundleDamaged):
        inspect_bundle(mixed, BUNDLE_PASS)


def test_newer_format_says_so(bundle_file):
    data = bytearray(bundle_file.read_bytes())
    data[8:10] = struct.pack(">H", fmt.FORMAT + 1)
    with pytest.raises(BundleNewerFormat) as exc:
        inspect_bundle(bytes(data), BUNDLE_PASS)
    assert "newer VisaDesk" in exc.value.user_message() and "update" in exc.value.user_message()


def test_hostile_kdf_parameters_refused_before_argon2(bundle_file):
    """SECURITY.md test 9: a header asking for 1 TiB (checksum fixed up) is refused at once."""
    data = bytearray(bundle_file.read_bytes())
    for memory, iterations, lanes in ((2**30, 3, 2), (8192, 10**6, 1), (8192, 1, 1000)):
        data[13:25] = struct.pack(">III", memory, iterations, lanes)
        t = time.perf_counter()
        with pytest.raises(BundleRefused):
            inspect_bundle(bytes(_recompute_checksum(data)), BUNDLE_PASS)
        assert time.perf_counter() - t < 0.5
    # and a caller's own, lower limit (e.g. a fuzz test or a small machine)
    data = bytearray(bundle_file.read_bytes())
    data[13:17] = struct.pack(">I", 64 * 1024)
    with pytest.raises(BundleRefused, match="more key-derivation work"):
        inspect_bundle(bytes(_recompute_checksum(data)), BUNDLE_PASS, limits=KDF)


def test_conflict_keep_both(bundle_file, source, example_case):
    before = state(source)
    result = import_bundle(source, bundle_file, BUNDLE_PASS, "keep_both")
    assert result.status == "kept_both" and result.case_id != example_case.id
    after = state(source)
    assert {k: v for k, v in after["cases"].items() if k in before["cases"]} == before["cases"]
    assert len(after["cases"]) == 2 and len(after["attachments"]) == 2 * len(SIZES)
    copy = source.get_case(result.case_id)
    original = source.get_case(example_case.id)
    assert {p.id for p in copy.people()}.isdisjoint({p.id for p in original.people()})
    assert [p.display_name() for p in copy.people()] == [
        p.display_name() for p in original.people()
    ]
    new_ids = [a.id for a in copy.attachments]
    assert set(new_ids).isdisjoint({att_id(i) for i in range(len(SIZES))})
    for i, aid in enumerate(new_ids):
        with source.open_attachment(aid) as fh:
            assert fh.read() == payload(i, SIZES[i])


def test_conflict_replace_replaces_case_and_attachments(
    tmp_path, bundle_file, source, example_case
):
    import io

    changed = source.get_case(example_case.id).model_copy(update={"notes": "changed locally"})
    source.put_case(changed)
    source.add_attachment(example_case.id, "ab" * 16, io.BytesIO(b"only in the vault"))
    source.add_attachment(example_case.id, att_id(1), io.BytesIO(b"edited scan"))
    result = import_bundle(source, bundle_file, BUNDLE_PASS, "replace")
    assert result.status == "replaced" and result.case_id == example_case.id
    assert source.get_case(example_case.id).notes == example_case.notes
    assert sorted(a for a, _c, _s in source.list_attachments()) == sorted(
        att_id(i) for i in range(len(SIZES))
    )
    with source.open_attachment(att_id(1)) as fh:
        assert fh.read() == payload(1, SIZES[1])
    assert len(source.list_cases()) == 1


def test_conflict_cancel_imports_nothing(bundle_file, source, example_case):
    from visadesk.vault import VaultError

    before = state(source)
    result = import_bundle(source, bundle_file, BUNDLE_PASS, "cancel")
    assert result.status == "cancelled" and not result.imported
    assert state(source) == before
    with pytest.raises(VaultError, match="conflict"):
        import_bundle(source, bundle_file, BUNDLE_PASS, "merge")  # type: ignore[arg-type]


def test_attachment_id_used_by_another_case_gets_a_new_id(
    bundle_file, tmp_path, example_case, target
):
    import io

    from tests.vault_helpers.common import variant

    other = variant(example_case, 1)
    target.put_case(other)
    target.add_attachment(other.id, att_id(2), io.BytesIO(b"another family's scan"))
    result = import_bundle(target, bundle_file, BUNDLE_PASS)
    assert result.status == "imported"
    with target.open_attachment(att_id(2)) as fh:
        assert fh.read() == b"another family's scan"
    imported = target.get_case(result.case_id)
    moved = imported.attachments[2].id
    assert moved != att_id(2)
    with target.open_attachment(moved) as fh:
        assert fh.read() == payload(2, SIZES[2])


def test_file_swapped_between_passes_rolls_back(bundle_file, target):
    """Verification passed, then the file changed under us: the import transaction stops at
    the damaged part and rolls back everything it had already written."""
    opened = open_bundle(bundle_file, BUNDLE_PASS)
    opened.verify()
    data = bytearray(bundle_file.read_bytes())
    data[-5] ^= 0x01  # the very last chunk: every attachment is written before it fails
    bundle_file.write_bytes(bytes(data))
    before = state(target)
    with pytest.raises(BundleDamaged):
        opened.import_into(target)
    assert state(target) == before
    target.lock()
    target.unlock("correct horse battery staple")
    assert state(target) == before and target.problems == []


def test_progress_is_reported_to_the_end(source, example_case, tmp_path, target):
    seen: list[tuple[int, int]] = []
    out = tmp_path / "p.vdx"
    export_case(source, example_case.id, out, BUNDLE_PASS, kdf=KDF, progress=lambda d, t: seen.append((d, t)))  # fmt: skip
    assert seen[-1] == (sum(SIZES), sum(SIZES))
    seen.clear()
    import_bundle(target, out, BUNDLE_PASS, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (2 * sum(SIZES), 2 * sum(SIZES))
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:], strict=False))


def test_export_failure_leaves_no_file(source, tmp_path):
    from visadesk.vault import VaultError

    out = tmp_path / "none.vdx"
    with pytest.raises(VaultError):
        export_case(source, "f" * 32, out, BUNDLE_PASS, kdf=KDF)
    with pytest.raises(VaultError, match="empty"):
        export_case(source, "f" * 32, out, "", kdf=KDF)
    assert list(tmp_path.glob("*.vdx")) == [] and list(tmp_path.glob(".*.tmp")) == []


def test_default_kdf_is_the_vaults(monkeypatch, source, example_case, tmp_path):
    """Real exports use KdfParams.default(); the header says so (checked without Argon2)."""
    import io

    from visadesk.vault import KdfParams

    header, _key = fmt.make_header("x", KDF)
    assert header.kdf == KDF
    out = tmp_path / "d.vdx"
    export_case(source, example_case.id, out, BUNDLE_PASS)
    with open(out, "rb") as fh:
        assert fmt.read_header(fh).kdf == KdfParams.default()
    with pytest.raises(BundleRefused):
        fmt.read_header(io.BytesIO(out.read_bytes()), limits=KDF)


def test_disk_full_during_export_is_a_clear_error_and_leaves_nothing(
    source, example_case, tmp_path, monkeypatch
):
    """SECURITY.md test 24 (export): the disk fills up half-way through the bundle - one clear
    message naming the file, no partial bundle or temp file, the vault unchanged."""
    import errno
    import io

    from visadesk.vault import VaultError

    before = state(source)
    out = tmp_path / "full.vdx"
    written = {"n": 0}
    real_write = io.BufferedWriter.write

    class Full(io.BufferedWriter):
        def write(self, data):  # type: ignore[override]
            written["n"] += len(data)
            if written["n"] > 100_000:  # mid-way: the payload is ~260 KB
                raise OSError(errno.ENOSPC, "No space left on device")
            return real_write(self, data)

    import builtins

    real_open = builtins.open

    def full_open(file, mode="r", *args, **kwargs):
        fh = real_open(file, mode, *args, **kwargs)
        if "w" in mode and str(file).endswith(".tmp") and isinstance(fh, io.BufferedWriter):
            fh.close()
            raw = io.FileIO(file, "wb")
            return Full(raw, buffer_size=kwargs.get("buffering", 8192) or 8192)
        return fh

    monkeypatch.setattr("visadesk.vault.exchange.open", full_open, raising=False)
    with pytest.raises(VaultError) as err:
        export_case(source, example_case.id, out, BUNDLE_PASS, kdf=KDF)
    assert "No space left" in err.value.user_message() and str(out) in err.value.user_message()
    assert list(tmp_path.glob("*.vdx")) == [] and list(tmp_path.glob(".*.tmp")) == []
    assert state(source) == before
