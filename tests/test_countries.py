"""#13.7: typed country names -> ISO alpha-3 codes, and the names people say, in the core
(visadesk.case.countries), shared by the desktop app and the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from visadesk.case.countries import (
    COMMON_NAMES,
    LANGS,
    UnknownCountry,
    choices,
    display_name,
    parse_country,
)
from visadesk.errors import VisaDeskError

ROOT = Path(__file__).resolve().parent.parent
LOCALE_VARS = ("VISADESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

RUSSIA = {"en": "Russia", "ru": "Россия", "uk": "Росія", "fr": "Russie", "de": "Russland"}
USSR = {"en": "USSR", "ru": "СССР", "uk": "СРСР", "fr": "URSS", "de": "UdSSR"}


@pytest.mark.parametrize("lang", LANGS)
def test_common_names_parse_in_each_language(lang):
    assert parse_country(RUSSIA[lang], lang) == "RUS"
    assert parse_country(RUSSIA[lang].upper(), lang) == "RUS"
    assert parse_country(USSR[lang], lang) == "SUN"
    assert parse_country("Russia", lang) == "RUS"  # English is always understood


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("Франция", "ru", "FRA"),
        ("Германия", "ru", "DEU"),
        ("Німеччина", "uk", "DEU"),
        ("Allemagne", "fr", "DEU"),
        ("Frankreich", "de", "FRA"),
        ("Российская Федерация", "ru", "RUS"),  # the catalogue's full name
        ("Russian Federation", "de", "RUS"),
        ("Moldau", "de", "MDA"),
        ("Viêt Nam", "fr", "VNM"),
        ("Южная Корея", "ru", "KOR"),
        ("КНДР", "uk", "PRK"),
        ("Лицо без гражданства", "ru", "XXA"),
        ("Apatride", "fr", "XXA"),
        ("Грузия", "ru", "GEO"),
        ("  казахстан ", "ru", "KAZ"),
        ("Соединённые Штаты", "ru", "USA"),
        ("Соединенные Штаты", "ru", "USA"),  # е for ё
        ("Черногория", "ru", "MNE"),
    ],
)
def test_names_in_the_users_language(text, lang, code):
    assert parse_country(text, lang) == code


@pytest.mark.parametrize(
    ("text", "code"), [("RUS", "RUS"), ("rus", "RUS"), ("ru", "RUS"), ("SUN", "SUN"), ("D", "DEU")]
)
def test_codes_are_still_accepted(text, code):
    assert parse_country(text, "ru") == code


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("Росс", "ru", "RUS"),
        ("казах", "ru", "KAZ"),
        ("Швейц", "ru", "CHE"),
        ("Deutschl", "de", "DEU"),
        ("Arménie", "fr", "ARM"),
        ("Грузі", "uk", "GEO"),
        ("Switz", "ru", "CHE"),  # an English beginning, under Russian
    ],
)
def test_a_unique_beginning_is_enough(text, lang, code):
    assert parse_country(text, lang) == code


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Ниг", "ru"), ("Nig", "en"), ("Фран", "ru"), ("Гви", "ru"), ("Ро", "ru"), ("Фр", "ru")],
)
def test_an_ambiguous_or_short_beginning_is_refused(text, lang):
    # Нигер/Нигерия, Франция/Французская Гвиана, …; fewer than three letters is no name
    # (two Latin letters are an ISO code: "Ru" is Russia)
    with pytest.raises(UnknownCountry):
        parse_country(text, lang)


def test_ussr_both_ways_in_every_language():
    for lang in LANGS:
        assert display_name("SUN", lang) == USSR[lang]
        assert parse_country(display_name("SUN", lang), lang) == "SUN"
        assert display_name("RUS", lang) == RUSSIA[lang]


def test_every_common_name_parses_back_to_its_code():
    for code, names in COMMON_NAMES.items():
        assert set(names) == set(LANGS), code
        for lang in LANGS:
            assert parse_country(display_name(code, lang), lang) == code, (code, lang)


def test_display_names_are_never_codes():
    assert display_name("FRA", "ru") == "Франция"
    assert display_name("fr", "de") == "Frankreich"
    assert display_name("XXA", "en") == "Stateless person"
    assert display_name("YUG", "uk") == "Югославія"
    assert display_name("CSK", "fr") == "Tchécoslovaquie"
    names = dict((code, name) for name, code in choices("ru"))
    assert names["RUS"] == "Россия" and names["SUN"] == "СССР"
    assert not [name for name, code in choices("ru") if name == code]
    # current countries are offered first, historic ones after
    codes = [code for _name, code in choices("en")]
    assert codes.index("SUN") > codes.index("ZWE") and codes.index("RUS") < codes.index("SUN")


def test_every_offered_name_is_understood():
    from visadesk.case.countries import is_historic

    for lang in LANGS:
        offered = choices(lang)
        twice = {name for name, _c in offered if sum(n == name for n, _x in offered) > 1}
        for name, code in offered:
            if name in twice and is_historic(code):
                continue  # "East Timor", current and historic: the current country
            assert parse_country(name, lang) == code, (name, lang)
        assert len(twice) <= 3, twice


def test_unknown_name_is_a_keyed_error_naming_the_field_in_russian():
    with pytest.raises(UnknownCountry) as caught:
        parse_country("Руритания", "ru", field="sponsor.residence_country")
    err = caught.value
    assert isinstance(err, VisaDeskError) and isinstance(err, ValueError)
    assert err.key == "problem.unknown_country" and err.params == {"value": "Руритания"}
    text = err.user_message("ru")
    assert "Руритания" in text and "стран" in text
    assert "ISO" not in text and "is not" not in text
    assert text.startswith("Спонсор") or "›" in text, text  # the field, as a person reads it
    assert "sponsor.residence_country" in err.user_message("en")


def test_an_empty_text_is_no_country():
    with pytest.raises(UnknownCountry):
        parse_country("  ", "ru")


# --- the command line -------------------------------------------------------------------------


def _cli(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS}
    full_env.update(VISADESK_HOME=str(home), **env)
    return subprocess.run(
        [sys.executable, "-m", "visadesk", *args],
        cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_cli_sponsor_residence_country_in_russian(tmp_path, example_case):
    from visadesk.case.casefile import dump_case, load_case

    path = tmp_path / "case.json"
    path.write_text(dump_case(example_case), encoding="utf-8")
    ru = {"LANG": "ru_RU.UTF-8"}
    done = _cli("case", "sponsor", str(path), "--residence-country", "Россия", home=tmp_path, **ru)
    assert done.returncode == 0, done.stderr
    assert load_case(path).sponsor.residence_country == "RUS"
    done = _cli("case", "sponsor", str(path), "--residence-country", "франц", home=tmp_path, **ru)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "--residence-country" in done.stderr and "«франц»" in done.stderr
    assert "ISO" not in done.stderr and "is not" not in done.stderr
    assert load_case(path).sponsor.residence_country == "RUS"  # unchanged
    done = _cli("case", "sponsor", str(path), "--residence-country", "Франция", home=tmp_path, **ru)
    assert done.returncode == 0, done.stderr
    assert load_case(path).sponsor.residence_country == "FRA"
    done = _cli("case", "sponsor", str(path), "--residence-country", "", home=tmp_path, **ru)
    assert done.returncode == 0, done.stderr
    assert load_case(path).sponsor.residence_country is None
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["sponsor"]["surname"] == example_case.sponsor.surname


def test_cli_forms_list_names_countries(tmp_path):
    done = _cli("forms", home=tmp_path, LANG="ru_RU.UTF-8")
    assert done.returncode == 0, done.stderr
    rows = {line.split("\t")[0]: line.split("\t")[1] for line in done.stdout.splitlines()}
    assert rows["fr-long-stay"] == "Франция"
    assert rows["schengen-c"] == "Шенгенская зона"
    done = _cli("forms", "show", "fr-long-stay", "--lang", "de", home=tmp_path)
    assert "[fr-long-stay, Frankreich," in done.stdout


# --- pycountry's data, read without importing pycountry (visadesk/case/iso3166.py) -------------


def test_every_iso_entry_is_found_as_pycountry_finds_it():
    """Each lookup by alpha-2, alpha-3 and numeric, in both parts, in upper and lower case, gives
    the entry pycountry's own Database.get gives (the same last-one-wins on a duplicate value)."""
    import pycountry

    from visadesk.case import iso3166

    for part, db in (("3166-1", pycountry.countries), ("3166-3", pycountry.historic_countries)):
        assert [dict(c) for c in db] == list(iso3166.entries(part))
        for entry in iso3166.entries(part):
            for key in ("alpha_2", "alpha_3", "numeric"):
                if key in entry:
                    for value in (entry[key].upper(), entry[key].lower()):
                        assert iso3166.get(part, key, value) == dict(db.get(**{key: value}))
        assert iso3166.get(part, "alpha_3", "QQQ") is None
    assert iso3166.locales_dir() == pycountry.LOCALES_DIR


def test_validating_a_case_does_not_import_pycountry_or_package_metadata(tmp_path):
    """The codes of a case are checked against pycountry's data without its ~40 ms import."""
    code = f"""
import sys
from visadesk.cli.main import main
main(["example-case", "-o", {str(tmp_path / "c.json")!r}])
from visadesk.case.casefile import load_case
from pathlib import Path
case = load_case(Path({str(tmp_path / "c.json")!r}))
from visadesk.case.countries import name, normalize
print(normalize("su"), name("RUS", "ru"), name("SUN", "de"), name("DEU", "fr"),
      "pycountry" in sys.modules, "importlib.metadata" in sys.modules)
"""
    env = {**os.environ, "VISADESK_HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[-2] == "SUN Российская Федерация UdSSR Allemagne False False"
