"""Load-ratio family (9)."""

from __future__ import annotations

from typing import Any

import pyomo.environ as pyo

from staffopt.model.sets import ModelData


def add_load_ratio(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 9, the load ratio 人均负荷比 with the ``unmet`` slack; a standard counts heads.

    ``N[o,t] − online[o,t] − unmet[o,t] ≤ s[o,t]·(staff + contract + tp·train)[o,t]   ∀ o ∈ O, t ∈ T``,
    written divided by ``s[o,t]`` (well scaled, all coefficients of order one):
    ``staff + contract + tp·train + online_se + unmet_se ≥ N/s``; ``tp = training.productivity``.

    Every head counts 1, established or contract, as the papers count (002: 10,663:1 =
    1.549e9 person-times / 145,275 actual staff, contract staff included): with no digital and
    no training the plan's headcount is exactly ``⌈N/s⌉``, so a published standard means what it
    says. What untrained contract staff are worth is not part of the standard: it is the
    effective load ratio reported beside the nominal one (``contract.effective_worth``, tables
    only), and the established-share rules of family 4 keep a plan from filling the standard
    with contract staff. Every head carries training capacity (family 6 bounds hours by
    ``staff + contract``): training the untrained contract staff is the remedy 002 asks for, so a
    training hour adds ``tp`` staff-equivalents whoever receives it, whatever the worth.
    """
    tp = data.instance.settings.float("training.productivity")

    def row(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        capacity = m.staff[o, t] + m.contract[o, t] + tp * m.train[o, t]
        return capacity + m.online_se[o, t] + m.unmet_se[o, t] >= data.workload[o, t] / data.target[o, t]

    m.load_ratio = pyo.Constraint(m.OT, rule=row)
