"""Country codes: ISO 3166 alpha-3 as the stored form (as in passports' MRZ), from pycountry's
data (:mod:`visadesk.case.iso3166`).

Historic codes that documents still carry are accepted (SUN for births in the USSR, YUG, CSK,
DDR …), as are the ICAO 9303 codes for stateless persons and refugees. Alpha-2 input is accepted
and normalised to alpha-3, so ``"RU"``, ``"rus"`` and ``"RUS"`` all store as ``"RUS"``.

People see and type names, never codes: :func:`display_name` gives the name people say in
en/ru/uk/fr/de ("Россия", "USSR"; :data:`COMMON_NAMES` where the catalogue's differs),
:func:`parse_country` turns a typed name (or a code) back into its code, and :func:`choices`
is what a list offers. The desktop app and the command line both use them.
"""

from __future__ import annotations

import functools
import gettext

from visadesk.case import iso3166
from visadesk.errors import VisaDeskError
from visadesk.messages import PROBLEMS

# ICAO Doc 9303 part 3, codes that are not ISO 3166 countries; "D" is Germany in MRZs.
ICAO_SPECIAL: dict[str, str] = {
    "XXA": "Stateless person",
    "XXB": "Refugee (1951 Convention)",
    "XXC": "Refugee (other)",
    "XXX": "Person of unspecified nationality",
}
MRZ_ALIASES: dict[str, str] = {"D": "DEU"}


class UnknownCountry(VisaDeskError, ValueError):
    """``value`` is the text that is not a country; keyed (``problem.unknown_country``), so the
    UI and the CLI say it in the user's language, naming ``field`` when one is given."""

    key = "problem.unknown_country"

    def __init__(self, message: str, value: str = "", *, field: str | None = None) -> None:
        super().__init__(message, field=field, params={"value": value})
        self.value = value


@functools.lru_cache(maxsize=4096)
def normalize(code: str) -> str:
    """Return the alpha-3 code for ``code`` (alpha-2, alpha-3 or historic); raise UnknownCountry."""
    raw = code.strip().upper().replace("<", "")
    if raw in MRZ_ALIASES:
        return MRZ_ALIASES[raw]
    if raw in ICAO_SPECIAL:
        return raw
    key = {2: "alpha_2", 3: "alpha_3"}.get(len(raw))
    country = None
    if key is not None:
        country = iso3166.get("3166-1", key, raw) or iso3166.get("3166-3", key, raw)
    if country is None:
        raise UnknownCountry(f"{code!r} is not an ISO 3166 country code", code)
    return country["alpha_3"]


def is_historic(code: str) -> bool:
    return (
        iso3166.get("3166-1", "alpha_3", normalize(code)) is None
        and normalize(code) not in ICAO_SPECIAL
    )


@functools.lru_cache(maxsize=8)
def _translation(lang: str) -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", iso3166.locales_dir(), languages=[lang])
    except OSError:
        return gettext.NullTranslations()


@functools.lru_cache(maxsize=8)
def _historic_translation(lang: str) -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-3", iso3166.locales_dir(), languages=[lang])
    except OSError:
        return gettext.NullTranslations()


# Names as forms and consulates write them where ISO's catalogue differs (historic short names,
# names ISO gives in a politically loaded form).
AS_WRITTEN: dict[str, dict[str, str]] = {
    "SUN": {"en": "USSR", "fr": "URSS", "de": "UdSSR", "ru": "СССР", "uk": "СРСР"},
    "TWN": {"en": "Taiwan", "fr": "Taïwan", "de": "Taiwan", "ru": "Тайвань", "uk": "Тайвань"},
    "SYR": {"fr": "République arabe syrienne"},
    "LAO": {"fr": "République démocratique populaire lao"},
}


def _uninvert(text: str, lang: str) -> str:
    """ISO's inverted official names in the order a form writes them: "Russie, Fédération de"
    → "Fédération de Russie", "Moldau, Republik" → "Republik Moldau"."""
    if ", " not in text or lang not in ("en", "fr", "de"):
        return text
    head, tail = text.split(", ", 1)
    if lang == "en":
        return f"{tail} {head}" if tail.rsplit(" ", 1)[-1] in ("of", "the") else text
    if lang == "fr":
        if tail.endswith("d'"):
            return f"{tail}{head}"
        if tail.rsplit(" ", 1)[-1] in ("de", "du", "des"):
            return f"{tail} {head}"
        return text
    return f"{tail} {head}"


def name(code: str, lang: str = "en") -> str:
    """The country's name in ``lang`` (en, ru, uk, fr, de …) as a form writes it (never an
    inverted official name), from pycountry's catalogues."""
    a3 = normalize(code)
    written = AS_WRITTEN.get(a3, {}).get(lang)
    if written:
        return written
    return _uninvert(_catalogue_name(a3, lang), lang)


def _catalogue_name(a3: str, lang: str) -> str:
    if a3 in ICAO_SPECIAL:
        return ICAO_SPECIAL[a3]
    country = iso3166.get("3166-1", "alpha_3", a3)
    if country is not None:
        english = country.get("common_name") or country["name"]
        if lang == "en":
            return english
        translated = _translation(lang).gettext(country["name"])
        return translated if translated != country["name"] else english
    hist = iso3166.get("3166-3", "alpha_3", a3)
    if hist is None:
        raise UnknownCountry(a3, a3)
    english = hist["name"]
    if lang == "en":
        return english
    return _historic_translation(lang).gettext(english)


def alpha2(code: str) -> str | None:
    """Alpha-2 for a current country (None for historic or ICAO-only codes)."""
    country = iso3166.get("3166-1", "alpha_3", normalize(code))
    return country["alpha_2"] if country else None


def all_codes(include_historic: bool = True) -> list[str]:
    """Every accepted alpha-3 code, current first, then historic, then ICAO's special codes."""
    codes = sorted(c["alpha_3"] for c in iso3166.entries("3166-1"))
    if include_historic:
        codes += sorted(
            c["alpha_3"] for c in iso3166.entries("3166-3") if c["alpha_3"] not in codes
        )
    codes += list(ICAO_SPECIAL)
    return codes


# --- names as people say them, and typed names back to codes ----------------------------------

LANGS = ("en", "ru", "uk", "fr", "de")

# The common name people say where the catalogue's (a form's) name is longer, historic or an
# ICAO code: "Russia", not "Russian Federation"; "USSR", not "Union of Soviet Socialist
# Republics". The one table of these names (the UI's lists and the CLI use it).
COMMON_NAMES: dict[str, dict[str, str]] = {
    "SUN": AS_WRITTEN["SUN"],
    "YUG": {
        "en": "Yugoslavia",
        "ru": "Югославия",
        "uk": "Югославія",
        "fr": "Yougoslavie",
        "de": "Jugoslawien",
    },
    "CSK": {
        "en": "Czechoslovakia",
        "ru": "Чехословакия",
        "uk": "Чехословаччина",
        "fr": "Tchécoslovaquie",
        "de": "Tschechoslowakei",
    },
    "DDR": {
        "en": "East Germany (GDR)",
        "ru": "ГДР",
        "uk": "НДР",
        "fr": "RDA (Allemagne de l’Est)",
        "de": "DDR",
    },
    "XXA": {
        "en": "Stateless person",
        "ru": "Лицо без гражданства",
        "uk": "Особа без громадянства",
        "fr": "Apatride",
        "de": "Staatenlos",
    },
    "XXB": {
        "en": "Refugee (1951 Convention)",
        "ru": "Беженец (Конвенция 1951 г.)",
        "uk": "Біженець (Конвенція 1951 р.)",
        "fr": "Réfugié (Convention de 1951)",
        "de": "Flüchtling (Konvention von 1951)",
    },
    "XXC": {
        "en": "Refugee (other)",
        "ru": "Беженец (иное)",
        "uk": "Біженець (інше)",
        "fr": "Réfugié (autre)",
        "de": "Flüchtling (sonstige)",
    },
    "XXX": {
        "en": "Nationality not specified",
        "ru": "Гражданство не указано",
        "uk": "Громадянство не вказано",
        "fr": "Nationalité non précisée",
        "de": "Staatsangehörigkeit nicht angegeben",
    },
    # current countries whose catalogue name is not what people say
    "RUS": {"en": "Russia", "ru": "Россия", "uk": "Росія", "fr": "Russie", "de": "Russland"},
    "MDA": {"en": "Moldova", "ru": "Молдова", "uk": "Молдова", "fr": "Moldavie", "de": "Moldau"},
    "IRN": {"en": "Iran", "ru": "Иран", "uk": "Іран", "fr": "Iran", "de": "Iran"},
    "SYR": {"en": "Syria", "ru": "Сирия", "uk": "Сирія", "fr": "Syrie", "de": "Syrien"},
    "KOR": {
        "en": "South Korea",
        "ru": "Южная Корея",
        "uk": "Південна Корея",
        "fr": "Corée du Sud",
        "de": "Südkorea",
    },
    "PRK": {
        "en": "North Korea",
        "ru": "КНДР",
        "uk": "КНДР",
        "fr": "Corée du Nord",
        "de": "Nordkorea",
    },
    "VNM": {"en": "Vietnam", "ru": "Вьетнам", "uk": "В’єтнам", "fr": "Viêt Nam", "de": "Vietnam"},
    "VEN": {
        "en": "Venezuela",
        "ru": "Венесуэла",
        "uk": "Венесуела",
        "fr": "Venezuela",
        "de": "Venezuela",
    },
    "BOL": {"en": "Bolivia", "ru": "Боливия", "uk": "Болівія", "fr": "Bolivie", "de": "Bolivien"},
    "TZA": {
        "en": "Tanzania",
        "ru": "Танзания",
        "uk": "Танзанія",
        "fr": "Tanzanie",
        "de": "Tansania",
    },
}


def _lang(lang: str) -> str:
    code = (lang or "en").split("_")[0].split("-")[0].lower()
    return code if code in LANGS else "en"


def display_name(code: str, lang: str = "en") -> str:
    """The name people say for ``code`` in ``lang`` ("Россия", "USSR", "Stateless person"),
    never the code; a text that is no country code is given back as it is."""
    lang = _lang(lang)
    try:
        a3 = normalize(code)
    except UnknownCountry:
        return code
    common = COMMON_NAMES.get(a3)
    if common:
        return common.get(lang) or common["en"]
    return name(a3, lang)


@functools.lru_cache(maxsize=8)
def choices(lang: str = "en") -> tuple[tuple[str, str], ...]:
    """(name people say in ``lang``, alpha-3) for every country, sorted by name: current
    countries first, then historic ones and ICAO's special codes (what a list offers)."""
    lang = _lang(lang)
    current = set(all_codes(include_historic=False)) - set(ICAO_SPECIAL)

    def named(codes: list[str]) -> list[tuple[str, str]]:
        return sorted(((display_name(c, lang), c) for c in codes), key=lambda x: x[0].casefold())

    everything = all_codes(include_historic=True)
    return tuple(named([c for c in everything if c in current])) + tuple(
        named([c for c in everything if c not in current])
    )


def _fold(text: str) -> str:
    """Case, ё/е, apostrophes and spaces do not matter when a name is typed."""
    folded = " ".join(text.split()).casefold().replace("ё", "е")
    return folded.replace("’", "'").replace("ʼ", "'")


@functools.lru_cache(maxsize=8)
def _names(lang: str) -> tuple[tuple[str, str], ...]:
    """(folded name, alpha-3): the names people say and the catalogue's names (as a form
    writes them and as ISO lists them), in ``lang``."""
    out: dict[tuple[str, str], None] = {}
    for said, code in choices(lang):
        out[(_fold(said), code)] = None
    for code in all_codes(include_historic=True):
        out[(_fold(name(code, lang)), code)] = None
        out[(_fold(_catalogue_name(code, lang)), code)] = None
    return tuple(out)


MIN_PREFIX = 3


def parse_country(text: str, lang: str = "en", *, field: str | None = None) -> str:
    """The alpha-3 code of a typed country: a code ("RUS", "ru", "SUN"), or its name in
    ``lang`` or in English — the name people say or the catalogue's — whole or a beginning of
    at least three letters that fits one country only (case, ё/е do not matter).

    Anything else (an unknown or ambiguous name) raises :class:`UnknownCountry` naming
    ``field``, keyed so that it is said in the user's language."""
    raw = " ".join(text.split())
    if raw and raw.isascii() and raw.isalpha() and len(raw) <= 3:
        try:
            return normalize(raw)
        except UnknownCountry:
            pass
    folded = _fold(raw)
    if folded:
        pools = [_names(_lang(lang))] + ([_names("en")] if _lang(lang) != "en" else [])
        for pool in pools:
            exact = {code for said, code in pool if said == folded}
            if len(exact) > 1:  # a current country and a historic one ("East Timor")
                exact = {code for code in exact if not is_historic(code)}
            if len(exact) == 1:
                return exact.pop()
        if len(folded) >= MIN_PREFIX:
            for pool in pools:
                starts = {code for said, code in pool if said.startswith(folded)}
                if len(starts) == 1:
                    return starts.pop()
                if starts:
                    break  # ambiguous: say so rather than guess
    value = text.strip()
    raise UnknownCountry(
        PROBLEMS["problem.unknown_country"].format(value=value), value, field=field
    )
