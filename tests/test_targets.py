"""Load-ratio targets by province or region (issue 9, item 5): the targets sheet.

002: each province sets its own standard (人均负荷比) within national bands that differ by region.
A targets row (province office id or region tag, level, target, optional reach year) overrides
the level's parameter ``target.<level>``; precedence: province row, then region row (the lowest
when an office carries several tags), then the parameter. Bad rows are located errors (sheet,
row, column, value, expected) and exit status 2.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner

from helpers_workbook import BASE_OFFICES, table_rows
from staffopt.cli import cli
from staffopt.errors import InputError, Problem
from staffopt.instance import build_instance
from staffopt.reader import read_workbook, table_frame
from staffopt.results.check import check_plan, published_targets
from test_model_support import QUIET, make_data, office, plan

TARGETS = "targets"
AREA, LEVEL, TARGET = "province or region", "level", "load-ratio target"


def targets_sheet(*rows: dict[str, Any]) -> dict[str, list[list[Any]]]:
    return {TARGETS: table_rows(TARGETS, list(rows))}


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(InputError) as info:
        read_workbook(path)
    return list(info.value.problems)


# name → (rows of the targets sheet, expected (sheet, row, column) of every problem, word of the message)
CASES: dict[str, tuple[list[dict[str, Any]], list[tuple[str, int, str]], str]] = {
    "unknown province or region": (
        [{"area": "X9", "level": "county", "target": 5000}], [(TARGETS, 2, AREA)],
        "provincial office or a region tag"),
    "office id of a municipal office": (
        [{"area": "M1", "level": "county", "target": 5000}], [(TARGETS, 2, AREA)], "not provincial"),
    "bad level": (
        [{"area": "P1", "level": "village", "target": 5000}], [(TARGETS, 2, LEVEL)],
        "provincial, municipal or county"),
    "zero target": (
        [{"area": "P1", "level": "county", "target": 0}], [(TARGETS, 2, TARGET)], "from 100 to"),
    "negative target": (
        [{"area": "长三角", "level": "municipal", "target": -7000}], [(TARGETS, 2, TARGET)], "from 100 to"),
    "empty target": (
        [{"area": "P1", "level": "county", "target": None}], [(TARGETS, 2, TARGET)], "may not be empty"),
    "bad reach year": (
        [{"area": "P1", "level": "county", "target": 5000, "reach_year": 2024.5}],
        [(TARGETS, 2, "reach year")], "whole number"),
    "same area and level twice": (
        [{"area": "P1", "level": "county", "target": 5000},
         {"area": "P1", "level": "municipal", "target": 8000},
         {"area": "P1", "level": "county", "target": 4000}], [(TARGETS, 4, AREA)], "row 2"),
    "region with no office at the level": (
        [{"area": "长三角", "level": "county", "target": 5000}], [(TARGETS, 2, LEVEL)],
        "at least one office"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_targets_row_is_located(case: str, make_input: Callable[..., Path]) -> None:
    rows, expected, word = CASES[case]
    found = problems_of(make_input(extra=targets_sheet(*rows)))
    assert sorted((p.sheet, p.row, p.column) for p in found) == sorted(expected), [str(p) for p in found]
    assert any(word in p.expected for p in found), [str(p) for p in found]
    assert all(p.value is not None or "empty" in p.expected for p in found)


def test_bad_targets_row_exits_2_naming_sheet_row_column(make_input: Callable[..., Path]) -> None:
    path = make_input(extra=targets_sheet({"area": "X9", "level": "county", "target": 5000}))
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 2
    assert "targets" in result.output and "row 2" in result.output and "X9" in result.output
    assert "province or region" in result.output


def test_valid_targets_sheet_is_read_in_both_languages(make_input: Callable[..., Path]) -> None:
    rows = [{"area": "P1", "level": "county", "target": 5000, "reach_year": 2024},
            {"area": "长三角", "level": "municipal", "target": 7000}]
    for lang in ("en", "zh"):
        sheets = {"负荷比标准" if lang == "zh" else TARGETS: table_rows(TARGETS, rows, lang)}
        data = read_workbook(make_input(extra=sheets, lang=lang))
        assert data.targets is not None
        got = data.targets[["area", "level", "target"]].to_dict("records")
        assert got == [{"area": "P1", "level": "county", "target": 5000.0},
                       {"area": "长三角", "level": "municipal", "target": 7000.0}]
        assert data.targets["reach_year"].tolist()[0] == 2024 and pd.isna(data.targets["reach_year"][1])
        assert data.targets["row"].tolist() == [2, 3]


# ------------------------------------------------------------------------------------------
# precedence and the plan
# ------------------------------------------------------------------------------------------
def two_provinces() -> list[dict[str, Any]]:
    """Two provinces; county C1 carries the tags 山区 and 沿海, C2 only 沿海, C3 none; 100 staff each."""
    staff = {"posts": 100, "actual_staff": 100, "workload": 1_000_000}
    return [
        office("P", workload=0), office("M", level="municipal", parent="P", workload=0),
        office("C1", level="county", parent="M", regions="山区,沿海", **staff),
        office("C2", level="county", parent="M", regions="沿海", **staff),
        office("Q", workload=0), office("N", level="municipal", parent="Q", workload=0),
        office("C3", level="county", parent="N", regions="沿海", **staff),
    ]


def with_targets(rows: list[dict[str, Any]]) -> Any:
    data = make_data(two_provinces())
    return type(data)(**{**data.__dict__, "targets": table_frame(TARGETS, rows)})


def test_province_row_wins_over_region_row_and_region_over_parameter() -> None:
    rows = [{"area": "沿海", "level": "county", "target": 8000.0},
            {"area": "山区", "level": "county", "target": 4000.0},
            {"area": "Q", "level": "county", "target": 10000.0}]
    inst = build_instance(with_targets(rows), with_targets(rows).parameters.with_overrides(
        {**QUIET, "target.county": 5000.0}))
    year = inst.years[0]
    # C1: two tags, the lowest (strictest) row applies; C2: its region; C3: its province beats 沿海
    assert inst.office_target["C1", year] == 4000.0
    assert inst.office_target["C2", year] == 8000.0
    assert inst.office_target["C3", year] == 10000.0
    assert inst.office_target["M", year] == inst.target["municipal", year]  # no row: the parameter
    # the independent checker derives the same targets from the data
    assert published_targets(inst) == dict(inst.office_target)


def test_plan_staffs_each_office_to_its_own_target() -> None:
    rows = [{"area": "沿海", "level": "county", "target": 8000.0},
            {"area": "山区", "level": "county", "target": 4000.0},
            {"area": "Q", "level": "county", "target": 10000.0}]
    data = with_targets(rows)
    settings = data.parameters.with_overrides({**QUIET, "posts.step": 1000, "staff.hire_rate": 10.0,
                                               "solver.gap": 0.0, "budget.regime": "none"})
    from staffopt.solver.solve import solve

    inst = build_instance(data, settings)
    result = solve(inst)
    assert result.status == "optimal" and check_plan(inst, result) == []
    # 1,000,000 person-times: 4,000:1 -> 250 heads, 8,000:1 -> 125, 10,000:1 -> 100 (attrition keeps 96)
    heads = {o: plan(result, o)["staff"] + plan(result, o)["contract"] for o in ("C1", "C2", "C3")}
    assert heads == {"C1": 250, "C2": 125, "C3": 100}
    assert plan(result, "C1")["target"] == 4000.0 and plan(result, "C3")["target"] == 10000.0


def test_row_reach_year_moves_the_group_from_its_own_ratio() -> None:
    # C1 and C2 at 10,000:1 today; the 沿海 row asks 5,000:1 by 2026: 10,000 -> 5,000 over 5 years
    rows = [{"area": "沿海", "level": "county", "target": 5000.0, "reach_year": 2026}]
    data = with_targets(rows)
    inst = build_instance(data, data.parameters.with_overrides({**QUIET, "horizon": 5}))
    assert [inst.office_target["C2", t] for t in inst.years] == [9000.0, 8000.0, 7000.0, 6000.0, 5000.0]
    assert published_targets(inst) == dict(inst.office_target)


def test_checker_judges_each_office_by_its_own_target() -> None:
    from helpers_solve import with_cell
    from staffopt.solver.solve import solve

    data = with_targets([{"area": "山区", "level": "county", "target": 4000.0}])
    settings = data.parameters.with_overrides({**QUIET, "posts.step": 1000, "staff.hire_rate": 10.0,
                                               "solver.gap": 0.0, "budget.regime": "none",
                                               "target.county": 5000.0})
    inst = build_instance(data, settings)
    result = solve(inst)
    assert check_plan(inst, result) == []
    year = inst.years[0]
    assert plan(result, "C1", year)["staff"] + plan(result, "C1", year)["contract"] == 250
    # 200 heads meet the level's 5,000:1 but not C1's own 4,000:1
    row = plan(result, "C1", year)
    broken = with_cell(result, "office_year", {"office_id": "C1", "year": year}, "staff",
                       200 - row["contract"])
    messages = check_plan(inst, broken)
    assert any(m.startswith(f"load_ratio: office C1, year {year}") for m in messages), messages


def test_bad_rows_built_outside_the_reader_raise_input_error() -> None:
    data = with_targets([{"area": "nowhere", "level": "county", "target": 5000.0, "row": 7}])
    with pytest.raises(InputError) as info:
        build_instance(data, data.parameters)
    (problem,) = info.value.problems
    assert (problem.sheet, problem.row, problem.column, problem.value) == ("targets", 7, "area", "nowhere")


def test_base_offices_unaffected_without_targets(make_input: Callable[..., Path]) -> None:
    data = read_workbook(make_input())
    inst = build_instance(data, data.parameters)
    assert all(inst.office_target[o.id, t] == inst.target[o.level, t]
               for o in inst.offices for t in inst.years)
    assert len(BASE_OFFICES) == len(inst.offices)


def test_targets_round_trip_through_the_workbook_writer(
    make_input: Callable[..., Path], tmp_path: Path,
) -> None:
    from staffopt.workbook import write_input_workbook

    rows = [{"area": "P1", "level": "county", "target": 5000, "reach_year": 2024},
            {"area": "长三角", "level": "municipal", "target": 7000}]
    data = read_workbook(make_input(extra=targets_sheet(*rows)))
    for lang in ("en", "zh"):
        out = tmp_path / f"copy-{lang}.xlsx"
        write_input_workbook(data, out, lang=lang)
        again = read_workbook(out)
        assert again.targets is not None and data.targets is not None
        # the written sheet has a units row under the header, so only the spreadsheet rows differ
        pd.testing.assert_frame_equal(again.targets.drop(columns="row"), data.targets.drop(columns="row"))
