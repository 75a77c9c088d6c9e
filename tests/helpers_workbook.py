"""Plain builders of small input workbooks for the reader/validator/writer tests (openpyxl only)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl

from staffopt.schema import SHEETS_BY_KEY, Lang

#: A valid four-office province (rows 2-5 of the offices sheet, in this order).
BASE_OFFICES: tuple[dict[str, Any], ...] = (
    {"office_id": "P1", "name": "示例省社保中心", "level": "provincial", "workload": 1_000_000,
     "posts": 100, "actual_staff": 110, "professional_staff": 20, "cost_staff": 15.0,
     "cost_contract": 8.0, "appropriation": 3000.0},
    {"office_id": "M1", "name": "甲市社保中心", "level": "municipal", "parent_id": "P1",
     "regions": "长三角", "workload": 2_000_000, "posts": 150, "actual_staff": 170,
     "contract_staff": 20, "professional_staff": 30, "cost_staff": 12.0, "cost_contract": 6.0,
     "appropriation": 2500.0, "min_staff": 10},
    {"office_id": "C1", "name": "甲县社保中心", "level": "county", "parent_id": "M1",
     "workload": 500_000, "posts": 40, "actual_staff": 45, "professional_staff": 5,
     "cost_staff": 10.0, "cost_contract": 5.0, "appropriation": 700.0, "manual_floor": 0.5},
    {"office_id": "C2", "name": "乙县社保中心", "level": "county", "parent_id": "M1",
     "workload": 300_000, "posts": 30, "actual_staff": 28, "professional_staff": 3,
     "cost_staff": 10.0, "cost_contract": 5.0, "appropriation": 500.0, "post_step": 2},
)

#: Spreadsheet row of each base office.
ROW = {"P1": 2, "M1": 3, "C1": 4, "C2": 5}


def label(sheet: str, key: str, lang: Lang = "en") -> str:
    """Header of column ``key`` of ``sheet`` in ``lang`` (from the schema)."""
    return SHEETS_BY_KEY[sheet].column(key).label(lang)


def table_rows(sheet: str, records: Sequence[dict[str, Any]], lang: Lang = "en",
               columns: Sequence[str] | None = None) -> list[list[Any]]:
    """Header row + one row per record, columns in schema order (or ``columns``)."""
    keys = list(columns) if columns is not None else [f.key for f in SHEETS_BY_KEY[sheet].columns]
    header = [label(sheet, k, lang) for k in keys]
    return [header] + [[record.get(k) for k in keys] for record in records]


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """Write ``sheets`` (name → rows of raw values) with openpyxl; return ``path``."""
    wb = openpyxl.Workbook()
    default = wb.active
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    if default is not None:
        wb.remove(default)
    wb.save(path)
    return path


def replace_office(key: str, **changes: Any) -> list[dict[str, Any]]:
    """The base offices with the office ``key`` changed (a value of ``None`` empties the cell)."""
    return [{**o, **changes} if o["office_id"] == key else dict(o) for o in BASE_OFFICES]
