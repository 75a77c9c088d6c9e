"""Staff needed at a published standard (issue 9, items 1 and 7): a standard counts heads.

The national file holds the 2021 workload of 002 by level (actual staff × 10,663: 1,549,067,325
person-times). With digital service, training and the budget switched off, and the contract
rules loosened so that nothing but the standard decides the headcount, the plan must employ
exactly ``Σ_o ⌈N_o / s⌉`` people at a standard of ``s`` person-times per head — whatever
``contract.effective_worth`` says (it only sets the reported effective load ratio).
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import pytest

from staffopt.instance import InputData, build_instance
from staffopt.reader import read_workbook
from staffopt.solver.solve import solve

#: The shipped national file (002, Table 1 by level).
NATIONAL = Path(__file__).resolve().parents[1] / "data" / "national_2021.xlsx"

#: Heads needed for the 2021 national workload at 7,000 / 5,000 / 4,000 person-times per head
#: (the Xinjiang, Beijing and Chengdu-county standards of 002). Per level at 7,000:1:
#: ⌈51,672,898/7,000⌉ + ⌈380,349,210/7,000⌉ + ⌈1,117,045,217/7,000⌉ = 7,382 + 54,336 + 159,578.
STAFF_NEEDED = {7000: 221_296, 5000: 309_815, 4000: 387_269}


def _national_flat() -> InputData:
    """The national file with workload held at its 2021 value and the contract control open."""
    data = read_workbook(NATIONAL)
    offices = data.offices.copy()
    offices["workload_growth"] = 0.0
    offices["contract_cap"] = offices["contract_cap"].fillna(10**6)
    return dataclasses.replace(data, offices=offices)


@pytest.mark.parametrize("worth", [0.0, 0.8, 1.0])
@pytest.mark.parametrize("standard", sorted(STAFF_NEEDED))
def test_headcount_at_a_standard_is_the_heads_it_asks_for(standard: int, worth: float) -> None:
    data = _national_flat()
    workload = data.offices["workload"].astype(float)
    assert sum(math.ceil(n / standard) for n in workload) == STAFF_NEEDED[standard]
    overrides = {
        "horizon": 1, "digital.enabled": False, "training.enabled": False, "budget.regime": "none",
        "contract.allow_share_rise": True, "contract.effective_worth": worth,
        **{f"target.{level}": standard for level in ("provincial", "municipal", "county")},
        "solver.gap": 0.0, "solver.threads": 1, "solver.seed": 0,
    }
    result = solve(build_instance(data, data.parameters.with_overrides(overrides)))
    assert result.status == "optimal"
    plan = result.office_year[~result.office_year["is_base"]]
    assert int((plan["staff"] + plan["contract"]).sum()) == STAFF_NEEDED[standard]
    assert float(plan["unmet"].sum()) == pytest.approx(0.0, abs=1e-6)
    every = result.by_level_year.set_index(["level", "year"])
    assert every.at[("all", 2022), "load_ratio_nominal"] == pytest.approx(
        workload.sum() / STAFF_NEEDED[standard])
