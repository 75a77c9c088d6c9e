"""Objectives: the cost objective and the stage objectives of ``service`` and ``equity``.

Every stage objective is an active ``Objective`` component (the compiler returns one cost
row per objective; :mod:`staffopt.solver.solve` optimises them in order):

* ``obj_cost`` — discounted cost ``Σ_t d_t Σ_o cost_total[o,t]`` with ``d_t = (1 + r)^−(t−t0)``;
  for ``objective = cost`` plus the unmet penalty ``penalty·Σ_t d_t Σ_o w[level]·unmet[o,t]``;
  always plus the vacant-post tie-break ``ε·Σ_{o,t} (posts[o,t] − staff[o,t])``
  (ε = :data:`VACANT_POST_COST`, 1 yuan per vacant post-year);
* ``obj_unmet`` — weighted unmet workload ``Σ_{o,t} w[level(o)]·unmet[o,t]`` (person-times,
  undiscounted) — stage 1 of ``service``, stage 2 of ``equity``;
* ``obj_share`` — the largest unmet share ``u`` with ``unmet[o,t] ≤ u·N[o,t]`` — stage 1 of ``equity``.
"""

from __future__ import annotations

from typing import Any

import pyomo.environ as pyo

from staffopt.model.sets import ModelData
from staffopt.schema import level_key

#: Stage objectives (component names) of each objective, in the order they are optimised.
STAGES: dict[str, tuple[str, ...]] = {
    "cost": ("obj_cost",),
    "service": ("obj_unmet", "obj_cost"),
    "equity": ("obj_share", "obj_unmet", "obj_cost"),
}


#: Tie-break: objective cost of one vacant post (``posts − staff``) for one year, 万元 (= 1 yuan).
#: Without it posts cost nothing and, with ``posts.step > 0``, drift anywhere within their bounds.
#: It is far below any real cost: removing a vacancy means cutting the post (free; only ``staff``
#: serves workload) or hiring (``cost_staff`` ≈ 10 万元 a year, 10⁵ ε); holding a post open to
#: hire later costs ε a year. So it decides only between plans whose real cost and weighted unmet
#: workload differ by less than ε per vacant post-year (ties, in practice).
VACANT_POST_COST = 1e-4


def unmet_weight(data: ModelData, o: str) -> float:
    """Return the weight ``w[level(o)]`` of office ``o``'s unmet workload (``unmet.weight.<level>``)."""
    return data.instance.settings.float(level_key("unmet.weight", data.offices[o].level))


def add_equity_rows(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add the largest-unmet-share rows (equity objective only).

    ``unmet[o,t] ≤ u·N[o,t]   ∀ (o,t) with N > 0`` — divided by ``s``: ``unmet_se ≤ (N/s)·u``; ``u ∈ [0,1]``.
    """
    m.max_unmet_share = pyo.Var(domain=pyo.NonNegativeReals, bounds=(0.0, 1.0))
    idx = [(o, t) for o, t in m.OT if data.workload[o, t] > 0]
    m.OT_work = pyo.Set(initialize=idx, dimen=2, ordered=True)
    m.equity_share = pyo.Constraint(
        m.OT_work, rule=lambda m, o, t: m.unmet_se[o, t]
        <= (data.workload[o, t] / data.target[o, t]) * m.max_unmet_share)


def add_objectives(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Declare the stage objectives of ``settings.objective`` (see module docstring)."""
    st = data.instance.settings
    kind = st.str("objective")
    d = data.discount
    cost = pyo.quicksum(d[t] * m.cost_total[o, t] for o, t in m.OT)
    weighted_unmet: Any = pyo.quicksum(
        unmet_weight(data, o) * data.target[o, t] * m.unmet_se[o, t] for o, t in m.OT)
    if kind == "cost":
        penalty = st.float("unmet.penalty")
        cost = cost + pyo.quicksum(
            penalty * d[t] * unmet_weight(data, o) * data.target[o, t] * m.unmet_se[o, t] for o, t in m.OT)
    cost = cost + VACANT_POST_COST * pyo.quicksum(m.posts[o, t] - m.staff[o, t] for o, t in m.OT)
    m.obj_cost = pyo.Objective(expr=cost, sense=pyo.minimize)
    if kind in ("service", "equity"):
        m.obj_unmet = pyo.Objective(expr=weighted_unmet, sense=pyo.minimize)
    if kind == "equity":
        add_equity_rows(m, data)
        m.obj_share = pyo.Objective(expr=m.max_unmet_share, sense=pyo.minimize)
