"""Unlock-time loading: open the manifest, check every record against it, decrypt the case
summaries into the search index, and list what failed instead of failing as a whole.

A damaged record becomes a RecordProblem; the others still open (issue 3: one bad record does
not hide the others). Unlocking does only what showing the cases list needs (issue 19: the list
within 0.3 s of the key derivation at 1,000 cases): the root, every bucket, every row's version
against the manifest (so a rollback, a missing or an added record is found at once), the sealed
*summaries* (what the list shows, sealed with the row's version) and the small attachment
records. The case *bodies* — 17 KiB each for the example family, 95 % of the bytes — are
authenticated in one batch by :func:`verify_bodies`, which the app runs in a worker right after
the list shows and which ``Vault.problems`` runs first whenever it is asked (so every caller that
asks for the problems gets all of them). A body is never served unauthenticated: ``get_case``
opens it with its AEAD check either way. Attachment chunks are checked when read.

A record whose manifest bucket does not verify against the root (damaged, missing, an older or
newer copy), and every record when the root itself is missing or damaged, is *unverifiable*: it
authenticates, but nothing says it is the latest version, so it is reported and not served
(never silently adopted). Only a deliberate user action clears that: restoring a backup, or
``Vault.accept_current_state`` (records.py).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from visadesk.vault import crypto
from visadesk.vault.errors import RecordProblem
from visadesk.vault.index import SearchIndex, decode_summary
from visadesk.vault.manifest import BUCKET_KIND, ROOT_ID, ROOT_KIND, Key, Manifest, bucket_of

RecordAd = Callable[[str, str, str, int], bytes]
KNOWN_KINDS = ("case", "attachment", "settings")


@dataclass
class Loaded:
    """Everything the unlocked vault keeps in memory (dropped on lock)."""

    manifest: Manifest
    index: SearchIndex
    damaged: dict[Key, str] = field(default_factory=dict)
    notes: list[RecordProblem] = field(default_factory=list)  # manifest-level problems
    attachments: dict[str, dict[str, Any]] = field(default_factory=dict)
    # records that authenticate but cannot be checked against the manifest: (kind, id) -> version
    unverifiable: dict[Key, int] = field(default_factory=dict)
    # case id -> version of cases whose body is not authenticated yet (verify_bodies)
    pending: dict[str, int] = field(default_factory=dict)

    @property
    def needs_decision(self) -> bool:
        """Is the manifest itself in doubt (only a restore or an explicit accept resolves it)?"""
        return not self.manifest.root_ok or bool(self.manifest.unverified)

    @property
    def problems(self) -> list[RecordProblem]:
        return self.notes + [
            RecordProblem(rid, kind, msg) for (kind, rid), msg in self.damaged.items()
        ]

    def forget_problem(self, kind: str, rid: str) -> None:
        self.damaged.pop((kind, rid), None)


def load_all(conn: sqlite3.Connection, rkey: bytes, vault_id: str, record_ad: RecordAd) -> Loaded:
    _open_blob = crypto.Opener(rkey)

    def _open(_key: bytes, blob: object, ad: bytes) -> bytes | None:
        return _open_blob(blob, ad) if isinstance(blob, bytes) else None

    m = Manifest()
    state = Loaded(manifest=m, index=SearchIndex())
    note = state.notes.append

    expected_buckets: dict[str, int] | None = None
    row = conn.execute(
        "SELECT version, body FROM records WHERE kind = ? AND id = ?", (ROOT_KIND, ROOT_ID)
    ).fetchone()
    if row is None:
        m.root_ok = False
        note(RecordProblem(ROOT_ID, ROOT_KIND, "the vault's manifest is missing"))
    else:
        m.root_version = row[0]
        plain = _open(rkey, row[1], record_ad(vault_id, ROOT_KIND, ROOT_ID, row[0]))
        try:
            expected_buckets = Manifest.parse_root(plain) if plain is not None else None
        except (ValueError, TypeError):
            expected_buckets = None
        if expected_buckets is None:
            m.root_ok = False
            note(RecordProblem(ROOT_ID, ROOT_KIND, "the vault's manifest is damaged"))

    seen_buckets: set[str] = set()
    for bucket, version, body in conn.execute(
        "SELECT id, version, body FROM records WHERE kind = ?", (BUCKET_KIND,)
    ):
        seen_buckets.add(bucket)
        m.bucket_versions[bucket] = version
        plain = _open(rkey, body, record_ad(vault_id, BUCKET_KIND, bucket, version))
        members = None
        if plain is not None:
            try:
                members = Manifest.parse_bucket(plain)
            except (ValueError, TypeError):
                members = None
        if members is None or any(bucket_of(k, i) != bucket for k, i in members):
            m.unverified.add(bucket)
            note(RecordProblem(bucket, BUCKET_KIND, "a part of the vault's manifest is damaged"))
        elif expected_buckets is not None and expected_buckets.get(bucket) != version:
            m.unverified.add(bucket)
            note(RecordProblem(bucket, BUCKET_KIND, "a part of the manifest is an older copy"))
        else:
            m.buckets[bucket] = members
    for bucket in (expected_buckets or {}).keys() - seen_buckets:
        m.unverified.add(bucket)
        note(
            RecordProblem(
                bucket, BUCKET_KIND,
                "a part of the vault's manifest is missing: records listed in it may have been "
                "deleted from outside VisaDesk",
            )
        )  # fmt: skip
    if not m.root_ok:
        # without the root no bucket's version can be checked: every record is unverifiable
        m.unverified.update(seen_buckets)
        m.buckets.clear()

    seen: set[Key] = set()
    # a case's body is not read here (see the module docstring): verify_bodies does it
    for kind, rid, version, owner, body, summary in conn.execute(
        "SELECT kind, id, version, owner, CASE WHEN kind = 'case' THEN NULL ELSE body END, "
        "summary FROM records WHERE kind NOT IN (?, ?)",
        (ROOT_KIND, BUCKET_KIND),
    ):
        key = (kind, rid)
        seen.add(key)
        if kind not in KNOWN_KINDS:
            state.damaged[key] = "is of a kind this VisaDesk does not know"
            continue
        bucket = bucket_of(kind, rid)
        unverified = bucket in m.unverified or not m.root_ok
        if unverified:
            pass  # authenticated below, then reported: never adopted without the user
        else:
            expected = m.buckets.get(bucket, {}).get(key)
            if expected is None:
                state.damaged[key] = "is not listed in the vault's manifest (added from outside)"
                continue
            if expected != version:
                state.damaged[key] = (
                    "was replaced by an older copy"
                    if version < expected
                    else "does not match the vault's manifest"
                )
                continue
        if kind == "case":
            state.pending[rid] = version
            # the summary stands in for the body until verify_bodies: sealed with the same
            # version, it authenticates only if this row is what this vault's key sealed
            plain = (
                None
                if summary is None
                else _open(rkey, summary, record_ad(vault_id, "case-summary", rid, version))
            )
            if plain is None:
                state.damaged[key] = (
                    "is malformed"
                    if summary is None
                    else "its search summary failed authentication"
                )
                continue
        else:
            plain = _open(rkey, body, record_ad(vault_id, kind, rid, version))
        if plain is None:
            state.damaged[key] = "failed authentication (damaged or modified)"
            continue
        if unverified:
            state.unverifiable[key] = version
            state.damaged[key] = (
                "cannot be verified: the part of the vault's manifest that lists it is damaged, "
                "missing or not the latest, so it may be an older copy"
            )
            continue
        try:
            if kind == "case":
                state.index.put(*decode_summary(rid, plain))
            elif kind == "attachment":
                meta = json.loads(plain)
                if meta["case_id"] != owner:
                    raise ValueError("owner")
                state.attachments[rid] = {
                    "case_id": owner,
                    "size": int(meta["size"]),
                    "chunks": int(meta["chunks"]),
                    "version": version,
                }
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            state.damaged[key] = "is malformed"
    for key in m.all_entries().keys() - seen:
        state.damaged[key] = "is missing from the vault file"
    return state


def verify_bodies(
    conn: sqlite3.Connection, rkey: bytes, vault_id: str, record_ad: RecordAd, state: Loaded
) -> list[RecordProblem]:
    """Authenticate every case body :func:`load_all` left pending, in one pass over the rows
    (AEAD only, no parsing). A body that fails is reported like any damaged record and its
    case leaves the list. Returns the problems this pass found."""
    if not state.pending:
        return []
    opener = crypto.Opener(rkey)
    found: list[RecordProblem] = []
    failed = "failed authentication (damaged or modified)"
    for rid, version, body in conn.execute(
        "SELECT id, version, body FROM records WHERE kind = 'case'"
    ):
        if state.pending.get(rid) != version:
            continue  # not loaded at this version (saved since, or not a case we know)
        del state.pending[rid]
        ok = (
            isinstance(body, bytes)
            and opener(body, record_ad(vault_id, "case", rid, version)) is not None
        )
        if not ok:
            state.damaged[("case", rid)] = failed
            state.unverifiable.pop(("case", rid), None)
            state.index.remove(rid)
            found.append(RecordProblem(rid, "case", failed))
    state.pending.clear()  # rows gone since load_all are reported by the next load
    return found
