"""Locks: posts, established staff or contract staff of an office fixed or bounded in a plan year.

The ``locks`` / ``锁定`` sheet holds decisions already taken outside the model — posts approved
by the establishment office (编办), a recruitment plan, a cap on contract staff — one row per
office, plan year and quantity (``what`` ∈ posts, staff, contract), with ``min``, ``max`` or
both (``min = max`` fixes the value). They are applied to the model as bounds on the variable
of that office and year (:mod:`staffopt.model.locks`), shown beside the plan's value in the
report, and re-checked by the independent plan checker.

This module is the data side: :class:`Lock` and the rules a lock must meet against the run's
settings — its year lies in the plan horizon and its bounds lie within what the rules can reach
(:func:`lock_problems`). The sheet-level rules (office known, one row per office, year and
quantity, ``min ≤ max``, a bound given) are in :mod:`staffopt.validate`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from staffopt.errors import Problem
from staffopt.schema import LOCK_WHAT_LABELS, SHEETS_BY_KEY
from staffopt.settings import Settings

if TYPE_CHECKING:
    from staffopt.instance import Instance
    from staffopt.model.sets import ModelData

#: Sheet name used in problems found after reading (the reader renames it to the file's sheet).
LOCKS_SHEET = SHEETS_BY_KEY["locks"].en


@dataclass(frozen=True)
class Lock:
    """One row of the locks sheet: ``lo ≤ what[office, year] ≤ hi`` (a missing side is ``None``)."""

    row: int  # spreadsheet row of the locks sheet
    office: str
    year: int
    what: str  # posts | staff | contract
    lo: int | None
    hi: int | None
    note: str = ""

    @property
    def fixed(self) -> bool:
        """True when min = max (the value is fixed)."""
        return self.lo is not None and self.lo == self.hi


def locks_against_plan(locks: tuple[Lock, ...], office_year: pd.DataFrame) -> pd.DataFrame:
    """Each lock beside the plan's value of what it locks, and whether it binds.

    One row per lock in sheet order, columns ``lock_row, office_id, name, year, lock_what,
    lock_min, lock_max, plan_value, binds, note``; ``binds`` is True when the plan's value equals
    the min or the max (a fixed lock always binds). Empty when there are no locks or no plan.
    """
    columns = ["lock_row", "office_id", "name", "year", "lock_what", "lock_min", "lock_max", "plan_value",
               "binds", "note"]
    if not locks or office_year.empty:
        return pd.DataFrame(columns=columns)
    rows = {(str(r["office_id"]), int(r["year"])): r for r in office_year.to_dict("records")}
    out = []
    for lock in locks:
        row = rows[lock.office, lock.year]
        value = int(round(float(row[lock.what])))
        out.append({"lock_row": lock.row, "office_id": lock.office, "name": row.get("name"),
                    "year": lock.year, "lock_what": lock.what, "lock_min": lock.lo, "lock_max": lock.hi,
                    "plan_value": value, "binds": value in (lock.lo, lock.hi), "note": lock.note})
    frame = pd.DataFrame(out, columns=columns)
    for key in ("lock_min", "lock_max"):
        frame[key] = frame[key].astype("Int64")
    return frame


def what_label(what: str, lang: str) -> str:
    """Display name of a locked quantity (``posts`` / ``编制`` …)."""
    return LOCK_WHAT_LABELS[what][lang]


def _int_or_none(value: Any) -> int | None:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return int(value)


def locks_from(frame: pd.DataFrame | None) -> tuple[Lock, ...]:
    """The :class:`Lock` of each row of a locks frame (``InputData.locks``), in sheet order."""
    if frame is None or frame.empty:
        return ()
    out = []
    for n, rec in enumerate(frame.to_dict("records")):
        row = _int_or_none(rec.get("row"))
        note = rec.get("note")
        out.append(Lock(row=row if row is not None else n + 2, office=str(rec["office_id"]),
                        year=int(rec["year"]), what=str(rec["what"]), lo=_int_or_none(rec.get("min")),
                        hi=_int_or_none(rec.get("max")),
                        note="" if note is None or note is pd.NA or note != note else str(note)))
    return tuple(out)


def year_expected(settings: Settings) -> str:
    """What the year of a lock must be: a plan year of the run."""
    years = settings.years
    return (f"a plan year from {years[0]} to {years[-1]} (base_year={settings.int('base_year')}, "
            f"horizon={settings.int('horizon')}): a lock outside the plan would be ignored")


def _problem(lock: Lock, column: str, value: Any, expected: str) -> Problem:
    return Problem(LOCKS_SHEET, lock.row, column, value, expected)


def lock_problems(instance: Instance) -> list[Problem]:
    """Locks that cannot hold under the run's settings, each named by its row of the locks sheet.

    Checked from the data alone, with the variable bounds of the model
    (:func:`staffopt.model.sets.derive`), so a lock the rules cannot reach is an input error
    (exit 2), not an infeasible solve:

    * the office exists and the year is a plan year (``t0 < year ≤ t0 + H``);
    * posts: ``max ≥ posts_least[o,t]`` and ``min ≤ posts0 + step·k`` — posts change by at most
      ``step`` a year and never fall below the established staff attrition keeps;
    * established staff: ``max ≥ ⌊(1 − a)^k·staff0 + δ⌋`` (they leave only by attrition) and
      ``min ≤ min(staff0 + hire_cap·k, posts0 + step·k)`` (hiring cap, posts);
    * contract staff: ``min ≤ contract0`` when ``contract.no_new`` forbids growth;
    * the posts of an office and year hold its locked established staff: posts ``max ≥`` staff ``min``.

    What can only be seen with the whole plan (a lock against the budget or the minimum staff,
    posts locked in two years further apart than ``step`` allows) is left to the solver: an
    infeasible run then names the lock's row (:mod:`staffopt.model.diagnose`).
    """
    from staffopt.model.sets import derive

    if not instance.locks:
        return []
    offices = {o.id: o for o in instance.offices}
    years = set(instance.years)
    problems: list[Problem] = []
    valid: list[Lock] = []
    for lock in instance.locks:
        if lock.office not in offices:
            problems.append(_problem(lock, "office id", lock.office,
                                     "the office id of an office in the offices sheet"))
        elif lock.year not in years:
            problems.append(_problem(lock, "year", lock.year, year_expected(instance.settings)))
        else:
            valid.append(lock)
    if valid:
        data = derive(instance)
        check = {"posts": _posts_lock, "staff": _staff_lock, "contract": _contract_lock}
        for lock in valid:
            problems.extend(check[lock.what](instance, data, lock))
        problems.extend(_posts_below_staff(valid))
    return sorted(problems, key=lambda p: p.row or 0)


def _posts_lock(instance: Instance, data: ModelData, lock: Lock) -> list[Problem]:
    """Posts within ``[posts_least, posts0 + step·k]``."""
    from staffopt.model.diagnose_text import param, post_step_source

    o, t, t0 = data.offices[lock.office], lock.year, instance.base_year
    least, most = data.posts_least[o.id, t], data.posts_most[o.id, t]
    reach = (f"posts can be {least:,d} to {most:,d} in {t}: {o.posts0:,d} in {t0}, changing by at most "
             f"{o.post_step:,d} a year ({post_step_source(instance, o.id)[0]})")
    out = []
    if lock.lo is not None and lock.lo > most:
        out.append(_problem(lock, "min", lock.lo, f"at most {most:,d} persons: {reach}"))
    if lock.hi is not None and lock.hi < least:
        floor = data.staff_floor[o.id, t]
        why = (f", and never fewer than the {floor:,d} established staff attrition keeps "
               f"({param(instance, 'staff.attrition')[0]})" if least == floor else "")
        out.append(_problem(lock, "max", lock.hi, f"at least {least:,d} persons: {reach}{why}"))
    return out


def _staff_lock(instance: Instance, data: ModelData, lock: Lock) -> list[Problem]:
    """Established staff within ``[staff_floor, staff_most]`` (attrition; hiring cap and posts)."""
    from staffopt.model.diagnose_text import param, post_step_source

    o, t, t0 = data.offices[lock.office], lock.year, instance.base_year
    floor, most = data.staff_floor[o.id, t], data.staff_most[o.id, t]
    out = []
    if lock.hi is not None and lock.hi < floor:
        out.append(_problem(lock, "max", lock.hi, (
            f"at least {floor:,d} persons: established staff leave only by attrition "
            f"({param(instance, 'staff.attrition')[0]}), so of the {o.staff0:,d} in {t0} at least "
            f"{floor:,d} remain in {t}")))
    if lock.lo is not None and lock.lo > most:
        if o.staff0 + o.hire_cap * (t - t0) <= data.posts_most[o.id, t]:
            rate, least = param(instance, "staff.hire_rate")[0], param(instance, "staff.hire_min")[0]
            why = f"{o.staff0:,d} in {t0} plus at most {o.hire_cap:,d} hired a year ({rate}, {least})"
        else:
            why = (f"established staff need posts, and posts reach at most {most:,d} "
                   f"({post_step_source(instance, o.id)[0]})")
        out.append(_problem(lock, "min", lock.lo, f"at most {most:,d} persons in {t}: {why}"))
    return out


def _contract_lock(instance: Instance, data: ModelData, lock: Lock) -> list[Problem]:
    """Contract staff at most ``contract0`` when ``contract.no_new``."""
    from staffopt.model.diagnose_text import param

    o, t0 = data.offices[lock.office], instance.base_year
    if instance.settings.bool("contract.no_new") and lock.lo is not None and lock.lo > o.contract0:
        return [_problem(lock, "min", lock.lo, (
            f"at most {o.contract0:,d} persons: contract staff may not grow "
            f"({param(instance, 'contract.no_new')[0]}) and the office has {o.contract0:,d} in {t0}"))]
    return []


def _posts_below_staff(locks: list[Lock]) -> list[Problem]:
    """A posts lock whose max is below the staff lock's min of the same office and year."""
    staff_min: Mapping[tuple[str, int], Lock] = {
        (lk.office, lk.year): lk for lk in locks if lk.what == "staff" and lk.lo is not None}
    out = []
    for lock in locks:
        other = staff_min.get((lock.office, lock.year))
        if lock.what == "posts" and lock.hi is not None and other is not None and other.lo is not None \
                and lock.hi < other.lo:
            out.append(_problem(lock, "max", lock.hi, (
                f"at least {other.lo:,d} persons: established staff hold posts, and row {other.row} "
                f"locks at least {other.lo:,d} established staff in {lock.year}")))
    return out
