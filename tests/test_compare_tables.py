"""Comparison and frontier tables from hand-built results (no solver): every figure traced."""

from __future__ import annotations

import math
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from staffopt.results import Result
from staffopt.schema import LEVELS
from staffopt.settings import Settings
from staffopt.whatif.metrics import (
    METRICS,
    comparison_table,
    difference_table,
    frontier_table,
    scenario_metrics,
)
from staffopt.whatif.report import write_comparison_workbook, write_frontier_workbook
from staffopt.whatif.sweep import failed_result

LINES = ("cost_personnel", "cost_goods_services", "cost_capital", "cost_other")


def fake_result(scale: float, *, unmet: float = 0.0, use: float = 0.8, status: str = "optimal") -> Result:
    """A two-plan-year result whose numbers are simple multiples of ``scale``."""
    rows = []
    for year, is_base in ((2021, True), (2022, False), (2023, False)):
        for k, level in enumerate((*LEVELS, "all"), start=1):
            row = {"level": level, "year": year, "is_base": is_base,
                   "posts": 10 * k * scale, "staff": 9 * k * scale, "contract": 2 * k,
                   "professional": k, "workload": 1000.0 * k, "online": 0.0,
                   "unmet": 0.0 if is_base else unmet * (k == 4),
                   "load_ratio_nominal": 1000.0 * k / scale + year - 2021,
                   "load_ratio_effective": 900.0 * k, "target": 5000.0}
            for j, line in enumerate(LINES, start=1):
                row[line] = j * scale * (k == 4) + (0 if k == 4 else 1)
            row["cost_total"] = sum(row[line] for line in LINES)
            rows.append(row)
    bly = pd.DataFrame(rows)
    budget = pd.DataFrame({"pool": ["all", "all"], "year": [2022, 2023], "budget_use": [use / 2, use]})
    empty = pd.DataFrame()
    return Result(status=status, objective=1.0, mip_gap=0.0, solve_seconds=0.1, build_seconds=0.1,
                  settings=Settings(), scenario=None, office_year=pd.DataFrame({"x": [1]}),
                  by_level_year=bly, by_region_year=empty, budget=budget, marginals=empty,
                  platforms=empty)


def test_metrics_from_result_tables() -> None:
    m = scenario_metrics(fake_result(2.0, unmet=50.0, use=0.9))
    assert m["status"] == "optimal" and m["mip_gap"] == 0.0
    # final plan year (2023), all levels (k = 4)
    assert m["posts"] == 80.0 and m["staff"] == 72.0 and m["contract"] == 8
    assert m["load_ratio.county"] == pytest.approx(3000.0 / 2 + 2)
    assert m["load_ratio.all"] == pytest.approx(4000.0 / 2 + 2)
    # sums over the two plan years, base year excluded
    assert m["unmet"] == 100.0
    assert m["cost_personnel"] == 4.0 and m["cost_other"] == 16.0
    assert m["cost_total"] == 2 * (2 + 4 + 6 + 8)
    assert m["budget_use"] == 0.9
    # the headline figures: cost per person-time served in yuan, the discounted cost, the standards
    assert m["cost_per_person_time"] == pytest.approx(10_000 * 40.0 / (2 * 4000 - 100))
    assert m["cost_discounted"] == pytest.approx(20.0 / 1.03 + 20.0 / 1.03**2)
    assert m["standards_met"] is False and m["status_text.en"].startswith("optimal — standard not met: ")
    assert m["status_text.zh"].startswith("最优——未达标准：")
    met = scenario_metrics(fake_result(2.0))
    assert met["standards_met"] is True and met["status_text.en"] == "optimal"


def test_failed_run_has_status_and_no_numbers() -> None:
    failed = failed_result(Settings(), "bad", "ValueError: boom")
    m = scenario_metrics(failed)
    assert m["status"] == "error" and m["standards_met"] is None
    assert m["status_text.en"] == "solver error" and m["status_text.zh"] == "求解出错"
    assert all(math.isnan(v) for k, v in m.items() if k not in ("status", "standards_met")
               and not k.startswith("status_text"))


def test_comparison_and_difference() -> None:
    results = [fake_result(1.0), fake_result(2.0, unmet=10.0), failed_result(Settings(), "x", "boom")]
    table = comparison_table(["a", "b", "x"], results)
    assert list(table.columns) == ["a", "b", "x"]
    assert list(table.index) == [*(m.key for m in METRICS), "status_text.en", "status_text.zh"]
    headline_first = ["status", "cost_total", "cost_discounted", "standards_met", "unmet",
                      "cost_per_person_time", "unmet_penalty"]
    assert [m.key for m in METRICS][:7] == headline_first
    assert table.at["status", "x"] == "error"
    diff = difference_table(table)
    assert (diff["a"].fillna(0) == 0).all()
    assert diff.at["posts", "b"] == 40.0
    assert diff.at["unmet", "b"] == 20.0
    assert math.isnan(diff.at["posts", "x"])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_comparison_workbook(tmp_path: Path, lang: str) -> None:
    results = [fake_result(1.0), fake_result(2.0, unmet=10.0), failed_result(Settings(), "x", "boom")]
    table = comparison_table(["a", "=b", "x"], results)
    path = tmp_path / "c.xlsx"
    write_comparison_workbook(path, table, lang, settings_rows=[("a", "preset", "", "")])  # type: ignore[arg-type]
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[3]]
    assert header[2:] == ["a", "=b", "x"]
    assert ws.cell(4, 3).data_type == "s"  # status as text
    assert ws.cell(3, 4).data_type == "s"  # a name starting with '=' stays text
    labels = [ws.cell(r, 1).value for r in range(4, 4 + len(METRICS))]
    assert all(labels) and len(set(labels)) == len(labels)
    units = [ws.cell(r, 2).value for r in range(4, 4 + len(METRICS))]
    assert sum(1 for u in units if u) >= len(METRICS) - 2  # all but status and the level-less ones
    posts = [m.key for m in METRICS].index("posts")
    posts_row = next(r for r in range(4, 60) if ws.cell(r, 1).value == labels[posts])
    assert ws.cell(posts_row, 3).value == 40.0 and ws.cell(posts_row, 4).value == 80.0
    # the headline leads: status in words, then the real cost
    assert ws.cell(4, 3).value == ("optimal" if lang == "en" else "最优")
    not_met = "optimal — standard not met" if lang == "en" else "最优——未达标准"
    assert str(ws.cell(4, 4).value).startswith(not_met)
    assert ws.cell(5, 3).value == pytest.approx(2 * 10.0)  # cost_total of "a" over the two plan years
    # printable: A4 landscape, fitted to the width, header row and figure/unit columns on every page
    for sheet in wb.worksheets:
        assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$3:$3" and ws.print_title_cols == "$A:$B"
    diff = wb.worksheets[1]
    assert [c.value for c in diff[3]][2:] == ["=b", "x"]
    if lang == "zh":
        assert wb.sheetnames[0] == "情景对比" and "编制数" in labels[posts]


def test_frontier_marginals() -> None:
    results = [fake_result(1.0, unmet=100.0), fake_result(2.0, unmet=40.0), fake_result(3.0, unmet=40.0)]
    frame = frontier_table("budget.fund_share", [0.01, 0.02, 0.03], results)
    assert list(frame["step"]) == [1, 2, 3]
    assert math.isnan(frame.at[0, "delta_cost"])
    assert frame.at[1, "delta_cost"] == 20.0 and frame.at[1, "delta_unmet"] == -120.0
    assert frame.at[1, "cost_per_value"] == pytest.approx(20.0)  # 万元 per percentage point of fund share
    assert frame.at[1, "unmet_per_value"] == pytest.approx(-120.0)  # person-times per percentage point
    assert frame.at[1, "cost_per_unmet_avoided"] == pytest.approx(1000 * 20.0 / 120.0)  # per 1,000 avoided
    assert math.isnan(frame.at[2, "cost_per_unmet_avoided"])  # nothing avoided


def test_frontier_workbook(tmp_path: Path) -> None:
    results = [fake_result(1.0, unmet=100.0), failed_result(Settings(), "x", "boom")]
    frame = frontier_table("target.county", [3000, 4000], results)
    path = tmp_path / "f.xlsx"
    write_frontier_workbook(path, frame, "target.county", "en")
    ws = openpyxl.load_workbook(path).worksheets[0]
    header = [c.value for c in ws[3]]
    assert header[1] == "target.county (person-times per staff member)"
    assert "marginal cost (CNY 10k per 1,000 person-times per staff member of target.county)" in header
    assert "cost per 1,000 person-times of unmet workload avoided (CNY 10k per 1,000 person-times)" in header
    assert ws.cell(4, 2).value == 3000 and ws.cell(5, 3).value == "solver error"
    explanation = header.index("what decides this step") + 1
    assert ws.cell(5, explanation).value == "boom"  # a step without a plan carries its reason
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$3:$3"


def test_run_folder_names_are_safe_and_unique() -> None:
    from staffopt.whatif.compare import run_folder_names

    names = run_folder_names(["a b", "a_b", "A_B", "情景/1", "..", "../../etc", "con", "x."])
    assert names == ["a_b", "a_b-2", "A_B-3", "情景_1", "_", "_.._etc", "_con", "x"]
    assert all("/" not in n and "\\" not in n and not n.startswith(".") for n in names)
