"""`staffopt solve`: what is refused before solving, what is warned about, and what the CLI says."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

import staffopt.pipeline as pipeline
from staffopt.cli import cli
from staffopt.report.labels import text
from staffopt.report.quality import gap_threshold, plan_warnings
from staffopt.results import Result
from test_report_support import fake_result, tiny_data, write_tiny_workbook


def _solve(*args: str) -> Any:
    return CliRunner().invoke(cli, ["solve", *args], env={"TTY_INTERACTIVE": "0"}, catch_exceptions=False)


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _no_solve(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> Result:
        raise AssertionError("solved although --out was refused")

    monkeypatch.setattr(pipeline, "run_solve", fail)


# -- --out is checked before solving ------------------------------------------------------------
def test_out_folder_with_user_files_is_refused_before_solving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = write_tiny_workbook(tmp_path / "tiny.xlsx")
    out = tmp_path / "folder"
    (out / "photos").mkdir(parents=True)
    (out / "letter.docx").write_bytes(b"letter")
    (out / "photos" / "a.jpg").write_bytes(b"jpeg")
    before = _tree(out)
    _no_solve(monkeypatch)
    res = _solve(str(src), "--out", str(out))
    assert res.exit_code == 2, res.output
    assert str(out) in res.output and "letter.docx" in res.output and "did not write" in res.output
    assert "solving" not in res.stderr
    assert _tree(out) == before


def test_unwritable_out_is_refused_before_solving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_tiny_workbook(tmp_path / "tiny.xlsx")
    blocker = tmp_path / "not a folder"
    blocker.write_text("x")
    _no_solve(monkeypatch)
    res = _solve(str(src), "--out", str(blocker / "run"))
    assert res.exit_code == 2, res.output
    assert "write" in res.output and "Traceback" not in res.output


def test_out_dot_is_refused_before_solving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_tiny_workbook(tmp_path / "tiny.xlsx")
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    _no_solve(monkeypatch)
    res = _solve(str(src), "--out", ".")
    assert res.exit_code == 2 and "current folder" in res.output


def test_rerun_replaces_its_own_folder_with_umask_modes(tmp_path: Path) -> None:
    src = write_tiny_workbook(tmp_path / "tiny.xlsx")
    out = tmp_path / "run"
    old = os.umask(0o022)
    try:
        assert _solve(str(src), "--out", str(out), "--set", "horizon=1").exit_code == 0
        res = _solve(str(src), "--out", str(out), "--set", "horizon=2")
    finally:
        os.umask(old)
    assert res.exit_code == 0, res.output
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["settings"]["horizon"] == 2
    assert stat.S_IMODE(out.stat().st_mode) == 0o755
    assert stat.S_IMODE((out / "plan.xlsx").stat().st_mode) == 0o644


# -- the example when no workbook is installed ------------------------------------------------
def test_missing_example_workbook_is_built_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An installed wheel has no data/example_province.xlsx: the example is built in memory."""
    missing = tmp_path / "nowhere" / "example_province.xlsx"
    monkeypatch.setattr(pipeline, "example_candidates", lambda: [missing])
    assert pipeline.default_input() is None
    seen: list[Any] = []
    real = pipeline.run_solve

    def spy(data: Any, **kwargs: Any) -> Result:
        seen.append(data)
        return real(data, **kwargs)

    monkeypatch.setattr(pipeline, "run_solve", spy)
    monkeypatch.chdir(tmp_path)
    res = _solve("--set", "horizon=1", "--time-limit", "20")
    assert res.exit_code == 0, res.output
    assert "built-in example" in res.stderr and "empty cell" not in res.output
    assert (tmp_path / "reports" / "example_province" / "plan.xlsx").is_file()
    assert len(seen[0].offices) == 103


def test_example_data_equals_the_shipped_workbook() -> None:
    shipped = pipeline.default_input()
    assert shipped is not None and shipped.name == "example_province.xlsx"  # source checkout
    pd.testing.assert_frame_equal(pipeline.example_data().offices, pipeline.read_input(shipped).offices)


# -- warnings about a poor plan ---------------------------------------------------------------
def _poor(data: Any, *, status: str = "time_limit", gap: float | None = 0.993, unmet: float = 0.0,
          objective: str = "cost") -> Result:
    base = fake_result(data)
    settings = base.settings.with_overrides({"objective": objective, "solver.gap": 0.0})
    bly = base.by_level_year.copy()
    plan_county = (bly["level"] == "county") & ~bly["is_base"]
    bly.loc[plan_county, "unmet"] = unmet
    bly.loc[(bly["level"] == "all") & ~bly["is_base"], "unmet"] = unmet
    return dataclasses.replace(base, status=status, mip_gap=gap, by_level_year=bly, settings=settings)


def test_large_gap_at_the_time_limit_is_warned() -> None:
    data = tiny_data()
    en, zh = plan_warnings(_poor(data))
    assert en == ("this plan may be far from the best (gap 99.3%: the solver stopped at the time limit); "
                  "raise --time-limit (solver.time_limit)",)
    assert "99.3%" in zh[0] and "--time-limit" in zh[0]
    assert plan_warnings(_poor(data, gap=0.004)) == ((), ())  # small gap: fine
    assert plan_warnings(_poor(data, status="optimal", gap=0.5)) == ((), ())  # gap reached: fine
    assert "without a bound" in plan_warnings(_poor(data, gap=None))[0][0]
    assert gap_threshold(0.0) == 0.01 and gap_threshold(0.002) == pytest.approx(0.02)
    assert gap_threshold(0.01) == 0.05 and gap_threshold(0.2) == 0.05


def test_unmet_workload_is_warned_with_amount_and_level() -> None:
    data = tiny_data()
    result = _poor(data, status="optimal", gap=0.0, unmet=1234.0)
    years = result.settings.years
    en, zh = plan_warnings(result)
    assert len(en) == len(zh) == 1
    total = 1234.0 * len(years)
    assert f"{total:,.0f} person-times of workload unmet over {years[0]}–{years[-1]}" in en[0]
    assert f"{years[0]}–{years[-1]} 年间有 {total:,.0f} 人次" in zh[0]
    assert f"county {total:,.0f}" in en[0] and "least-cost" in en[0]
    assert "provincial" not in en[0] and "municipal" not in en[0]
    assert f"县(区)级 {total:,.0f}" in zh[0] and "人次" in zh[0]
    service = plan_warnings(_poor(data, status="optimal", gap=0.0, unmet=1234.0, objective="service"))[0]
    assert "least-cost" not in service[0] and "budget" in service[0]
    assert plan_warnings(_poor(data, status="optimal", gap=0.0, unmet=0.2)) == ((), ())  # rounding
    bly = result.by_level_year.copy()
    later = bly["year"] > years[0]
    bly.loc[later, "unmet"] = 0.0  # all of it in the first plan year
    first_only = plan_warnings(dataclasses.replace(result, by_level_year=bly))
    assert "1,234 person-times of workload unmet in " + str(years[0]) in first_only[0][0]
    assert f"{years[0]} 年有 1,234 人次" in first_only[1][0]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_poor_plan_is_loud_on_stderr_summary_json_and_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    src = write_tiny_workbook(tmp_path / "tiny.xlsx")
    monkeypatch.setattr(pipeline, "run_solve", lambda data, **kw: _poor(data, unmet=500.0))
    out = tmp_path / "run"
    res = _solve(str(src), "--out", str(out), "--lang", lang)
    assert res.exit_code == 0, res.output  # a warning, not a failure
    prefix = "WARNING: " if lang == "en" else "警告："
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith(prefix)]
    assert len(lines) == 2 and "99.3%" in lines[0] and "--time-limit" in lines[0]
    assert ("county" if lang == "en" else "县(区)级") in lines[1]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert len(summary["warnings"]) == len(summary["warnings_zh"]) == 2
    assert "99.3%" in summary["warnings"][0] and "99.3%" in summary["warnings_zh"][0]
    ws = openpyxl.load_workbook(out / "plan.xlsx")[text("sheet.summary", lang)]  # type: ignore[arg-type]
    cells = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    shown = [c for c in cells if c.startswith(text("summary.warning", lang))]  # type: ignore[arg-type]
    assert len(shown) == 2 and "99.3%" in shown[0]


# -- what stdout and the progress lines say ---------------------------------------------------
@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("say")
    src = write_tiny_workbook(root / "tiny.xlsx")
    return {
        "en": _solve(str(src), "--out", str(root / "en"), "--gap", "0"),
        "zh": _solve(str(src), "--out", str(root / "zh"), "--gap", "0", "--lang", "zh"),
        "service": _solve(str(src), "--out", str(root / "service"), "--objective", "service",
                          "--set", "budget.regime=fund", "--set", "budget.fund_share=0.0016"),
        "root": root,
    }


def _summary(path: Path) -> dict[str, Any]:
    return json.loads((path / "summary.json").read_text(encoding="utf-8"))


def test_english_status_line(runs: dict[str, Any]) -> None:
    res = runs["en"]
    assert res.exit_code == 0, res.output
    status, figures, solver = res.stdout.splitlines()[:3]
    head = _summary(runs["root"] / "en")["headline"]
    assert head["standards_met"] is True and status == "status: optimal"  # met: plain optimal
    # the headline leads: real cost (undiscounted, then discounted), standards, unmet, cost per person-time
    first, last = head["years"]
    assert figures.startswith(
        f"total cost {first}–{last}: {head['cost_total']:,.2f} CNY 10k "
        f"(discounted: {head['cost_discounted']:,.2f} CNY 10k)  every standard met: yes  "
        f"unmet workload {first}–{last}: {head['unmet_person_times']:,.0f} person-times  "
        f"cost per person-time served: {head['cost_per_person_time_yuan']:,.2f} yuan per person-time"
    ), figures
    # the penalty apart, then the solver's own figures
    assert solver.startswith("penalty on unmet workload (not money): 0.00 CNY 10k  objective: ")
    assert " CNY 10k  gap: " in solver and "  solver time: " in solver and "  elapsed: " in solver
    # one province: solver.backend = auto chose HiGHS, and the line says which solver ran
    assert re.search(r"  solver: HiGHS  solver time: [\d.]+ s \(time limit [\d.]+ s\)  elapsed: [\d.]+ s",
                     solver), solver


def test_chinese_status_line_and_progress(runs: dict[str, Any]) -> None:
    res = runs["zh"]
    assert res.exit_code == 0, res.output
    status, figures, solver = res.stdout.splitlines()[:3]
    assert status == "状态：最优"
    assert figures.startswith("20") and "总成本：" in figures and "万元 (折现值：" in figures
    assert "各项标准均达到：是" in figures and "元/人次" in figures
    assert solver.startswith("未满足业务量惩罚(非实际支出)：0.00 万元  目标函数值：") and "万元" in solver
    assert "求解器用时：" in res.stdout and "报告：" in res.stdout
    assert "status:" not in res.stdout and "report:" not in res.stdout
    assert "目标 成本最低" in res.stderr and "目标 cost" not in res.stderr
    assert "| 最优" in res.stderr and "optimal" not in res.stderr


def test_progress_labels_the_times_and_keeps_the_order(runs: dict[str, Any]) -> None:
    lines = [ln for ln in runs["en"].stderr.splitlines() if ln.strip()]
    stages = [ln.split(" | ")[0] for ln in lines]
    assert stages == ["reading", "building the model", "solving", "solved", "writing the report", "done"]
    solved = lines[stages.index("solved")]
    assert "| solver time " in solved and "| elapsed " in solved
    assert "| elapsed " in lines[-1]


def test_service_names_unmet_workload_and_its_cause(runs: dict[str, Any]) -> None:
    res = runs["service"]
    assert res.exit_code == 0, res.output
    status, figures, solver = res.stdout.splitlines()[:3]
    summary = _summary(runs["root"] / "service")
    unmet = summary["objective_terms"]["unmet_total"]
    assert unmet > 0 and summary["headline"]["unmet_person_times"] == pytest.approx(unmet)
    # a plan that leaves workload unmet is never a plain "optimal": the fund cap is what binds
    assert status == "status: optimal — standard not met: budget binds"
    assert summary["headline"]["status_text"] == "optimal — standard not met: budget binds"
    assert summary["headline"]["cause"] == "budget" and summary["headline"]["standards_met"] is False
    assert "every standard met: no  unmet workload " in figures
    assert f": {unmet:,.0f} person-times  cost per person-time served: " in figures
    assert solver.startswith("cost objective: ") and "penalty" not in solver  # no penalty under service


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_solve_warns_when_a_set_has_no_effect(tmp_path: Path, lang: str) -> None:
    src = write_tiny_workbook(tmp_path / "tiny.xlsx")
    # the tiny workbook runs the fiscal regime: a fund share cannot change anything
    res = _solve(str(src), "--set", "budget.fund_share=0.02", "--out", str(tmp_path / "out"), "--lang", lang)
    assert res.exit_code == 0, res.output
    prefix = "warning: " if lang == "en" else "警告："
    lines = [line for line in res.stderr.splitlines() if line.startswith(prefix)]
    assert any("budget.fund_share" in line for line in lines), res.stderr
    quiet = _solve(str(src), "--set", "budget.regime=fund", "--set", "budget.fund_share=0.02",
                   "--out", str(tmp_path / "out2"), "--lang", lang)
    assert not any("budget.fund_share" in line for line in quiet.stderr.splitlines()
                   if line.startswith(prefix)), quiet.stderr


def test_unmet_warning_names_a_binding_budget() -> None:
    # the shipped example leaves workload unmet in 2022 exactly where the fiscal cap is used up
    data = pipeline.read_input(Path(__file__).resolve().parent.parent / "data" / "example_province.xlsx")
    result = pipeline.run_solve(data)
    plan = result.office_year[~result.office_year["is_base"].astype(bool)]
    short = plan[plan["unmet"] > 0.5]
    assert not short.empty
    binding = result.budget[result.budget["budget_use"] >= 0.999]
    assert set(zip(short["office_id"], short["year"], strict=True)) <= set(
        zip(binding["pool"], binding["year"], strict=True))
    warnings_en, warnings_zh = plan_warnings(result)
    assert any(f"the budget binds: {len(binding[binding['year'].isin(short['year'])])} pool-year(s)" in w
               for w in warnings_en), warnings_en
    assert any("预算约束起作用" in w for w in warnings_zh), warnings_zh
