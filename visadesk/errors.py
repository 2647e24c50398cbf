"""Typed errors of the core: each carries a message a user can act on, never a traceback.

The CLI maps them to exit code 1 and the UI to a message box, each in one place. Messages name
the field (as a dotted path such as ``applicants[0].documents[0].expiry_date``) and the problem.
Each error keeps a stable ``key`` and ``params``; its words in every language (the English
tables, the catalogs, field names) are in :mod:`visadesk.messages`.

Kept light (no dataclasses, nothing read for English): the CLI imports this at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from visadesk.messages import CORE, SUPPORTED, catalog, field_label, looks_like_path

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

_language_source: Callable[[], str] | None = None


def set_language_source(source: Callable[[], str] | None) -> Callable[[], str] | None:
    """Who says which language :meth:`VisaDeskError.user_message` speaks when not told (the
    CLI installs its locale); returns the previous source. None: English."""
    global _language_source
    previous, _language_source = _language_source, source
    return previous


def default_language() -> str:
    if _language_source is None:
        return "en"
    try:
        lang = _language_source()
    except Exception:  # noqa: BLE001 - a broken source must never hide the error reported
        return "en"
    return lang if lang in SUPPORTED else "en"


class VisaDeskError(Exception):
    """Base of every error the user can fix or must be told about.

    ``key`` and ``params`` let the UI and the CLI say it in the user's language (English, the
    ``message``, is the fallback); ``terms`` are parameters that are themselves keys (e.g. the
    part of a machine-readable zone) translated before they are filled in."""

    key: str = ""

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        key: str | None = None,
        params: Mapping[str, object] | None = None,
        terms: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        if key is not None:
            self.key = key
        self.params: dict[str, str] = {k: str(v) for k, v in (params or {}).items()}
        self.terms: dict[str, str] = dict(terms or {})

    def english_message(self) -> str:
        if self.field:
            return f"{self.field}: {self.message}"
        return self.message

    def text(self, lang: str) -> str:
        """The message (without the field) in ``lang``; the English message when untranslated."""
        if lang == "en" or not self.key:
            return self.message
        template = catalog(lang).get(self.key)
        if template is None:
            return self.message
        values: dict[str, str] = dict(self.params)
        for name, term in self.terms.items():
            values[name] = catalog(lang).get(term) or self.english_term(term)
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return self.message

    def english_term(self, term: str) -> str:
        """The English of a term key (subclasses that use terms know them)."""
        return term

    def field_text(self, lang: str) -> str:
        """The field this error names, in ``lang`` ("" when none)."""
        if not self.field:
            return ""
        if lang == "en" or not looks_like_path(self.field):
            return self.field  # English, or a command-line flag ("--person", "-o")
        if not any(c in self.field for c in ".["):
            return ""  # one bare name ("passphrase", "id"): the sentence itself says what
        return field_label(self.field, lang)

    def user_message(self, lang: str | None = None) -> str:
        """What to show: in ``lang``, or in the language the CLI (or nobody: English) set."""
        lang = lang or default_language()
        if lang == "en":
            return self.english_message()
        text = self.text(lang)
        where = self.field_text(lang)
        return f"{where}: {text}" if where and not self.names_its_field() else text

    def names_its_field(self) -> bool:
        """True when the message itself already names the field (no "field: " in front)."""
        return False


def keyed(
    key: str,
    *,
    cls: type[VisaDeskError] | None = None,
    field: str | None = None,
    **params: object,
) -> VisaDeskError:
    """An error of ``cls`` (VisaDeskError) for a key of CORE: its English filled in, its key and
    parameters kept for the translations."""
    return (cls or VisaDeskError)(CORE[key].format(**params), field=field, key=key, params=params)


class Problem:
    """One problem in user data: where (a field path) and what (a readable sentence).

    ``key`` is a stable kind ("required", "unknown_country" …) the UI and CLI translate
    (catalog key ``problem.<key>``); ``params`` fill its placeholders. Immutable."""

    __slots__ = ("key", "message", "params", "path")
    path: str
    message: str
    key: str
    params: tuple[tuple[str, str], ...]

    def __init__(
        self, path: str, message: str, key: str = "", params: Iterable[tuple[str, str]] = ()
    ) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "params", tuple(params))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Problem is immutable (tried to set {name})")

    def __reduce__(self) -> tuple[type[Problem], tuple[str, str, str, tuple[tuple[str, str], ...]]]:
        return (Problem, self._tuple())  # copy and pickle through __init__ (it is immutable)

    def _tuple(self) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
        return (self.path, self.message, self.key, self.params)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and self._tuple() == other._tuple()

    def __hash__(self) -> int:
        return hash(self._tuple())

    def __repr__(self) -> str:
        return (
            f"Problem(path={self.path!r}, message={self.message!r}, key={self.key!r}, "
            f"params={self.params!r})"
        )

    def text(self, lang: str) -> str:
        """What is wrong (without the field), in ``lang``."""
        if lang == "en" or not self.key:
            return self.message
        template = catalog(lang).get(f"problem.{self.key}")
        if template is None:
            return self.message
        try:
            return template.format(**dict(self.params))
        except (KeyError, IndexError, ValueError):
            return self.message

    def user_message(self, lang: str | None = None) -> str:
        """ "Field: what is wrong", the field named as the user reads it, in ``lang``."""
        lang = lang or default_language()
        if lang == "en":
            return f"{self.path}: {self.message}" if self.path else self.message
        text = self.text(lang)
        return f"{field_label(self.path, lang)}: {text}" if self.path else text

    def __str__(self) -> str:
        return self.user_message()


class InvalidData(VisaDeskError):
    """User data (a case file, a form answer) failed validation; ``problems`` lists each one."""

    def __init__(self, problems: list[Problem], *, what: str = "The data") -> None:
        self.problems = list(problems)
        first = self.problems[0] if self.problems else Problem("", "invalid", "invalid")
        super().__init__(
            f"{what} has {len(self.problems)} problem(s); first: "
            f"{first.path + ': ' if first.path else ''}{first.message}",
            field=first.path or None,
        )

    def english_message(self) -> str:
        return "\n".join(p.user_message("en") for p in self.problems)

    def user_message(self, lang: str | None = None) -> str:
        lang = lang or default_language()
        return "\n".join(p.user_message(lang) for p in self.problems)


class UnsupportedFormat(VisaDeskError):
    """A file written by a newer VisaDesk (or not a VisaDesk file at all)."""


__all__ = [
    "InvalidData",
    "Problem",
    "UnsupportedFormat",
    "VisaDeskError",
    "default_language",
    "keyed",
    "set_language_source",
]
