"""The people-and-case model and case files: round trips, cross-field rules, bad input of every kind."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from visadesk.case.casefile import case_json_schema, dump_case, parse_case
from visadesk.errors import InvalidData, UnsupportedFormat, VisaDeskError


def _doc(case) -> dict:
    return json.loads(dump_case(case))


def _problems(data) -> list[str]:
    with pytest.raises(InvalidData) as err:
        parse_case(json.dumps(data, ensure_ascii=False))
    return [str(p) for p in err.value.problems]


def test_round_trip_loses_nothing(example_case):
    text = dump_case(example_case)
    again = parse_case(text)
    assert again == example_case
    assert dump_case(again) == text
    assert again.applicants[0].surname_latin == "PODIEIACHEV"
    assert again.sponsor.phone == "+33612345678"  # stored E.164


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (
            lambda d: d["applicants"][0]["documents"][0].update(expiry_date="2020-01-01"),
            "applicants[0].documents[0].expiry_date: must be after the date of issue",
        ),
        (
            lambda d: d["applicants"][0]["documents"][0].update(
                issue_date="1980-01-01", expiry_date="1990-01-01"
            ),
            "applicants[0].documents[0].issue_date: is before the date of birth",
        ),
        (
            lambda d: d["applicants"][1].update(date_of_birth="2999-01-01"),
            "applicants[1].date_of_birth: cannot be in the future",
        ),
        (
            lambda d: d["applicants"][2].update(guardians=[]),
            "applicants[2].guardians: a minor needs at least one parent or legal guardian",
        ),
        (
            lambda d: d["applicants"][1].update(phone="+7 123"),
            "applicants[1].phone: '+7 123' is not a valid phone number",
        ),
        (
            lambda d: d["applicants"][1].update(email="not-an-email"),
            "applicants[1].email: 'not-an-email' is not an e-mail address",
        ),
        (
            lambda d: d["applicants"][1].update(nationality="XYZ"),
            "applicants[1].nationality: 'XYZ' is not an ISO 3166 country code",
        ),
        (
            lambda d: d["applicants"][1].update(surname="Щ" * 10_000),
            "applicants[1].surname: is too long (at most 200 characters)",
        ),
        (
            lambda d: d["applicants"][1].update(given_names="Фёдор😀"),
            "applicants[1].given_names: a name cannot contain '😀'",
        ),
        (
            lambda d: d["applicants"][1].update(surname="Щукин\u202e"),
            "applicants[1].surname: contains invisible text-direction marks",
        ),
        (
            lambda d: d["applicants"][1].update(place_of_birth="Екб\x00"),
            "applicants[1].place_of_birth: contains a NUL byte",
        ),
        (
            lambda d: d["applicants"][1].update(favourite_colour="red"),
            "applicants[1].favourite_colour: is not a known field",
        ),
        (
            lambda d: d["applicants"][1].update(date_of_birth="2001-02-29"),
            "applicants[1].date_of_birth: is not a valid date",
        ),
        (lambda d: d["applicants"][1].update(sex="male"), "applicants[1].sex: must be one of"),
        (
            lambda d: d["applicants"][1].update(documents="passport"),
            "applicants[1].documents: must be a list",
        ),
        (lambda d: d.update(applicants=[]), "applicants: is required"),
        (
            lambda d: d["applications"][0].update(person_id="ghost"),
            "applications[0].person_id: no such person in this case",
        ),
    ],
)
def test_each_problem_names_its_field(example_case, mutate, expected):
    data = _doc(example_case)
    mutate(data)
    problems = _problems(data)
    assert any(p.startswith(expected) for p in problems), problems


def test_countries_accept_historic_and_alpha2(example_case):
    data = _doc(example_case)
    data["applicants"][1]["country_of_birth"] = "SUN"
    data["applicants"][1]["nationality"] = "ru"
    case = parse_case(json.dumps(data))
    assert case.applicants[1].country_of_birth == "SUN"
    assert case.applicants[1].nationality == "RUS"


def test_right_to_left_names_are_letters_not_attacks(example_case):
    data = _doc(example_case)
    data["applicants"][1]["surname"] = "حداد"
    assert parse_case(json.dumps(data)).applicants[1].surname == "حداد"


@pytest.mark.parametrize(
    "payload, error, fragment",
    [
        (b'{"format": "visadesk.case/9", "applicants": []}', UnsupportedFormat, "newer VisaDesk"),
        (b'{"format": "something-else"}', UnsupportedFormat, "not a VisaDesk case"),
        (b'{"applicants": []}', InvalidData, "format: is required"),
        (b"not json at all", VisaDeskError, "not valid JSON"),
        (b"[1, 2, 3]", VisaDeskError, "must contain a JSON object"),
        (b"\xff\xfe\x00garbage\x9c", VisaDeskError, "not UTF-8"),
        (b"[" * 100_000, VisaDeskError, "nested too deeply"),
    ],
)
def test_not_a_case_file(payload, error, fragment):
    with pytest.raises(error) as err:
        parse_case(payload, source="case.json")
    assert fragment in err.value.user_message()


def test_schema_describes_the_case():
    schema = case_json_schema()
    assert {"applicants", "sponsor", "applications", "format"} <= set(schema["properties"])


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@pytest.mark.long
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(path_choice=st.integers(0, 10_000), value=_json, raw=_json)
def test_random_and_mutated_documents_only_raise_our_errors(example_case, path_choice, value, raw):
    data = _doc(example_case)
    # replace one value somewhere in the document
    spots = []

    def collect(node):
        if isinstance(node, dict):
            for k in node:
                spots.append((node, k))
                collect(node[k])
        elif isinstance(node, list):
            for i in range(len(node)):
                spots.append((node, i))
                collect(node[i])

    collect(data)
    container, key = spots[path_choice % len(spots)]
    container[key] = value
    for candidate in (data, raw):
        try:
            parse_case(json.dumps(candidate))
        except VisaDeskError:
            pass
