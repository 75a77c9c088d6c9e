"""The immutable result of a solve, as tidy tables.

The report writer, charts, ``summary.json``, comparisons and frontiers consume these tables
and compute nothing of their own. Column keys are those of ``schema.OUTPUT_COLUMNS``.

Tables (every frame in canonical keys):

``office_year``
    One row per office and year, the base year (``is_base`` True, observed status quo) first,
    then each plan year: ``office_id, name, level, province, regions, pool, year, is_base,
    workload, posts, staff, contract, professional, actual, over_establishment, contract_share,
    conversions, train, invest,
    digital, online, unmet, unmet_share, platform, load_ratio_nominal, load_ratio_effective,
    target, standard_posts, cost_personnel, cost_goods_services, cost_capital, cost_other,
    cost_total, budget_cap, marginal_workload`` (``budget_cap`` is the office's appropriation
    in the fiscal regime, NaN otherwise; ``marginal_workload`` the office's marginal cost of
    one more person-time, 万元 of that year; ``contract_share`` = contract / (staff + contract);
    ``conversions`` the contract staff converted into posts that year). Base-year rows are the
    observed status quo priced with the model's unit costs (no training/investment/conversions: NaN).
``by_level_year``
    ``level`` (provincial, municipal, county, all), ``year``, ``is_base``, then ``posts, staff,
    contract, contract_share, conversions, professional, workload, online, unmet, load_ratio_nominal,
    load_ratio_effective, target, cost_personnel, cost_goods_services, cost_capital,
    cost_other, cost_total, goods_services_share`` (goods & services over total cost, beside
    002's Table 2: 32.19% in 2008, 18.89% in 2018). ``load_ratio_effective`` is
    ``Σ (N − online) / Σ (1 − σ0)·capacity`` (counter workload per staff-equivalent, at today's
    online share ``σ0``: it equals the nominal ratio in the base year and exceeds the target
    exactly when workload is unmet); ``target`` is ``Σ N / Σ (N / target)`` over the offices.
``by_region_year``
    Same columns as ``by_level_year`` with ``region`` instead of ``level`` (an office with two
    tags counts in both; offices with no tag are not listed).
``budget``
    One row per pool (fiscal: per office; fund: per pool; none: one row ``all``) and plan year:
    ``pool, year, cost_personnel, cost_goods_services, cost_capital, cost_other, cost_total,
    budget_cap, budget_use, marginal_budget``.
``marginals``
    ``level, year, marginal_workload``: cost of one more person-time of workload (万元),
    from the LP with integers fixed at the optimum.
``platforms``
    ``province, year, platform`` (0/1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import pandas as pd

from staffopt.settings import Settings


class Status(StrEnum):
    """How a solve ended.

    A ``str``: equal to its value (``Status.OPTIMAL == "optimal"``), written as the value in JSON,
    f-strings and Excel, and picklable (Dask workers send results back).
    """

    OPTIMAL = "optimal"  # proven within solver.gap
    TIME_LIMIT = "time_limit"  # stopped at solver.time_limit: best plan found, or none
    INFEASIBLE = "infeasible"  # no plan meets every rule (explained in messages)
    ERROR = "error"  # the solver or the run failed (reason in messages)


@dataclass(frozen=True)
class Result:
    """Outcome of one solve. ``status`` is a :class:`Status` (a plain string given is converted).

    ``objective`` is the value of the run's final objective (the cost stage for the
    lexicographic objectives), ``mip_gap`` the relative gap reported by HiGHS; ``unmet_total``
    the total unmet workload over all plan years. ``messages`` explains anything a budget
    officer must know (e.g. why the model is infeasible, which stage hit the time limit).

    ``objective`` is in 万元: the discounted total cost ``Σ_t d_t·cost_total[t]`` with
    ``d_t = (1 + discount_rate)^−(t − base_year)``, plus, for ``objective = cost`` only, the
    discounted unmet penalty. ``objective_terms`` (computed from the plan tables, so "report
    totals equal the objective" can be asserted) holds ``cost_discounted``,
    ``cost_undiscounted``, ``unmet_penalty_discounted`` (0 unless objective = cost),
    ``vacant_posts_tiebreak`` (1e-4 万元 per vacant post-year, ``Σ (posts − staff)``, the tie-break
    that keeps posts from drifting; docs/model.md) — so ``objective ≈ cost_discounted +
    unmet_penalty_discounted + vacant_posts_tiebreak`` — and ``unmet_total``,
    ``unmet_weighted`` (person-times, weighted by ``unmet.weight.<level>``) and
    ``max_unmet_share``. ``stage_objectives`` maps each lexicographic stage (``obj_share``,
    ``obj_unmet``, ``obj_cost``) to its value as solved. ``model_size`` holds ``variables``,
    ``integer_variables``, ``constraints`` and ``nonzeros`` of the matrix passed to HiGHS.
    ``timings`` (seconds, summed over province blocks and re-runs): ``build_seconds`` (Pyomo
    model), ``compile_seconds`` (standard-form compiler), ``pass_seconds`` (new ``Highs`` +
    ``passModel``), ``solve_seconds`` (HiGHS, all stages), ``marginals_seconds`` (fixed-integer
    LP), ``diagnose_seconds`` (elastic re-solve), each also as ``*_cpu_seconds`` (process CPU
    time, all threads; a block's own thread's when blocks are solved side by side), and
    ``solver_seconds``, the wall seconds during which a solver ran (what ``solver.time_limit``
    bounds; blocks solved side by side count once); ``build_seconds`` of the result itself is
    build + compile. ``backend`` names the MIP solver that ran (``highs`` or ``scip``; ``None``: none
    ran).
    """

    status: Status
    objective: float | None
    mip_gap: float | None
    solve_seconds: float
    build_seconds: float
    settings: Settings
    scenario: str | None
    office_year: pd.DataFrame
    by_level_year: pd.DataFrame
    by_region_year: pd.DataFrame
    budget: pd.DataFrame
    marginals: pd.DataFrame
    platforms: pd.DataFrame
    model_size: dict[str, int] = field(default_factory=dict)
    messages: tuple[str, ...] = ()
    objective_terms: dict[str, float] = field(default_factory=dict)
    #: ``messages`` in Chinese, one for one (same order and length).
    messages_zh: tuple[str, ...] = ()
    stage_objectives: dict[str, float] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    #: The MIP solver that ran: ``solver.backend`` as the run resolved it (``auto`` → ``highs`` for one
    #: province, ``scip`` for several: :mod:`staffopt.solver.backend`); ``settings`` keep what was asked.
    #: ``None`` when no solver ran: the direct checks proved the input infeasible from the data alone
    #: (:mod:`staffopt.solver.diagnose.direct`).
    backend: str | None = "highs"

    def __post_init__(self) -> None:
        """Hold ``status`` as a :class:`Status` (``ValueError`` for a status no solve produces)."""
        object.__setattr__(self, "status", Status(self.status))

    @property
    def has_plan(self) -> bool:
        """True when the tables hold a plan (optimal, or best plan found at the time limit)."""
        return self.status in (Status.OPTIMAL, Status.TIME_LIMIT) and not self.office_year.empty
