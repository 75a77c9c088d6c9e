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
    """Add family 8, digital service, manual floor and shared platform (``online = s·online_se``).

    ``online[o,t] ≤ yield·digital[o,t] + platform_share·N[o,t]·platform[prov(o),t]   ∀ o, t``
    (row divided by ``s[o,t]``: ``online_se ≤ (yield/s)·digital + (share·N/s)·platform``);
    ``online[o,t] ≤ (1 − manual_floor[o])·N[o,t]   ∀ o, t`` (divided by ``s``);
    ``platform[p,t] ≥ platform[p,t−1]   ∀ p ∈ P, t ∈ T`` (once built it stays; platform[p,t0] = 0).
    Costs (build in the first year, running every year) are in :mod:`staffopt.model.budget`.
    ``digital.enabled = false`` fixes ``online = platform = 0``; ``platform.enabled = false``
    fixes ``platform = 0``.
    """
    st = data.instance.settings
    digital_on = st.bool("digital.enabled")
    if not digital_on:
        for o, t in m.OT:
            m.online_se[o, t].fix(0.0)
    if not (digital_on and st.bool("platform.enabled")):
        for p, t in m.PT:
            m.platform[p, t].fix(0)
    if not digital_on:
        return
    yld, share = st.float("digital.yield"), st.float("platform.share")
    off = data.offices

    def capacity(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        s, n = data.target[o, t], data.workload[o, t]
        platform = m.platform[off[o].province, t]
        return m.online_se[o, t] <= (yld / s) * m.digital[o, t] + (share * n / s) * platform

    def manual(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        return m.online_se[o, t] <= (1.0 - off[o].manual_floor) * data.workload[o, t] / data.target[o, t]

    def persistence(m: pyo.ConcreteModel, p: str, t: int) -> Any:
        prior = data.prev_year(t)
        return pyo.Constraint.Skip if prior is None else m.platform[p, t] >= m.platform[p, prior]

    m.online_capacity = pyo.Constraint(m.OT, rule=capacity)
    m.manual_service_floor = pyo.Constraint(m.OT, rule=manual)
    m.platform_persistence = pyo.Constraint(m.PT, rule=persistence)
