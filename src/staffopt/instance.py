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
    ``min_staff`` and ``post_step`` which stay missing (``pd.NA``) when the user left them
    empty (they are derived in :func:`build_instance`). ``workload_by_year`` and
    ``budget_by_year`` may be empty frames with the schema columns. ``scenarios`` has the
    columns of ``schema.SCENARIO_COLUMNS`` plus ``row`` (the spreadsheet row, for errors).
    ``parameters`` holds the parameters sheet (defaults for missing keys).
    """

    offices: pd.DataFrame
    parameters: Settings
    workload_by_year: pd.DataFrame
    budget_by_year: pd.DataFrame
    scenarios: pd.DataFrame
    source: str | None = None


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
    min_staff: int
    post_step: int
    hire_cap: int  # persons / year


@dataclass(frozen=True)
class Instance:
    """Everything the model needs for one run, derived from :class:`InputData` + :class:`Settings`.

    All yearly mappings cover the plan years ``settings.years`` only; base-year values live on
    :class:`Office`. ``pool_of`` maps office id → budget pool (fund regime); ``fund_spend`` is
    fund spending per pool and plan year (万元), the cap being ``budget.fund_share`` of it.
    """

    settings: Settings
    offices: tuple[Office, ...]
    workload: Mapping[tuple[str, int], float]  # (office, year) -> person-times
    appropriation: Mapping[tuple[str, int], float]  # (office, year) -> 万元
    target: Mapping[tuple[str, int], float]  # (level, year) -> person-times per staff
    pool_of: Mapping[str, str]  # office -> pool
    fund_spend: Mapping[tuple[str, int], float]  # (pool, year) -> 万元
    standard_posts: Mapping[tuple[str, int], int]  # (office, year) -> posts; empty if no rule
    data: InputData | None = field(default=None, compare=False)

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
    ``post_step`` (the office's value, else the level's / global parameter);
    ``hire_cap = max(staff.hire_min, ⌈staff.hire_rate · staff0⌉)``. Per plan year: workload
    (``workload_by_year`` rows override; otherwise the previous year's value grown by the
    office's growth + ``workload.growth_extra``), appropriation (``budget_by_year`` rows
    override ``budget.growth`` likewise), fund spending per pool (sum of the pool's offices'
    ``fund_spending`` grown by ``fund.growth``), the load-ratio target path per level and the
    staffing-standard posts. Raises :class:`InputError` for structural problems the validator
    should have caught (unknown parent, parent cycle, yearly row for an unknown office).
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
    std: dict[tuple[str, int], int] = {}
    for o in offices:
        for t in years:
            value = standard_posts(o.level, workload[o.id, t], settings)
            if value is not None:
                std[o.id, t] = value
    return Instance(
        settings=settings, offices=offices, workload=workload, appropriation=appropriation,
        target=target, pool_of=pool_of, fund_spend=fund_spend, standard_posts=std, data=data,
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
    hire_cap = max(settings.int("staff.hire_min"),
                   math.ceil(settings.float("staff.hire_rate") * staff0 - ROUNDING_SLACK))
    pattern = "|".join(map(re.escape, REGION_SEPARATORS))
    regions = tuple(tag.strip() for tag in re.split(pattern, _text(rec.get("regions"))) if tag.strip())
    return Office(
        id=str(rec["office_id"]), name=str(rec["name"]), level=level,
        parent=_text(rec.get("parent_id")) or None, province=province, regions=regions,
        workload0=float(rec["workload"]),
        posts0=posts0, actual0=actual0, staff0=staff0,
        contract0=int(_get(rec, "contract_staff", actual0 - staff0)),
        pro0=min(int(_get(rec, "professional_staff", 0)), staff0),
        cost_staff=float(rec["cost_staff"]),
        cost_contract=float(rec["cost_contract"]),
        digital0=float(_get(rec, "digital_capital", 0.0)),
        manual_floor=float(_get(rec, "manual_floor", 0.3)),
        appropriation0=float(rec["appropriation"]),
        overhead=float(_get(rec, "overhead", 0.0)),
        fund_spending0=float(_get(rec, "fund_spending", 0.0)),
        min_staff=int(_get(rec, "min_staff", settings.int(level_key("staff.min", level)))),
        post_step=int(_get(rec, "post_step", settings.int("posts.step"))),
        hire_cap=hire_cap,
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
        members = [o for o in offices if o.level == level]
        people = sum(o.staff0 + o.contract0 for o in members)
        ratio0 = sum(o.workload0 for o in members) / people if people > 0 else goal
        for t in years:
            if reach > t0 + 1 and t < reach and ratio0 > goal:
                out[level, t] = ratio0 + (goal - ratio0) * (t - t0) / (reach - t0)
            else:
                out[level, t] = goal
    return out
