"""`staffopt --help` and `staffopt validate` start without pandas, altair or the solver.

Each command runs in a fresh interpreter (imports are per process); the test asserts which
modules were loaded, not how long it took (the start-up time is a benchmark figure).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("pandas", "altair", "vl_convert", "pyomo", "highspy", "scipy", "dask", "numpy",
         # click's test runner (it loads pdb): routing click's messages to the catalog must not load it
         "click.testing", "pdb",
         # ctypes: click._winconsole loads it and then refuses any system but Windows
         "ctypes")

PROBE = """
import json, sys
from staffopt.cli import cli
try:
    cli.main(sys.argv[1:], prog_name="staffopt")
except SystemExit as exc:
    code = exc.code
else:
    code = 0
print(json.dumps({"code": code, "loaded": [m for m in HEAVY if m in sys.modules]}))
"""


def _probe(modules: tuple[str, ...] = HEAVY) -> str:
    return f"HEAVY = {modules!r}\n" + PROBE


def _run(*args: str) -> dict[str, object]:
    return _run_probe(HEAVY, *args)


def _run_probe(modules: tuple[str, ...], *args: str) -> dict[str, object]:
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", _probe(modules), *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120, check=False)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("args", [("--help",), ("solve", "--help"), ("compare", "--help"), ("init", "--help"),
                                  ("validate", "--help")])
def test_help_loads_no_heavy_module(args: tuple[str, ...]) -> None:
    out = _run(*args)
    assert out["code"] == 0
    assert out["loaded"] == []


@pytest.mark.parametrize("args", [("--help",), ("validate", "--help"), ("solve", "--help")])
def test_help_reads_no_workbook_library(args: tuple[str, ...]) -> None:
    """``--help`` needs neither openpyxl nor its XML parsers (nor the reader that uses them)."""
    out = _run_probe(("openpyxl", "lxml", "defusedxml", "staffopt.reader", "staffopt.validate"), *args)
    assert out["code"] == 0
    assert out["loaded"] == []


def test_validate_loads_no_heavy_module() -> None:
    out = _run("validate", str(ROOT / "data" / "example_province.xlsx"))
    assert out["code"] == 0
    assert out["loaded"] == []  # openpyxl comes without numpy (staffopt.openpyxl_lean)


def test_validate_with_problems_loads_no_heavy_module(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes((ROOT / "data" / "example_province.xlsx").read_bytes()[:2000])  # a broken archive
    out = _run("validate", str(bad), "--lang", "zh")
    assert out["code"] == 2
    assert out["loaded"] == []


#: The command modules ``validate`` does not need (imported when their command is looked up).
OTHER_COMMANDS = ("staffopt.commands.solve_cmd", "staffopt.commands.price_cmd",
                  "staffopt.commands.whatif_cmds", "staffopt.commands.diff_cmd")


@pytest.mark.parametrize("args", [("validate", str(ROOT / "data" / "example_province.xlsx")),
                                  ("validate", "--help"), ("init", "--help")])
def test_validate_and_init_load_only_their_command_module(args: tuple[str, ...]) -> None:
    out = _run_probe((*OTHER_COMMANDS, "staffopt.commands.workbook_cmds"), *args)
    assert out["code"] == 0
    assert out["loaded"] == ["staffopt.commands.workbook_cmds"]


def test_help_loads_every_command_module() -> None:
    out = _run_probe((*OTHER_COMMANDS, "staffopt.commands.workbook_cmds"), "--help")
    assert out["code"] == 0
    assert len(out["loaded"]) == 5  # type: ignore[arg-type]


def test_every_command_is_listed_with_its_module() -> None:
    """Each module of staffopt.commands with ``register`` adds exactly the commands the table maps to it."""
    import importlib

    import click

    from staffopt.cli import COMMAND_MODULES

    modules = sorted(p.stem for p in (ROOT / "src" / "staffopt" / "commands").glob("*.py")
                     if "def register(" in p.read_text(encoding="utf-8"))
    assert sorted(set(COMMAND_MODULES.values())) == modules
    for module in modules:
        group = click.Group()
        importlib.import_module(f"staffopt.commands.{module}").register(group)
        assert sorted(group.commands) == sorted(n for n, m in COMMAND_MODULES.items() if m == module)
