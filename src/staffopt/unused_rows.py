"""Rows of the yearly tables that a run does not use, named so that no figure is dropped unseen.

The yearly tables (``workload_by_year``, ``budget_by_year``) give values for plan years. A row
for a year outside the run's plan years ``base_year + 1 … base_year + horizon`` has no effect:
a 2032 typed for 2023, or a horizon shortened with ``--set horizon=…``. The validator refuses
years up to the workbook's base year; every other unused row is listed here as a warning (in
``staffopt validate`` and before each run), with its sheet and spreadsheet rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from staffopt.schema import SHEETS_BY_KEY, Lang
from staffopt.settings import Settings
from staffopt.text import t

if TYPE_CHECKING:  # ``staffopt validate`` checks tables without loading pandas
    from staffopt.instance import InputData
    from staffopt.validate import Tables

#: Table key → ``(spreadsheet row, office id, year)`` of each unused row.
Unused = dict[str, list[tuple[int, str, int]]]

#: The yearly tables, by key.
YEARLY = ("workload_by_year", "budget_by_year")
#: Most rows one warning lists.
SHOW = 5


def unused_yearly_rows(data: InputData, settings: Settings) -> Unused:
    """Table key → ``(spreadsheet row, office id, year)`` of each row outside ``settings.years``.

    The spreadsheet row is ``0`` when ``data`` was not read from a workbook.
    """
    years = set(settings.years)
    out: dict[str, list[tuple[int, str, int]]] = {}
    for key in YEARLY:
        frame = getattr(data, key)
        if frame.empty:
            continue
        numbers = data.rows.get(key, ())
        unused = [
            (numbers[i] if i < len(numbers) else 0, str(office), int(year))
            for i, (office, year) in enumerate(zip(frame["office_id"], frame["year"], strict=True))
            if int(year) not in years
        ]
        if unused:
            out[key] = unused
    return out


def unused_table_rows(tables: Tables, settings: Settings) -> Unused:
    """:func:`unused_yearly_rows` on checked tables (``staffopt validate``: no frames built)."""
    years = set(settings.years)
    out: Unused = {}
    for key in YEARLY:
        table = tables.get(key)
        if table is None:
            continue
        unused = [(row.number, str(values.get("office_id")), int(values["year"]))
                  for row, values in zip(table.rows, table.values, strict=True)
                  if values.get("year") is not None and int(values["year"]) not in years]
        if unused:
            out[key] = unused
    return out


def unused_rows_notes(data: InputData, settings: Settings, lang: Lang) -> list[str]:
    """One warning per yearly table with rows outside the run's plan years (empty when none)."""
    return notes_for(unused_yearly_rows(data, settings), data.sheet_names, settings, lang)


def notes_for(unused: Unused, sheet_names: Mapping[str, str], settings: Settings, lang: Lang) -> list[str]:
    """The warnings of :func:`unused_rows_notes` for rows found by either finder."""
    years = settings.years
    span = f"{years[0]}–{years[-1]}"
    notes = []
    for key, rows in unused.items():
        sheet = sheet_names.get(key) or SHEETS_BY_KEY[key].label(lang)
        shown = rows[:SHOW]
        items = t("list.comma", lang).join(
            t("unused.row" if n else "unused.row_no_number", lang, row=n, office=office, year=year)
            for n, office, year in shown)
        more = t("unused.more", lang, n=len(rows) - SHOW) if len(rows) > SHOW else ""
        notes.append(t("unused.note", lang, sheet=sheet, items=items, more=more, span=span))
    return notes
