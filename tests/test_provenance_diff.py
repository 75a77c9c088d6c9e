"""Provenance in every run folder, and ``staffopt diff`` between two run folders."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from helpers_text import assert_chinese
from staffopt import __version__
from staffopt.cli import cli
from staffopt.report.labels import text
from staffopt.report.provenance import highs_version
from test_report_support import write_tiny_workbook


def _run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args), env={"TTY_INTERACTIVE": "0"}, catch_exceptions=False)


def _summary(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "summary.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("prov")
    src = write_tiny_workbook(root / "tiny.xlsx")
    out = {"root": root, "src": src}
    out["a"] = _run("solve", str(src), "--out", str(root / "a"), "-q")
    out["b"] = _run("solve", str(src), "--set", "target.county=5000", "--out", str(root / "b"), "-q",
                    "--lang", "zh")
    out["a2"] = _run("solve", str(src), "--out", str(root / "a2"), "-q")
    return out


def test_summary_json_records_versions_input_hash_command_and_time(runs: dict[str, Any]) -> None:
    assert runs["a"].exit_code == 0 and runs["b"].exit_code == 0, runs["a"].output + runs["b"].output
    src: Path = runs["src"]
    prov = _summary(runs["root"] / "b")["provenance"]
    assert prov["staffopt_version"] == __version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", prov["highs_version"]) and prov["highs_version"] == highs_version()
    assert prov["input"] == str(src)
    assert prov["input_sha256"] == hashlib.sha256(src.read_bytes()).hexdigest()
    # rebuilt from the parsed options, in the command's own order of options
    assert prov["command_line"] == (f"staffopt solve {src} --set target.county=5000 "
                                    f"--out {runs['root'] / 'b'} --lang zh --quiet")
    when = datetime.fromisoformat(prov["time"])
    assert when.tzinfo is not None and abs((datetime.now(when.tzinfo) - when).total_seconds()) < 3600


@pytest.mark.parametrize(("run", "lang"), [("a", "en"), ("b", "zh")])
def test_settings_sheet_lists_the_provenance(runs: dict[str, Any], run: str, lang: str) -> None:
    folder = runs["root"] / run
    prov = _summary(folder)["provenance"]
    ws = openpyxl.load_workbook(folder / "plan.xlsx")[text("sheet.settings", lang)]  # type: ignore[arg-type]
    cells = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=2).value for r in range(1, ws.max_row + 1)}
    title = "Provenance" if lang == "en" else "来源信息"
    assert title in cells
    sha = "input SHA-256" if lang == "en" else "输入文件 SHA-256"
    command = "command line" if lang == "en" else "命令行"
    assert cells[sha] == prov["input_sha256"] and cells[command] == prov["command_line"]
    version = "HiGHS version" if lang == "en" else "HiGHS 版本"
    assert cells[version].startswith(prov["highs_version"])
    # the parameters above are untouched: every setting is still listed once
    assert cells["target.county"] == _summary(folder)["settings"]["target.county"]


def test_diff_lists_settings_inputs_and_headline(runs: dict[str, Any]) -> None:
    root = runs["root"]
    res = _run("diff", str(root / "a"), str(root / "b"))
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    sa, sb = _summary(root / "a"), _summary(root / "b")
    assert lines[0].startswith(f"A: {root / 'a'}") and lines[1].startswith(f"B: {root / 'b'}")
    assert "settings: 1 differ (A → B)" in lines
    assert f"  target.county: {sa['settings']['target.county']:g} → 5000" in lines
    ha, hb = sa["headline"], sb["headline"]
    change = hb["cost_total"] - ha["cost_total"]
    assert (f"  total cost over the plan years (CNY 10k): {ha['cost_total']:,.2f} → {hb['cost_total']:,.2f} "
            f"({change:+,.2f})") in lines
    assert change > 0  # a stricter standard costs more
    assert "inputs and provenance: 1 differ (A → B)" in lines  # only the command line differs
    assert any(line.startswith("  command line: staffopt solve") for line in lines)


def test_diff_in_chinese_and_of_identical_runs(runs: dict[str, Any], tmp_path: Path) -> None:
    root = runs["root"]
    zh = _run("diff", str(root / "a"), str(root / "b"), "--lang", "zh")
    assert zh.exit_code == 0 and "参数：1 项不同(A → B)" in zh.stdout and "规划期总成本 (万元)：" in zh.stdout
    assert_chinese(zh.stdout)  # every line in Chinese (paths, keys and the command line stay as typed)
    same = _run("diff", str(root / "a"), str(root / "a2"))
    assert same.exit_code == 0, same.output
    assert "settings: the same" in same.stdout and "headline: the same" in same.stdout


def test_diff_names_a_changed_input(runs: dict[str, Any], tmp_path: Path) -> None:
    changed = write_tiny_workbook(tmp_path / "tiny.xlsx", horizon=4)  # an edited parameters sheet
    out = tmp_path / "c"
    assert _run("solve", str(changed), "--out", str(out), "-q").exit_code == 0
    res = _run("diff", str(runs["root"] / "a"), str(out))
    sha_a = _summary(runs["root"] / "a")["provenance"]["input_sha256"]
    sha_c = _summary(out)["provenance"]["input_sha256"]
    lines = res.stdout.splitlines()
    assert sha_a != sha_c and f"  input SHA-256: {sha_a} → {sha_c}" in lines
    horizon = _summary(runs["root"] / "a")["settings"]["horizon"]
    assert horizon != 4 and f"  horizon: {horizon} → 4" in lines


def test_diff_refuses_a_folder_that_is_not_a_run(runs: dict[str, Any], tmp_path: Path) -> None:
    res = _run("diff", str(runs["root"] / "a"), str(tmp_path))
    assert res.exit_code == 2 and "Invalid value for 'RUN_B'" in res.output and "summary.json" in res.output
    assert "Traceback" not in res.output
