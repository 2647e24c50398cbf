"""The people-and-case model: Person, TravelDocument, Case (a household), Application, Attachment.

Pure pydantic v2 (strict types, unknown keys refused), no I/O. A case is stored as JSON
``{"format": "visadesk.case/1", ...}``; read it with :func:`visadesk.case.casefile.load_case`.
Everything a user has not typed yet is optional: an incomplete case is valid data, and the form
engine says what is missing. What is *impossible* (expiry before issue, a birth in the future, a
minor without a guardian, a phone number that cannot exist) is refused with the field path.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from visadesk.case.account import DangerAccount, reference_problems
from visadesk.case.fields import (  # noqa: F401 - re-exported: callers import these from the model
    MAX_LONG_TEXT,
    MAX_TEXT,
    TRAVEL_DOCUMENT_TYPES,
    AttachmentKind,
    CivilStatus,
    CountryCode,
    DocumentType,
    Email,
    LongText,
    MilitaryStatus,
    NameText,
    PastDate,
    Phone,
    Relationship,
    ResidenceStatus,
    Sex,
    Text,
    TranslitScheme,
    _clean_text,
    _empty_to_none,
    today,
)
from visadesk.case.situation import Situation
from visadesk.case.status import CaseStatus

CASE_FORMAT = "visadesk.case/1"
SUPPORTED_CASE_FORMATS = (CASE_FORMAT,)

ADULT_AGE = 18


def new_id() -> str:
    """An opaque random id (no personal meaning), used for cases, people and applications."""
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


# --- records --------------------------------------------------------------------------------


class Model(BaseModel):
    """Base: strict types, unknown keys refused, values validated on assignment too."""

    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        validate_assignment=True,
        str_max_length=MAX_LONG_TEXT,
        use_enum_values=False,
        defer_build=True,
    )


class Address(Model):
    street: Text = ""
    postal_code: Text = ""
    city: Text = ""
    region: Text = ""
    country: CountryCode | None = None

    def one_line(self) -> str:
        parts = [self.street, " ".join(p for p in (self.postal_code, self.city) if p), self.region]
        if self.country:
            parts.append(self.country)
        return ", ".join(p for p in parts if p)

    def is_empty(self) -> bool:
        return not any((self.street, self.postal_code, self.city, self.region, self.country))


class TravelDocument(Model):
    type: DocumentType = DocumentType.ORDINARY_PASSPORT
    type_other: Text = ""
    number: Annotated[str, AfterValidator(_clean_text), Field(max_length=30)] = ""
    issuing_country: CountryCode | None = None
    issuing_authority: Text = ""
    issue_date: PastDate | None = None
    expiry_date: date | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> TravelDocument:
        if self.issue_date and self.expiry_date and self.expiry_date <= self.issue_date:
            raise _field_error("expiry_date", "must be after the date of issue")
        if self.number and not re.fullmatch(r"[0-9A-Za-zА-Яа-яЁё <\-]+", self.number):
            raise _field_error("number", "may contain only letters, digits and spaces")
        return self


class Guardian(Model):
    """A parent or legal guardian of a minor (Schengen field 10)."""

    person_id: str | None = None  # when the guardian is someone in this case (e.g. the sponsor)
    surname: NameText = ""
    given_names: NameText = ""
    relationship: Text = ""
    address: Address | None = None
    phone: Annotated[Phone | None, BeforeValidator(_empty_to_none)] = None
    email: Annotated[Email | None, BeforeValidator(_empty_to_none)] = None
    nationality: CountryCode | None = None

    @model_validator(mode="after")
    def _named(self) -> Guardian:
        if not self.person_id and not (self.surname or self.given_names):
            raise _field_error("surname", "a guardian needs a name (or a person in this case)")
        return self


class MilitaryService(Model):
    status: MilitaryStatus = MilitaryStatus.NOT_SPECIFIED
    reservist_category: Text = ""  # e.g. "запас 1-го разряда", "категория годности Б"
    notice_date: PastDate | None = None  # date the mobilisation notice was received
    notes: LongText = ""

    @model_validator(mode="after")
    def _consistent(self) -> MilitaryService:
        if self.notice_date and self.status != MilitaryStatus.MOBILISATION_NOTICE:
            raise _field_error(
                "notice_date", "a notice date only fits the status 'mobilisation notice received'"
            )
        return self


class Person(Model):
    """One human being: an applicant, or the sponsor (see :class:`Sponsor`)."""

    id: str = Field(default_factory=new_id, pattern=r"^[0-9a-f]{8,64}$")
    # Names in the original script, as the person writes them.
    surname: NameText = ""
    given_names: NameText = ""
    patronymic: NameText = ""
    # Latin spelling exactly as printed in the passport; None = derived with `translit_scheme`.
    latin_surname: NameText | None = None
    latin_given_names: NameText | None = None
    translit_scheme: TranslitScheme = TranslitScheme.ICAO
    surname_at_birth: NameText = ""
    former_surnames: list[NameText] = Field(default=[], max_length=10)
    sex: Sex | None = None
    date_of_birth: PastDate | None = None
    place_of_birth: Text = ""
    country_of_birth: CountryCode | None = None
    nationality: CountryCode | None = None
    nationality_at_birth: CountryCode | None = None
    other_nationalities: list[CountryCode] = Field(default=[], max_length=10)
    civil_status: CivilStatus | None = None
    civil_status_other: Text = ""
    national_id_number: Annotated[str, AfterValidator(_clean_text), Field(max_length=40)] = ""
    documents: list[TravelDocument] = Field(default=[], max_length=20)
    address: Address = Field(default_factory=Address)
    phone: Annotated[Phone | None, BeforeValidator(_empty_to_none)] = None
    email: Annotated[Email | None, BeforeValidator(_empty_to_none)] = None
    occupation: Text = ""
    employer: Text = ""  # employer, or school / university for students
    employer_address: Address | None = None
    employer_phone: Annotated[Phone | None, BeforeValidator(_empty_to_none)] = None
    relationship_to_sponsor: Relationship | None = None
    military: MilitaryService = Field(default_factory=MilitaryService)
    guardians: list[Guardian] = Field(default=[], max_length=2)
    notes: LongText = ""

    # -- derived values (read by the form engine as profile paths; never stored) --

    @property
    def passport_scheme(self) -> TranslitScheme:
        """The scheme of the passport's spelling: Ukraine's national one for a Ukrainian travel
        document (unless an older scheme was chosen), else the chosen one."""
        from visadesk.identity.translit import scheme_for_document

        doc = self.passport
        country = doc.issuing_country if doc else None
        return TranslitScheme(scheme_for_document(self.translit_scheme.value, country))

    @property
    def surname_latin(self) -> str:
        if self.latin_surname is not None:
            return self.latin_surname
        return _translit(self.surname, self.passport_scheme)

    @property
    def given_names_latin(self) -> str:
        if self.latin_given_names is not None:
            return self.latin_given_names
        return _translit(self.given_names, self.passport_scheme)

    @property
    def surname_at_birth_latin(self) -> str:
        return _translit(self.surname_at_birth, self.passport_scheme)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_names, self.patronymic) if p)

    @property
    def full_name_latin(self) -> str:
        return " ".join(p for p in (self.surname_latin, self.given_names_latin) if p)

    def display_name(self) -> str:
        return self.full_name or self.full_name_latin or "—"

    def age(self, on: date | None = None) -> int | None:
        if self.date_of_birth is None:
            return None
        on = on or today()
        dob = self.date_of_birth
        return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

    @property
    def is_minor(self) -> bool:
        age = self.age()
        return age is not None and age < ADULT_AGE

    @property
    def passport(self) -> TravelDocument | None:
        """The travel document forms use: the first passport-like document that has not expired."""
        usable = [d for d in self.documents if d.type in TRAVEL_DOCUMENT_TYPES]
        valid = [d for d in usable if d.expiry_date is None or d.expiry_date >= today()]
        return (valid or usable or [None])[0]  # type: ignore[list-item]

    @model_validator(mode="after")
    def _cross_field(self) -> Person:
        if self.date_of_birth:
            for i, doc in enumerate(self.documents):
                if doc.issue_date and doc.issue_date < self.date_of_birth:
                    raise _field_error(f"documents[{i}].issue_date", "is before the date of birth")
        if self.civil_status == CivilStatus.OTHER and not self.civil_status_other:
            pass  # the form engine asks for the specification; not an impossibility
        return self


class Sponsor(Person):
    """The relative already abroad who invites or sponsors the applicants."""

    residence_country: CountryCode | None = None
    residence_status: ResidenceStatus | None = None
    residence_status_detail: Text = ""  # e.g. "visa humanitaire D, then OFPRA refugee status"
    residence_document_type: Text = ""  # e.g. "carte de résident", "titre de voyage réfugié"
    residence_permit_number: Annotated[str, AfterValidator(_clean_text), Field(max_length=40)] = ""
    residence_permit_valid_until: date | None = None
    arrival_date: PastDate | None = None


AnswerValue = str | bool | int | float | list[str] | None
# The languages a form prints its free text in (a translation is written in one of them).
TranslationLang = Literal["en", "fr", "de", "es", "it"]
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


class Translation(Model):
    """One field's answer in a form's language, for a value the person wrote in Russian or
    Ukrainian (employer, an unusual occupation, a purpose …): ``text`` is printed on the form;
    ``original`` is the value it translates — when that value changes, the translation no
    longer applies and the wizard asks again."""

    original: LongText
    text: LongText

    @model_validator(mode="after")
    def _usable(self) -> Translation:
        if not self.original:
            raise _field_error("original", "a translation needs the text it translates")
        if not self.text:
            raise _field_error("text", "a translation cannot be empty")
        if _CYRILLIC.search(self.text):
            raise _field_error(
                "text", "is in Cyrillic letters; write it as it is printed on the form"
            )
        return self


class Application(Model):
    """One person × one destination form, with the answers specific to that form.

    Answers override profile values for this application only (the form engine reads them);
    keys are the form's field ids, values as the engine stores them (dates as ISO strings).
    """

    id: str = Field(default_factory=new_id, pattern=r"^[0-9a-f]{8,64}$")
    person_id: str
    form_id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$")]
    answers: dict[Annotated[str, Field(max_length=100)], AnswerValue] = Field(
        default={}, max_length=500
    )
    # field id -> form language -> the answer in that language (see :class:`Translation`);
    # not written while empty, so a case without translations keeps its stored form
    translations: dict[
        Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")],
        Annotated[dict[TranslationLang, Translation], Field(min_length=1, max_length=5)],
    ] = Field(default={}, max_length=500, exclude_if=lambda v: not v)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Attachment(Model):
    """Metadata of a scan or photo. The bytes live sealed in the vault, or at ``path`` for a
    case file on disk (relative to the case file)."""

    id: str = Field(default_factory=new_id, pattern=r"^[0-9a-f]{8,64}$")
    person_id: str | None = None
    application_id: str | None = None
    checklist_item: str | None = None  # id of the checklist item this document satisfies
    kind: AttachmentKind = AttachmentKind.DOCUMENT
    filename: Text = ""
    media_type: Literal["image/jpeg", "image/png", "application/pdf"] = "application/pdf"
    size: int = Field(default=0, ge=0)
    sha256: Annotated[str, Field(pattern=r"^([0-9a-f]{64})?$")] = ""
    path: Text | None = None
    added_at: datetime = Field(default_factory=utcnow)


class Case(Model):
    """A household: an optional sponsor abroad and one or more applicants, with their applications."""

    format: Literal["visadesk.case/1"] = "visadesk.case/1"
    id: str = Field(default_factory=new_id, pattern=r"^[0-9a-f]{8,64}$")
    title: Text = ""
    status: CaseStatus = CaseStatus.GATHERING
    appointment: date | None = None  # the next appointment (consulate, visa centre)
    sponsor: Sponsor | None = None
    applicants: list[Person] = Field(min_length=1, max_length=50)
    applications: list[Application] = Field(default=[], max_length=500)
    attachments: list[Attachment] = Field(default=[], max_length=2000)
    notes: LongText = ""
    situation: Situation | None = None  # the "Where can I go?" interview (visadesk.routes)
    account: DangerAccount | None = None  # the account of the danger (visadesk.case.account)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)

    @model_validator(mode="after")
    def _references(self) -> Case:
        ids = [p.id for p in self.applicants]
        if self.sponsor is not None:
            ids.append(self.sponsor.id)
        seen: set[str] = set()
        for i, pid in enumerate(ids):
            if pid in seen:
                raise _field_error(f"applicants[{i}].id", "two people in the case share this id")
            seen.add(pid)
        for i, person in enumerate(self.applicants):
            if person.is_minor and not person.guardians:
                raise _field_error(
                    f"applicants[{i}].guardians",
                    "a minor needs at least one parent or legal guardian",
                )
            for g, guardian in enumerate(person.guardians):
                if guardian.person_id and guardian.person_id not in seen:
                    raise _field_error(
                        f"applicants[{i}].guardians[{g}].person_id", "no such person in this case"
                    )
        app_ids: set[str] = set()
        for i, app in enumerate(self.applications):
            if app.person_id not in seen:
                raise _field_error(f"applications[{i}].person_id", "no such person in this case")
            if app.id in app_ids:
                raise _field_error(f"applications[{i}].id", "duplicate application id")
            app_ids.add(app.id)
        for i, att in enumerate(self.attachments):
            if att.person_id and att.person_id not in seen:
                raise _field_error(f"attachments[{i}].person_id", "no such person in this case")
            if att.application_id and att.application_id not in app_ids:
                raise _field_error(
                    f"attachments[{i}].application_id", "no such application in this case"
                )
        if self.account is not None:
            for path, message in reference_problems(
                self.account, seen, {a.id for a in self.attachments}
            ):
                raise _field_error(path, message)
        return self

    # -- lookups --

    def people(self) -> list[Person]:
        """Applicants first, then the sponsor."""
        return [*self.applicants, *([self.sponsor] if self.sponsor else [])]

    def person(self, person_id: str) -> Person:
        for p in self.people():
            if p.id == person_id:
                return p
        raise KeyError(person_id)

    def applications_for(self, person_id: str) -> list[Application]:
        return [a for a in self.applications if a.person_id == person_id]

    def attachments_for(self, person_id: str | None) -> list[Attachment]:
        return [a for a in self.attachments if a.person_id == person_id]

    def display_title(self) -> str:
        if self.title:
            return self.title
        return ", ".join(p.display_name() for p in self.applicants)


class _FieldError(ValueError):
    """A cross-field error that names the sub-field it belongs to (see visadesk.case.validation)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"[{field}] {message}")
        self.field = field


def _field_error(field: str, message: str) -> _FieldError:
    return _FieldError(field, message)


def _translit(text: str, scheme: TranslitScheme) -> str:
    if not text:
        return ""
    from visadesk.identity.translit import transliterate

    return transliterate(text, scheme.value)
