"""The price of a standard: the least budget at which nothing is left unmet.

For a budget key ``k`` (:data:`PRICE_KEYS`: ``budget.fund_share`` in the fund regime,
``budget.growth`` in the fiscal regime) let ``U(v)`` be the least unmet workload of the plans
allowed when ``k = v``. Every budget cap ``cap_i(v)`` (one per pool-year, or office-year) is
non-decreasing in ``v`` (``v·F[pool,t]``; ``A0·(1 + v)^k`` or a given ``budget_by_year`` row),
so the set of allowed plans only grows with ``v`` and ``U`` is non-increasing. The price is
``v* = min {v : U(v) = 0}``. It is found to a stated tolerance ``τ`` by this search:

1. **Unlimited budget.** The run is solved with no budget limit and the ``service`` objective
   (least unmet workload, then least cost) by the ordinary solve path (province by province
   where the model separates). If workload is still unmet, no value of ``k`` can be enough: the
   standard is out of reach within the limits on posts, hiring and contract staff (or other
   rules); that plan says where (:func:`unreachable_reason`) and is the one written.
2. **Upper end.** The least value ``v_hi`` at which that plan ``x_u`` meets every cap
   (:func:`staffopt.whatif.frontier_steps.fits`, a bisection with no solve). ``x_u`` proves
   ``U(v_hi) = 0``, so ``v* ≤ v_hi``.
3. **Lower end.** Bisection on the LP relaxation (integers relaxed, ``unmet = 0``): an LP that is
   infeasible at ``v`` proves the MIP infeasible at ``v``, so ``v* > v_lo``.
4. **Bisection on MIP solves** between ``v_lo`` and ``v_hi``: at the midpoint the MIP with
   ``unmet = 0`` and no objective is solved (a feasibility question: HiGHS stops at the first
   plan). A plan found moves ``v_hi`` down — to the least value that plan itself fits, which
   may be lower still; infeasibility moves ``v_lo`` up. Stops when ``v_hi − v_lo ≤ τ``. A probe
   the solver cannot decide within ``solver.time_limit`` is recorded as undecided and searched
   past as if infeasible, but never claimed as a bound: the reported bracket is then wider
   than ``τ`` and a note says so.
5. **The plan.** When ``v_hi`` is still where ``x_u`` fits, ``x_u`` is the plan: the optimum of a
   relaxation that is feasible at ``v_hi`` is optimal there (reused, not solved again). Otherwise
   ``v_hi`` is solved with the ``service`` objective by the ordinary solve path. Either way the
   run folder is what ``staffopt solve --set k=v_hi --objective service`` writes.

The model is built and handed to HiGHS once; each probe only changes the budget rows' bounds
(``changeRowsBounds``), so a probe costs a solve, never a rebuild.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from time import perf_counter
from typing import Any, cast

import highspy
import numpy as np
import pandas as pd
from scipy.sparse import csc_matrix

from staffopt.errors import BadValue, InputError
from staffopt.instance import InputData, Instance, build_instance
from staffopt.model import build_model
from staffopt.model.families import BUDGET_FISCAL, BUDGET_FUND
from staffopt.results import Result
from staffopt.schema import LEVELS, NONE, PARAMETERS_BY_KEY, ChoiceList, Field, Lang, ParamKey
from staffopt.settings import Settings
from staffopt.solver.compile import INF, compile_model, component_names
from staffopt.text import Join, Msg, Verbatim
from staffopt.tolerances import FIT_SLACK as _FIT_SLACK
from staffopt.tolerances import UNMET_SHOWN
from staffopt.whatif.frontier_steps import fits, rebudget
from staffopt.whatif.no_effect import ineffective_keys

#: Keys that can be priced, with the budget regime under which they set the caps.
PRICE_KEYS: dict[str, str] = {"budget.fund_share": "fund", "budget.growth": "fiscal"}
#: Default tolerance per key (0.01 percentage point of fund spending / of growth a year).
DEFAULT_TOLERANCE: dict[str, float] = {"budget.fund_share": 1e-4, "budget.growth": 1e-4}
#: Budget row families of the model and the regime that writes them.
BUDGET_ROWS: dict[str, str] = {BUDGET_FUND: "fund", BUDGET_FISCAL: "fiscal"}
#: Probe values lie on a grid of this fraction of the tolerance (readable values, e.g. 0.00518).
GRID = 0.1
#: Slack (万元) allowed when checking that a plan fits a cap (solver round-off).
FIT_SLACK = _FIT_SLACK
#: Most bisection steps of any one phase (a safety net; tolerance stops far earlier).
MAX_STEPS = 60
#: Unmet workload (person-times, all plan years) that still counts as "nothing unmet".
UNMET_TOLERANCE = 0.5
#: Levels a ``--target`` may name; ``all`` sets the three level targets at once.
TARGET_LEVELS: tuple[str, ...] = (*LEVELS, "all")

OnStep = Callable[["Step"], None]


@dataclass(frozen=True)
class Step:
    """One step of the search: a solve at ``value`` (``None``: no budget limit) and what it proved.

    ``kind``: ``unlimited`` (the service solve with no budget limit), ``fit`` (that plan checked
    against the caps, no solve), ``lp`` (LP relaxation), ``mip`` (feasibility MIP) or ``plan``
    (the plan at the price). ``outcome``: ``feasible``, ``infeasible``, ``undecided``, or
    ``reused`` for a plan taken from the unlimited-budget solve.
    ``bracket`` is ``(lower, upper)`` after the step.
    """

    step: int
    kind: str
    value: float | None
    outcome: str
    seconds: float
    bracket: tuple[float | None, float | None] = (None, None)

    def as_json(self) -> dict[str, Any]:
        """The step for ``price.json``."""
        return {"step": self.step, "kind": self.kind, "value": self.value, "outcome": self.outcome,
                "seconds": round(self.seconds, 3), "lower": self.bracket[0], "upper": self.bracket[1]}


@dataclass(frozen=True)
class Price:
    """The price of one standard (see the module docstring).

    ``value`` is the least value found at which nothing is unmet (proven by a plan), ``lower``
    the largest value proven too small (``None`` when even the key's lowest value is enough);
    the price lies in ``(lower, value]``. ``reachable`` is False when no value within the key's
    range is enough; ``reason`` (en, zh) says why, or why the bracket is wider than asked.
    ``result`` is the plan at ``value`` (service objective) — or, when unreachable, the least-unmet
    plan with no budget limit — and ``settings`` its settings.
    """

    key: str
    target: Mapping[str, float]
    reachable: bool
    value: float | None
    lower: float | None
    tolerance: float
    steps: tuple[Step, ...]
    settings: Settings
    result: Result | None = None
    reason: Msg | None = None

    @property
    def width(self) -> float | None:
        """``value − lower``: how precisely the price is known (``None`` without both ends)."""
        if self.value is None or self.lower is None:
            return None
        return self.value - self.lower

    def label(self) -> str:
        """``target.county=5000`` (the standard priced), or ``settings`` when none was given."""
        return ", ".join(f"{k}={v:g}" for k, v in self.target.items()) or "settings"


def check_key(key: str, settings: Settings) -> None:
    """Refuse a key that cannot be priced, or one that has no effect under ``settings`` (exit 2)."""
    if key not in PRICE_KEYS:
        raise InputError.single("--key", None, None, key, Msg("expect.choice", choices=", ".join(PRICE_KEYS)))
    for rule in ineffective_keys(settings, [key]):
        line = Msg("noeffect.line", key=rule.key, reason=rule.reason, fix=rule.fix)
        raise InputError.single("--key", None, None, key, Msg("expect.price_key_effective", text=line))


def parse_targets(text: str) -> list[dict[str, float]]:
    """``county=7000,5000,4000`` → one override dict per standard (``all`` sets every level)."""
    from staffopt.settings import parse_value

    def bad(expected: Msg) -> InputError:
        return InputError.single("--target", None, None, text, expected, source="--target")

    level, sep, values = text.partition("=")
    level = level.strip().lower()
    if not sep or level not in TARGET_LEVELS:
        levels = ChoiceList(Field("level", "choice", NONE, choices=TARGET_LEVELS, choice_text="level"))
        raise bad(Msg("expect.price_target_form", levels=levels))
    keys = [f"target.{lv}" for lv in (LEVELS if level == "all" else (level,))]
    out = []
    for raw in values.split(","):
        try:
            value = float(parse_value(PARAMETERS_BY_KEY[keys[0]], raw))
        except ValueError as exc:
            detail = exc.expected if isinstance(exc, BadValue) else Verbatim(str(exc))
            raise bad(Msg("expect.price_target_values", text=detail)) from None
        out.append(dict.fromkeys(keys, value))
    if not out:
        raise bad(Msg("expect.price_target_one"))
    return out


class _Instances:
    """The instance of the run at each value of the key, built once per value (fund share: once)."""

    def __init__(self, data: InputData, settings: Settings, key: str) -> None:
        self.data, self.settings, self.key = data, settings, key
        self._cache: dict[float, Instance] = {}

    def at(self, value: float) -> Instance:
        """The instance with ``key = value``."""
        inst = self._cache.get(value)
        if inst is None:
            settings = self.settings.with_overrides({self.key: value})
            if self.key == "budget.fund_share" and self._cache:
                # fund spending does not depend on the share: only the settings change
                inst = dataclasses.replace(next(iter(self._cache.values())), settings=settings)
            else:
                inst = build_instance(self.data, settings)
            self._cache[value] = inst
        return inst


class _Probe:
    """The model of one standard, handed to HiGHS once; probes change only the budget rows."""

    def __init__(self, data: InputData, settings: Settings, key: str, instances: _Instances) -> None:
        self.key, self.settings, self.instances = key, settings, instances
        self._cap_cache: dict[float, np.ndarray] = {}
        v0 = settings.float(cast(ParamKey, key))
        self.model = m = build_model(instances.at(v0))
        self.compiled = compiled = compile_model(m)
        names = component_names(compiled.columns)
        self.unmet_cols = np.array([j for j, n in enumerate(names) if n == "unmet_se"], dtype=np.int32)
        rows = [i for i, (name, _) in enumerate(compiled.row_keys) if name in BUDGET_ROWS]
        self.rows = np.array(rows, dtype=np.int32)
        self.row_keys = [compiled.row_keys[i] for i in rows]
        for i in rows:  # the caps are upper bounds of rows written `cost ≤ cap`
            if math.isfinite(compiled.row_lower[i]) or not math.isfinite(compiled.row_upper[i]):
                raise AssertionError(f"budget row {compiled.row_keys[i]} is not of the form cost ≤ cap")
        self.constant = self.caps(v0) - compiled.row_upper[self.rows]  # c_i: cap_i − row upper bound
        self.matrix = csc_matrix((compiled.a_value, compiled.a_index, compiled.a_start),
                                 shape=(compiled.num_row, compiled.num_col))
        self.mip = self._highs(integer=True)
        self.lp = self._highs(integer=False)

    def _highs(self, *, integer: bool) -> highspy.Highs:
        from staffopt.solver.highs import new_highs

        c = self.compiled
        lp = c.to_lp(next(iter(c.costs)))
        upper = np.array(c.col_upper, dtype=float)
        upper[self.unmet_cols] = 0.0  # nothing unmet
        lp.col_upper_ = upper
        lp.col_cost_ = np.zeros(c.num_col)  # a feasibility question: HiGHS stops at the first plan
        lp.offset_ = 0.0
        if not integer:
            lp.integrality_ = [highspy.HighsVarType.kContinuous] * c.num_col
        h = new_highs(self.settings)
        h.passModel(lp)
        return h

    def caps(self, value: float) -> np.ndarray:
        """``cap_i(value)`` of every budget row of the model, 万元."""
        cached = self._cap_cache.get(value)
        if cached is not None:
            return cached
        inst = self.instances.at(value)
        share = inst.settings.float("budget.fund_share")
        out = np.array([share * inst.fund_spend[idx] if name == BUDGET_FUND else inst.appropriation[idx]
                        for name, idx in self.row_keys], dtype=float)
        self._cap_cache[value] = out
        return out

    def _set_caps(self, h: highspy.Highs, value: float) -> None:
        n = len(self.rows)
        upper = self.caps(value) - self.constant
        h.changeRowsBounds(n, self.rows, np.full(n, -INF), upper)  # type: ignore[attr-defined]

    def fits(self, x: np.ndarray, value: float) -> bool:
        """True when plan ``x`` (a column vector of this model) meets every budget row at ``value``."""
        activity = self.matrix[self.rows] @ x
        return bool(np.all(activity <= self.caps(value) - self.constant + FIT_SLACK))

    def least_fit(self, x: np.ndarray, lo: float, hi: float, grid: _Grid) -> float:
        """The least grid value in ``(lo, hi]`` at which plan ``x`` fits (``x`` must fit at ``hi``).

        Caps only grow with the value, so this is a bisection on :meth:`fits` (no solve).
        """
        for _ in range(MAX_STEPS):
            mid = grid.middle(lo, hi)
            if mid is None:
                break
            lo, hi = (lo, mid) if self.fits(x, mid) else (mid, hi)
        return hi

    def feasible(self, value: float, *, integer: bool) -> tuple[str, np.ndarray | None, float]:
        """Is there a plan with nothing unmet at ``value``? (outcome, plan, seconds)."""
        h = self.mip if integer else self.lp
        self._set_caps(h, value)
        started = perf_counter()
        h.run()
        seconds = perf_counter() - started
        status = h.getModelStatus()
        ms = highspy.HighsModelStatus
        if status in (ms.kInfeasible, ms.kUnboundedOrInfeasible):
            return "infeasible", None, seconds
        has_plan = h.getInfo().primal_solution_status == highspy.SolutionStatus.kSolutionStatusFeasible
        if status == ms.kOptimal or has_plan:
            return "feasible", np.asarray(h.getSolution().col_value, dtype=float), seconds
        return "undecided", None, seconds


def _bounds(key: str) -> tuple[float, float]:
    field_ = PARAMETERS_BY_KEY[key]
    low = field_.minimum if field_.minimum is not None else 0.0
    high = field_.maximum if field_.maximum is not None else 1.0
    return float(low), float(high)


@dataclass(frozen=True)
class _Grid:
    """Probe values ``origin + n·step``: the midpoint of a bracket, snapped to the grid."""

    step: float
    origin: float

    def middle(self, lo: float, hi: float) -> float | None:
        """A grid value strictly inside ``(lo, hi)`` near its middle, or ``None`` when there is none."""
        n = round(((lo + hi) / 2 - self.origin) / self.step)
        for k in (n, n + 1, n - 1):
            value = float(f"{self.origin + k * self.step:.12g}")
            if lo < value < hi:
                return value
        return None


@dataclass
class _Search:
    """Bookkeeping of one search: the steps and the proven bracket."""

    on_step: OnStep | None
    steps: list[Step] = field(default_factory=list)
    lower: float | None = None  # largest value proven too small
    upper: float | None = None  # least value proven enough
    undecided: list[float] = field(default_factory=list)

    def add(self, kind: str, value: float | None, outcome: str, seconds: float) -> None:
        step = Step(len(self.steps) + 1, kind, value, outcome, seconds, (self.lower, self.upper))
        self.steps.append(step)
        if self.on_step is not None:
            self.on_step(step)


def price(
    data: InputData,
    settings: Settings,
    key: str = "budget.fund_share",
    *,
    tolerance: float | None = None,
    target: Mapping[str, float] | None = None,
    on_step: OnStep | None = None,
) -> Price:
    """Find the least value of ``key`` at which nothing is unmet (module docstring), and its plan.

    ``settings`` are the run's effective settings (scenario and ``--set`` applied); ``target``
    overrides them for this standard (e.g. ``{"target.county": 5000}``). Raises
    :class:`InputError` for a key that cannot be priced under ``settings``.
    """
    from staffopt.pipeline import run_solve

    run_settings = settings.with_overrides(dict(target or {}), sheet="--target") if target else settings
    check_key(key, run_settings)
    tol = DEFAULT_TOLERANCE[key] if tolerance is None else float(tolerance)
    if not tol > 0:
        raise InputError.single("--tolerance", None, None, tolerance, Msg("expect.positive"))
    search = _Search(on_step)
    low_key, high_key = _bounds(key)
    grid = _Grid(GRID * tol, low_key)
    service = run_settings.with_overrides({"objective": "service"})
    instances = _Instances(data, service, key)
    probes: list[_Probe] = []

    def probe() -> _Probe:
        if not probes:  # built only when a step needs it
            probes.append(_Probe(data, service, key, instances))
        return probes[0]

    def finish(reachable: bool, value: float, reason: Msg | None = None) -> Price:
        plan_settings = service.with_overrides({key: value})
        started = perf_counter()
        if reuse_unlimited and value == fit_value:
            # the least-unmet, least-cost plan with no budget limit meets every cap here: it is the
            # optimum of this value too (a relaxation's optimum that is feasible), so it is reused
            result = rebudget(unlimited, instances.at(value), unlimited.scenario)
            search.add("plan", value, "reused", perf_counter() - started)
        else:
            result = run_solve(data, settings=plan_settings)
            search.add("plan", value, "feasible" if result.has_plan else result.status,
                       perf_counter() - started)
        unmet = result.objective_terms.get("unmet_total") if result.has_plan else None
        if reachable and unmet is not None and unmet > UNMET_TOLERANCE and reason is None:
            reason = Msg("price.not_optimal", key=key, value=value, unmet=unmet, status=result.status)
        return Price(key, dict(target or {}), reachable, value, search.lower, tol, tuple(search.steps),
                     plan_settings, result, reason)

    # 1. unlimited budget, by the ordinary solve path (province by province where they separate)
    none = service.with_overrides({"budget.regime": "none"})
    started = perf_counter()
    unlimited = run_solve(data, settings=none)
    unmet_u = unlimited.objective_terms.get("unmet_total") if unlimited.has_plan else None
    proven = unlimited.status == "optimal"
    if unmet_u is not None and unmet_u <= UNMET_TOLERANCE:
        outcome = "feasible"
    else:
        outcome = "infeasible" if proven or unlimited.status == "infeasible" else "undecided"
    search.add("unlimited", None, outcome, perf_counter() - started)
    if outcome != "feasible":
        why = unreachable_reason(unlimited, instances.at(service.float(cast(ParamKey, key))), key,
                                 undecided=outcome == "undecided")
        return Price(key, dict(target or {}), False, None, None, tol, tuple(search.steps), none, unlimited,
                     why)

    # 2. upper end: the least value at which the unlimited plan fits every cap
    started = perf_counter()
    reuse_unlimited = True
    fit_value: float | None = None
    if fits(unlimited, instances.at(low_key)):
        search.upper = fit_value = low_key
        search.add("fit", low_key, "feasible", perf_counter() - started)
        return finish(True, low_key)
    if fits(unlimited, instances.at(high_key)):
        lo, hi = low_key, high_key
        for _ in range(MAX_STEPS):
            mid = grid.middle(lo, hi)
            if mid is None:
                break
            lo, hi = (lo, mid) if fits(unlimited, instances.at(mid)) else (mid, hi)
        search.upper = fit_value = hi
        search.add("fit", hi, "feasible", perf_counter() - started)
    else:
        search.add("fit", high_key, "infeasible", perf_counter() - started)
        reuse_unlimited = False
        outcome, _, seconds = probe().feasible(high_key, integer=True)
        if outcome != "feasible":
            search.add("mip", high_key, outcome, seconds)
            too_little = Msg("price.too_little", key=key, high=high_key,
                             undecided=Msg("price.too_little_undecided") if outcome == "undecided" else "")
            return finish(False, high_key, too_little)
        search.upper = high_key
        search.add("mip", high_key, outcome, seconds)

    # 3. lower end from the LP relaxation
    upper = search.upper
    assert upper is not None
    outcome, _, seconds = probe().feasible(low_key, integer=False)
    if outcome == "infeasible":
        search.lower = low_key
        search.add("lp", low_key, outcome, seconds)
        lo, hi = low_key, upper
        for _ in range(MAX_STEPS):
            mid = grid.middle(lo, hi) if hi - lo > tol / 2 else None
            if mid is None:
                break
            outcome, _, seconds = probe().feasible(mid, integer=False)
            if outcome == "infeasible":
                lo = search.lower = mid
            else:
                hi = mid
            search.add("lp", mid, outcome, seconds)
    else:
        search.add("lp", low_key, outcome, seconds)
        outcome, _, seconds = probe().feasible(low_key, integer=True)
        if outcome == "feasible":
            search.upper = low_key
            search.add("mip", low_key, outcome, seconds)
            return finish(True, low_key)
        if outcome == "infeasible":
            search.lower = low_key
        else:
            search.undecided.append(low_key)
        search.add("mip", low_key, outcome, seconds)

    # 4. bisection on MIP feasibility
    lo = search.lower if search.lower is not None else low_key
    hi = search.upper
    for _ in range(MAX_STEPS):
        mid = grid.middle(lo, hi) if hi - lo > tol else None
        if mid is None:
            break
        outcome, x, seconds = probe().feasible(mid, integer=True)
        if outcome == "feasible" and x is not None:
            hi = search.upper = probe().least_fit(x, lo, mid, grid)  # the plan found may fit lower still
        elif outcome == "infeasible":
            lo = search.lower = mid
        else:
            lo = mid  # searched past, but not claimed as a bound
            search.undecided.append(mid)
        search.add("mip", mid, outcome, seconds)
    reason: Msg | None = None
    if search.undecided:
        shown = ", ".join(f"{v:g}" for v in search.undecided)
        reason = Msg("price.undecided", key=key, shown=shown,
                     low=search.lower if search.lower is not None else low_key, high=search.upper)
    # 5. the plan at the price
    assert search.upper is not None
    return finish(True, search.upper, reason)


def unreachable_reason(result: Result, instance: Instance, key: str, *, undecided: bool = False) -> Msg:
    """Why no budget is enough: the unmet workload of the least-unmet plan with no budget limit.

    Names the amount, the levels and years, the offices with the most left unmet, and the
    settings that limit staff (posts, hiring, contract staff). When even that plan does not
    exist, the solve path's own explanation (the infeasible rules) is given.
    """
    if undecided:
        return Msg("price.undecided_unlimited", key=key)
    if not result.has_plan:
        why: Msg = (_Messages(result) if result.messages
                    else Msg("price.no_plan_unlimited", status=result.status))
        return Msg("price.no_key_enough", key=key, text=why)
    oy = result.office_year
    plan = oy[~oy["is_base"].astype(bool)]
    unmet = pd.to_numeric(plan["unmet"], errors="coerce").fillna(0.0)
    total = float(unmet.sum())
    short = plan[unmet > UNMET_SHOWN].assign(unmet=unmet[unmet > UNMET_SHOWN])
    years = sorted({int(y) for y in short["year"]})
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else f"{years[0]}" if years else ""
    by_level = short.groupby("level")["unmet"].sum()
    levels = Join(tuple(Msg("price.level_amount", level=Msg(f"level.{lv}"), amount=by_level[lv])
                        for lv in LEVELS if lv in by_level), sep="list.comma")
    per_office = short.groupby(["office_id", "name"])["unmet"].sum()
    worst = per_office[per_office >= UNMET_TOLERANCE].sort_values(ascending=False).head(3)
    offices = [f"{ident[1]} [{ident[0]}] {v:,.0f}" for ident, v in zip(worst.index, worst.to_numpy(),
                                                                         strict=True)]
    st = instance.settings
    final = max(int(y) for y in plan["year"])
    later: Msg | str = ""
    if years and years[-1] < final:  # reachable later: the limits only slow the way there
        later = Msg("price.reachable_later", year=years[-1] + 1)
    return Msg("price.out_of_reach", key=key, total=total, span=span, levels=levels,
               offices=Join(tuple(offices), sep="list.sep"), limits=_limits(st), later=later)


def _limits(st: Settings) -> Msg:
    """The settings that cap staff, worded (posts, hiring, contract staff)."""
    step = st.int("posts.step")
    items = [Msg("price.limit.frozen" if step == 0 else "price.limit.step", step=step),
             Msg("price.limit.hiring", rate=st.float("staff.hire_rate"), least=st.int("staff.hire_min")),
             Msg("price.limit.attrition", rate=st.float("staff.attrition"))]
    if st.bool("contract.no_new"):
        items.append(Msg("price.limit.no_new"))
    share = st.float("contract.max_share_final")
    if share < 1.0:
        items.append(Msg("price.limit.share_final", share=share))
    if not st.bool("contract.allow_share_rise"):
        items.append(Msg("price.limit.share_rise"))
    items.append(Msg("price.limit.control"))
    return Join(tuple(items), sep="list.semicolon")


class _Messages(Msg):
    """A result's messages (the solve path's explanation) as one text, in the language of the message."""

    def __init__(self, result: Result) -> None:
        super().__init__("", result=result)

    def render(self, lang: str) -> str:
        """The messages joined by spaces, in ``lang``."""
        from staffopt.report.labels import localized_messages

        result: Result = self.params["result"]
        return " ".join(localized_messages(result.messages, result.messages_zh, lang))  # type: ignore[arg-type]


def price_targets(
    data: InputData,
    settings: Settings,
    key: str,
    targets: Sequence[Mapping[str, float]] = (),
    *,
    tolerance: float | None = None,
    on_step: Callable[[int, Step], None] | None = None,
) -> list[Price]:
    """:func:`price` for each standard of ``targets`` (none: the settings as they are)."""
    out = []
    for i, target in enumerate(targets or [{}]):
        step_cb = (lambda step, i=i: on_step(i, step)) if on_step is not None else None
        out.append(price(data, settings, key, tolerance=tolerance, target=target, on_step=step_cb))
    return out


def price_json(prices: Sequence[Price], folders: Sequence[str | None], *, lang: Lang = "en",
               provenance: Mapping[str, Any] | None = None, scenario: str | None = None) -> dict[str, Any]:
    """``price.json``: key, tolerance, method, and per standard its value, bracket, steps and headline.

    With one standard its ``value``, ``steps`` and ``headline`` are also at the top level.
    """
    from staffopt.report.headline import headline

    def one(p: Price, folder: str | None) -> dict[str, Any]:
        head = headline(p.result).as_json() if p.result is not None else None
        return {"target": dict(p.target) or None, "reachable": p.reachable, "value": p.value,
                "lower": p.lower, "width": p.width,
                "reason": p.reason.render("en") if p.reason else None,
                "reason_zh": p.reason.render("zh") if p.reason else None,
                "steps": [s.as_json() for s in p.steps],
                "headline": head, "folder": folder}

    key = prices[0].key
    unit = PARAMETERS_BY_KEY[key].unit
    payload: dict[str, Any] = {
        "generator": "staffopt", "key": key, "unit": unit.text("en"), "unit_zh": unit.text("zh"),
        "tolerance": prices[0].tolerance, "scenario": scenario, "method": METHOD,
        "provenance": dict(provenance) if provenance else None,
    }
    entries = [one(p, f) for p, f in zip(prices, folders, strict=True)]
    if len(entries) == 1:
        mirrored = ("value", "lower", "width", "reachable", "reason", "reason_zh", "steps", "headline",
                    "folder")
        payload.update({k: entries[0][k] for k in mirrored})
    payload["prices"] = entries
    return payload


#: One-line statement of the search, recorded in ``price.json``.
METHOD = ("the service plan with no budget limit gives the upper end (the least value at which it fits "
          "every cap); bisection on the LP relaxation gives a proven lower end; bisection on MIP "
          "feasibility (nothing unmet) between them until upper - lower <= tolerance; the plan at the "
          "upper end is the unlimited plan when it fits there (then optimal), else solved with the "
          "service objective")
