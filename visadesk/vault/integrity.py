"""The user's decision about an integrity problem: accept the vault as it is now.

After a rollback of a manifest bucket, a damaged or missing root, or records added or removed
from outside VisaDesk, the vault reports the records it cannot vouch for and refuses saves that
would rewrite the doubtful manifest (sealed.SealedRecords.write). Two ways out, both deliberate:
restore a backup (backups.restore_backup) or :func:`accept_current_state` here.
"""

from __future__ import annotations

import logging

from visadesk.vault import crypto, db
from visadesk.vault.errors import RecordProblem
from visadesk.vault.manifest import BUCKET_KIND, ROOT_KIND, Manifest
from visadesk.vault.records import Unlocked
from visadesk.vault.sealed import record_ad

log = logging.getLogger("visadesk.vault")


def accept_current_state(u: Unlocked) -> list[RecordProblem]:
    """Take the file as it is now as the truth: every record that authenticates is adopted at
    its stored version (even an older copy), manifest entries of records that are gone are
    dropped, and the whole manifest is rewritten in one transaction. Records that fail
    authentication stay reported. Returns the problems that were resolved."""
    with u.lock:
        before = u.problems()
        with db.write_txn(u.conn) as conn:
            u.load()
            m = Manifest(root_version=u.state.manifest.root_version)
            m.bucket_versions = dict(u.state.manifest.bucket_versions)
            opener = crypto.Opener(u.rkey)
            rows = conn.execute(
                "SELECT kind, id, version, body FROM records WHERE kind NOT IN (?, ?)",
                (ROOT_KIND, BUCKET_KIND),
            ).fetchall()
            for kind, rid, version, body in rows:
                if isinstance(body, bytes) and opener(
                    body, record_ad(u.vault_id, kind, rid, version)
                ):
                    m.set(kind, rid, version)
            u.state.manifest = m
            for bucket in sorted(set(m.buckets) | set(m.bucket_versions)):
                u.write_bucket(conn, bucket)
            u.write_root(conn)
        u.load()
        after = {(p.kind, p.id) for p in u.problems()}
        log.info("vault: the current state was accepted by the user")
        return [p for p in before if (p.kind, p.id) not in after]
