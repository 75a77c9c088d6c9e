"""Formatted Excel sheets from result tables (reusable by every report of staffopt).

The helpers here write a DataFrame whose columns are keys of ``schema.OUTPUT_COLUMNS`` as a
sheet a person would have formatted: headers from the schema in English or Chinese with units,
the schema's number formats, frozen header, column widths, an auto-filter, level names in the
report's language, and conditional colour where a load ratio exceeds its target.

Every cell holds a value (no formulas). Every string is written as text, even one starting with
``=`` (no formula injection from office names or scenario names).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from staffopt.report.labels import text
from staffopt.schema import LEVEL_LABELS, OUTPUT_COLUMNS_BY_KEY, Lang, level_label, output_label

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
TITLE_FONT = Font(bold=True, size=14)
SECTION_FONT = Font(bold=True, size=12)
OVER_TARGET_FILL = PatternFill("solid", start_color="F8CBAD", end_color="F8CBAD")
OVER_TARGET_FONT = Font(color="9C0006")
_THIN = Side(style="thin", color="8EA9DB")
HEADER_BORDER = Border(bottom=_THIN)

#: Load-ratio columns coloured when above the ``target`` column of the same row.
RATIO_KEYS: tuple[str, ...] = ("load_ratio_nominal", "load_ratio_effective")
#: Columns whose values are level keys, shown as level names in the report's language.
LEVEL_KEYS: tuple[str, ...] = ("level",)
_MAX_WIDTH = 42
_MIN_WIDTH = 8


@dataclass(frozen=True)
class TableRange:
    """Where a table landed on a sheet: header row, data rows and the column of each key."""

    header_row: int
    first_row: int
    last_row: int
    columns: Mapping[str, int]

    @property
    def n_rows(self) -> int:
        """Number of data rows."""
        return self.last_row - self.first_row + 1

    def letter(self, key: str) -> str:
        """Column letter of ``key``."""
        return get_column_letter(self.columns[key])


def to_cell_value(value: Any) -> Any:
    """Convert to a value openpyxl can store: NaN/NA become empty, numpy scalars plain numbers."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()  # numpy scalar -> Python scalar
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def write_cell(ws: Worksheet, row: int, col: int, value: Any, number_format: str | None = None) -> Cell:
    """Write one value; strings are always text (never a formula), control characters dropped."""
    value = to_cell_value(value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = ws.cell(row=row, column=col)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # "=SUM(..)" from an office name stays text
        if value.startswith(("=", "+", "-", "@")):
            cell.quotePrefix = True
    elif number_format and value is not None and not isinstance(value, bool):
        cell.number_format = number_format
    return cell


def header_label(key: str, lang: Lang) -> str:
    """Column header of output column ``key`` with its unit (KeyError when not in the schema)."""
    return output_label(key, lang)


def display_value(key: str, value: Any, lang: Lang) -> Any:
    """Return a table value as shown in the report (level keys and yes/no in the report's language)."""
    if key in LEVEL_KEYS and isinstance(value, str) and value in LEVEL_LABELS:
        return level_label(value, lang)
    if isinstance(value, bool):
        return text("bool.true" if value else "bool.false", lang)
    return value


def style_header(cell: Cell) -> None:
    """Bold, shaded, wrapped header cell."""
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.border = HEADER_BORDER
    cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def write_table(
    ws: Worksheet,
    frame: pd.DataFrame,
    lang: Lang,
    *,
    start_row: int = 1,
    start_col: int = 1,
    columns: Sequence[str] | None = None,
) -> TableRange:
    """Write ``frame`` (output-column keys) with a header row at ``start_row``; return its range.

    Only ``columns`` are written when given (in that order). Headers come from
    ``schema.OUTPUT_COLUMNS`` (a key missing there is a programming error: add it to the schema).
    """
    keys = list(columns) if columns is not None else [str(c) for c in frame.columns]
    col_of: dict[str, int] = {}
    for j, key in enumerate(keys):
        col = start_col + j
        col_of[key] = col
        style_header(write_cell(ws, start_row, col, header_label(key, lang)))
    formats = [OUTPUT_COLUMNS_BY_KEY[k].number_format for k in keys]
    records = frame[keys].itertuples(index=False, name=None) if keys else iter(())
    row = start_row
    for row_values in records:
        row += 1
        for j, (key, value) in enumerate(zip(keys, row_values, strict=True)):
            fmt = formats[j]
            write_cell(ws, row, start_col + j, display_value(key, value, lang),
                       None if fmt == "General" else fmt)
    return TableRange(start_row, start_row + 1, row, col_of)


def highlight_over_target(ws: Worksheet, table: TableRange, target_key: str = "target") -> None:
    """Colour load-ratio cells above the row's target (Excel conditional formatting)."""
    if target_key not in table.columns or table.n_rows <= 0:
        return
    target = table.letter(target_key)
    for key in RATIO_KEYS:
        if key not in table.columns:
            continue
        col = table.letter(key)
        first = f"{col}{table.first_row}"
        tgt = f"${target}{table.first_row}"
        rule = FormulaRule(
            formula=[f"AND(ISNUMBER({first}),ISNUMBER({tgt}),{first}>{tgt}+0.5)"],
            fill=OVER_TARGET_FILL, font=OVER_TARGET_FONT,
        )
        ws.conditional_formatting.add(f"{col}{table.first_row}:{col}{table.last_row}", rule)


def _text_width(value: Any, number_format: str | None) -> float:
    if value is None:
        return 0
    if isinstance(value, float):
        shown = f"{value:,.2f}" if number_format and "0.00" in number_format else f"{value:,.0f}"
    elif isinstance(value, int) and not isinstance(value, bool):
        shown = f"{value:,}"
    else:
        shown = str(value)
    # East-Asian characters take about two columns.
    return sum(2.2 if ord(ch) > 0x2E7F else 1.1 for ch in shown)


def fit_columns(ws: Worksheet, header_rows: Iterable[int] = (1,), min_row: int = 1,
                max_rows: int = 2000) -> None:
    """Set column widths from the contents; wrap long headers and give them room.

    Looks at rows ``min_row`` … ``min_row + max_rows`` (enough for the widths, cheap on big plans).
    """
    headers = set(header_rows)
    widths: dict[int, float] = {}
    header_text: dict[tuple[int, int], float] = {}
    for row in ws.iter_rows(min_row=min_row, max_row=max(min_row, min(ws.max_row, min_row + max_rows))):
        for cell in row:
            if cell.value is None or not isinstance(cell.column, int):
                continue
            w = _text_width(cell.value, cell.number_format)
            if cell.row in headers:
                header_text[(cell.row, cell.column)] = w
                w = min(w, 18)  # headers wrap
            widths[cell.column] = max(widths.get(cell.column, 0), w)
    for col, w in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = max(_MIN_WIDTH, min(_MAX_WIDTH, w + 2))
    for r in headers:
        lines = 1
        for (hr, col), w in header_text.items():
            if hr == r:
                width = ws.column_dimensions[get_column_letter(col)].width or 10
                lines = max(lines, math.ceil(w / max(1.0, width - 1)))
        ws.row_dimensions[r].height = 15 * min(lines, 4) + 3


def add_table_sheet(
    wb: Workbook,
    title: str,
    frame: pd.DataFrame,
    lang: Lang,
    *,
    columns: Sequence[str] | None = None,
    freeze_columns: int = 0,
    highlight: bool = True,
) -> tuple[Worksheet, TableRange]:
    """Add sheet ``title`` holding ``frame`` as a formatted table (frozen header, filter, widths).

    ``freeze_columns`` keeps that many leading columns (e.g. office id and name) in view.
    Load ratios above the ``target`` column are coloured when ``highlight`` is set.
    """
    ws = wb.create_sheet(title)
    table = write_table(ws, frame, lang, columns=columns)
    ws.freeze_panes = ws.cell(row=table.first_row, column=1 + freeze_columns)
    if table.columns and table.n_rows > 0:
        last_col = get_column_letter(max(table.columns.values()))
        ws.auto_filter.ref = f"A{table.header_row}:{last_col}{table.last_row}"
    if highlight:
        highlight_over_target(ws, table)
    fit_columns(ws, header_rows=(table.header_row,))
    return ws, table


def write_key_values(
    ws: Worksheet, rows: Sequence[tuple[str, Any, str | None]], *, start_row: int, start_col: int = 1
) -> int:
    """Write ``(label, value, number_format)`` rows as a two-column block; return the next free row."""
    r = start_row
    for label, value, fmt in rows:
        write_cell(ws, r, start_col, label).font = HEADER_FONT
        write_cell(ws, r, start_col + 1, value, fmt).alignment = Alignment(horizontal="left")
        r += 1
    return r
