"""Stored files of today's vault and bundle formats (made with the test KDF, fictional data):
every later VisaDesk must keep opening them (a format upgrade that breaks this breaks users)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.vault_helpers.common import make_vault
from visadesk.sample.family import example_case
from visadesk.vault import Vault
from visadesk.vault.exchange import import_bundle, inspect_bundle

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _expected_bytes(size: int) -> bytes:
    return (bytes(range(256)) * (size // 256 + 1))[:size]


def test_stored_format1_vault_opens_and_reads(visadesk_home: Path) -> None:
    meta = json.loads((FIXTURES / "vault" / "format1.json").read_text())
    work = visadesk_home / "vault.sqlite3"
    shutil.copyfile(FIXTURES / "vault" / "format1.sqlite3", work)
    v = Vault.open(work)
    v.unlock(meta["passphrase"])
    try:
        assert v.problems == []
        case = v.get_case(meta["case_id"])
        expected = example_case()
        assert case.title == expected.title
        assert [p.surname for p in case.applicants] == [p.surname for p in expected.applicants]
        assert v.get_settings() == {"language": "uk"}
        with v.open_attachment(meta["attachment_id"]) as f:
            assert f.read() == _expected_bytes(meta["attachment_size"])
        # and it still takes saves
        v.put_case(case.model_copy(update={"title": "после обновления"}))
    finally:
        v.close()
    v = Vault.open(work)
    v.unlock(meta["passphrase"])
    assert v.get_case(meta["case_id"]).title == "после обновления"
    v.close()


def test_stored_format1_bundle_inspects_and_imports(visadesk_home: Path) -> None:
    meta = json.loads((FIXTURES / "bundle" / "format1.json").read_text())
    src = FIXTURES / "bundle" / "format1.vdx"
    preview = inspect_bundle(src, meta["passphrase"])
    assert preview.title == example_case().title
    assert [(a.id, a.size) for a in preview.attachments] == [
        (meta["attachment_id"], meta["attachment_size"])
    ]
    v = make_vault(visadesk_home / "vault.sqlite3")
    result = import_bundle(v, src, meta["passphrase"])
    assert result.imported
    case = v.get_case(result.case_id)
    assert case.title == example_case().title
    ((aid, _cid, size),) = v.list_attachments(result.case_id)
    assert size == meta["attachment_size"]
    with v.open_attachment(aid) as f:
        assert f.read() == _expected_bytes(size)
    v.close()
