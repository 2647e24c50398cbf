"""Load and validate every form definition: the shipped ones and those a volunteer drops into
``VISADESK_HOME/forms/``. A bad file is reported with its name, line and field; it never stops
the shipped forms from loading."""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from visadesk.errors import VisaDeskError
from visadesk.forms.schema import FormDefinition

MAX_DEFINITION_BYTES = 2 * 1024 * 1024


class DefinitionError(VisaDeskError):
    """A form definition is not valid: names the file, the line and the field."""

    def __init__(self, file: str, line: int | None, field_path: str, problem: str) -> None:
        where = f"{file}, line {line}" if line else file
        super().__init__(f"{where}: {field_path or 'definition'}: {problem}", field=None)
        self.file, self.line, self.field_path, self.problem = file, line, field_path, problem


class UnknownForm(VisaDeskError):
    pass


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """Follow a pydantic error location through the YAML node tree to a line number (1-based)."""
    best = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for key, val in node.value:
                if (
                    key.value == part
                    or (part == "not_" and key.value == "not")
                    or (part == "in_" and key.value == "in")
                ):
                    nxt = val
                    best = key.start_mark.line + 1
                    break
            node = nxt
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value)
        ):
            node = node.value[part]
            best = node.start_mark.line + 1
        else:
            break
        if node is None:
            break
    return best


# libyaml's safe loader when PyYAML was built with it (about 10x faster), else the Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_definition(text: str, filename: str) -> FormDefinition:
    """Validate one definition's YAML text (safe loader only; no tags, no code)."""
    if len(text.encode("utf-8", "replace")) > MAX_DEFINITION_BYTES:
        raise DefinitionError(filename, None, "", "file is too large")
    try:
        data = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader (C or Python)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DefinitionError(
            filename,
            mark.line + 1 if mark else None,
            "",
            f"not valid YAML ({getattr(exc, 'problem', exc)})",
        ) from None
    if not isinstance(data, dict):
        raise DefinitionError(filename, 1, "", "a definition must be a mapping (key: value)")
    try:
        return FormDefinition.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        loc = tuple(
            p
            for p in err["loc"]
            if not (isinstance(p, str) and p.startswith(("function", "union")))
        )
        path = ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in loc).replace(".[", "[")
        msg = err["msg"].removeprefix("Value error, ")
        more = len(exc.errors()) - 1
        if more:
            msg += f" (and {more} more problem(s))"
        node = yaml.compose(text, Loader=_LOADER)  # positions, only when there is an error
        raise DefinitionError(filename, _line_of(node, loc), path, msg) from None


@dataclass
class Registry:
    forms: dict[str, FormDefinition] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)  # form id → "builtin" or a file path
    errors: list[DefinitionError] = field(default_factory=list)

    def get(self, form_id: str) -> FormDefinition:
        try:
            return self.forms[form_id]
        except KeyError:
            known = ", ".join(sorted(self.forms))
            raise UnknownForm(
                f"unknown form {form_id!r}; known forms: {known}", field="form"
            ) from None

    def all(self) -> list[FormDefinition]:
        return sorted(
            self.forms.values(), key=lambda f: (f.kind != "official_form", f.country, f.id)
        )

    def add(self, definition: FormDefinition, origin: str) -> None:
        self.forms[definition.id] = definition
        self.origins[definition.id] = origin


def _builtin_files() -> list[tuple[str, str]]:
    root = importlib.resources.files("visadesk.forms") / "definitions"
    out = []
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")):
            out.append((entry.name, entry.read_text(encoding="utf-8")))
    return out


def load_registry(user_dir: Path | None = None) -> Registry:
    reg = Registry()
    for name, text in _builtin_files():
        reg.add(parse_definition(text, name), "builtin")  # shipped files must be valid
    if user_dir is None:
        from visadesk.local.paths import forms_dir

        user_dir = forms_dir()
    if user_dir.is_dir():
        for path in sorted(user_dir.glob("*.y*ml")):
            try:
                text = path.read_text(encoding="utf-8")
                definition = parse_definition(text, path.name)
            except UnicodeDecodeError:
                reg.errors.append(DefinitionError(path.name, None, "", "not UTF-8 text"))
                continue
            except DefinitionError as exc:
                reg.errors.append(exc)
                continue
            if reg.origins.get(definition.id) == "builtin":
                reg.errors.append(
                    DefinitionError(
                        path.name,
                        1,
                        "id",
                        f"{definition.id!r} is a built-in form; choose another id",
                    )
                )
                continue
            reg.add(definition, str(path))
    return reg


_cache: dict[str, tuple[float, Registry]] = {}


def get_registry() -> Registry:
    """The registry for the current VISADESK_HOME (reloaded when its forms folder changes)."""
    from visadesk.local.paths import forms_dir

    folder = forms_dir()
    key = str(folder)
    try:
        stamp = max((p.stat().st_mtime for p in folder.iterdir()), default=folder.stat().st_mtime)
    except OSError:
        stamp = 0.0
    cached = _cache.get(key)
    if cached and cached[0] == stamp:
        return cached[1]
    reg = load_registry(folder)
    _cache[key] = (stamp, reg)
    return reg
