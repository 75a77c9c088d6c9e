"""Training family (6)."""

from __future__ import annotations

import pyomo.environ as pyo

from staffopt.model.sets import ModelData


def add_training_bounds(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 6, training hours within bounds per head.

    ``train_min·(staff[o,t] + contract[o,t]) ≤ train[o,t] ≤ train_max·(staff[o,t] + contract[o,t])
    ∀ o ∈ O, t ∈ T`` (hours; the lower row only when ``train_min > 0``). With
    ``training.enabled = false``: ``train[o,t] = 0`` (fixed) and no rows.
    """
    st = data.instance.settings
    if not st.bool("training.enabled"):
        for o, t in m.OT:
            m.train[o, t].fix(0.0)
        return
    low, high = st.float("training.min_hours"), st.float("training.max_hours")
    m.training_max = pyo.Constraint(
        m.OT, rule=lambda m, o, t: m.train[o, t] <= high * (m.staff[o, t] + m.contract[o, t]))
    if low > 0:
        m.training_min = pyo.Constraint(
            m.OT, rule=lambda m, o, t: m.train[o, t] >= low * (m.staff[o, t] + m.contract[o, t]))
