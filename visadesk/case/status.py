"""Where a case stands (a plain enum: the case list and its filter need it before the
pydantic model is loaded)."""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    """Where a case stands, as a volunteer with many families tracks it."""

    GATHERING = "gathering"  # gathering documents
    READY = "ready"  # ready to submit
    SUBMITTED = "submitted"
    DECISION = "decision"  # a decision came
