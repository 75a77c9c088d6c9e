"""The independent plan checker: passes on real solves, and names every corrupted family.

A checker that cannot fail is a defect: every constraint family is corrupted in one cell of a
real, valid plan, and the checker must name that family, the office (or pool / level) and year.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest

import staffopt.solver.solve
from helpers_solve import plan_row, solve_checked, tiny_data, with_cell
from staffopt.instance import Instance
from staffopt.model.sets import derive
from staffopt.results import Result
from staffopt.results.check import assert_valid_plan, check_plan

#: Settings that switch on every optional family, so each can be corrupted.
RICH = {
    "posts.step": 2,
    "contract.no_new": "true",
    "contract.max_share_final": 0.5,
    "pro.share_min": 0.3,
    "training.min_hours": 8,
    "standard.rule": "ratio",
    "standard.mode": "upper",
    "standard.ratio.county": 4000,
}
OFFICE = "P01M01C01"  # a county office
YEAR = 2023  # the second plan year (base 2021, horizon 3)


@pytest.fixture(scope="module")
def rich() -> tuple[Instance, Result]:
    return solve_checked(tiny_data(seed=1), RICH)


@pytest.fixture(scope="module")
def fund() -> tuple[Instance, Result]:
    return solve_checked(tiny_data(seed=2), {"budget.regime": "fund", "budget.pool": "province",
                                             "budget.fund_share": 0.0075})


def test_valid_plan_passes(rich: tuple[Instance, Result]) -> None:
    instance, result = rich
    assert check_plan(instance, result) == []
    assert_valid_plan(instance, result)
    # the families were really switched on (else the corruption tests would prove little)
    assert instance.settings.bool("contract.no_new")
    assert instance.standard_posts, "the ratio rule gives standard posts"


def _prev(result: Result, office: str, year: int, col: str) -> float:
    return float(plan_row(result, office, year - 1)[col])


Edit = Callable[[Instance, Result], Result]


def cell(column: str, value: Callable[[Instance, Result, pd.Series], float],
         office: str = OFFICE, year: int = YEAR) -> Edit:
    """Set one office_year cell of ``office`` in ``year`` to ``value(instance, result, row)``."""
    def edit(instance: Instance, result: Result) -> Result:
        row = plan_row(result, office, year)
        return with_cell(result, "office_year", {"office_id": office, "year": year}, column,
                         value(instance, result, row))
    return edit


def cells(*edits: Edit) -> Edit:
    def edit(instance: Instance, result: Result) -> Result:
        for e in edits:
            result = e(instance, result)
        return result
    return edit


def _office(instance: Instance, office: str = OFFICE) -> Any:
    return next(o for o in instance.offices if o.id == office)


def _online_cap(instance: Instance, result: Result, row: pd.Series) -> float:
    s = instance.settings
    return (s.float("digital.yield") * row["digital"]
            + s.float("platform.share") * row["workload"] * row["platform"])


def _above_standard(instance: Instance, result: Result, row: pd.Series) -> float:
    least = derive(instance).posts_least  # the fewest posts the step and the attrition floor allow
    return max(instance.standard_posts[(OFFICE, YEAR)], least[(OFFICE, YEAR)]) + 1


# family, the place the message must name, the corruption
CORRUPTIONS: list[tuple[str, str, Edit]] = [
    ("integrality", f"office {OFFICE}, year {YEAR}", cell("staff", lambda i, r, row: row["staff"] + 0.5)),
    ("posts_staff", f"office {OFFICE}, year {YEAR}", cell("staff", lambda i, r, row: row["posts"] + 1)),
    ("post_step", f"office {OFFICE}, year {YEAR}",
     cell("posts", lambda i, r, row: _prev(r, OFFICE, YEAR, "posts") + 3)),
    ("attrition", f"office {OFFICE}, year {YEAR}",
     cell("staff", lambda i, r, row: math.floor(0.96 * _prev(r, OFFICE, YEAR, "staff")) - 1)),
    ("hiring", f"office {OFFICE}, year {YEAR}",
     cell("staff", lambda i, r, row: _prev(r, OFFICE, YEAR, "staff") + _office(i).hire_cap + 1)),
    ("contract_no_new", f"office {OFFICE}, year {YEAR}",
     cell("contract", lambda i, r, row: _prev(r, OFFICE, YEAR, "contract") + 1)),
    ("contract_share", f"office {OFFICE}, year 2024",
     cell("contract", lambda i, r, row: row["staff"] + 1, year=2024)),
    ("contract_cap", f"office {OFFICE}, year {YEAR}",
     cell("contract", lambda i, r, row: _office(i).contract_cap + 1)),
    ("contract_share_base", f"office {OFFICE}, year {YEAR}",
     cell("contract", lambda i, r, row: row["staff"])),  # share 50 % against a base share below it
    ("conversion", f"office {OFFICE}, year {YEAR}",
     cell("conversions", lambda i, r, row: _prev(r, OFFICE, YEAR, "contract") + 1)),
    ("conversion", f"office {OFFICE}, year 2024",
     cell("conversions", lambda i, r, row: _office(i).contract0 + 1, year=2024)),
    ("integrality", f"office {OFFICE}, year {YEAR}", cell("conversions", lambda i, r, row: 0.5)),
    ("pro_bounds", f"office {OFFICE}, year {YEAR}", cell("professional", lambda i, r, row: row["staff"] + 1)),
    ("pro_share", f"office {OFFICE}, year {YEAR}", cell("professional", lambda i, r, row: 0)),
    ("pro_attrition", f"office {OFFICE}, year {YEAR}", cell("professional", lambda i, r, row: 0)),
    ("training", f"office {OFFICE}, year {YEAR}",
     cell("train", lambda i, r, row: 120 * (row["staff"] + row["contract"]) + 100)),
    ("training", f"office {OFFICE}, year {YEAR}", cell("train", lambda i, r, row: 0.0)),
    ("digital_stock", f"office {OFFICE}, year {YEAR}",
     cell("digital", lambda i, r, row: row["digital"] + 100)),
    ("online_digital", f"office {OFFICE}, year {YEAR}",
     cell("online", lambda i, r, row: _online_cap(i, r, row) + 1000)),
    ("online_manual", f"office {OFFICE}, year {YEAR}",
     cell("online", lambda i, r, row: (1 - _office(i).manual_floor) * row["workload"] + 1000)),
    # first plan year: base-year share (the platform's) + one year of digital.ramp, below the floor
    ("online_ramp", f"office {OFFICE}, year 2022",
     cell("online", lambda i, r, row: (i.online_share0[OFFICE] + i.settings.float("digital.ramp"))
          * row["workload"] + 1000, year=2022)),
    ("load_ratio", f"office {OFFICE}, year {YEAR}",
     cells(*(cell(c, lambda i, r, row: 0.0) for c in ("staff", "contract", "train", "online", "unmet")))),
    ("min_staff", f"office {OFFICE}, year {YEAR}",
     cells(cell("staff", lambda i, r, row: 1), cell("contract", lambda i, r, row: 0))),
    ("standard", f"office {OFFICE}, year {YEAR}", cell("posts", _above_standard)),
    ("budget", f"office {OFFICE}, year {YEAR}",
     cells(cell("cost_other", lambda i, r, row: row["cost_other"] + row["budget_cap"]),
           cell("cost_total", lambda i, r, row: row["cost_total"] + row["budget_cap"]))),
    ("cost_lines", f"office {OFFICE}, year {YEAR}",
     cells(cell("cost_personnel", lambda i, r, row: row["cost_personnel"] + 1),
           cell("cost_total", lambda i, r, row: row["cost_total"] + 1))),
    ("cost_lines", f"office {OFFICE}, year {YEAR}",
     cell("cost_total", lambda i, r, row: row["cost_total"] - 1)),
    ("nonnegative", f"office {OFFICE}, year {YEAR}", cell("invest", lambda i, r, row: -5.0)),
    ("data", f"office {OFFICE}, year {YEAR}", cell("workload", lambda i, r, row: row["workload"] + 10)),
    ("derived", f"office {OFFICE}, year {YEAR}",
     cell("load_ratio_nominal", lambda i, r, row: 2 * row["load_ratio_nominal"])),
    ("derived", f"office {OFFICE}, year {YEAR}", cell("actual", lambda i, r, row: row["actual"] + 1)),
    ("base_year", f"office {OFFICE}, year 2021",
     cell("posts", lambda i, r, row: row["posts"] + 1, year=2021)),
]


@pytest.mark.parametrize(("family", "where", "edit"), CORRUPTIONS,
                         ids=[f"{f}-{n}" for n, (f, _, _) in enumerate(CORRUPTIONS)])
def test_checker_names_corrupted_family(rich: tuple[Instance, Result], family: str, where: str,
                                        edit: Edit) -> None:
    instance, result = rich
    bad = edit(instance, result)
    problems = check_plan(instance, bad)
    wanted = f"{family}: {where}:"
    assert any(p.startswith(wanted) for p in problems), f"{wanted!r} not in {problems}"
    with pytest.raises(AssertionError, match=family):
        assert_valid_plan(instance, bad)


def _table_edit(result: Result, table: str, where: dict[str, Any], column: str, delta: float) -> Result:
    frame = getattr(result, table)
    mask = pd.Series(True, index=frame.index)
    for k, v in where.items():
        mask &= frame[k] == v
    value = float(frame.loc[mask, column].iloc[0]) + delta
    return with_cell(result, table, where, column, value)


def test_platform_switched_off_is_named(rich: tuple[Instance, Result]) -> None:
    instance, result = rich
    bad = with_cell(result, "platforms", {"province": "P01", "year": 2022}, "platform", 1)
    bad = with_cell(bad, "platforms", {"province": "P01", "year": 2023}, "platform", 0)
    problems = check_plan(instance, bad)
    assert any(p.startswith("platform_monotone: province P01, year 2023:") for p in problems), problems


def test_existing_platform_switched_off_is_named(rich: tuple[Instance, Result]) -> None:
    instance, result = rich
    assert instance.settings.bool("platform.existing")  # the synthetic provinces run theirs (002)
    assert 0.2 + instance.settings.float("digital.ramp") < 1 - _office(instance).manual_floor
    bad = with_cell(result, "platforms", {"province": "P01", "year": 2022}, "platform", 0)
    problems = check_plan(instance, bad)
    assert any(p.startswith("platform_monotone: province P01, year 2022:") and "base year" in p
               for p in problems), problems


def test_goods_services_share_is_checked(rich: tuple[Instance, Result]) -> None:
    instance, result = rich
    where = {"level": "county", "year": YEAR}
    bad = _table_edit(result, "by_level_year", where, "goods_services_share", 0.01)
    assert any(p.startswith(f"aggregates: level county, year {YEAR}:") and "goods_services_share" in p
               for p in check_plan(instance, bad))


def test_aggregate_and_budget_tables_are_checked(rich: tuple[Instance, Result]) -> None:
    instance, result = rich
    bad = _table_edit(result, "by_level_year", {"level": "county", "year": YEAR}, "cost_total", 1.0)
    assert any(p.startswith(f"aggregates: level county, year {YEAR}:") for p in check_plan(instance, bad))
    bad = _table_edit(result, "by_level_year", {"level": "all", "year": YEAR}, "staff", 1.0)
    assert any(p.startswith(f"aggregates: level all, year {YEAR}:") for p in check_plan(instance, bad))
    bad = _table_edit(result, "by_level_year", {"level": "county", "year": YEAR}, "contract_share", 0.1)
    assert any(p.startswith(f"aggregates: level county, year {YEAR}: contract_share")
               for p in check_plan(instance, bad))
    bad = _table_edit(result, "budget", {"pool": OFFICE, "year": YEAR}, "cost_total", 1.0)
    assert any(p.startswith(f"budget_table: pool {OFFICE}, year {YEAR}:") for p in check_plan(instance, bad))


def test_objective_mismatch_is_named(rich: tuple[Instance, Result]) -> None:
    instance, result = rich
    assert result.objective is not None
    bad = dataclasses.replace(result, objective=result.objective * 1.01)
    assert any(p.startswith("objective: result:") for p in check_plan(instance, bad))


def test_missing_row_is_named(rich: tuple[Instance, Result]) -> None:
    instance, result = rich
    oy = result.office_year
    keep = ~((oy["office_id"] == OFFICE) & (oy["year"] == YEAR))
    bad = dataclasses.replace(result, office_year=oy[keep])
    assert f"tables: office {OFFICE}, year {YEAR}: row missing from office_year" in check_plan(instance, bad)


def test_fund_pool_overspend_is_named(fund: tuple[Instance, Result]) -> None:
    instance, result = fund
    assert check_plan(instance, result) == []
    row = plan_row(result, OFFICE, YEAR)
    extra = instance.settings.float("budget.fund_share") * instance.fund_spend[("P01", YEAR)]
    bad = with_cell(result, "office_year", {"office_id": OFFICE, "year": YEAR}, "cost_other",
                    row["cost_other"] + extra)
    bad = with_cell(bad, "office_year", {"office_id": OFFICE, "year": YEAR}, "cost_total",
                    row["cost_total"] + extra)
    problems = check_plan(instance, bad)
    assert any(p.startswith(f"budget: pool P01, year {YEAR}:") for p in problems), problems


def test_many_violations_are_capped_and_counted(rich: tuple[Instance, Result]) -> None:
    instance, result = rich
    oy = result.office_year.copy()
    plan = ~oy["is_base"]
    oy.loc[plan, "staff"] = oy.loc[plan, "posts"] + 1
    problems = check_plan(instance, dataclasses.replace(result, office_year=oy))
    named = [p for p in problems if p.startswith("posts_staff: office")]
    assert len(named) == 20
    assert any(p.startswith("posts_staff: ... and ") for p in problems)


def test_plan_without_tables_has_nothing_to_check(rich: tuple[Instance, Result]) -> None:
    instance, result = rich
    empty = dataclasses.replace(result, status="infeasible", office_year=pd.DataFrame())
    assert check_plan(instance, empty) == []


@pytest.fixture(scope="module")
def service() -> tuple[Instance, Result]:
    # a tight budget, so that some workload stays unmet and the unmet stage binds
    from helpers_solve import scale_appropriation

    return solve_checked(scale_appropriation(tiny_data(seed=3), 0.97),
                         {"objective": "service", "target.county": 7000, "target.municipal": 8000})


def test_lexicographic_stage_is_kept(service: tuple[Instance, Result]) -> None:
    instance, result = service
    assert result.stage_objectives["obj_unmet"] > 0, "the test needs unmet workload"
    row = result.office_year[(~result.office_year["is_base"]) & (result.office_year["unmet"] > 0)].iloc[0]
    where = {"office_id": row["office_id"], "year": row["year"]}
    worse = with_cell(result, "office_year", where, "unmet", row["unmet"] * 1.5 + 10)
    problems = check_plan(instance, worse)
    assert any(p.startswith("lexicographic: result:") for p in problems), problems


def test_cumulative_attrition_floor_is_checked() -> None:
    # 10 staff, 4% attrition, no need: plan 9, 9, 8. Staff 8 in 2023 keeps the yearly floor
    # (floor(0.96 x 9) = 8) but falls below the cumulative one (floor(0.96^2 x 10) = 9)
    from test_model_support import instance_of, make_data, office

    instance = instance_of(make_data([office(workload=0, posts=10, actual_staff=10, professional_staff=10)]),
                           staff__attrition=0.04, horizon=3)
    result = staffopt.solver.solve.solve(instance)
    assert check_plan(instance, result) == []
    where = {"office_id": "P", "year": 2023, "is_base": False}
    bad = with_cell(result, "office_year", where, "staff", 8)
    problems = [p for p in check_plan(instance, bad) if p.startswith("attrition")]
    assert len(problems) == 1 and "office P, year 2023" in problems[0] and "0.04)^2 x 10" in problems[0]
    bad = with_cell(result, "office_year", where, "professional", 8)
    problems = [p for p in check_plan(instance, bad) if p.startswith("pro_attrition")]
    assert len(problems) == 1 and "office P, year 2023" in problems[0]


def test_vacant_post_tiebreak_term_is_checked(rich: tuple[Instance, Result]) -> None:
    _instance, result = rich
    terms = dict(result.objective_terms)
    oy = result.office_year[~result.office_year["is_base"]]
    assert terms["vacant_posts_tiebreak"] == pytest.approx(1e-4 * float((oy["posts"] - oy["staff"]).sum()))
    terms["vacant_posts_tiebreak"] += 0.5
    problems = check_plan(rich[0], dataclasses.replace(result, objective_terms=terms))
    assert any(p.startswith("objective") and "vacant_posts_tiebreak" in p for p in problems)
