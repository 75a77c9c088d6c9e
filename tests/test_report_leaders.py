"""Reports to hand to leaders: flags on the effective ratio, marginal values binding first."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest

from staffopt.report.charts import top_offices_frame
from staffopt.report.labels import text
from staffopt.report.plan_book import build_plan_workbook
from staffopt.report.reform_text import t
from test_report_support import fake_result, tiny_data


def _final(result: Any) -> tuple[pd.DataFrame, int]:
    oy = result.office_year
    year = int(oy["year"].max())
    return oy, year


def test_offices_are_flagged_on_the_effective_ratio_only() -> None:
    result = fake_result(tiny_data())
    oy, year = _final(result)
    oy = oy.copy()
    final = (oy["year"] == year) & ~oy["is_base"]
    ids = list(oy.loc[final, "office_id"])
    target = oy.loc[final, "target"].to_numpy()
    # office 0: nominal far above its target, effective meets it (online service carries the rest)
    oy.loc[final & (oy["office_id"] == ids[0]), ["load_ratio_nominal", "load_ratio_effective"]] = (
        3 * target[0], target[0])
    # office 1: effective above the target — the only one to flag
    oy.loc[final & (oy["office_id"] == ids[1]), ["load_ratio_nominal", "load_ratio_effective"]] = (
        target[1], 1.5 * target[1])
    for other in ids[2:]:
        oy.loc[final & (oy["office_id"] == other), "load_ratio_effective"] = 0.5 * target[2]
    flagged = top_offices_frame(dataclasses.replace(result, office_year=oy), "en")
    names = list(oy.loc[final & (oy["office_id"] == ids[1]), "name"])
    assert len(flagged) == 1 and flagged["office"].iloc[0].startswith(names[0])
    assert flagged["times"].iloc[0] == pytest.approx(1.5)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_marginal_values_sheet_lists_binding_values_first_and_omits_zeros(lang: str) -> None:
    result = fake_result(tiny_data())
    budget = result.budget.copy()
    budget["marginal_budget"] = 0.0
    budget.loc[budget.index[1], "marginal_budget"] = 0.4
    budget.loc[budget.index[3], "marginal_budget"] = 2.5
    marg = result.marginals.copy()
    marg["marginal_workload"] = 0.0
    marg.loc[marg.index[0], "marginal_workload"] = 0.0011  # 11 元 per person-time
    marg.loc[marg.index[2], "marginal_workload"] = 0.0020
    fixed = dataclasses.replace(result, budget=budget, marginals=marg)
    wb = build_plan_workbook(fixed, tiny_data(), lang)  # type: ignore[arg-type]
    ws = wb[text("sheet.marginals", lang)]  # type: ignore[arg-type]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    numbers = [r for r in rows if isinstance(r[1], int) and isinstance(r[2], float)]
    assert [r[2] for r in numbers] == [2.5, 0.4, pytest.approx(20.0), pytest.approx(11.0)]  # largest first
    flat = [str(v) for r in rows for v in r if v is not None]
    omitted_budget = t("marginals.omitted", lang, n=len(budget) - 2)  # type: ignore[arg-type]
    omitted_work = t("marginals.omitted", lang, n=len(marg) - 2)  # type: ignore[arg-type]
    assert omitted_budget in flat and omitted_work in flat
    heads = t("marginals.workload_value", lang)  # type: ignore[arg-type]
    assert heads in flat and ("yuan" in heads if lang == "en" else "元/人次" in heads)
    # printable: A4 landscape, fitted to the page width
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.fitToWidth) == 1


def test_a_plan_with_no_binding_budget_says_so(tmp_path: Path) -> None:
    result = fake_result(tiny_data())  # every marginal value of budget is 0
    wb = build_plan_workbook(result, tiny_data(), "en")
    values = [c.value for row in wb[text("sheet.marginals", "en")].iter_rows() for c in row]
    assert t("marginals.none", "en") in values
    assert not any(isinstance(v, float) and v == 0.0 for v in values)  # no row of zeros


def test_every_workbook_sheet_prints_a4_landscape_with_repeated_labels(tmp_path: Path) -> None:
    result = fake_result(tiny_data())
    wb = build_plan_workbook(result, tiny_data(), "zh")
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
    path = tmp_path / "plan.xlsx"
    wb.save(path)
    assert openpyxl.load_workbook(path)[text("sheet.plan", "zh")].print_title_rows == "$1:$1"


def test_chinese_reports_name_presets_and_parameters_in_chinese() -> None:
    from staffopt.report.reform_text import SCENARIO_ZH, parameter_label, scenario_label
    from staffopt.whatif.scenarios import PRESETS

    assert set(PRESETS) <= set(SCENARIO_ZH)  # every preset has a Chinese name
    assert scenario_label("fund_austria", "zh") == "基金预算制 1.9%(奥地利)"
    assert scenario_label("fund_austria", "en") == "fund_austria" and scenario_label("mine", "zh") == "mine"
    assert parameter_label("budget.fund_share", "zh") == "基金支出占比上限(budget.fund_share)"
    result = dataclasses.replace(fake_result(tiny_data()), scenario="fund_austria")
    wb = build_plan_workbook(result, tiny_data(), "zh")
    values = [c.value for row in wb[text("sheet.summary", "zh")].iter_rows() for c in row]
    assert "基金预算制 1.9%(奥地利)(fund_austria)" in values
