"""Formatted Excel sheets from result tables (reusable by every report of staffopt).

The helpers here write a DataFrame whose columns are keys of ``schema.OUTPUT_COLUMNS`` as a
sheet a person would have formatted: headers from the schema in English or Chinese with units,
the schema's number formats, frozen header, column widths, an auto-filter, level names in the
report's language, and conditional colour where a load ratio exceeds its target.

Every cell holds a value (no formulas). Every string is written as text, even one starting with
``=`` (no formula injection from office names or scenario names).
"""

from __future__ import annotations

import functools
import math
import os
import re
import weakref
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from staffopt.report.labels import text
from staffopt.schema import LEVEL_ROWS, OUTPUT_COLUMNS_BY_KEY, Lang, level_label, output_label

#: Font of every styled cell: the workbook default, named so that LibreOffice/WPS do not fall
#: back to a serif face for bold Latin text and digits.
FONT_NAME = "Calibri"
HEADER_FONT = Font(name=FONT_NAME, bold=True)
HEADER_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14)
SECTION_FONT = Font(name=FONT_NAME, bold=True, size=12)
OVER_TARGET_FILL = PatternFill("solid", start_color="F8CBAD", end_color="F8CBAD")
OVER_TARGET_FONT = Font(name=FONT_NAME, color="9C0006")
_THIN = Side(style="thin", color="8EA9DB")
_CENTER = Alignment(horizontal="center")
HEADER_BORDER = Border(bottom=_THIN)

#: Load-ratio columns coloured when above the ``target`` column of the same row: the effective
#: ratio only, the one held to the target (a nominal ratio above it may be met by online service
#: and training, and flagging it would mark offices that meet their standard).
RATIO_KEYS: tuple[str, ...] = ("load_ratio_effective",)
#: Columns whose values are level keys, shown as level names in the report's language.
LEVEL_KEYS: tuple[str, ...] = ("level",)
#: 0/1 columns shown as yes/no in the report's language.
YES_NO_KEYS: tuple[str, ...] = ("platform",)
_MAX_WIDTH = 42
_MIN_WIDTH = 8
#: Widest a column grows for its header alone (longer headers wrap, up to 4 lines).
_HEADER_WIDTH = 11
#: Column-width units one A4 landscape page holds at the smallest readable scale (~60%).
PAGE_WIDTH_UNITS = 250


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


def display_value(key: str, value: Any, lang: Lang) -> Any:
    """Return a table value as shown in the report (level names and yes/no in the report's language).

    Flags (booleans, and the 0/1 columns of :data:`YES_NO_KEYS`) read yes/no, so no unitless
    0/1 is shown; NaN stays NaN (an empty cell).
    """
    if key in LEVEL_KEYS and isinstance(value, str) and value in LEVEL_ROWS:
        return level_label(value, lang)
    if isinstance(value, bool):
        return text("bool.true" if value else "bool.false", lang)
    if key in YES_NO_KEYS and to_cell_value(value) in (0, 1):
        return text("bool.true" if to_cell_value(value) == 1 else "bool.false", lang)
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
    defer: bool = False,
) -> TableRange:
    """Write ``frame`` (output-column keys) with a header row at ``start_row``; return its range.

    Only ``columns`` are written when given (in that order). Headers come from
    ``schema.OUTPUT_COLUMNS`` (a key missing there is a programming error: add it to the schema).
    With ``defer`` the data rows are not made openpyxl cells: they are kept aside and written
    straight into the sheet's XML by :func:`save_workbook` (same values and cell styles, ~10×
    faster for a national plan); the table must then be the last thing in its sheet, and the
    workbook must be saved with :func:`save_workbook`.
    """
    keys = list(columns) if columns is not None else [str(c) for c in frame.columns]
    col_of: dict[str, int] = {}
    for j, key in enumerate(keys):
        col = start_col + j
        col_of[key] = col
        style_header(write_cell(ws, start_row, col, output_label(key, lang)))
    formats = [OUTPUT_COLUMNS_BY_KEY[k].number_format for k in keys]
    if defer:
        block = _deferred_block(ws, frame, keys, formats, lang, start_row + 1, start_col)
        _DEFERRED.setdefault(ws, []).append(block)
        return TableRange(start_row, start_row + 1, start_row + block.n_rows, col_of)
    records = frame[keys].itertuples(index=False, name=None) if keys else iter(())
    row = start_row
    for row_values in records:
        row += 1
        for j, (key, value) in enumerate(zip(keys, row_values, strict=True)):
            fmt = formats[j]
            shown = display_value(key, value, lang)
            cell = write_cell(ws, row, start_col + j, shown, None if fmt == "General" else fmt)
            if shown is not value and isinstance(shown, str) and key not in LEVEL_KEYS:
                cell.alignment = _CENTER  # yes/no between numbers

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
    return _shown_width(shown)


#: ``_ASCII_WIDTHS[n]``: the width of ``n`` narrow characters, summed one by one as below (same float).
_ASCII_WIDTHS: list[float] = [0]  # sum() of nothing is the int 0
for _ in range(256):
    _ASCII_WIDTHS.append(_ASCII_WIDTHS[-1] + 1.1)


@functools.lru_cache(maxsize=1 << 16)
def _shown_width(shown: str) -> float:
    """Width of the text ``shown``: East-Asian characters take about two columns.

    Cached (a plan repeats its names, levels and years on every row) and, for plain ASCII, read
    from :data:`_ASCII_WIDTHS`: the same sum, so the same column widths as the loop gives.
    """
    if shown.isascii() and len(shown) < len(_ASCII_WIDTHS):
        return _ASCII_WIDTHS[len(shown)]
    return sum(2.2 if ord(ch) > 0x2E7F else 1.1 for ch in shown)


def text_width(shown: str) -> float:
    """Width of the text ``shown`` in column-width units (East-Asian characters count two)."""
    return _shown_width(shown)


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
                w = min(w, _HEADER_WIDTH)  # headers wrap
            widths[cell.column] = max(widths.get(cell.column, 0), w)
    for block in _DEFERRED.get(ws, ()):  # the same rows, not yet cells
        for col, fmt, values in zip(block.columns, block.formats, block.shown, strict=True):
            first = max(0, min_row - block.first_row)
            last = max(first, min(len(values), min_row + max_rows - block.first_row + 1))
            for value in values[first:last]:
                if value is not None:
                    number = isinstance(value, (int, float)) and not isinstance(value, bool)
                    w = _text_width(value, fmt if number and fmt != "General" else "General")
                    widths[col] = max(widths.get(col, 0), w)
    for col, w in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = max(_MIN_WIDTH, min(_MAX_WIDTH, w + 2))
    for r in headers:
        lines = 1
        for (hr, col), w in header_text.items():
            if hr == r:
                width = ws.column_dimensions[get_column_letter(col)].width or 10
                lines = max(lines, math.ceil(w / max(1.0, width - 1)))
        ws.row_dimensions[r].height = 15 * min(lines, 5) + 3


def pages_wide(ws: Worksheet) -> int:
    """Pages across needed to print ``ws`` at a readable scale (at most 3).

    One A4 landscape page holds about :data:`PAGE_WIDTH_UNITS` column-width units at the
    smallest scale still readable; a wider sheet (the plan, 30+ columns) is spread over two
    or three pages across, each repeating the title columns, rather than shrunk illegibly.
    """
    total = sum(ws.column_dimensions[get_column_letter(c)].width or _MIN_WIDTH
                for c in range(1, ws.max_column + 1))
    return max(1, min(3, math.ceil(total / PAGE_WIDTH_UNITS)))


def set_print_layout(ws: Worksheet, *, header_rows: tuple[int, int] | None = (1, 1),
                     title_columns: int = 0, fit_height: bool = False) -> None:
    """Make a sheet print usably: A4 landscape, fit to width, header rows on every page.

    Call after the column widths are set. The sheet is fitted to :func:`pages_wide` pages
    across (one for all but the widest sheets). ``header_rows`` (first, last) repeat at the
    top of each printed page, ``title_columns`` leading columns (e.g. office id and name) at
    the left; ``fit_height`` fits the whole sheet on one page (the summary). The footer
    shows the sheet name and page number.
    """
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1 if fit_height else pages_wide(ws)
    ws.page_setup.fitToHeight = 1 if fit_height else 0
    ws.page_setup.pageOrder = "overThenDown"  # the halves of a wide page print side by side
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = False
    if header_rows is not None:
        ws.print_title_rows = f"{header_rows[0]}:{header_rows[1]}"
    if title_columns > 0:
        ws.print_title_cols = f"A:{get_column_letter(title_columns)}"
    ws.oddFooter.center.text = "&A  &P / &N"


def add_table_sheet(
    wb: Workbook,
    title: str,
    frame: pd.DataFrame,
    lang: Lang,
    *,
    columns: Sequence[str] | None = None,
    freeze_columns: int = 0,
    highlight: bool = True,
    defer: bool = False,
) -> tuple[Worksheet, TableRange]:
    """Add sheet ``title`` holding ``frame`` as a formatted table (frozen header, filter, widths).

    ``freeze_columns`` keeps that many leading columns (e.g. office id and name) in view.
    Load ratios above the ``target`` column are coloured when ``highlight`` is set. ``defer``:
    see :func:`write_table` (then save with :func:`save_workbook`).
    """
    ws = wb.create_sheet(title)
    table = write_table(ws, frame, lang, columns=columns, defer=defer)
    ws.freeze_panes = f"{get_column_letter(1 + freeze_columns)}{table.first_row}"  # (makes no cell)
    if table.columns and table.n_rows > 0:
        last_col = get_column_letter(max(table.columns.values()))
        ws.auto_filter.ref = f"A{table.header_row}:{last_col}{table.last_row}"
    if highlight:
        highlight_over_target(ws, table)
    fit_columns(ws, header_rows=(table.header_row,))
    set_print_layout(ws, header_rows=(table.header_row, table.header_row), title_columns=freeze_columns)
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


# --------------------------------------------------------------------------------------------
# deferred table rows: written straight into the sheet XML at save time
# --------------------------------------------------------------------------------------------
@dataclass
class _Block:
    """Data rows of one table kept aside (column-wise) until :func:`save_workbook`."""

    first_row: int
    columns: list[int]  # sheet column numbers
    formats: list[str]
    shown: list[list[Any]]  # per column: the cell values as shown (None = empty cell)
    cells: list[list[str]]  # per column: the ``<c>`` element of each row (``<c/>``: empty)

    @property
    def n_rows(self) -> int:
        """Number of data rows."""
        return len(self.shown[0]) if self.shown else 0


_DEFERRED: weakref.WeakKeyDictionary[Worksheet, list[_Block]] = weakref.WeakKeyDictionary()


def _style_id(ws: Worksheet, number_format: str | None = None, *, quote: bool = False,
              center: bool = False) -> str:
    """`` s="N"`` of a cell styled as :func:`write_cell` styles it ('' for an unstyled cell).

    The style is registered in the workbook through a cell that is never placed in the sheet.
    """
    cell = Cell(ws, row=1, column=1)
    if number_format is not None:
        cell.number_format = number_format
    if quote:
        cell.quotePrefix = True
    if center:
        cell.alignment = _CENTER
    return f' s="{cell.style_id}"' if cell.has_style else ""


def _xml_text(value: str) -> str:
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f"<is><t{space}>{escaped}</t></is>"


def _deferred_block(ws: Worksheet, frame: pd.DataFrame, keys: list[str], formats: list[str], lang: Lang,
                    first_row: int, start_col: int) -> _Block:
    """The rows of ``frame`` as :func:`write_table` would write them, as XML cells per column.

    Cells carry no ``r`` attribute (it is optional: a cell without one is the next column of its
    row), so an empty cell is written as ``<c/>`` to keep its place. Plain numeric columns go the
    fast way (a finite-value mask, one format per value); every
    other column goes value by value through :func:`display_value` and :func:`to_cell_value`,
    exactly as :func:`write_table` does.
    """
    n = len(frame)
    numbers = {fmt: _style_id(ws, None if fmt == "General" else fmt) for fmt in set(formats)}
    quoted, centered = _style_id(ws, quote=True), _style_id(ws, center=True)
    columns, shown_all, cells_all = [], [], []
    for j, (key, fmt) in enumerate(zip(keys, formats, strict=True)):
        col = start_col + j
        series = frame[key] if key in frame else pd.Series([None] * n, dtype=object)
        plain = (key not in LEVEL_KEYS and key not in YES_NO_KEYS and series.dtype.kind in "fiu")
        if plain:
            values = series.to_numpy(dtype=float)
            finite = np.isfinite(values)
            shown: list[Any] = [v if ok else None
                                for v, ok in zip(series.tolist(), finite.tolist(), strict=True)]
            style = numbers[fmt]
            # a number is a cell's default type: no t="n"
            cells = [f"<c{style}><v>{v:.16g}</v></c>" if v is not None else "<c/>" for v in shown]
        else:  # names, ids, levels, flags: few distinct values, each worked out once
            raw = series.tolist()
            seen: dict[Any, tuple[Any, str]] = {}
            shown, tails = [], []
            for value in raw:
                known = seen.get(value)
                if known is None:
                    done = to_cell_value(display_value(key, value, lang))
                    known = (done, _cell_tail(key, done, value, numbers[fmt], quoted, centered))
                    seen[value] = known
                shown.append(known[0])
                tails.append(known[1])
            cells = [f"<c{tail}" if tail else "<c/>" for tail in tails]
        columns.append(col)
        shown_all.append(shown)
        cells_all.append(cells)
    return _Block(first_row, columns, formats, shown_all, cells_all)


def _cell_tail(key: str, value: Any, original: Any, number: str, quoted: str, centered: str) -> str:
    """A ``<c>`` element after its ``r`` attribute ('' for an empty cell).

    Styled as :func:`write_cell` and :func:`write_table` style it.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        style = quoted if value.startswith(("=", "+", "-", "@")) else ""
        if key not in LEVEL_KEYS and value is not original and not isinstance(original, str):
            style = centered  # yes/no between numbers
        return f'{style} t="inlineStr">{_xml_text(value)}</c>'
    if isinstance(value, bool):
        return f' t="b"><v>{int(value)}</v></c>'
    return f"{number}><v>{value:.16g}</v></c>"


_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')


def save_workbook(wb: Workbook, path: Path | str) -> None:
    """Save ``wb`` to ``path``, with the table rows :func:`write_table` deferred written in.

    openpyxl writes the workbook (styles, every other cell, layout); the deferred rows are then
    appended to their sheet's ``<sheetData>`` and its ``<dimension>`` widened. Cells carry the
    same values (``%.16g``, inline strings) and style ids that openpyxl would have written.
    """
    path = Path(path)
    wb.save(path)
    blocks = {ws: _DEFERRED.pop(ws) for ws in wb.worksheets if ws in _DEFERRED}
    if not blocks:
        return
    parts = {ws.path.lstrip("/"): (ws, found) for ws, found in blocks.items()}
    tmp = path.with_name(f".{path.name}.rows")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename in parts:
                data = _with_rows(data, *parts[info.filename])
            # the big sheets compress fast (level 1: a third of the time, a file ~15 % larger)
            level = 1 if info.filename in parts else 6
            target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=level)
    os.replace(tmp, path)


def _with_rows(xml: bytes, ws: Worksheet, blocks: list[_Block]) -> bytes:
    """The sheet XML ``xml`` with the rows of ``blocks`` at the end of its ``<sheetData>``."""
    lines: list[str] = []
    last_row, last_col = ws.max_row, ws.max_column
    for block in blocks:
        if last_row >= block.first_row:
            raise RuntimeError(f"sheet {ws.title!r}: a cell was written in or below deferred row "
                               f"{block.first_row}; a deferred table must be the last on its sheet")
        lead = "<c/>" * (block.columns[0] - 1) if block.columns else ""  # cells carry no r: keep places
        for i, cells in enumerate(zip(*block.cells, strict=True)):
            lines.append(f'<row r="{block.first_row + i}">{lead}{"".join(cells)}</row>')
        last_row = max(last_row, block.first_row + block.n_rows - 1)
        last_col = max([last_col, *block.columns])
    rows = "".join(lines).encode("utf-8")
    head, sep, tail = xml.rpartition(b"</sheetData>")
    if not sep:  # an empty sheet: <sheetData/>
        head, sep, tail = xml.partition(b"<sheetData/>")
        rows, sep = b"<sheetData>" + rows, b"</sheetData>"
    ref = f'<dimension ref="A1:{get_column_letter(last_col)}{last_row}"/>'.encode()
    return _DIMENSION.sub(ref, head, count=1) + rows + sep + tail
