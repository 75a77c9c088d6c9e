"""Independent re-check of a plan, from the result tables and the instance data alone.

:func:`check_plan` never looks at the Pyomo model: it recomputes every constraint family of
``docs/model.md`` from ``result.office_year``, ``result.platforms``, ``result.budget`` (and the
aggregate tables) and the :class:`~staffopt.instance.Instance`, so a wrong builder, a wrong
unit or a wrong result table shows up as a named violation::

    posts_staff: office P01M02C03, year 2024: staff 31 > posts 30

Every message starts with the family name (for a model row, the ``check`` name of its record in
:mod:`staffopt.model.families`), then the office (or pool / province / level) and year it
concerns. :func:`assert_valid_plan` raises :class:`AssertionError` listing them (for
tests). Comparisons allow ``tol`` relative to the size of the numbers compared (at least
``tol`` absolute), since HiGHS works to a feasibility tolerance of its own.

The data-derived bounds (the attrition floors, the posts reachable with the post step, the
professional-share path) are taken from :func:`staffopt.model.sets.derive` and
:func:`staffopt.model.staffing.pro_share_path`, as the model takes them; every relation between
the plan's numbers (each constraint itself, cost lines, totals, objective) is recomputed here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from staffopt.instance import Instance
from staffopt.model.families import (
    ATTRITION_FLOOR,
    BUDGET_FISCAL,
    BUDGET_FUND,
    CONTRACT_NO_NEW,
    CONTRACT_SHARE_BASE,
    CONTRACT_SHARE_FINAL,
    DIGITAL_STOCK,
    HIRING_CAP,
    LOAD_RATIO,
    MANUAL_SERVICE_FLOOR,
    MINIMUM_STAFFING,
    ONLINE_CAPACITY,
    PLATFORM_PERSISTENCE,
    POST_ADJUSTMENT_UP,
    POSTS_BOUND_STAFF,
    PRO_ATTRITION_FLOOR,
    PRO_SHARE_MIN,
    PRO_WITHIN_STAFF,
    ROWS,
    STANDARD_LOWER,
    STANDARD_UPPER,
    TRAINING_MAX,
)
from staffopt.model.objective import VACANT_POST_COST
from staffopt.model.sets import ATTRITION_DELTA, derive
from staffopt.model.staffing import pro_share_path
from staffopt.results import Result
from staffopt.schema import (
    COST_CAPITAL,
    COST_GOODS_SERVICES,
    COST_LINES,
    COST_OTHER,
    COST_PERSONNEL,
    COST_TOTAL,
    level_key,
)
from staffopt.tolerances import CHECK_TOL, DERIVED_TOL, OBJECTIVE_TOL, SOLVER_TOL, STAGE_SLACK

#: Most messages listed per family (the rest is counted in one more line).
MAX_PER_FAMILY = 20

#: Integer columns of ``office_year``.
INTEGER_COLUMNS = ("posts", "staff", "contract", "professional", "platform")
#: Columns summed by the aggregate tables.
SUMMED = ("posts", "staff", "contract", "professional", "conversions", "workload", "online", "unmet",
          *COST_LINES, COST_TOTAL)


def _family(row: str) -> str:
    """The family name under which a violation of model row ``row`` is reported."""
    return ROWS[row].check


def stayers(keep: Any, headcount: Any) -> Any:
    """Least headcount attrition leaves after a year: ``⌊keep · headcount + δ⌋`` (elementwise).

    ``keep = 1 − staff.attrition``, ``δ`` = :data:`~staffopt.model.sets.ATTRITION_DELTA`
    (docs/model.md, families 3 and 5: the yearly attrition floor).
    """
    return np.floor(keep * np.asarray(headcount, dtype=float) + ATTRITION_DELTA)


@dataclass(frozen=True)
class _Frame:
    """The plan rows of ``office_year`` with the data each check needs, one row per office-year."""

    df: pd.DataFrame  # plan years only, sorted by office then year, with prev_* columns


def _close(a: Any, b: Any, tol: float) -> np.ndarray:
    """Element-wise ``a == b`` within ``tol`` relative to their size (at least ``tol``)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    scale = np.maximum(1.0, np.maximum(np.abs(a), np.abs(b)))
    with np.errstate(invalid="ignore"):
        return np.asarray((np.abs(a - b) <= tol * scale) | (np.isnan(a) & np.isnan(b)))


def _le(a: Any, b: Any, tol: float) -> np.ndarray:
    """Element-wise ``a <= b`` within ``tol`` relative to their size (at least ``tol``)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    scale = np.maximum(1.0, np.maximum(np.abs(a), np.abs(b)))
    return np.asarray(a - b <= tol * scale)


def _about(col: str, template: str) -> Callable[[pd.Series], str]:
    """Message maker for column ``col``: ``{c}`` is its name, ``{v}`` its value, ``{e}`` ``_expected``."""

    def text(row: pd.Series) -> str:
        expected = _fmt(row["_expected"]) if "_expected" in row.index else ""
        return template.format(c=col, v=_fmt(row[col]), e=expected)

    return text


def _fmt(x: Any) -> str:
    try:
        x = float(x)
    except (TypeError, ValueError):
        return repr(x)
    if not np.isfinite(x):
        return str(x)
    if x.is_integer() and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.6g}"


class _Report:
    """Collects violation messages, at most :data:`MAX_PER_FAMILY` per family."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.counts: dict[str, int] = {}

    def add(self, family: str, where: str, text: str) -> None:
        n = self.counts.get(family, 0) + 1
        self.counts[family] = n
        if n <= MAX_PER_FAMILY:
            self.lines.append(f"{family}: {where}: {text}")

    def rows(self, family: str, df: pd.DataFrame, ok: np.ndarray, text: Callable[[pd.Series], str]) -> None:
        """Report every row of ``df`` where ``ok`` is False (office-year rows)."""
        bad = np.flatnonzero(~np.asarray(ok, dtype=bool))
        for i in bad:
            row = df.iloc[int(i)]
            self.add(family, f"office {row['office_id']}, year {int(row['year'])}", text(row))

    def finish(self) -> list[str]:
        out = list(self.lines)
        for family, n in self.counts.items():
            if n > MAX_PER_FAMILY:
                out.append(f"{family}: ... and {n - MAX_PER_FAMILY} more violation(s)")
        return out


# ------------------------------------------------------------------------------------------
# entry points
# ------------------------------------------------------------------------------------------
def check_plan(instance: Instance, result: Result, tol: float = CHECK_TOL) -> list[str]:
    """Re-verify every constraint family of the plan in ``result``; empty list = valid.

    Each message names the family (``posts_staff``, ``post_step``, ``attrition``, ``hiring``,
    ``contract_no_new``, ``contract_share``, ``contract_cap``, ``contract_share_base``,
    ``conversion``, ``pro_bounds``, ``pro_attrition``, ``pro_share``,
    ``training``, ``digital_stock``, ``online_digital``, ``online_manual``, ``online_ramp``,
    ``platform_monotone``, ``load_ratio``, ``min_staff``, ``standard``, ``locks``, ``budget``,
    ``cost_lines``, ``integrality``, ``nonnegative``, ``data``, ``derived``, ``base_year``,
    ``aggregates``, ``budget_table``, ``objective``, ``lexicographic``, ``tables``), then the
    office or pool and the year. A result without a plan (infeasible, error) has nothing to
    check and gives an empty list.
    """
    if not result.has_plan:
        return []
    report = _Report()
    frame = _prepare(instance, result, report)
    if frame is None:
        return report.finish()
    for check in _OFFICE_CHECKS:
        check(instance, frame.df, report, tol)
    _check_base_rows(instance, result.office_year, report, tol)
    _check_platforms(instance, result.platforms, frame.df, report, tol)
    _check_budget(instance, frame.df, result.budget, report, tol)
    _check_aggregates(result, report, tol)
    _check_objective(instance, result, frame.df, report, tol)
    return report.finish()


def assert_valid_plan(instance: Instance, result: Result, tol: float = CHECK_TOL) -> None:
    """Raise :class:`AssertionError` listing every violation :func:`check_plan` finds."""
    problems = check_plan(instance, result, tol)
    if problems:
        raise AssertionError(f"{len(problems)} violation(s) in the plan:\n" + "\n".join(problems))


# ------------------------------------------------------------------------------------------
# targets and the base-year online share, recomputed from the data
# ------------------------------------------------------------------------------------------
def published_targets(instance: Instance) -> dict[tuple[str, int], float]:
    """Published load-ratio target of every office and plan year, from the data and parameters.

    Precedence (docs/model.md): the targets-sheet row of the office's province and level; else
    the lowest target among the rows of its region tags and level; else ``target.<level>``.
    Offices taking the same row form a group whose target moves linearly from the group's
    base-year ratio ``Σ N0 / Σ (staff0 + contract0)`` to the goal by the reach year (the row's,
    else ``target.reach_year``) when that tightens it, and is the goal otherwise.
    """
    s = instance.settings
    rows = instance.data.targets if instance.data is not None else None
    given: dict[tuple[str, str], tuple[float, int | None]] = {}
    if rows is not None and not rows.empty:
        for area, level, goal, reach in zip(rows["area"], rows["level"], rows["target"], rows["reach_year"],
                                            strict=True):
            given[(str(area), str(level))] = (float(goal), None if pd.isna(reach) else int(reach))
    roots = {o.id for o in instance.offices if o.parent is None}
    group_of: dict[str, tuple[str, str]] = {}
    for o in instance.offices:
        if o.province in roots and (o.province, o.level) in given:
            group_of[o.id] = (o.province, o.level)
            continue
        tagged = sorted((given[(tag, o.level)][0], tag) for tag in o.regions
                        if (tag, o.level) in given and tag not in roots)
        group_of[o.id] = (tagged[0][1], o.level) if tagged else ("", o.level)
    t0, reach_default = instance.base_year, s.int("target.reach_year")
    out: dict[tuple[str, int], float] = {}
    for key in set(group_of.values()):
        members = [o for o in instance.offices if group_of[o.id] == key]
        goal, reach = given.get(key, (s.float(level_key("target", key[1])), None)) if key[0] else (
            s.float(level_key("target", key[1])), None)
        reach = reach_default if reach is None else reach
        heads = sum(o.staff0 + o.contract0 for o in members)
        ratio0 = sum(o.workload0 for o in members) / heads if heads > 0 else goal
        for o in members:
            for t in instance.years:
                moving = reach > t0 + 1 and t < reach and ratio0 > goal
                out[(o.id, t)] = ratio0 + (goal - ratio0) * (t - t0) / (reach - t0) if moving else goal
    return out


def base_online_share(instance: Instance) -> dict[str, float]:
    """Base-year online share ``σ0`` of every office (docs/model.md, family 8).

    ``min(1 − manual_floor, (yield·digital0 + share·N0·E)/N0, 0.95)``, ``E = 1`` with
    ``platform.existing``; 0 with ``digital.enabled`` false or no workload.
    """
    s = instance.settings
    out: dict[str, float] = {}
    share = s.float("platform.share") if s.bool("platform.existing") else 0.0
    for o in instance.offices:
        if not s.bool("digital.enabled") or o.workload0 <= 0:
            out[o.id] = 0.0
            continue
        online = (s.float("digital.yield") * o.digital0 + share * o.workload0) / o.workload0
        out[o.id] = max(0.0, min(1.0 - o.manual_floor, online, 0.95))
    return out


# ------------------------------------------------------------------------------------------
# preparation: plan rows + instance data + previous-year values
# ------------------------------------------------------------------------------------------
_REQUIRED = ("office_id", "year", "is_base", "workload", "posts", "staff", "contract", "professional",
             "conversions", "train", "invest", "digital", "online", "unmet", "platform", *COST_LINES,
             "cost_total")


def _prepare(instance: Instance, result: Result, report: _Report) -> _Frame | None:
    oy = result.office_year
    missing = [c for c in _REQUIRED if c not in oy.columns]
    if missing:
        report.add("tables", "office_year", f"missing columns {missing}")
        return None
    plan = oy.loc[~oy["is_base"].astype(bool)].copy()
    offices = {o.id: o for o in instance.offices}
    years = list(instance.years)
    expected = {(o, t) for o in offices for t in years}
    found = list(zip(plan["office_id"].astype(str), plan["year"].astype(int), strict=True))
    if len(found) != len(set(found)):
        report.add("tables", "office_year", "duplicate (office, year) rows")
    for key in sorted(expected - set(found))[:MAX_PER_FAMILY]:
        report.add("tables", f"office {key[0]}, year {key[1]}", "row missing from office_year")
    for key in sorted(set(found) - expected)[:MAX_PER_FAMILY]:
        report.add("tables", f"office {key[0]}, year {key[1]}", "row not in the instance")
    if set(found) != expected or len(found) != len(expected):
        return None
    plan["office_id"] = plan["office_id"].astype(str)
    plan["year"] = plan["year"].astype(int)
    order = {o.id: i for i, o in enumerate(instance.offices)}
    plan["_order"] = plan["office_id"].map(order)
    plan = plan.sort_values(["_order", "year"], kind="stable").reset_index(drop=True)
    numeric = [c for c in plan.columns if c in _REQUIRED and c not in ("office_id", "year", "is_base")]
    for col in numeric:
        plan[col] = pd.to_numeric(plan[col], errors="coerce").astype(float)
    # instance data per row
    ids = plan["office_id"].tolist()
    yrs = plan["year"].tolist()
    off = [offices[i] for i in ids]
    plan["_level"] = [o.level for o in off]
    plan["_province"] = [o.province for o in off]
    plan["_N"] = [instance.workload[(i, t)] for i, t in zip(ids, yrs, strict=True)]
    published = published_targets(instance)
    share0 = base_online_share(instance)
    plan["_target"] = [published[(i, t)] for i, t in zip(ids, yrs, strict=True)]
    plan["_share0"] = [share0[i] for i in ids]
    plan["_k"] = [t - instance.base_year for t in yrs]
    plan["_appropriation"] = [instance.appropriation.get((i, t), np.nan)
                              for i, t in zip(ids, yrs, strict=True)]
    for attr in ("cost_staff", "cost_contract", "manual_floor", "overhead", "goods_services", "capital",
                 "min_staff", "post_step", "hire_cap", "staff0", "pro0", "contract0", "contract_cap"):
        plan["_" + attr] = [float(getattr(o, attr)) for o in off]
    # data-derived bounds, as the model derives them (the relations are checked below)
    data = derive(instance)
    keys = list(zip(ids, yrs, strict=True))
    for col, values in (("_staff_floor", data.staff_floor), ("_pro_floor", data.pro_floor),
                        ("_posts_least", data.posts_least), ("_posts_most", data.posts_most)):
        plan[col] = [float(values[key]) for key in keys]
    plan["_pro_share"] = [pro_share_path(data, o, t) for o, t in keys]
    # previous-year values: the base year comes from the instance (observed data), not the table
    first = plan["year"] == years[0]
    base = {"posts": "posts0", "staff": "staff0", "contract": "contract0", "professional": "pro0",
            "digital": "digital0"}
    for col, attr in base.items():
        prev = plan.groupby("_order", sort=False)[col].shift(1)
        prev[first] = [float(getattr(o, attr)) for o, f in zip(off, first, strict=True) if f]
        plan["prev_" + col] = prev.astype(float)
    plan.attrs["platforms"] = result.platforms
    return _Frame(plan)


# ------------------------------------------------------------------------------------------
# office-year constraint families
# ------------------------------------------------------------------------------------------
def _check_integrality(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    for col in INTEGER_COLUMNS:
        values = df[col].to_numpy()
        ok = np.abs(values - np.round(values)) <= SOLVER_TOL
        report.rows("integrality", df, ok, _about(col, "{c} = {v} is not a whole number"))
    ok = df["platform"].isin([0.0, 1.0]).to_numpy()
    report.rows("integrality", df, ok, lambda r: f"platform = {r['platform']!r} is not 0 or 1")


def _check_nonnegative(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    for col in ("posts", "staff", "contract", "professional", "train", "invest", "digital", "online",
                "unmet", *COST_LINES):
        values = df[col].to_numpy()
        ok = (values >= -tol * np.maximum(1.0, np.abs(values))) & np.isfinite(values)
        report.rows("nonnegative", df, ok, _about(col, "{c} = {v} is negative or missing"))


def _check_posts_staff(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    ok = _le(df["staff"], df["posts"], tol)
    report.rows(_family(POSTS_BOUND_STAFF), df, ok,
                lambda r: f"staff {_fmt(r['staff'])} > posts {_fmt(r['posts'])}")


def _check_post_step(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    change = np.abs(df["posts"] - df["prev_posts"])
    ok = _le(change, df["_post_step"], tol)
    report.rows(_family(POST_ADJUSTMENT_UP), df, ok, lambda r: (
        f"posts change {_fmt(r['prev_posts'])} -> {_fmt(r['posts'])} exceeds the step "
        f"{_fmt(r['_post_step'])} persons/year"))


def _check_staff_flow(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    """Family 3: yearly and cumulative attrition floors (stayers rounded down), hiring cap.

    Converted contract staff (family 4b) are neither stayers nor outside hires: the yearly floor
    and the hiring cap apply to ``staff − conversions``.
    """
    attrition = instance.settings.float("staff.attrition")
    keep = 1.0 - attrition
    joined = df["staff"] - df["conversions"]
    floor = stayers(keep, df["prev_staff"].to_numpy())
    ok = _le(floor, joined, tol)
    report.rows(_family(ATTRITION_FLOOR), df, ok, lambda r: (
        f"staff {_fmt(r['staff'])} - conversions {_fmt(r['conversions'])} fell below floor((1 - "
        f"{attrition:g}) x {_fmt(r['prev_staff'])}) (established staff leave only by attrition)"))
    ok = _le(df["_staff_floor"], df["staff"], tol)
    report.rows(_family(ATTRITION_FLOOR), df, ok, lambda r: (
        f"staff {_fmt(r['staff'])} fell below the attrition floor {_fmt(r['_staff_floor'])} "
        f"(floor((1 - {attrition:g})^{int(r['year']) - instance.base_year} x {_fmt(r['_staff0'])}): faster "
        "than expected attrition since the base year)"))
    cap = df["prev_staff"] + df["_hire_cap"]
    ok = _le(joined, cap, tol)
    report.rows(_family(HIRING_CAP), df, ok, lambda r: (
        f"staff {_fmt(r['prev_staff'])} -> {_fmt(r['staff'])} with {_fmt(r['conversions'])} converted "
        f"hires more than the cap {_fmt(r['_hire_cap'])} persons/year"))


def _check_contract(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    """Family 4: control number, base-year share (4a), no new contract staff, final-year share."""
    s = instance.settings
    ok = _le(df["contract"], df["_contract_cap"], tol)
    report.rows("contract_cap", df, ok, lambda r: (
        f"contract staff {_fmt(r['contract'])} above the contract-staff control {_fmt(r['_contract_cap'])}"))
    if not s.bool("contract.allow_share_rise"):
        people0 = df["_staff0"] + df["_contract0"]
        share0 = np.where(people0 > 0, df["_contract0"] / np.where(people0 > 0, people0, 1.0), 0.0)
        ok = _le(df["contract"], share0 * (df["staff"] + df["contract"]), tol)
        report.rows(_family(CONTRACT_SHARE_BASE), df.assign(_share0=share0), ok, lambda r: (
            f"contract share {_fmt(r['contract'])} / {_fmt(r['staff'] + r['contract'])} above the base-year "
            f"share {r['_share0']:.4%} (contract.allow_share_rise false)"))
    if s.bool("contract.no_new"):
        ok = _le(df["contract"] + df["conversions"], df["prev_contract"], tol)
        report.rows(_family(CONTRACT_NO_NEW), df, ok, lambda r: (
            f"contract staff {_fmt(r['prev_contract'])} -> {_fmt(r['contract'])} with "
            f"{_fmt(r['conversions'])} converted: new contract staff with contract.no_new"))
    share = s.float("contract.max_share_final")
    if share < 1.0:
        final = (df["year"] == instance.years[-1]).to_numpy()
        ok = ~final | _le(df["contract"], share * (df["staff"] + df["contract"]), tol)
        report.rows(_family(CONTRACT_SHARE_FINAL), df, ok, lambda r: (
            f"contract staff {_fmt(r['contract'])} above {share:g} of all staff "
            f"{_fmt(r['staff'] + r['contract'])} in the final year"))


def _check_conversions(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    """Family 4b: whole, only serving contract staff, at most contract0 in all, only when enabled."""
    values = df["conversions"].to_numpy()
    ok = np.abs(values - np.round(values)) <= SOLVER_TOL
    report.rows("integrality", df, ok, _about("conversions", "{c} = {v} is not a whole number"))
    allowed = instance.settings.bool("contract.conversion_enabled") & (df["_contract0"] > 0)
    ok = allowed.to_numpy() | _close(df["conversions"], 0.0, tol)
    report.rows("conversion", df, ok, lambda r: (
        f"{_fmt(r['conversions'])} converted with contract.conversion_enabled false or no base-year "
        "contract staff"))
    ok = _le(df["conversions"], df["prev_contract"], tol)
    report.rows("conversion", df, ok, lambda r: (
        f"{_fmt(r['conversions'])} converted but only {_fmt(r['prev_contract'])} contract staff served "
        "the year before"))
    total = df.groupby("_order", sort=False)["conversions"].transform("sum")
    last = (df["year"] == instance.years[-1]).to_numpy()
    ok = ~last | _le(total, df["_contract0"], tol)
    report.rows("conversion", df.assign(_total=total), ok, lambda r: (
        f"{_fmt(r['_total'])} converted over the plan, more than the {_fmt(r['_contract0'])} contract "
        "staff of the base year"))


def _check_pro(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    ok = _le(df["professional"], df["staff"], tol)
    report.rows(_family(PRO_WITHIN_STAFF), df, ok, lambda r: (
        f"professional staff {_fmt(r['professional'])} > established staff {_fmt(r['staff'])}"))
    keep = 1.0 - instance.settings.float("staff.attrition")
    ok = _le(stayers(keep, df["prev_professional"].to_numpy()), df["professional"], tol)
    report.rows(_family(PRO_ATTRITION_FLOOR), df, ok, lambda r: (
        f"professional staff {_fmt(r['prev_professional'])} -> {_fmt(r['professional'])} fell faster than "
        f"attrition (1 - {1 - keep:g})"))
    ok = _le(df["_pro_floor"], df["professional"], tol)
    report.rows(_family(PRO_ATTRITION_FLOOR), df, ok, lambda r: (
        f"professional staff {_fmt(r['professional'])} below the attrition floor {_fmt(r['_pro_floor'])} "
        f"(floor((1 - {1 - keep:g})^{int(r['year']) - instance.base_year} x {_fmt(r['_pro0'])}): faster "
        "than expected attrition)"))
    if instance.settings.float("pro.share_min") <= 0:
        return
    need = df["_pro_share"].to_numpy()
    people = (df["staff"] + df["contract"]).to_numpy()
    ok = _le(need * people, df["professional"], tol)
    report.rows(_family(PRO_SHARE_MIN), df, ok, lambda r: (
        f"professional staff {_fmt(r['professional'])} below the phased-in share of "
        f"{_fmt(r['staff'] + r['contract'])} staff"))


def _check_training(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    s = instance.settings
    people = df["staff"] + df["contract"]
    if not s.bool("training.enabled"):
        ok = _close(df["train"], 0.0, tol)
        report.rows(_family(TRAINING_MAX), df, ok,
                    lambda r: f"train {_fmt(r['train'])} hours with training off")
        return
    lo, hi = s.float("training.min_hours"), s.float("training.max_hours")
    ok = _le(lo * people, df["train"], tol) & _le(df["train"], hi * people, tol)
    report.rows(_family(TRAINING_MAX), df, ok, lambda r: (
        f"train {_fmt(r['train'])} hours outside [{lo:g}, {hi:g}] x "
        f"{_fmt(r['staff'] + r['contract'])} staff"))


def _check_digital(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    s = instance.settings
    dep = s.float("digital.depreciation")
    expected = (1.0 - dep) * df["prev_digital"] + df["invest"]
    ok = _close(df["digital"], expected, tol)
    report.rows(_family(DIGITAL_STOCK), df, ok, lambda r: (
        f"digital {_fmt(r['digital'])} != (1 - {dep:g}) x {_fmt(r['prev_digital'])} + invest "
        f"{_fmt(r['invest'])}"))
    existing = 1.0 if s.bool("platform.existing") else 0.0
    if not s.bool("digital.enabled"):
        ok = (_close(df["invest"], 0.0, tol) & _close(df["online"], 0.0, tol)
              & _close(df["platform"], existing, tol))
        report.rows(_family(ONLINE_CAPACITY), df, ok, lambda r: (
            f"invest {_fmt(r['invest'])}, online {_fmt(r['online'])}, platform {_fmt(r['platform'])}"
            " with digital.enabled false"))
        return
    share = s.float("platform.share")  # a running platform serves its share (built or existing)
    cap = s.float("digital.yield") * df["digital"] + share * df["_N"] * df["platform"]
    ok = _le(df["online"], cap, tol)
    report.rows(_family(ONLINE_CAPACITY), df, ok, lambda r: (
        f"online {_fmt(r['online'])} > yield x digital + platform share x workload = "
        f"{_fmt(s.float('digital.yield') * r['digital'] + share * r['_N'] * r['platform'])}"))
    ok = _le(df["online"], (1.0 - df["_manual_floor"]) * df["_N"], tol)
    report.rows(_family(MANUAL_SERVICE_FLOOR), df, ok, lambda r: (
        f"online {_fmt(r['online'])} > (1 - manual floor {r['_manual_floor']:g}) x workload {_fmt(r['_N'])}"))
    ramp = s.float("digital.ramp")
    ok = _le(df["online"], (df["_share0"] + ramp * df["_k"]) * df["_N"], tol)
    report.rows("online_ramp", df, ok, lambda r: (
        f"online {_fmt(r['online'])} > (base-year share {r['_share0']:g} + {ramp:g} x {int(r['_k'])} "
        f"years) x workload {_fmt(r['_N'])}"))


def _check_load(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    """Family 9: every head counts 1 (a published standard counts heads, contract staff included)."""
    s = instance.settings
    tp = s.float("training.productivity") if s.bool("training.enabled") else 0.0
    capacity = (1.0 - df["_share0"]) * df["_target"] * (df["staff"] + df["contract"] + tp * df["train"])
    served = df["_N"] - df["online"] - df["unmet"]
    ok = _le(served, capacity, tol)
    report.rows(_family(LOAD_RATIO), df, ok, lambda r: (
        f"workload {_fmt(r['_N'])} - online {_fmt(r['online'])} - unmet {_fmt(r['unmet'])} exceeds "
        f"(1 - base-year online share {r['_share0']:g}) x target {_fmt(r['_target'])} x (staff "
        f"{_fmt(r['staff'])} + contract {_fmt(r['contract'])} + {tp:g} x train {_fmt(r['train'])})"))


def _check_locks(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    """Family 13: every lock of the locks sheet holds, ``min ≤ value ≤ max`` (docs/model.md)."""
    if not instance.locks:
        return
    at = {(o, t): i for i, (o, t) in enumerate(zip(df["office_id"], df["year"], strict=True))}
    for lock in instance.locks:
        i = at.get((lock.office, lock.year))
        where = f"office {lock.office}, year {lock.year}"
        if i is None:
            report.add("locks", where, f"locks row {lock.row}: no plan row for this office and year")
            continue
        value = float(df[lock.what].iloc[i])  # posts | staff | contract: office_year columns
        found = f"locks row {lock.row}: {lock.what} {_fmt(value)}"
        if lock.lo is not None and not bool(_le(lock.lo, value, tol)):
            report.add("locks", where, f"{found} below the min {lock.lo}")
        if lock.hi is not None and not bool(_le(value, lock.hi, tol)):
            report.add("locks", where, f"{found} above the max {lock.hi}")


def _check_min_staff(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    ok = _le(df["_min_staff"], df["staff"] + df["contract"], tol)
    report.rows(_family(MINIMUM_STAFFING), df, ok, lambda r: (
        f"staff + contract {_fmt(r['staff'] + r['contract'])} below the minimum {_fmt(r['_min_staff'])}"))


def _check_standard(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    """Family 11 as docs/model.md states it: the standard binds only as far as posts can move.

    upper: ``posts ≤ max(std, least)``; lower: ``posts ≥ min(std, most)``, with the fewest and most
    posts reachable (``ModelData.posts_least``, ``posts_most``).
    """
    s = instance.settings
    std = np.array([instance.standard_posts.get((o, int(t)), np.nan)
                    for o, t in zip(df["office_id"], df["year"], strict=True)], dtype=float)
    df = df.assign(_standard=std)
    if "standard_posts" in df.columns:
        reported = pd.to_numeric(df["standard_posts"], errors="coerce")
        ok = _close(reported, std, tol)
        report.rows("derived", df, ok, lambda r: (
            f"standard_posts {_fmt(r['standard_posts'])} != the rule's {_fmt(r['_standard'])}"))
    mode = s.str("standard.mode")
    if mode == "report" or not instance.standard_posts:
        return
    has = ~np.isnan(std)
    if mode == "upper":
        bound = np.maximum(np.nan_to_num(std), df["_posts_least"].to_numpy())
        ok = ~has | _le(df["posts"], bound, tol)
        report.rows(_family(STANDARD_UPPER), df.assign(_bound=bound), ok, lambda r: (
            f"posts {_fmt(r['posts'])} above the staffing standard {_fmt(r['_standard'])} "
            f"(mode upper; fewest posts reachable {_fmt(r['_bound'])})"))
    elif mode == "lower":
        bound = np.minimum(np.nan_to_num(std), df["_posts_most"].to_numpy())
        ok = ~has | _le(bound, df["posts"], tol)
        report.rows(_family(STANDARD_LOWER), df.assign(_bound=bound), ok, lambda r: (
            f"posts {_fmt(r['posts'])} below the staffing standard {_fmt(r['_standard'])} "
            f"(mode lower; as far as reachable {_fmt(r['_bound'])})"))


def platform_costs(instance: Instance, platforms: pd.DataFrame) -> dict[tuple[str, int], tuple[float, float]]:
    """(build cost, running cost) in 万元 per (province, plan year), from the platform table.

    A platform costs ``platform.build_cost`` in the first year it runs (a province whose
    platform already ran in the previous year — or in the base year, ``platform.existing`` —
    pays no build cost) and ``platform.running_cost`` in every year it runs. Both are booked on
    the province's provincial office.
    """
    s = instance.settings
    build, run = s.float("platform.build_cost"), s.float("platform.running_cost")
    on = _platform_map(platforms)
    out: dict[tuple[str, int], tuple[float, float]] = {}
    for p in instance.provinces:
        before = 1.0 if s.bool("platform.existing") else 0.0
        for t in instance.years:
            now = on.get((p, t), 0.0)
            out[(p, t)] = (build * max(0.0, now - before), run * now)
            before = now
    return out


def _platform_map(platforms: pd.DataFrame) -> dict[tuple[str, int], float]:
    if platforms is None or platforms.empty:
        return {}
    return {(str(p), int(t)): float(v) for p, t, v in
            zip(platforms["province"], platforms["year"], platforms["platform"], strict=True)}


def expected_cost_lines(instance: Instance, df: pd.DataFrame, platforms: pd.DataFrame) -> pd.DataFrame:
    """Recompute the four cost lines (万元) from the quantities of each office-year row.

    personnel = cost_staff·staff + cost_contract·contract + pro.premium·professional;
    goods & services = fixed goods & services + training.cost_per_hour·train +
    digital.running_rate·digital + contract.conversion_cost·conversions (+ platform running cost on
    the provincial office); capital = capital construction + invest (+ platform build cost on the
    provincial office); other = fixed overhead.
    """
    s = instance.settings
    pcost = platform_costs(instance, platforms)
    is_prov = (df["_level"] == "provincial").to_numpy()
    build = np.array([pcost.get((p, int(t)), (0.0, 0.0))[0] for p, t in zip(df["_province"], df["year"],
                                                                              strict=True)])
    run = np.array([pcost.get((p, int(t)), (0.0, 0.0))[1] for p, t in zip(df["_province"], df["year"],
                                                                            strict=True)])
    personnel = (df["_cost_staff"] * df["staff"] + df["_cost_contract"] * df["contract"]
                 + s.float("pro.premium") * df["professional"])
    goods = (df["_goods_services"] + s.float("training.cost_per_hour") * df["train"]
             + s.float("digital.running_rate") * df["digital"]
             + s.float("contract.conversion_cost") * df["conversions"] + np.where(is_prov, run, 0.0))
    capital = df["_capital"] + df["invest"] + np.where(is_prov, build, 0.0)
    other = df["_overhead"]
    return pd.DataFrame({COST_PERSONNEL: personnel, COST_GOODS_SERVICES: goods,
                         COST_CAPITAL: capital, COST_OTHER: other}, index=df.index)


def _check_costs(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    platforms = df.attrs.get("platforms")
    expected = expected_cost_lines(instance, df, platforms if platforms is not None else pd.DataFrame())
    for col in COST_LINES:
        ok = _close(df[col], expected[col], tol)
        shown = df.assign(_expected=expected[col])
        report.rows("cost_lines", shown, ok,
                    _about(col, "{c} reported {v} but quantities x unit costs give {e}"))
    total = df[list(COST_LINES)].sum(axis=1)
    ok = _close(df["cost_total"], total, tol)
    report.rows("cost_lines", df.assign(_sum=total), ok, lambda r: (
        f"cost_total {_fmt(r['cost_total'])} != sum of the four lines {_fmt(r['_sum'])}"))


def _check_data_columns(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    ok = _close(df["workload"], df["_N"], tol)
    report.rows("data", df, ok, lambda r: f"workload {_fmt(r['workload'])} != instance {_fmt(r['_N'])}")
    if "target" in df.columns:
        ok = _close(df["target"], df["_target"], tol)
        report.rows("data", df, ok, lambda r: f"target {_fmt(r['target'])} != instance {_fmt(r['_target'])}")
    people = df["staff"] + df["contract"]
    if "actual" in df.columns:
        ok = _close(df["actual"], people, tol)
        report.rows("derived", df, ok, lambda r: (
            f"actual {_fmt(r['actual'])} != staff + contract {_fmt(r['staff'] + r['contract'])}"))
    _check_ratios(instance, df, report, tol)
    if "budget_cap" in df.columns and instance.settings.str("budget.regime") == "fiscal":
        ok = _close(df["budget_cap"], df["_appropriation"], tol)
        report.rows("data", df, ok, lambda r: (
            f"budget_cap {_fmt(r['budget_cap'])} != appropriation {_fmt(r['_appropriation'])}"))


def _check_ratios(instance: Instance, df: pd.DataFrame, report: _Report, tol: float) -> None:
    """Check derived columns: over-establishment, contract share, unmet share, load ratios.

    The effective load ratio counts a contract head at ``contract.effective_worth``.
    """
    s = instance.settings
    worth = s.float("contract.effective_worth")
    tp = s.float("training.productivity") if s.bool("training.enabled") else 0.0
    people = (df["staff"] + df["contract"]).to_numpy()
    capacity = ((1.0 - df["_share0"]) * (df["staff"] + worth * df["contract"] + tp * df["train"])).to_numpy()
    n = df["_N"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        expected = {
            "over_establishment": np.maximum(0.0, people - df["posts"].to_numpy()),
            "contract_share": np.where(people > 0,
                                       df["contract"].to_numpy() / np.where(people > 0, people, 1.0), np.nan),
            "unmet_share": np.where(n > 0, df["unmet"].to_numpy() / np.where(n > 0, n, 1.0), np.nan),
            "load_ratio_nominal": np.where(people > 0, n / np.where(people > 0, people, 1.0), np.nan),
            "load_ratio_effective": np.where(capacity > 0, (n - df["online"].to_numpy())
                                             / np.where(capacity > 0, capacity, 1.0), np.nan),
        }
    for col, values in expected.items():
        if col not in df.columns:
            continue
        shown = df.assign(_expected=values)
        ok = _close(pd.to_numeric(df[col], errors="coerce"), values, max(tol, DERIVED_TOL))
        report.rows("derived", shown, ok, _about(col, "{c} = {v} but the plan gives {e}"))


_OFFICE_CHECKS: Sequence[Callable[[Instance, pd.DataFrame, _Report, float], None]] = (
    _check_integrality, _check_nonnegative, _check_posts_staff, _check_post_step, _check_staff_flow,
    _check_contract, _check_conversions, _check_pro, _check_training, _check_digital, _check_load,
    _check_min_staff,
    _check_standard, _check_costs, _check_data_columns, _check_locks,
)


# ------------------------------------------------------------------------------------------
# base year, platforms, budget, aggregates, objective
# ------------------------------------------------------------------------------------------
def _check_base_rows(instance: Instance, oy: pd.DataFrame, report: _Report, tol: float) -> None:
    base = oy.loc[oy["is_base"].astype(bool)]
    by_id = {str(r["office_id"]): r for _, r in base.iterrows()}
    for o in instance.offices:
        row = by_id.get(o.id)
        if row is None:
            report.add("base_year", f"office {o.id}, year {instance.base_year}", "base-year row missing")
            continue
        for col, value in (("posts", o.posts0), ("staff", o.staff0), ("contract", o.contract0),
                           ("professional", o.pro0), ("digital", o.digital0), ("workload", o.workload0)):
            if not bool(_close(float(row[col]), float(value), tol)):
                report.add("base_year", f"office {o.id}, year {instance.base_year}",
                           f"{col} {_fmt(row[col])} != observed {_fmt(value)}")


def _check_platforms(instance: Instance, platforms: pd.DataFrame, df: pd.DataFrame, report: _Report,
                     tol: float) -> None:
    on = _platform_map(platforms)
    s = instance.settings
    allowed = s.bool("platform.enabled") and s.bool("digital.enabled")
    existing = s.bool("platform.existing")
    for p in instance.provinces:
        before = 1.0 if existing else 0.0
        for t in instance.years:
            now = on.get((p, t))
            if now is None:
                report.add("tables", f"province {p}, year {t}", "row missing from platforms")
                continue
            if now not in (0.0, 1.0):
                report.add("integrality", f"province {p}, year {t}", f"platform = {now!r} is not 0 or 1")
            if now < before - tol:
                report.add(_family(PLATFORM_PERSISTENCE), f"province {p}, year {t}",
                           f"platform switched off ({_fmt(before)} -> {_fmt(now)}); once built it stays"
                           + (" (platform.existing: it runs from the base year)" if existing else ""))
            if now > tol and not allowed and not existing:
                report.add(_family(PLATFORM_PERSISTENCE), f"province {p}, year {t}",
                           "platform built while platforms are off")
            before = now
    # the office rows must carry their province's platform
    expected = np.array([on.get((p, int(t)), np.nan)
                         for p, t in zip(df["_province"], df["year"], strict=True)])
    ok = _close(df["platform"], np.nan_to_num(expected, nan=-1.0), tol)
    report.rows("tables", df, ok, lambda r: (
        f"platform {_fmt(r['platform'])} differs from the platforms table"))


def _check_budget(instance: Instance, df: pd.DataFrame, budget: pd.DataFrame, report: _Report,
                  tol: float) -> None:
    s = instance.settings
    regime = s.str("budget.regime")
    if regime == "fiscal":
        ok = _le(df["cost_total"], df["_appropriation"], tol)
        report.rows(_family(BUDGET_FISCAL), df, ok, lambda r: (
            f"cost {_fmt(r['cost_total'])} above the same-level appropriation "
            f"{_fmt(r['_appropriation'])} 万元"))
        groups = df.assign(_pool=df["office_id"])
        caps = {(str(o), int(t)): float(a)
                for o, t, a in zip(df["office_id"], df["year"], df["_appropriation"], strict=True)}
    elif regime == "fund":
        share = s.float("budget.fund_share")
        groups = df.assign(_pool=df["office_id"].map(instance.pool_of))
        caps = {key: share * v for key, v in instance.fund_spend.items()}
        pool_cost = _sum_by(groups, ["cost_total"])
        for (pool, t), vals in pool_cost.items():
            cost = vals["cost_total"]
            cap = caps[(pool, t)]
            if not bool(_le(cost, cap, tol)):
                report.add(_family(BUDGET_FUND), f"pool {pool}, year {t}",
                           f"pool cost {_fmt(cost)} above {share:g} x fund spending = {_fmt(cap)} 万元")
    else:
        groups = df.assign(_pool="all")
        caps = {}
    _check_budget_table(groups, caps, budget, report, tol)


def _sum_by(groups: pd.DataFrame, cols: list[str],
            key: str = "_pool") -> dict[tuple[str, int], dict[str, float]]:
    """Sum ``cols`` per (``key``, year) as plain floats."""
    out: dict[tuple[str, int], dict[str, float]] = {}
    for k, t, *vals in zip(groups[key], groups["year"], *(groups[c] for c in cols), strict=True):
        acc = out.setdefault((str(k), int(t)), dict.fromkeys(cols, math.nan))
        for c, v in zip(cols, vals, strict=True):
            v = float(v)
            if not math.isnan(v):  # NaN when every value is NaN (base-year online, unmet)
                acc[c] = v if math.isnan(acc[c]) else acc[c] + v
    return out


def _records(table: pd.DataFrame, key: str, cols: list[str]) -> dict[tuple[str, int], dict[str, float]]:
    """Rows of ``table`` keyed by (``key``, year), the numeric ``cols`` as floats."""
    out: dict[tuple[str, int], dict[str, float]] = {}
    for k, t, *vals in zip(table[key], table["year"], *(table[c] for c in cols), strict=True):
        out[(str(k), int(t))] = {c: float(v) for c, v in zip(cols, vals, strict=True)}
    return out


def _check_sums(report: _Report, family: str, where: str, got: dict[str, float], sums: dict[str, float],
                cols: list[str], summed: str, tol: float) -> None:
    """Report each of ``cols`` whose table value ``got`` differs from ``sums`` (the sum of ``summed``)."""
    for col in cols:
        if not bool(_close(got[col], sums[col], tol)):
            report.add(family, where, f"{col} {_fmt(got[col])} != sum of {summed} {_fmt(sums[col])}")


def _check_budget_table(groups: pd.DataFrame, caps: dict[tuple[str, int], float], budget: pd.DataFrame,
                        report: _Report, tol: float) -> None:
    if budget is None or budget.empty:
        report.add("budget_table", "budget", "table is empty")
        return
    lines = [*COST_LINES, "cost_total"]
    sums = _sum_by(groups, lines)
    cols = lines + (["budget_cap"] if "budget_cap" in budget.columns else [])
    table = _records(budget, "pool", cols)
    for (pool, t), row in sums.items():
        where = f"pool {pool}, year {t}"
        got = table.get((pool, t))
        if got is None:
            report.add("budget_table", where, "row missing")
            continue
        _check_sums(report, "budget_table", where, got, row, lines, "its offices", tol)
        cap = caps.get((pool, t))
        if cap is not None and "budget_cap" in got and not bool(_close(got["budget_cap"], cap, tol)):
            report.add("budget_table", where, f"budget_cap {_fmt(got['budget_cap'])} != {_fmt(cap)}")
    if len(table) != len(sums):
        report.add("budget_table", "budget", f"{len(table)} rows, expected {len(sums)} (pool, year) rows")


def _check_aggregates(result: Result, report: _Report, tol: float) -> None:
    oy = result.office_year
    agg = result.by_level_year
    if agg is None or agg.empty:
        report.add("aggregates", "by_level_year", "table is empty")
        return
    cols = [c for c in SUMMED if c in agg.columns and c in oy.columns]
    sums = _sum_by(oy, cols, key="level")
    sums.update({("all", t): v for (_, t), v in _sum_by(oy.assign(_all="all"), cols, key="_all").items()})
    for (level, t), row in _records(agg, "level", cols).items():
        where = f"level {level}, year {t}"
        source = sums.get((level, t))
        if source is None:
            report.add("aggregates", where, "no office rows for this level and year")
            continue
        _check_sums(report, "aggregates", where, row, source, cols, "office rows", tol)
    if "goods_services_share" in agg.columns:
        for level, t, got, goods, total in zip(agg["level"], agg["year"], agg["goods_services_share"],
                                               agg[COST_GOODS_SERVICES], agg[COST_TOTAL], strict=True):
            if total > 0 and not bool(_close(float(got), float(goods) / float(total), tol)):
                report.add("aggregates", f"level {level}, year {int(t)}",
                           f"goods_services_share {_fmt(got)} != goods & services / total "
                           f"{_fmt(float(goods) / float(total))}")
    if "contract_share" in agg.columns:  # the key figure of the contract rules (family 4a)
        for (level, t), row in _records(agg, "level", ["staff", "contract", "contract_share"]).items():
            people = row["staff"] + row["contract"]
            share = row["contract"] / people if people > 0 else math.nan
            if not bool(_close(row["contract_share"], share, max(tol, DERIVED_TOL))):
                report.add("aggregates", f"level {level}, year {t}",
                           f"contract_share {_fmt(row['contract_share'])} != contract / (staff + contract) "
                           f"{_fmt(share)}")
    _check_region_aggregates(result, cols, report, tol)


def _check_region_aggregates(result: Result, cols: Iterable[str], report: _Report, tol: float) -> None:
    agg = result.by_region_year
    if agg is None or agg.empty or "regions" not in result.office_year.columns:
        return
    oy = result.office_year
    tags = oy["regions"].map(_split_regions)
    for _, row in agg.iterrows():
        region, t = str(row["region"]), int(row["year"])
        mask = (oy["year"].astype(int) == t) & tags.map(lambda ts, r=region: r in ts)
        for col in cols:
            if col not in agg.columns:
                continue
            total = float(oy.loc[mask, col].sum(min_count=1))
            if not bool(_close(float(row[col]), total, tol)):
                report.add("aggregates", f"region {region}, year {t}",
                           f"{col} {_fmt(row[col])} != sum of office rows {_fmt(total)}")


def _split_regions(value: object) -> tuple[str, ...]:
    if isinstance(value, (tuple, list)):
        return tuple(str(v) for v in value)
    text = "" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)
    for sep in (";", "、", "，", "；"):
        text = text.replace(sep, ",")
    return tuple(t.strip() for t in text.split(",") if t.strip())


def discount_factor(instance: Instance, year: int) -> float:
    """Discount factor of plan ``year``: ``1 / (1 + r)^(year - t0)`` (first plan year discounted once)."""
    r = instance.settings.float("discount_rate")
    return float(1.0 / (1.0 + r) ** (year - instance.base_year))


def objective_from_tables(instance: Instance, df: pd.DataFrame) -> float:
    """Recompute the run's final objective from the office rows.

    Discounted total cost ``Σ_t δ_t Σ_o cost_total[o,t]``, plus, for the ``cost`` objective, the
    unmet penalty ``unmet.penalty · Σ_t δ_t Σ_o weight[level(o)] · unmet[o,t]``, plus (every
    objective) the vacant-post tie-break ``ε · Σ_{o,t} (posts − staff)``, ε = :data:`VACANT_POST_COST`.
    """
    s = instance.settings
    delta = df["year"].map(lambda t: discount_factor(instance, int(t)))
    value = float((delta * df["cost_total"]).sum()) + vacant_posts_tiebreak(df)
    if s.str("objective") == "cost":
        weight = df["_level"].map(lambda lv: s.float(level_key("unmet.weight", lv)))
        value += s.float("unmet.penalty") * float((delta * weight * df["unmet"]).sum())
    return value


def vacant_posts_tiebreak(df: pd.DataFrame) -> float:
    """Objective tie-break of the plan rows: ``ε · Σ (posts − staff)`` (万元, undiscounted)."""
    return VACANT_POST_COST * float((df["posts"] - df["staff"]).sum())


def _check_objective(instance: Instance, result: Result, df: pd.DataFrame, report: _Report,
                     tol: float) -> None:
    if result.objective is None:
        report.add("objective", "result", "a plan without an objective value")
        return
    value = objective_from_tables(instance, df)
    # the tables are rounded for display at most to 1e-6; allow the solver's gap tolerance too
    terms = result.objective_terms
    if "cost_discounted" in terms:
        delta = df["year"].map(lambda t: discount_factor(instance, int(t)))
        cost = float((delta * df["cost_total"]).sum())
        if not bool(_close(terms["cost_discounted"], cost, max(tol, OBJECTIVE_TOL))):
            report.add("objective", "result",
                       f"objective_terms cost_discounted {_fmt(terms['cost_discounted'])}"
                       f" != {_fmt(cost)} recomputed from the office rows")
    if "vacant_posts_tiebreak" in terms:
        mine = vacant_posts_tiebreak(df)
        if not bool(_close(terms["vacant_posts_tiebreak"], mine, max(tol, OBJECTIVE_TOL))):
            report.add("objective", "result",
                       f"objective_terms vacant_posts_tiebreak {_fmt(terms['vacant_posts_tiebreak'])}"
                       f" != {_fmt(mine)} recomputed from the office rows")
    if not bool(_close(result.objective, value, max(tol, OBJECTIVE_TOL))):
        report.add("objective", "result",
                   f"objective {_fmt(result.objective)} != {_fmt(value)} recomputed from the tables")
    _check_stages(instance, result, df, report, tol)


def _check_stages(instance: Instance, result: Result, df: pd.DataFrame, report: _Report, tol: float) -> None:
    """Lexicographic objectives: the final plan keeps every earlier stage's optimum.

    ``Σ w[level]·unmet ≤ obj_unmet`` and ``max unmet/N ≤ obj_share`` (each within the stage
    tolerance), recomputed from the office rows.
    """
    s = instance.settings
    stages = result.stage_objectives
    weight = df["_level"].map(lambda lv: s.float(level_key("unmet.weight", lv)))
    weighted = float((weight * df["unmet"]).sum())
    if "obj_unmet" in stages:
        bound = float(stages["obj_unmet"])
        if not bool(_le(weighted, bound, max(tol, STAGE_SLACK))):
            report.add("lexicographic", "result", f"weighted unmet workload {_fmt(weighted)} of the plan "
                       f"is above the optimum {_fmt(bound)} of the unmet stage")
    positive = df["_N"] > 0
    share = float((df.loc[positive, "unmet"] / df.loc[positive, "_N"]).max()) if positive.any() else 0.0
    if "obj_share" in stages:
        bound = float(stages["obj_share"])
        if share > bound + max(tol, STAGE_SLACK):
            report.add("lexicographic", "result", f"largest unmet share {share:.6g} of the plan is above the "
                       f"optimum {bound:.6g} of the equity stage")
    terms = result.objective_terms
    for key, mine in (("unmet_total", float(df["unmet"].sum())), ("unmet_weighted", weighted),
                      ("max_unmet_share", share)):
        if key in terms and not bool(_close(terms[key], mine, max(tol, OBJECTIVE_TOL))):
            report.add("objective", "result", f"objective_terms {key} {_fmt(terms[key])} != {_fmt(mine)} "
                       "recomputed from the office rows")
