"""``staffopt compare``: two scenarios equal two separate solves; failures are reported, not fatal."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from staffopt.cli import cli
from staffopt.instance import InputData
from staffopt.pipeline import run_solve
from staffopt.reader import read_workbook, table_frame
from staffopt.synthetic import national_instance
from staffopt.whatif.metrics import METRICS, NUMERIC_METRICS, scenario_metrics
from staffopt.workbook import write_input_workbook

EXACT = ("--gap", "0", "--time-limit", "30")


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = national_instance(provinces=1, municipal=1, county=3, horizon=2, seed=5)
    rows = [
        {"scenario": "lean", "key": "budget.growth", "value": "0", "note": "flat budgets", "row": 2},
        {"scenario": "lean", "key": "target.county", "value": "6000", "note": "", "row": 3},
        # minimum staffing far above any budget: infeasible under the service objective
        {"scenario": "impossible", "key": "staff.min.county", "value": "5000", "note": "", "row": 4},
        {"scenario": "impossible", "key": "objective", "value": "service", "note": "", "row": 5},
    ]
    data = dataclasses.replace(data, scenarios=table_frame("scenarios", rows))
    path = tmp_path_factory.mktemp("wb") / "tiny.xlsx"
    write_input_workbook(data, path)
    return path


def metric_column(ws: openpyxl.worksheet.worksheet.Worksheet, name: str) -> dict[str, object]:
    header = [c.value for c in ws[3]]
    col = header.index(name) + 1
    return {m.key: ws.cell(4 + i, col).value for i, m in enumerate(METRICS)}


def test_compare_two_scenarios_equals_two_solves(workbook: Path, tmp_path: Path) -> None:
    out = tmp_path / "cmp"
    result = CliRunner().invoke(cli, ["compare", str(workbook), "--scenario", "lean", "--scenario",
                                      "fund_korea", "--out", str(out), *EXACT])
    assert result.exit_code == 0, result.output
    data: InputData = read_workbook(workbook)
    ws = openpyxl.load_workbook(out / "comparison.xlsx").worksheets[0]
    diff = openpyxl.load_workbook(out / "comparison.xlsx").worksheets[1]
    solo = {}
    for name in ("lean", "fund_korea"):
        alone = run_solve(data, scenario=name, overrides={"solver.gap": "0", "solver.time_limit": "30"})
        assert alone.status == "optimal"
        solo[name] = scenario_metrics(alone)
        shown = metric_column(ws, name)
        for key, value in solo[name].items():
            if key not in shown:  # the status in words, shown in the status row
                continue
            if key == "status":
                assert shown[key] == solo[name]["status_text.en"] and shown[key].startswith("optimal")
            elif key == "standards_met":
                assert shown[key] == ("yes" if value else "no")
            elif value == value:  # not NaN
                assert shown[key] == pytest.approx(value, rel=1e-9, abs=1e-9), (name, key)
        summary = json.loads((out / "scenarios" / name / "summary.json").read_text(encoding="utf-8"))
        assert summary["status"] == "optimal"
        assert (out / "scenarios" / name / "plan.xlsx").is_file()
    for i, key in enumerate(NUMERIC_METRICS):
        expected = solo["fund_korea"][key] - solo["lean"][key]
        got = diff.cell(4 + i, 3).value
        if expected == expected:
            assert got == pytest.approx(expected, rel=1e-9, abs=1e-6), key
    for stem in ("compare_load_ratio", "compare_cost"):
        assert (out / "charts" / f"{stem}.html").is_file() and (out / "charts" / f"{stem}.png").is_file()
    assert "lean: optimal" in result.output


def test_failing_scenario_does_not_sink_the_batch(workbook: Path, tmp_path: Path) -> None:
    out = tmp_path / "cmp"
    result = CliRunner().invoke(cli, ["compare", str(workbook), "--scenario", "status_quo", "--scenario",
                                      "impossible", "--scenario", "lean", "--out", str(out), "--lang", "zh",
                                      *EXACT])
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(out / "comparison.xlsx")
    ws = wb.worksheets[0]
    # a preset is named in Chinese; the workbook's own scenarios keep their names
    assert [c.value for c in ws[3]][2:] == ["现状(财政预算制、编制冻结)", "impossible", "lean"]
    statuses = [ws.cell(4, c).value for c in (3, 4, 5)]
    assert statuses[0].startswith("最优") and statuses[2].startswith("最优") and statuses[1] == "无可行方案"
    failed = json.loads((out / "scenarios" / "impossible" / "summary.json").read_text(encoding="utf-8"))
    assert failed["status"] in ("infeasible", "error") and failed.get("messages")
    assert not (out / "scenarios" / "impossible" / "plan.xlsx").exists()
    assert (out / "scenarios" / "lean" / "plan.xlsx").is_file()
    settings = wb.worksheets[2]
    rows = {settings.cell(r, 1).value: settings.cell(r, 3).value for r in range(2, 5)}
    assert "财政拨款年增长率(budget.growth)=0.0" in str(rows["lean"])  # parameters named in Chinese too
    assert "县(区)级人均负荷比标准(target.county)=6000.0" in str(rows["lean"])
    reasons = {settings.cell(r, 1).value: str(settings.cell(r, 4).value) for r in range(2, 5)}
    assert any("\u4e00" <= ch <= "\u9fff" for ch in reasons["impossible"])  # why, in Chinese
    assert settings.cell(3, 2).value == "工作簿"


def test_compare_needs_scenarios(workbook: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["compare", str(workbook), "--out", str(tmp_path / "x")])
    assert result.exit_code == 2 and "--all" in result.output


def test_compare_rejects_workers_with_scheduler(workbook: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["compare", str(workbook), "--all", "--workers", "2",
                                      "--scheduler", "tcp://127.0.0.1:1", "--out", str(tmp_path / "x")])
    assert result.exit_code == 2 and "either" in result.output
