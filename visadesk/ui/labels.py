"""The user's-language names of the model's choices (civil status, military situation, …).
Stored values stay the enum values; only what is shown is translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from visadesk.model import CivilStatus, MilitaryStatus, Relationship, ResidenceStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def civil_status() -> dict[CivilStatus, str]:
    return {
        CivilStatus.SINGLE: _t("Single"),
        CivilStatus.MARRIED: _t("Married"),
        CivilStatus.REGISTERED_PARTNERSHIP: _t("Registered partnership"),
        CivilStatus.SEPARATED: _t("Separated"),
        CivilStatus.DIVORCED: _t("Divorced"),
        CivilStatus.WIDOWED: _t("Widow(er)"),
        CivilStatus.OTHER: _t("Other"),
    }


def military_status() -> dict[MilitaryStatus, str]:
    return {
        MilitaryStatus.NONE: _t("Not liable / no military status"),
        MilitaryStatus.CONSCRIPT: _t("Conscription age (may be called up)"),
        MilitaryStatus.RESERVIST: _t("Reservist"),
        MilitaryStatus.MOBILISATION_NOTICE: _t("Mobilisation notice received"),
        MilitaryStatus.EXEMPT: _t("Exempt"),
        MilitaryStatus.DESERTED: _t("Left service without permission"),
    }


def relationship() -> dict[Relationship, str]:
    return {
        Relationship.SPOUSE: _t("Spouse"),
        Relationship.PARTNER: _t("Partner"),
        Relationship.CHILD: _t("Child"),
        Relationship.PARENT: _t("Parent"),
        Relationship.SIBLING: _t("Brother or sister"),
        Relationship.GRANDCHILD: _t("Grandchild"),
        Relationship.GRANDPARENT: _t("Grandparent"),
        Relationship.OTHER_RELATIVE: _t("Other relative"),
        Relationship.OTHER: _t("Other"),
    }


def residence_status() -> dict[ResidenceStatus, str]:
    return {
        ResidenceStatus.CITIZEN: _t("Citizen"),
        ResidenceStatus.REFUGEE: _t("Recognised refugee"),
        ResidenceStatus.SUBSIDIARY_PROTECTION: _t("Subsidiary protection"),
        ResidenceStatus.ASYLUM_SEEKER: _t("Asylum seeker"),
        ResidenceStatus.HUMANITARIAN_VISA: _t("Humanitarian visa"),
        ResidenceStatus.RESIDENCE_PERMIT: _t("Residence permit"),
        ResidenceStatus.LONG_STAY_VISA: _t("Long-stay visa"),
        ResidenceStatus.OTHER: _t("Other"),
    }
