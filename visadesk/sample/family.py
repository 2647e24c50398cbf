"""A fictional sample family (no real person): the example case, the demo vault and the tests.

Yulia, the sponsor, reached France on a humanitarian visa in 2023 and has refugee status. Her
husband Yaroslav, still in Russia, received a mobilisation notice; her brother Fyodor and her
son Artyom (a minor) want to join her. The names exercise Щ, Ю, Я, Ё, Ъ and Ь.
Ids are fixed so the example is reproducible (same case → same PDF bytes).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from visadesk.case.fields import (
    CivilStatus,
    DocumentType,
    MilitaryStatus,
    Relationship,
    ResidenceStatus,
    Sex,
)
from visadesk.case.model import (
    Address,
    Application,
    Case,
    Guardian,
    MilitaryService,
    Person,
    Sponsor,
    TravelDocument,
)

SPONSOR_ID = "5b0a1c0e00000000000000000000a001"
HUSBAND_ID = "5b0a1c0e00000000000000000000a002"
BROTHER_ID = "5b0a1c0e00000000000000000000a003"
SON_ID = "5b0a1c0e00000000000000000000a004"
CASE_ID = "5b0a1c0e0000000000000000000c0001"

_STAMP = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)

EKATERINBURG = Address(
    street="ул. Малышева, д. 51, кв. 17",
    postal_code="620014",
    city="Екатеринбург",
    region="Свердловская область",
    country="RUS",
)


def _passport(number: str, issued: date, authority: str = "МВД 66001") -> TravelDocument:
    return TravelDocument(
        type=DocumentType.ORDINARY_PASSPORT,
        number=number,
        issuing_country="RUS",
        issuing_authority=authority,
        issue_date=issued,
        expiry_date=date(issued.year + 10, issued.month, issued.day),
    )


def sponsor() -> Sponsor:
    return Sponsor(
        id=SPONSOR_ID,
        surname="Подъячева",
        given_names="Юлия",
        patronymic="Андреевна",
        surname_at_birth="Щукина",
        military=MilitaryService(status=MilitaryStatus.NONE),
        sex=Sex.FEMALE,
        date_of_birth=date(1990, 4, 17),
        place_of_birth="Свердловск",
        country_of_birth="SUN",
        nationality="RUS",
        nationality_at_birth="SUN",
        civil_status=CivilStatus.MARRIED,
        documents=[_passport("751234560", date(2019, 6, 3))],
        address=Address(
            street="14 rue des Tilleuls, appartement 3",
            postal_code="69003",
            city="Lyon",
            country="FRA",
        ),
        phone="+33 6 12 34 56 78",
        email="yulia.podieiacheva@example.org",
        occupation="Interprète",
        employer="Association d'aide fictive, Lyon",
        residence_country="FRA",
        residence_status=ResidenceStatus.REFUGEE,
        residence_status_detail="Visa D « asile » (2023), statut de réfugiée (OFPRA, 2024)",
        residence_permit_number="6912345678",
        residence_permit_valid_until=date(2034, 3, 1),
        arrival_date=date(2023, 2, 14),
    )


def husband() -> Person:
    return Person(
        id=HUSBAND_ID,
        surname="Подъячев",
        given_names="Ярослав",
        patronymic="Ильич",
        sex=Sex.MALE,
        date_of_birth=date(1987, 11, 30),
        place_of_birth="Свердловск",
        country_of_birth="SUN",
        nationality="RUS",
        nationality_at_birth="SUN",
        civil_status=CivilStatus.MARRIED,
        national_id_number="6510 482913",
        documents=[_passport("752345671", date(2021, 9, 14))],
        address=EKATERINBURG,
        phone="+7 912 345-67-89",
        email="yaroslav.podieiachev@example.org",
        occupation="Инженер-электрик",
        employer="ООО «Вымышленный завод», Екатеринбург",
        relationship_to_sponsor=Relationship.SPOUSE,
        military=MilitaryService(
            status=MilitaryStatus.MOBILISATION_NOTICE,
            reservist_category="запас 1-го разряда, категория годности А",
            notice_date=date(2026, 9, 22),
            notes="Повестка вручена по месту работы; электронная повестка на Госуслугах.",
        ),
    )


def brother() -> Person:
    return Person(
        id=BROTHER_ID,
        surname="Щукин",
        given_names="Фёдор",
        patronymic="Андреевич",
        sex=Sex.MALE,
        date_of_birth=date(1996, 1, 9),
        place_of_birth="Екатеринбург",
        country_of_birth="RUS",
        nationality="RUS",
        civil_status=CivilStatus.SINGLE,
        documents=[_passport("753456782", date(2022, 2, 28), "МВД 66010")],
        address=Address(
            street="ул. Щорса, д. 7, кв. 102",
            postal_code="620142",
            city="Екатеринбург",
            country="RUS",
        ),
        phone="+7 922 111-22-33",
        email="fyodor.shchukin@example.org",
        occupation="Журналист",
        employer="Независимое издание «Вымысел» (закрыто в 2024)",
        relationship_to_sponsor=Relationship.SIBLING,
        military=MilitaryService(status=MilitaryStatus.RESERVIST, reservist_category="запас, Б"),
    )


def son() -> Person:
    return Person(
        id=SON_ID,
        surname="Подъячев",
        given_names="Артём",
        patronymic="Ярославович",
        sex=Sex.MALE,
        military=MilitaryService(status=MilitaryStatus.NONE),
        date_of_birth=date(2014, 7, 21),
        place_of_birth="Екатеринбург",
        country_of_birth="RUS",
        nationality="RUS",
        civil_status=CivilStatus.SINGLE,
        documents=[_passport("754567893", date(2024, 8, 1))],
        address=EKATERINBURG,
        occupation="Школьник",
        employer="Школа № 0, Екатеринбург",
        relationship_to_sponsor=Relationship.CHILD,
        guardians=[
            Guardian(person_id=SPONSOR_ID, relationship="мать"),
            Guardian(person_id=HUSBAND_ID, relationship="отец"),
        ],
    )


def example_applications() -> list[Application]:
    """The husband: Germany national (§ 22) sheet; the brother: Schengen LTV for France; the
    son: France long stay with his mother as sponsor. Answers hold what the profile cannot."""
    from visadesk.sample.answers import ANSWERS

    apps = []
    for app_id, person_id, form_id in (
        ("5b0a1c0e0000000000000000000a0001", HUSBAND_ID, "de-videx-national"),
        ("5b0a1c0e0000000000000000000a0002", BROTHER_ID, "schengen-c"),
        ("5b0a1c0e0000000000000000000a0003", SON_ID, "fr-long-stay"),
    ):
        apps.append(
            Application(
                id=app_id,
                person_id=person_id,
                form_id=form_id,
                answers=dict(ANSWERS.get(form_id, {})),
                created_at=_STAMP,
                updated_at=_STAMP,
            )
        )
    return apps


def example_case() -> Case:
    from visadesk.sample.account import example_account

    return Case(
        id=CASE_ID,
        title="Семья Подъячевых — воссоединение во Франции",
        sponsor=sponsor(),
        applicants=[husband(), brother(), son()],
        applications=example_applications(),
        account=example_account(),
        notes="Вымышленная семья для примера. Fictional family for testing.",
        created_at=_STAMP,
        updated_at=_STAMP,
    )
