"""Load-ratio family (9)."""

from __future__ import annotations

from typing import Any

import pyomo.environ as pyo

from staffopt.model.sets import ModelData


def add_load_ratio(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 9, the load ratio 人均负荷比 with the ``unmet`` slack.

    ``N[o,t] − online[o,t] − unmet[o,t] ≤ s[o,t]·(staff + cp·contract + tp·train)[o,t]   ∀ o, t``,
    written divided by ``s[o,t]`` (well scaled, all coefficients of order one):
    ``staff + cp·contract + tp·train + online_se + unmet_se ≥ N/s``.
    ``cp = contract.productivity``, ``tp = training.productivity``; with no digital and no
    training this is the nominal ratio ``N/(staff + cp·contract) ≤ s``.
    """
    st = data.instance.settings
    cp, tp = st.float("contract.productivity"), st.float("training.productivity")

    def row(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        capacity = m.staff[o, t] + cp * m.contract[o, t] + tp * m.train[o, t]
        return capacity + m.online_se[o, t] + m.unmet_se[o, t] >= data.workload[o, t] / data.target[o, t]

    m.load_ratio = pyo.Constraint(m.OT, rule=row)
