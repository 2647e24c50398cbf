"""#13.7 in the real command line: under a Russian (or Ukrainian) locale the MRZ reader's, the
vault's (wrong passphrase, a tampered record) and the case validator's messages come out in that
language, fields named as a person reads them, no English sentence left; English stays the
source under LANG=C."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_messages_catalogs import english_left

ROOT = Path(__file__).resolve().parent.parent
LOCALE_VARS = ("VISADESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
PASS = "correct horse battery staple 42"


def _run(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS}
    full_env.pop("VISADESK_PASSPHRASE", None)
    full_env.update(
        VISADESK_HOME=str(home),
        VISADESK_KDF_MEMORY_KIB="8192",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        **env,
    )
    return subprocess.run(
        [sys.executable, "-m", "visadesk", *args],
        cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def _messages(stderr: str) -> str:
    return "\n".join(line.removeprefix("visadesk: ") for line in stderr.splitlines())


def test_mrz_errors_in_russian_and_ukrainian(visadesk_home):
    l1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    l2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    wrong = l2[:19] + "3" + l2[20:]  # the birth date's check digit
    r = _run("mrz", l1, wrong, home=visadesk_home, LANG="ru_RU.UTF-8")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    text = _messages(r.stderr)
    assert "контрольная цифра (дата рождения) — 3, а по данным получается 2" in text
    assert not english_left(text), text
    r = _run("mrz", l1, l2[:40], home=visadesk_home, LANGUAGE="uk", LANG="C.UTF-8")
    text = _messages(r.stderr)
    assert "у рядку 2 40 знаків" in text and not english_left(text), text
    r = _run("mrz", l1, wrong, home=visadesk_home, LANG="C")
    assert "date of birth check digit is 3, but the data gives 2" in r.stderr


def test_validation_problems_name_the_fields_in_russian(visadesk_home, tmp_path):
    case = {
        "format": "visadesk.case/1",
        "applicants": [
            {"surname": "Иванова", "documents": [{"number": "1", "expiry_date": "31.03.2030"}]},
            {"surname": "Иванов", "sex": "K"},
        ],
    }
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    r = _run("validate", str(path), home=visadesk_home, LANG="ru_RU.UTF-8")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    lines = r.stderr.splitlines()
    assert "Заявитель 1 › Документ 1 › Срок действия: это не дата; напишите её как ГГГГ-ММ-ДД, например 1990-03-25" in lines  # fmt: skip
    assert "Заявитель 2 › Пол: нет среди вариантов выбора" in lines
    assert "applicants" not in r.stderr and not english_left(
        _messages(r.stderr).replace(str(path), "")
    )
    r = _run("validate", str(path), home=visadesk_home, LANG="uk_UA.UTF-8")
    assert "Заявник 1 › Документ 1 › Дійсний до: це не дата" in r.stderr
    r = _run("validate", str(path), home=visadesk_home, LANG="C")
    assert "applicants[0].documents[0].expiry_date: is not a valid date" in r.stderr


@pytest.fixture
def vault_with_a_case(visadesk_home, tmp_path):
    assert _run("vault", "init", home=visadesk_home, VISADESK_PASSPHRASE=PASS).returncode == 0
    example = _run("example-case", home=visadesk_home)
    case_file = tmp_path / "example.json"
    case_file.write_text(example.stdout, encoding="utf-8")
    r = _run("vault", "import", str(case_file), home=visadesk_home, VISADESK_PASSPHRASE=PASS)
    assert r.returncode == 0, r.stderr
    return visadesk_home / "vault.sqlite3", r.stdout.strip().split()[-1]


def test_wrong_passphrase_and_a_tampered_record_in_russian(visadesk_home, vault_with_a_case):
    path, case_id = vault_with_a_case
    r = _run("vault", "list", home=visadesk_home, VISADESK_PASSPHRASE="wrong", LANG="ru_RU.UTF-8")
    assert r.returncode == 1 and r.stderr.strip() == "visadesk: неверная кодовая фраза"
    with sqlite3.connect(path) as db:  # flip one bit of the case's sealed body
        rid, body = db.execute("SELECT id, body FROM records WHERE kind = 'case'").fetchone()
        damaged = bytearray(body)
        damaged[40] ^= 1
        db.execute("UPDATE records SET body = ? WHERE id = ?", (bytes(damaged), rid))
    r = _run("vault", "show", case_id, home=visadesk_home, VISADESK_PASSPHRASE=PASS, LANG="ru_RU.UTF-8")  # fmt: skip
    assert r.returncode == 1 and "Traceback" not in r.stderr
    text = _messages(r.stderr)
    assert f"внимание: дело {case_id}: эта запись повреждена или изменена" in text
    assert f"запись {case_id} повреждена или изменена вне VisaDesk" in text
    assert "Восстановите резервную копию" in text and not english_left(text), text
    r = _run("vault", "show", case_id, home=visadesk_home, VISADESK_PASSPHRASE=PASS, LANGUAGE="uk")  # fmt: skip
    assert f"запис {case_id} пошкоджено або змінено поза VisaDesk" in r.stderr
    r = _run("vault", "show", case_id, home=visadesk_home, VISADESK_PASSPHRASE=PASS, LANG="C")
    assert f"the record {case_id} is damaged or was modified outside VisaDesk" in r.stderr


def test_form_check_problems_in_russian_with_russian_labels(visadesk_home, tmp_path):
    example = json.loads(_run("example-case", home=visadesk_home).stdout)
    for app in example["applications"]:
        if app["form_id"] == "schengen-c":
            app["answers"]["arrival_date"] = "31.02.2027"
            app["answers"]["entries"] = "many"
        if app["form_id"] == "de-videx-national":
            app["answers"]["employer"] = "Zavod №5 ★"
    path = tmp_path / "case.json"
    path.write_text(json.dumps(example, ensure_ascii=False), encoding="utf-8")
    r = _run("check", str(path), home=visadesk_home, LANG="ru_RU.UTF-8")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "Сколько въездов: ошибка: «many» нет среди вариантов выбора" in r.stdout
    assert "Дата въезда: ошибка: «31.02.2027» — такой даты нет" in r.stdout
    assert "должно быть написано латиницей (VIDEX: и без других знаков); не № ★" in r.stdout
    problems = [line for line in r.stdout.splitlines() if ": ошибка: " in line]
    assert len(problems) == 3
    for line in problems:
        assert not english_left(line.replace("«many»", "")), line
    r = _run("check", str(path), home=visadesk_home, LANG="C")
    assert "'many' is not one of the choices" in r.stdout
