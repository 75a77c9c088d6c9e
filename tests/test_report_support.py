"""Shared helpers of the report / solve tests: a tiny input workbook and a hand-made Result.

(Named test_report_*.py so it sits with the tests it serves; it holds no tests itself.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from staffopt.instance import InputData
from staffopt.results import Result
from staffopt.schema import BUDGET_BY_YEAR_COLUMNS, SCENARIO_COLUMNS, WORKLOAD_BY_YEAR_COLUMNS
from staffopt.settings import Settings

INJECTION = '=HYPERLINK("http://example.invalid","x")'

OFFICES = [
    # id, name, level, parent, regions, workload, posts, actual, pro, cost_staff, cost_contract,
    # digital, appropriation, overhead, fund_spending
    ("P1", "省社保局", "provincial", "", "长三角", 50_000, 5, 5, 2, 14.0, 7.0, 100.0, 120.0, 5.0, 60_000.0),
    ("M1", "甲市社保中心", "municipal", "P1", "长三角", 120_000, 12, 13, 4, 12.0, 6.0, 50.0, 230.0, 5.0,
     80_000.0),
    ("C1", INJECTION, "county", "M1", "", 80_000, 6, 9, 1, 10.0, 5.0, 0.0, 140.0, 3.0, 40_000.0),
    ("C2", "乙县社保所", "county", "M1", "", 60_000, 5, 7, 1, 10.0, 5.0, 0.0, 120.0, 3.0, 30_000.0),
]

#: Parameters of the tiny instance: short horizon, loose targets, quick solves.
PARAMETERS: dict[str, Any] = {
    "horizon": 2,
    "target.provincial": 10_000.0,
    "target.municipal": 10_000.0,
    "target.county": 9_000.0,
    "posts.step": 2,
    "solver.time_limit": 30.0,
}


def tiny_data(**params: Any) -> InputData:
    """A validated-shape InputData of four offices (one named like a formula)."""
    rows = []
    for (oid, name, level, parent, regions, workload, posts, actual, pro, cs, cc, dig, app, ovh,
         fund) in OFFICES:
        rows.append({
            "office_id": oid, "name": name, "level": level, "parent_id": parent, "regions": regions,
            "workload": float(workload), "workload_growth": 0.03, "posts": posts, "actual_staff": actual,
            "contract_staff": pd.NA, "professional_staff": pro, "cost_staff": cs, "cost_contract": cc,
            "digital_capital": dig, "manual_floor": 0.3, "appropriation": app, "overhead": ovh,
            "fund_spending": fund, "min_staff": pd.NA, "post_step": pd.NA,
        })
    settings = Settings({**PARAMETERS, **params})
    return InputData(
        offices=pd.DataFrame(rows),
        parameters=settings,
        workload_by_year=pd.DataFrame(columns=[f.key for f in WORKLOAD_BY_YEAR_COLUMNS]),
        budget_by_year=pd.DataFrame(columns=[f.key for f in BUDGET_BY_YEAR_COLUMNS]),
        scenarios=pd.DataFrame(
            [{"scenario": "tight", "key": "target.county", "value": "8000", "note": "", "row": 2}],
            columns=[*(f.key for f in SCENARIO_COLUMNS), "row"],
        ),
        source="tiny.xlsx",
    )


def write_tiny_workbook(path: Path, lang: str = "en", **params: Any) -> Path:
    """Write the tiny input as a real workbook (through the project's own writer)."""
    from staffopt.workbook import write_input_workbook

    write_input_workbook(tiny_data(**params), path, lang)  # type: ignore[arg-type]
    return path


_LINES = ("cost_personnel", "cost_goods_services", "cost_capital", "cost_other")
NAN = float("nan")
#: Columns the model leaves NaN in the base year (status quo): decisions and the target.
BASE_NAN: tuple[str, ...] = ("train", "invest", "online", "unmet", "unmet_share", "target")


def fake_result(data: InputData, status: str = "optimal") -> Result:
    """A hand-made Result with every table and column (status quo carried into the plan years).

    Only for testing the writers independently of the solver: the numbers are consistent
    (aggregates are the sums of the office rows) but not optimal.
    """
    s = data.parameters
    t0 = s.int("base_year")
    years = [t0, *s.years]
    office_rows = []
    for rec in data.offices.to_dict("records"):
        for k, year in enumerate(years):
            staff = min(rec["posts"], rec["actual_staff"]) + k
            contract = rec["actual_staff"] - min(rec["posts"], rec["actual_staff"])
            workload = rec["workload"] * (1.03 ** k)
            online = 0.1 * workload * k
            personnel = staff * rec["cost_staff"] + contract * rec["cost_contract"]
            row = {
                "office_id": rec["office_id"], "name": rec["name"], "level": rec["level"],
                "province": "P1", "regions": rec["regions"], "pool": rec["office_id"], "year": year,
                "is_base": k == 0, "workload": workload, "posts": rec["posts"] + k, "staff": staff,
                "contract": contract, "professional": rec["professional_staff"],
                "actual": staff + contract, "over_establishment": max(0, staff + contract - rec["posts"] - k),
                "train": 10.0 * k, "invest": 5.0 * k, "digital": rec["digital_capital"] + 5.0 * k,
                "online": online, "unmet": 0.0, "unmet_share": 0.0, "platform": 0,
                "load_ratio_nominal": workload / (staff + contract),
                "load_ratio_effective": (workload - online) / (staff + 0.8 * contract),
                "target": s.float(f"target.{rec['level']}"), "standard_posts": float("nan"),
                "cost_personnel": personnel, "cost_goods_services": 0.1 * k, "cost_capital": 5.0 * k,
                "cost_other": rec["overhead"],
                "budget_cap": float("nan") if k == 0 else rec["appropriation"],
            }
            row["cost_total"] = sum(row[c] for c in _LINES)
            if k == 0:  # like the model: the status quo defines none of the plan's decisions
                row.update({c: NAN for c in BASE_NAN})
            office_rows.append(row)
    oy = pd.DataFrame(office_rows)
    sums = ["posts", "staff", "contract", "professional", "workload", "online", "unmet", *_LINES,
            "cost_total"]
    level_rows = []
    groups = [*oy.groupby(["level", "year"]), *((("all", y), g) for y, g in oy.groupby("year"))]
    for (level, year), g in groups:
        row = {"level": level, "year": year, "is_base": bool(g["is_base"].iloc[0])}
        row.update({c: g[c].sum(min_count=1) for c in sums})
        row["load_ratio_nominal"] = row["workload"] / (row["staff"] + row["contract"])
        capacity = row["staff"] + 0.8 * row["contract"]
        online = 0.0 if pd.isna(row["online"]) else row["online"]
        row["load_ratio_effective"] = (row["workload"] - online) / capacity
        row["target"] = g["target"].max()
        level_rows.append(row)
    bly = pd.DataFrame(level_rows)
    region = bly[bly["level"] == "all"].rename(columns={"level": "region"}).assign(region="长三角")
    plan = oy[~oy["is_base"]]
    budget = plan[["pool", "year", *_LINES, "cost_total", "budget_cap"]].copy()
    budget["budget_use"] = budget["cost_total"] / budget["budget_cap"]
    budget["marginal_budget"] = 0.0
    marginals = bly[~bly["is_base"] & (bly["level"] != "all")][["level", "year"]].assign(
        marginal_workload=0.0005)
    platforms = pd.DataFrame({"province": ["P1"] * len(s.years), "year": list(s.years), "platform": 0})
    has_plan = status in ("optimal", "time_limit")
    empty = pd.DataFrame()
    return Result(
        status=status, objective=123.45 if has_plan else None, mip_gap=0.0 if has_plan else None,
        solve_seconds=0.5, build_seconds=0.1, settings=s, scenario=None,
        office_year=oy if has_plan else empty, by_level_year=bly if has_plan else empty,
        by_region_year=region if has_plan else empty, budget=budget if has_plan else empty,
        marginals=marginals if has_plan else empty, platforms=platforms if has_plan else empty,
        messages=() if has_plan else ("county C1 cannot meet its target within its budget",),
    )
