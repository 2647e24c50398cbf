"""Where a fact comes from: source references, confidence, and the one-year freshness rule.

Every fact a definition encodes (a rule, fee, stay limit, deadline) carries ``sources`` (an
official page wherever one exists, otherwise two independent secondary sources) and the date
each was checked. What no source confirms is ``unconfirmed`` and printed as such, never as a
fact. A fact checked more than :data:`MAX_AGE` ago is shown as "may be out of date".
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_AGE = timedelta(days=365)


class SourceKind(StrEnum):
    OFFICIAL = "official"  # a government, EU or consulate page, or the legal text itself
    SECONDARY = "secondary"  # press, NGO, legal-aid or expat sources


class Confidence(StrEnum):
    OFFICIAL = "official"  # confirmed by at least one official source
    TWO_SECONDARY = "two_secondary"  # no official page found; two independent secondary ones
    UNCONFIRMED = "unconfirmed"  # printed as "unconfirmed — check with …"


class Source(BaseModel):
    """One source of a fact: its address, what it is, and when it was read."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: Annotated[str, Field(pattern=r"^https?://[^\s/]+\.[^\s]+$", max_length=500)]
    title: Annotated[str, Field(min_length=1, max_length=300)]
    kind: SourceKind
    checked: date
    published: date | None = None  # when the source itself was written, where it says so

    @field_validator("url")
    @classmethod
    def _no_internal_file(cls, v: str) -> str:
        if "reference/" in v and v.endswith(".md"):
            raise ValueError("an internal reference file is not a source")
        return v


def confidence_of(sources: list[Source]) -> Confidence:
    """What the sources support: one official source, or two secondary ones from different
    sites; anything less is unconfirmed."""
    if any(s.kind is SourceKind.OFFICIAL for s in sources):
        return Confidence.OFFICIAL
    hosts = {_host(s.url) for s in sources if s.kind is SourceKind.SECONDARY}
    return Confidence.TWO_SECONDARY if len(hosts) >= 2 else Confidence.UNCONFIRMED


def oldest_check(sources: list[Source]) -> date | None:
    return min((s.checked for s in sources), default=None)


def is_stale(sources: list[Source], today: date | None = None) -> bool:
    """True when the oldest check is more than a year old (or there is no source at all)."""
    oldest = oldest_check(sources)
    return oldest is None or (today or date.today()) - oldest > MAX_AGE


def host_of(url: str) -> str:
    """The site a source is on (``www.`` dropped): two sources count as independent only when
    their hosts differ."""
    return _host(url)


def _host(url: str) -> str:
    host = url.split("://", 1)[1].split("/", 1)[0].lower()
    return host[4:] if host.startswith("www.") else host
