"""Russian free-text values the consulate must read in its own language: occupations,
school/student, relationships, employer types (ООО, АО, ИП …) and passport authorities (МВД,
ФМС codes kept as printed in the passport: "MVD 66001").

A form's free-text field (see visadesk.forms.types.text_role) is printed in the form's
language: the person's own translation first (stored per application and language), else a
value found here, else — the translation missing — its transliteration, with a legal-form
abbreviation rendered with its equivalent and capitals as written; the wizard then asks for the
answer in the form's language beside the Russian original, and the applicant's checklist sheet
lists the field (visadesk.forms.engine, FieldResult.needs_translation). Names, places and
addresses are transliterated, as the passport spells them.
"""

from __future__ import annotations

import re

# Whole values (lower case, ё→е) → the form's language; the first print language wins.
TERMS: dict[str, dict[str, str]] = {
    "журналист": {"en": "Journalist", "fr": "Journaliste", "de": "Journalist"},
    "журналистка": {"en": "Journalist", "fr": "Journaliste", "de": "Journalistin"},
    "школьник": {"en": "Pupil", "fr": "Élève", "de": "Schüler"},
    "школьница": {"en": "Pupil", "fr": "Élève", "de": "Schülerin"},
    "ученик": {"en": "Pupil", "fr": "Élève", "de": "Schüler"},
    "ученица": {"en": "Pupil", "fr": "Élève", "de": "Schülerin"},
    "студент": {"en": "Student", "fr": "Étudiant", "de": "Student"},
    "студентка": {"en": "Student", "fr": "Étudiante", "de": "Studentin"},
    "инженер": {"en": "Engineer", "fr": "Ingénieur", "de": "Ingenieur"},
    "инженер-электрик": {"en": "Electrical engineer", "fr": "Ingénieur électricien", "de": "Elektroingenieur"},
    "программист": {"en": "Software developer", "fr": "Développeur", "de": "Softwareentwickler"},
    "врач": {"en": "Doctor", "fr": "Médecin", "de": "Arzt"},
    "учитель": {"en": "Teacher", "fr": "Enseignant", "de": "Lehrer"},
    "учительница": {"en": "Teacher", "fr": "Enseignante", "de": "Lehrerin"},
    "юрист": {"en": "Lawyer", "fr": "Juriste", "de": "Jurist"},
    "бухгалтер": {"en": "Accountant", "fr": "Comptable", "de": "Buchhalter"},
    "менеджер": {"en": "Manager", "fr": "Responsable", "de": "Manager"},
    "водитель": {"en": "Driver", "fr": "Chauffeur", "de": "Fahrer"},
    "переводчик": {"en": "Translator", "fr": "Traducteur", "de": "Übersetzer"},
    "переводчица": {"en": "Translator", "fr": "Traductrice", "de": "Übersetzerin"},
    "пенсионер": {"en": "Retired", "fr": "Retraité", "de": "Rentner"},
    "пенсионерка": {"en": "Retired", "fr": "Retraitée", "de": "Rentnerin"},
    "безработный": {"en": "Unemployed", "fr": "Sans emploi", "de": "Arbeitslos"},
    "безработная": {"en": "Unemployed", "fr": "Sans emploi", "de": "Arbeitslos"},
    "домохозяйка": {"en": "Homemaker", "fr": "Femme au foyer", "de": "Hausfrau"},
    "дошкольник": {"en": "Pre-school child", "fr": "Enfant d'âge préscolaire", "de": "Vorschulkind"},
    "предприниматель": {"en": "Entrepreneur", "fr": "Entrepreneur", "de": "Unternehmer"},
    "индивидуальный предприниматель": {"en": "Sole proprietor", "fr": "Entrepreneur individuel", "de": "Einzelunternehmer"},
    "самозанятый": {"en": "Self-employed", "fr": "Travailleur indépendant", "de": "Selbstständig"},
    "брат": {"en": "Brother", "fr": "Frère", "de": "Bruder"},
    "сестра": {"en": "Sister", "fr": "Sœur", "de": "Schwester"},
    "сын": {"en": "Son", "fr": "Fils", "de": "Sohn"},
    "дочь": {"en": "Daughter", "fr": "Fille", "de": "Tochter"},
    "мать": {"en": "Mother", "fr": "Mère", "de": "Mutter"},
    "отец": {"en": "Father", "fr": "Père", "de": "Vater"},
    "муж": {"en": "Husband", "fr": "Mari", "de": "Ehemann"},
    "жена": {"en": "Wife", "fr": "Épouse", "de": "Ehefrau"},
}  # fmt: skip

# Russian legal forms of an employer, printed as the Latin abbreviation with its equivalent.
LEGAL_FORMS: dict[str, dict[str, str]] = {
    "ооо": {"en": "OOO (LLC)", "fr": "OOO (SARL)", "de": "OOO (GmbH)"},
    "ао": {"en": "AO (JSC)", "fr": "AO (SA)", "de": "AO (AG)"},
    "пао": {"en": "PAO (public JSC)", "fr": "PAO (SA cotée)", "de": "PAO (börsennotierte AG)"},
    "зао": {"en": "ZAO (closed JSC)", "fr": "ZAO (SA fermée)", "de": "ZAO (geschlossene AG)"},
    "оао": {"en": "OAO (open JSC)", "fr": "OAO (SA ouverte)", "de": "OAO (offene AG)"},
    "ип": {"en": "IP (sole proprietor)", "fr": "IP (entrepreneur individuel)", "de": "IP (Einzelunternehmer)"},
    "гбоу": {"en": "GBOU (state school)", "fr": "GBOU (école publique)", "de": "GBOU (staatliche Schule)"},
    "моу": {"en": "MOU (municipal school)", "fr": "MOU (école municipale)", "de": "MOU (städtische Schule)"},
}  # fmt: skip

# Passport authorities keep the abbreviation and the code as printed in the passport.
AUTHORITIES: dict[str, str] = {
    "мвд": "MVD",
    "фмс": "FMS",
    "уфмс": "UFMS",
    "гувм": "GUVM",
    "гу": "GU",
    "умвд": "UMVD",
    "омвд": "OMVD",
}

_CYR = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")


def lookup(text: str, langs: tuple[str, ...]) -> str | None:
    """The whole value in the form's first print language, if the vocabulary has it."""
    key = text.strip().lower().replace("ё", "е")
    entry = TERMS.get(key)
    if entry is None:
        return None
    for lang in langs:
        if lang in entry:
            return entry[lang]
    return entry["en"]


def word(token: str, langs: tuple[str, ...]) -> str | None:
    """One word that is an employer's legal form or a passport authority, as printed."""
    key = token.lower().replace("ё", "е")
    if key in LEGAL_FORMS:
        entry = LEGAL_FORMS[key]
        return next((entry[lg] for lg in langs if lg in entry), entry["en"])
    if key in AUTHORITIES:
        return AUTHORITIES[key]
    return None


def needs_translation(text: str) -> bool:
    """True when a free-text answer is Russian (Cyrillic) and not in the vocabulary: the wizard
    asks for it in the form's language, showing the original beside it."""
    return bool(_CYR.search(text or "")) and lookup(text, ("en",)) is None
