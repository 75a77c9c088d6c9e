"""Page 1 of plan.xlsx: no label, value or message runs into the next column, the charts or off the page.

The headline and run blocks' labels (column A) either fit their column or wrap in a row tall
enough for them; text values fit column B or wrap in B:C (the load-ratio chart starts at D);
messages wider than the printed columns wrap within them. The summary still prints on one page.
Widths are estimated as the report does (:func:`staffopt.report.excel.text_width`: East-Asian
characters count two), and the lines needed are bounded from below by width / column width.
"""

from __future__ import annotations

import dataclasses
import math
import re
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string, get_column_letter

from staffopt.reader import read_workbook
from staffopt.report import write_run_folder
from staffopt.report.excel import text_width
from staffopt.report.labels import text
from staffopt.report.plan_book import LINE_POINTS, wrapped_lines
from test_report_support import fake_result, write_tiny_workbook

#: A message wider than the printed page in both languages.
LONG_EN = "county C1 reaches its budget cap in 2022; " * 8
LONG_ZH = "县(区)级机构 C1 在2022年达到预算上限；" * 8
#: A long input file name (a text value of the run block).
LONG_INPUT = "a_rather_long_input_workbook_name_of_the_provincial_agency_2026.xlsx"


@pytest.fixture(scope="module", params=["en", "zh"])
def summary(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    lang = request.param
    src = write_tiny_workbook(tmp_path_factory.mktemp("in") / LONG_INPUT)
    data = read_workbook(src)
    result = dataclasses.replace(fake_result(data), messages=(LONG_EN,), messages_zh=(LONG_ZH,))
    out = write_run_folder(result, data, tmp_path_factory.mktemp("out") / "run", lang)
    ws = openpyxl.load_workbook(out / "plan.xlsx")[text("sheet.summary", lang)]
    return lang, ws


def _width(ws: Any, first: int, last: int) -> float:
    return sum(ws.column_dimensions[get_column_letter(c)].width or 0 for c in range(first, last + 1))


def _merged_end(ws: Any, row: int, col: int) -> int:
    for rng in ws.merged_cells.ranges:
        if rng.min_row == row and rng.min_col == col:
            return int(rng.max_col)
    return col


def _assert_shown_whole(ws: Any, row: int, col: int, last_col: int) -> None:
    """The text at (row, col) fits columns col … last_col, or wraps there in a row tall enough."""
    cell = ws.cell(row, col)
    width = _width(ws, col, last_col)
    needed = text_width(cell.value)
    if needed <= width - 1 + 1e-9:  # (sums of 1.1 are not exact)
        return
    assert cell.alignment.wrap_text, (row, cell.value, needed, width)
    lines = math.ceil(needed / (width - 1))
    height = ws.row_dimensions[row].height
    assert height is not None and height >= LINE_POINTS * lines, (row, cell.value, lines, height)


def _message_header(ws: Any, lang: str) -> int:
    return next(c.row for c in ws["A"] if c.value == text("summary.messages", lang))


def test_every_label_fits_or_wraps(summary: Any) -> None:
    lang, ws = summary
    labels = [r for r in range(4, _message_header(ws, lang)) if isinstance(ws.cell(r, 1).value, str)]
    longest = max(labels, key=lambda r: text_width(ws.cell(r, 1).value))
    assert text_width(ws.cell(longest, 1).value) > ws.column_dimensions["A"].width  # the case at issue
    for r in labels:
        _assert_shown_whole(ws, r, 1, 1)


def test_text_values_stay_left_of_the_charts(summary: Any) -> None:
    lang, ws = summary
    chart_col = min(ch.anchor._from.col + 1 for ch in ws._charts)  # 0-based in the drawing
    assert chart_col == 4
    rows = [r for r in range(4, _message_header(ws, lang)) if isinstance(ws.cell(r, 2).value, str)]
    assert any(ws.cell(r, 2).value == LONG_INPUT for r in rows)
    for r in rows:
        end = _merged_end(ws, r, 2)
        assert end < chart_col
        _assert_shown_whole(ws, r, 2, end)


def test_long_messages_wrap_within_the_printed_page(summary: Any) -> None:
    lang, ws = summary
    last_col = column_index_from_string(re.search(r":\$?([A-Z]+)\$?\d+$", ws.print_area).group(1))
    row = next(c.row for c in ws["A"] if c.value in (LONG_EN, LONG_ZH))
    assert text_width(ws.cell(row, 1).value) > _width(ws, 1, last_col)  # wider than the page
    assert _merged_end(ws, row, 1) == last_col
    _assert_shown_whole(ws, row, 1, last_col)
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 1  # still one page


@pytest.mark.parametrize(("shown", "width", "lines"), [
    ("", 10, 1),
    ("abc def", 10, 1),
    ("abcd efgh", 6, 2),  # words stay whole: "abcd " / "efgh"
    ("abcdefghijklmnop", 6, 4),  # a word wider than the cell is broken
    ("县级机构达到预算上限", 10, 3),  # 4 East-Asian characters per line of 9 units
])
def test_wrapped_lines(shown: str, width: float, lines: int) -> None:
    assert wrapped_lines(shown, width) == lines
