"""The locks sheet as input (issue 11, item 5): read, validated with located errors, checked per run."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from helpers_workbook import BASE_OFFICES, label, table_rows, write_xlsx
from staffopt.cli import cli
from staffopt.errors import InputError, Problem
from staffopt.instance import build_instance
from staffopt.locks import Lock
from staffopt.reader import read_workbook, table_frame
from staffopt.workbook import blank_input_data, write_input_workbook

MakeInput = Callable[..., Path]

#: Valid locks of the base offices (base year 2021, horizon 5, posts.step 0; C2 has post step 2).
GOOD: list[dict[str, Any]] = [
    {"office_id": "C2", "year": 2023, "what": "posts", "min": 34, "max": 34, "note": "编办〔2023〕5号"},
    {"office_id": "C1", "year": 2022, "what": "staff", "max": 39},
    {"office_id": "M1", "year": 2024, "what": "contract", "min": 25},
]


#: A lock every case below may sit beside (P1's posts are frozen at 100).
FINE: dict[str, Any] = {"office_id": "P1", "year": 2026, "what": "posts", "min": 100, "max": 100}


def locks_sheet(records: list[dict[str, Any]], lang: str = "en") -> dict[str, list[list[Any]]]:
    name = "locks" if lang == "en" else "锁定"
    return {name: table_rows("locks", records, lang)}  # type: ignore[arg-type]


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(InputError) as info:
        read_workbook(path)
    return list(info.value.problems)


def located(found: list[Problem]) -> list[tuple[str, int | None, str | None, Any]]:
    return [(p.sheet, p.row, p.column, p.value) for p in found]


def test_valid_locks_are_read_with_their_rows(make_input: MakeInput) -> None:
    data = read_workbook(make_input(extra=locks_sheet(GOOD)))
    assert list(data.locks["row"]) == [2, 3, 4]
    instance = build_instance(data, data.parameters)
    assert instance.locks == (
        Lock(row=2, office="C2", year=2023, what="posts", lo=34, hi=34, note="编办〔2023〕5号"),
        Lock(row=3, office="C1", year=2022, what="staff", lo=None, hi=39),
        Lock(row=4, office="M1", year=2024, what="contract", lo=25, hi=None),
    )
    assert instance.locks[0].fixed and not instance.locks[1].fixed


def test_a_workbook_without_locks_has_none(make_input: MakeInput) -> None:
    data = read_workbook(make_input())
    assert data.locks.empty
    assert build_instance(data, data.parameters).locks == ()


# one broken lock per case: (records, expected (row, column key, value), a phrase of the message)
SHEET_CASES: dict[str, tuple[list[dict[str, Any]], tuple[int, str, Any], str]] = {
    "unknown office": ([{"office_id": "X9", "year": 2022, "what": "posts", "min": 1}],
                       (2, "office_id", "X9"), "office in the offices sheet"),
    "year after the horizon": ([{"office_id": "C1", "year": 2027, "what": "staff", "max": 40}],
                               (2, "year", 2027), "from 2022 to 2026"),
    "the base year": ([{"office_id": "C1", "year": 2021, "what": "staff", "max": 40}],
                      (2, "year", 2021), "plan year"),
    "no bound": ([{"office_id": "C1", "year": 2022, "what": "staff"}], (2, "min", None), "min, max or both"),
    "min above max": ([{"office_id": "C2", "year": 2022, "what": "posts", "min": 31, "max": 29}],
                      (2, "max", 29), "at least the min of this row (31"),
    "negative": ([{"office_id": "C1", "year": 2022, "what": "staff", "max": -1}], (2, "max", -1), "from 0"),
    "fraction": ([{"office_id": "C1", "year": 2022, "what": "staff", "min": 39.5}], (2, "min", 39.5),
                 "whole number"),
    "unknown quantity": ([{"office_id": "C1", "year": 2022, "what": "budget", "min": 1}],
                         (2, "what", "budget"), "posts, staff, contract"),
    "twice": ([GOOD[1], {**GOOD[1], "max": 40}], (3, "what", "staff"),
              "already locks established staff in 2022 in row 2"),
}


@pytest.mark.parametrize("case", SHEET_CASES)
def test_sheet_rules(case: str, make_input: MakeInput) -> None:
    records, (row, key, value), phrase = SHEET_CASES[case]
    found = problems_of(make_input(extra=locks_sheet(records)))
    assert located(found) == [("locks", row, label("locks", key), value)]
    assert phrase in found[0].expected


# locks the rules cannot reach (base offices: C1 posts 40 frozen, staff 40; C2 posts 30 step 2,
# staff 28, hiring cap 3; M1 contract 20; attrition 4 %)
RULE_CASES: dict[str, tuple[dict[str, Any], list[list[Any]], tuple[str, Any], list[str]]] = {
    "posts frozen": ({"office_id": "C1", "year": 2022, "what": "posts", "min": 41}, [],
                     ("min", 41), ["at most 40 persons", "posts.step=0 [default]"]),
    "posts beyond the step": ({"office_id": "C2", "year": 2023, "what": "posts", "min": 35}, [],
                              ("min", 35), ["at most 34 persons", "26 to 34 in 2023", "post step"]),
    "posts cut faster than the step": ({"office_id": "C2", "year": 2022, "what": "posts", "max": 27}, [],
                                       ("max", 27), ["at least 28 persons", "changing by at most 2"]),
    "staff below attrition": ({"office_id": "C1", "year": 2022, "what": "staff", "max": 37}, [],
                              ("max", 37), ["at least 38 persons", "staff.attrition=0.04", "leave only by"]),
    "staff above the hiring cap": ({"office_id": "C2", "year": 2022, "what": "staff", "min": 32}, [],
                                   ("min", 32), ["at most 31 persons in 2022", "3 hired a year",
                                                 "staff.hire_rate"]),
    "staff above the posts": ({"office_id": "C1", "year": 2022, "what": "staff", "min": 41}, [],
                              ("min", 41), ["at most 40 persons in 2022", "need posts"]),
    "contract may not grow": ({"office_id": "M1", "year": 2022, "what": "contract", "min": 21},
                              [["contract.no_new", "true"]],
                              ("min", 21), ["at most 20 persons", "contract.no_new=true [parameters sheet]"]),
}


@pytest.mark.parametrize("case", RULE_CASES)
def test_rule_consistency(case: str, make_input: MakeInput) -> None:
    record, parameters, (key, value), phrases = RULE_CASES[case]
    found = problems_of(make_input(extra=locks_sheet([FINE, record]),
                                   parameters=parameters or None))
    assert located(found) == [("locks", 3, label("locks", key), value)]
    for phrase in phrases:
        assert phrase in found[0].expected, found[0].expected


def test_posts_locked_below_locked_staff(make_input: MakeInput) -> None:
    records = [{"office_id": "C2", "year": 2023, "what": "staff", "min": 31},
               {"office_id": "C2", "year": 2023, "what": "posts", "max": 30}]
    found = problems_of(make_input(extra=locks_sheet(records)))
    assert located(found) == [("locks", 3, "max", 30)]
    assert "row 2 locks at least 31 established staff" in found[0].expected


def test_chinese_sheet_and_headers_name_the_problem_as_written(make_input: MakeInput) -> None:
    record = {"office_id": "C1", "year": 2022, "what": "posts", "min": 41}
    found = problems_of(make_input(extra=locks_sheet([record], "zh")))
    assert located(found) == [("锁定", 2, "下限", 41)]


def test_locks_are_checked_again_with_the_runs_settings(tmp_path: Path, make_input: MakeInput) -> None:
    src = make_input(extra=locks_sheet(GOOD))
    for option, row, phrase in (("staff.attrition=0", 3, "at least 40 persons"),
                                ("horizon=1", 2, "from 2022 to 2022")):
        res = CliRunner().invoke(cli, ["solve", str(src), "--out", str(tmp_path / "run"), "--set", option],
                                 env={"TTY_INTERACTIVE": "0"})
        assert res.exit_code == 2, res.output
        assert f"sheet 'locks', row {row}" in res.output and phrase in res.output
        assert "Traceback" not in res.output
        assert not (tmp_path / "run").exists()


def test_template_has_the_locks_sheet(tmp_path: Path) -> None:
    for lang, name, heads in (("en", "locks", ["office id", "year", "what", "min", "max", "note"]),
                              ("zh", "锁定", ["机构编号", "年份", "锁定对象", "下限", "上限", "说明"])):
        path = tmp_path / f"t-{lang}.xlsx"
        res = CliRunner().invoke(cli, ["init", str(path), "--lang", lang])
        assert res.exit_code == 0, res.output
        ws = openpyxl.load_workbook(path)[name]
        assert [c.value for c in ws[1]] == heads


@pytest.mark.parametrize(("written", "what"), [
    ("编制", "posts"), ("在编人员", "staff"), (" 编外人员 ", "contract"), ("Established Staff", "staff"),
    ("contract staff", "contract"), ("POSTS", "posts")])
def test_what_may_be_written_as_the_report_labels_it(written: str, what: str, make_input: MakeInput) -> None:
    record = {"office_id": "C1", "year": 2022, "what": written, "max": 45}
    if what == "posts":
        record = {**record, "min": 40, "max": 40}  # C1's posts are frozen at 40
    data = read_workbook(make_input(extra=locks_sheet([record], "zh")))
    assert list(data.locks["what"]) == [what]


def test_zh_template_offers_the_chinese_labels(tmp_path: Path) -> None:
    data = blank_input_data()
    path = tmp_path / "t.xlsx"
    write_input_workbook(data, path, "zh")
    ws = openpyxl.load_workbook(path)["锁定"]
    lists = [dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert '"编制,在编人员,编外人员"' in lists
    # a lock written in Chinese is read back as its code
    rows = [{"office_id": "C1", "year": 2022, "what": "staff", "max": 45, "row": 2}]
    base = read_workbook(write_xlsx(tmp_path / "base.xlsx", {"offices": table_rows("offices", BASE_OFFICES)}))
    written = dataclasses.replace(base, locks=table_frame("locks", rows))
    out = tmp_path / "zh.xlsx"
    write_input_workbook(written, out, "zh")
    ws = openpyxl.load_workbook(out)["锁定"]
    assert ws.cell(row=3, column=3).value == "在编人员"  # row 2 is the units row
    assert list(read_workbook(out).locks["what"]) == ["staff"]

