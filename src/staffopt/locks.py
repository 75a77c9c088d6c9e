"""Locks: posts, established staff or contract staff of an office fixed or bounded in a plan year.

The ``locks`` / ``锁定`` sheet holds decisions already taken outside the model — posts approved
by the establishment office (编办), a recruitment plan, a cap on contract staff — one row per
office, plan year and quantity (``what`` ∈ posts, staff, contract), with ``min``, ``max`` or
both (``min = max`` fixes the value). They are applied to the model as bounds on the variable
of that office and year (:mod:`staffopt.model.locks`), shown beside the plan's value in the
report, and re-checked by the independent plan checker.

This module is the data side: :class:`Lock`, read from ``InputData.locks``, and the lock table
of the report. The sheet-level rules (office known, plan year, one row per office, year and
quantity, ``min ≤ max``, a bound given) are in :mod:`staffopt.validate`; the rules a lock must
meet against the run's settings and offices — a plan year of the run, bounds the rules can
reach — in :func:`staffopt.model.locks.lock_problems`, with the model's own bounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas loads when a frame is built (``staffopt validate`` never builds one)
    import pandas as pd

from staffopt.schema import SHEETS_BY_KEY
from staffopt.settings import Settings
from staffopt.text import Msg, t

#: Sheet name used in problems found after reading (the reader renames it to the file's sheet).
LOCKS_SHEET = SHEETS_BY_KEY["locks"].label("en")


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
    import pandas as pd

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
    return t(f"lock.what.{what}", lang)


def _missing(value: Any) -> bool:
    """None, NaN or pandas' NA (told apart without importing pandas)."""
    return value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NAType"


def _int_or_none(value: Any) -> int | None:
    if _missing(value):
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
                        note="" if _missing(note) else str(note)))
    return tuple(out)


def year_expected(settings: Settings) -> Msg:
    """What the year of a lock must be: a plan year of the run."""
    years = settings.years
    return Msg("expect.lock_year", first=years[0], last=years[-1], base_year=settings.int("base_year"),
               horizon=settings.int("horizon"))
