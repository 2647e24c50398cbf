"""The record operations of an unlocked vault: reading and writing sealed cases, settings and
attachments (each save one transaction, see :mod:`visadesk.vault.sealed`).

:class:`Unlocked` exists only while the vault is unlocked (it *is* the unlocked state: its
connection, keys and loaded manifest are never None); :class:`visadesk.vault.store.Vault` holds
one or none and adds the life cycle, the keys and the file-level operations.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, BinaryIO

from visadesk.errors import Problem
from visadesk.vault import crypto, db
from visadesk.vault.attachments import MAX_ATTACHMENT_BYTES, AttachmentReader, stream_ad
from visadesk.vault.errors import InvalidCase, StaleWrite, VaultLocked, VaultTampered, vault_error
from visadesk.vault.index import CaseSummary, decode_summary, encode_summary, summary_of
from visadesk.vault.sealed import ATTACHMENT, CASE, SETTINGS, SETTINGS_ID, SealedRecords

if TYPE_CHECKING:
    from visadesk.case.model import Case

_OPAQUE_ID = re.compile(r"^[0-9a-f]{8,64}$")
_NAMED_PROBLEM = re.compile(r"^\[(.+?)\] (.*)$", re.S)
TRACKED = -1  # put_case(expected_version=TRACKED): the version this Vault last read or wrote


def validated(case: Case) -> tuple[bytes, bytes]:
    """(sealed-to-be body, summary) of a case that validates, or InvalidCase naming the field:
    a case the vault could not read back is never stored (``model_copy`` skips validation)."""
    from pydantic import ValidationError

    from visadesk.case.model import Case

    try:
        checked = Case.model_validate_json(case.model_dump_json())
    except ValidationError as exc:
        first = exc.errors()[0]
        msg = str(first.get("msg", "invalid")).removeprefix("Value error, ")
        where = ".".join(str(p) for p in first.get("loc", ())) or None
        named = _NAMED_PROBLEM.match(msg)  # model-level checks put the path in the message
        if named:
            where, msg = named.group(1), named.group(2)
        from visadesk.case.validation import problems_from

        found = problems_from(exc)
        keyed = found[0] if found and found[0].key else None
        if keyed is not None:  # validation's readable sentence, and its key for translations
            msg = keyed.message
        error = vault_error(
            "vault.invalid_case", cls=InvalidCase, field=where, problem=msg, count=exc.error_count()
        )
        if keyed is not None:
            assert isinstance(error, InvalidCase)
            error.problem = Problem(where or "", msg, keyed.key, keyed.params)
        raise error from None
    return checked.model_dump_json().encode("utf-8"), encode_summary(summary_of(checked))


class Unlocked(SealedRecords):
    """An unlocked vault with every record operation: cases, settings and attachments."""

    # --- reading ----------------------------------------------------------------------------

    def list_cases(self) -> list[CaseSummary]:
        return self.sync().index.summaries()

    def search(self, query: str, limit: int) -> list[CaseSummary]:
        return self.sync().index.search(query, limit)

    def get_case(self, case_id: str, track: bool = True) -> Case:
        from pydantic import ValidationError

        from visadesk.case.model import Case

        version, data = self.open_record(CASE, case_id)
        try:
            case = Case.model_validate_json(data)
        except ValidationError as exc:
            raise vault_error(
                "vault.unreadable_case", case=case_id, count=exc.error_count()
            ) from None
        if track:
            self.versions[case_id] = version
        return case

    def get_settings(self) -> dict[str, Any]:
        try:
            _version, data = self.open_record(SETTINGS, SETTINGS_ID)
        except KeyError:
            return {}
        value = json.loads(data)
        return value if isinstance(value, dict) else {}

    def case_version(self, case_id: str) -> int | None:
        """The stored version of a case (None: no such case)."""
        return self.sync().manifest.expected(CASE, case_id)

    def has_case(self, case_id: str) -> bool:
        self.sync()
        with db.sqlite_errors():
            row = self.conn.execute(
                "SELECT 1 FROM records WHERE kind = 'case' AND id = ?", (case_id,)
            ).fetchone()
        return row is not None

    def list_attachments(self, case_id: str | None) -> list[tuple[str, str, int]]:
        state = self.sync()
        return sorted(
            (aid, meta["case_id"], meta["size"])
            for aid, meta in state.attachments.items()
            if case_id is None or meta["case_id"] == case_id
        )

    def open_attachment(self, attachment_id: str) -> BinaryIO:
        """A readable stream of the attachment's bytes, decrypted chunk by chunk."""
        state = self.sync()
        problem = state.damaged.get((ATTACHMENT, attachment_id))
        if problem is not None:
            raise VaultTampered(attachment_id, problem)
        meta = state.attachments.get(attachment_id)
        if meta is None:
            raise vault_error("vault.no_attachment", attachment=attachment_id)

        def fetch(idx: int) -> bytes | None:
            if self.closed:
                raise VaultLocked()
            with db.sqlite_errors():
                r = self.conn.execute(
                    "SELECT data FROM chunks WHERE attachment = ? AND idx = ?",
                    (attachment_id, idx),
                ).fetchone()
            return None if r is None else bytes(r[0])

        reader = AttachmentReader(
            attachment_id,
            self.rkey,
            stream_ad(self.vault_id, attachment_id, meta["version"]),
            meta["chunks"],
            meta["size"],
            fetch,
            self.lock,
        )
        self.readers.add(reader)
        return io.BufferedReader(reader, buffer_size=crypto.CHUNK_BYTES)

    # --- writing ------------------------------------------------------------------------

    def check_fresh(self, case_id: str, expected: int | None, mine: Case) -> None:
        """Inside a write: refuse to save over a version this copy was not based on."""
        if expected is None:
            return  # the caller asked for no check (an import that replaces the case)
        if expected == TRACKED:
            if case_id not in self.versions:
                return  # never read here (a new case, an import): nothing to compare with
            expected = self.versions[case_id]
        current = self.state.manifest.expected(CASE, case_id)
        if current != expected:
            raise StaleWrite(case_id, expected, current, mine)

    def put_case(self, case: Case, expected_version: int | None) -> None:
        body, summary = validated(case)
        with self.write() as conn:
            self.check_fresh(case.id, expected_version, case)
            version = self._put(conn, CASE, case.id, body, summary=summary)
        self._after_case_put(case.id, summary, version)

    def put_cases(self, cases: Iterable[Case]) -> int:
        prepared = [(c.id, *validated(c)) for c in cases]
        done: list[tuple[str, bytes, int]] = []
        with self.write() as conn:
            for cid, body, summary in prepared:
                done.append((cid, summary, self._put(conn, CASE, cid, body, summary=summary)))
        for cid, summary, version in done:
            self._after_case_put(cid, summary, version)
        return len(prepared)

    def _after_case_put(self, case_id: str, summary: bytes, version: int) -> None:
        self.state.index.put(*decode_summary(case_id, summary))
        self.state.forget_problem(CASE, case_id)
        self.state.pending.pop(case_id, None)  # sealed by us just now
        self.versions[case_id] = version

    def delete_case(self, case_id: str) -> None:
        with self.write() as conn:
            exists = conn.execute(
                "SELECT 1 FROM records WHERE kind = ? AND id = ?", (CASE, case_id)
            ).fetchone()
            if exists is None and self.state.manifest.expected(CASE, case_id) is None:
                raise vault_error("vault.no_case", case=case_id)
            owned = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM records WHERE kind = ? AND owner = ?", (ATTACHMENT, case_id)
                )
            ]
            for att in owned:
                self._delete(conn, ATTACHMENT, att)
            self._delete(conn, CASE, case_id)
        self.state.index.remove(case_id)
        self.state.forget_problem(CASE, case_id)
        self.state.pending.pop(case_id, None)
        self.versions.pop(case_id, None)
        for att in owned:
            self.state.attachments.pop(att, None)
            self.state.forget_problem(ATTACHMENT, att)

    def put_settings(self, settings: dict[str, Any]) -> None:
        body = json.dumps(settings, ensure_ascii=False, sort_keys=True).encode("utf-8")
        with self.write() as conn:
            self._put(conn, SETTINGS, SETTINGS_ID, body)
        self.state.forget_problem(SETTINGS, SETTINGS_ID)

    def add_attachment(self, case_id: str, attachment_id: str, src: BinaryIO) -> int:
        if not _OPAQUE_ID.match(attachment_id):
            raise vault_error("vault.attachment_id", field="id")
        with self.write() as conn:
            row = conn.execute(
                "SELECT 1 FROM records WHERE kind = ? AND id = ?", (CASE, case_id)
            ).fetchone()
            if row is None:
                raise vault_error("vault.no_case", case=case_id)
            meta, version = self.seal_attachment(conn, case_id, attachment_id, src, "the file")
        self.state.attachments[attachment_id] = {**meta, "version": version}
        self.state.forget_problem(ATTACHMENT, attachment_id)
        return int(meta["size"])

    def seal_attachment(
        self, conn: sqlite3.Connection, case_id: str, attachment_id: str, src: BinaryIO, what: str
    ) -> tuple[dict[str, Any], int]:
        """Inside an open write: seal ``src`` chunk by chunk as a new version of the attachment
        (older chunks dropped) and write its sealed metadata row. Returns (metadata, version)."""
        version = self._next_version(conn, ATTACHMENT, attachment_id)
        conn.execute("DELETE FROM chunks WHERE attachment = ?", (attachment_id,))
        size = chunks = 0
        sad = stream_ad(self.vault_id, attachment_id, version)
        for idx, blob, n in crypto.seal_stream(self.rkey, sad, src):
            size += n
            chunks = idx + 1
            if size > MAX_ATTACHMENT_BYTES:
                raise vault_error(
                    "vault.attachment_too_large",
                    field="file",
                    terms={
                        "what": "vault.what.file" if what == "the file" else "vault.what.attachment"
                    },
                    what=what,
                    limit=MAX_ATTACHMENT_BYTES // 2**20,
                )
            conn.execute(
                "INSERT INTO chunks (attachment, idx, data) VALUES (?, ?, ?)",
                (attachment_id, idx, blob),
            )
        meta: dict[str, Any] = {"case_id": case_id, "size": size, "chunks": chunks}
        self._put(
            conn, ATTACHMENT, attachment_id, json.dumps(meta).encode(), owner=case_id,
            version=version,
        )  # fmt: skip
        return meta, version

    def put_case_with_attachments(
        self, case: Case, attachments: Iterable[tuple[str, BinaryIO]], replace: bool
    ) -> int:
        """See :meth:`visadesk.vault.store.Vault.put_case_with_attachments`."""
        body, summary = validated(case)
        written: dict[str, dict[str, Any]] = {}
        removed: list[str] = []
        total = 0
        with self.write() as conn:
            old = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM records WHERE kind = ? AND owner = ?", (ATTACHMENT, case.id)
                )
            ]
            version = self._put(conn, CASE, case.id, body, summary=summary)
            for attachment_id, src in attachments:
                if not _OPAQUE_ID.match(attachment_id) or attachment_id in written:
                    raise vault_error("vault.attachment_id_repeated", field="id")
                row = conn.execute(
                    "SELECT owner FROM records WHERE kind = ? AND id = ?",
                    (ATTACHMENT, attachment_id),
                ).fetchone()
                if row is not None and row[0] != case.id:
                    raise vault_error("vault.attachment_other_case", attachment=attachment_id)
                meta, att_version = self.seal_attachment(
                    conn, case.id, attachment_id, src, "an attachment"
                )
                written[attachment_id] = {**meta, "version": att_version}
                total += int(meta["size"])
            if replace:
                for att in old:
                    if att not in written:
                        self._delete(conn, ATTACHMENT, att)
                        removed.append(att)
        self._after_case_put(case.id, summary, version)
        for att, meta in written.items():
            self.state.attachments[att] = meta
            self.state.forget_problem(ATTACHMENT, att)
        for att in removed:
            self.state.attachments.pop(att, None)
            self.state.forget_problem(ATTACHMENT, att)
        return total

    def delete_attachment(self, attachment_id: str) -> None:
        with self.write() as conn:
            self._delete(conn, ATTACHMENT, attachment_id)
        self.state.attachments.pop(attachment_id, None)
        self.state.forget_problem(ATTACHMENT, attachment_id)
