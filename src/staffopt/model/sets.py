"""Index sets and the constants derived from the instance that several families share.

Notation used in every docstring of :mod:`staffopt.model`:

* ``O`` offices, ``T`` plan years ``t0+1 … t0+H``, ``P`` provinces (root offices),
  ``t−1`` the previous year (for the first plan year: the observed base-year value),
  ``k(t) = t − t0`` years since the base year;
* ``N[o,t]`` workload (person-times), ``s[o,t] = (1 − σ0[o])·target[o,t]`` the manual load-ratio
  target: ``target[o,t]`` is the published standard of the office (targets sheet, else
  ``target.<level>``; :func:`staffopt.instance.office_targets`) and ``σ0[o]`` the base-year
  online share (:func:`staffopt.instance.online_share0`). A published ratio counts heads with
  today's online service behind it, so a head serves ``(1 − σ0)·target`` person-times at the
  counter: at today's online share the headcount is ``N/target``, each person-time moved online
  beyond it saves ``1/s`` heads, and with ``digital.enabled = false`` (``σ0 = 0``) ``s`` is the
  published target itself;
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
    target: dict[tuple[str, int], float]  # s[o,t] = (1 − σ0)·published target, person-times per staff
    online_limit: dict[tuple[str, int], float]  # min(1 − manual_floor, σ0 + ramp·k): online ≤ this × N
    discount: dict[int, float]  # t -> (1 + r)^-(t - t0)
    staff_floor: dict[tuple[str, int], int]  # least staff both attrition floors allow (family 3)
    pro_floor: dict[tuple[str, int], int]  # least professional staff (family 5)
    posts_least: dict[tuple[str, int], int]  # least posts reachable (step, staff floor)
    posts_most: dict[tuple[str, int], int]  # posts0 + step·k
    staff_most: dict[tuple[str, int], int]  # staff0 + hire_cap·k (+ contract0 with conversions)
    contract_most: dict[str, int]  # min(contract_bound, contract_cap); 0 if σ0 = 0 and no share rise
    contract_share0: dict[str, float]  # σ0 = contract0 / (staff0 + contract0), 0 for an empty office
    convertible: tuple[str, ...]  # offices whose contract staff may be converted into posts
    payer: dict[str, str]  # province -> office paying its shared platform

    def prev_year(self, t: int) -> int | None:
        """Return the previous plan year, or ``None`` for the first plan year (base-year data)."""
        return t - 1 if self.k[t] > 1 else None


def contract_share0(office: Office) -> float:
    """Base-year contract share ``σ0 = contract0 / (staff0 + contract0)`` (0 for an office with no staff)."""
    people = office.staff0 + office.contract0
    return office.contract0 / people if people > 0 else 0.0


def contract_bound(office: Office, need: float) -> int:
    """Upper bound of ``contract[o,t]``: ``B = max(contract0, ⌈need⌉, min_staff)``, ``need = max_t N/s``.

    The bound cuts off no optimal plan (its objective value in every stage stays reachable). Take
    any feasible plan with ``contract[o,t] > B`` in some years and replace ``contract[o,t]`` by
    ``min(contract[o,t], B)`` and ``train[o,t]`` by ``min(train, train_max·(staff + contract))``,
    everything else unchanged. Every row still holds:

    * load ratio (family 9, heads): where clipped, ``staff + contract ≥ B ≥ N/s`` alone, and
      ``online``/``unmet`` are unchanged;
    * minimum staffing: ``staff + B ≥ min_staff``; training: the maximum by construction, the
      minimum because ``train_min ≤ train_max`` (else no plan exists at all) or ``train`` unchanged;
    * contract cap, base-year share, final-year share, professional share: fewer contract staff
      only help;
    * ``contract.no_new``: it keeps ``contract[o,t] ≤ contract0 ≤ B`` in every year, so nothing is
      clipped; conversions: ``conv[o,t] ≤ Σ_τ conv[o,τ] ≤ contract0 ≤ B``, so
      ``conv[o,t] ≤ min(contract[o,t−1], B)`` still holds;
    * budget rows and every stage objective: cost falls or stays (``cost_contract ≥ 0``,
      ``training.cost_per_hour ≥ 0``); unmet workload, posts and staff are unchanged.

    So for every optimal plan there is one as good within the bound. It depends on no
    productivity: a contract head counts 1 in the load ratio, whatever ``contract.effective_worth``
    says (the old bound ``⌈need/cp⌉`` fell to 0 at ``cp = 0`` and cut off the optimum when
    training was on, issue 9).
    """
    return max(office.contract0, math.ceil(need - EPS), office.min_staff)


def derive(instance: Instance) -> ModelData:
    """Compute the constants of :class:`ModelData` from ``instance``."""
    st = instance.settings
    t0 = instance.base_year
    years = instance.years
    offices = {o.id: o for o in instance.offices}
    k = {t: t - t0 for t in years}
    workload = {(o, t): float(instance.workload[o, t]) for o in offices for t in years}
    share0 = {o: instance.online_share0.get(o, 0.0) for o in offices}
    target = {(o.id, t): (1.0 - share0[o.id]) * float(instance.office_target[o.id, t])
              for o in offices.values() for t in years}
    ramp = st.float("digital.ramp")
    online_limit = {(o.id, t): min(1.0 - o.manual_floor, share0[o.id] + ramp * k[t])
                    for o in offices.values() for t in years}
    rate = st.float("discount_rate")
    discount = {t: (1.0 + rate) ** -(t - t0) for t in years}
    keep = 1.0 - st.float("staff.attrition")
    converts = st.bool("contract.conversion_enabled")
    rise = st.bool("contract.allow_share_rise")
    staff_floor: dict[tuple[str, int], int] = {}
    pro_floor: dict[tuple[str, int], int] = {}
    posts_least: dict[tuple[str, int], int] = {}
    posts_most: dict[tuple[str, int], int] = {}
    staff_most: dict[tuple[str, int], int] = {}
    contract_most: dict[str, int] = {}
    share0 = {o.id: contract_share0(o) for o in offices.values()}
    convertible = tuple(o.id for o in offices.values() if converts and o.contract0 > 0)
    for o in offices.values():
        extra = o.contract0 if converts else 0  # conversions add at most contract0 staff in all
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
            staff_most[o.id, t] = min(o.staff0 + o.hire_cap * k[t] + extra, posts_most[o.id, t])
        need = max((workload[o.id, t] / target[o.id, t] for t in years), default=0.0)
        # the contract-staff control (family 4) and a zero base-year share are rules on one
        # variable: they are set as its bound (like posts, hard; diagnose names them)
        most = min(contract_bound(o, need), o.contract_cap)
        contract_most[o.id] = 0 if share0[o.id] == 0 and not rise else most
    provinces = instance.provinces
    payer = {p: p for p in provinces}  # the root office of each province pays its platform
    return ModelData(
        instance=instance, offices=offices, years=years, provinces=provinces, k=k,
        workload=workload, target=target, online_limit=online_limit, discount=discount,
        staff_floor=staff_floor,
        pro_floor=pro_floor,
        posts_least=posts_least, posts_most=posts_most, staff_most=staff_most,
        contract_most=contract_most, contract_share0=share0, convertible=convertible, payer=payer,
    )


def add_sets(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Declare ``O``, ``T``, ``P``, ``OT = O × T`` and ``PT = P × T`` (input order kept)."""
    m.O = pyo.Set(initialize=list(data.offices), ordered=True)
    m.T = pyo.Set(initialize=list(data.years), ordered=True)
    m.P = pyo.Set(initialize=list(data.provinces), ordered=True)
    m.OT = pyo.Set(initialize=[(o, t) for o in data.offices for t in data.years], dimen=2, ordered=True)
    m.PT = pyo.Set(initialize=[(p, t) for p in data.provinces for t in data.years], dimen=2, ordered=True)
