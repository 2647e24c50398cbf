"""Bilingual translation drafts of Russian documents (summons, internal passport, birth and
marriage certificates, military ID), filled from the case data in the document's layout: per row
the Russian label, the label in the target language, the entry as in the original and its
translation. Names and places are transliterated as in the passport; dates and fixed values
(sex, marital status, military status) come from translated templates; what the case does not
hold says "copy from the original"; free Russian text says "translation needed" — never the
Russian text itself in the target column."""

from __future__ import annotations

from dataclasses import dataclass

from visadesk.case.account import DocumentKind
from visadesk.case.model import (
    CivilStatus,
    DocumentType,
    Guardian,
    MilitaryStatus,
    Person,
    Relationship,
    Sex,
)
from visadesk.letters.compose import fmt_date, has_cyrillic, latin
from visadesk.letters.templates import templates


@dataclass(frozen=True)
class Cell:
    original: str  # as in the Russian document ("" when the case does not hold it)
    translation: str | None  # None: a person must translate it (printed as a marker)


@dataclass(frozen=True)
class DraftRow:
    label_ru: str
    label: str
    cell: Cell


@dataclass(frozen=True)
class Draft:
    document: DocumentKind
    lang: str
    title: str
    title_ru: str
    rows: list[DraftRow]


_COPY = Cell("", "")  # sentinel: copy from the original


def _name(p: Person) -> Cell:
    return Cell(p.full_name, " ".join(x for x in (p.surname_latin, p.given_names_latin) if x))


def _text(value: str) -> Cell:
    """Free text: proper names transliterate; sentences need a person."""
    if not value:
        return _COPY
    if not has_cyrillic(value):
        return Cell(value, value)
    return Cell(value, None)


def _place(value: str) -> Cell:
    return Cell(value, latin(value)) if value else _COPY


def _address(p: Person) -> Cell:
    line = p.address.one_line()
    return Cell(line, latin(line)) if line else _COPY


def _date(p_date: object, lang: str) -> Cell:
    from datetime import date

    if not isinstance(p_date, date):
        return _COPY
    return Cell(fmt_date(p_date, "ru"), fmt_date(p_date, lang))


def _fixed(key: str | None, lang: str) -> Cell:
    t = templates()
    if key is None or key not in t.phrases:
        return _COPY
    return Cell(t.phrase(key, "ru"), t.phrase(key, lang))


def _guardian(people: dict[str, Person], g: Guardian | None) -> Cell:
    if g is None:
        return _COPY
    if g.person_id and g.person_id in people:
        return _name(people[g.person_id])
    return Cell(f"{g.surname} {g.given_names}".strip(), None)


def _values(
    doc: DocumentKind, person: Person, lang: str, people: dict[str, Person]
) -> dict[str, Cell]:
    sex = {Sex.MALE: "sex_M", Sex.FEMALE: "sex_F"}.get(person.sex) if person.sex else None
    civil = (
        {
            CivilStatus.SINGLE: "civil_single",
            CivilStatus.MARRIED: "civil_married",
            CivilStatus.DIVORCED: "civil_divorced",
            CivilStatus.WIDOWED: "civil_widowed",
        }.get(person.civil_status)
        if person.civil_status
        else None
    )
    base = {
        "surname": Cell(person.surname, person.surname_latin) if person.surname else _COPY,
        "given_names": Cell(person.given_names, person.given_names_latin)
        if person.given_names
        else _COPY,
        "patronymic": _place(person.patronymic),
        "dob": _date(person.date_of_birth, lang),
        "pob": _place(person.place_of_birth),
        "sex": _fixed(sex, lang),
        "addressee": _name(person),
        "address": _address(person),
        "registration": _address(person),
        "civil": _fixed(civil, lang),
    }
    if doc is DocumentKind.INTERNAL_PASSPORT:
        internal = next(
            (d for d in person.documents if d.type is DocumentType.INTERNAL_PASSPORT), None
        )
        number = internal.number if internal else person.national_id_number
        base["series_number"] = Cell(number, number) if number else _COPY
        if internal is not None:
            base["issued_by"] = _text(internal.issuing_authority)
            base["issue_date"] = _date(internal.issue_date, lang)
    if doc is DocumentKind.SUMMONS:
        base["served"] = _date(person.military.notice_date, lang)
        base["how"] = _text(person.military.notes)
    if doc is DocumentKind.MILITARY_ID:
        base["given_names"] = Cell(
            f"{person.given_names} {person.patronymic}".strip(),
            f"{person.given_names_latin} {latin(person.patronymic).upper()}".strip(),
        )
        status = person.military.status
        key = (
            None
            if status in (MilitaryStatus.NONE, MilitaryStatus.NOT_SPECIFIED)
            else f"military_{status.value}"
        )
        base["status"] = _fixed(key, lang)
        base["category"] = _text(person.military.reservist_category)
    if doc is DocumentKind.BIRTH_CERTIFICATE:
        by_role = {(g.relationship or "").lower(): g for g in person.guardians}
        base["father"] = _guardian(people, by_role.get("отец"))
        base["mother"] = _guardian(people, by_role.get("мать"))
    if doc is DocumentKind.MARRIAGE_CERTIFICATE:
        spouse = next(
            (
                p
                for p in people.values()
                if p.id != person.id
                and (
                    p.relationship_to_sponsor is Relationship.SPOUSE
                    or person.relationship_to_sponsor is Relationship.SPOUSE
                )
                and p.sex is not None
                and p.sex != person.sex
                and p.civil_status is CivilStatus.MARRIED
            ),
            None,
        )
        husband, wife = (person, spouse) if person.sex is Sex.MALE else (spouse, person)
        for role, who in (("husband", husband), ("wife", wife)):
            if who is None:
                continue
            base[role] = Cell(
                who.full_name, f"{who.full_name_latin} {latin(who.patronymic).upper()}".strip()
            )
            born_ru = f"{fmt_date(who.date_of_birth, 'ru')}, {who.place_of_birth}".strip(", ")
            born = f"{fmt_date(who.date_of_birth, lang)}, {latin(who.place_of_birth)}".strip(", ")
            base[f"{role}_born"] = Cell(born_ru, born)
    return base


def build_draft(
    doc: DocumentKind, person: Person, lang: str, people: dict[str, Person] | None = None
) -> Draft:
    """The draft of one document of ``person`` in ``lang`` (a KeyError for other documents)."""
    t = templates()
    spec = t.documents[doc.value]
    values = _values(doc, person, lang, people or {person.id: person})
    rows = [DraftRow(row.ru, row.get(lang), values.get(row.id, _COPY)) for row in spec.rows]
    return Draft(
        doc, lang, t.phrase("title", lang, document=spec.name.get(lang)), spec.name.ru, rows
    )


def shown(cell: Cell, lang: str) -> tuple[str, str, bool]:
    """What the draft prints: (original column, target column, is_marker)."""
    t = templates()
    if cell is _COPY or (not cell.original and not cell.translation):
        return t.phrase("copy_original", "ru"), t.phrase("copy_original", lang), True
    if cell.translation is None:
        return cell.original, t.phrase("needs_translation", lang), True
    return cell.original, cell.translation, False
