"""Excel habits (issue 11, item 4): notes columns kept, totals rows refused once, ``--set`` typos hinted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from helpers_workbook import BASE_OFFICES, label, table_rows, write_xlsx
from staffopt.cli import cli
from staffopt.errors import InputError, Problem
from staffopt.habits import is_notes_header, totals_label
from staffopt.pipeline import run_solve
from staffopt.reader import read_workbook
from staffopt.report.plan_book import build_plan_workbook
from staffopt.schema import SHEETS_BY_KEY
from test_report_support import fake_result, write_tiny_workbook

MakeInput = Callable[..., Path]


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(InputError) as info:
        read_workbook(path)
    return list(info.value.problems)


def _with_column(rows: list[list[Any]], header: str, cells: list[Any],
                 at: int | None = None) -> list[list[Any]]:
    """``rows`` (header first) with one more column ``header`` holding ``cells`` (inserted at ``at``)."""
    out = []
    for i, row in enumerate(rows):
        value = header if i == 0 else (cells[i - 1] if i - 1 < len(cells) else None)
        pos = len(row) if at is None else at
        out.append([*row[:pos], value, *row[pos:]])
    return out


# --------------------------------------------------------------------------------------------
# notes columns
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("header", ["备注", "备注说明", "Notes", "note", "NOTE: source", "Comments",
                                    "comment 2023"])
def test_notes_headers_are_recognised(header: str) -> None:
    assert is_notes_header(header)


@pytest.mark.parametrize("header", ["notebook", "commentary", "posts", "说明", "", "nominal"])
def test_other_headers_are_not_notes(header: str) -> None:
    assert not is_notes_header(header)


def test_a_notes_column_is_kept_and_read_nowhere(tmp_path: Path) -> None:
    offices = _with_column(table_rows("offices", BASE_OFFICES), "备注", ["省本级", 42, None, "撤并中"], at=2)
    params = [[label("parameters", "key"), label("parameters", "value"), "Comment"],
              ["posts.step", 3, "编办 2023 批复"], ["horizon", 4, None]]
    workload = _with_column(table_rows("workload_by_year", [{"office_id": "C1", "year": 2022,
                                                            "workload": 510_000}]), "notes", ["统计年报"])
    path = write_xlsx(tmp_path / "in.xlsx", {"offices": offices, "parameters": params,
                                             "workload by year": workload})
    data = read_workbook(path)
    notes = data.notes["offices"]
    assert list(notes.columns) == ["备注"]
    assert list(notes["备注"]) == ["省本级", 42, None, "撤并中"]
    assert list(data.offices["office_id"]) == ["P1", "M1", "C1", "C2"]  # aligned row by row
    assert data.notes["parameters"].loc["posts.step", "Comment"] == "编办 2023 批复"
    assert data.notes["workload_by_year"].iloc[0]["notes"] == "统计年报"
    assert data.parameters.int("posts.step") == 3
    assert "备注" not in data.offices.columns


def test_an_unknown_column_is_still_refused(make_input: MakeInput) -> None:
    rows = _with_column(table_rows("offices", BASE_OFFICES), "notebook", ["x"])
    found = problems_of(make_input(extra={"offices": rows}))
    assert len(found) == 1 and found[0].value == "notebook" and "known columns" in found[0].expected


def test_plan_xlsx_keeps_the_notes_and_reads_them_back(tmp_path: Path) -> None:
    src = write_tiny_workbook(tmp_path / "tiny.xlsx", "zh")
    wb = openpyxl.load_workbook(src)
    ws = wb[SHEETS_BY_KEY["offices"].label("zh")]
    col = ws.max_column + 1
    ws.cell(row=1, column=col, value="备注")
    ws.cell(row=4, column=col, value="新设机构")  # row 4: the second office (row 2 headers, 3 units)
    ws = wb[SHEETS_BY_KEY["parameters"].label("zh")]
    ws.cell(row=1, column=5, value="备注")
    step_row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == "posts.step")
    ws.cell(row=step_row, column=5, value="编办批复")
    wb.save(src)
    data = read_workbook(src)
    book = tmp_path / "plan.xlsx"
    build_plan_workbook(fake_result(data), data, "zh").save(book)
    again = read_workbook(book)
    assert list(again.notes["offices"]["备注"]) == [None, "新设机构", None, None]
    assert again.notes["parameters"].loc["posts.step", "备注"] == "编办批复"


def test_a_notes_column_changes_no_result(tmp_path: Path) -> None:
    plain = write_tiny_workbook(tmp_path / "plain.xlsx")
    noted = write_tiny_workbook(tmp_path / "noted.xlsx")
    wb = openpyxl.load_workbook(noted)
    ws = wb[SHEETS_BY_KEY["offices"].label("en")]
    ws.insert_cols(3)  # between name and level: the columns right of it move
    ws.cell(row=1, column=3, value="Notes")
    for r, value in enumerate([1e9, -5, "合计", 0], start=3):  # numbers a model must never read
        ws.cell(row=r, column=3, value=value)
    wb.save(noted)
    a, b = read_workbook(plain), read_workbook(noted)
    assert "offices" in b.notes and "offices" not in a.notes
    pd.testing.assert_frame_equal(a.offices, b.offices)
    ra, rb = run_solve(a, overrides={"solver.gap": "0"}), run_solve(b, overrides={"solver.gap": "0"})
    assert ra.status == rb.status == "optimal"
    assert ra.objective == rb.objective
    pd.testing.assert_frame_equal(ra.office_year, rb.office_year)


# --------------------------------------------------------------------------------------------
# totals rows
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["合计", "合　计", " 总计 ", "小计", "小计(甲市)", "合计：", "Total",
                                  "TOTAL:", "Grand Total", "Sub-total", "sum", "totals"])
def test_totals_labels(text: str) -> None:
    assert totals_label(text)


@pytest.mark.parametrize("text", ["合计县社保中心", "total services", "C1", "summit", 0, None])
def test_not_totals_labels(text: Any) -> None:
    assert not totals_label(text)


def test_a_totals_row_gives_one_problem_naming_the_row(make_input: MakeInput) -> None:
    total = {"name": "合计", "workload": 3_800_000, "posts": 320, "actual_staff": 353}
    found = problems_of(make_input(offices=[*BASE_OFFICES, total]))
    assert [(p.sheet, p.row, p.column, p.value) for p in found] == [("offices", 6, label("offices", "name"),
                                                                     "合计")]
    assert "totals row" in found[0].expected and "delete this row" in found[0].expected


def test_subtotal_rows_in_the_middle_and_in_a_yearly_sheet(make_input: MakeInput) -> None:
    offices = [*BASE_OFFICES[:2], {"office_id": "小计", "posts": 250}, *BASE_OFFICES[2:]]
    workload = [{"office_id": "C1", "year": 2022, "workload": 1}, {"office_id": "Total", "workload": 1}]
    found = problems_of(make_input(offices=offices, workload=workload))
    assert [(p.sheet, p.row, p.column) for p in found] == [
        ("offices", 4, label("offices", "office_id")),
        ("workload by year", 3, label("workload_by_year", "office_id"))]


def test_an_office_whose_name_starts_with_heji_is_an_office(make_input: MakeInput) -> None:
    offices = [{**o, "name": "合计县社保中心"} if o["office_id"] == "C2" else o for o in BASE_OFFICES]
    data = read_workbook(make_input(offices=offices))
    assert "合计县社保中心" in set(data.offices["name"])


# --------------------------------------------------------------------------------------------
# --set keys: the same "did you mean" as the parameters sheet
# --------------------------------------------------------------------------------------------
def test_set_key_typo_gets_did_you_mean(tmp_path: Path) -> None:
    src = write_tiny_workbook(tmp_path / "tiny.xlsx")
    res = CliRunner().invoke(cli, ["solve", str(src), "--out", str(tmp_path / "run"), "--set",
                                   "target.countty=5000"], env={"TTY_INTERACTIVE": "0"})
    assert res.exit_code == 2, res.output
    assert "did you mean 'target.county'" in res.output
    assert not (tmp_path / "run").exists()
