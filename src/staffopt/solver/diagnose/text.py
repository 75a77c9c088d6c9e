"""Wording shared by the infeasibility explanations (:mod:`staffopt.solver.diagnose.explain`).

Amounts carry their unit and the house format (money one decimal with thousands separators,
persons whole), and every value that caused a conflict is traced to where the user can change
it: a parameter key and whether it came from ``--set``/a scenario, the parameters sheet or the
default; or an office's cell (sheet, office id and column).
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from staffopt.instance import Instance
from staffopt.schema import PARAMETERS_BY_KEY, SHEETS_BY_KEY, ParamKey, level_key
from staffopt.text import Join, Msg, languages, t
from staffopt.tolerances import SOLVER_TOL

__all__ = ["Msg", "OtherNames", "appropriation_source", "cell", "min_staff_source", "money", "office_name",
           "param", "persons", "post_step_source", "whole", "years_text"]


class OtherNames(Msg):
    """Text ``key`` in the languages other than the one being rendered (English shows ``机构``)."""

    def __init__(self, key: str) -> None:
        """The other-language names of text ``key``."""
        super().__init__("list.slash", key=key)

    def render(self, lang: str) -> str:
        """The text in the other languages, separated by slashes."""
        key = self.params["key"]
        return t(self.key, lang).join(t(key, other) for other in languages() if other != lang)


def money(x: float) -> Msg:
    """``1,234.5 万元`` (the same text in both languages)."""
    return Msg("diag.money", x=x)


def persons(n: int) -> Msg:
    """``1 person`` / ``2 persons`` and ``2 人``."""
    return Msg("diag.person" if n == 1 else "diag.persons", n=n)


def whole(x: float) -> int:
    """A person count from a solver value (within :data:`SOLVER_TOL` of a whole number, else rounded up)."""
    return math.ceil(x - SOLVER_TOL)


def years_text(years: list[int]) -> Msg:
    """``year 2022`` / ``years 2022–2026`` (runs joined by commas) and ``2022年`` / ``2022年至2026年``."""
    ys = sorted(set(years))
    runs: list[tuple[int, int]] = []
    for y in ys:
        if runs and y == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], y)
        else:
            runs.append((y, y))
    joined = Join(tuple(Msg("diag.year_one", year=a) if a == b else Msg("diag.year_run", first=a, last=b)
                        for a, b in runs))
    return Msg("diag.year" if len(ys) == 1 else "diag.years", runs=joined)


def office_name(inst: Instance, office: str) -> Msg:
    """``office 县12 [C12] (county)`` and ``县12[C12](县(区)级)``."""
    o = next(x for x in inst.offices if x.id == office)
    return Msg("diag.office", name=o.name, id=o.id, level=Msg(f"level.{o.level}"))


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def param(inst: Instance, key: ParamKey) -> Msg:
    """``staff.min.county=100000 [from --set or the scenario]`` and its Chinese."""
    value = inst.settings[key]
    given = inst.data.parameters[key] if inst.data is not None else value
    if value != given:
        src = "diag.src.override"
    elif inst.data is not None and value != PARAMETERS_BY_KEY[key].default:
        src = "diag.src.sheet"
    else:
        src = "diag.src.default"
    return Msg("diag.param", key=key, value=_value(value), source=Msg(src))


def _record(inst: Instance, sheet: str, office: str, year: int | None = None) -> dict[str, Any] | None:
    """The row of ``office`` (and ``year``) in ``sheet`` of the input, if it has one."""
    if inst.data is None:
        return None
    table = getattr(inst.data, sheet)
    if table is None or table.empty:
        return None
    return _rows_of(table).get((office, year))


#: Rows of the input tables by (office, year), per table object (a national explanation reads a
#: cell of each of 3,211 offices: scanning the table for each took minutes).
_ROWS: dict[int, tuple[pd.DataFrame, dict[tuple[str, int | None], dict[str, Any]]]] = {}


def _rows_of(table: pd.DataFrame) -> dict[tuple[str, int | None], dict[str, Any]]:
    """The records of ``table`` by (office, year) and (office, None), first row of each winning."""
    cached = _ROWS.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    rows: dict[tuple[str, int | None], dict[str, Any]] = {}
    records: list[dict[str, Any]] = table.to_dict("records")  # type: ignore[assignment]
    for rec in records:
        office = str(rec["office_id"])
        rows.setdefault((office, None), rec)
        if "year" in rec:
            rows.setdefault((office, int(rec["year"])), rec)
    if len(_ROWS) >= 16:
        _ROWS.clear()
    _ROWS[id(table)] = (table, rows)
    return rows


def cell(inst: Instance, sheet: str, office: str, column: str, year: int | None = None) -> Msg | None:
    """``offices sheet (机构), office C12, column 'minimum staff' (最低人员数)`` when that cell is filled.

    The office id (and year) locate the row: the spreadsheet row number is not kept after reading.
    """
    rec = _record(inst, sheet, office, year)
    if rec is None:
        return None
    value = rec.get(column)
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    s = SHEETS_BY_KEY[sheet]
    f = s.column(column)
    at = (Msg("diag.at_office", office=office) if year is None
          else Msg("diag.at_office_year", office=office, year=year))
    return Msg("diag.cell", sheet=Msg(f"input.{s.key}"), also_sheet=OtherNames(f"input.{s.key}"), at=at,
               column=Msg(f.text_key), also_column=OtherNames(f.text_key))


def office_setting(inst: Instance, office: str, column: str, key: ParamKey) -> Msg:
    """Where an office's ``min_staff``/``post_step`` comes from: its own cell, else parameter ``key``."""
    found = cell(inst, "offices", office, column)
    return found if found is not None else param(inst, key)


def min_staff_source(inst: Instance, office: str) -> Msg:
    """Source of the office's minimum staff (cell ``min_staff`` or ``staff.min.<level>``)."""
    level = next(o.level for o in inst.offices if o.id == office)
    return office_setting(inst, office, "min_staff", level_key("staff.min", level))


def post_step_source(inst: Instance, office: str) -> Msg:
    """Source of the office's post step (cell ``post_step`` or ``posts.step``)."""
    return office_setting(inst, office, "post_step", "posts.step")


def appropriation_source(inst: Instance, office: str, year: int) -> Msg:
    """Where the appropriation of ``office`` in ``year`` comes from (budget-by-year row or growth)."""
    given = cell(inst, "budget_by_year", office, "appropriation", year)
    if given is not None:
        return given
    base = cell(inst, "offices", office, "appropriation")
    growth = param(inst, "budget.growth")
    if base is None:
        return Msg("diag.grown", growth=growth)
    return Msg("diag.cell_grown", cell=base, growth=growth)
