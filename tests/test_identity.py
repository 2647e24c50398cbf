"""Passport names (ICAO 9303 and older schemes) and MRZ parsing with every check."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from visadesk.identity.mrz import MRZError, build_td3, check_digit, parse
from visadesk.identity.translit import case_class, transliterate, transliterate_as_written

TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6")
TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "cyrillic, latin",
    [
        ("Юлия Щеглова", "IULIIA SHCHEGLOVA"),
        ("Андрей", "ANDREI"),
        ("Подъячев", "PODIEIACHEV"),
        ("Ильин", "ILIN"),
        ("Артём", "ARTEM"),
        ("ЩУКИН", "SHCHUKIN"),
        ("Анна-Мария", "ANNA-MARIIA"),
        ("Фёдор", "FEDOR"),
        ("Мари Claire", "MARI CLAIRE"),
    ],
)
def test_icao_reference_examples(cyrillic, latin):
    assert transliterate(cyrillic) == latin


def test_decomposed_input_is_normalised():
    nfd = unicodedata.normalize("NFD", "Артём Йорданов")
    assert nfd != "Артём Йорданов"
    assert transliterate(nfd) == "ARTEM IORDANOV"


def test_older_schemes_differ_where_they_should():
    assert transliterate("Юлия", "mvd_310") == "YULIYA"
    assert transliterate("Цой", "gost_52535") == "TCOI"
    assert transliterate("Цой") == "TSOI"


def test_unknown_scheme_is_refused():
    with pytest.raises(ValueError):
        transliterate("Юлия", "nonsense")


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet="АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя -", max_size=40
    )
)
def test_icao_output_is_passport_latin(text):
    out = transliterate(text)
    assert set(out) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ -")


def test_icao_specimens_parse():
    r = parse(TD3, today=TODAY)
    assert (r.format, r.surname, r.given_names, r.document_number) == (
        "TD3",
        "ERIKSSON",
        "ANNA MARIA",
        "L898902C3",
    )
    assert (r.date_of_birth, r.expiry_date, r.sex, r.nationality) == (
        date(1974, 8, 12),
        date(2012, 4, 15),
        "F",
        "UTO",
    )
    assert r.optional_data == "ZE184226B"
    r1 = parse(TD1, today=TODAY)
    assert (r1.format, r1.document_number, r1.surname) == ("TD1", "D23145890", "ERIKSSON")
    r2 = parse(TD2, today=TODAY)
    assert (r2.format, r2.document_number, r2.given_names) == ("TD2", "D23145890", "ANNA MARIA")


def test_lowercase_and_spaces_are_tolerated():
    lines = [" " + TD3[0].lower() + " ", TD3[1]]
    assert parse(lines, today=TODAY).surname == "ERIKSSON"


@pytest.mark.parametrize(
    "position, part",
    [
        (9, "document number check digit"),
        (19, "date of birth check digit"),
        (27, "expiry date check digit"),
        (42, "personal number check digit"),
        (43, "composite check digit"),
    ],
)
def test_each_check_digit_names_itself(position, part):
    line = TD3[1]
    wrong = str((int(line[position]) + 1) % 10)
    with pytest.raises(MRZError) as err:
        parse([TD3[0], line[:position] + wrong + line[position + 1 :]], today=TODAY)
    assert err.value.part == part
    assert part in err.value.user_message()


def _with_dates(birth: str, expiry: str = "310914") -> tuple[str, str]:
    l1, l2 = build_td3(
        surname="A",
        given_names="B",
        number="123456789",
        nationality="RUS",
        birth=date(2000, 1, 1),
        sex="M",
        expiry=date(2031, 9, 14),
    )
    body = l2[:13] + birth + check_digit(birth) + l2[20] + expiry + check_digit(expiry) + l2[28:43]
    return l1, body + check_digit(body[0:10] + body[13:20] + body[21:43])


def test_impossible_date_with_right_check_digits():
    with pytest.raises(MRZError) as err:
        parse(_with_dates("010229"), today=TODAY)
    assert "29 February 2001 is not a date" in err.value.user_message()
    assert parse(_with_dates("000229"), today=TODAY).date_of_birth == date(2000, 2, 29)


def test_century_resolution():
    assert parse(_with_dates("870101"), today=TODAY).date_of_birth == date(1987, 1, 1)
    assert parse(_with_dates("251231"), today=TODAY).date_of_birth == date(2025, 12, 31)
    assert parse(_with_dates("270101"), today=TODAY).date_of_birth == date(
        1927, 1, 1
    )  # never future
    assert parse(_with_dates("870101", "350101"), today=TODAY).expiry_date == date(2035, 1, 1)


@pytest.mark.parametrize(
    "lines, fragment",
    [
        ([TD3[0], TD3[1][:-1]], "line 2 has 43 characters"),
        ([TD3[0][:40], TD3[1]], "line 1 has 40 characters"),
        (["P<UTO" + "É" * 39, TD3[1]], "only A–Z, 0–9 and < are used"),
        ([TD3[0]], "1 lines given"),
        ([TD3[0], TD3[1], TD3[1], TD3[1]], "4 lines given"),
        ([], "no machine-readable zone"),
    ],
)
def test_malformed_zones_are_explained(lines, fragment):
    with pytest.raises(MRZError) as err:
        parse(lines, today=TODAY)
    assert fragment in err.value.user_message()


def test_prefill_maps_real_countries_and_drops_the_specimen_state():
    l1, l2 = build_td3(
        surname="PODIEIACHEV",
        given_names="IAROSLAV",
        number="752345671",
        nationality="RUS",
        birth=date(1987, 11, 30),
        sex="M",
        expiry=date(2031, 9, 14),
    )
    pre = parse([l1, l2], today=TODAY).to_prefill()
    assert pre["person"] == {
        "latin_surname": "PODIEIACHEV",
        "latin_given_names": "IAROSLAV",
        "sex": "M",
        "date_of_birth": date(1987, 11, 30),
        "nationality": "RUS",
    }
    assert pre["document"]["number"] == "752345671" and pre["document"]["issuing_country"] == "RUS"
    assert "nationality" not in parse(TD3, today=TODAY).to_prefill()["person"]


_letters = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(
    surname=_letters,
    given=_letters,
    number=st.text(alphabet="0123456789ABCDEFGHJKLMNPRSTUVWXYZ", min_size=1, max_size=9),
    birth=st.dates(min_value=date(1927, 1, 1), max_value=date(2026, 11, 24)),
    expiry=st.dates(min_value=date(2000, 1, 1), max_value=date(2075, 12, 31)),
    sex=st.sampled_from("MF"),
)
def test_generated_zones_round_trip(surname, given, number, birth, expiry, sex):
    lines = build_td3(
        surname=surname,
        given_names=given,
        number=number,
        nationality="RUS",
        birth=birth,
        sex=sex,
        expiry=expiry,
    )
    r = parse(lines, today=TODAY)
    assert (r.surname, r.given_names, r.document_number, r.sex) == (surname, given, number, sex)
    assert r.date_of_birth == birth and r.expiry_date == expiry


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_mutated_or_random_zones_only_raise_the_typed_error(data):
    base = list(TD3)
    i = data.draw(st.integers(0, 1))
    j = data.draw(st.integers(0, 43))
    ch = data.draw(st.characters(codec="utf-8"))
    base[i] = base[i][:j] + ch + base[i][j + 1 :]
    extra = data.draw(st.lists(st.text(max_size=50), max_size=3))
    for candidate in (base, extra):
        try:
            parse(candidate, today=TODAY)
        except MRZError:
            pass


@pytest.mark.parametrize("scheme", ["icao_doc_9303", "gost_52535", "mvd_310", "mvd_782"])
def test_no_quote_marks_or_cyrillic_left_in_any_scheme(scheme):
    for name in ("Подъячев", "Ильин", "Їжак Ґалаґан", "Євгенія", "Марʼяна"):
        out = transliterate(name, scheme)
        assert not set(out) & set("\"'’ʼ`"), (scheme, out)
        assert all(ch.isascii() for ch in out), (scheme, out)


def test_mrz_name_uses_fillers_and_drops_other_characters():
    from visadesk.identity.translit import mrz_name

    assert mrz_name("Anna-Maria von Ek") == "ANNA<MARIA<VON<EK"
    assert mrz_name("O'Neil") == "ONEIL"


# --- Ukrainian passports: Cabinet of Ministers Resolution No. 55 of 27 January 2010 -------------
# The resolution's own examples (its table gives one per rule).
UA_EXAMPLES = [
    ("Алушта", "ALUSHTA"),
    ("Борщагівка", "BORSHCHAHIVKA"),
    ("Вінниця", "VINNYTSIA"),
    ("Гадяч", "HADIACH"),
    ("Згорани", "ZGHORANY"),  # зг → zgh, not zh
    ("Розгон", "ROZGHON"),
    ("Ґалаґан", "GALAGAN"),
    ("Єнакієве", "YENAKIIEVE"),  # Є: ye at the start, ie elsewhere
    ("Гаєвич", "HAIEVYCH"),
    ("Короп'є", "KOROPIE"),  # the apostrophe is not rendered
    ("Житомир", "ZHYTOMYR"),
    ("Їжакевич", "YIZHAKEVYCH"),  # Ї: yi at the start, i elsewhere
    ("Кадиївка", "KADYIVKA"),
    ("Йосипівка", "YOSYPIVKA"),  # Й: y at the start, i elsewhere
    ("Стрий", "STRYI"),
    ("Олексій", "OLEKSII"),
    ("Київ", "KYIV"),
    ("Біла Церква", "BILA TSERKVA"),
    ("Щербухи", "SHCHERBUKHY"),
    ("Юрій", "YURII"),  # Ю: yu at the start, iu elsewhere
    ("Корюківка", "KORIUKIVKA"),
    ("Яготин", "YAHOTYN"),  # Я: ya at the start, ia elsewhere
    ("Костянтин", "KOSTIANTYN"),
    ("Знам'янка", "ZNAMIANKA"),
    ("Феодосія", "FEODOSIIA"),
    ("Тернопіль", "TERNOPIL"),  # the soft sign is not rendered
]


@pytest.mark.parametrize(("cyrillic", "latin"), UA_EXAMPLES)
def test_ukrainian_national_scheme_resolution_55_examples(cyrillic, latin):
    from visadesk.identity.translit import transliterate

    assert transliterate(cyrillic, "ua_kmu_55_2010") == latin
    assert transliterate(cyrillic.upper(), "ua_kmu_55_2010") == latin


def test_ukrainian_travel_document_chooses_the_national_scheme():
    from visadesk.case.fields import TranslitScheme
    from visadesk.case.model import Person, TravelDocument

    ua = Person(
        surname="Згурський",
        given_names="Юрій",
        documents=[TravelDocument(number="FA123456", issuing_country="UA")],
    )
    assert ua.passport_scheme.value == "ua_kmu_55_2010"
    assert (ua.surname_latin, ua.given_names_latin) == ("ZGHURSKYI", "YURII")
    ru = ua.model_copy(update={"documents": [TravelDocument(number="75", issuing_country="RU")]})
    assert ru.surname_latin == "ZGURSKII"  # ICAO 9303, the Russian rule
    # an older scheme chosen on purpose is kept, even for a Ukrainian document
    old = ua.model_copy(update={"translit_scheme": TranslitScheme.MVD_310})
    assert old.passport_scheme.value == "mvd_310"


def test_every_scheme_is_labelled_with_what_it_is_and_its_years():
    from visadesk.identity.translit import SCHEMES

    assert "driving licences" in SCHEMES["mvd_782"] and "not a passport" in SCHEMES["mvd_782"]
    assert "1997" in SCHEMES["mvd_310"] and "2010" in SCHEMES["mvd_310"]
    assert "2010" in SCHEMES["gost_52535"] and "2013" in SCHEMES["gost_52535"]
    assert "since 2013" in SCHEMES["icao_doc_9303"]
    assert "Resolution No. 55" in SCHEMES["ua_kmu_55_2010"]


# --- capitals as written (issue 14): places, addresses and names keep their case per part ---
@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Петропавловск-Камчатский", "Petropavlovsk-Kamchatskii"),
        ("Ростов-на-Дону", "Rostov-na-Donu"),
        ("ЩУКИН", "SHCHUKIN"),
        ("Щукин", "Shchukin"),
        ("ул. Ленина, д. 5, кв. 12", "ul. Lenina, d. 5, kv. 12"),
        ("г. Санкт-Петербург", "g. Sankt-Peterburg"),
        ("ЩУКИНА-Петрова", "SHCHUKINA-Petrova"),
        ("ООО «Ромашка»", "OOO «Romashka»"),
        ("МакДональд", "MakDonald"),
        ("Екатеринбург, Ural", "Ekaterinburg, Ural"),
    ],
)
def test_transliteration_keeps_the_capitals_as_written(cyrillic: str, latin: str) -> None:
    assert transliterate_as_written(cyrillic) == latin


def test_printed_places_and_letters_keep_the_capital_after_a_hyphen() -> None:
    from visadesk.forms.values import to_charset
    from visadesk.letters.compose import latin

    assert to_charset("Петропавловск-Камчатский", "latin") == "Petropavlovsk-Kamchatskii"
    assert to_charset("Ростов-на-Дону, д. 5, кв. 12", "latin") == "Rostov-na-Donu, d. 5, kv. 12"
    assert latin("Петропавловск-Камчатский") == "Petropavlovsk-Kamchatskii"
    assert latin("ул. Ленина, д. 5") == "ul. Lenina, d. 5"


def test_a_letter_names_a_hyphenated_given_name_with_both_capitals() -> None:
    from visadesk.case.model import Person
    from visadesk.letters.compose import letter_name

    person = Person(id="d1" * 8, surname="Щукина", given_names="Анна-Мария")
    assert letter_name(person) == "Anna-Mariia SHCHUKINA"


# No soft or hard sign (some schemes give them no Latin letter: a part of them has no case).
_CYR_LOWER = "абвгдеёжзийклмнопрстуфхцчшщыэюя"


@st.composite
def _cased_part(draw: st.DrawFn) -> tuple[str, str]:
    word = draw(st.text(alphabet=_CYR_LOWER, min_size=2, max_size=9))
    kind = draw(st.sampled_from(["upper", "lower", "capitalised"]))
    if kind == "upper":
        word = word.upper()
    elif kind == "capitalised":
        word = word[0].upper() + word[1:]
    return word, kind


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_cased_part(), min_size=1, max_size=5),
    st.lists(st.sampled_from(["-", " "]), min_size=4, max_size=4),
    st.sampled_from(["icao_doc_9303", "gost_52535", "mvd_310", "ua_kmu_55_2010"]),
)
def test_each_part_keeps_its_case_class(
    parts: list[tuple[str, str]], seps: list[str], scheme: str
) -> None:
    text = "".join(w + (seps[i] if i < len(parts) - 1 else "") for i, (w, _) in enumerate(parts))
    out = transliterate_as_written(text, scheme)
    pieces = re.split(r"[\s\-]", out)
    assert len(pieces) == len(parts), (text, out)
    for piece, (word, kind) in zip(pieces, parts, strict=True):
        assert case_class(piece) == kind, (word, piece, scheme)
    # the letters are the passport's: the same as the upper-case spelling
    assert out.upper() == transliterate(text, scheme)
