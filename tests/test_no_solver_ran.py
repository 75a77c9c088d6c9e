"""When the direct checks prove a run infeasible from the data alone, no solver ran: nothing says one did.

The status line, ``summary.json`` (``backend``: null) and the run block of ``plan.xlsx`` name no
solver and show no solver time; a run whose infeasibility needed the elastic re-solve still names
the solver that ran.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import staffopt.solver.solve as solve_module
from staffopt.cli import cli
from staffopt.report.plan_book import build_plan_workbook
from staffopt.solver.solve import solve
from staffopt.text import t
from test_model_support import instance_of, make_data, office
from test_report_support import fake_result, tiny_data

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "example_province.xlsx"
#: A fund share below the example's fixed costs: the direct checks prove it infeasible.
TOO_SMALL_FUND = ("--set", "budget.regime=fund", "--set", "budget.fund_share=0.002")


def _pool_short_of_fixed_costs() -> Any:
    rows = [office("P", name="省局", posts=20, actual_staff=20, fund_spending=10_000.0)]
    rows += [office(f"C{i}", level="county", parent="P", name=f"县{i}", posts=10, actual_staff=10,
                    overhead=5.0, fund_spending=10_000.0) for i in range(3)]
    return instance_of(make_data(rows), budget__regime="fund", budget__fund_share=0.01,
                       staff__attrition=0.04, horizon=2)


def test_the_result_names_no_backend_when_the_data_prove_it(monkeypatch: pytest.MonkeyPatch) -> None:
    inst = _pool_short_of_fixed_costs()
    direct = solve(inst)
    assert direct.status == "infeasible" and direct.backend is None and direct.model_size == {}
    # the same conflict found by the elastic re-solve: HiGHS ran, and the result says so
    monkeypatch.setattr(solve_module, "direct_diagnosis", lambda inst, data: None)
    elastic = solve(inst)
    assert elastic.status == "infeasible" and elastic.backend == "highs"
    assert elastic.messages == direct.messages


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_status_line_and_summary_say_no_solver_ran(tmp_path: Path, lang: str) -> None:
    out = tmp_path / "run"
    res = CliRunner().invoke(cli, ["solve", str(EXAMPLE), *TOO_SMALL_FUND, "--out", str(out), "--lang", lang,
                                   "--quiet"], env={"TTY_INTERACTIVE": "0"}, catch_exceptions=False)
    assert res.exit_code == 3, res.output
    line = res.stdout.splitlines()[1]
    solver = t("cli.field", lang, label=t("cli.result.solver", lang), value=t("backend.none", lang))
    no_time = t("cli.field", lang, label=t("cli.result.solver_time", lang), value="-")
    assert solver in line and no_time in line, line
    for name in ("HiGHS", "SCIP"):
        assert name not in res.stdout
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["status"] == "infeasible" and summary["backend"] is None
    assert not any(name in m for m in summary["messages"] for name in ("HiGHS", "SCIP"))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_plan_book_run_block_names_no_solver(lang: str) -> None:
    data = tiny_data()
    result = dataclasses.replace(fake_result(data, "infeasible"), backend=None, solve_seconds=0.0)
    ws = build_plan_workbook(result, data, lang).worksheets[0]
    rows = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert rows[t("summary.backend", lang)] == t("backend.none", lang)
    seconds = next(k for k in rows if isinstance(k, str) and k.startswith(t("summary.solve_seconds", lang)))
    assert rows[seconds] is None  # no solver time, not "0.0"
    ran = build_plan_workbook(dataclasses.replace(result, backend="scip"), data, lang).worksheets[0]
    assert t("backend.scip", lang) in [ran.cell(r, 2).value for r in range(1, ran.max_row + 1)]
