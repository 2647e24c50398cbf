"""The example family's account of the danger (fictional, like the family): the husband's
mobilisation summons and what followed, the brother's closed newspaper, "foreign agent" listing
and search. One of the husband's passages is left untranslated on purpose, so the example shows
how a letter marks what still needs a human translation. Ids are fixed (reproducible PDFs)."""

from __future__ import annotations

from datetime import date

from visadesk.case.account import (
    DangerAccount,
    DangerEvent,
    DocumentKind,
    EventKind,
    Evidence,
    Statement,
    Words,
)

HUSBAND_ID = "5b0a1c0e00000000000000000000a002"
BROTHER_ID = "5b0a1c0e00000000000000000000a003"


def _id(n: int) -> str:
    return f"5b0a1c0e0000000000000000000e{n:04d}"


def _ru(text: str, **translations: str) -> Words:
    return Words(text=text, lang="ru", translations=translations)  # type: ignore[arg-type]


def example_account() -> DangerAccount:
    evidence = [
        Evidence(
            id=_id(101),
            person_id=HUSBAND_ID,
            document=DocumentKind.SUMMONS,
            date=date(2026, 9, 22),
            shows=_ru(
                "Повестка о явке в военкомат для отправки к месту службы.",
                de="Einberufungsbescheid: Aufforderung, sich zur Entsendung zur Truppe beim "
                "Militärkommissariat zu melden.",
            ),
        ),
        Evidence(
            id=_id(102),
            person_id=HUSBAND_ID,
            document=DocumentKind.OTHER,
            date=date(2026, 9, 22),
            shows=_ru(
                "Снимок экрана: та же повестка в личном кабинете на Госуслугах.",
                de="Bildschirmfoto: derselbe Bescheid im persönlichen Konto bei Gosuslugi.",
            ),
        ),
        Evidence(
            id=_id(103),
            person_id=HUSBAND_ID,
            document=DocumentKind.OFFICIAL_LETTER,
            date=date(2026, 10, 20),
            shows=_ru(
                "Приказ об увольнении с завода.",
                de="Kündigungsverfügung des Werks.",
            ),
        ),
        Evidence(
            id=_id(104),
            person_id=HUSBAND_ID,
            document=DocumentKind.MARRIAGE_CERTIFICATE,
            date=date(2013, 6, 15),
            shows=_ru(
                "Свидетельство о браке с Юлией Подъячевой.",
                de="Heiratsurkunde mit Iuliia Podieiacheva.",
            ),
        ),
        Evidence(
            id=_id(201),
            person_id=BROTHER_ID,
            document=DocumentKind.OFFICIAL_LETTER,
            date=date(2025, 5, 12),
            shows=_ru(
                "Распечатка реестра «иностранных агентов» Минюста.",
                fr="Extrait imprimé du registre des « agents de l'étranger » du ministère de la "
                "Justice.",
            ),
        ),
        Evidence(
            id=_id(202),
            person_id=BROTHER_ID,
            document=DocumentKind.COURT_PAPER,
            date=date(2025, 11, 18),
            shows=_ru(
                "Протокол обыска.",
                fr="Procès-verbal de perquisition.",
            ),
        ),
        Evidence(
            id=_id(203),
            person_id=BROTHER_ID,
            document=DocumentKind.INTERNAL_PASSPORT,
            date=date(2016, 1, 20),
            shows=_ru(
                "Страницы внутреннего паспорта с регистрацией по месту жительства.",
                fr="Pages du passeport intérieur avec l'enregistrement du domicile.",
            ),
        ),
    ]
    events = [
        DangerEvent(
            id=_id(1),
            date=date(2026, 9, 22),
            place="Екатеринбург",
            kind=EventKind.SUMMONS,
            person_ids=[HUSBAND_ID],
            evidence_ids=[_id(101), _id(102)],
            description=_ru(
                "Повестку о мобилизации вручили на работе, в отделе кадров; в тот же день "
                "такая же повестка появилась в личном кабинете на Госуслугах.",
                de="Der Einberufungsbescheid wurde mir am Arbeitsplatz in der Personalabteilung "
                "übergeben; am selben Tag erschien derselbe Bescheid in meinem persönlichen "
                "Konto bei Gosuslugi.",
            ),
        ),
        DangerEvent(
            id=_id(2),
            date=date(2026, 10, 3),
            place="Екатеринбург",
            kind=EventKind.THREAT,
            person_ids=[HUSBAND_ID],
            description=_ru(
                "Сотрудники военкомата и полиции приходили домой, когда я не явился; соседям "
                "сказали, что меня будут искать."
            ),
        ),
        DangerEvent(
            id=_id(3),
            date=date(2026, 10, 20),
            place="Екатеринбург",
            kind=EventKind.DISMISSAL,
            person_ids=[HUSBAND_ID],
            evidence_ids=[_id(103)],
            description=_ru(
                "Уволен с завода «по собственному желанию» после давления руководства из-за "
                "неявки в военкомат.",
                de="Nach Druck der Werksleitung wegen meines Nichterscheinens beim "
                "Militärkommissariat wurde ich „auf eigenen Wunsch“ entlassen.",
            ),
        ),
        DangerEvent(
            id=_id(11),
            date=date(2024, 3, 14),
            date_precision="month",
            place="Екатеринбург",
            kind=EventKind.DISMISSAL,
            person_ids=[BROTHER_ID],
            description=_ru(
                "Издание «Вымысел», где я работал журналистом, закрыто после блокировки сайта; "
                "главный редактор уехал из страны.",
                fr="Le média « Vymysel », où je travaillais comme journaliste, a été fermé après "
                "le blocage de son site ; le rédacteur en chef a quitté le pays.",
            ),
        ),
        DangerEvent(
            id=_id(12),
            date=date(2025, 5, 12),
            place="Москва",
            kind=EventKind.FOREIGN_AGENT,
            person_ids=[BROTHER_ID],
            evidence_ids=[_id(201)],
            description=_ru(
                "Минюст внёс издание и меня лично в реестр «иностранных агентов».",
                fr="Le ministère de la Justice a inscrit le média et moi-même au registre des "
                "« agents de l'étranger ».",
            ),
        ),
        DangerEvent(
            id=_id(13),
            date=date(2025, 11, 18),
            place="Екатеринбург",
            kind=EventKind.SEARCH,
            person_ids=[BROTHER_ID],
            evidence_ids=[_id(202)],
            description=_ru(
                "Обыск в моей квартире по делу о «дискредитации армии»; изъяли ноутбук и телефон.",
                fr="Perquisition de mon appartement dans une affaire de « discrédit de l'armée » ; "
                "mon ordinateur portable et mon téléphone ont été saisis.",
            ),
        ),
        DangerEvent(
            id=_id(14),
            date=date(2026, 9, 30),
            place="Верхний Ларс",
            kind=EventKind.ATTEMPT_TO_LEAVE,
            person_ids=[BROTHER_ID],
            description=_ru(
                "На границе с Грузией меня задержали на шесть часов и допрашивали о работе.",
                fr="À la frontière géorgienne, j'ai été retenu six heures et interrogé sur mon "
                "travail.",
            ),
        ),
    ]
    statements = [
        Statement(
            person_id=HUSBAND_ID,
            place_of_signature="Екатеринбург",
            why_now=_ru(
                "Меня могут задержать в любой момент и отправить на фронт. Я отказываюсь "
                "участвовать в войне.",
                de="Ich kann jederzeit festgenommen und an die Front geschickt werden. Ich "
                "verweigere die Teilnahme am Krieg.",
            ),
            ties=_ru(
                "В Берлине живёт сестра моей жены, Мария Щукина; она готова дать обязательство "
                "о принятии расходов.",
                de="In Berlin lebt die Schwester meiner Frau, Mariia Shchukina; sie ist bereit, "
                "eine Verpflichtungserklärung abzugeben.",
            ),
        ),
        Statement(
            person_id=BROTHER_ID,
            place_of_signature="Ереван",
            why_now=_ru(
                "Как резервист я могу быть мобилизован в любой момент, а после обыска против "
                "меня может быть возбуждено уголовное дело.",
                fr="En tant que réserviste, je peux être mobilisé à tout moment, et une procédure "
                "pénale peut être ouverte contre moi à la suite de la perquisition.",
            ),
        ),
    ]
    return DangerAccount(events=events, evidence=evidence, statements=statements)
