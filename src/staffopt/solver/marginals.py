"""Marginal values of a plan: the duals of the LP with every integer fixed at its optimal value.

Run on the same HiGHS model right after the last stage (integrality dropped, integer columns
fixed), so no second model is built. Rows and columns are found by their Pyomo component name
and index (:class:`~staffopt.solver.compile.CompiledModel`), never by parsing names.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import highspy
import numpy as np

from staffopt.model.families import (
    EQUITY_SHARE,
    LOAD_RATIO,
    MANUAL_SERVICE_FLOOR,
    MARGINAL_ROWS,
    ONLINE_CAPACITY,
)
from staffopt.model.sets import ModelData
from staffopt.results.tables import Marginals
from staffopt.solver.compile import CompiledModel, component_names
from staffopt.solver.deadline import Deadline
from staffopt.solver.diagnose.text import Msg
from staffopt.solver.highs import MODEL_STATUS
from staffopt.solver.highs import run as run_highs
from staffopt.tolerances import ZERO


def marginal_values(
    h: highspy.Highs, compiled: CompiledModel, x: np.ndarray, data: ModelData,
    deadline: Deadline | None = None,
) -> tuple[Marginals, list[Msg]]:
    """Duals of the LP with every integer fixed at its optimal value (domain relaxed too).

    Workload (万元 of year t per person-time of office o):
    ``(y_load + limit·y_manual + share·platform·y_capacity + u·y_equity [+ r_unmet]) / (s·d_t)``
    (``limit = min(1 − manual_floor, σ0 + ramp·k)``, the share of the manual-floor row)
    (``r_unmet``, the reduced cost of ``unmet_se``, only when the whole workload is unmet)
    — the derivative of the objective with respect to ``N[o,t]`` through every row it enters
    (the rows ``MARGINAL_ROWS["workload"]`` of :mod:`staffopt.model.families`).
    Budget: ``−y_budget / d_t`` ≥ 0, the objective saved per extra 万元 of the cap, net of
    spending it (a 万元 that buys 500 万元 of avoided penalty is worth 499).
    """
    ints = np.flatnonzero(compiled.integer).astype(np.int32)
    fixed = np.round(x[ints])
    h.changeColsIntegrality(len(ints), ints, np.zeros(len(ints), dtype=np.uint8))
    h.changeColsBounds(len(ints), ints, fixed, fixed)
    with (deadline or Deadline(math.inf)).slot(extra=True) as seconds:
        if seconds > 0:
            h.setOptionValue("time_limit", seconds)
            run_highs(h)
    if seconds <= 0:
        return Marginals(), [Msg("solve.marginals_no_time")]
    if h.getModelStatus() != MODEL_STATUS.kOptimal:
        text = h.modelStatusToString(h.getModelStatus())
        return Marginals(), [Msg("solve.marginals_failed", status=text)]
    sol = h.getSolution()  # one copy of the whole solution out of HiGHS
    y = np.asarray(sol.row_dual, dtype=float)
    xs = np.asarray(sol.col_value, dtype=float)
    reduced = np.asarray(sol.col_dual, dtype=float)
    row = compiled.rows_by_key()
    col = {id(v): j for j, v in enumerate(compiled.columns)}
    st = data.instance.settings
    share = st.float("platform.share")

    def dual(name: str, idx: Any) -> float:
        i = row.get((name, idx))
        return 0.0 if i is None else float(y[i])

    def value(var: Any) -> float:
        j = col.get(id(var))
        return float(var.value or 0.0) if j is None else float(xs[j])

    model_vars = _VarLookup(compiled)
    u = model_vars.scalar("max_unmet_share", value)
    workload: dict[tuple[str, int], float] = {}
    for (o, t), s in data.target.items():
        office = data.offices[o]
        platform = model_vars.indexed("platform", (office.province, t), value)
        d = (dual(LOAD_RATIO, (o, t)) + data.online_limit[o, t] * dual(MANUAL_SERVICE_FLOOR, (o, t))
             + share * platform * dual(ONLINE_CAPACITY, (o, t)) + u * dual(EQUITY_SHARE, (o, t)))
        j = col.get(id(model_vars.var("unmet_se", (o, t))))
        if j is not None and xs[j] >= compiled.col_upper[j] - ZERO > 0:  # everything unmet: bound N/s
            d += float(reduced[j])
        workload[o, t] = d / (s * data.discount[t])
    budget: dict[tuple[str, int], float] = {}
    for (name, idx), i in row.items():
        if name in MARGINAL_ROWS["budget"]:
            pool, t = idx
            budget[pool, t] = max(0.0, -float(y[i])) / data.discount[t]
    return Marginals(workload=workload, budget=budget), []


class _VarLookup:
    """Find variable values by component name (columns carry their Pyomo component)."""

    def __init__(self, compiled: CompiledModel) -> None:
        names = component_names(compiled.columns)
        self._by_key = {(name, v.index()): v for name, v in zip(names, compiled.columns, strict=True)}

    def var(self, name: str, idx: Any) -> Any:
        """The column variable ``name[idx]`` (``None`` when it is fixed or absent)."""
        return self._by_key.get((name, idx))

    def indexed(self, name: str, idx: Any, value: Callable[[Any], float]) -> float:
        var = self._by_key.get((name, idx))
        return 0.0 if var is None else value(var)

    def scalar(self, name: str, value: Callable[[Any], float]) -> float:
        return self.indexed(name, None, value)
