"""Property tests: whatever a user types into the offices sheet, the reader either returns
InputData or raises InputError whose problems all point at real places — never anything else.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from helpers_workbook import BASE_OFFICES, table_rows, write_xlsx
from staffopt.errors import InputError
from staffopt.reader import read_workbook
from staffopt.schema import LEVELS, OFFICE_COLUMNS, level_spellings

text = st.text(max_size=12).filter(lambda s: not ILLEGAL_CHARACTERS_RE.search(s))
cell_values = st.one_of(
    st.none(),
    text,
    st.sampled_from(["", " ", "=1+1", "=A1", "#DIV/0!", "1,000", "12%", "nan", "inf", "-0", "是", "P1",
                     "M1", "C1", *(s for lv in LEVELS for s in level_spellings(lv))]),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1901, 1, 1), max_value=dt.datetime(2100, 1, 1)),
)
N_ROWS = len(BASE_OFFICES) + 2
edits = st.lists(
    st.tuples(st.integers(0, N_ROWS), st.integers(0, len(OFFICE_COLUMNS)), cell_values), max_size=12)


def _apply(edits_: list[tuple[int, int, Any]]) -> list[list[Any]]:
    rows = table_rows("offices", BASE_OFFICES)
    width = len(rows[0]) + 1
    rows = [r + [None] * (width - len(r)) for r in rows] + [[None] * width for _ in range(2)]
    for r, c, value in edits_:
        rows[r][c] = value
    return rows


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=edits)
def test_reader_raises_only_input_error(edits: list[tuple[int, int, Any]]) -> None:
    rows = _apply(edits)
    with tempfile.TemporaryDirectory() as folder:
        path = write_xlsx(Path(folder) / "p.xlsx", {"offices": rows})
        try:
            data = read_workbook(path)
        except InputError as exc:
            assert exc.problems
            for problem in exc.problems:
                assert problem.sheet == "offices"
                assert problem.row is None or 1 <= problem.row <= len(rows)
                assert problem.expected
        else:
            offices = data.offices
            assert list(offices.columns) == [f.key for f in OFFICE_COLUMNS]
            assert offices["office_id"].is_unique
            assert set(offices["level"]) <= {"provincial", "municipal", "county"}
            assert (offices["posts"] >= 0).all() and (offices["manual_floor"] <= 1).all()


@settings(max_examples=25, deadline=None)
@given(values=st.lists(cell_values, min_size=1, max_size=6))
def test_parameters_sheet_raises_only_input_error(values: list[Any]) -> None:
    keys = ["horizon", "objective", "contract.no_new", "pro.share_min", "bogus", "horizon"]
    rows = [["parameter", "value"]] + [[k, v] for k, v in zip(keys, values, strict=False)]
    with tempfile.TemporaryDirectory() as folder:
        path = write_xlsx(Path(folder) / "p.xlsx", {"offices": table_rows("offices", BASE_OFFICES),
                                                      "parameters": rows})
        try:
            read_workbook(path)
        except InputError as exc:
            assert all(p.sheet == "parameters" and p.row is not None for p in exc.problems)
