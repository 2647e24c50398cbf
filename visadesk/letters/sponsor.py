"""The sponsor's side, composed from the sponsor's data in the letter's language. France: the
host's attestation of accommodation and support, and a letter of support. Germany: what the
person giving the formal obligation (Verpflichtungserklärung) needs, as a checklist with their
details and the applicant's filled in. Facts carry their sources; an unsourced step is printed
as unconfirmed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from visadesk.case.model import Case, Person, Sex, Sponsor
from visadesk.facts.sourcing import Confidence
from visadesk.facts.store import builtin_facts
from visadesk.letters.compose import colon, fmt_date, latin, letter_name, postal_address
from visadesk.letters.templates import templates


@dataclass
class SponsorSheet:
    """One page of the sponsor's side: a title, rows of details, paragraphs, a signature line.

    ``for_consulate``: the page is handed in (the attestation the host signs, the letter of
    support); otherwise it is the host's and applicant's own (what the host must know or bring),
    kept with the applicant's sheets and never among the consulate's parts. A page that is
    signed carries no note: the notes go on a sheet of their own."""

    kind: str  # attestation, support, host_note, obligation
    lang: str
    title: str
    rows: list[tuple[str, str]] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    sign_line: str = ""
    note: str = ""
    for_consulate: bool = True

    def __post_init__(self) -> None:
        if self.sign_line and self.note:
            raise ValueError("a signed page carries no note: put it on a sheet of its own")
        if self.sign_line and not self.for_consulate:
            raise ValueError("a page the host signs is the consulate's")


def _sex(p: Person) -> str | None:
    return {Sex.MALE: "M", Sex.FEMALE: "F"}.get(p.sex) if p.sex else None


def _country(code: str | None, lang: str) -> str:
    """A nationality as the sheet's language names the state ("Russische Föderation"), never
    its code ("RUS")."""
    from visadesk.case.countries import name

    return name(code, lang) if code else "—"


def _arrival(case: Case, person_id: str) -> date | None:
    for app in case.applications_for(person_id):
        for key in ("arrival_date", "entry_date"):
            value = app.answers.get(key)
            if isinstance(value, str):
                try:
                    return date.fromisoformat(value)
                except ValueError:
                    continue
    return None


def _step(key: str, lang: str) -> str:
    """A step of the sheet that is a fact: its text from the fact store, marked unconfirmed when
    the fact is (one place per fact)."""
    t = templates()
    fact = builtin_facts().get(t.sponsor_facts[key])
    text = fact.letter_text(lang)
    if fact.level is Confidence.UNCONFIRMED:
        who = t.phrase("the_consulate", lang)
        text += f" ({t.phrase('unconfirmed', lang, who=who)})"
    return text


def french_sheets(
    case: Case, person: Person, lang: str, on_date: date, place: str
) -> list[SponsorSheet]:
    """The host's attestation and letter of support (empty without a sponsor)."""
    sponsor: Sponsor | None = case.sponsor
    if sponsor is None:
        return []
    t = templates()
    p = t.phrase
    rel = person.relationship_to_sponsor.value if person.relationship_to_sponsor else "other"
    psex = _sex(person)
    guest_rel = (
        psex and t.phrases.get(f"guest_relation_{rel}_{psex}") and f"guest_relation_{rel}_{psex}"
    ) or (
        f"guest_relation_{rel}" if f"guest_relation_{rel}" in t.phrases else "guest_relation_other"
    )
    arrival = _arrival(case, person.id)
    permit = sponsor.residence_permit_number or "—"
    ssex = _sex(sponsor)
    host = p(
        "att_host",
        lang,
        ssex,
        name=letter_name(sponsor),
        dob=fmt_date(sponsor.date_of_birth, lang),
        place_of_birth=latin(sponsor.place_of_birth) or "—",
        address=postal_address(sponsor.address, lang) or "—",
        permit=permit,
        valid_until=fmt_date(sponsor.residence_permit_valid_until, lang),
    )
    guest = p(
        "att_guest",
        lang,
        psex,
        guest=letter_name(person),
        guest_dob=fmt_date(person.date_of_birth, lang),
        guest_place_of_birth=latin(person.place_of_birth) or "—",
        guest_passport=person.passport.number if person.passport else "—",
        relation=p(guest_rel, lang),
        arrival=fmt_date(arrival, lang),
    )
    city = latin(sponsor.address.city) or "____________"
    attestation = SponsorSheet(
        kind="attestation",
        lang=lang,
        title=p("att_title", lang),
        paragraphs=[host, guest, p("att_support", lang), p("att_enclosures", lang)],
        sign_line=p("att_sign", lang, place=city, date=fmt_date(on_date, lang)),
    )
    # what the host should know before signing: on a sheet of its own, never on the signed page
    host_note = SponsorSheet(
        kind="host_note",
        lang=lang,
        title=p("host_note_title", lang),
        paragraphs=[_step("att_accueil_note", lang)],
        for_consulate=False,
    )
    of_key = next(
        (
            k
            for k in (f"of_{rel}_{ssex if rel == 'spouse' else psex}", f"of_{rel}")
            if k in t.phrases
        ),
        "of_other",
    )
    status_key = f"status_{sponsor.residence_status.value}" if sponsor.residence_status else None
    support = SponsorSheet(
        kind="support",
        lang=lang,
        title=p("support_title", lang),
        paragraphs=[
            p(
                "support_body",
                lang,
                ssex,
                name=letter_name(sponsor),
                status=p(status_key, lang) if status_key else "—",
                city=city,
                since=fmt_date(sponsor.arrival_date, lang),
                relation_of=p(of_key, lang),
                guest=letter_name(person),
            )
        ],
        sign_line=p("att_sign", lang, place=city, date=fmt_date(on_date, lang)),
    )
    del place
    return [attestation, support, host_note]


def german_obligation(case: Case, person: Person, lang: str) -> SponsorSheet:
    """The Verpflichtungserklärung checklist with the sponsor's and applicant's details."""
    t = templates()
    p = t.phrase
    rows: list[tuple[str, str]] = []
    sponsor = case.sponsor
    c = colon(lang)
    if sponsor is not None:
        rows.append((p("vpe_who", lang), ""))
        rows += [
            (p("f_name", lang), letter_name(sponsor)),
            (p("f_dob", lang), fmt_date(sponsor.date_of_birth, lang)),
            (p("f_nationality", lang), _country(sponsor.nationality, lang)),
            (p("f_address", lang), postal_address(sponsor.address, lang) or "—"),
            (
                p("f_status", lang),
                p(f"status_{sponsor.residence_status.value}", lang)
                if sponsor.residence_status
                else "—",
            ),
            (
                p("f_permit", lang),
                f"{sponsor.residence_permit_number or '—'}, "
                f"{fmt_date(sponsor.residence_permit_valid_until, lang)}",
            ),
            (
                p("f_contact", lang),
                ", ".join(v for v in (sponsor.phone, sponsor.email) if v) or "—",
            ),
        ]
    rows.append((p("vpe_for", lang), ""))
    rows += [
        (p("f_name", lang), letter_name(person)),
        (p("f_dob", lang), fmt_date(person.date_of_birth, lang)),
        (p("f_nationality", lang), _country(person.nationality, lang)),
        (p("f_passport", lang), person.passport.number if person.passport else "—"),
        (p("f_address", lang), postal_address(person.address, lang) or "—"),
    ]
    paragraphs = [
        f"{i}. {_step(k, lang)}"
        for i, k in enumerate(
            ("vpe_where", "vpe_scope", "vpe_income", "vpe_applicant", "vpe_original"), 1
        )
    ]
    named = [
        a.answers.get("sponsor_in_germany")
        for a in case.applications_for(person.id)
        if isinstance(a.answers.get("sponsor_in_germany"), str)
    ]
    note = p("vpe_sponsor_from_answers", lang, text=latin(str(named[0]))) if named else ""
    del c
    return SponsorSheet(
        kind="obligation",
        lang=lang,
        title=p("vpe_title", lang),
        rows=rows,
        paragraphs=[p("vpe_steps", lang), *paragraphs],
        note=note,
        for_consulate=False,  # the sponsor's to-do list: the consulate gets the obligation itself
    )


def sponsor_sheets(
    case: Case, person: Person, country: str, lang: str, on_date: date, place: str
) -> list[SponsorSheet]:
    """What the sponsor's side of this letter prints, by destination (the consulate's pages
    first, then the host's own)."""
    if country == "FRA":
        return french_sheets(case, person, lang, on_date, place)
    if country == "DEU":
        return [german_obligation(case, person, lang)]
    return []
