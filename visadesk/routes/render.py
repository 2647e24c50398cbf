"""Advice as plain text lines (CLI, PDF) or HTML (the app): every point is the fact's own
statement, marked "unconfirmed — check with …" or "may be out of date" where so, followed by
its sources and the date they were checked."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from visadesk.facts.sourcing import Confidence
from visadesk.facts.store import Fact
from visadesk.routes.engine import Advice, Line
from visadesk.routes.labels import label


@dataclass(frozen=True)
class TextLine:
    level: int  # 0 heading, 1 line title, 2 point, 3 source
    text: str
    kind: str = ""  # "warning" / "exit" / "route" for titles


def fact_text(fact: Fact, lang: str) -> str:
    text = fact.statement.get(lang)
    if fact.level is Confidence.UNCONFIRMED:
        who = fact.check_with.get(lang) if fact.check_with else ""
        text += f" [{label('unconfirmed', lang)} {who}]"
    return text


def source_text(fact: Fact, lang: str) -> str:
    if not fact.sources:
        return f"{label('nosource', lang)} ({label('checked', lang)} {fact.checked.isoformat()})"
    urls = "; ".join(s.url for s in fact.sources)
    return f"{label('sources', lang)}: {urls} ({label('checked', lang)} {fact.checked.isoformat()})"


def grouped(line: Line) -> list[tuple[list[str], Fact]]:
    """Each fact once, with every point (who, where, chance …) it answers."""
    order: dict[str, tuple[list[str], Fact]] = {}
    for point in line.points:
        for fact in point.facts:
            order.setdefault(fact.id, ([], fact))[0].append(point.key)
    return list(order.values())


def line_title(line: Line, lang: str) -> str:
    marks = []
    if line.confidence is not Confidence.UNCONFIRMED:
        marks.append(label(line.confidence.value, lang))
    if line.stale:
        marks.append(label("stale", lang))
    if line.origin != "builtin":
        marks.append(f"{label('volunteer', lang)} {line.origin}")
    suffix = f" ({'; '.join(marks)})" if marks else ""
    return f"{line.title(lang)}{suffix}"


def form_title(form_id: str, lang: str) -> str:
    """A form's or checklist's title in the user's language (its id when it cannot be read)."""
    from visadesk.errors import VisaDeskError
    from visadesk.forms.registry import get_registry

    try:
        return f"{get_registry().get(form_id).title.get(lang)} ({form_id})"
    except (VisaDeskError, OSError):
        return form_id


BLOCKING_WARNINGS = frozenset({"warn.exit_ban"})


def exits_blocked(advice: Advice) -> bool:
    """A warning that may stop the person at any border (a summons in the register) applies:
    the exits are then never shown as simply open."""
    return any(line.rule.id in BLOCKING_WARNINGS for line in advice.warnings)


def to_lines(advice: Advice, lang: str) -> list[TextLine]:
    out: list[TextLine] = [TextLine(0, advice.person_name)]
    for key, lines in (
        ("warnings", advice.warnings),
        ("exits", advice.exits),
        ("routes", advice.routes),
    ):
        out.append(TextLine(0, label(key, lang)))
        if key == "exits" and lines and exits_blocked(advice):
            out.append(TextLine(2, label("exits_blocked", lang), "warning"))
        if not lines:
            out.append(TextLine(2, label("none", lang)))
        for line in lines:
            out.append(TextLine(1, line_title(line, lang), line.kind))
            for keys, fact in grouped(line):
                names = " · ".join(label(k, lang) for k in keys if k != "warning")
                prefix = f"{names}: " if names else ""
                out.append(TextLine(2, f"{prefix}{fact_text(fact, lang)}"))
                out.append(TextLine(3, source_text(fact, lang)))
            if line.rule.checklist:
                out.append(
                    TextLine(
                        2, f"{label('checklist', lang)}: {form_title(line.rule.checklist, lang)}"
                    )
                )
            if line.rule.form:
                out.append(
                    TextLine(2, f"{label('form', lang)}: {form_title(line.rule.form, lang)}")
                )
    return out


def to_html(advice: Advice, lang: str) -> str:
    parts: list[str] = []
    for t in to_lines(advice, lang):
        text = escape(t.text)
        if t.level == 0:
            parts.append(f"<h3>{text}</h3>")
        elif t.level == 1:
            color = {"warning": "#9b1c1c", "exit": "#1d4f91", "route": "#215e21"}.get(t.kind, "")
            parts.append(f'<p style="margin-top:8px"><b style="color:{color}">{text}</b></p>')
        elif t.level == 2:
            parts.append(f'<p style="margin-left:12px">{text}</p>')
        else:
            parts.append(f'<p style="margin-left:12px; color:#555"><small>{text}</small></p>')
    return "".join(parts)
