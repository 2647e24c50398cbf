"""#13.7: every message key of the core has a translation in each catalog
(resources/translations/messages_<lang>.json), with no placeholder the error does not fill; no
catalog entry is stale; the vault and the MRZ reader raise nothing without a key; and every
vault/MRZ/validation message, built from its real error, reads in Russian and Ukrainian with no
English sentence left in it."""

from __future__ import annotations

import ast
import json
import re
import string
import sys
from pathlib import Path

import pytest

from visadesk import errors, messages
from visadesk.identity import mrz
from visadesk.vault import errors as vault_errors

ROOT = Path(__file__).resolve().parent.parent
CATALOG_DIR = ROOT / "resources" / "translations"
LANGS = ("ru", "uk", "fr", "de")
# what a translation may fill that the English leaves out (the numeric month of a date)
EXTRA_PARAMS = {"mrz.no_such_day": {"month"}}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _casework_keys() -> dict[str, set[str]]:
    """CaseworkError keys -> the parameters their raise sites pass (read from the source)."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / "visadesk" / "casework").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "CaseworkError"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                params = {k.arg for k in node.keywords if k.arg and k.arg != "field"}
                found.setdefault(node.args[0].value, set()).update(params)
    return found


def _english() -> dict[str, str]:
    """Every key of the core with its English (the params a translation may use)."""
    out = {**messages.ENGLISH, **mrz.MESSAGES, **vault_errors.MESSAGES}
    for key, params in _casework_keys().items():
        out[key] = " ".join("{" + p + "}" for p in sorted(params))
    return out


def _catalog(lang: str) -> dict[str, str]:
    return json.loads((CATALOG_DIR / f"messages_{lang}.json").read_text(encoding="utf-8"))


def test_the_audit_sees_every_family():
    keys = _english()
    assert len(keys) > 150
    for family in ("problem.", "field.", "mrz.", "vault.", "bundle.", "record."):
        assert any(k.startswith(family) for k in keys), family
    assert "only_guardian" in keys  # the case operations' refusals


@pytest.mark.parametrize("lang", LANGS)
def test_every_core_key_is_translated_with_its_placeholders(lang):
    catalog = _catalog(lang)
    problems = []
    for key, english in _english().items():
        text = catalog.get(key)
        if not isinstance(text, str) or not text.strip():
            problems.append(f"untranslated {key}")
            continue
        allowed = _placeholders(english) | EXTRA_PARAMS.get(key, set())
        if not _placeholders(text) <= allowed:
            problems.append(f"{key}: {_placeholders(text) - allowed} not filled by the error")
        if lang in ("ru", "uk") and len(english.split()) > 2 and text == english:
            problems.append(f"{key}: still English")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_no_stale_catalog_entries(lang):
    stale = set(_catalog(lang)) - set(_english())
    assert not stale, sorted(stale)


def test_a_missing_translation_is_caught(monkeypatch):
    """The check above is real: a key added to the core without translations fails it."""
    monkeypatch.setitem(vault_errors.MESSAGES, "vault.new_message", "a new message")
    with pytest.raises(AssertionError, match=r"untranslated vault\.new_message"):
        test_every_core_key_is_translated_with_its_placeholders("ru")


def _calls(path: Path) -> list[ast.Call]:
    return [
        n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)
    ]


VAULT_SOURCES = sorted((ROOT / "visadesk" / "vault").glob("*.py"))
FREE_TEXT = ("VaultError", "BundleError", "VisaDeskError", "InvalidCase", "NewerFormat")


@pytest.mark.parametrize("path", VAULT_SOURCES, ids=lambda p: p.name)
def test_the_vault_raises_nothing_without_a_key(path):
    """A user-facing vault error is built with vault_error("key", …) or a keyed class, never
    with free English text; every key used exists."""
    bad = []
    for call in _calls(path):
        name = call.func.id if isinstance(call.func, ast.Name) else None
        if (
            name in FREE_TEXT
            and call.args
            and isinstance(call.args[0], ast.Constant | ast.JoinedStr)
        ):
            if path.name == "errors.py":
                continue  # the classes themselves build their text from MESSAGES
            bad.append(f"{path.name}:{call.lineno}: {name}(<text>) without a key")
        if name == "vault_error":
            key = call.args[0]
            if not (isinstance(key, ast.Constant) and key.value in vault_errors.MESSAGES):
                bad.append(f"{path.name}:{call.lineno}: vault_error with an unknown key")
    assert not bad, "\n".join(bad)


def test_every_vault_error_class_has_a_key():
    classes = [
        c
        for c in vars(vault_errors).values()
        if isinstance(c, type) and issubclass(c, errors.VisaDeskError)
    ]
    assert len(classes) > 15
    classes = [c for c in classes if c.__module__ == vault_errors.__name__]
    bases = (vault_errors.VaultError, vault_errors.BundleError)
    unkeyed = [c.__name__ for c in classes if not c.key and c not in bases]
    assert not unkeyed
    for cls in classes:
        if cls.key:
            assert cls.key in vault_errors.MESSAGES, cls.__name__


def test_the_mrz_reader_raises_nothing_without_a_key():
    bad = []
    for call in _calls(ROOT / "visadesk" / "identity" / "mrz.py"):
        if isinstance(call.func, ast.Name) and call.func.id == "MRZError":
            key = call.args[1] if len(call.args) > 1 else None
            if not (isinstance(key, ast.Constant) and key.value in mrz.MESSAGES):
                bad.append(f"mrz.py:{call.lineno}")
    assert not bad


# --- the real errors, in Russian and Ukrainian -------------------------------------------------

# Latin words that may stay in a translated message: names, commands, codes, units.
ALLOWED_LATIN = {
    "VisaDesk", "visadesk", "vault", "restore", "accept", "init", "any", "TD1", "TD2", "TD3",
    "ID", "MiB", "vdx", "M", "F", "A", "Z", "Caps", "Lock", "VIDEX",
}  # fmt: skip


def english_left(text: str) -> list[str]:
    """Latin words in ``text`` that are not names, commands, ids, paths or zone characters."""
    text = re.sub(r"`[^`]*`", " ", text)  # commands
    text = re.sub(r"(/[\w.+-]+)+", " ", text)  # paths
    text = re.sub(r"\b[\w-]+\.[a-z0-9]{2,7}\b", " ", text)  # file names
    text = re.sub(r"'[^']*'", " ", text)  # quoted zone characters / values
    text = re.sub(r"\b[0-9a-f]{8,64}\b", " ", text)  # record ids
    words = re.findall(r"[A-Za-z][A-Za-z0-9]+", text)
    return [w for w in words if w not in ALLOWED_LATIN]


TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)


def _mrz_errors() -> list[mrz.MRZError]:
    line = TD3[1]
    cases = [
        [],
        [TD3[0]],
        [TD3[0], TD3[1][:-1]],
        [TD3[0][:40], TD3[1]],
        ["P<UTO" + "É" * 39, TD3[1]],
        [TD3[0], line[:19] + "X" + line[20:]],  # a letter as the birth check digit
        [TD3[0], line[:19] + "3" + line[20:]],  # a wrong birth check digit
        [TD3[0], line[:20] + "Q" + line[21:]],  # sex
        ["X" + TD3[0][1:], TD3[1]],  # document code
        ["P<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "X" * 30],
    ]
    found = []
    for lines in cases:
        with pytest.raises(mrz.MRZError) as info:
            mrz.parse(lines)
        found.append(info.value)
    l1, l2 = _with_birth("010229")
    with pytest.raises(mrz.MRZError) as info:
        mrz.parse([l1, l2])
    found.append(info.value)
    l1, l2 = _with_birth("011329")
    with pytest.raises(mrz.MRZError) as info:
        mrz.parse([l1, l2])
    found.append(info.value)
    return found


def _with_birth(birth: str) -> tuple[str, str]:
    from datetime import date

    l1, l2 = mrz.build_td3(
        surname="A",
        given_names="B",
        number="123456789",
        nationality="RUS",
        birth=date(2000, 1, 1),
        sex="M",
        expiry=date(2031, 9, 14),
    )
    cd = mrz.check_digit
    body = l2[:13] + birth + cd(birth) + l2[20] + "310914" + cd("310914") + l2[28:43]
    return l1, body + cd(body[0:10] + body[13:20] + body[21:43])


def test_the_mrz_cases_cover_most_keys():
    keys = {e.key for e in _mrz_errors()}
    assert len(keys) >= 9, keys


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_mrz_errors_speak_the_language(lang):
    for exc in _mrz_errors():
        english = exc.user_message("en")
        text = exc.user_message(lang)
        assert text != english, exc.key
        assert not english_left(text), (exc.key, text)
    exc = next(e for e in _mrz_errors() if e.key == "mrz.check_mismatch")
    assert exc.user_message("ru").startswith("контрольная цифра (дата рождения)")
    assert exc.user_message("uk").startswith("контрольна цифра (дата народження)")
    day = next(e for e in _mrz_errors() if e.key == "mrz.no_such_day")
    assert "29.02.2001" in day.user_message("ru") and "February" not in day.user_message("ru")


SAMPLE_PARAMS = {
    "detail": " (checksum mismatch)",
    "record": "3fa9c0de11",
    "case": "5ff83957c19a",
    "title": "Иванова",
    "problem": "is required",
    "count": "2",
    "action": "restore a backup",
    "version": "9",
    "ours": "1",
    "path": "/home/katia/vault.sqlite3",
    "name": "vault.sqlite3",
    "reason": "Permission denied",
    "kind": "case",
    "attachment": "ab12cd34ef",
    "what": "the file",
    "limit": "200",
    "choice": "'merge'",
}


def _vault_errors() -> list[errors.VisaDeskError]:
    """One real error per vault message (the keyed classes built as the vault builds them)."""
    ve = vault_errors
    out: list[errors.VisaDeskError] = [
        ve.WrongPassphrase(),
        ve.VaultTampered("header", "checksum mismatch"),
        ve.VaultTampered(ve.FILE_STRUCTURE),
        ve.VaultTampered("3fa9c0de11", "failed authentication"),
        ve.IntegrityUnresolved(),
        ve.StaleWrite("5ff83957c19a", 1, 2, None),
        ve.ConflictKept("Иванова"),
        ve.DiskFull(),
        ve.VaultInUse("wipe"),
        ve.VaultLocked(),
        ve.VaultBusy(),
        ve.NoVault("/home/katia/vault.sqlite3"),
        ve.VaultExists("/home/katia/vault.sqlite3"),
        ve.NotABundle("letter.pdf"),
        ve.BundleNewerFormat(9, 1),
        ve.WrongBundlePassphrase(),
        ve.BundleDamaged("header checksum mismatch"),
        ve.BundleRefused("refused: 64 GiB of memory"),
    ]
    keyed_by_class = {c.key for c in out}
    for key in ve.MESSAGES:
        if key in keyed_by_class or key.startswith(("record.", "vault.action.", "vault.what.")):
            continue
        if key == "vault.invalid_case":  # built from a real case below
            continue
        params = {p: SAMPLE_PARAMS[p] for p in _placeholders(ve.MESSAGES[key])}
        terms = {"what": "vault.what.file"} if "what" in params else None
        out.append(ve.vault_error(key, terms=terms, **params))
    return out


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_vault_and_bundle_errors_speak_the_language(lang):
    for exc in _vault_errors():
        text = exc.user_message(lang)
        assert text != exc.user_message("en"), exc.key
        left = english_left(text)
        assert not left, (exc.key, left, text)


def test_a_case_the_vault_refuses_is_explained_in_the_language(example_case):
    from visadesk.vault.records import validated

    first = example_case.applicants[0]
    doc = first.documents[0].model_copy(update={"number": "1" * 99})  # copies skip validation
    person = first.model_copy(update={"documents": [doc]})
    broken = example_case.model_copy(update={"applicants": [person, *example_case.applicants[1:]]})
    with pytest.raises(vault_errors.InvalidCase) as info:
        validated(broken)
    ru = info.value.user_message("ru")
    assert ru.startswith("Заявитель 1 › Документ 1 › Номер: это дело нельзя сохранить:"), ru
    assert "слишком длинно" in ru and not english_left(ru)
    assert "is too long" in info.value.user_message("en")


def test_vault_details_stay_in_english_only():
    exc = vault_errors.VaultTampered("header", "checksum mismatch")
    assert "(checksum mismatch)" in exc.user_message("en")
    assert "checksum" not in exc.user_message("ru")
    assert exc.user_message("ru").startswith("заголовок хранилища повреждён")
    busy = vault_errors.VaultInUse("change the passphrase")
    assert "«сменить кодовую фразу»" in busy.user_message("ru")


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_record_problems_found_at_unlock_speak_the_language(lang):
    messages = [
        "is not the version the vault last saved (an older copy)",
        "cannot be verified: the part of the vault's manifest that lists it is damaged",
        "is missing from the vault file",
        "is not listed in the vault's manifest (added from outside)",
        "failed authentication (damaged or modified)",
    ]
    for message in messages:
        problem = vault_errors.RecordProblem("5ff83957c19a42ab", "case", message)
        text = problem.user_message(lang)
        assert "5ff83957c19a42ab" in text and not english_left(text), text
    assert vault_errors.RecordProblem("ab", "case", "x").user_message("ru").startswith("дело ab")


def test_invalid_data_names_the_field_in_the_language():
    from pydantic import ValidationError

    from visadesk.case.casefile import parse_case
    from visadesk.errors import InvalidData

    data = {
        "format": "visadesk.case/1",
        "applicants": [
            {"surname": "Иванова", "documents": [{"number": "1", "expiry_date": "31.03.2030"}]},
            {"surname": "Иванов", "nationality": "Руритания", "address": {"city": "x" * 5000}},
        ],
    }
    with pytest.raises((InvalidData, ValidationError)) as info:
        parse_case(json.dumps(data))
    exc = info.value
    assert isinstance(exc, InvalidData)
    ru = exc.user_message("ru")
    assert "Заявитель 1 › Документ 1 › Срок действия: это не дата" in ru
    assert "Заявитель 2 › Гражданство: «Руритания» — страна, которой VisaDesk не знает" in ru
    assert "Заявитель 2 › Домашний адрес › Город: слишком длинно" in ru
    assert "applicants" not in ru and not english_left(ru)
    uk = exc.user_message("uk")
    assert "Заявник 1 › Документ 1 › Дійсний до: це не дата" in uk and not english_left(uk)
    en = exc.user_message("en")
    assert "applicants[0].documents[0].expiry_date: is not a valid date" in en


def test_field_paths_read_as_names():
    label = messages.field_label
    assert label("applicants[0].documents[0].expiry_date", "ru") == (
        "Заявитель 1 › Документ 1 › Срок действия"
    )
    assert label("applicants.1.address.postal_code", "uk") == (
        "Заявник 2 › Домашня адреса › Поштовий індекс"
    )
    assert label("sponsor.residence_permit_valid_until", "de") == (
        "Referenzperson › Aufenthaltstitel gültig bis"
    )
    assert label("applications[0].answers.purpose", "fr") == "Demande 1 › Réponses › purpose"
    assert label("(document)", "ru") == "Файл"
    assert label("applicants[0].surname", "ru", names={"surname": "Фамилия (как пишете)"}) == (
        "Заявитель 1 › Фамилия (как пишете)"
    )


def test_the_english_fallback_when_a_catalog_lacks_a_key(monkeypatch):
    catalog = dict(messages.catalog("ru"))
    del catalog["vault.wrong_passphrase"]
    monkeypatch.setitem(messages._catalogs, "ru", catalog)
    assert vault_errors.WrongPassphrase().user_message("ru") == "wrong passphrase"
    assert vault_errors.VaultLocked().user_message("ru").startswith("хранилище заперто")


def test_the_language_follows_the_source_set_by_the_cli(monkeypatch):
    monkeypatch.setattr(errors, "_language_source", None)
    assert vault_errors.WrongPassphrase().user_message() == "wrong passphrase"
    previous = errors.set_language_source(lambda: "uk")
    try:
        assert vault_errors.WrongPassphrase().user_message() == "неправильна кодова фраза"
        assert str(errors.Problem("applicants[0].sex", "is required", "required")) == (
            "Заявник 1 › Стать: обов'язкове для заповнення"
        )
    finally:
        errors.set_language_source(previous)


def test_the_case_models_own_checks_speak_the_language():
    from visadesk.case.casefile import parse_case
    from visadesk.errors import InvalidData

    minor = {"surname": "Иванов", "given_names": "Миша", "date_of_birth": "2019-05-01"}
    data = {"format": "visadesk.case/1", "applicants": [{"surname": "Иванова"}, minor]}
    with pytest.raises(InvalidData) as info:
        parse_case(json.dumps(data))
    assert info.value.problems[0].key == "minor_needs_guardian"
    assert info.value.user_message("ru") == (
        "Заявитель 2 › Родители или опекуны: у несовершеннолетнего должен быть хотя бы один "
        "родитель или законный опекун"
    )
    assert info.value.user_message("de").startswith(
        "Antragsteller 2 › Eltern oder Sorgeberechtigte: "
    )
    person = {
        "surname": "Иванова1",
        "email": "katia",
        "documents": [{"issue_date": "2020-01-02", "expiry_date": "2019-01-01"}],
    }
    with pytest.raises(InvalidData) as info:
        parse_case(json.dumps({"format": "visadesk.case/1", "applicants": [person]}))
    ru = info.value.user_message("uk")
    assert "Заявник 1 › Прізвище: в імені не може бути символу '1'" in ru
    assert "Заявник 1 › Електронна пошта: 'katia' — не адреса електронної пошти" in ru
    assert "Заявник 1 › Документ 1 › Дійсний до: має бути пізніше за дату видачі" in ru
    assert not english_left(ru), ru


# --- the audit: no user-facing error of the core is raised without a key ----------------------

# Errors about VisaDesk's own data files (templates, facts, form and route definitions) speak to
# the people who write those files, in English; the data-folder refusal is translated by its
# ``kind`` where it is shown (cli/main.py, ui/app.py).
ENGLISH_ONLY = {
    ("letters/templates.py", "VisaDeskError"),
    ("facts/store.py", "UnknownFact"),
    ("local/folder_check.py", "UnsafeDataFolder"),
}
KEY_IN_CONSTRUCTOR = {"CaseworkError", "MRZError"}  # (key, message) / (part, key)


def _core_error_classes() -> dict[str, type]:
    import importlib
    import pkgutil

    import visadesk

    for info in pkgutil.walk_packages(visadesk.__path__, "visadesk."):
        if not info.name.startswith(("visadesk.ui", "visadesk.cli", "visadesk.__main__")):
            importlib.import_module(info.name)

    def subclasses(cls: type) -> list[type]:
        return [s for c in cls.__subclasses__() for s in (c, *subclasses(c))]

    return {c.__name__: c for c in (errors.VisaDeskError, *subclasses(errors.VisaDeskError))}


def test_every_core_error_is_raised_with_a_key():
    classes = _core_error_classes()
    core = ROOT / "visadesk"
    bad = []
    for path in sorted(core.rglob("*.py")):
        rel = path.relative_to(core).as_posix()
        if rel.startswith(("ui/", "cli/")):
            continue
        for call in _calls(path):
            func = call.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            cls = classes.get(name or "")
            if cls is None or name in KEY_IN_CONSTRUCTOR or cls.key:
                continue  # keyed by its class (VaultTampered, BundleDamaged …) or constructor
            if not call.args or not isinstance(call.args[0], ast.Constant | ast.JoinedStr):
                continue  # built from a variable: InvalidData(problems), DataFileError(name, …)
            if any(k.arg == "key" for k in call.keywords) or (rel, name) in ENGLISH_ONLY:
                continue
            bad.append(f"{rel}:{call.lineno}: {name}(<English text>) without a key")
        for call in _calls(path):
            if isinstance(call.func, ast.Name) and call.func.id == "keyed":
                key = call.args[0]
                if not (isinstance(key, ast.Constant) and key.value in messages.CORE):
                    bad.append(f"{rel}:{call.lineno}: keyed() with a key missing from CORE")
    assert not bad, "\n".join(bad)


def test_the_audit_finds_an_unkeyed_raise(tmp_path, monkeypatch):
    """The audit above is real: a new `raise VisaDeskError("…")` in the core fails it."""
    fake = tmp_path / "visadesk"
    (fake / "case").mkdir(parents=True)
    (fake / "case" / "new.py").write_text(
        'from visadesk.errors import VisaDeskError\n\n\ndef f():\n    raise VisaDeskError("oops")\n'
    )
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    with pytest.raises(AssertionError, match=r"case/new.py:5: VisaDeskError"):
        test_every_core_error_is_raised_with_a_key()


def test_a_problem_is_an_immutable_value():
    import copy
    import pickle

    p = errors.Problem("applicants[0].sex", "is required", "required", [("a", "1")])
    assert p == errors.Problem("applicants[0].sex", "is required", "required", (("a", "1"),))
    assert len({p, copy.deepcopy(p), pickle.loads(pickle.dumps(p))}) == 1  # noqa: S301 - our own bytes
    with pytest.raises(AttributeError):
        p.message = "changed"  # type: ignore[misc]
    assert str(p) == "applicants[0].sex: is required"  # English unless a language is set
