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
