"""Typing that is not valid yet, kept as a draft inside the vault (sealed with the vault's key
like every record, never in a plain file): what a person typed in the person editor survives a
case switch, a lock or closing the window, and is offered back when the person is opened again.

A draft is the editor's raw field texts, ``{"case": id, "person": id, "fields": {...}}``; it is
dropped once the person is saved valid, or discarded by the user, or its case is gone."""

from __future__ import annotations

from typing import Any, Protocol

KEY = "person_drafts"


class _SettingsStore(Protocol):
    def get_settings(self) -> dict[str, Any]: ...

    def put_settings(self, settings: dict[str, Any]) -> None: ...


def _all(vault: _SettingsStore) -> dict[str, dict[str, Any]]:
    raw = vault.get_settings().get(KEY, {})
    return raw if isinstance(raw, dict) else {}


def _key(case_id: str, person_id: str) -> str:
    return f"{case_id}/{person_id}"


def get_draft(vault: _SettingsStore, case_id: str, person_id: str) -> dict[str, Any] | None:
    """The fields of a kept draft, or None."""
    draft = _all(vault).get(_key(case_id, person_id))
    fields = draft.get("fields") if isinstance(draft, dict) else None
    return fields if isinstance(fields, dict) else None


def drafts_of(vault: _SettingsStore, case_id: str) -> list[str]:
    """The ids of the people of ``case_id`` who have a draft."""
    return [
        str(d.get("person"))
        for d in _all(vault).values()
        if isinstance(d, dict) and d.get("case") == case_id
    ]


def keep_draft(vault: _SettingsStore, case_id: str, person_id: str, fields: dict[str, Any]) -> None:
    settings = vault.get_settings()
    drafts = dict(_all(vault))
    drafts[_key(case_id, person_id)] = {"case": case_id, "person": person_id, "fields": fields}
    settings[KEY] = drafts
    vault.put_settings(settings)


def drop_draft(vault: _SettingsStore, case_id: str, person_id: str) -> bool:
    """Forget a draft; True when there was one."""
    drafts = dict(_all(vault))
    if drafts.pop(_key(case_id, person_id), None) is None:
        return False
    settings = vault.get_settings()
    settings[KEY] = drafts
    vault.put_settings(settings)
    return True


def drop_case_drafts(vault: _SettingsStore, case_id: str) -> int:
    """Forget every draft of a case (the case is deleted); how many there were."""
    drafts = dict(_all(vault))
    gone = [k for k, d in drafts.items() if isinstance(d, dict) and d.get("case") == case_id]
    if not gone:
        return 0
    for key in gone:
        del drafts[key]
    settings = vault.get_settings()
    settings[KEY] = drafts
    vault.put_settings(settings)
    return len(gone)
