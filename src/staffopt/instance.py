"""Typed, validated data: what the reader produces (:class:`InputData`) and what the model
consumes (:class:`Instance`, the input data combined with one run's :class:`Settings`).

Stage order: ``io`` (workbook → :class:`InputData`, validated) → ``build_instance`` (+ settings
→ :class:`Instance`) → ``model`` → ``solve`` → ``results`` → ``report``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from staffopt.settings import Settings


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
