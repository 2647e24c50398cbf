"""Typed errors of the core: each carries a message a user can act on, never a traceback.

The CLI maps them to exit code 1 and the UI to a message box, each in one place. Messages name
the field (as a dotted path such as ``applicants[0].documents[0].expiry_date``) and the problem.
"""

from __future__ import annotations

from dataclasses import dataclass


class VisaDeskError(Exception):
    """Base of every error the user can fix or must be told about."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def user_message(self) -> str:
        if self.field:
            return f"{self.field}: {self.message}"
        return self.message


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in user data: where (a field path) and what (a readable sentence)."""

    path: str
    message: str
    key: str = ""  # a stable kind ("required", "unknown_country" …) the UI translates
    params: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InvalidData(VisaDeskError):
    """User data (a case file, a form answer) failed validation; ``problems`` lists each one."""

    def __init__(self, problems: list[Problem], *, what: str = "The data") -> None:
        self.problems = list(problems)
        first = self.problems[0] if self.problems else Problem("", "invalid")
        super().__init__(
            f"{what} has {len(self.problems)} problem(s); first: {first}", field=first.path or None
        )

    def user_message(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class UnsupportedFormat(VisaDeskError):
    """A file written by a newer VisaDesk (or not a VisaDesk file at all)."""
