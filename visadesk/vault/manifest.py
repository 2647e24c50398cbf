"""The authenticated manifest: which records exist and at which version, so replacing one
record with an older ciphertext of itself (a rollback) or deleting it is detected and named.

A record's version is in its row *and* in its AEAD associated data, so a row cannot claim a
version its ciphertext was not sealed with. The manifest says which version is current. It is
split into 256 sealed *buckets* (by the first byte of SHA-256 of kind/id) plus one sealed *root*
listing the buckets' versions: a save rewrites one record, one small bucket and the 2 KiB root,
whatever the vault's size (a flat list of 10,000 entries would make every save O(n)). Every save
changes the root, so rolling back any subset of rows is caught unless the *whole* vault is
rolled back to an older copy, which SECURITY.md does not claim to detect.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

BUCKETS = 256
ROOT_KIND = "root"
ROOT_ID = "root"
BUCKET_KIND = "manifest"

Key = tuple[str, str]  # (kind, id)


def bucket_of(kind: str, rid: str) -> str:
    return f"{hashlib.sha256(f'{kind}/{rid}'.encode()).digest()[0]:02x}"


@dataclass
class Manifest:
    """In-memory copy: root version, bucket versions and, per bucket, (kind, id) -> version."""

    root_version: int = 0
    bucket_versions: dict[str, int] = field(default_factory=dict)
    buckets: dict[str, dict[Key, int]] = field(default_factory=dict)
    # buckets whose sealed copy failed to open: their records cannot be checked for rollback
    unverified: set[str] = field(default_factory=set)
    root_ok: bool = True

    def expected(self, kind: str, rid: str) -> int | None:
        return self.buckets.get(bucket_of(kind, rid), {}).get((kind, rid))

    def unverified_for(self, kind: str, rid: str) -> bool:
        return bucket_of(kind, rid) in self.unverified

    def set(self, kind: str, rid: str, version: int | None) -> str:
        """Record a new version (None: deleted); returns the bucket that changed."""
        b = bucket_of(kind, rid)
        members = self.buckets.setdefault(b, {})
        if version is None:
            members.pop((kind, rid), None)
        else:
            members[(kind, rid)] = version
        return b

    def all_entries(self) -> dict[Key, int]:
        out: dict[Key, int] = {}
        for members in self.buckets.values():
            out.update(members)
        return out

    def root_plaintext(self) -> bytes:
        return json.dumps(self.bucket_versions, sort_keys=True, separators=(",", ":")).encode()

    def bucket_plaintext(self, bucket: str) -> bytes:
        items = sorted([k, i, v] for (k, i), v in self.buckets.get(bucket, {}).items())
        return json.dumps(items, separators=(",", ":")).encode()

    @staticmethod
    def parse_root(data: bytes) -> dict[str, int]:
        doc = json.loads(data)
        if not isinstance(doc, dict) or not all(
            isinstance(k, str) and isinstance(v, int) for k, v in doc.items()
        ):
            raise ValueError("root")
        return doc

    @staticmethod
    def parse_bucket(data: bytes) -> dict[Key, int]:
        doc = json.loads(data)
        out: dict[Key, int] = {}
        for kind, rid, version in doc:
            if not (isinstance(kind, str) and isinstance(rid, str) and isinstance(version, int)):
                raise ValueError("bucket")
            out[(kind, rid)] = version
        return out
