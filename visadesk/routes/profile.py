"""What the rules may test about one person: flat values computed from the interview (the case's
``situation``) and, where the interview is silent, from the person's records — never guessed.

A value that nobody answered stays ``None``; a comparison with ``None`` is never true, so a rule
that needs an answer does not apply until it is given.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from visadesk.case.conditions import compare
from visadesk.case.fields import DocumentType, MilitaryStatus
from visadesk.case.model import Case, Person
from visadesk.case.situation import PersonSituation, Situation
from visadesk.routes.schema import Condition

Profile = dict[str, Any]
_AT_RISK = {"conscript_age", "reservist", "summons", "deserter"}
_FROM_RECORD = {
    MilitaryStatus.NONE: "none",
    MilitaryStatus.CONSCRIPT: "conscript_age",
    MilitaryStatus.RESERVIST: "reservist",
    MilitaryStatus.MOBILISATION_NOTICE: "summons",
    MilitaryStatus.EXEMPT: "exempt",
    MilitaryStatus.DESERTED: "deserter",
}
# "who is abroad" (relative to me) → what I am to that relative
_INVERSE = {"parent": "child", "child": "parent"}


def build(case: Case, person: Person, today: date) -> Profile:
    situation = case.situation or Situation()
    ps = situation.of(person.id) or PersonSituation(person_id=person.id)
    age = person.age(today)
    citizenships = list(ps.citizenships) or [
        c for c in [person.nationality, *person.other_nationalities] if c
    ]
    p: Profile = {
        "citizenships": citizenships,
        "citizenship_known": bool(citizenships),
        "russian": ("RUS" in citizenships) if citizenships else None,
        "age": age,
        "minor": None if age is None else age < 18,
        "child_under14": None if age is None else age < 14,
    }
    p.update(_documents(ps, person, age, today))
    p.update(_visas(ps, today))
    location = ps.location or person.address.country
    p["location"] = location
    p["in_russia"] = None if location is None else location == "RUS"
    p.update(_military(ps, person))
    p.update(_sponsor(case, ps, person))
    means = list(situation.travel_means)
    p["travel.means"] = means
    p["travel.overland"] = bool(set(means) & {"car_ru_plates", "car_other", "bus", "train"})
    p["travel.car_ru"] = "car_ru_plates" in means
    p["children_travelling"] = situation.children_travelling
    return p


def _documents(ps: PersonSituation, person: Person, age: int | None, today: date) -> Profile:
    d = ps.documents
    records = person.documents
    internal = d.internal_passport
    if internal is None and any(x.type is DocumentType.INTERNAL_PASSPORT for x in records):
        internal = True
    foreign = d.foreign_passport
    expiry = d.foreign_passport_expiry
    if foreign is None:
        passports = [x for x in records if x.type is DocumentType.ORDINARY_PASSPORT]
        if passports:
            foreign = True
            expiry = expiry or passports[0].expiry_date
    if foreign and expiry is not None and expiry < today:
        foreign = False  # an expired passport opens no border
    birth = d.birth_certificate
    if birth is None and any(x.type is DocumentType.BIRTH_CERTIFICATE for x in records):
        birth = True
    return {
        "doc.internal_passport": internal,
        # the internal passport is issued from 14: below that it opens no border
        "doc.internal_ok": bool(internal) and (age is None or age >= 14),
        "doc.foreign_passport": foreign,
        "doc.birth_certificate": birth,
        "doc.residence_permits": list(d.residence_permits),
    }


def _visas(ps: PersonSituation, today: date) -> Profile:
    valid = [v for v in ps.documents.visas if v.valid_until is None or v.valid_until >= today]
    schengen = [v for v in valid if v.kind in ("schengen", "schengen_ltv")]
    return {
        "visa.schengen": bool(schengen),
        "visa.schengen_issuers": [v.issuer for v in schengen if v.issuer],
        "visa.ltv": any(v.kind == "schengen_ltv" for v in valid),
    }


def _military(ps: PersonSituation, person: Person) -> Profile:
    m = ps.military
    status = m.status or (
        _FROM_RECORD.get(person.military.status) if person.military.status else None
    )
    summons = status == "summons" or m.summons is not None
    kind = m.summons
    if kind is None and status == "summons" and "электрон" in person.military.notes.lower():
        kind = "electronic"
    return {
        "military.status": status,
        "military.at_risk": None if status is None else status in _AT_RISK or summons,
        "military.summons": summons,
        "military.summons_kind": kind,
        "military.passport_surrendered": m.passport_surrendered,
    }


def _sponsor(case: Case, ps: PersonSituation, person: Person) -> Profile:
    country = status = relationship = None
    if case.sponsor is not None and person.id != case.sponsor.id:
        country = case.sponsor.residence_country
        status = case.sponsor.residence_status.value if case.sponsor.residence_status else None
        rel = person.relationship_to_sponsor
        relationship = rel.value if rel else None
    for fam in ps.family_abroad:  # the interview's answer wins over the record
        country = fam.country or country
        status = fam.status.value if fam.status else status
        relationship = _INVERSE.get(fam.who, fam.who)
        break
    return {
        "sponsor.country": country,
        "sponsor.status": status,
        "sponsor.relationship": relationship,
    }


def holds(cond: Condition | None, profile: Profile) -> bool:
    """True when ``cond`` holds; a missing value never satisfies a comparison."""
    if cond is None:
        return True
    if cond.all is not None:
        return all(holds(c, profile) for c in cond.all)
    if cond.any is not None:
        return any(holds(c, profile) for c in cond.any)
    if cond.not_ is not None:
        return not holds(cond.not_, profile)
    value = profile.get(cond.source or "")
    if value is None and cond.empty is None:
        return False  # an unknown answer passes no test (not even "ne")
    return compare(cond, value)
