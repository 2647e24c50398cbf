"""Shared set-up for the bundle tests (no tests here): a vault with the example case and
attachments of awkward sizes, a seed bundle, and a logical snapshot of a vault (what a user could see)."""

from __future__ import annotations

import hashlib
import io
import random
from pathlib import Path

from tests.vault_helpers.common import make_vault
from visadesk.vault import Vault
from visadesk.vault import bundle as fmt

BUNDLE_PASS = "otter lantern maple quiet river stone"
# 0 bytes, 1 byte, exactly one chunk, one chunk + 1, several chunks
SIZES = (0, 1, fmt.CHUNK_PLAIN, fmt.CHUNK_PLAIN + 1, 3 * fmt.CHUNK_PLAIN - 7)


def att_id(i: int) -> str:
    return f"{0xA770 + i:032x}"


def payload(i: int, size: int) -> bytes:
    """Random bytes that start like the PDF they are declared as (an import checks the kind)."""
    data = random.Random(i * 7919 + size).randbytes(size)
    return (b"%PDF-1.7\n" + data)[:size] if size >= 9 else data


def vault_with_case(path: Path, case, sizes=SIZES) -> Vault:
    v = make_vault(path)
    attachments = [
        a.model_copy(update={"id": att_id(i), "size": size})
        for i, (a, size) in enumerate(zip(_metas(case, len(sizes)), sizes, strict=True))
    ]
    case = case.model_copy(update={"attachments": attachments})
    v.put_case(case)
    for i, size in enumerate(sizes):
        v.add_attachment(case.id, att_id(i), io.BytesIO(payload(i, size)))
    return v


def _metas(case, n: int):
    from visadesk.case.model import Attachment

    base = list(case.attachments) or [Attachment(filename="scan.pdf")]
    return [base[i % len(base)].model_copy(update={"filename": f"scan-{i}.pdf"}) for i in range(n)]


def state(v: Vault) -> dict:
    """Everything a user could read from the vault, as digests."""
    out: dict = {"cases": {}, "attachments": {}}
    for s in v.list_cases():
        out["cases"][s.id] = hashlib.sha256(v.get_case(s.id).model_dump_json().encode()).hexdigest()
    for aid, cid, size in v.list_attachments():
        with v.open_attachment(aid) as fh:
            out["attachments"][aid] = (cid, size, hashlib.sha256(fh.read()).hexdigest())
    out["problems"] = sorted(str(p) for p in v.problems)
    return out


def user_content(v: Vault) -> list:
    """What a user reads, without the opaque ids (an import gives fresh ones, issue 12.14)."""
    out = []
    for s in v.list_cases():
        case = v.get_case(s.id)
        atts = []
        for a in case.attachments:
            with v.open_attachment(a.id) as fh:
                atts.append((a.filename, a.size, hashlib.sha256(fh.read()).hexdigest()))
        people = tuple((p.surname, p.given_names) for p in case.people())
        out.append((case.title, people, tuple(sorted(atts))))
    return sorted(out)


def chunk_spans(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of every sealed chunk after the header."""
    spans = []
    pos = fmt.HEADER_BYTES
    while pos < len(data):
        end = min(pos + fmt.CHUNK_SEALED, len(data))
        spans.append((pos, end))
        pos = end
    return spans
