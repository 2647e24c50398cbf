"""The user's-language names of the model's choices (civil status, military situation, …).
Stored values stay the enum values; only what is shown is translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from visadesk.case.model import CivilStatus, MilitaryStatus, Relationship, ResidenceStatus

translate = QCoreApplication.translate


def civil_status() -> dict[CivilStatus, str]:
    return {
        CivilStatus.SINGLE: translate("Labels", "Single"),
        CivilStatus.MARRIED: translate("Labels", "Married"),
        CivilStatus.REGISTERED_PARTNERSHIP: translate("Labels", "Registered partnership"),
        CivilStatus.SEPARATED: translate("Labels", "Separated"),
        CivilStatus.DIVORCED: translate("Labels", "Divorced"),
        CivilStatus.WIDOWED: translate("Labels", "Widow(er)"),
        CivilStatus.OTHER: translate("Labels", "Other"),
    }


def military_status() -> dict[MilitaryStatus, str]:
    return {
        MilitaryStatus.NOT_SPECIFIED: translate("Labels", "Not specified"),
        MilitaryStatus.NONE: translate("Labels", "Not liable / no military status"),
        MilitaryStatus.CONSCRIPT: translate("Labels", "Conscription age (may be called up)"),
        MilitaryStatus.RESERVIST: translate("Labels", "Reservist"),
        MilitaryStatus.MOBILISATION_NOTICE: translate("Labels", "Mobilisation notice received"),
        MilitaryStatus.EXEMPT: translate("Labels", "Exempt"),
        MilitaryStatus.DESERTED: translate("Labels", "Left service without permission"),
    }


def relationship() -> dict[Relationship, str]:
    return {
        Relationship.SPOUSE: translate("Labels", "Spouse"),
        Relationship.PARTNER: translate("Labels", "Partner"),
        Relationship.CHILD: translate("Labels", "Child"),
        Relationship.PARENT: translate("Labels", "Parent"),
        Relationship.SIBLING: translate("Labels", "Brother or sister"),
        Relationship.GRANDCHILD: translate("Labels", "Grandchild"),
        Relationship.GRANDPARENT: translate("Labels", "Grandparent"),
        Relationship.OTHER_RELATIVE: translate("Labels", "Other relative"),
        Relationship.OTHER: translate("Labels", "Other"),
    }


def residence_status() -> dict[ResidenceStatus, str]:
    return {
        ResidenceStatus.CITIZEN: translate("Labels", "Citizen"),
        ResidenceStatus.REFUGEE: translate("Labels", "Recognised refugee"),
        ResidenceStatus.SUBSIDIARY_PROTECTION: translate("Labels", "Subsidiary protection"),
        ResidenceStatus.ASYLUM_SEEKER: translate("Labels", "Asylum seeker"),
        ResidenceStatus.HUMANITARIAN_VISA: translate("Labels", "Humanitarian visa"),
        ResidenceStatus.RESIDENCE_PERMIT: translate("Labels", "Residence permit"),
        ResidenceStatus.LONG_STAY_VISA: translate("Labels", "Long-stay visa"),
        ResidenceStatus.OTHER: translate("Labels", "Other"),
    }


def ui_language() -> str:
    """The interface's language now ("en", "ru", "uk", "fr", "de"), as ui.i18n installed it."""
    from PySide6.QtCore import QLocale

    code = QLocale().name().split("_", 1)[0]
    return code if code in ("ru", "uk", "fr", "de") else "en"  # "C", a language we lack: English


def _plain(label: str) -> str:
    """A form label as a name: no mnemonic, no format hint ("&Date of birth (DD.MM.YYYY)" ->
    "Date of birth")."""
    import re

    text = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"\s*\([^()]*\)\s*$", "", text).strip()


def editor_field_names() -> dict[str, str]:
    """The data's field names as the person and sponsor editors label them (same translations,
    so a message names a field the way the screen does)."""
    names = {
        "surname": translate("PersonEditor", "&Surname (as you write it)"),
        "given_names": translate("PersonEditor", "&Given names"),
        "patronymic": translate("PersonEditor", "Patron&ymic"),
        "translit_scheme": translate("PersonEditor", "Passport spelling scheme"),
        "latin_surname": translate("PersonEditor", "Latin surname e&xactly as printed"),
        "latin_given_names": translate("PersonEditor", "Latin given names exactly as printed"),
        "surname_at_birth": translate("PersonEditor", "Surname at birth"),
        "sex": translate("PersonEditor", "Sex"),
        "date_of_birth": translate("PersonEditor", "&Date of birth (DD.MM.YYYY)"),
        "place_of_birth": translate("PersonEditor", "Place of birth"),
        "country_of_birth": translate("PersonEditor", "Country of birth"),
        "nationality": translate("PersonEditor", "Nat&ionality"),
        "nationality_at_birth": translate("PersonEditor", "Nationality at birth"),
        "civil_status": translate("PersonEditor", "Civil status"),
        "civil_status_other": translate("PersonEditor", "Civil status, if other"),
        "national_id_number": translate("PersonEditor", "National identity number"),
        "number": translate("PersonEditor", "Passport &number"),
        "issuing_country": translate("PersonEditor", "Issuing country"),
        "issuing_authority": translate("PersonEditor", "Issuing authority"),
        "issue_date": translate("PersonEditor", "Date of issue (DD.MM.YYYY)"),
        "expiry_date": translate("PersonEditor", "Valid until (DD.MM.YYYY)"),
        "phone": translate("PersonEditor", "P&hone (with country code)"),
        "email": translate("PersonEditor", "&E-mail"),
        "occupation": translate("PersonEditor", "Occupation"),
        "employer": translate("PersonEditor", "Employer or school"),
        "address": translate("PersonEditor", "Home address"),
        "street": translate("PersonEditor", "Street and number"),
        "postal_code": translate("PersonEditor", "Postal code"),
        "city": translate("PersonEditor", "&City"),
        "region": translate("PersonEditor", "Region"),
        "country": translate("PersonEditor", "Country"),
        "relationship_to_sponsor": translate("PersonEditor", "Relationship to the sponsor"),
        "military": translate("PersonEditor", "Military service"),
        "reservist_category": translate("PersonEditor", "Reserve category"),
        "notice_date": translate("PersonEditor", "Mobilisation notice received on (DD.MM.YYYY)"),
        "notes": translate("PersonEditor", "Notes"),
        "residence_country": translate("PersonEditor", "Country of residence"),
        "residence_status": translate("PersonEditor", "Residence status"),
        "residence_status_detail": translate("PersonEditor", "Status details"),
        "residence_permit_number": translate("PersonEditor", "Residence permit number"),
        "residence_permit_valid_until": translate(
            "PersonEditor", "Permit valid until (DD.MM.YYYY)"
        ),
        "arrival_date": translate("PersonEditor", "Arrived on (DD.MM.YYYY)"),
    }
    return {name: _plain(label) for name, label in names.items()}


def field_path(path: str) -> str:
    """A field path of the data (``applicants[0].documents[0].expiry_date``) as the user reads
    it in the interface's language: "Заявитель 1 › Документ 1 › Действителен до"."""
    from visadesk.messages import field_label

    return field_label(path, ui_language(), names=editor_field_names())
