"""Limits of the reader (issue 13): sheet count, XML budgets, columns past the cap, text lengths,
pipes and standard input, unused yearly rows, quote-prefixed text, and a national workbook that
must pass every limit.
"""

from __future__ import annotations

import io as std_io
import os
import random
import subprocess
import sys
import threading
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.reader.excel import ExcelReader
from openpyxl.utils import get_column_letter

from helpers_workbook import BASE_OFFICES, ROW, table_rows, write_xlsx
from staffopt import limits, reader
from staffopt.cli import cli
from staffopt.errors import FILE_SHEET, InputError, Problem
from staffopt.reader import read_workbook, table_frame
from staffopt.schema import ID_LIMIT, NAME_LIMIT, SHEETS_BY_KEY

SRC = str(Path(__file__).resolve().parents[1] / "src")
NS = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def problems_of(path: Path | str) -> list[Problem]:
    with pytest.raises(InputError) as info:
        read_workbook(Path(path))
    return list(info.value.problems)


@pytest.fixture
def valid(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "valid.xlsx", {"offices": table_rows("offices", BASE_OFFICES)})


@pytest.fixture
def never_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if openpyxl is asked to read the workbook at all: the zip directory must refuse it."""

    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("the workbook was parsed; it should have been refused from its zip directory")

    monkeypatch.setattr(ExcelReader, "read", refuse)


def with_sheets(valid: Path, out: Path, sheets: dict[str, bytes]) -> Path:
    """Copy ``valid`` with extra sheets (name -> raw sheet XML) registered in the workbook."""
    wb = openpyxl.load_workbook(valid)
    for name in sheets:
        wb.create_sheet(name)
    buffer = std_io.BytesIO()
    wb.save(buffer)
    parts = {f"xl/worksheets/sheet{i}.xml": xml for i, xml in enumerate(sheets.values(), start=2)}
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, parts.get(info.filename, src.read(info.filename)))
    return out


# --------------------------------------------------------------------------------------------
# the zip directory: sheet count and total XML
# --------------------------------------------------------------------------------------------
def test_many_sheets_are_refused_from_the_zip_directory(tmp_path: Path, never_parsed: None) -> None:
    # the attack of issue 13: many sheets of XML without <dimension>, each under the size at which
    # the compression ratio is checked (here 64 KiB each, so the test builds quickly)
    sheet = NS + b"<sheetData>" + b"<row/>" * (2**16 // 6) + b"</sheetData></worksheet>"
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        for i in range(1, 1001):
            archive.writestr(f"xl/worksheets/sheet{i}.xml", sheet)
    start = time.perf_counter()
    (problem,) = problems_of(path)
    assert time.perf_counter() - start < 2
    assert (problem.sheet, problem.row, problem.column) == (FILE_SHEET, None, None)
    assert str(problem.value) == "a workbook of 1,000 sheets"
    assert f"at most {limits.MAX_SHEETS} sheets" in problem.expected


def test_total_xml_budget(valid: Path, never_parsed: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_XML_BYTES", 4000)
    (problem,) = problems_of(valid)
    assert problem.sheet == FILE_SHEET and "of uncompressed XML" in problem.value
    assert "at most 4 KB of XML" in problem.expected


def test_limits_refuse_neither_plan_nor_template_sized_books() -> None:
    # what a genuine national workbook and its plan.xlsx need, against the limits (see limits.py)
    assert limits.MAX_SHEETS >= 20
    assert limits.MAX_XML_BYTES >= 3 * 80 * 2**20
    assert limits.MAX_INPUT_XML_BYTES >= 4 * 13 * 2**20


# --------------------------------------------------------------------------------------------
# parsing: sheets that are not input sheets are never parsed; budgets
# --------------------------------------------------------------------------------------------
def test_sheets_other_than_input_sheets_are_never_parsed(valid: Path, tmp_path: Path) -> None:
    # a sheet without <dimension> was parsed to its end by openpyxl just to size it; broken XML
    # shows that it is not read at all now
    broken = NS + b"<sheetData><row r='1'><c r='A1'"
    path = with_sheets(valid, tmp_path / "extra.xlsx", {"notes": broken, "more": b"not xml"})
    data = read_workbook(path)
    assert len(data.offices) == 4


def test_parse_budget(valid: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_PARSED_BYTES", 3000)
    (problem,) = problems_of(valid)
    assert problem.sheet == FILE_SHEET
    assert "XML to read" in problem.value and "at part " in problem.value


def test_input_sheet_budget_is_checked_before_reading(valid: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_INPUT_XML_BYTES", 1000)
    monkeypatch.setattr(reader, "read_table", lambda *_a: pytest.fail("the sheet was read"))
    (problem,) = problems_of(valid)
    assert (problem.sheet, problem.row, problem.column) == ("offices", None, None)
    assert "of XML" in problem.value and "at most 1 KB of XML together" in problem.expected


@pytest.mark.parametrize("member", ["xl/workbook.xml", "xl/styles.xml", "docProps/core.xml",
                                    "xl/worksheets/sheet1.xml"])
def test_a_dtd_in_any_part_is_refused(valid: Path, tmp_path: Path, member: str) -> None:
    out = tmp_path / "dtd.xlsx"
    with zipfile.ZipFile(valid) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == member:
                data = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + data.split(b"?>", 1)[-1]
            dst.writestr(info.filename, data)
    (problem,) = problems_of(out)
    assert problem.row is None and "cannot be" in str(problem.value)
    assert "DTD" in problem.expected or "DTD" in str(problem.value)


# --------------------------------------------------------------------------------------------
# columns past the cap
# --------------------------------------------------------------------------------------------
def _wide(rows: list[list[object]], col: int, values: dict[int, object]) -> list[list[object]]:
    out = [list(r) for r in rows]
    for r, value in values.items():
        out[r] = out[r] + [None] * (col - 1 - len(out[r])) + [value]
    return out


@pytest.mark.parametrize("col", [reader.MAX_COLUMNS + 1, reader.MAX_COLUMNS + 50, 16384])
def test_a_header_past_the_column_cap_is_refused_with_its_place(tmp_path: Path, col: int) -> None:
    rows = _wide(table_rows("offices", BASE_OFFICES), col, {0: "remarks", 1: "x"})
    problems = problems_of(write_xlsx(tmp_path / "w.xlsx", {"offices": rows}))
    letter = get_column_letter(col)
    assert [(p.sheet, p.row, p.column, p.value) for p in problems] == [
        ("offices", 1, f"{letter} (remarks)", "remarks")]
    assert f"within the first {reader.MAX_COLUMNS} columns" in problems[0].expected


def test_a_known_header_past_the_cap_is_refused_too(tmp_path: Path) -> None:
    rows = _wide(table_rows("offices", BASE_OFFICES), 250, {0: "min_staff", 1: 3})
    (problem,) = problems_of(write_xlsx(tmp_path / "w.xlsx", {"offices": rows}))
    assert (problem.row, problem.column) == (1, "IP (min_staff)")


def test_a_value_past_the_cap_without_header_is_refused_with_its_place(tmp_path: Path) -> None:
    rows = _wide(table_rows("offices", BASE_OFFICES), 300, {3: 42})
    (problem,) = problems_of(write_xlsx(tmp_path / "w.xlsx", {"offices": rows}))
    assert (problem.sheet, problem.row, problem.column) == ("offices", 4, get_column_letter(300))


def test_the_same_header_within_the_cap_is_an_unknown_column(tmp_path: Path) -> None:
    col = len(SHEETS_BY_KEY["offices"].columns) + 1  # the first column after the known ones
    rows = _wide(table_rows("offices", BASE_OFFICES), col, {0: "remarks"})
    (problem,) = problems_of(write_xlsx(tmp_path / "w.xlsx", {"offices": rows}))
    assert (problem.row, problem.column) == (1, f"{get_column_letter(col)} (remarks)")
    assert "known columns" in problem.expected


# --------------------------------------------------------------------------------------------
# text lengths
# --------------------------------------------------------------------------------------------
def _offices_with(tmp_path: Path, **changes: object) -> Path:
    offices = [dict(o) for o in BASE_OFFICES]
    offices[1].update(changes)
    return write_xlsx(tmp_path / "t.xlsx", {"offices": table_rows("offices", offices)})


def test_text_limits_come_from_the_schema() -> None:
    columns = SHEETS_BY_KEY["offices"]
    assert columns.column("office_id").text_limit == ID_LIMIT == 64
    assert columns.column("name").text_limit == NAME_LIMIT == 200
    assert SHEETS_BY_KEY["scenarios"].column("scenario").text_limit == ID_LIMIT
    # every text column has a limit Excel can hold without cutting
    assert all(f.text_limit < 32_767 for s in SHEETS_BY_KEY.values() for f in s.columns if f.dtype == "str")


def test_names_at_the_limit_pass(tmp_path: Path) -> None:
    data = read_workbook(_offices_with(tmp_path, name="名" * NAME_LIMIT))
    assert data.offices["name"][1] == "名" * NAME_LIMIT


def _huge_name(tmp_path: Path, length: int) -> Path:
    """The base workbook with office M1's name replaced by ``length`` characters in the sheet XML.

    (openpyxl cuts what it writes at Excel's 32,767 characters; a hostile file need not.)
    """
    path = _offices_with(tmp_path, name="NAME-TO-REPLACE")
    rng = random.Random(0)  # varied characters: a run of one character would be refused as a zip bomb
    name = "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(length)).encode()
    out = tmp_path / "huge.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info.filename, data.replace(b"NAME-TO-REPLACE", name))
    return out


@pytest.mark.parametrize(("key", "length", "limit"), [("name", NAME_LIMIT + 1, NAME_LIMIT),
                                                      ("regions", NAME_LIMIT + 1, NAME_LIMIT)])
def test_text_over_the_limit_is_refused_with_its_place(tmp_path: Path, key: str, length: int,
                                                       limit: int) -> None:
    (problem,) = problems_of(_offices_with(tmp_path, **{key: "x" * length}))
    assert (problem.sheet, problem.row, problem.column) == ("offices", ROW["M1"], key)
    assert str(problem.expected) == f"text of at most {limit:,} characters (this cell holds {length:,})"


def test_a_megabyte_name_is_refused_not_cut(tmp_path: Path) -> None:
    start = time.perf_counter()
    (problem,) = problems_of(_huge_name(tmp_path, 2**20))
    assert time.perf_counter() - start < 20
    assert (problem.row, problem.column) == (ROW["M1"], "name")
    assert str(problem.expected) == f"text of at most {NAME_LIMIT} characters (this cell holds 1,048,576)"


def test_an_id_over_the_limit_is_refused(tmp_path: Path) -> None:
    offices = [dict(o) for o in BASE_OFFICES]
    offices[3]["office_id"] = "C" * (ID_LIMIT + 1)
    path = write_xlsx(tmp_path / "t.xlsx", {"offices": table_rows("offices", offices)})
    (problem,) = problems_of(path)
    assert (problem.row, problem.column) == (ROW["C2"], "office id")
    assert f"at most {ID_LIMIT} characters" in problem.expected


def test_a_long_name_is_refused_by_solve_before_any_work(tmp_path: Path) -> None:
    path = _huge_name(tmp_path, 2**20)
    result = CliRunner().invoke(cli, ["solve", str(path), "--out", str(tmp_path / "run")])
    assert result.exit_code == 2, result.output
    assert "row 3, column 'name'" in result.output and "at most 200 characters" in result.output
    assert not (tmp_path / "run").exists()


# --------------------------------------------------------------------------------------------
# pipes, FIFOs and standard input
# --------------------------------------------------------------------------------------------
def test_a_fifo_is_read_like_a_file(valid: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "book.xlsx"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(valid.read_bytes()))
    writer.start()
    try:
        data = read_workbook(fifo)
    finally:
        writer.join(timeout=10)
    assert len(data.offices) == 4 and data.source == "book.xlsx"


def _staffopt(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.run([sys.executable, "-m", "staffopt.cli", *args], input=stdin, capture_output=True,
                          env=env, timeout=120, check=False)


@pytest.mark.parametrize("name", ["-", "/dev/stdin"])
def test_standard_input_and_a_pipe(valid: Path, name: str) -> None:
    done = _staffopt(["validate", name], stdin=valid.read_bytes())
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().startswith("OK: 4 offices")


def test_a_pipe_of_text_is_named_as_such() -> None:
    done = _staffopt(["validate", "-"], stdin=b"office id,name\nP1,x\n")
    assert done.returncode == 2
    assert "problem(s) in stdin" in done.stderr.decode() and "a text or CSV file" in done.stderr.decode()


def test_a_stream_over_the_cap_is_refused_not_cut(valid: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_STREAM_BYTES", 1000)
    fifo = tmp_path / "big.xlsx"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(valid.read_bytes()), daemon=True)
    writer.start()
    (problem,) = problems_of(fifo)
    assert problem.sheet == FILE_SHEET and "from a pipe" in problem.value


# --------------------------------------------------------------------------------------------
# yearly rows outside the plan years
# --------------------------------------------------------------------------------------------
def _with_yearly(tmp_path: Path, years: list[int]) -> Path:
    records = [{"office_id": "C1", "year": y, "workload": 600_000.0} for y in years]
    return write_xlsx(tmp_path / "y.xlsx", {
        "offices": table_rows("offices", BASE_OFFICES),
        "workload by year": table_rows("workload_by_year", records),
    })


def test_a_year_after_the_horizon_is_warned_with_its_row(tmp_path: Path) -> None:
    path = _with_yearly(tmp_path, [2022, 2032, 2023])  # default base year 2021, horizon 5
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert ("warning: sheet 'workload by year': row 3 (C1, 2032) lie outside this run's plan years "
            "2022–2026 and are not used") in result.stderr


def test_a_shorter_horizon_warns_in_solve_and_a_longer_one_does_not(tmp_path: Path) -> None:
    from staffopt.whatif.scenarios import run_notes

    data = read_workbook(_with_yearly(tmp_path, [2022, 2026]))
    short = data.parameters.with_overrides({"horizon": 2})
    (note,) = [n for n in run_notes(data, None, short, ["horizon"], "en") if "plan years" in n]
    assert "row 3 (C1, 2026)" in note and "2022–2023" in note
    assert not [n for n in run_notes(data, None, data.parameters, [], "zh") if "规划年份" in n]
    zh = run_notes(data, None, short, ["horizon"], "zh")
    assert any("第 3 行(C1，2026年)" in n for n in zh)


def test_a_year_at_or_before_the_base_year_is_refused(tmp_path: Path) -> None:
    (problem,) = problems_of(_with_yearly(tmp_path, [2021]))
    assert (problem.sheet, problem.row, problem.column) == ("workload by year", 2, "year")


# --------------------------------------------------------------------------------------------
# text that looks like a formula stays text in the input sheets of plan.xlsx
# --------------------------------------------------------------------------------------------
def test_input_sheets_quote_formula_like_text(tmp_path: Path) -> None:
    from staffopt.workbook import write_input_workbook

    source = write_xlsx(tmp_path / "in.xlsx", {"offices": table_rows("offices", BASE_OFFICES)})
    wb = openpyxl.load_workbook(source)
    for ref, value in (("B2", "=SUM(1,2)"), ("B3", "+86 10"), ("B4", "-甲县"), ("B5", "@x")):
        wb["offices"][ref].value = value
        wb["offices"][ref].data_type = "s"
    wb.save(source)
    data = read_workbook(source)
    write_input_workbook(data, tmp_path / "out.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "out.xlsx")["offices"]
    for row in range(3, 7):  # the written template has a units row
        cell = ws.cell(row=row, column=2)
        assert (cell.data_type, cell.quotePrefix) == ("s", True), cell.value
    names = list(read_workbook(tmp_path / "out.xlsx").offices["name"])
    assert names == ["=SUM(1,2)", "+86 10", "-甲县", "@x"]


# --------------------------------------------------------------------------------------------
# options
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("option", "value"), [("--time-limit", "nan"), ("--time-limit", "inf"),
                                               ("--gap", "nan"), ("--time-limit", "1e9")])
def test_non_finite_or_out_of_range_options_name_the_option(option: str, value: str) -> None:
    result = CliRunner().invoke(cli, ["solve", option, value])
    assert result.exit_code == 2
    assert f"Invalid value for '{option}'" in result.output
    assert "--set" not in result.output and "solver." not in result.output


# --------------------------------------------------------------------------------------------
# a genuine national workbook passes every limit
# --------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_a_national_workbook_with_yearly_tables_is_read(tmp_path: Path) -> None:
    from staffopt.synthetic import national_instance
    from staffopt.workbook import write_input_workbook

    data = national_instance(provinces=31, municipal=330, county=2939, horizon=10)
    assert len(data.offices) == 3300
    years = range(2022, 2032)
    ids = list(data.offices["office_id"])
    workload = [{"office_id": o, "year": y, "workload": float(w) * 1.03 ** (y - 2021)}
                for o, w in zip(ids, data.offices["workload"], strict=True) for y in years]
    budget = [{"office_id": o, "year": y, "appropriation": float(a) * 1.03 ** (y - 2021)}
              for o, a in zip(ids, data.offices["appropriation"], strict=True) for y in years]
    data = replace(data, workload_by_year=table_frame("workload_by_year", workload),
                   budget_by_year=table_frame("budget_by_year", budget))
    path = tmp_path / "national.xlsx"
    write_input_workbook(data, path, "zh")
    back = read_workbook(path)
    assert len(back.offices) == 3300
    assert len(back.workload_by_year) == len(back.budget_by_year) == 33_000
    assert back.offices.equals(data.offices)
