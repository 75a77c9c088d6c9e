"""Cost in the four official lines and the budget family (12).

Cost lines of office ``o`` in year ``t`` (万元), as ``Expression`` components so that the
solution reports exactly what the model charged:

* personnel 人员经费 = ``cost_staff·staff + cost_contract·contract + premium·pro``
* goods & services 商品和服务支出 = ``goods_services[o] + cost_per_hour·train + running_rate·digital``
  (+ ``platform_running·platform[p,t]`` for the office paying province ``p``'s platform);
  (+ ``contract.conversion_cost·convert[o,t]``, the one-off cost of conversions, family 4b);
  ``goods_services[o]`` is the office's fixed goods & services (offices sheet)
* capital construction 基本建设支出 = ``capital[o] + invest`` (+ ``build_cost·(platform[p,t] −
  platform[p,t−1])`` for the paying office; the difference is 1 exactly in the year the platform is
  built, and never with ``platform.existing``: ``platform[p,t0] = 1``); ``capital[o]`` is the
  office's yearly capital construction besides IT (offices sheet)
* other 其他支出 = ``overhead`` (fixed).

The shared platform of province ``p`` is paid by ``p``'s provincial (root) office: from its
appropriation in the fiscal regime, from that office's pool in the fund regime.
"""

from __future__ import annotations

from typing import Any

import pyomo.environ as pyo

from staffopt.model.sets import ModelData
from staffopt.schema import COST_LINES

__all__ = ["COST_LINES", "add_budget", "add_cost_lines"]

def add_cost_lines(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Declare ``cost_personnel … cost_other`` and ``cost_total`` over ``OT`` (see module doc)."""
    st = data.instance.settings
    premium = st.float("pro.premium")
    per_hour = st.float("training.cost_per_hour")
    running_rate = st.float("digital.running_rate")
    build, running = st.float("platform.build_cost"), st.float("platform.running_cost")
    existing = 1 if st.bool("platform.existing") else 0
    paid_by = {office: p for p, office in data.payer.items()}
    off = data.offices
    conversion = st.float("contract.conversion_cost")

    def personnel(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        wages = off[o].cost_staff * m.staff[o, t] + off[o].cost_contract * m.contract[o, t]
        return wages + premium * m.pro[o, t]

    def goods(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        expr = off[o].goods_services + per_hour * m.train[o, t] + running_rate * m.digital[o, t]
        if o in paid_by:
            expr = expr + running * m.platform[paid_by[o], t]
        if (o, t) in m.OT_conv:
            expr = expr + conversion * m.convert[o, t]
        return expr

    def capital(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        expr = off[o].capital + m.invest[o, t]
        if o in paid_by:
            p, prior = paid_by[o], data.prev_year(t)
            built = m.platform[p, t] - (m.platform[p, prior] if prior is not None else existing)
            expr = expr + build * built
        return expr

    m.cost_personnel = pyo.Expression(m.OT, rule=personnel)
    m.cost_goods_services = pyo.Expression(m.OT, rule=goods)
    m.cost_capital = pyo.Expression(m.OT, rule=capital)
    m.cost_other = pyo.Expression(m.OT, rule=lambda m, o, t: off[o].overhead)
    m.cost_total = pyo.Expression(
        m.OT, rule=lambda m, o, t: sum(getattr(m, line)[o, t] for line in COST_LINES))


def add_budget(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 12, the budget in the regime ``budget.regime``.

    * ``fiscal`` 财政预算制: ``cost_total[o,t] ≤ appropriation[o,t]   ∀ o ∈ O, t ∈ T``;
    * ``fund`` 基金预算制: ``Σ_{o ∈ pool} cost_total[o,t] ≤ fund_share·fund_spend[pool,t]
      ∀ pool, t ∈ T`` (money moves freely between the offices of a pool);
    * ``none``: no budget row.
    """
    inst = data.instance
    regime = inst.settings.str("budget.regime")
    if regime == "fiscal":
        m.budget_fiscal = pyo.Constraint(
            m.OT, rule=lambda m, o, t: m.cost_total[o, t] <= inst.appropriation[o, t])
    elif regime == "fund":
        share = inst.settings.float("budget.fund_share")
        members: dict[str, list[str]] = {}
        for o in data.offices:
            members.setdefault(inst.pool_of[o], []).append(o)
        m.POOL = pyo.Set(initialize=list(members), ordered=True)

        def pool_row(m: pyo.ConcreteModel, pool: str, t: int) -> Any:
            total = pyo.quicksum(m.cost_total[o, t] for o in members[pool])
            return total <= share * inst.fund_spend[pool, t]

        m.budget_fund = pyo.Constraint(m.POOL, m.T, rule=pool_row)
