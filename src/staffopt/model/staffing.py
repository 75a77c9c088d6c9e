"""Staffing families.

Posts bound staff, post adjustment, attrition and hiring, contract staff (the contract rules,
the base-year share rule and conversions into posts), professional share and minimum staffing.
"""

from __future__ import annotations

from typing import Any

import pyomo.environ as pyo

from staffopt.model.sets import ATTRITION_DELTA, ModelData


def previous(var: Any, base: float, o: str, t: int, data: ModelData) -> Any:
    """``var[o, t−1]``, or the observed base-year value ``base`` in the first plan year."""
    p = data.prev_year(t)
    return base if p is None else var[o, p]


def add_posts_bound_staff(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 1, posts bound staff.

    ``staff[o,t] ≤ posts[o,t]   ∀ o ∈ O, t ∈ T``. For offices with frozen posts (``step[o] = 0``,
    ``posts = posts0``) this is a bound on one variable, already the upper bound of ``staff``
    (``staff_most ≤ posts0``), so the row is written for ``O_dyn`` (``step > 0``) only.
    """
    m.OT_posts = pyo.Set(initialize=[(o, t) for o, t in m.OT if data.offices[o].post_step > 0],
                         dimen=2, ordered=True)
    m.posts_bound_staff = pyo.Constraint(m.OT_posts, rule=lambda m, o, t: m.staff[o, t] <= m.posts[o, t])


def add_post_adjustment(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 2, post adjustment 编制动态调整.

    ``−step[o] ≤ posts[o,t] − posts[o,t−1] ≤ step[o]   ∀ o ∈ O_dyn, t ∈ T``, posts[o,t0] = posts0.
    For offices with ``step[o] = 0`` (the status quo, posts frozen) ``posts[o,t]`` is fixed at
    ``posts0`` instead of writing the two rows; ``O_dyn`` are the offices with ``step > 0``.
    """
    dynamic = [(o, t) for o, t in m.OT if data.offices[o].post_step > 0]
    for o, t in m.OT:
        if data.offices[o].post_step == 0:
            m.posts[o, t].fix(data.offices[o].posts0)

    def up(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        prior = previous(m.posts, data.offices[o].posts0, o, t, data)
        return m.posts[o, t] - prior <= data.offices[o].post_step

    def down(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        prior = previous(m.posts, data.offices[o].posts0, o, t, data)
        return prior - m.posts[o, t] <= data.offices[o].post_step

    m.OT_dyn = pyo.Set(initialize=dynamic, dimen=2, ordered=True)
    m.post_adjustment_up = pyo.Constraint(m.OT_dyn, rule=up)
    m.post_adjustment_down = pyo.Constraint(m.OT_dyn, rule=down)


def add_attrition_and_hiring(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 3: established staff leave only by attrition; outside hiring is capped.

    With ``a = staff.attrition``, ``δ`` = :data:`~staffopt.model.sets.ATTRITION_DELTA`,
    ``k = t − t0``, ``staff[o,t0] = staff0`` and ``conv[o,t]`` the contract staff converted into
    posts (family 4b; ``conv = 0`` outside ``O_conv``), so that
    ``staff[o,t] = stayers + outside hires + conv[o,t]``:

    * yearly floor ``staff[o,t] − conv[o,t] ≥ (1 − a)·staff[o,t−1] − (1 − δ)`` — over integers
      ``stayers + hires ≥ ⌊(1 − a)·staff[o,t−1] + δ⌋``: the number who stay is rounded *down*
      (rounding it up, as ``≥ (1 − a)·staff[t−1]`` does, lets no one leave an office of ≤ 24
      staff at a = 4 %), and converted staff fill posts, they are not stayers;
    * cumulative floor ``staff[o,t] ≥ ⌊(1 − a)^k·staff0 + δ⌋   ∀ o ∈ O, t ∈ T`` — so small offices
      shrink no faster than expected attrition (10 staff: 10 → 9 → 9 → 8 …). It is a bound on one
      variable, so it is set as the lower bound of ``staff`` (``data.staff_floor``) rather than
      written as a row;
    * hiring cap ``staff[o,t] − conv[o,t] ≤ staff[o,t−1] + hire_cap[o]``,
      ``hire_cap = max(staff.hire_min, ⌈staff.hire_rate·staff0⌉)``: it limits open recruitment
      (the yearly 招聘计划); conversions are limited by vacant posts (family 1) and family 4b.

    Index domain ``O × T`` with ``k ≥ 2``, plus ``k = 1`` for ``o ∈ O_conv``: for other offices
    the first-year rows are bounds already (``staff ≥ floor`` = the cumulative floor, ``staff ≤
    staff0 + hire_cap`` in ``staff_most``) and are not written.
    """
    keep = 1.0 - data.instance.settings.float("staff.attrition")
    slack = 1.0 - ATTRITION_DELTA
    m.OT_later = pyo.Set(initialize=[(o, t) for o, t in m.OT if data.prev_year(t) is not None],
                         dimen=2, ordered=True)
    first = data.years[0]
    m.OT_flow = pyo.Set(initialize=[(o, t) for o, t in m.OT if data.prev_year(t) is not None
                                    or (o, first) in m.OT_conv], dimen=2, ordered=True)

    def joined(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        """Stayers + outside hires: ``staff − conv``."""
        return m.staff[o, t] - m.convert[o, t] if (o, t) in m.OT_conv else m.staff[o, t]

    def floor(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        return joined(m, o, t) >= keep * previous(m.staff, data.offices[o].staff0, o, t, data) - slack

    def cap(m: pyo.ConcreteModel, o: str, t: int) -> Any:
        prior = previous(m.staff, data.offices[o].staff0, o, t, data)
        return joined(m, o, t) <= prior + data.offices[o].hire_cap

    m.attrition_floor = pyo.Constraint(m.OT_flow, rule=floor)
    m.hiring_cap = pyo.Constraint(m.OT_flow, rule=cap)


def add_contract_rules(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 4, contract staff rules, each only when its parameter switches it on.

    ``contract[o,t] + conv[o,t] ≤ contract[o,t−1]   ∀ o ∈ O, t ∈ T`` when ``contract.no_new``
    (contract[o,t0] = contract0; no new contract staff, and those converted into posts leave the
    contract pool; ``conv = 0`` outside ``O_conv``); ``contract[o,T] ≤ share·(staff[o,T] +
    contract[o,T])   ∀ o ∈ O`` in the final year T when ``contract.max_share_final = share < 1``.
    The contract-staff control ``contract[o,t] ≤ contract_cap[o]`` (编外人员控制数) is a rule on
    one variable and is its upper bound (``data.contract_most``).
    """
    st = data.instance.settings
    if st.bool("contract.no_new"):
        def no_new(m: pyo.ConcreteModel, o: str, t: int) -> Any:
            leaving = m.convert[o, t] if (o, t) in m.OT_conv else 0
            return m.contract[o, t] + leaving <= previous(m.contract, data.offices[o].contract0, o, t, data)

        m.contract_no_new = pyo.Constraint(m.OT, rule=no_new)
    share = st.float("contract.max_share_final")
    if share < 1.0:
        last = data.years[-1]
        m.contract_share_final = pyo.Constraint(
            m.O, rule=lambda m, o: m.contract[o, last] <= share * (m.staff[o, last] + m.contract[o, last]))


def add_contract_share_rule(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 4a: no office's contract share rises above its base-year share.

    ``contract[o,t] ≤ σ0[o]·(staff[o,t] + contract[o,t])``, i.e.
    ``(1 − σ0[o])·contract[o,t] ≤ σ0[o]·staff[o,t]   ∀ o ∈ O with 0 < σ0[o] < 1, t ∈ T``, where
    ``σ0 = contract0 / (staff0 + contract0)`` (0 for an office with no staff). For ``σ0 = 0``
    the rule is ``contract = 0``, the bound ``data.contract_most`` (no row); for ``σ0 = 1`` (no
    established staff today) it always holds. Off when ``contract.allow_share_rise`` is true.
    002 names over-establishment filled by untrained temporary staff as the problem to solve,
    so the cheapest plan may not replace established staff by contract staff.
    """
    if data.instance.settings.bool("contract.allow_share_rise"):
        return
    share0 = data.contract_share0
    m.OT_share = pyo.Set(initialize=[(o, t) for o, t in m.OT if 0.0 < share0[o] < 1.0], dimen=2,
                         ordered=True)
    m.contract_share_base = pyo.Constraint(
        m.OT_share, rule=lambda m, o, t: (1.0 - share0[o]) * m.contract[o, t] <= share0[o] * m.staff[o, t])


def add_conversions(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 4b: contract staff converted into established posts (转编/定向招录).

    ``conv[o,t]`` (variable ``convert``, integer ≥ 0, ``∀ (o,t) ∈ O_conv × T``; ``O_conv`` = offices
    with ``contract0 > 0`` when ``contract.conversion_enabled``) moves contract staff into vacant
    posts: it enters the staff balance (family 3: converted staff are neither stayers nor outside
    hires, so the hiring cap does not count them) and the contract balance (family 4 with
    ``contract.no_new``); the vacant post it fills is ``staff ≤ posts`` (family 1); each costs
    ``contract.conversion_cost`` once (goods & services). Rows:

    * ``conv[o,t] ≤ contract[o,t−1]   ∀ (o,t) ∈ O_conv × T, k ≥ 2`` (``k = 1``: the bound
      ``conv ≤ contract0``) — only serving contract staff are converted;
    * ``Σ_{t ∈ T} conv[o,t] ≤ contract0[o]   ∀ o ∈ O_conv`` (when ``H ≥ 2``) — conversions
      regularise today's over-establishment; without it, hiring contract staff one year to convert
      them the next would be open recruitment past the hiring cap under another name.
    """
    later = [(o, t) for o, t in m.OT_conv if data.prev_year(t) is not None]
    m.OT_conv_later = pyo.Set(initialize=later, dimen=2, ordered=True)
    m.conversion_pool = pyo.Constraint(
        m.OT_conv_later, rule=lambda m, o, t: m.convert[o, t] <= m.contract[o, t - 1])
    m.O_conv = pyo.Set(initialize=list(data.convertible) if len(data.years) > 1 else [], ordered=True)
    m.conversion_total = pyo.Constraint(
        m.O_conv, rule=lambda m, o: pyo.quicksum(m.convert[o, t] for t in data.years)
        <= data.offices[o].contract0)


def pro_share_path(data: ModelData, o: str, t: int) -> float:
    """Return the least professional share of office ``o`` in year ``t``.

    ``share_min`` when the office is already there; otherwise linear from today's share
    ``pro0 / (staff0 + contract0)`` to ``share_min`` over ``pro.phase_years``.
    """
    st = data.instance.settings
    goal = st.float("pro.share_min")
    office = data.offices[o]
    people = office.staff0 + office.contract0
    today = office.pro0 / people if people > 0 else 0.0
    if today >= goal:
        return goal
    return today + (goal - today) * min(1.0, data.k[t] / st.int("pro.phase_years"))


def add_professional_share(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 5, professional-technical staff.

    ``pro[o,t] ≤ staff[o,t]   ∀ o ∈ O, t ∈ T``;
    ``pro[o,t] ≥ (1 − a)·pro[o,t−1] − (1 − δ)   ∀ o ∈ O, t ∈ T, k ≥ 2`` and
    ``pro[o,t] ≥ ⌊(1 − a)^k·pro0 + δ⌋`` (the lower bound of ``pro``, ``data.pro_floor``): the
    attrition floors of family 3 applied to professional staff — like all established staff they
    leave only by attrition; without these a plan would "save" the professional premium by
    demoting them all;
    ``pro[o,t] ≥ share[o,t]·(staff[o,t] + contract[o,t])   ∀ (o,t) with share[o,t] > 0``,
    ``share[o,t]`` from :func:`pro_share_path` (phased in when today's share is below it).
    """
    m.pro_within_staff = pyo.Constraint(m.OT, rule=lambda m, o, t: m.pro[o, t] <= m.staff[o, t])
    keep = 1.0 - data.instance.settings.float("staff.attrition")
    slack = 1.0 - ATTRITION_DELTA
    m.pro_attrition_floor = pyo.Constraint(
        m.OT_later, rule=lambda m, o, t: m.pro[o, t] >= keep * m.pro[o, t - 1] - slack)
    shares = {(o, t): pro_share_path(data, o, t) for o, t in m.OT}
    m.OT_pro = pyo.Set(initialize=[ot for ot, v in shares.items() if v > 0], dimen=2, ordered=True)
    m.pro_share_min = pyo.Constraint(
        m.OT_pro, rule=lambda m, o, t: m.pro[o, t] >= shares[o, t] * (m.staff[o, t] + m.contract[o, t]))


def add_minimum_staffing(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 10, minimum staffing.

    ``staff[o,t] + contract[o,t] ≥ min_staff[o]   ∀ o ∈ O with min_staff[o] > 0, t ∈ T``
    (``min_staff`` from the offices sheet, else ``staff.min.<level>``).
    """
    m.OT_min = pyo.Set(initialize=[(o, t) for o, t in m.OT if data.offices[o].min_staff > 0],
                       dimen=2, ordered=True)
    m.minimum_staffing = pyo.Constraint(
        m.OT_min, rule=lambda m, o, t: m.staff[o, t] + m.contract[o, t] >= data.offices[o].min_staff)
