"""Typed, validated data: what the reader produces and what the model consumes.

:class:`InputData` is the validated workbook; :class:`Instance` is the input data combined
with one run's :class:`Settings` by :func:`build_instance`.

Stage order: ``reader`` (workbook → :class:`InputData`, validated) → ``build_instance`` (+ settings
→ :class:`Instance`) → ``model`` → ``solve`` → ``results`` → ``report``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from staffopt.errors import InputError, Problem
from staffopt.locks import Lock, locks_from
from staffopt.schema import LEVELS, REGION_SEPARATORS, level_key
from staffopt.settings import Settings
from staffopt.standards import standard_posts
from staffopt.text import Msg
from staffopt.tolerances import ROUNDING_SLACK


@dataclass(frozen=True)
class InputData:
    """A validated input workbook, in canonical (schema-key) column names.

    ``offices`` has one row per office with the columns of ``schema.OFFICE_COLUMNS`` (keys,
    not headers), typed; optional columns hold their default, except ``contract_staff``,
    ``min_staff``, ``post_step`` and ``contract_cap`` which stay missing (``pd.NA``) when the user left them
    empty (they are derived in :func:`build_instance`). ``workload_by_year`` and
    ``budget_by_year`` may be empty frames with the schema columns. ``scenarios`` has the
    columns of ``schema.SCENARIO_COLUMNS`` plus ``row`` (the spreadsheet row, for errors).
    ``parameters`` holds the parameters sheet (defaults for missing keys). ``targets`` holds
    the rows of the optional targets sheet (``schema.TARGET_COLUMNS`` plus ``row``, the
    spreadsheet row); ``None`` or an empty frame when there is none. ``notes`` holds the
    notes columns of each sheet (sheet key → frame of header → cell, rows aligned with that
    sheet's frame; indexed by parameter key for the parameters sheet): carried into the report,
    never read by the model (:mod:`staffopt.habits`). ``locks`` has the columns of
    ``schema.LOCK_COLUMNS`` plus ``row``: posts, established or contract staff an office must
    keep in a plan year (:mod:`staffopt.locks`); ``None`` or empty when there are no locks.
    ``rows`` maps a table's key to the spreadsheet row of each of its frame rows and
    ``sheet_names`` to the sheet's name in the file (both empty for data built in memory);
    they only serve messages.
    """

    offices: pd.DataFrame
    parameters: Settings
    workload_by_year: pd.DataFrame
    budget_by_year: pd.DataFrame
    scenarios: pd.DataFrame
    source: str | None = None
    targets: pd.DataFrame | None = None
    notes: Mapping[str, pd.DataFrame] = field(default_factory=dict, compare=False)
    locks: pd.DataFrame | None = None
    rows: Mapping[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    sheet_names: Mapping[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Office:
    """One office, base-year values resolved (contract staff derived, defaults applied)."""

    id: str
    name: str
    level: str  # provincial | municipal | county
    parent: str | None
    province: str  # id of the root (provincial) office it belongs to
    regions: tuple[str, ...]
    workload0: float  # person-times / year, base year
    posts0: int
    actual0: int
    staff0: int  # min(posts0, actual0)
    contract0: int  # given, or actual0 - staff0
    pro0: int
    cost_staff: float  # 万元 / person-year
    cost_contract: float
    digital0: float  # 万元
    manual_floor: float  # fraction
    appropriation0: float  # 万元 / year
    overhead: float  # 万元 / year
    fund_spending0: float  # 万元 / year
    goods_services: float  # 万元 / year, fixed goods & services
    capital: float  # 万元 / year, capital construction besides IT investment
    min_staff: int
    post_step: int
    hire_cap: int  # persons / year
    contract_cap: int  # 编外人员控制数: the offices sheet's cell, else contract0


@dataclass(frozen=True)
class Instance:
    """Everything the model needs for one run, derived from :class:`InputData` + :class:`Settings`.

    All yearly mappings cover the plan years ``settings.years`` only; base-year values live on
    :class:`Office`. ``pool_of`` maps office id → budget pool (fund regime); ``fund_spend`` is
    fund spending per pool and plan year (万元), the cap being ``budget.fund_share`` of it.
    ``target`` is the path of each level's parameter ``target.<level>`` (over all offices of
    the level); ``office_target`` the published target of each office and year after the
    targets sheet (province row, then region row, then the level parameter; see
    :func:`office_targets`). ``online_share0`` is each office's base-year online share
    ``σ0`` (:func:`online_share0`).
    """

    settings: Settings
    offices: tuple[Office, ...]
    workload: Mapping[tuple[str, int], float]  # (office, year) -> person-times
    appropriation: Mapping[tuple[str, int], float]  # (office, year) -> 万元
    target: Mapping[tuple[str, int], float]  # (level, year) -> person-times per staff
    pool_of: Mapping[str, str]  # office -> pool
    fund_spend: Mapping[tuple[str, int], float]  # (pool, year) -> 万元
    standard_posts: Mapping[tuple[str, int], int]  # (office, year) -> posts; empty if no rule
    locks: tuple[Lock, ...] = ()  # rows of the locks sheet, checked against the settings
    data: InputData | None = field(default=None, compare=False)
    office_target: Mapping[tuple[str, int], float] = field(default_factory=dict)  # (office, year)
    online_share0: Mapping[str, float] = field(default_factory=dict)  # office -> σ0

    @property
    def base_year(self) -> int:
        """The observed year t0."""
        return self.settings.int("base_year")

    @property
    def years(self) -> tuple[int, ...]:
        """Plan years t0+1 … t0+H."""
        return self.settings.years

    @property
    def provinces(self) -> tuple[str, ...]:
        """Ids of the root (provincial) offices, in input order."""
        seen: dict[str, None] = {}
        for office in self.offices:
            seen.setdefault(office.province, None)
        return tuple(seen)

    @property
    def pools(self) -> tuple[str, ...]:
        """Budget pools in first-seen order."""
        return tuple(dict.fromkeys(self.pool_of[o.id] for o in self.offices))


# --------------------------------------------------------------------------------------------
# build_instance: InputData + Settings -> Instance
# --------------------------------------------------------------------------------------------
#: Pool name of the single fund-regime pool when ``budget.pool = instance``.
POOL_ALL = "all"


def build_instance(data: InputData, settings: Settings) -> Instance:
    """Combine validated input data with one run's settings into an :class:`Instance`.

    Derives, per office: ``staff0 = min(posts0, actual0)``; ``contract0`` (given, else
    ``actual0 − staff0``); the province (walking parents to the root); ``min_staff`` and
    ``post_step`` (the office's value, else the level's / global parameter); ``contract_cap``
    (the office's 编外人员控制数, else today's contract staff ``contract0``);
    ``hire_cap = max(staff.hire_min, ⌈staff.hire_rate · staff0⌉)``. Per plan year: workload
    (``workload_by_year`` rows override; otherwise the previous year's value grown by the
    office's growth + ``workload.growth_extra``), appropriation (``budget_by_year`` rows
    override ``budget.growth`` likewise), fund spending per pool (sum of the pool's offices'
    ``fund_spending`` grown by ``fund.growth``), the load-ratio target path per level and the
    staffing-standard posts, the published target of each office (targets sheet) and the
    base-year online share; the locks (:mod:`staffopt.locks`, checked against the run's settings
    by :func:`staffopt.model.locks.check_locks`). Raises :class:`InputError` for structural problems
    the validator should have caught (unknown parent, parent cycle, yearly row for an unknown
    office, a targets row naming no province or region).
    """
    table = data.offices
    rows = _sheet_rows(table)
    parents = {str(r["office_id"]): _text(r["parent_id"]) for r in table.to_dict("records")}
    province = _provinces(parents, rows)
    offices = tuple(
        _office(rec, province[str(rec["office_id"])], settings) for rec in table.to_dict("records")
    )
    years = settings.years
    workload = _yearly_path(
        offices, years, data.workload_by_year, "workload_by_year", "workload",
        base=lambda o: o.workload0,
        growth=_growth_by_office(table, settings),
    )
    budget_growth = settings.float("budget.growth")
    appropriation = _yearly_path(
        offices, years, data.budget_by_year, "budget_by_year", "appropriation",
        base=lambda o: o.appropriation0,
        growth={o.id: budget_growth for o in offices},
    )
    pooling = settings.str("budget.pool")
    pool_of = {o.id: (o.province if pooling == "province" else POOL_ALL) for o in offices}
    fund_spend = _fund_spend(offices, pool_of, years, settings.float("fund.growth"))
    target = _targets(offices, years, settings)
    office_target = office_targets(offices, years, settings, data.targets)
    std: dict[tuple[str, int], int] = {}
    for o in offices:
        for t in years:
            value = standard_posts(o.level, workload[o.id, t], settings)
            if value is not None:
                std[o.id, t] = value
    return Instance(
        settings=settings, offices=offices, workload=workload, appropriation=appropriation,
        target=target, pool_of=pool_of, fund_spend=fund_spend, standard_posts=std, data=data,
        office_target=office_target, online_share0=online_share0(offices, settings),
        locks=locks_from(data.locks),
    )


def _text(value: object) -> str:
    return "" if _missing(value) else str(value).strip()


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _sheet_rows(table: pd.DataFrame) -> dict[str, int]:
    """Spreadsheet row of each office (the ``row`` column when present, else index + 2)."""
    ids = [str(x) for x in table["office_id"]]
    if "row" in table.columns:
        return {i: int(r) for i, r in zip(ids, table["row"], strict=True)}
    return {i: n + 2 for n, i in enumerate(ids)}


def _provinces(parents: Mapping[str, str], rows: Mapping[str, int]) -> dict[str, str]:
    out: dict[str, str] = {}
    problems: list[Problem] = []
    for office in parents:
        seen = [office]
        current = office
        while parents[current]:
            parent = parents[current]
            if parent not in parents:
                problems.append(Problem("offices", rows[current], "parent_id", parent,
                                        Msg("expect.office_in_offices")))
                break
            if parent in seen:
                problems.append(Problem("offices", rows[office], "parent_id", parents[office],
                                        Msg("expect.no_cycle_found")))
                break
            seen.append(parent)
            current = parent
        out[office] = current
    if problems:
        raise InputError(problems)
    return out


def _get(rec: Mapping[Any, Any], key: str, default: float | None) -> Any:
    """``rec[key]``, or ``default`` when the column is absent or the cell empty."""
    value = rec.get(key)
    return default if _missing(value) else value


def _office(rec: Mapping[Any, Any], province: str, settings: Settings) -> Office:
    level = str(rec["level"])
    posts0 = int(rec["posts"])
    actual0 = int(rec["actual_staff"])
    staff0 = min(posts0, actual0)
    contract0 = int(_get(rec, "contract_staff", actual0 - staff0))
    hire_cap = max(settings.int("staff.hire_min"),
                   math.ceil(settings.float("staff.hire_rate") * staff0 - ROUNDING_SLACK))
    pattern = "|".join(map(re.escape, REGION_SEPARATORS))
    regions = tuple(tag.strip() for tag in re.split(pattern, _text(rec.get("regions"))) if tag.strip())
    return Office(
        id=str(rec["office_id"]), name=str(rec["name"]), level=level,
        parent=_text(rec.get("parent_id")) or None, province=province, regions=regions,
        workload0=float(rec["workload"]),
        posts0=posts0, actual0=actual0, staff0=staff0,
        contract0=contract0,
        pro0=min(int(_get(rec, "professional_staff", 0)), staff0),
        cost_staff=float(rec["cost_staff"]),
        cost_contract=float(rec["cost_contract"]),
        digital0=float(_get(rec, "digital_capital", 0.0)),
        manual_floor=float(_get(rec, "manual_floor", 0.3)),
        appropriation0=float(rec["appropriation"]),
        overhead=float(_get(rec, "overhead", 0.0)),
        fund_spending0=float(_get(rec, "fund_spending", 0.0)),
        goods_services=float(_get(rec, "goods_services", 0.0)),
        capital=float(_get(rec, "capital", 0.0)),
        min_staff=int(_get(rec, "min_staff", settings.int(level_key("staff.min", level)))),
        post_step=int(_get(rec, "post_step", settings.int("posts.step"))),
        hire_cap=hire_cap,
        contract_cap=int(_get(rec, "contract_cap", contract0)),
    )


def _growth_by_office(table: pd.DataFrame, settings: Settings) -> dict[str, float]:
    extra = settings.float("workload.growth_extra")
    growth = table["workload_growth"] if "workload_growth" in table.columns else [0.0] * len(table)
    return {
        str(i): (0.0 if _missing(g) else float(g)) + extra
        for i, g in zip(table["office_id"], growth, strict=True)
    }


def _yearly_path(
    offices: tuple[Office, ...],
    years: tuple[int, ...],
    overrides: pd.DataFrame,
    sheet: str,
    column: str,
    *,
    base: Callable[[Office], float],
    growth: Mapping[str, float],
) -> dict[tuple[str, int], float]:
    """Yearly values: an override row wins, else the previous year's value times (1 + growth)."""
    given: dict[tuple[str, int], float] = {}
    known = {o.id for o in offices}
    problems: list[Problem] = []
    if overrides is not None and not overrides.empty:
        for n, rec in enumerate(overrides.to_dict("records")):
            office = str(rec["office_id"])
            row = int(rec["row"]) if "row" in rec and not _missing(rec["row"]) else n + 2
            if office not in known:
                problems.append(Problem(sheet, row, "office_id", office, Msg("expect.office_in_offices")))
                continue
            given[office, int(rec["year"])] = float(rec[column])
    if problems:
        raise InputError(problems)
    out: dict[tuple[str, int], float] = {}
    for o in offices:
        value = base(o)
        for t in years:
            value = given.get((o.id, t), value * (1.0 + growth[o.id]))
            out[o.id, t] = value
    return out


def _fund_spend(
    offices: tuple[Office, ...], pool_of: Mapping[str, str], years: tuple[int, ...], growth: float
) -> dict[tuple[str, int], float]:
    base: dict[str, float] = {}
    for o in offices:
        base[pool_of[o.id]] = base.get(pool_of[o.id], 0.0) + o.fund_spending0
    return {
        (pool, t): value * (1.0 + growth) ** (k + 1)
        for pool, value in base.items()
        for k, t in enumerate(years)
    }


def _path(ratio0: float, goal: float, reach: int, t0: int, t: int) -> float:
    """Target in year ``t``: linear from ``ratio0`` (base year) to ``goal`` in ``reach``, when tightening."""
    if reach > t0 + 1 and t < reach and ratio0 > goal:
        return ratio0 + (goal - ratio0) * (t - t0) / (reach - t0)
    return goal


def _ratio0(members: list[Office], goal: float) -> float:
    """Base-year nominal ratio Σ workload0 / Σ (staff0 + contract0) of ``members`` (``goal`` if no staff)."""
    people = sum(o.staff0 + o.contract0 for o in members)
    return sum(o.workload0 for o in members) / people if people > 0 else goal


def _targets(
    offices: tuple[Office, ...], years: tuple[int, ...], settings: Settings
) -> dict[tuple[str, int], float]:
    """Load-ratio target per level and year.

    With ``target.reach_year`` after the first plan year, the target moves linearly from the
    level's base-year nominal ratio Σ workload0 / Σ (staff0 + contract0) to the goal, reached
    in ``reach_year`` and kept after; a level already at or below its goal gets the goal
    throughout (targets only tighten).
    """
    t0 = settings.int("base_year")
    reach = settings.int("target.reach_year")
    out: dict[tuple[str, int], float] = {}
    for level in LEVELS:
        goal = settings.float(level_key("target", level))
        ratio0 = _ratio0([o for o in offices if o.level == level], goal)
        for t in years:
            out[level, t] = _path(ratio0, goal, reach, t0, t)
    return out


#: Sheet key of the targets sheet (error messages about rows built outside the reader).
TARGETS_SHEET = "targets"


def _target_records(frame: pd.DataFrame | None) -> list[dict[str, Any]]:
    """Rows of the targets sheet: ``area``, ``level``, ``target``, ``reach_year`` (None if empty), ``row``."""
    if frame is None or frame.empty:
        return []
    out = []
    for n, rec in enumerate(frame.to_dict("records")):
        reach, row = rec.get("reach_year"), rec.get("row")
        out.append({"area": _text(rec["area"]), "level": str(rec["level"]), "target": float(rec["target"]),
                    "reach_year": None if reach is None or _missing(reach) else int(reach),
                    "row": n + 2 if row is None or _missing(row) else int(row)})
    return out


def office_targets(
    offices: tuple[Office, ...], years: tuple[int, ...], settings: Settings, rows: pd.DataFrame | None,
) -> dict[tuple[str, int], float]:
    """Published load-ratio target of each office and plan year (targets sheet, then parameters).

    Each office takes, in this order of precedence: the targets row of its province (``area`` =
    the root office id) and level; else the lowest target among the rows of its region tags and
    level (the strictest standard, whatever the row order); else the parameter
    ``target.<level>``. Offices that take the same row (or the same level parameter) form a
    group; each group's target moves from the group's base-year nominal ratio Σ N0 / Σ heads0
    to its goal by the row's reach year (empty: ``target.reach_year``), as in :func:`_targets`.
    Raises :class:`InputError` for a row whose area is neither a province id nor a region tag,
    that matches no office of its level, or repeats an (area, level) pair.
    """
    records = _target_records(rows)
    roots = {o.id for o in offices if o.parent is None}
    tags = {tag for o in offices for tag in o.regions}
    rule: dict[tuple[str, str], dict[str, Any]] = {}
    problems: list[Problem] = []
    for rec in records:
        area, level, row = rec["area"], rec["level"], rec["row"]
        kind = "province" if area in roots else ("region" if area in tags else None)
        if kind is None:
            problems.append(Problem(TARGETS_SHEET, row, "area", area, Msg("expect.target_area_short")))
            continue
        if not any(o.level == level and (o.province == area if kind == "province" else area in o.regions)
                   for o in offices):
            problems.append(Problem(TARGETS_SHEET, row, "level", level,
                                    Msg("expect.target_level_short", area=repr(area))))
            continue
        if (area, level) in rule:
            problems.append(Problem(TARGETS_SHEET, row, "area", area,
                                    Msg("expect.target_once", area=repr(area), level=Msg(f"level.{level}"),
                                        row=rule[area, level]["row"])))
            continue
        rule[area, level] = {**rec, "kind": kind}
    if problems:
        raise InputError(problems)
    groups: dict[tuple[str, str], list[Office]] = {}
    for o in offices:
        key = ("", o.level)
        own = rule.get((o.province, o.level))
        if own is not None and own["kind"] == "province":
            key = (o.province, o.level)
        else:
            regional = [(rule[tag, o.level]["target"], tag) for tag in o.regions
                        if (tag, o.level) in rule and rule[tag, o.level]["kind"] == "region"]
            if regional:
                key = (min(regional)[1], o.level)
        groups.setdefault(key, []).append(o)
    t0 = settings.int("base_year")
    default_reach = settings.int("target.reach_year")
    out: dict[tuple[str, int], float] = {}
    for (area, level), members in groups.items():
        if area:
            goal, reach = rule[area, level]["target"], rule[area, level]["reach_year"]
            reach = default_reach if reach is None else reach
        else:
            goal, reach = settings.float(level_key("target", level)), default_reach
        ratio0 = _ratio0(members, goal)
        for o in members:
            for t in years:
                out[o.id, t] = _path(ratio0, goal, reach, t0, t)
    return out


#: Largest base-year online share taken (a guard: the model's manual target is ``(1 − σ0)·s``).
ONLINE_SHARE0_MAX = 0.95


def online_share0(offices: tuple[Office, ...], settings: Settings) -> dict[str, float]:
    """Base-year online share ``σ0`` of each office: what today's digital service already serves.

    ``σ0[o] = min(1 − manual_floor[o], (yield·digital0[o] + share·N0[o]·E)/N0[o], 0.95)`` with
    ``yield = digital.yield``, ``share = platform.share`` and ``E = 1`` when ``platform.existing``
    (every province runs its shared platform in the base year), else 0; ``σ0 = 0`` when
    ``digital.enabled`` is false (the plan then has no online service at all) or ``N0 = 0``.
    A published target ``s`` counts heads at this share (the papers' ratios are nominal,
    workload per head with today's online service behind it), so the model asks
    ``N − online − unmet ≤ (1 − σ0)·s·capacity`` (``docs/model.md``, family 9).
    """
    if not settings.bool("digital.enabled"):
        return {o.id: 0.0 for o in offices}
    yld = settings.float("digital.yield")
    share = settings.float("platform.share") if settings.bool("platform.existing") else 0.0
    out = {}
    for o in offices:
        if o.workload0 <= 0:
            out[o.id] = 0.0
            continue
        capacity = (yld * o.digital0 + share * o.workload0) / o.workload0
        out[o.id] = max(0.0, min(1.0 - o.manual_floor, capacity, ONLINE_SHARE0_MAX))
    return out
