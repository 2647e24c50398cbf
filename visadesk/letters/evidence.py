"""The evidence index: which documents back one applicant's letter, numbered in the order a
reader meets them (first citation in the chronology, then the rest by date), and what each row
of the index says (date, what it shows, whether a translation is attached)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from visadesk.case.account import DRAFTABLE, DangerAccount, Evidence
from visadesk.case.model import Attachment, Case


@dataclass(frozen=True)
class Exhibit:
    """One numbered document of a letter."""

    number: int
    evidence: Evidence
    attachment: Attachment | None  # the scan; None: not scanned yet
    translation: Attachment | None  # a sworn translation attached as a scan
    draft: bool  # VisaDesk prints a bilingual translation draft after it

    @property
    def translated(self) -> bool:
        return self.translation is not None or self.draft


def _attachment(case: Case, attachment_id: str | None) -> Attachment | None:
    if attachment_id is None:
        return None
    return next((a for a in case.attachments if a.id == attachment_id), None)


def exhibits_for(case: Case, person_id: str) -> list[Exhibit]:
    """The numbered exhibits of ``person_id``'s letter (empty without an account)."""
    account: DangerAccount | None = case.account
    if account is None:
        return []
    order: list[str] = []
    for event in account.chronology(person_id):
        for evidence_id in event.evidence_ids:
            if evidence_id not in order:
                order.append(evidence_id)
    cited_anywhere = {eid for e in account.events for eid in e.evidence_ids}
    rest = [
        (i, item)
        for i, item in enumerate(account.evidence)
        if item.id not in order
        and (
            item.person_id == person_id
            or (item.person_id is None and item.id not in cited_anywhere)
        )
    ]
    rest.sort(key=lambda pair: (pair[1].date or date.max, pair[0]))
    order += [item.id for _, item in rest]
    exhibits = []
    for number, evidence_id in enumerate(order, 1):
        item = account.evidence_by_id(evidence_id)
        exhibits.append(
            Exhibit(
                number=number,
                evidence=item,
                attachment=_attachment(case, item.attachment_id),
                translation=_attachment(case, item.translation_attachment_id),
                draft=item.document in DRAFTABLE and item.translation_attachment_id is None,
            )
        )
    return exhibits


def exhibit_attachment_ids(case: Case) -> set[str]:
    """Attachments that the letters place as exhibits (the packet does not repeat them)."""
    if case.account is None:
        return set()
    ids: set[str] = set()
    for item in case.account.evidence:
        for value in (item.attachment_id, item.translation_attachment_id):
            if value is not None:
                ids.add(value)
    return ids
