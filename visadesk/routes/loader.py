"""Load the route rules: the shipped ones and those a volunteer drops into
``VISADESK_HOME/routes/`` (which may add facts and rules, or correct shipped ones by reusing
their id). A bad volunteer file is reported with its name, line and field; it never stops the
shipped rules from loading. Every fact a rule names must exist."""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass, field
from pathlib import Path

from visadesk.facts.store import FactStore, builtin_facts
from visadesk.facts.yamlfile import DataFileError, compose, line_of, parse
from visadesk.routes.schema import RoutesFile, Rule


@dataclass
class RuleBook:
    facts: FactStore
    rules: dict[str, Rule] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)  # rule id → "builtin" or a file name
    errors: list[DataFileError] = field(default_factory=list)

    def ordered(self, kind: str) -> list[Rule]:
        return sorted(
            (r for r in self.rules.values() if r.kind == kind), key=lambda r: (r.order, r.id)
        )


def _check_refs(book: RuleBook, doc: RoutesFile, text: str, name: str) -> None:
    node = None
    for i, rule in enumerate(doc.rules):
        for key, ids in rule.points.items():
            for j, fact_id in enumerate(ids):
                if fact_id not in book.facts.facts:
                    node = node or compose(text)
                    raise DataFileError(
                        name,
                        line_of(node, ("rules", i, "points", key, j)),
                        f"rules[{i}].points.{key}[{j}]",
                        f"unknown fact {fact_id!r}",
                    )


def _apply(book: RuleBook, text: str, name: str, origin: str) -> None:
    doc = parse(text, name, RoutesFile)
    for fact in doc.facts:
        book.facts.add(fact, origin)
    _check_refs(book, doc, text, name)
    for rule in doc.rules:
        if origin == "builtin" and rule.id in book.rules:
            raise DataFileError(name, None, "rules", f"rule {rule.id!r} is defined twice")
        book.rules[rule.id] = rule
        book.origins[rule.id] = origin


def _builtin_files() -> list[tuple[str, str]]:
    root = importlib.resources.files("visadesk.routes") / "definitions"
    return [
        (e.name, e.read_text(encoding="utf-8"))
        for e in sorted(root.iterdir(), key=lambda e: e.name)
        if e.name.endswith((".yaml", ".yml"))
    ]


def user_dir() -> Path:
    from visadesk.local.paths import home

    return home() / "routes"


def load_rules(folder: Path | None = None) -> RuleBook:
    book = RuleBook(facts=builtin_facts().copy())
    for name, text in _builtin_files():
        _apply(book, text, name, "builtin")  # shipped files must be valid
    folder = user_dir() if folder is None else folder
    if folder.is_dir():
        for path in sorted(folder.glob("*.y*ml")):
            trial = RuleBook(book.facts.copy(), dict(book.rules), dict(book.origins))
            try:
                _apply(trial, path.read_text(encoding="utf-8"), path.name, path.name)
            except UnicodeDecodeError:
                book.errors.append(DataFileError(path.name, None, "", "not UTF-8 text"))
                continue
            except DataFileError as exc:
                book.errors.append(exc)
                continue
            book.facts, book.rules, book.origins = trial.facts, trial.rules, trial.origins
    return book
