"""Locks in the model (issue 11, item 5): bounds, re-checked, reported, explained when infeasible."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from helpers_solve import EXACT, plan_row, solve_data, with_cell
from staffopt.instance import InputData, build_instance
from staffopt.model import build_model
from staffopt.model.sets import derive
from staffopt.pipeline import run_solve
from staffopt.reader import read_workbook, table_frame
from staffopt.report.labels import text
from staffopt.report.plan_book import build_plan_workbook
from staffopt.results.check import check_plan
from staffopt.schema import output_label
from staffopt.synthetic import national_instance
from test_report_support import tiny_data


def locked(data: InputData, *records: dict[str, Any]) -> InputData:
    """``data`` with a locks sheet of ``records`` (rows 2, 3, … as in a workbook)."""
    rows = [{**r, "row": i} for i, r in enumerate(records, start=2)]
    return dataclasses.replace(data, locks=table_frame("locks", rows))


def exact(data: InputData, **overrides: Any) -> Any:
    return run_solve(data, overrides={**{k: str(v) for k, v in EXACT.items()}, **overrides})


@pytest.fixture(scope="module")
def free_plan() -> Any:
    return exact(tiny_data())


def test_a_fixed_lock_moves_the_plan_to_its_value(free_plan: Any) -> None:
    before = int(plan_row(free_plan, "C1", 2023)["staff"])
    value = 8 if before != 8 else 7
    result = exact(locked(tiny_data(), {"office_id": "C1", "year": 2023, "what": "staff", "min": value,
                                        "max": value}))
    assert result.status == "optimal"
    assert int(plan_row(result, "C1", 2023)["staff"]) == value != before
    assert result.objective > free_plan.objective  # a binding lock costs something


def test_a_max_lock_caps_contract_staff(free_plan: Any) -> None:
    before = int(plan_row(free_plan, "C2", 2022)["contract"])
    assert before >= 1  # the lock below binds
    lock = {"office_id": "C2", "year": 2022, "what": "contract", "max": before - 1}
    result = exact(locked(tiny_data(), lock))
    assert result.has_plan
    assert int(plan_row(result, "C2", 2022)["contract"]) <= before - 1


def test_a_contract_min_above_the_useful_bound_is_kept() -> None:
    # the HR rules (issue 9) would forbid 20 contract staff on their own: a control of 30 and
    # allow_share_rise leave only the "never useful above" bound, which the lock must raise
    data = locked(tiny_data(), {"office_id": "C1", "year": 2023, "what": "contract", "min": 20})
    offices = data.offices.copy()
    offices.loc[offices["office_id"] == "C1", "contract_cap"] = 30
    allow = data.parameters.with_overrides({"contract.allow_share_rise": "true"})
    data = dataclasses.replace(data, offices=offices, parameters=allow)
    instance = build_instance(data, data.parameters)
    assert derive(instance).contract_most["C1"] < 20  # the lock raises the "never useful above" bound
    m = build_model(instance)
    assert m.contract["C1", 2023].lb == 20 and m.contract["C1", 2023].ub >= 20
    result = exact(data, **{"budget.regime": "none", "contract.allow_share_rise": "true"})
    assert int(plan_row(result, "C1", 2023)["contract"]) == 20


def test_locks_only_tighten_the_bounds() -> None:
    data = locked(tiny_data(), {"office_id": "C2", "year": 2022, "what": "posts", "min": 4},
                  {"office_id": "C2", "year": 2023, "what": "staff", "max": 1000})
    instance = build_instance(data, data.parameters)
    free = build_model(build_instance(tiny_data(), tiny_data().parameters))
    m = build_model(instance)
    assert m.posts["C2", 2022].lb == max(4, free.posts["C2", 2022].lb)
    assert m.staff["C2", 2023].ub == free.staff["C2", 2023].ub  # 1000 is looser than the data's bound
    assert [b.lock.row for b in m.lock_bounds] == [2, 3]


def test_the_checker_catches_a_broken_lock() -> None:
    data = locked(tiny_data(), {"office_id": "C1", "year": 2023, "what": "staff", "min": 7})
    instance, result = solve_data(data)
    assert check_plan(instance, result) == []
    value = int(plan_row(result, "C1", 2023)["staff"])
    broken = with_cell(result, "office_year", {"office_id": "C1", "year": 2023}, "staff", 6)
    found = [p for p in check_plan(instance, broken) if p.startswith("locks:")]
    assert found == ["locks: office C1, year 2023: locks row 2: staff 6 below the min 7"], (value, found)


def test_an_infeasible_lock_is_named_by_its_row() -> None:
    # C1's appropriation (148.5 万元 in 2023) cannot pay 20 contract staff besides the staff kept
    data = locked(tiny_data(), {"office_id": "C1", "year": 2023, "what": "contract", "min": 20,
                                "note": "劳务派遣合同"})
    result = exact(data)
    assert result.status == "infeasible"
    lines = [m for m in result.messages if "locks sheet" in m]
    assert len(lines) == 1, result.messages
    assert "row 2, column 'min'" in lines[0] and "no fewer than 20 persons (劳务派遣合同)" in lines[0]
    assert "lower the min in locks sheet (锁定), row 2" in lines[0]
    zh = [m for m in result.messages_zh if "锁定" in m]
    assert len(zh) == 1 and "“锁定”表第 2 行的“下限”列" in zh[0]


def test_locks_against_minimum_staff_name_the_lock() -> None:
    # C2 must keep 8 people; without locks it could employ 9 (7 posts within posts.step, 2 contract
    # staff under the contract-staff control), but locks cap its staff at 5 and contract staff at 2.
    # (A minimum above 9 is refused by the direct checks before any model, without the locks.)
    data = tiny_data()
    offices = data.offices.copy()
    offices.loc[offices["office_id"] == "C2", "min_staff"] = 8
    data = locked(dataclasses.replace(data, offices=offices),
                  {"office_id": "C2", "year": 2022, "what": "staff", "max": 5},
                  {"office_id": "C2", "year": 2022, "what": "contract", "max": 2})
    result = exact(data, **{"budget.regime": "none"})
    assert result.status == "infeasible"
    lines = [m for m in result.messages if "locks sheet" in m]
    assert lines and all("too many" in m and "minimum staff of 8" in m for m in lines), result.messages
    assert any("row 2" in m or "row 3" in m for m in lines)


def test_locks_in_province_blocks() -> None:
    data = national_instance(provinces=2, municipal=2, county=4, horizon=2, seed=3)
    second = [o for o in data.offices["office_id"] if str(o).startswith("P02")]
    instance = build_instance(data, data.parameters)
    d = derive(instance)
    office = second[-1]
    floor = d.staff_floor[office, 2023]
    result = exact(locked(data, {"office_id": office, "year": 2023, "what": "staff", "min": floor + 1,
                                 "max": floor + 1}))
    assert result.has_plan
    assert int(plan_row(result, office, 2023)["staff"]) == floor + 1


def test_report_shows_each_lock_beside_the_plan(tmp_path: Path) -> None:
    data = locked(tiny_data(), {"office_id": "C1", "year": 2023, "what": "staff", "min": 8, "max": 8,
                                "note": "编办〔2023〕5号"},
                  {"office_id": "M1", "year": 2022, "what": "contract", "max": 50})
    result = exact(data)
    for lang in ("en", "zh"):
        path = tmp_path / f"plan-{lang}.xlsx"
        build_plan_workbook(result, data, lang).save(path)  # type: ignore[arg-type]
        sheet = pd.read_excel(path, sheet_name=text("sheet.locks", lang))  # type: ignore[arg-type]
        col = {k: output_label(k, lang) for k in ("lock_row", "lock_what", "plan_value", "binds", "lock_max")}
        assert list(sheet[col["lock_row"]]) == [2, 3]
        assert list(sheet[col["plan_value"]]) == [8, int(plan_row(result, "M1", 2022)["contract"])]
        yes, no = text("bool.true", lang), text("bool.false", lang)  # type: ignore[arg-type]
        assert list(sheet[col["binds"]]) == [yes, no]
        assert sheet[col["lock_what"]][0] == ("established staff" if lang == "en" else "在编人员")
        # the input sheets of the report keep the locks: solving the report gives the same plan
        again = read_workbook(path)
        assert list(again.locks["what"]) == ["staff", "contract"]


def test_no_locks_no_sheet(free_plan: Any, tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    build_plan_workbook(free_plan, tiny_data(), "en").save(path)
    import openpyxl

    assert text("sheet.locks", "en") not in openpyxl.load_workbook(path).sheetnames
