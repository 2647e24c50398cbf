"""Issue 12 points 1, 3 and 4 (SECURITY.md test 19): a rollback that brings its manifest bucket
along, a damaged or missing root, a case deleted with its bucket — all reported, never adopted,
never laundered by an unrelated save; only restore or an explicit accept clears them. A flipped
byte in SQLite's own pages gives the tamper error with a true sentence. A stale copy never
overwrites a newer save (optimistic concurrency), and an invalid case is never stored."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from tests.vault_helpers.common import PASS, make_vault, variant
from visadesk.vault import Vault, VaultError, VaultTampered
from visadesk.vault.errors import IntegrityUnresolved, InvalidCase, StaleWrite
from visadesk.vault.manifest import bucket_of


@pytest.fixture
def three(visadesk_home: Path, example_case):
    path = visadesk_home / "vault.sqlite3"
    v = make_vault(path)
    cases = [example_case, variant(example_case, 1), variant(example_case, 2)]
    for c in cases:
        v.put_case(c)
    v.close()
    return path, cases


def _rows(path: Path, where: str, *params: object) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            f"SELECT kind, id, version, owner, body, summary FROM records WHERE {where}", params
        ).fetchall()
    finally:
        conn.close()


def _put_rows(path: Path, rows: list[tuple]) -> None:
    conn = sqlite3.connect(path)
    conn.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?, ?)", rows)
    conn.commit()
    conn.close()


def _sql(path: Path, statement: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    conn.execute(statement, params)
    conn.commit()
    conn.close()


def _unlocked(path: Path) -> Vault:
    v = Vault.open(path)
    v.unlock(PASS)
    return v


def test_rollback_with_its_bucket_is_unverifiable_and_no_save_launders_it(three):
    path, cases = three
    target = cases[1]
    bucket = bucket_of("case", target.id)
    old = _rows(
        path, "(kind = 'case' AND id = ?) OR (kind = 'manifest' AND id = ?)", target.id, bucket
    )
    assert len(old) == 2
    v = _unlocked(path)
    v.put_case(target.model_copy(update={"title": "Отказ отозван"}))
    v.close()
    _put_rows(path, old)  # the older genuine case AND its older genuine bucket

    v = _unlocked(path)
    problems = {(p.kind, p.id): p.message for p in v.problems}
    assert ("case", target.id) in problems and "cannot be verified" in problems[("case", target.id)]
    assert ("manifest", bucket) in problems
    with pytest.raises(VaultTampered) as exc:
        v.get_case(target.id)  # never the old title served as valid
    assert target.id in exc.value.user_message()
    assert v.needs_decision
    # an unrelated save would rewrite the manifest: refused, so it cannot launder the rollback
    with pytest.raises(IntegrityUnresolved):
        v.put_case(cases[0].model_copy(update={"title": "другое дело"}))
    v.close()
    v = _unlocked(path)
    assert ("case", target.id) in {(p.kind, p.id) for p in v.problems}
    assert v.get_case(cases[0].id).title == cases[0].title  # the refused save changed nothing
    # the deliberate way out: accept the vault as it is now (the older copy becomes current)
    resolved = v.accept_current_state()
    assert ("case", target.id) in {(p.kind, p.id) for p in resolved}
    assert v.problems == [] and not v.needs_decision
    assert v.get_case(target.id).title == target.title
    v.put_case(cases[0].model_copy(update={"title": "теперь можно"}))
    v.close()
    v = _unlocked(path)
    assert v.problems == []
    v.close()


def test_missing_or_damaged_root_makes_every_record_unverifiable(three):
    path, cases = three
    for how in ("damage", "delete"):
        work = path.with_name(f"{how}.sqlite3")
        work.write_bytes(path.read_bytes())
        if how == "delete":
            _sql(work, "DELETE FROM records WHERE kind = 'root'")
        else:
            _sql(work, "UPDATE records SET body = zeroblob(80) WHERE kind = 'root'")
        v = _unlocked(work)
        bad = {p.id for p in v.problems}
        assert {c.id for c in cases} <= bad and "root" in bad
        for c in cases:
            with pytest.raises(VaultTampered):
                v.get_case(c.id)
        with pytest.raises(IntegrityUnresolved):
            v.put_settings({"language": "ru"})
        v.accept_current_state()
        assert v.problems == []
        assert {v.get_case(c.id).title for c in cases} == {c.title for c in cases}
        v.close()


def test_case_deleted_together_with_its_bucket_is_reported(three):
    path, cases = three
    gone = cases[2]
    _sql(path, "DELETE FROM records WHERE kind = 'case' AND id = ?", gone.id)
    _sql(path, "DELETE FROM records WHERE kind = 'manifest' AND id = ?", bucket_of("case", gone.id))
    v = _unlocked(path)
    messages = [p.message for p in v.problems]
    assert any("missing" in m and "deleted" in m for m in messages), messages
    assert v.needs_decision
    v.close()


def test_byte_flips_in_sqlite_schema_give_the_tamper_error_with_a_true_sentence(three):
    """Issue 12 point 3: flips in page 1 (SQLite's schema) and in every b-tree page header."""
    path, cases = three
    data = path.read_bytes()
    page = int.from_bytes(data[16:18], "big") or 65536
    rng = random.Random(12)
    schema = rng.sample(range(100, min(page, 1400)), 30)  # page 1 after the file header
    headers = [p * page + k for p in range(1, len(data) // page) for k in (0, 3, 5)]
    offsets = sorted(schema + rng.sample(headers, min(15, len(headers))))
    work = path.with_name("flip.sqlite3")
    seen_file_error = 0
    for off in offsets:
        for suffix in ("-wal", "-shm"):
            Path(str(work) + suffix).unlink(missing_ok=True)
        flipped = bytearray(data)
        flipped[off] ^= 0x41
        work.write_bytes(bytes(flipped))
        try:
            v = Vault.open(work)
            v.unlock(PASS)
            try:
                for c in cases:
                    try:
                        assert v.get_case(c.id) == c
                    except VaultError as exc:
                        _true_sentence(exc)
                v.list_cases()
            finally:
                v.close()
        except VaultError as exc:
            _true_sentence(exc)
            if isinstance(exc, VaultTampered) and exc.record_id == "file":
                seen_file_error += 1
    assert seen_file_error > 0


def _true_sentence(exc: VaultError) -> None:
    text = exc.user_message()
    assert "unexpected" not in text and "UnicodeDecodeError" not in text
    if isinstance(exc, VaultTampered) and exc.record_id == "file":
        assert "not affected" not in text and "cannot tell which records" in text


def test_stale_copy_never_overwrites_a_newer_save(three):
    """Issue 12 point 4: two Vault objects (two windows) read the same case; the second save
    is refused with StaleWrite and both versions stay reachable."""
    path, cases = three
    a, b = _unlocked(path), _unlocked(path)
    try:
        mine_a = a.get_case(cases[0].id)
        mine_b = b.get_case(cases[0].id)
        a.put_case(mine_a.model_copy(update={"title": "правка A"}))
        stale = mine_b.model_copy(update={"title": "правка B"})
        with pytest.raises(StaleWrite) as exc:
            b.put_case(stale)
        assert exc.value.mine is stale and exc.value.case_id == cases[0].id
        assert "another" in exc.value.user_message()
        assert b.get_case(cases[0].id).title == "правка A"  # A's edit kept
        copy = b.put_conflicted_copy(stale)  # and B's edit kept too, as a new case
        assert copy.id != cases[0].id and a.get_case(copy.id).title.startswith("правка B")
        # after reading the current version, B may save over it
        fresh = b.get_case(cases[0].id)
        b.put_case(fresh.model_copy(update={"title": "правка B2"}))
        assert a.get_case(cases[0].id).title == "правка B2"
        # an explicit expected version works as well
        version = a.case_version(cases[0].id)
        with pytest.raises(StaleWrite):
            a.put_case(cases[0], expected_version=(version or 0) - 1)
    finally:
        a.close()
        b.close()


def test_vault_refuses_a_case_that_does_not_validate(three, example_case):
    path, cases = three
    v = _unlocked(path)
    try:
        minor = next(p for p in example_case.applicants if p.guardians)
        broken = example_case.model_copy(
            update={"applicants": [p for p in example_case.applicants if p is minor][:1]}
        )  # model_copy skips validation: a guardian reference now points at nobody
        with pytest.raises(InvalidCase) as exc:
            v.put_case(broken)
        assert exc.value.field and "nothing was saved" in exc.value.user_message()
        assert v.get_case(example_case.id) == example_case
    finally:
        v.close()
