"""The "Where can I go?" interview, saved in the case: per person, citizenships, documents held,
where they are, military situation and family abroad; for the household, whether children travel
and how. Every answer is optional: what is not answered is taken from the people's records
where possible (see visadesk.routes.profile) and otherwise left unknown, never guessed.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from visadesk.case.fields import CountryCode, ResidenceStatus, Text

TravelMeans = Literal["air", "car_ru_plates", "car_other", "bus", "train"]
MilitaryAnswer = Literal[
    "none", "conscript_age", "reservist", "summons", "deserter", "exempt", "not_applicable"
]
FamilyWho = Literal["spouse", "partner", "child", "parent", "sibling", "other"]


class _Strict(BaseModel):
    model_config = ConfigDict(
        strict=True, extra="forbid", validate_assignment=True, defer_build=True
    )


class VisaHeld(_Strict):
    kind: Literal["schengen", "schengen_ltv", "national", "other"] = "schengen"
    issuer: CountryCode | None = None  # the country that issued it, e.g. FIN
    valid_until: date | None = None


class DocumentsHeld(_Strict):
    internal_passport: bool | None = None
    foreign_passport: bool | None = None
    foreign_passport_expiry: date | None = None
    birth_certificate: bool | None = None  # for a child
    residence_permits: list[CountryCode] = Field(default=[], max_length=10)
    visas: list[VisaHeld] = Field(default=[], max_length=20)


class MilitarySituation(_Strict):
    status: MilitaryAnswer | None = None
    reservist_category: Text = ""
    summons: Literal["paper", "electronic"] | None = None
    summons_date: date | None = None
    passport_surrendered: bool | None = None


class FamilyAbroad(_Strict):
    who: FamilyWho
    country: CountryCode | None = None
    status: ResidenceStatus | None = None


class PersonSituation(_Strict):
    person_id: Annotated[str, Field(pattern=r"^[0-9a-f]{8,64}$")]
    citizenships: list[CountryCode] = Field(default=[], max_length=5)
    documents: DocumentsHeld = Field(default_factory=DocumentsHeld)
    location: CountryCode | None = None  # where the person is now
    military: MilitarySituation = Field(default_factory=MilitarySituation)
    family_abroad: list[FamilyAbroad] = Field(default=[], max_length=20)


class Situation(_Strict):
    """The interview's answers for a case (all optional)."""

    people: list[PersonSituation] = Field(default=[], max_length=50)
    children_travelling: bool | None = None
    travel_means: list[TravelMeans] = Field(default=[], max_length=5)
    answered_on: date | None = None

    def of(self, person_id: str) -> PersonSituation | None:
        return next((p for p in self.people if p.person_id == person_id), None)
