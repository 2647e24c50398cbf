"""The value test shared by form definitions and route rules means the same in both."""

from __future__ import annotations

import pytest

from visadesk.case.conditions import compare
from visadesk.forms.schema import Condition as FormCondition
from visadesk.routes.profile import holds
from visadesk.routes.schema import Condition as RouteCondition

CASES = [
    ({"eq": "RUS"}, "RUS", True),
    ({"eq": "RUS"}, "UKR", False),
    ({"ne": "RUS"}, "UKR", True),
    ({"in": ["a", "b"]}, ["c", "b"], True),  # a list passes when any item is in
    ({"not_in": ["a", "b"]}, ["c", "b"], False),
    ({"not_in": ["a"]}, "c", True),
    ({"lt": 14}, 13, True),
    ({"lt": 14}, 14, False),
    ({"ge": 18}, 18.0, True),
    ({"ge": 1}, True, False),  # a bool is never a number here
    ({"gt": 1}, "5", False),  # nor a string
    ({"empty": True}, "", True),
    ({"empty": False}, [], False),
]


@pytest.mark.parametrize(("ops", "value", "expected"), CASES)
def test_forms_and_routes_agree(ops, value, expected):
    assert compare(FormCondition(field="x", **ops), value) is expected
    assert holds(RouteCondition(source="age", **ops), {"age": value}) is expected


def test_an_unknown_route_answer_passes_no_test_but_empty():
    assert not holds(RouteCondition(source="age", ne=3), {})
    assert not holds(RouteCondition(source="age", not_in=[3]), {})
    assert holds(RouteCondition(source="age", empty=True), {})
    # in a form, a missing answer is simply "not 3"
    assert compare(FormCondition(field="x", ne=3), None)
