"""Staffing-standard family (11): the rule's posts (``staffopt.standards``) as a bound."""

from __future__ import annotations

from typing import Any

import pyomo.environ as pyo

from staffopt.model.sets import ModelData


def add_staffing_standard(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 11, the staffing standard 编制标准 as an upper or lower bound on posts.

    With ``std[o,t]`` the posts of the rule (only offices a rule applies to, ``O_std``):

    * ``upper``: ``posts[o,t] ≤ max(std[o,t], least[o,t])   ∀ (o,t) ∈ O_std × T`` where
      ``least[o,t] = max(least[o,t−1] − step[o], staff_floor[o,t])`` (least[o,t0] = posts0) is the
      fewest posts the adjustment step and the staff kept by the attrition floor allow — so the
      standard alone never makes the model infeasible (posts shrink toward it as fast as allowed);
    * ``lower``: ``posts[o,t] ≥ min(std[o,t], posts0 + step·k(t))`` (as many as reachable);
    * ``report``: no row; the standard is only shown beside the plan.
    """
    st = data.instance.settings
    mode = st.str("standard.mode")
    std = data.instance.standard_posts
    if mode == "report" or not std:
        return
    # offices with frozen posts (step 0) have posts fixed at posts0, which satisfies both bounds
    idx = [(o, t) for o, t in m.OT if (o, t) in std and data.offices[o].post_step > 0]
    m.OT_std = pyo.Set(initialize=idx, dimen=2, ordered=True)

    def upper(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        return m.posts[o, t] <= max(std[o, t], data.posts_least[o, t])

    def lower(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        return m.posts[o, t] >= min(std[o, t], data.posts_most[o, t])

    if mode == "upper":
        m.standard_upper = pyo.Constraint(m.OT_std, rule=upper)
    else:
        m.standard_lower = pyo.Constraint(m.OT_std, rule=lower)
