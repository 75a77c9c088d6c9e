"""``staffopt frontier``: trade-off curves are monotone and the report holds them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from staffopt.cli import cli
from staffopt.instance import InputData, build_instance
from staffopt.solver.solve import solve
from staffopt.synthetic import national_instance
from staffopt.whatif.metrics import frontier_table
from staffopt.whatif.sweep import frontier_jobs, parse_vary, run_sweep
from staffopt.workbook import write_input_workbook

#: Fund regime, service objective and targets tight enough that the budget binds at the low end.
#: Posts and hiring are free (:data:`FREE_POSTS`): without casualising (the contract-staff control
#: and the base-year share rule hold by default) only new posts can meet a target of 5,000:1.
FREE_POSTS = {"posts.step": "1000", "staff.hire_rate": "10"}
BUDGET_SWEEP = {"solver.gap": "0", "budget.regime": "fund", "objective": "service",
                "target.county": "5000", "target.municipal": "6000", **FREE_POSTS}


@pytest.fixture(scope="module")
def data() -> InputData:
    return national_instance(provinces=1, municipal=1, county=3, horizon=2, seed=3)


def unconstrained_share(data: InputData) -> float:
    """The fund share at which the least-cost plan (no budget limit) just fits in every year."""
    free = data.parameters.with_overrides({**BUDGET_SWEEP, "budget.regime": "none", "objective": "cost"})
    result = solve(build_instance(data, free))
    assert result.status == "optimal"
    spend = build_instance(data, data.parameters.with_overrides(BUDGET_SWEEP)).fund_spend
    cost = result.by_level_year.query("level == 'all' and not is_base").set_index("year")["cost_total"]
    return max(cost[t] / sum(v for (_, year), v in spend.items() if year == t) for t in cost.index)


def test_more_budget_never_more_unmet(data: InputData) -> None:
    # calibrated on the data: from 90% to 110% of the share the unconstrained plan needs
    share = unconstrained_share(data)
    key, values = parse_vary(f"budget.fund_share={0.9 * share:.6g}:{1.1 * share:.6g}:5")
    results = run_sweep(data, frontier_jobs(data.parameters.with_overrides(BUDGET_SWEEP), key, values))
    frame = frontier_table(key, values, results)
    assert list(frame["status"]) == ["optimal"] * 5, [r.messages for r in results]
    unmet = list(frame["unmet"])
    assert unmet[0] > 0 and unmet[-1] == pytest.approx(0, abs=1e-6)  # the range spans the trade-off
    assert all(b <= a + 1e-6 for a, b in zip(unmet, unmet[1:], strict=False)), unmet
    # where unmet fell, the step has a positive price per person-time avoided
    fell = frame[frame["delta_unmet"] < -1]
    assert not fell.empty and (fell["cost_per_unmet_avoided"] > 0).all()


def test_laxer_target_never_costs_more(data: InputData) -> None:
    key, values = parse_vary("target.county=4000:12000:5")
    base = data.parameters.with_overrides({"solver.gap": "0", "budget.regime": "none", **FREE_POSTS})
    frame = frontier_table(key, values, run_sweep(data, frontier_jobs(base, key, values)))
    cost = list(frame["cost_total"])
    assert all(b <= a + 1e-6 for a, b in zip(cost, cost[1:], strict=False)), cost
    assert cost[0] > cost[-1]
    assert (frame["unmet"] == 0).all()  # no budget limit: every target is met


def test_frontier_command_writes_table_and_chart(data: InputData, tmp_path: Path) -> None:
    path = tmp_path / "tiny.xlsx"
    write_input_workbook(data, path)
    out = tmp_path / "fr"
    share = unconstrained_share(data)
    args = ["frontier", str(path), "--vary", f"budget.fund_share={0.01 * share:.6g}:{share:.6g}:3",
            "--out", str(out), "--lang", "zh"]
    for key, value in BUDGET_SWEEP.items():
        args += ["--set", f"{key}={value}"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(out / "frontier.xlsx").worksheets[0]
    assert ws.title == "权衡曲线"
    header = [c.value for c in ws[3]]
    assert header[1] == "基金支出占比上限(budget.fund_share) (比例(0-1))"  # the parameter named in Chinese
    assert [ws.cell(r, 2).value for r in (4, 6)] == [float(f"{0.01 * share:.6g}"), float(f"{share:.6g}")]
    statuses = [ws.cell(r, 3).value for r in (4, 5, 6)]
    # 1% of the share needed cannot even pay the staff kept by attrition: reported, not fatal
    assert statuses[0] == "无可行方案" and statuses[2].startswith("最优")
    explanation = header.index("本步的决定因素") + 1
    assert str(ws.cell(4, explanation).value).startswith("无可行方案：")  # the diagnosis of the solve path
    assert (out / "charts" / "frontier.html").is_file() and (out / "charts" / "frontier.png").is_file()


def test_frontier_bad_range_exits_2(data: InputData, tmp_path: Path) -> None:
    path = tmp_path / "tiny.xlsx"
    write_input_workbook(data, path)
    result = CliRunner().invoke(cli, ["frontier", str(path), "--vary", "budget.regime=0:1:3"])
    assert result.exit_code == 2 and "--vary" in result.output
