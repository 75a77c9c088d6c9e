"""Frontier steps that explain themselves, and steps that are reused instead of solved again.

**Reuse, proven before it is used.** A step is not solved when its plan is known:

* *Same model.* Where the varied key has no effect (:func:`staffopt.whatif.no_effect.ineffective_keys`,
  e.g. ``budget.fund_share`` under the fiscal regime) the model does not contain the key, so every
  such step solves the same model: the first is solved, the others take its plan.
* *The unlimited plan fits.* For a budget key (:data:`BUDGET_KEYS`: a larger value only raises
  caps) the model with no budget limit is solved once. It is a relaxation of every step's
  model, so when its optimal plan ``x_none`` meets every cap at a step's value, ``x_none`` is
  optimal at that step too (lexicographically, for ``service`` and ``equity``: each stage of a
  relaxation is at least as good, and ``x_none`` reaches it), and for every larger value. Those
  steps take ``x_none``, re-tabulated against their own caps (:func:`rebudget`).

**Explanations.** :func:`step_notes` says, per step, what decides it: an infeasible step
carries the solve path's own explanation (the diagnosis of the infeasible rules); a plan that
leaves workload unmet names its cause (:func:`staffopt.report.headline.unmet_cause`); a plan
meeting every standard says whether the budget binds. :func:`flat_stretches` finds runs of
steps with the same cost and unmet workload and says which constraint holds them flat.

**Readable marginal prices.** :func:`marginal_scale` expresses "per unit of the key" in a unit a
reader can use: per percentage point for fractions (fund share, growth rates), per 1,000 for
load ratios; unmet workload is priced per 1,000 person-times (:data:`PER_PERSON_TIMES`).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pandas as pd

from staffopt.instance import InputData, Instance, build_instance
from staffopt.report.headline import binding_pools, headline
from staffopt.report.reform_text import t
from staffopt.results import Result
from staffopt.schema import PARAMETERS_BY_KEY, Lang
from staffopt.settings import Settings
from staffopt.text import Msg
from staffopt.tolerances import FIT_SLACK as _FIT_SLACK
from staffopt.tolerances import REPORT_ZERO
from staffopt.tolerances import SAME_COST as _SAME_COST
from staffopt.whatif.no_effect import ineffective_keys

#: Keys whose larger values only raise budget caps, and the regime in which they do.
BUDGET_KEYS: dict[str, str] = {"budget.fund_share": "fund", "budget.growth": "fiscal", "fund.growth": "fund"}
#: Cost slack (万元) when checking that a plan meets a cap.
FIT_SLACK = _FIT_SLACK
#: Unmet workload is priced per this many person-times.
PER_PERSON_TIMES = 1000.0
#: Two steps with cost within this relative difference and unmet within 0.5 person-times are "the same".
SAME_COST = _SAME_COST

#: Solves a list of (name, settings) jobs and returns their results in order.
RunJobs = Callable[[list[tuple[str, Settings]]], list[Result]]


@dataclass(frozen=True)
class Reuse:
    """Step ``step`` (0-based) was not solved: it took the plan of ``source`` for ``reason``."""

    step: int
    source: str  # "unlimited" or "step <n>" (1-based)
    reason: Msg

    def text(self, lang: Lang) -> str:
        """The reason in ``lang``."""
        return self.reason.render(lang)


def step_settings(base: Settings, key: str, values: Sequence[float | int]) -> list[Settings]:
    """``base`` with ``key`` set to each value (the settings of each step)."""
    return [base.with_overrides({key: v}, sheet="--vary") for v in values]


def fits(result: Result, instance: Instance) -> bool:
    """True when ``result``'s plan meets every budget cap of ``instance`` (its regime and values)."""
    regime = instance.settings.str("budget.regime")
    if regime == "none":
        return True
    oy = result.office_year
    plan = oy[~oy["is_base"].astype(bool)]
    cost = pd.to_numeric(plan["cost_total"], errors="coerce").fillna(0.0)
    if regime == "fiscal":
        spent = cost.groupby([plan["office_id"], plan["year"]]).sum()
        caps = {key: instance.appropriation[key] for key in spent.index}
    else:
        pools = plan["office_id"].map(instance.pool_of)
        spent = cost.groupby([pools, plan["year"]]).sum()
        share = instance.settings.float("budget.fund_share")
        caps = {key: share * instance.fund_spend[key] for key in spent.index}
    return all(float(spent[key]) <= caps[key] + FIT_SLACK for key in spent.index)


def rebudget(result: Result, instance: Instance, name: str | None) -> Result:
    """``result`` (a plan solved with no budget limit) tabulated against ``instance``'s caps.

    The plan, its figures and objective are unchanged; the pool and cap columns of the office
    table and the budget table follow ``instance``'s regime. A cap the plan does not reach has a
    marginal value of 0 (complementary slackness); one it reaches exactly is left empty.
    """
    from staffopt.results.tables import Marginals, budget_table

    st = instance.settings
    regime = st.str("budget.regime")
    oy = result.office_year.copy()
    if regime == "fiscal":
        oy["pool"] = oy["office_id"]
        base = {o.id: o.appropriation0 for o in instance.offices}
        oy["budget_cap"] = [base[o] if is_base else instance.appropriation[o, int(y)]
                            for o, y, is_base in zip(oy["office_id"], oy["year"], oy["is_base"], strict=True)]
    elif regime == "fund":
        oy["pool"] = oy["office_id"].map(instance.pool_of)
        oy["budget_cap"] = math.nan
    budget = budget_table(oy, instance, Marginals())
    slack = pd.to_numeric(budget["budget_use"], errors="coerce") < 1.0 - REPORT_ZERO
    budget["marginal_budget"] = [0.0 if s else math.nan for s in slack]
    return dataclasses.replace(result, settings=st, scenario=name, office_year=oy, budget=budget)


def solve_steps(
    data: InputData, key: str, values: Sequence[float | int], settings: Sequence[Settings], run_jobs: RunJobs,
    names: Sequence[str] | None = None,
) -> tuple[list[Result], list[Reuse | None]]:
    """Solve the steps of a frontier, reusing every plan that is known (module docstring).

    ``settings[i]`` are the settings of the step where ``key = values[i]`` (the run's settings
    with that value); ``names`` the steps' names (default ``KEY=VALUE``). ``run_jobs`` solves a
    list of ``(name, settings)`` (serially or on Dask); it is called at most twice: once for the
    unlimited-budget plan (budget keys only), once for the steps left. Returns the results in
    step order and, per step, how it was reused (``None``: solved).
    """
    names = list(names) if names is not None else [f"{key}={v:g}" for v in values]
    reuse: list[Reuse | None] = [None] * len(values)
    first_without: int | None = None
    for i, st in enumerate(settings):
        if ineffective_keys(st, [key]):
            if first_without is None:
                first_without = i
            else:
                reuse[i] = Reuse(i, f"step {first_without + 1}",
                                 Msg("frontier.reuse.same_model", step=first_without + 1, key=key))
    unlimited: Result | None = None
    effective = [i for i, st in enumerate(settings) if not ineffective_keys(st, [key])]
    if key in BUDGET_KEYS and len(effective) >= 2:
        none = settings[effective[0]].with_overrides({"budget.regime": "none"})  # key: no effect there
        unlimited = run_jobs([("budget.regime=none", none)])[0]
        if unlimited.has_plan:
            for i in effective:
                inst = build_instance(data, settings[i])
                if fits(unlimited, inst):
                    reuse[i] = Reuse(i, "unlimited",
                                     Msg("frontier.reuse.unlimited", key=key, value=values[i]))
    todo = [i for i in range(len(values)) if reuse[i] is None]
    solved = dict(zip(todo, run_jobs([(names[i], settings[i]) for i in todo]), strict=True)) if todo else {}
    results: list[Result] = []
    for i in range(len(values)):
        r = reuse[i]
        if r is None:
            results.append(solved[i])
        elif r.source == "unlimited":
            assert unlimited is not None
            results.append(rebudget(unlimited, build_instance(data, settings[i]), names[i]))
        else:
            j = int(r.source.split()[1]) - 1
            results.append(dataclasses.replace(solved[j], settings=settings[i], scenario=names[i]))
    return results, reuse


# ------------------------------------------------------------------------------------------
# explanations
# ------------------------------------------------------------------------------------------
def binding(result: Result) -> str:
    """What decides a step, as a kind.

    ``infeasible``/``error``/``time_limit`` (no plan), an unmet cause (``budget``, ``limits``,
    ``penalty``, ``time_limit``), or ``met_budget`` / ``met_slack`` (every standard met, with the
    budget binding or not).
    """
    if not result.has_plan:
        return result.status
    head = headline(result)
    if not head.standards_met:
        return head.cause or "limits"
    return "met_budget" if binding_pools(result) else "met_slack"


def step_notes(results: Sequence[Result], lang: Lang) -> list[str]:
    """One explanation per step in ``lang`` (see :func:`binding`); no-plan steps carry the diagnosis."""
    from staffopt.report.labels import localized_messages

    out = []
    for result in results:
        kind = binding(result)
        if not result.has_plan:
            why = " ".join(localized_messages(result.messages, result.messages_zh, lang))
            out.append(why or t(f"frontier.no_plan.{kind}" if kind in ("infeasible", "error", "time_limit")
                                else "frontier.no_plan.error", lang))
        elif kind in ("met_budget", "met_slack"):
            out.append(t(f"frontier.{kind}", lang))
        else:
            out.append(t("headline.not_met", lang, cause=t(f"cause.{kind}", lang)))
    return out


def _same(a: Result, b: Result) -> bool:
    if not (a.has_plan and b.has_plan):
        return False
    ha, hb = headline(a), headline(b)
    if ha.cost_total is None or hb.cost_total is None:
        return False
    close_cost = abs(ha.cost_total - hb.cost_total) <= SAME_COST * max(1.0, abs(ha.cost_total))
    return close_cost and abs((ha.unmet_person_times or 0.0) - (hb.unmet_person_times or 0.0)) <= 0.5


def flat_stretches(key: str, values: Sequence[float], results: Sequence[Result], lang: Lang) -> list[str]:
    """One line per run of two or more steps with the same cost and unmet workload: which constraint binds."""
    lines = []
    i = 0
    while i < len(results):
        j = i
        while j + 1 < len(results) and _same(results[i], results[j + 1]):
            j += 1
        if j > i:
            kind = binding(results[j])
            why = t(f"frontier.flat.{kind}", lang, key=key) if kind in FLAT_KINDS else t(
                "headline.not_met", lang, cause=t(f"cause.{kind}", lang))
            lines.append(t("frontier.flat", lang, first=i + 1, last=j + 1, key=key, low=f"{values[i]:g}",
                           high=f"{values[j]:g}", why=why))
        i = j + 1
    return lines


#: Kinds :func:`flat_stretches` words on its own.
FLAT_KINDS = ("met_slack", "met_budget", "budget", "limits", "penalty", "time_limit")


def marginal_scale(key: str) -> tuple[float, str]:
    """``(scale, text key)``: the change of ``key`` a marginal price is quoted per.

    Fractions (fund share, growth rates): one percentage point (0.01); load ratios: 1,000
    person-times per staff member; anything else: one unit of the key.
    """
    unit = PARAMETERS_BY_KEY[key].unit.key
    if unit.startswith("fraction"):
        return 0.01, "frontier.per.pp"
    if unit == "ratio":
        return 1000.0, "frontier.per.thousand"
    return 1.0, "frontier.per.unit"


def per_text(key: str, lang: Lang) -> str:
    """``per percentage point of budget.fund_share`` (or the key's own unit) in ``lang``."""
    _, text_key = marginal_scale(key)
    unit = PARAMETERS_BY_KEY[key].unit
    return t(text_key, lang, key=key, unit=unit.text(lang))


def marginal_columns(frame: pd.DataFrame, key: str) -> pd.DataFrame:
    """Add readable marginal prices to a frontier frame (columns ``value``, ``cost_total``, ``unmet``).

    ``delta_cost`` / ``delta_unmet``: change from the previous step (万元, person-times);
    ``cost_per_value``: change of total cost (万元) per :func:`marginal_scale` of ``key`` (per
    percentage point of a fraction); ``unmet_per_value``: change of unmet workload
    (person-times) per the same; ``cost_per_unmet_avoided``: extra cost (万元) per
    :data:`PER_PERSON_TIMES` person-times of unmet workload avoided (only where unmet fell).
    """
    scale, _ = marginal_scale(key)
    out = frame.copy()
    cost = pd.to_numeric(out["cost_total"], errors="coerce")
    unmet = pd.to_numeric(out["unmet"], errors="coerce")
    steps = pd.to_numeric(out["value"], errors="coerce").diff() / scale
    out["delta_cost"] = cost.diff()
    out["delta_unmet"] = unmet.diff()
    out["cost_per_value"] = out["delta_cost"] / steps
    out["unmet_per_value"] = out["delta_unmet"] / steps
    avoided = -out["delta_unmet"]
    out["cost_per_unmet_avoided"] = (PER_PERSON_TIMES * out["delta_cost"] / avoided).where(avoided > 0.5)
    return out


def describe_reuse(reuse: Sequence[Reuse | None], lang: Lang) -> list[str]:
    """Per step: how it was reused, or an empty string when it was solved."""
    return ["" if r is None else r.text(lang) for r in reuse]


def summary_line(reuse: Sequence[Reuse | None], lang: Lang) -> str | None:
    """``5 of 8 steps reused …`` (``None`` when every step was solved)."""
    n = sum(r is not None for r in reuse)
    if not n:
        return None
    return t("frontier.reused", lang, n=n, total=len(reuse))
