"""Country codes: ISO 3166 alpha-3 as the stored form (as in passports' MRZ), via pycountry.

Historic codes that documents still carry are accepted (SUN for births in the USSR, YUG, CSK,
DDR …), as are the ICAO 9303 codes for stateless persons and refugees. Alpha-2 input is accepted
and normalised to alpha-3, so ``"RU"``, ``"rus"`` and ``"RUS"`` all store as ``"RUS"``.
"""

from __future__ import annotations

import functools
import gettext

# ICAO Doc 9303 part 3, codes that are not ISO 3166 countries; "D" is Germany in MRZs.
ICAO_SPECIAL: dict[str, str] = {
    "XXA": "Stateless person",
    "XXB": "Refugee (1951 Convention)",
    "XXC": "Refugee (other)",
    "XXX": "Person of unspecified nationality",
}
MRZ_ALIASES: dict[str, str] = {"D": "DEU"}


class UnknownCountry(ValueError):
    """``value`` is the text that is not a country (the UI says so in the user's language)."""

    def __init__(self, message: str, value: str = "") -> None:
        super().__init__(message)
        self.value = value


@functools.lru_cache(maxsize=4096)
def normalize(code: str) -> str:
    """Return the alpha-3 code for ``code`` (alpha-2, alpha-3 or historic); raise UnknownCountry."""
    import pycountry

    raw = code.strip().upper().replace("<", "")
    if raw in MRZ_ALIASES:
        return MRZ_ALIASES[raw]
    if raw in ICAO_SPECIAL:
        return raw
    if len(raw) == 2:
        country = pycountry.countries.get(alpha_2=raw) or pycountry.historic_countries.get(
            alpha_2=raw
        )
    elif len(raw) == 3:
        country = pycountry.countries.get(alpha_3=raw) or pycountry.historic_countries.get(
            alpha_3=raw
        )
    else:
        country = None
    if country is None:
        raise UnknownCountry(f"{code!r} is not an ISO 3166 country code", code)
    return country.alpha_3


def is_historic(code: str) -> bool:
    import pycountry

    return (
        pycountry.countries.get(alpha_3=normalize(code)) is None
        and normalize(code) not in ICAO_SPECIAL
    )


@functools.lru_cache(maxsize=8)
def _translation(lang: str) -> gettext.NullTranslations:
    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


@functools.lru_cache(maxsize=8)
def _historic_translation(lang: str) -> gettext.NullTranslations:
    import pycountry

    try:
        return gettext.translation("iso3166-3", pycountry.LOCALES_DIR, languages=[lang])
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
    import pycountry

    if a3 in ICAO_SPECIAL:
        return ICAO_SPECIAL[a3]
    country = pycountry.countries.get(alpha_3=a3)
    if country is not None:
        english = getattr(country, "common_name", None) or country.name
        if lang == "en":
            return english
        translated = _translation(lang).gettext(country.name)
        return translated if translated != country.name else english
    hist = pycountry.historic_countries.get(alpha_3=a3)
    if hist is None:
        raise UnknownCountry(a3, a3)
    english = hist.name
    if lang == "en":
        return english
    return _historic_translation(lang).gettext(english)


def alpha2(code: str) -> str | None:
    """Alpha-2 for a current country (None for historic or ICAO-only codes)."""
    import pycountry

    country = pycountry.countries.get(alpha_3=normalize(code))
    return country.alpha_2 if country else None


def all_codes(include_historic: bool = True) -> list[str]:
    """Every accepted alpha-3 code, current first, then historic, then ICAO's special codes."""
    import pycountry

    codes = sorted(c.alpha_3 for c in pycountry.countries)
    if include_historic:
        codes += sorted(c.alpha_3 for c in pycountry.historic_countries if c.alpha_3 not in codes)
    codes += list(ICAO_SPECIAL)
    return codes
