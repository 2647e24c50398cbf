"""Every shipped form definition: loads, numbers once, five languages, print labels, derived files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from visadesk.forms.registry import DefinitionError, load_registry, parse_definition
from visadesk.forms.schema import LANGS, I18n

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def registry():
    return load_registry(Path("/nonexistent-user-forms"))


def test_every_shipped_definition_loads(registry):
    assert registry.errors == []
    ids = {f.id for f in registry.all()}
    assert {"schengen-c", "fr-long-stay", "de-videx-national", "de-videx-schengen"} <= ids
    for code in ("am", "kz", "ge", "kg", "az", "uz", "tj", "me", "rs", "tr", "ae"):
        assert f"border-{code}" in ids


def test_schengen_has_the_33_official_numbers_once(registry):
    numbers = [f.number for f in registry.get("schengen-c").fields() if f.number]
    assert numbers == [str(n) for n in range(1, 34)]


def test_field_numbers_unique_in_every_form(registry):
    for form in registry.all():
        numbers = [f.number for f in form.fields() if f.number]
        assert len(numbers) == len(set(numbers)), form.id


def _texts(obj, path=""):
    """Every I18n inside a definition, with where it is."""
    if isinstance(obj, I18n):
        yield path, obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _texts(getattr(obj, name), f"{path}.{name}")
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from _texts(item, f"{path}[{i}]")


def test_every_label_help_and_choice_in_five_languages(registry):
    count = 0
    for form in registry.all():
        for path, text in _texts(form, form.id):
            for lang in LANGS:
                value = getattr(text, lang)
                assert value and value.strip(), f"{path} lacks {lang}"
            count += 1
    assert count > 500  # the walk really visited the definitions


def test_official_forms_print_in_their_official_languages(registry):
    schengen = registry.get("schengen-c")
    for f in schengen.fields():
        assert f.print_label.en and f.print_label.fr and f.print_label.de, f.id
    cerfa = registry.get("fr-long-stay")
    for f in cerfa.fields():
        assert f.print_label.fr, f.id
    videx = registry.get("de-videx-national")
    for f in videx.fields():
        assert f.print_label.en and f.print_label.de, f.id
        for c in f.choices:
            assert c.print_label.en and c.print_label.de, (f.id, c.value)


def test_border_rows_come_from_sourced_facts(registry):
    """Serbia, Turkey and the UAE are complete now; every border row is a shared fact, and a row
    is marked unverified exactly when its fact is unconfirmed (see tests/test_routes_facts.py)."""
    from visadesk.facts.store import builtin_facts

    store = builtin_facts()
    for code in ("ae", "am", "az", "ge", "kg", "kz", "me", "rs", "tj", "tr", "uz"):
        form = registry.get(f"border-{code}")
        assert form.verify_before_travel  # every border rule: verify before travel
        assert form.info and all(row.facts for row in form.info)
        for row in form.info:
            facts = [store.get(i) for i in row.facts]
            assert row.unverified == any(f.level.value == "unconfirmed" for f in facts)
    for code in ("tr", "rs", "ae"):
        assert not registry.get(f"border-{code}").info[0].unverified


def test_videx_schengen_sheet_is_derived_from_current_schengen_form():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/derive_videx_schengen.py"), "--check"],
        capture_output=True,
    )
    assert result.returncode == 0, "run scripts/derive_videx_schengen.py: the sheet is stale"


BAD = """\
id: broken-form
country: FR
kind: official_form
title: {en: A, ru: A, uk: A, fr: A, de: A}
source: test
checked: 2026-01-01
sections:
  - id: one
    title: {en: A, ru: A, uk: A, fr: A, de: A}
    fields:
      - id: name
        label: {en: Name, ru: Имя, uk: Ім'я, fr: Nom, de: Name}
        type: txet
"""


def test_bad_definition_names_file_line_and_field():
    with pytest.raises(DefinitionError) as err:
        parse_definition(BAD, "broken.yaml")
    e = err.value
    assert e.file == "broken.yaml"
    assert e.line == 13
    assert e.field_path == "sections[0].fields[0].type"
    assert "broken.yaml, line 13" in e.user_message()


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("id: x\n  bad: [", "not valid YAML"),
        ("- a list", "must be a mapping"),
        ("!!python/object/apply:os.system ['true']", "not valid YAML"),
        (BAD.replace("type: txet", "show_if: {field: nothere, eq: 1}"), "unknown field"),
        (
            BAD.replace("type: txet", "show_if: {source: person.surname, lt: 1, gt: 2}"),
            "exactly one operator",
        ),
    ],
)
def test_definitions_are_data_never_code(text, fragment):
    with pytest.raises(DefinitionError) as err:
        parse_definition(text, "x.yaml")
    assert fragment in err.value.user_message()
