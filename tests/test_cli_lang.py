"""The command line under --lang zh: every error path, click's own messages and every --help in Chinese.

A Chinese reader must never meet an English sentence: each case below runs one error path of one
command and fails when its output holds three or more English words in a row outside the tokens
that stay as they are (options, keys, file names, paths, values the user typed, units).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from helpers_text import assert_chinese, clear_language
from helpers_workbook import BASE_OFFICES, table_rows
from staffopt.cli import cli
from staffopt.text import catalog
from staffopt.text.clickmsg import PREFIX, click_messages

MakeInput = Callable[..., Path]


@pytest.fixture(autouse=True)
def _no_language_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_language(monkeypatch)


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), env=env)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def test_every_message_of_the_installed_click_is_in_the_catalog() -> None:
    missing = sorted(m for m in click_messages() if PREFIX + m not in catalog("zh"))
    assert not missing, missing


def _cases(tmp: Path, make_input: MakeInput) -> list[tuple[str, list[str], int]]:
    good = make_input(lang="en")
    bad = make_input(offices=[{**BASE_OFFICES[0], "level": "galaxy", "posts": "x"}])
    infeasible = make_input(offices=[{**BASE_OFFICES[0], "min_staff": 100000}], lang="en")
    not_xlsx = tmp / "notes.xlsx"
    not_xlsx.write_text("not a workbook", encoding="utf-8")
    a_file = tmp / "a_file"
    a_file.write_text("x", encoding="utf-8")
    exists = tmp / "exists.xlsx"
    exists.write_bytes(b"keep")
    locks = make_input(lang="en", extra={"locks": table_rows("locks", [  # type: ignore[arg-type]
        {"office_id": "X9", "year": 2022, "what": "posts", "min": 1},
        {"office_id": "C1", "year": 2040, "what": "staff", "max": 40},
        {"office_id": "C1", "year": 2022, "what": "staff"},
        {"office_id": "C2", "year": 2022, "what": "posts", "min": 31, "max": 29},
        {"office_id": "C2", "year": 2022, "what": "posts", "min": 30}])})
    unreachable_lock = make_input(lang="en", extra={"locks": table_rows("locks", [  # type: ignore[arg-type]
        {"office_id": "C1", "year": 2022, "what": "posts", "min": 41},
        {"office_id": "C1", "year": 2022, "what": "staff", "max": 37},
        {"office_id": "C2", "year": 2022, "what": "staff", "min": 32}])})
    targets = make_input(lang="en", extra={"targets": table_rows("targets", [  # type: ignore[arg-type]
        {"area": "X9", "level": "county", "target": 5000},
        {"area": "M1", "level": "county", "target": 5000},
        {"area": "P1", "level": "county", "target": 50}])})
    totals = make_input(lang="en", offices=[*BASE_OFFICES, {**BASE_OFFICES[2], "office_id": "T",
                                                             "name": "合计"}])
    long_name = make_input(lang="en", offices=[{**BASE_OFFICES[0], "name": "x" * 300}, *BASE_OFFICES[1:]])
    unused_rows = make_input(lang="en", workload=[{"office_id": "C1", "year": 2090, "workload": 1}])
    no_run = tmp / "no_run"
    no_run.mkdir()
    return [
        ("no command", ["nosuch"], 2),
        ("unknown option", ["validate", str(good), "--bogus"], 2),
        ("bad --lang", ["validate", str(make_input(lang="zh")), "--lang", "fr"], 2),
        ("init: no path", ["init"], 2),
        ("init: not .xlsx", ["init", str(tmp / "x.txt")], 2),
        ("init: exists", ["init", str(exists)], 2),
        ("init: unknown example", ["init", str(tmp / "e.xlsx"), "--example", "nowhere"], 2),
        ("validate: missing file", ["validate", str(tmp / "missing.xlsx")], 2),
        ("validate: not a workbook", ["validate", str(not_xlsx)], 2),
        ("validate: bad cells", ["validate", str(bad)], 2),
        ("solve: bad --set", ["solve", str(good), "--set", "target.countty=5", "--set", "horizon=abc",
                              "--set", "novalue"], 2),
        ("solve: bad choice", ["solve", str(good), "--set", "objective=cheapest"], 2),
        ("solve: unknown scenario", ["solve", str(good), "--scenario", "nope"], 2),
        ("solve: --out is a file", ["solve", str(good), "--out", str(a_file)], 2),
        ("solve: bad --time-limit", ["solve", str(good), "--time-limit", "-1"], 2),
        ("solve: --gap not a number", ["solve", str(good), "--gap", "abc"], 2),
        ("solve: --objective", ["solve", str(good), "--objective", "cheap"], 2),
        ("solve: infeasible", ["solve", str(infeasible), "--out", str(tmp / "inf"), "--quiet"], 3),
        ("scenarios: bad workbook", ["scenarios", str(bad)], 2),
        ("compare: nothing to compare", ["compare", str(good)], 2),
        ("compare: workers and scheduler", ["compare", str(good), "--all", "--workers", "2",
                                            "--scheduler", "tcp://127.0.0.1:1"], 2),
        ("frontier: no --vary", ["frontier", str(good)], 2),
        ("frontier: bad --vary", ["frontier", str(good), "--vary", "target.county=1:2"], 2),
        ("frontier: not numeric", ["frontier", str(good), "--vary", "objective=1:2:3"], 2),
        ("validate: locks sheet", ["validate", str(locks)], 2),
        ("validate: targets sheet", ["validate", str(targets)], 2),
        ("validate: totals row", ["validate", str(totals)], 2),
        ("validate: name too long", ["validate", str(long_name)], 2),
        ("validate: unused yearly rows (warning)", ["validate", str(unused_rows)], 0),
        ("solve: --time-limit nan", ["solve", str(good), "--time-limit", "nan"], 2),
        ("solve: unreachable lock", ["solve", str(unreachable_lock), "--out", str(tmp / "lk")], 2),
        ("price: unknown --key", ["price", str(good), "--key", "budget.nope"], 2),
        ("price: key with no effect", ["price", str(good), "--out", str(tmp / "pr")], 2),
        ("price: bad --target", ["price", str(good), "--scenario", "fund_1pct", "--target", "galaxy=5"], 2),
        ("price: bad --target value", ["price", str(good), "--scenario", "fund_1pct", "--target",
                                       "county=abc"], 2),
        ("diff: not a folder", ["diff", str(a_file), str(no_run)], 2),
        ("diff: not a run folder", ["diff", str(no_run), str(no_run)], 2),
    ]


def test_every_error_path_speaks_chinese(make_input: MakeInput, tmp_path: Path) -> None:
    failures = []
    for name, args, code in _cases(tmp_path, make_input):
        # the language from --lang, or from STAFFOPT_LANG where the case is about --lang itself
        result = (run(*args, env={"STAFFOPT_LANG": "zh"}) if "--lang" in args or args[0] == "nosuch"
                  else run(*args, "--lang", "zh"))
        if result.exit_code != code:
            failures.append(f"{name}: exit {result.exit_code}, not {code}:\n{result.output}")
            continue
        try:
            assert_chinese(result.output)
        except AssertionError as exc:
            failures.append(f"{name}: {exc}")
    assert not failures, "\n\n".join(failures)


def test_error_paths_follow_the_workbook_language(make_input: MakeInput, tmp_path: Path) -> None:
    """No --lang: a Chinese workbook gets Chinese messages, an English one English (issue 11.2)."""
    zh_bad = make_input(lang="zh", offices=[{**BASE_OFFICES[0], "posts": "x"}])
    en_bad = make_input(lang="en", offices=[{**BASE_OFFICES[0], "posts": "x"}])
    zh = run("validate", str(zh_bad))
    assert zh.exit_code == 2 and "个问题" in zh.output and "第 2 行" in zh.output
    assert_chinese(zh.output)
    en = run("validate", str(en_bad))
    assert en.exit_code == 2 and "1 problem(s)" in en.output and "row 2" in en.output
    # STAFFOPT_LANG decides where no workbook does, and the workbook wins over it
    assert "错误" in run("init", str(tmp_path / "x.txt"), env={"STAFFOPT_LANG": "zh"}).output
    assert "1 problem(s)" in run("validate", str(en_bad), env={"STAFFOPT_LANG": "zh"}).output
    assert "用法" in run("init", env={"LANG": "zh_CN.UTF-8"}).output  # the locale, for click's usage error


COMMANDS = ["init", "validate", "solve", "scenarios", "compare", "frontier", "price", "diff"]


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_in_chinese(command: str | None) -> None:
    # the group's help has no --lang of its own: STAFFOPT_LANG chooses
    result = (run("--help", env={"STAFFOPT_LANG": "zh"}) if command is None
              else run(command, "--help", "--lang", "zh"))
    assert result.exit_code == 0, result.output
    assert "用法" in result.output and "选项" in result.output
    # the usage line and option names stay as typed; everything said about them is Chinese
    assert_chinese(result.output)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_states_where_the_language_comes_from(command: str) -> None:
    en = run(command, "--help", env={"STAFFOPT_LANG": "en"}).output
    assert "--lang" in en and "STAFFOPT_LANG" in en and "locale" in en
    zh = run(command, "--help", "--lang", "zh").output
    assert "STAFFOPT_LANG" in zh and "区域" in zh


def test_help_switches_language_between_runs() -> None:
    """One process, two runs: the second --help speaks its own language (no text kept from the first)."""
    assert "Show this message and exit." in run("solve", "--help", "--lang", "en").output
    zh = run("solve", "--help", "--lang", "zh").output
    assert "显示本帮助并退出。" in zh and "Show this message" not in zh
    assert "Show this message and exit." in run("solve", "--help", "--lang", "en").output


def test_lines_printed_outside_click_speak_chinese() -> None:
    """The interrupt line and the file-system error line (printed by main(), not by click) in Chinese."""
    import signal

    from staffopt.cli import os_error_message
    from staffopt.interrupts import Interrupted, message

    for signum in (signal.SIGINT, signal.SIGTERM):
        line = message(Interrupted(signum), "zh")
        assert line.startswith("已中断")
        assert_chinese(line)
    line = os_error_message(PermissionError(13, "Permission denied", "/srv/reports"), "zh")
    assert "/srv/reports" in line
    assert_chinese(line)
