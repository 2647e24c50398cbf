"""The command line as a script would use it: exit codes, messages on stderr, never a traceback;
and the core's promise to stay free of Qt (and the light commands free of heavy imports)."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys

import pytest

import visadesk


def run(*args: str, home, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, VISADESK_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "visadesk", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
    )


def test_example_case_validates(tmp_path, visadesk_home):
    out = tmp_path / "case.json"
    r = run("example-case", "-o", str(out), home=visadesk_home)
    assert r.returncode == 0, r.stderr
    r = run("validate", str(out), home=visadesk_home)
    assert r.returncode == 0 and "valid (3 applicant(s))" in r.stdout
    stdout = run("example-case", home=visadesk_home).stdout
    assert json.loads(stdout)["format"] == "visadesk.case/1"


def test_schema_is_json_schema(visadesk_home):
    r = run("schema", home=visadesk_home)
    schema = json.loads(r.stdout)
    assert "applicants" in schema["properties"]


def test_validate_lists_every_problem_without_traceback(tmp_path, visadesk_home, example_case):
    data = json.loads(example_case.model_dump_json())
    data["applicants"][0]["phone"] = "12"
    data["applicants"][1]["date_of_birth"] = "1990-13-01"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    r = run("validate", str(path), home=visadesk_home)
    assert r.returncode == 1
    assert "applicants[0].phone:" in r.stderr and "applicants[1].date_of_birth:" in r.stderr
    assert "2 problem(s)" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize(
    "content, fragment",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8"),
        (b"{oops", "not valid JSON"),
        (b"", "not valid JSON"),
    ],
)
def test_validate_refuses_non_case_files(tmp_path, visadesk_home, content, fragment):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    r = run("validate", str(path), home=visadesk_home)
    assert r.returncode == 1 and fragment in r.stderr and "Traceback" not in r.stderr


def test_missing_file_and_usage_errors(visadesk_home):
    r = run("validate", "/nonexistent/case.json", home=visadesk_home)
    assert r.returncode == 1 and "no such file" in r.stderr
    assert run("no-such-command", home=visadesk_home).returncode == 2
    assert run("translit", "Щукин", "--scheme", "nonsense", home=visadesk_home).returncode == 2


def test_translit_and_mrz_commands(visadesk_home):
    r = run("translit", "Щукин", home=visadesk_home)
    assert r.stdout.strip() == "SHCHUKIN"
    r = run("translit", "Юлия", "--scheme", "mvd_310", home=visadesk_home)
    assert r.stdout.strip() == "YULIYA"
    lines = [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ]
    r = run("mrz", *lines, home=visadesk_home)
    assert r.returncode == 0 and json.loads(r.stdout)["surname"] == "ERIKSSON"
    r = run("mrz", lines[0], lines[1][:-1] + "1", home=visadesk_home)
    assert r.returncode == 1 and "composite check digit" in r.stderr and "Traceback" not in r.stderr


def _core_modules() -> list[str]:
    names = []
    for mod in pkgutil.walk_packages(visadesk.__path__, "visadesk."):
        if not mod.name.startswith(("visadesk.ui", "visadesk.__main__")):
            names.append(mod.name)
    return names


def test_core_never_imports_qt():
    modules = _core_modules()
    assert "visadesk.vault.store" in modules and "visadesk.pdf.packet" in modules
    code = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules)
    code += "print('PySide6' in sys.modules, 'shiboken6' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "False False"


def test_translit_command_stays_light(visadesk_home):
    code = (
        "import sys\nfrom visadesk.cli.main import main\nmain(['translit', 'Щукин'])\n"
        "heavy = [m for m in ('pydantic', 'PySide6', 'reportlab', 'cryptography', 'pycountry') if m in sys.modules]\n"
        "print('HEAVY', heavy)"
    )
    env = dict(os.environ, VISADESK_HOME=str(visadesk_home))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert "HEAVY []" in r.stdout, r.stdout + r.stderr


def test_tests_never_see_the_real_home(user_home):
    """Test hygiene (issue 15.6): HOME and every XDG folder are this test's own, so nothing a
    test does (Qt's QtProject.conf, keyring, settings) lands in the real ~/.config."""
    import pwd
    from pathlib import Path

    real = Path(pwd.getpwuid(os.getuid()).pw_dir)
    assert Path(os.path.expanduser("~")) == user_home != real
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        where = Path(os.environ[var])
        assert real == Path("/") or not where.is_relative_to(real), (var, where)
    assert Path(os.environ["XDG_CONFIG_HOME"]).is_relative_to(user_home)


def test_command_table_names_what_each_module_registers():
    """main.COMMAND_OF (which module a command's parser comes from) matches the modules."""
    import argparse
    import importlib

    from visadesk.cli import main as cli_main

    registered: dict[str, str] = {}
    for name in cli_main.COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers(dest="command")
        importlib.import_module(f"visadesk.cli.{name}").register(sub)
        registered.update(dict.fromkeys(sub.choices, name))
    assert registered == cli_main.COMMAND_OF


def test_a_command_builds_only_its_own_parser(visadesk_home, tmp_path):
    """`visadesk translit` imports no other command's module; help still lists every command."""
    code = (
        "import sys\nfrom visadesk.cli.main import main\nmain(['translit', 'Щукин'])\n"
        "print('CMD', sorted(m for m in sys.modules if m.startswith('visadesk.cli.cmd_')))"
    )
    env = dict(os.environ, VISADESK_HOME=str(visadesk_home))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert "CMD ['visadesk.cli.cmd_identity']" in r.stdout, r.stdout + r.stderr
    helped = subprocess.run(
        [sys.executable, "-m", "visadesk", "--help"], capture_output=True, text=True, env=env
    )
    assert helped.returncode == 0
    for command in ("packet", "vault", "translit", "routes", "letter", "case"):
        assert command in helped.stdout
    wrong = subprocess.run(
        [sys.executable, "-m", "visadesk", "pakcet"], capture_output=True, text=True, env=env
    )
    assert wrong.returncode == 2 and "packet" in wrong.stderr  # the choices are all listed
