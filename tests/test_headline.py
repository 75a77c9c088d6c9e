"""The headline: real cost first, the penalty apart, and a named cause whenever workload is unmet."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from helpers_solve import scale_appropriation, solve_data, tiny_data
from staffopt.report import write_run_folder
from staffopt.report.headline import HEADLINE_KEYS, YUAN_PER_WAN, headline, unmet_cause
from staffopt.results import Result
from staffopt.whatif.sweep import failed_result


def _plan_totals(result: Result) -> tuple[float, float, float]:
    bly = result.by_level_year
    plan = bly[(bly["level"] == "all") & ~bly["is_base"]]
    return float(plan["cost_total"].sum()), float(plan["unmet"].sum()), float(plan["workload"].sum())


def test_headline_equals_the_objective_terms_of_a_tight_budget() -> None:
    data = scale_appropriation(tiny_data(), 0.9)  # appropriations below today's cost: workload unmet
    _, result = solve_data(data)
    head = headline(result)
    terms = result.objective_terms
    assert head.has_plan and head.standards_met is False and head.cause == "budget"
    assert head.cost_total == pytest.approx(terms["cost_undiscounted"])
    assert head.cost_discounted == pytest.approx(terms["cost_discounted"])
    assert head.unmet_person_times == pytest.approx(terms["unmet_total"])
    assert head.penalty_discounted == pytest.approx(terms["unmet_penalty_discounted"])
    assert head.penalty_discounted > 0 and head.cost_discounted < head.cost_total  # discounted is less
    # money + penalty (+ the 1-yuan tie-break) is the solver's objective: the headline splits it
    assert result.objective == pytest.approx(head.cost_discounted + head.penalty_discounted
                                             + terms["vacant_posts_tiebreak"], rel=1e-9)
    cost, unmet, workload = _plan_totals(result)
    assert head.cost_per_person_time_yuan == pytest.approx(YUAN_PER_WAN * cost / (workload - unmet))
    assert 1.0 < head.cost_per_person_time_yuan < 1000.0  # yuan, not 万元 (a few yuan to a few hundred)
    assert head.status_text("en") == "optimal — standard not met: budget binds"
    assert head.status_text("zh") == "最优——未达标准：预算约束起作用"


def test_a_plan_meeting_every_standard_is_plainly_optimal() -> None:
    _, result = solve_data(tiny_data(), {"budget.regime": "none"})
    head = headline(result)
    assert head.standards_met is True and head.cause is None and head.unmet_person_times == pytest.approx(0.0)
    assert head.penalty_discounted == 0.0
    assert head.status_text("en") == "optimal" and head.status_text("zh") == "最优"


def test_limits_are_named_when_money_is_not_the_cause() -> None:
    # posts frozen, no hiring, no new contract staff, a strict standard and no budget limit at all
    overrides = {"budget.regime": "none", "objective": "service", "posts.step": 0, "staff.hire_rate": 0.0,
                 "staff.hire_min": 0, "contract.no_new": True, "target.county": 2000.0,
                 "digital.enabled": False, "training.enabled": False}
    _, result = solve_data(tiny_data(), overrides)
    head = headline(result)
    assert head.standards_met is False and unmet_cause(result) == "limits" == head.cause
    assert "posts, hiring or contract-staff limits bind" in head.status_text("en")
    assert "编制、招录或编外人员限制起作用" in head.status_text("zh")


def test_a_penalty_cheaper_than_staff_is_named() -> None:
    overrides = {"budget.regime": "none", "unmet.penalty": 1e-7, "target.county": 2000.0}
    _, result = solve_data(tiny_data(), overrides)
    head = headline(result)
    assert head.standards_met is False and head.cause == "penalty"
    assert head.status_text("en").endswith("unmet.penalty is below the cost of serving the workload")


def test_a_run_without_a_plan_has_an_empty_headline(tmp_path: Path) -> None:
    data = tiny_data()
    failed = failed_result(data.parameters, None, "boom")
    head = headline(failed)
    assert not head.has_plan and head.cost_total is None and head.standards_met is None
    assert head.status_text("en") == "solver error"
    folder = write_run_folder(failed, data, tmp_path / "run")
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    assert all(summary["headline"][key] is None for key in HEADLINE_KEYS)


def test_summary_json_leads_with_the_headline(tmp_path: Path) -> None:
    data = scale_appropriation(tiny_data(), 0.9)
    _, result = solve_data(data)
    folder = write_run_folder(result, data, tmp_path / "run")
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    head = summary["headline"]
    assert list(head)[:5] == list(HEADLINE_KEYS)
    assert head["standards_met"] is False and head["cause"] == "budget"
    assert head["cost_total"] == pytest.approx(summary["objective_terms"]["cost_undiscounted"])
    assert head["units"]["cost_per_person_time_yuan"] == "yuan per person-time"
    # the same figures, whatever the language of the report
    zh = write_run_folder(dataclasses.replace(result), data, tmp_path / "zh", "zh")
    assert json.loads((zh / "summary.json").read_text(encoding="utf-8"))["headline"] == head


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_page_one_of_the_plan_leads_with_the_headline(tmp_path: Path, lang: str) -> None:
    import openpyxl

    from staffopt.report.labels import text

    data = scale_appropriation(tiny_data(), 0.9)
    _, result = solve_data(data)
    folder = write_run_folder(result, data, tmp_path / "run", lang)  # type: ignore[arg-type]
    ws = openpyxl.load_workbook(folder / "plan.xlsx")[text("sheet.summary", lang)]  # type: ignore[arg-type]
    head = headline(result)
    rows = head.rows(lang)  # type: ignore[arg-type]
    assert ws["A3"].value == ("Headline" if lang == "en" else "核心结论")
    assert ws["B4"].value == head.status_text(lang)  # type: ignore[arg-type]
    assert "budget" in head.status_text("en")
    shown = [(ws.cell(row=r, column=1).value, ws.cell(row=r, column=2).value)
             for r in range(4, 4 + len(rows))]
    assert shown[1][1] == pytest.approx(head.cost_total)
    assert shown[2][1] == pytest.approx(head.cost_discounted)
    assert shown[3][1] == ("no" if lang == "en" else "否")
    assert shown[4][1] == pytest.approx(head.unmet_person_times)
    assert shown[5][1] == pytest.approx(head.cost_per_person_time_yuan)
    assert shown[5][0].endswith("(yuan per person-time)" if lang == "en" else "(元/人次)")
    assert shown[6][1] == pytest.approx(head.penalty_discounted)  # the penalty apart, after the money
    # the solver's own figures come after the headline
    assert ws.cell(row=4 + len(rows), column=1).value == text("summary.run", lang)  # type: ignore[arg-type]
