"""Index sets and the constants derived from the instance that several families share.

Notation used in every docstring of :mod:`staffopt.model`:

* ``O`` offices, ``T`` plan years ``t0+1 … t0+H``, ``P`` provinces (root offices),
  ``t−1`` the previous year (for the first plan year: the observed base-year value),
  ``k(t) = t − t0`` years since the base year;
* ``N[o,t]`` workload (person-times), ``s[o,t] = target[level(o), t]`` the load-ratio target;
* workload quantities ``online`` and ``unmet`` are modelled in *staff-equivalents at target*
  (``online_se = online / s``, ``unmet_se = unmet / s``) so that every coefficient of the
  load-ratio row is of order one; the result tables convert them back to person-times.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyomo.environ as pyo

from staffopt.instance import Instance, Office
from staffopt.tolerances import ROUNDING_SLACK

#: Numerical slack used when rounding data-derived integer bounds.
EPS = ROUNDING_SLACK

#: ``δ`` of the attrition floors (family 3 and 5): the number of staff who stay is rounded
#: *down*, ``⌊(1 − attrition)·x + δ⌋`` (a fraction within ``δ`` of the next whole person counts
#: as that person). In a row, ``staff[t] ≥ (1 − a)·staff[t−1] − (1 − δ)`` over integers is
#: exactly that floor; ``δ`` is 100× HiGHS's feasibility tolerance (1e-6), so the solver cannot
#: read the row as ``≥ (1 − a)·staff[t−1] − 1`` when ``(1 − a)·staff[t−1]`` is a whole number.
ATTRITION_DELTA = 1e-4


def attrition_floor(keep: float, k: int, base: int) -> int:
    """Least headcount ``⌊keep^k · base + δ⌋`` that attrition alone leaves after ``k`` years.

    ``keep = 1 − staff.attrition``; ``δ`` = :data:`ATTRITION_DELTA`. Example (keep 0.96, 10
    staff): 10 → 9 → 9 → 8 → 8 → 8 → 7 (expected 9.6, 9.2, 8.8, 8.5, 8.2, 7.8).
    """
    return math.floor(keep ** k * base + ATTRITION_DELTA)


@dataclass(frozen=True)
class ModelData:
    """Plain-Python constants of one model (read by the family builders, never mutated)."""

    instance: Instance
    offices: dict[str, Office]
    years: tuple[int, ...]
    provinces: tuple[str, ...]
    k: dict[int, int]  # t -> t - t0
    workload: dict[tuple[str, int], float]  # N[o,t], person-times
    target: dict[tuple[str, int], float]  # s[o,t], person-times per staff
    discount: dict[int, float]  # t -> (1 + r)^-(t - t0)
    staff_floor: dict[tuple[str, int], int]  # least staff both attrition floors allow (family 3)
    pro_floor: dict[tuple[str, int], int]  # least professional staff (family 5)
    posts_least: dict[tuple[str, int], int]  # least posts reachable (step, staff floor)
    posts_most: dict[tuple[str, int], int]  # posts0 + step·k
    staff_most: dict[tuple[str, int], int]  # staff0 + hire_cap·k
    contract_most: dict[str, int]  # contract staff never useful above this
    payer: dict[str, str]  # province -> office paying its shared platform

    def prev_year(self, t: int) -> int | None:
        """Return the previous plan year, or ``None`` for the first plan year (base-year data)."""
        return t - 1 if self.k[t] > 1 else None


def derive(instance: Instance) -> ModelData:
    """Compute the constants of :class:`ModelData` from ``instance``."""
    st = instance.settings
    t0 = instance.base_year
    years = instance.years
    offices = {o.id: o for o in instance.offices}
    k = {t: t - t0 for t in years}
    workload = {(o, t): float(instance.workload[o, t]) for o in offices for t in years}
    target = {(o.id, t): float(instance.target[o.level, t]) for o in offices.values() for t in years}
    rate = st.float("discount_rate")
    discount = {t: (1.0 + rate) ** -(t - t0) for t in years}
    keep = 1.0 - st.float("staff.attrition")
    cp = st.float("contract.productivity")
    staff_floor: dict[tuple[str, int], int] = {}
    pro_floor: dict[tuple[str, int], int] = {}
    posts_least: dict[tuple[str, int], int] = {}
    posts_most: dict[tuple[str, int], int] = {}
    staff_most: dict[tuple[str, int], int] = {}
    contract_most: dict[str, int] = {}
    for o in offices.values():
        least, floor, pro = o.posts0, o.staff0, o.pro0
        for t in years:
            # least headcount both attrition floors allow (the cumulative one binds in practice)
            floor = max(attrition_floor(keep, k[t], o.staff0), attrition_floor(keep, 1, floor))
            pro = max(attrition_floor(keep, k[t], o.pro0), attrition_floor(keep, 1, pro))
            least = max(least - o.post_step, floor)
            staff_floor[o.id, t] = floor
            pro_floor[o.id, t] = pro
            posts_least[o.id, t] = least
            posts_most[o.id, t] = o.posts0 + o.post_step * k[t]
            staff_most[o.id, t] = min(o.staff0 + o.hire_cap * k[t], posts_most[o.id, t])
        need = max((workload[o.id, t] / target[o.id, t] for t in years), default=0.0)
        useful = math.ceil(need / cp - EPS) if cp > 0 else 0
        contract_most[o.id] = max(o.contract0, useful + o.min_staff)
    provinces = instance.provinces
    payer = {p: p for p in provinces}  # the root office of each province pays its platform
    return ModelData(
        instance=instance, offices=offices, years=years, provinces=provinces, k=k,
        workload=workload, target=target, discount=discount, staff_floor=staff_floor,
        pro_floor=pro_floor,
        posts_least=posts_least, posts_most=posts_most, staff_most=staff_most,
        contract_most=contract_most, payer=payer,
    )


def add_sets(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Declare ``O``, ``T``, ``P``, ``OT = O × T`` and ``PT = P × T`` (input order kept)."""
    m.O = pyo.Set(initialize=list(data.offices), ordered=True)
    m.T = pyo.Set(initialize=list(data.years), ordered=True)
    m.P = pyo.Set(initialize=list(data.provinces), ordered=True)
    m.OT = pyo.Set(initialize=[(o, t) for o in data.offices for t in data.years], dimen=2, ordered=True)
    m.PT = pyo.Set(initialize=[(p, t) for p in data.provinces for t in data.years], dimen=2, ordered=True)
