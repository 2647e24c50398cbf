"""Compose one applicant's cover letter from the case and its account of the danger: who applies,
the request and its legal basis, the facts in date order, notes on Russian specifics, why now,
the ties to the country, the evidence list, the date and signature.

The letter holds two kinds of text. Fixed phrases come from the templates in the letter's
language. The user's own words are :class:`Passage` objects: printed in the letter only when a
person has translated them into the letter's language, otherwise replaced by a numbered marker;
the annex prints every passage in the original beside its translation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from visadesk.case.account import DocumentKind, EventKind, Statement, Words
from visadesk.case.model import Address, Case, MilitaryStatus, Person, Sex
from visadesk.errors import VisaDeskError, keyed
from visadesk.facts.sourcing import Confidence
from visadesk.letters.evidence import Exhibit, exhibits_for
from visadesk.letters.templates import Templates, templates

CYRILLIC = re.compile("[\u0400-\u04ff]")
LETTER_LANGS = ("en", "fr", "de", "ru", "uk")
DEFAULT_LANG = {"FRA": "fr", "DEU": "de"}


def has_cyrillic(text: str) -> bool:
    return bool(CYRILLIC.search(text))


def latin(text: str) -> str:
    """A proper name (place, address) in Latin letters: transliterated when it is Cyrillic."""
    if not has_cyrillic(text):
        return text
    from visadesk.identity.translit import transliterate_as_written

    return transliterate_as_written(text)  # capitals as written (Rostov-na-Donu, d. 5)


# Short country names for a postal address, where the catalogue's official name reads badly.
_POSTAL = {"RUS": {"en": "Russia", "fr": "Russie", "de": "Russland", "ru": "Россия", "uk": "Росія"}}


def postal_address(address: Address, lang: str) -> str:
    """An address on one line in Latin letters, its country named in the letter's language
    ("69003 Lyon, France", never "…, FRA")."""
    line = latin(address.model_copy(update={"country": None}).one_line())
    if address.country is None:
        return line
    from visadesk.case.countries import name

    country = _POSTAL.get(address.country, {}).get(lang) or name(address.country, lang)
    return ", ".join(p for p in (line, country) if p)


def letter_name(person: Person) -> str:
    """Given names, then the surname in capitals, as in the passport: "Iaroslav PODIEIACHEV"."""
    given = " ".join(
        "-".join(part[:1] + part[1:].lower() for part in w.split("-"))  # Anna-Mariia
        for w in person.given_names_latin.split(" ")
        if w
    )
    return " ".join(p for p in (given, person.surname_latin) if p)


def colon(lang: str) -> str:
    return " :" if lang == "fr" else ":"


def fmt_date(d: date | None, lang: str, precision: str = "day") -> str:
    if d is None:
        return "—"
    sep = "/" if lang in ("en", "fr") else "."
    if precision == "year":
        return str(d.year)
    if precision == "month":
        return f"{d.month:02d}{sep}{d.year}"
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


@dataclass(frozen=True)
class Passage:
    """The user's own words: numbered, in the original, and translated by a person (or not)."""

    number: int
    original: str
    original_lang: str
    translation: str | None


@dataclass(frozen=True)
class Block:
    """A piece of the letter body: fixed ``text`` in the letter's language, optionally followed
    by a passage of the user's words (its translation, or a marker when it has none)."""

    kind: str  # heading, para, fact, note, item, closing
    text: str
    passage: Passage | None = None


@dataclass
class Letter:
    lang: str
    person_id: str
    basis: str
    country: str
    sender: list[str]
    recipient: str
    place_date: str
    subject: str
    signer: str
    blocks: list[Block] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    exhibits: list[Exhibit] = field(default_factory=list)

    @property
    def missing(self) -> int:
        """Passages that still need a human translation."""
        return sum(1 for p in self.passages if p.translation is None)

    def marker(self, passage: Passage) -> str:
        return templates().phrase("marker", self.lang, n=passage.number)

    def body_lines(self) -> list[str]:
        """Everything the letter's pages print, in order (the annex excluded)."""
        lines = [*self.sender, self.recipient, self.place_date, self.subject]
        for block in self.blocks:
            text = block.text
            if block.passage is not None:
                shown = block.passage.translation or self.marker(block.passage)
                text = f"{text} {shown}".strip()
            lines.append(text)
        lines.append(self.signer)
        return lines


class NoLetter(VisaDeskError):
    """This person has no letter to write (no humanitarian request, or no account)."""


def request_of(
    case: Case,
    person_id: str,
    statement: Statement | None,
    form_ids: list[str] | None = None,
) -> tuple[str, str] | None:
    """(basis, destination country) of a person's humanitarian request, or None. With
    ``form_ids`` only those applications count (a packet restricted to some forms)."""
    found: tuple[str, str] | None = None
    for app in case.applications_for(person_id):
        if form_ids is not None and app.form_id not in form_ids:
            continue
        answers = app.answers
        if app.form_id.startswith("de-videx") and answers.get("purpose") == "humanitarian_22":
            found = found or ("de22", "DEU")
        elif app.form_id == "schengen-c" and _chose(answers.get("purpose"), "other"):
            dest = answers.get("main_destination")
            found = found or ("art25", dest if isinstance(dest, str) and dest else "FRA")
        elif app.form_id == "fr-long-stay" and answers.get("purpose") == "asylum":
            found = found or ("fr_asylum", "FRA")
    if form_ids is not None and found is None:
        return None
    if statement is not None and statement.basis != "auto":
        country = {"de22": "DEU", "fr_asylum": "FRA"}.get(statement.basis)
        return statement.basis, country or (found[1] if found else "FRA")
    return found


class _Builder:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.t: Templates = templates()
        self.blocks: list[Block] = []
        self.passages: list[Passage] = []

    def p(self, key: str, sex: str | None = None, **values: object) -> str:
        return self.t.phrase(key, self.lang, sex, **values)

    def add(self, kind: str, text: str, words: Words | None = None) -> None:
        passage = None
        if words is not None and not words.is_empty():
            passage = Passage(
                number=len(self.passages) + 1,
                original=words.text,
                original_lang=words.lang,
                translation=words.in_lang(self.lang),
            )
            self.passages.append(passage)
        if text or passage:
            self.blocks.append(Block(kind, text, passage))


def _sex(person: Person) -> str | None:
    return {Sex.MALE: "M", Sex.FEMALE: "F"}.get(person.sex) if person.sex else None


def _country(b: _Builder, code: str) -> str:
    key = f"country_{code}"
    return b.p(key) if key in b.t.phrases else code


def _nationality(b: _Builder, code: str | None) -> str:
    key = f"nationality_{code}"
    return b.p(key) if code and key in b.t.phrases else (code or "—")


def compose_letter(
    case: Case,
    person_id: str,
    *,
    on_date: date,
    lang: str | None = None,
    form_ids: list[str] | None = None,
) -> Letter:
    """The cover letter of one applicant (raises :class:`NoLetter` when there is none)."""
    person = case.person(person_id)
    account = case.account
    statement = account.statement_for(person_id) if account else None
    request = request_of(case, person_id, statement, form_ids)
    if account is None or request is None:
        raise keyed(
            "letter.none",
            cls=NoLetter,
            field="--person",
        )
    basis, country = request
    lang = lang or (statement.lang if statement and statement.lang else None)
    lang = lang or DEFAULT_LANG.get(country, "en")
    if lang not in LETTER_LANGS:
        raise keyed("letter.languages", field="--lang", languages=", ".join(LETTER_LANGS))
    b = _Builder(lang)
    sex = _sex(person)
    exhibits = exhibits_for(case, person_id)
    refs = {x.evidence.id: b.p("exhibit", n=x.number) for x in exhibits}
    passport = person.passport.number if person.passport else "—"
    name = letter_name(person) or "—"
    sender = [name, postal_address(person.address, lang)]
    sender += [v for v in (person.phone, person.email) if v]
    place = (
        latin(statement.place_of_signature) if statement and statement.place_of_signature else ""
    )
    recipient_key = f"recipient_{country}"
    legal = b.t.bases[basis]  # type: ignore[index]

    b.add("para", b.p("salutation"))
    b.add(
        "para",
        b.p(
            "intro",
            sex,
            name=name,
            dob=fmt_date(person.date_of_birth, lang),
            place_of_birth=latin(person.place_of_birth) or "—",
            nationality=_nationality(b, person.nationality),
            passport=passport,
        ),
    )
    b.add("heading", b.p("h_request"))
    b.add("para", legal.request.get(lang).format(country=_country(b, country)))
    basis_note = legal.note.get(lang)
    if legal.level is Confidence.UNCONFIRMED:
        basis_note += f" ({b.p('unconfirmed', who=b.p('the_consulate'))})"
    b.add("para", basis_note)

    b.add("heading", b.p("h_facts"))
    events = account.chronology(person_id)
    if not events:
        b.add("para", b.p("no_events"))
    notes: list[str] = []
    for event in events:
        head = fmt_date(event.date, lang, event.date_precision)
        if event.place:
            head += f", {latin(event.place)}"
        head += f"{colon(lang)} {b.p('event_' + event.kind.value)}"
        cites = [refs[e] for e in event.evidence_ids if e in refs]
        if cites:
            head += f" ({b.p('see', refs=', '.join(cites))})"
        head += "."
        b.add("fact", head, event.description)
        if event.kind is EventKind.SUMMONS:
            notes.append("electronic_summons")
        if event.kind is EventKind.FOREIGN_AGENT:
            notes.append("foreign_agent")
    if person.military.status is MilitaryStatus.MOBILISATION_NOTICE:
        notes.append("electronic_summons")
    if any(x.evidence.document is DocumentKind.INTERNAL_PASSPORT for x in exhibits):
        notes.append("internal_passport")
    notes = list(dict.fromkeys(notes))
    if notes:
        b.add("heading", b.p("h_notes"))
        for key in notes:
            note = b.t.notes[key]
            text = note.text.get(lang)
            if note.level is Confidence.UNCONFIRMED:
                text += f" ({b.p('unconfirmed', who=b.p('the_consulate'))})"
            b.add("note", text)

    if statement is not None and not statement.why_now.is_empty():
        b.add("heading", b.p("h_why_now"))
        b.add("para", "", statement.why_now)

    b.add("heading", b.p("h_ties", country=_country(b, country)))
    _ties(b, case, person)
    if statement is not None and not statement.ties.is_empty():
        b.add("para", "", statement.ties)
    if statement is not None and not statement.free_text.is_empty():
        b.add("heading", b.p("h_more"))
        b.add("para", "", statement.free_text)

    if exhibits:
        b.add("heading", b.p("h_evidence"))
        for x in exhibits:
            label = f"{b.p('exhibit', n=x.number)} ({fmt_date(x.evidence.date, lang)}){colon(lang)}"
            b.add("item", label, x.evidence.shows)
    b.add("closing", b.p("closing"))

    return Letter(
        lang=lang,
        person_id=person_id,
        basis=basis,
        country=country,
        sender=sender,
        recipient=b.p(recipient_key) if recipient_key in b.t.phrases else b.p("recipient_other"),
        place_date=b.p("place_date", place=place or "____________", date=fmt_date(on_date, lang)),
        subject=f"{b.p('subject_label')} {legal.subject.get(lang)}",
        signer=f"{name} · {b.p('signature')}: ______________________",
        blocks=b.blocks,
        passages=b.passages,
        exhibits=exhibits,
    )


def _ties(b: _Builder, case: Case, person: Person) -> None:
    sponsor = case.sponsor
    if sponsor is not None and person.relationship_to_sponsor is not None:
        rel = person.relationship_to_sponsor.value
        ssex = _sex(sponsor)
        key = f"relation_{rel}_{ssex}"
        relation = b.p(key) if key in b.t.phrases else b.p("relation_other")
        b.add(
            "para",
            b.p(
                "sponsor_lives",
                ssex,
                relation=relation,
                name=letter_name(sponsor),
                dob=fmt_date(sponsor.date_of_birth, b.lang),
                address=postal_address(sponsor.address, b.lang),
            ),
        )
        extra = []
        if sponsor.residence_status is not None:
            extra.append(
                b.p("sponsor_status", status=b.p("status_" + sponsor.residence_status.value))
            )
        if sponsor.arrival_date is not None:
            extra.append(b.p("sponsor_since", ssex, date=fmt_date(sponsor.arrival_date, b.lang)))
        if ssex in ("M", "F"):
            extra.append(b.p("sponsor_offer", ssex))
        if extra:
            b.add("para", " ".join(extra))
    others = [letter_name(p) for p in case.applicants if p.id != person.id and letter_name(p)]
    if others:
        b.add("para", b.p("family_applying", names=", ".join(others)))


def _chose(answer: object, value: str) -> bool:
    """A choice or multichoice answer includes ``value``."""
    return answer == value or (isinstance(answer, list) and value in answer)
