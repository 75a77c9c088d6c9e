"""Decision variables (one Pyomo ``Var`` per domain word, indexed over ``OT`` or ``PT``).

Bounds that follow from the data alone are set here, each one implied by a constraint family
(so they only help the solver): ``posts ∈ [posts0 − step·k, posts0 + step·k]``,
``staff ∈ [staff_floor, min(staff0 + hire_cap·k, posts0 + step·k)]`` (``staff_floor`` is the
cumulative attrition floor ``⌊(1 − a)^k·staff0 + δ⌋`` of family 3 — this bound *is* that
constraint), ``pro ≥ pro_floor`` (the same for professional staff, family 5),
``contract ≤ contract_most`` (more contract staff than the whole workload needs is never useful,
:func:`~staffopt.model.sets.contract_bound`; the contract-staff control ``contract_cap`` and, without
``contract.allow_share_rise``, a zero base-year contract share are family-4 rules on this one
variable and set here too), ``pro ≤ staff_most``, ``unmet ≤ N``, ``convert ≤ contract0`` (family 4b).
"""

from __future__ import annotations

import pyomo.environ as pyo

from staffopt.model.sets import ModelData


def add_variables(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Declare every decision variable of the model (see the table in ``docs/model.md``)."""
    off = data.offices

    def posts_bounds(_m: pyo.ConcreteModel, o: str, t: int) -> tuple[int, int]:
        return max(0, off[o].posts0 - off[o].post_step * data.k[t]), data.posts_most[o, t]

    def staff_bounds(_m: pyo.ConcreteModel, o: str, t: int) -> tuple[int, int]:
        return data.staff_floor[o, t], data.staff_most[o, t]

    m.posts = pyo.Var(m.OT, domain=pyo.NonNegativeIntegers, bounds=posts_bounds)
    m.staff = pyo.Var(m.OT, domain=pyo.NonNegativeIntegers, bounds=staff_bounds)
    m.contract = pyo.Var(m.OT, domain=pyo.NonNegativeIntegers,
                         bounds=lambda _m, o, t: (0, data.contract_most[o]))
    m.pro = pyo.Var(m.OT, domain=pyo.NonNegativeIntegers,
                    bounds=lambda _m, o, t: (data.pro_floor[o, t], data.staff_most[o, t]))
    m.train = pyo.Var(m.OT, domain=pyo.NonNegativeReals)  # hours
    m.invest = pyo.Var(m.OT, domain=pyo.NonNegativeReals)  # 万元
    m.digital = pyo.Var(m.OT, domain=pyo.NonNegativeReals)  # 万元
    m.online_se = pyo.Var(m.OT, domain=pyo.NonNegativeReals)  # staff-equivalents at target
    # unmet ≤ N: never more than the whole workload (binds only with a zero penalty or weight)
    m.unmet_se = pyo.Var(m.OT, domain=pyo.NonNegativeReals,
                         bounds=lambda _m, o, t: (0.0, data.workload[o, t] / data.target[o, t]))
    m.platform = pyo.Var(m.PT, domain=pyo.Binary)
    # contract staff converted into established posts (转编), offices with contract0 > 0 only
    m.OT_conv = pyo.Set(initialize=[(o, t) for o in data.convertible for t in data.years], dimen=2,
                        ordered=True)
    m.convert = pyo.Var(m.OT_conv, domain=pyo.NonNegativeIntegers,
                        bounds=lambda _m, o, t: (0, off[o].contract0))
