"""Digital families.

Capital stock (7) and digital service with the manual floor and the provincial shared
platform (8).
"""

from __future__ import annotations

from typing import Any

import pyomo.environ as pyo

from staffopt.model.sets import ModelData
from staffopt.model.staffing import previous


def add_digital_capital(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 7, the digital capital stock.

    ``digital[o,t] = (1 − depreciation)·digital[o,t−1] + invest[o,t]   ∀ o ∈ O, t ∈ T``
    (万元; ``digital[o,t0] = digital0``). With ``digital.enabled = false``: ``invest = 0`` (the
    existing stock depreciates and its running cost is still paid).
    """
    keep = 1.0 - data.instance.settings.float("digital.depreciation")
    if not data.instance.settings.bool("digital.enabled"):
        for o, t in m.OT:
            m.invest[o, t].fix(0.0)

    def stock(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        prior = previous(m.digital, data.offices[o].digital0, o, t, data)
        return m.digital[o, t] == keep * prior + m.invest[o, t]

    m.digital_stock = pyo.Constraint(m.OT, rule=stock)


def add_digital_service(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 8: digital service, manual floor with the adoption ramp, shared platform.

    Workload quantities are in staff-equivalents at the manual target ``s`` (``online = s·online_se``):

    * capacity: ``online[o,t] ≤ yield·digital[o,t] + platform_share·N[o,t]·platform[prov(o),t]``
      (divided by ``s[o,t]``: ``online_se ≤ (yield/s)·digital + (share·N/s)·platform``);
    * manual floor and adoption ramp, one row:
      ``online[o,t] ≤ min(1 − manual_floor[o], σ0[o] + ramp·k(t))·N[o,t]`` (divided by ``s``).
      ``σ0[o]`` is the base-year online share (:func:`staffopt.instance.online_share0`) and
      ``ramp = digital.ramp``: the online share can rise by at most ``ramp`` a year since the
      base year (the Netherlands went from 20% to 67% online in two years, 001), and never
      above what the digital divide leaves (``1 − manual_floor``). The bound is cumulative, a
      share of users that may have adopted by year ``t``: a share that fell (capacity let go)
      may come back at once;
    * persistence: ``platform[p,t] ≥ platform[p,t−1]   ∀ p ∈ P, t ∈ T`` (once built it stays),
      ``platform[p,t0] = E`` with ``E = 1`` when ``platform.existing`` (every province already
      runs its platform: it is fixed at 1 in every plan year and never pays a build cost), else 0.

    Costs (build in the first year, running every year) are in :mod:`staffopt.model.budget`.
    ``digital.enabled = false`` fixes ``online = 0`` and ``platform = E``; ``platform.enabled = false``
    fixes ``platform = E`` (an existing platform keeps running and costing; no new one is built).
    """
    st = data.instance.settings
    digital_on = st.bool("digital.enabled")
    existing = st.bool("platform.existing")
    if not digital_on:
        for o, t in m.OT:
            m.online_se[o, t].fix(0.0)
    if existing or not (digital_on and st.bool("platform.enabled")):
        for p, t in m.PT:
            m.platform[p, t].fix(1 if existing else 0)
    if not digital_on:
        return
    yld, share = st.float("digital.yield"), st.float("platform.share")
    off = data.offices

    def capacity(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        s, n = data.target[o, t], data.workload[o, t]
        platform = m.platform[off[o].province, t]
        return m.online_se[o, t] <= (yld / s) * m.digital[o, t] + (share * n / s) * platform

    def manual(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        return m.online_se[o, t] <= data.online_limit[o, t] * data.workload[o, t] / data.target[o, t]

    def persistence(m: pyo.ConcreteModel, p: str, t: int) -> Any:
        prior = data.prev_year(t)
        return pyo.Constraint.Skip if prior is None else m.platform[p, t] >= m.platform[p, prior]

    m.online_capacity = pyo.Constraint(m.OT, rule=capacity)
    m.manual_service_floor = pyo.Constraint(m.OT, rule=manual)
    m.platform_persistence = pyo.Constraint(m.PT, rule=persistence)
