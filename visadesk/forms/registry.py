"""Load and validate every form definition: the shipped ones and those a volunteer drops into
``VISADESK_HOME/forms/``. A bad file is reported with its name, line and field; it never stops
the shipped forms from loading. Shipped definitions are validated on first use (a packet of three
forms validates three files, not fifteen); the registry is cached per forms folder."""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from visadesk.errors import VisaDeskError, keyed
from visadesk.forms.schema import FormDefinition
from visadesk.local.yaml_cache import load_yaml

if TYPE_CHECKING:
    import yaml

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
    import yaml

    best = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for key, val in node.value:
                if key.value == part:  # pydantic's loc names aliased fields ("not", "in") by alias
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


def parse_definition(text: str, filename: str) -> FormDefinition:
    """Validate one definition's YAML text (safe loader only; no tags, no code)."""
    if len(text.encode("utf-8", "replace")) > MAX_DEFINITION_BYTES:
        raise DefinitionError(filename, None, "", "file is too large")
    try:
        data = load_yaml(text)  # a cached parse needs no YAML library at all
    except Exception as exc:
        import yaml

        if not isinstance(exc, yaml.YAMLError):
            raise
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
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        node = yaml.compose(text, Loader=loader)  # positions, only when there is an error
        raise DefinitionError(filename, _line_of(node, loc), path, msg) from None


@dataclass
class Registry:
    """The known form definitions. Shipped ones are validated lazily, on first use: a shipped
    file is named after its form id (``<id>.yaml``, checked when it is loaded and by the tests),
    so ``get(id)`` validates that one file, and ``forms``/``all()`` validate the rest."""

    _forms: dict[str, FormDefinition] = field(default_factory=dict)
    _origins: dict[str, str] = field(default_factory=dict)  # form id → "builtin" or a file path
    errors: list[DefinitionError] = field(default_factory=list)
    _pending: dict[str, Traversable] = field(default_factory=dict)  # shipped, not yet validated

    @property
    def forms(self) -> dict[str, FormDefinition]:
        self._load_pending()
        return self._forms

    @property
    def origins(self) -> dict[str, str]:
        return {**{fid: "builtin" for fid in self._pending}, **self._origins}

    def ids(self) -> list[str]:
        """Every form id, without validating anything."""
        return sorted({*self._pending, *self._forms})

    def get(self, form_id: str) -> FormDefinition:
        if form_id in self._pending:
            self._load(form_id)
        try:
            return self._forms[form_id]
        except KeyError:
            known = ", ".join(self.ids())
            raise keyed(
                "form.unknown", cls=UnknownForm, field="form", form=repr(form_id), known=known
            ) from None

    def all(self) -> list[FormDefinition]:
        return sorted(
            self.forms.values(), key=lambda f: (f.kind != "official_form", f.country, f.id)
        )

    def add(self, definition: FormDefinition, origin: str) -> None:
        self._pending.pop(definition.id, None)
        self._forms[definition.id] = definition
        self._origins[definition.id] = origin

    def add_builtin(self, form_id: str, entry: Traversable) -> None:
        """A shipped definition file, validated when first asked for."""
        self._pending[form_id] = entry

    def _load(self, form_id: str) -> None:
        entry = self._pending[form_id]
        definition = parse_definition(entry.read_text(encoding="utf-8"), entry.name)
        if definition.id != form_id:  # shipped files must be valid and named after their id
            raise DefinitionError(entry.name, 1, "id", f"must be {form_id!r}, as the file name")
        self.add(definition, "builtin")

    def _load_pending(self) -> None:
        for form_id in sorted(self._pending):
            self._load(form_id)


def _builtin_entries() -> list[tuple[str, Traversable]]:
    """(form id, file) of every shipped definition, in file-name order."""
    root = importlib.resources.files("visadesk.forms") / "definitions"
    out = []
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        for suffix in (".yaml", ".yml"):
            if entry.name.endswith(suffix):
                out.append((entry.name.removesuffix(suffix), entry))
    return out


def load_registry(user_dir: Path | None = None) -> Registry:
    reg = Registry()
    for form_id, entry in _builtin_entries():
        reg.add_builtin(form_id, entry)
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
