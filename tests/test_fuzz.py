"""Fuzz (issue 13): mutated workbook bytes and random cell values through ``staffopt solve``.

Every outcome must be one of three: a plan (exit 0, ``plan.xlsx`` written), bad input (exit 2,
every problem naming where it is: the file, a sheet with its row and column, or an option) or
no plan (exit 3, with the reason in the output and in ``summary.json``) — never a traceback or
any other exit status — within a time bound per case (hypothesis ``deadline``). Examples are
derandomized and few, so the test is deterministic and quick in CI.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import tempfile
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from helpers_workbook import BASE_OFFICES, table_rows, write_xlsx
from staffopt.cli import cli
from staffopt.schema import OFFICE_COLUMNS, PARAMETERS, level_aliases

#: One problem line of an exit-2 message: where (file, sheet with row/column, or option), found, expected.
PROBLEM = re.compile(
    r"^  - (the file|sheet '[^']+'(, row \d+)?(, column '.+?')?|option --[a-z-]+(, key '[^']+')?): "
    r"found .+; expected .+$")
FUZZ = settings(max_examples=40, deadline=timedelta(seconds=60), derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _template() -> bytes:
    """A small valid workbook: four offices, a two-year horizon, a workload-by-year row.

    The service objective makes hard rules meet the budget: a large minimum staffing typed into
    it leaves no plan (exit 3), so all three outcomes occur.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = write_xlsx(Path(folder) / "t.xlsx", {
            "offices": table_rows("offices", BASE_OFFICES),
            "parameters": [["parameter", "value"], ["horizon", 2], ["solver.time_limit", 20],
                           ["objective", "service"]],
            "workload by year": table_rows("workload_by_year",
                                           [{"office_id": "C1", "year": 2022, "workload": 520_000.0}]),
        })
        return _stable(path.read_bytes())


#: The zip entries' and the document properties' time: the template's bytes must not depend on
#: when the test runs, or the derandomized byte mutations would differ from run to run.
_FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def _rezip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=_FIXED_TIME), content, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _stable(book: bytes) -> bytes:
    """``book`` with its timestamps (zip entries, docProps/core.xml) set to :data:`_FIXED_TIME`."""
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    if "docProps/core.xml" in parts:
        parts["docProps/core.xml"] = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-01-01T00:00:00Z",
                                            parts["docProps/core.xml"])
    return _rezip(parts)


TEMPLATE = _template()
MEMBERS = [i.filename for i in zipfile.ZipFile(io.BytesIO(TEMPLATE)).infolist()]


def assert_outcome(book: bytes) -> None:
    """Run ``staffopt solve`` on ``book`` and check its outcome is one of the three allowed."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.xlsx"
        path.write_bytes(book)
        out = Path(folder) / "run"
        result = CliRunner().invoke(cli, ["solve", str(path), "--out", str(out), "--quiet"])
        text = result.output
        assert "Traceback" not in text, text
        assert result.exit_code in (0, 2, 3), (result.exit_code, text, result.exception)
        if result.exit_code == 0:
            assert (out / "plan.xlsx").is_file() and (out / "summary.json").is_file(), text
        elif result.exit_code == 2:
            lines = [line for line in text.splitlines() if line.startswith("  - ")]
            assert re.search(r"^Error: \d+ problem\(s\) in ", text, re.M) and lines, text
            for line in lines:
                assert PROBLEM.match(line), line
        else:
            summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
            assert not summary["has_plan"] and summary["messages"], summary
            assert "no plan (" in text, text


# --------------------------------------------------------------------------------------------
# workbook bytes
# --------------------------------------------------------------------------------------------
@st.composite
def mutated_bytes(draw: st.DrawFn) -> bytes:
    """The template with its raw bytes flipped, cut or padded, or one part's XML mutated."""
    kind = draw(st.sampled_from(["flip", "cut", "insert", "part"]))
    data = bytearray(TEMPLATE)
    if kind == "flip":
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    if kind == "cut":
        return bytes(data[:draw(st.integers(0, len(data)))])
    if kind == "insert":
        at = draw(st.integers(0, len(data)))
        return bytes(data[:at]) + draw(st.binary(min_size=1, max_size=64)) + bytes(data[at:])
    with zipfile.ZipFile(io.BytesIO(TEMPLATE)) as archive:
        parts = {name: archive.read(name) for name in MEMBERS}
    name = draw(st.sampled_from(MEMBERS))
    xml = parts[name]
    start = draw(st.integers(0, len(xml)))
    end = draw(st.integers(start, min(len(xml), start + 200)))
    operation = draw(st.sampled_from(["delete", "replace", "repeat", "drop part"]))
    if operation == "delete":
        parts[name] = xml[:start] + xml[end:]
    elif operation == "replace":
        parts[name] = xml[:start] + draw(st.binary(max_size=40)) + xml[end:]
    elif operation == "repeat":
        parts[name] = xml[:end] + xml[start:end] * draw(st.integers(2, 50)) + xml[end:]
    else:
        del parts[name]
    return _rezip(parts)


@FUZZ
@given(book=mutated_bytes())
def test_mutated_workbook_bytes(book: bytes) -> None:
    assert_outcome(book)


# --------------------------------------------------------------------------------------------
# cell values
# --------------------------------------------------------------------------------------------
text = st.text(max_size=30).filter(lambda s: not ILLEGAL_CHARACTERS_RE.search(s))
cell_values = st.one_of(
    st.none(),
    text,
    st.sampled_from(["", " ", "=1+1", "=A1", "#DIV/0!", "1,000", "12%", "nan", "inf", "-0", "1e400", "是",
                     "否", "true", "P1", "M1", "C1", "2032", "x" * 250, "长" * 70, *level_aliases()]),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1901, 1, 1), max_value=dt.datetime(2100, 1, 1)),
)
#: (sheet, last row, last column) the edits may touch: the data rows, one row and one column more.
TARGETS = {"offices": (len(BASE_OFFICES) + 2, len(OFFICE_COLUMNS) + 1), "workload by year": (3, 4)}
PARAMETER_KEYS = st.sampled_from([p.key for p in PARAMETERS])
#: Parameter values: mostly numbers in and around the parameters' ranges, sometimes anything.
PARAMETER_VALUES = st.one_of(st.integers(0, 10), st.integers(-10, 10**6), st.floats(-1, 2), cell_values)


@st.composite
def cell_edits(draw: st.DrawFn) -> list[tuple[str, int, int, Any]]:
    """Edits (sheet, row, column, value): data cells (the header one time in ten), parameter rows."""
    edits = []
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.integers(0, 2)) == 0:  # a parameter row: a known key (mostly) and a value
            row = draw(st.integers(2, 7))
            key = draw(st.one_of(PARAMETER_KEYS, cell_values)) if row > 4 else None
            if key is not None:
                edits.append(("parameters", row, 1, key))
            edits.append(("parameters", row, 2, draw(PARAMETER_VALUES)))
            continue
        sheet = draw(st.sampled_from(sorted(TARGETS)))
        rows, cols = TARGETS[sheet]
        row = 1 if draw(st.integers(0, 9)) == 0 else draw(st.integers(2, rows))
        edits.append((sheet, row, draw(st.integers(1, cols)), draw(cell_values)))
    return edits


def _edited(edits: list[tuple[str, int, int, Any]]) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(TEMPLATE))
    for sheet, row, col, value in edits:
        cell = wb[sheet].cell(row=row, column=col)
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"  # typed text, as a user types it ("=1+1" too)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


@FUZZ
@given(edits=cell_edits())
def test_random_cell_values(edits: list[tuple[str, int, int, Any]]) -> None:
    assert_outcome(_edited(edits))


@pytest.mark.parametrize(("edits", "status"), [
    ([], 0),  # the template itself
    ([("offices", 3, 6, "many")], 2),  # workload of M1 is text
    ([("parameters", 5, 1, "staff.min.county"), ("parameters", 5, 2, 100_000)], 3),  # no budget suffices
])
def test_each_outcome_is_reached_and_checked(edits: list[tuple[str, int, int, Any]], status: int) -> None:
    book = _edited(edits) if edits else TEMPLATE
    assert_outcome(book)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.xlsx"
        path.write_bytes(book)
        result = CliRunner().invoke(cli, ["solve", str(path), "--out", str(Path(folder) / "run"), "--quiet"])
        assert result.exit_code == status, result.output
