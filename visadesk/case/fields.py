"""Field types of the model: constrained text, names, countries, phones, e-mails, past dates, and
the enumerations whose stored values never change (labels are translated elsewhere)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, Field, ValidationInfo

MAX_TEXT = 500  # a single-line value (names, cities); longer text belongs in notes
MAX_LONG_TEXT = 20_000


def today() -> date:
    return date.today()


# --- constrained scalar types -------------------------------------------------------------

_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def _clean_text(value: str) -> str:
    """NFC, no control characters (NUL, escapes) and no bidi overrides; trimmed."""
    if "\x00" in value:
        raise ValueError("contains a NUL byte")
    value = unicodedata.normalize("NFC", value)
    for ch in value:
        cat = unicodedata.category(ch)
        if cat == "Cc" and ch not in "\n\t":
            raise ValueError(f"contains a control character (U+{ord(ch):04X})")
    if _BIDI_CONTROLS.search(value):
        raise ValueError("contains invisible text-direction marks; please retype it")
    return value.strip()


def _single_line(value: str) -> str:
    if "\n" in value or "\t" in value:
        raise ValueError("must be on one line")
    return value


Text = Annotated[
    str,
    AfterValidator(_clean_text),
    AfterValidator(_single_line),
    Field(max_length=MAX_TEXT),
]
LongText = Annotated[str, AfterValidator(_clean_text), Field(max_length=MAX_LONG_TEXT)]


def _name_text(value: str) -> str:
    """Names: letters of any script, spaces, hyphens, apostrophes and dots; no digits or emoji."""
    for ch in value:
        cat = unicodedata.category(ch)
        if not (cat.startswith("L") or cat.startswith("M") or ch in " -'’.ʼ"):
            raise ValueError(f"a name cannot contain {ch!r}")
    return value


NameText = Annotated[
    str,
    AfterValidator(_clean_text),
    AfterValidator(_single_line),
    AfterValidator(_name_text),
    Field(max_length=200),
]


def _country(value: str) -> str:
    from visadesk.case.countries import UnknownCountry, normalize

    try:
        return normalize(value)
    except UnknownCountry as exc:
        raise ValueError(str(exc)) from None


CountryCode = Annotated[str, AfterValidator(_country)]


def _phone(value: str) -> str:
    import phonenumbers

    value = value.strip()
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        raise ValueError(
            "is not a phone number; write it with the country code, e.g. +33 6 12 34 56 78"
        ) from None
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        raise ValueError(f"{value!r} is not a valid phone number for its country code")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


Phone = Annotated[str, AfterValidator(_phone)]

_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")


def _email(value: str) -> str:
    value = value.strip()
    if not _EMAIL.match(value) or len(value) > 254:
        raise ValueError(f"{value!r} is not an e-mail address")
    return value


Email = Annotated[str, AfterValidator(_email)]


def _not_future(value: date | None, info: ValidationInfo) -> date | None:
    if value is not None and value > today():
        raise ValueError("cannot be in the future")
    return value


PastDate = Annotated[date, AfterValidator(_not_future)]


def _empty_to_none(value: Any) -> Any:
    return None if value == "" else value


# --- enumerations (stored values never change; labels are translated elsewhere) ---------------


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"
    UNSPECIFIED = "X"


class CivilStatus(StrEnum):
    SINGLE = "single"
    MARRIED = "married"
    REGISTERED_PARTNERSHIP = "registered_partnership"
    SEPARATED = "separated"
    DIVORCED = "divorced"
    WIDOWED = "widowed"
    OTHER = "other"


class DocumentType(StrEnum):
    ORDINARY_PASSPORT = "ordinary_passport"  # Russian "заграничный паспорт"
    DIPLOMATIC_PASSPORT = "diplomatic_passport"
    SERVICE_PASSPORT = "service_passport"
    OFFICIAL_PASSPORT = "official_passport"
    SPECIAL_PASSPORT = "special_passport"
    INTERNAL_PASSPORT = "internal_passport"  # Russian "внутренний паспорт"
    NATIONAL_ID = "national_id"
    BIRTH_CERTIFICATE = "birth_certificate"
    REFUGEE_TRAVEL_DOCUMENT = "refugee_travel_document"
    OTHER = "other"


TRAVEL_DOCUMENT_TYPES = frozenset(
    {
        DocumentType.ORDINARY_PASSPORT,
        DocumentType.DIPLOMATIC_PASSPORT,
        DocumentType.SERVICE_PASSPORT,
        DocumentType.OFFICIAL_PASSPORT,
        DocumentType.SPECIAL_PASSPORT,
        DocumentType.REFUGEE_TRAVEL_DOCUMENT,
        DocumentType.OTHER,
    }
)


class MilitaryStatus(StrEnum):
    NOT_SPECIFIED = "not_specified"  # the default: nothing is assumed for the person
    NONE = "none"
    CONSCRIPT = "conscript"
    RESERVIST = "reservist"
    MOBILISATION_NOTICE = "mobilisation_notice"
    EXEMPT = "exempt"
    DESERTED = "deserted"


class Relationship(StrEnum):
    """Relationship of an applicant to the sponsor (the relative already abroad)."""

    SPOUSE = "spouse"
    PARTNER = "partner"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    GRANDCHILD = "grandchild"
    GRANDPARENT = "grandparent"
    OTHER_RELATIVE = "other_relative"
    OTHER = "other"


class ResidenceStatus(StrEnum):
    """The sponsor's status in the destination country."""

    CITIZEN = "citizen"
    REFUGEE = "refugee"
    SUBSIDIARY_PROTECTION = "subsidiary_protection"
    ASYLUM_SEEKER = "asylum_seeker"
    HUMANITARIAN_VISA = "humanitarian_visa"
    RESIDENCE_PERMIT = "residence_permit"
    LONG_STAY_VISA = "long_stay_visa"
    OTHER = "other"


class TranslitScheme(StrEnum):
    """Cyrillic → Latin schemes found in Russian passports (newest first)."""

    ICAO = "icao_doc_9303"  # since 2013–2014 (FMS order 320 of 2012)
    GOST_52535 = "gost_52535"  # 2010–2013 passports (Ц → TC)
    MVD_310 = "mvd_310"  # 1997–2010 (Ю → YU, Я → YA)
    MVD_782 = "mvd_782"  # MVD order 782 of 2000: driving licences, not passports
    UA_2010 = "ua_kmu_55_2010"  # Ukrainian passports: Cabinet of Ministers Resolution 55 (2010)


class AttachmentKind(StrEnum):
    PHOTO = "photo"
    PASSPORT_SCAN = "passport_scan"
    DOCUMENT = "document"
