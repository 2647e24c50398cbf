"""Form answers of the example family (owned by the forms work: field ids of each definition)."""

from __future__ import annotations

ANSWERS: dict[str, dict[str, str | bool | int | float | list[str] | None]] = {}
