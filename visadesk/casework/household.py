"""Who is in a case: add, edit and remove applicants, edit or remove the sponsor, and copy what
family members share (address, parents, nationality) from one person to others.

Removing a person takes their applications and scans along; a minor's guardian who leaves the
case stays the minor's guardian by name (the link becomes a named guardian), so a case never
becomes one the vault cannot read.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from visadesk.case.fields import today
from visadesk.case.model import ADULT_AGE, Case, Guardian, Person, Sponsor
from visadesk.casework.core import CaseworkError, validated

# what "copy shared data" can copy: part -> the Person fields it covers
SHARED_PARTS: Final[dict[str, tuple[str, ...]]] = {
    "address": ("address",),
    "parents": ("guardians",),
    "nationality": ("nationality", "nationality_at_birth", "other_nationalities"),
    "birth": ("place_of_birth", "country_of_birth"),
}
# answers of form fields that follow a shared part (same form, same field id)
_SHARED_ANSWERS: Final[dict[str, tuple[str, ...]]] = {"parents": ("parents",)}


def _person_data(case: Case, person_id: str) -> dict[str, Any]:
    try:
        return case.person(person_id).model_dump(mode="json")
    except KeyError:
        raise CaseworkError(
            "no_such_person", "this person is not (or no longer) in the case", field="person_id"
        ) from None


def add_person(case: Case, person: Person | None = None) -> Case:
    """Add an applicant (a blank one by default: nothing typed for the user)."""
    new = person if person is not None else Person()
    if new.id in {p.id for p in case.people()}:
        raise CaseworkError("duplicate_person", "this person is already in the case")
    data = case.model_dump(mode="json")
    data["applicants"].append(new.model_dump(mode="json"))
    return validated(data)


def edit_person(case: Case, person: Person) -> Case:
    """Replace the applicant (or the sponsor) with the same id by ``person``. A sponsor keeps
    the sponsor-only fields ``person`` does not carry."""
    _person_data(case, person.id)
    data = case.model_dump(mode="json")
    if case.sponsor is not None and person.id == case.sponsor.id:
        data["sponsor"] = {**data["sponsor"], **person.model_dump(mode="json")}
    else:
        data["applicants"] = [
            person.model_dump(mode="json") if p["id"] == person.id else p
            for p in data["applicants"]
        ]
    return validated(data)


def edit_sponsor(case: Case, sponsor: Sponsor | None) -> Case:
    """Set the sponsor (the relative abroad): a new one, or the edited one; None removes her."""
    if sponsor is None:
        return remove_sponsor(case)
    if sponsor.id in {p.id for p in case.applicants}:
        raise CaseworkError(
            "sponsor_is_applicant", "an applicant cannot also be the sponsor", field="sponsor"
        )
    data = case.model_dump(mode="json")
    data["sponsor"] = sponsor.model_dump(mode="json")
    if case.sponsor is not None and case.sponsor.id != sponsor.id:
        _release(data, case.sponsor.id, case.sponsor)
    return validated(data)


def remove_sponsor(case: Case) -> Case:
    if case.sponsor is None:
        return validated(case)
    data = case.model_dump(mode="json")
    data["sponsor"] = None
    _release(data, case.sponsor.id, case.sponsor)
    return validated(data)


def remove_person(case: Case, person_id: str) -> Case:
    """Remove an applicant (or the sponsor) with their applications and scans. A minor whose
    guardian this was keeps a named guardian record; a guardian without any name cannot stay
    one and the removal is refused with the reason."""
    if case.sponsor is not None and person_id == case.sponsor.id:
        return remove_sponsor(case)
    leaving = case.person(person_id) if person_id in {p.id for p in case.people()} else None
    if leaving is None:
        raise CaseworkError(
            "no_such_person", "this person is not (or no longer) in the case", field="person_id"
        )
    if len(case.applicants) == 1:
        raise CaseworkError(
            "last_applicant", "a case needs at least one applicant; delete the case instead"
        )
    data = case.model_dump(mode="json")
    data["applicants"] = [p for p in data["applicants"] if p["id"] != person_id]
    _release(data, person_id, leaving)
    return validated(data)


def _release(data: dict[str, Any], person_id: str, leaving: Person) -> None:
    """Guardian links to a person who leaves become named guardians (in place, in ``data``)."""
    named = bool(leaving.surname or leaving.given_names)
    for person in [*data["applicants"], *([data["sponsor"]] if data.get("sponsor") else [])]:
        kept = []
        for g in person.get("guardians") or []:
            if g.get("person_id") != person_id:
                kept.append(g)
                continue
            if not named:
                continue
            kept.append(
                Guardian(
                    surname=leaving.surname,
                    given_names=leaving.given_names,
                    relationship=g.get("relationship") or "",
                    address=None if leaving.address.is_empty() else leaving.address,
                    phone=leaving.phone,
                    email=leaving.email,
                    nationality=leaving.nationality,
                ).model_dump(mode="json")
            )
        person["guardians"] = kept
        if _is_minor(person) and not kept:
            name = " ".join(x for x in (person.get("surname"), person.get("given_names")) if x)
            raise CaseworkError(
                "only_guardian",
                f"{leaving.display_name()} is the only guardian of {name}, a minor: "
                "add another parent or guardian first",
                field="guardians",
                person=leaving.display_name(),
                minor=name,
            )


def _is_minor(person: dict[str, Any]) -> bool:
    born = person.get("date_of_birth")
    if not born:
        return False
    dob, now = date.fromisoformat(born), today()
    return now.year - dob.year - ((now.month, now.day) < (dob.month, dob.day)) < ADULT_AGE


def copy_shared(
    case: Case, from_id: str, to_ids: list[str], parts: list[str] | tuple[str, ...]
) -> Case:
    """Copy the chosen ``parts`` (keys of SHARED_PARTS) from one person to others, e.g. four
    brothers' address and parents. Parents copied to someone who is one of them are left out."""
    unknown = [p for p in parts if p not in SHARED_PARTS]
    if unknown or not parts:
        raise CaseworkError(
            "unknown_part",
            f"nothing to copy (choose from: {', '.join(SHARED_PARTS)})",
            field="parts",
            parts=", ".join(unknown),
        )
    source = _person_data(case, from_id)
    empty = [p for p in parts if all(source[f] in (None, "", [], {}) for f in SHARED_PARTS[p])]
    address = source.get("address") or {}
    if "address" in parts and not any(v for v in address.values()):
        empty.append("address")
    if empty:
        raise CaseworkError(
            "nothing_to_copy",
            f"{case.person(from_id).display_name()} has nothing recorded for: {', '.join(empty)}",
            field="parts",
            parts=", ".join(empty),
            person=case.person(from_id).display_name(),
        )
    for pid in to_ids:
        _person_data(case, pid)
    data = case.model_dump(mode="json")
    targets = {pid for pid in to_ids if pid != from_id}
    for person in [*data["applicants"], *([data["sponsor"]] if data.get("sponsor") else [])]:
        if person["id"] not in targets:
            continue
        for part in parts:
            for field in SHARED_PARTS[part]:
                value = source[field]
                if field == "guardians":
                    value = [g for g in value if g.get("person_id") != person["id"]]
                person[field] = value
    _copy_answers(data, from_id, targets, parts)
    return validated(data)


def _copy_answers(
    data: dict[str, Any], from_id: str, targets: set[str], parts: list[str] | tuple[str, ...]
) -> None:
    fields = [f for part in parts for f in _SHARED_ANSWERS.get(part, ())]
    if not fields:
        return
    given: dict[tuple[str, str], Any] = {}
    for app in data["applications"]:
        if app["person_id"] == from_id:
            for f in fields:
                if app["answers"].get(f) not in (None, "", []):
                    given[(app["form_id"], f)] = app["answers"][f]
    for app in data["applications"]:
        if app["person_id"] in targets:
            for (form_id, f), value in given.items():
                if app["form_id"] == form_id:
                    app["answers"][f] = value


def validated_sponsor(data: dict[str, Any]) -> Sponsor:
    """A Sponsor from model input (the CLI's options, a form), or InvalidData naming each field."""
    from pydantic import ValidationError

    from visadesk.case.validation import problems_from
    from visadesk.errors import InvalidData

    try:
        return Sponsor.model_validate(data, strict=False)
    except ValidationError as exc:
        raise InvalidData(problems_from(exc), what="The sponsor") from None
