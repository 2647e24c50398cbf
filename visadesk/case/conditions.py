"""The one value test of a condition, shared by form definitions (`forms.sources`) and route
rules (`routes.profile`): both write ``eq / ne / in / not_in / lt / le / gt / ge / empty`` in
YAML and must mean the same thing by them."""

from __future__ import annotations

from typing import Any, Protocol


class ValueTest(Protocol):
    """What a condition's operator fields look like (both schemas' `Condition` models)."""

    @property
    def eq(self) -> Any: ...
    @property
    def ne(self) -> Any: ...
    @property
    def in_(self) -> list[Any] | None: ...
    @property
    def not_in(self) -> list[Any] | None: ...
    @property
    def lt(self) -> float | None: ...
    @property
    def le(self) -> float | None: ...
    @property
    def gt(self) -> float | None: ...
    @property
    def ge(self) -> float | None: ...
    @property
    def empty(self) -> bool | None: ...


def compare(cond: ValueTest, value: Any) -> bool:
    """Whether ``value`` passes the one operator of ``cond``. A list value passes ``in`` when
    any of its items is in the list (``not_in`` when none is); the order tests hold only for
    numbers (never for a bool, a string or a missing value)."""
    if cond.empty is not None:
        return (value in (None, "", [], ())) == cond.empty
    if cond.eq is not None:
        return bool(value == cond.eq)
    if cond.ne is not None:
        return bool(value != cond.ne)
    if cond.in_ is not None:
        if isinstance(value, list):
            return any(v in cond.in_ for v in value)
        return value in cond.in_
    if cond.not_in is not None:
        if isinstance(value, list):
            return not any(v in cond.not_in for v in value)
        return value not in cond.not_in
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if cond.lt is not None:
        return bool(value < cond.lt)
    if cond.le is not None:
        return bool(value <= cond.le)
    if cond.gt is not None:
        return bool(value > cond.gt)
    if cond.ge is not None:
        return bool(value >= cond.ge)
    return False
