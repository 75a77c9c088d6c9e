"""The source papers' figures as regression tests on the shipped national file (issue 9, item 7).

``data/national_2021.xlsx`` is solved as shipped; its base-year rows (the observed status quo the
plan starts from) must reproduce, from the result tables a user sees:

* Table 1 of 002 (2021): posts, actual staff and over-establishment by level, exactly;
* Table 2 of 002 (2018; stated assumption: 2018's spending stands for the 2021 base year, the
  latest year of spending in the seeds): personnel 177.94, goods & services 50.24, capital
  construction 2.91 and other 34.94 亿元, each within 0.5 %;
* the national load ratio 10,663:1 = 1.549e9 person-times / 145,275 actual staff (002).

(Staff needed at 7,000 / 5,000 / 4,000:1 is pinned with the head-count work, not here.)
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from staffopt.instance import build_instance
from staffopt.reader import read_workbook
from staffopt.results import Result
from staffopt.solver.solve import solve

DATA = Path(__file__).resolve().parents[1] / "data" / "national_2021.xlsx"

#: 002, Table 1 (2021): posts 编制, actual staff 实有人数 and over-establishment by level.
TABLE_1 = {
    "provincial": (4726, 4846, 120),
    "municipal": (33096, 35670, 2574),
    "county": (93190, 104759, 11569),
    "all": (131012, 145275, 14263),
}
#: 002, Table 2 (2018), 亿元 → 万元.
TABLE_2 = {"cost_personnel": 177.94e4, "cost_goods_services": 50.24e4, "cost_capital": 2.91e4,
           "cost_other": 34.94e4}


@pytest.fixture(scope="module")
def national() -> Result:
    data = read_workbook(DATA)
    result = solve(build_instance(data, data.parameters))
    assert result.status == "optimal"
    return result


def _base(result: Result) -> pd.DataFrame:
    table = result.by_level_year
    return table[table["is_base"]].set_index("level")


def test_table_1_in_the_base_year(national: Result) -> None:
    base = _base(national)
    for level, (posts, actual, over) in TABLE_1.items():
        row = base.loc[level]
        assert int(row["posts"]) == posts, level
        assert int(row["staff"]) + int(row["contract"]) == actual, level
        assert int(row["over_establishment"]) == over, level


def test_table_2_structure_of_2018_in_the_base_year(national: Result) -> None:
    row = _base(national).loc["all"]
    for line, amount in TABLE_2.items():
        assert row[line] == pytest.approx(amount, rel=0.005), line
    assert row["cost_total"] == pytest.approx(266.03e4, rel=0.005)
    assert row["goods_services_share"] == pytest.approx(0.1889, rel=0.005)  # beside Table 2, 2018


def test_national_load_ratio_10663(national: Result) -> None:
    row = _base(national).loc["all"]
    assert row["workload"] == pytest.approx(1.549e9, rel=1e-4)
    assert row["workload"] / 145_275 == pytest.approx(10_663, abs=0.5)
    assert row["load_ratio_nominal"] == pytest.approx(10_663, abs=0.5)
    for level in ("provincial", "municipal", "county"):
        assert _base(national).loc[level, "load_ratio_nominal"] == pytest.approx(10_663, abs=0.5)


def test_status_quo_plan_keeps_investing_in_digital_service(national: Result) -> None:
    """The issue's 'digital disinvestment' (goods & services 19% → 7%) does not come back.

    With the papers' digital economics an online person-time costs about 2.3 yuan against about
    12 yuan of pay at a counter, so the status-quo plan invests every year, raises the online
    share above today's 20 % in every plan year (and higher at the end than in the first plan year)
    and keeps goods & services at or above its 2018 share of 18.89 %. The share need not rise every
    year: with the HR rules (issue 9) established staff leave only by attrition, so in a year where
    attrition leaves more heads than the standard needs, less online service is bought.
    """
    plan = national.by_level_year
    allrows = plan[(plan["level"] == "all") & ~plan["is_base"]].sort_values("year")
    assert (allrows["goods_services_share"] >= 0.1889 - 1e-9).all()
    online = (allrows["online"] / allrows["workload"]).tolist()
    assert min(online) > 0.2 and online[-1] > online[0], online
    invest = national.office_year.groupby("year")["invest"].sum()
    assert (invest[invest.index > 2021] > 0).all()
