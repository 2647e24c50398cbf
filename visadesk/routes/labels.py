"""The few fixed words around route advice (headings, point names, confidence), in the five
interface languages. Everything else shown comes from the facts' own statements."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "warnings": {
        "en": "Warnings",
        "ru": "Предупреждения",
        "uk": "Попередження",
        "fr": "Avertissements",
        "de": "Warnungen",
    },
    "exits": {
        "en": "Visa-free exits open to you",
        "ru": "Доступные безвизовые направления",
        "uk": "Доступні безвізові напрямки",
        "fr": "Pays sans visa accessibles",
        "de": "Für Sie offene visumfreie Ziele",
    },
    "routes": {
        "en": "Protection and visa routes",
        "ru": "Пути защиты и визы",
        "uk": "Шляхи захисту та візи",
        "fr": "Voies de protection et visas",
        "de": "Schutz- und Visumwege",
    },
    "none": {
        "en": "None found for the answers given.",
        "ru": "Для данных ответов ничего не найдено.",
        "uk": "Для наданих відповідей нічого не знайдено.",
        "fr": "Rien trouvé pour les réponses données.",
        "de": "Für die Antworten nichts gefunden.",
    },
    "documents": {
        "en": "Documents",
        "ru": "Документы",
        "uk": "Документи",
        "fr": "Documents",
        "de": "Dokumente",
    },
    "stay": {
        "en": "Stay",
        "ru": "Срок пребывания",
        "uk": "Строк перебування",
        "fr": "Séjour",
        "de": "Aufenthalt",
    },
    "registration": {
        "en": "Registration",
        "ru": "Регистрация",
        "uk": "Реєстрація",
        "fr": "Enregistrement",
        "de": "Registrierung",
    },
    "who": {
        "en": "Who may use it",
        "ru": "Кто может",
        "uk": "Хто може",
        "fr": "Qui peut y recourir",
        "de": "Wer kann es nutzen",
    },
    "where": {
        "en": "Where to apply",
        "ru": "Куда подавать",
        "uk": "Куди подавати",
        "fr": "Où déposer",
        "de": "Wo beantragen",
    },
    "third_country": {
        "en": "Applying from a third country",
        "ru": "Подача из третьей страны",
        "uk": "Подання з третьої країни",
        "fr": "Demande depuis un pays tiers",
        "de": "Antrag aus einem Drittstaat",
    },
    "cost": {"en": "Cost", "ru": "Стоимость", "uk": "Вартість", "fr": "Coût", "de": "Kosten"},
    "duration": {
        "en": "Duration (as reported)",
        "ru": "Срок (по сообщениям)",
        "uk": "Строк (за повідомленнями)",
        "fr": "Délai (tel que rapporté)",
        "de": "Dauer (laut Berichten)",
    },
    "chance": {
        "en": "Chance (never a promise)",
        "ru": "Шансы (без гарантий)",
        "uk": "Шанси (без гарантій)",
        "fr": "Chances (jamais une promesse)",
        "de": "Aussichten (nie ein Versprechen)",
    },
    "warning": {
        "en": "Warning",
        "ru": "Внимание",
        "uk": "Увага",
        "fr": "Attention",
        "de": "Achtung",
    },
    "facts": {"en": "Facts", "ru": "Факты", "uk": "Факти", "fr": "Faits", "de": "Fakten"},
    "unconfirmed": {
        "en": "unconfirmed — check with",
        "ru": "не подтверждено — уточните у",
        "uk": "не підтверджено — уточніть у",
        "fr": "non confirmé — vérifiez auprès",
        "de": "nicht bestätigt — prüfen bei",
    },
    "stale": {
        "en": "may be out of date",
        "ru": "может быть устаревшим",
        "uk": "може бути застарілим",
        "fr": "peut être périmé",
        "de": "möglicherweise veraltet",
    },
    "official": {
        "en": "official source",
        "ru": "официальный источник",
        "uk": "офіційне джерело",
        "fr": "source officielle",
        "de": "amtliche Quelle",
    },
    "two_secondary": {
        "en": "two independent secondary sources",
        "ru": "два независимых вторичных источника",
        "uk": "два незалежні вторинні джерела",
        "fr": "deux sources secondaires indépendantes",
        "de": "zwei unabhängige Sekundärquellen",
    },
    "sources": {
        "en": "Sources",
        "ru": "Источники",
        "uk": "Джерела",
        "fr": "Sources",
        "de": "Quellen",
    },
    "checked": {
        "en": "checked",
        "ru": "проверено",
        "uk": "перевірено",
        "fr": "vérifié le",
        "de": "geprüft am",
    },
    "checklist": {
        "en": "Border checklist",
        "ru": "Памятка для границы",
        "uk": "Пам'ятка для кордону",
        "fr": "Liste pour la frontière",
        "de": "Grenz-Checkliste",
    },
    "form": {"en": "Form", "ru": "Анкета", "uk": "Анкета", "fr": "Formulaire", "de": "Formular"},
    "plan_title": {
        "en": "Where can I go? — plan",
        "ru": "Куда можно уехать? — план",
        "uk": "Куди можна поїхати? — план",
        "fr": "Où puis-je aller ? — plan",
        "de": "Wohin kann ich? — Plan",
    },
    "made_on": {
        "en": "Made on",
        "ru": "Составлено",
        "uk": "Складено",
        "fr": "Établi le",
        "de": "Erstellt am",
    },
    "disclaimer": {
        "en": "Rules change often. This plan states what the sources say, never a promise: confirm with the official source before you travel.",
        "ru": "Правила часто меняются. Этот план передаёт то, что говорят источники, и ничего не обещает: перед поездкой проверьте по официальному источнику.",
        "uk": "Правила часто змінюються. Цей план передає те, що кажуть джерела, і нічого не обіцяє: перед поїздкою перевірте за офіційним джерелом.",
        "fr": "Les règles changent souvent. Ce plan dit ce que disent les sources, sans rien promettre : vérifiez auprès de la source officielle avant le départ.",
        "de": "Regeln ändern sich oft. Dieser Plan gibt wieder, was die Quellen sagen, und verspricht nichts: vor der Reise bei der amtlichen Quelle prüfen.",
    },
    "volunteer": {
        "en": "rule from",
        "ru": "правило из",
        "uk": "правило з",
        "fr": "règle de",
        "de": "Regel aus",
    },
}


def label(key: str, lang: str) -> str:
    words = LABELS[key]
    return words.get(lang) or words["en"]
