"""Reading one data file (facts, route rules) safely: YAML safe loader only, a strict pydantic
model, and an error that names the file, the line and the field when anything is wrong."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

from pydantic import BaseModel, ValidationError

from visadesk.errors import VisaDeskError
from visadesk.local.yaml_cache import load_yaml

MAX_FILE_BYTES = 2 * 1024 * 1024
_ALIASES = {"not_": "not", "in_": "in"}

M = TypeVar("M", bound=BaseModel)

if TYPE_CHECKING:
    import yaml


def _yaml() -> Any:
    """PyYAML, imported only when a file is parsed afresh or has an error to point at (a file
    read back from the parse cache never needs it)."""
    import yaml

    return yaml


class DataFileError(VisaDeskError):
    """A data file is not valid: names the file, the line and the field."""

    def __init__(self, file: str, line: int | None, field_path: str, problem: str) -> None:
        where = f"{file}, line {line}" if line else file
        super().__init__(f"{where}: {field_path or 'file'}: {problem}", field=None)
        self.file, self.line, self.field_path, self.problem = file, line, field_path, problem


def line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """Follow a pydantic error location through the YAML node tree to a 1-based line."""
    lib = _yaml()
    best = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, lib.MappingNode):
            nxt = None
            for key, val in node.value:
                if key.value == part or key.value == _ALIASES.get(str(part)):
                    nxt = val
                    best = key.start_mark.line + 1
                    break
            node = nxt
        elif isinstance(node, lib.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                break
            node = node.value[part]
            best = node.start_mark.line + 1
        else:
            break
        if node is None:
            break
    return best


def parse(text: str, filename: str, model: type[M]) -> M:
    """Validate one file's YAML text against ``model`` (no tags, no code, unknown keys refused)."""
    if len(text.encode("utf-8", "replace")) > MAX_FILE_BYTES:
        raise DataFileError(filename, None, "", "file is too large")
    try:
        data = load_yaml(text)  # the safe loader, through the parse cache
    except _yaml().YAMLError as exc:  # evaluated only when something was raised
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataFileError(
            filename, mark.line + 1 if mark else None, "", f"not valid YAML ({problem})"
        ) from None
    if not isinstance(data, dict):
        raise DataFileError(filename, 1, "", "the file must be a mapping (key: value)")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        loc = tuple(
            p
            for p in err["loc"]
            if not (isinstance(p, str) and p.startswith(("function", "union", "tagged")))
        )
        path = ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in loc).replace(".[", "[")
        msg = str(err["msg"]).removeprefix("Value error, ")
        more = len(exc.errors()) - 1
        if more:
            msg += f" (and {more} more problem(s))"
        raise DataFileError(filename, line_of(compose(text), loc), path, msg) from None


def compose(text: str) -> yaml.Node | None:
    """The YAML node tree of ``text`` (safe loader), to point an error at its line."""
    lib = _yaml()
    loader = getattr(lib, "CSafeLoader", lib.SafeLoader)
    return cast("yaml.Node | None", lib.compose(text, Loader=loader))
