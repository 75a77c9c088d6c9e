"""``staffopt init`` and ``staffopt validate`` through CliRunner: exit codes, messages, no tracebacks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner, Result

from helpers_workbook import ROW, replace_office
from staffopt.cli import cli
from staffopt.reader import read_workbook
from staffopt.schema import SHEETS


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_init_writes_blank_template(lang: str, tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    result = run("init", str(path), "--lang", lang)
    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(path).sheetnames == [s.label(lang) for s in SHEETS]
    assert "staffopt validate" in result.output


def test_init_refuses_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(b"keep me")
    result = run("init", str(path))
    assert result.exit_code == 2
    assert "exists already" in result.output
    assert path.read_bytes() == b"keep me"


def test_init_needs_xlsx_name(tmp_path: Path) -> None:
    result = run("init", str(tmp_path / "t.xls"))
    assert result.exit_code == 2 and ".xlsx" in result.output


def test_init_unknown_example_lists_names(tmp_path: Path) -> None:
    result = run("init", str(tmp_path / "t.xlsx"), "--example", "atlantis")
    assert result.exit_code == 2
    assert "example_province" in result.output
    assert not (tmp_path / "t.xlsx").exists()


def test_init_example_then_validate(tmp_path: Path) -> None:
    path = tmp_path / "ex.xlsx"
    assert run("init", str(path), "--example", "national_2021", "--lang", "zh").exit_code == 0
    # a Chinese workbook answers in Chinese unless --lang says otherwise (issue 11.2)
    assert run("validate", str(path)).output.startswith("通过：3 个经办机构(省级 1，地(市)级 1，县(区)级 1)")
    result = run("validate", str(path), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK: 3 offices (provincial 1, municipal 1, county 1)")
    assert "145,275 persons" in result.output  # actual staff 2021, 002 Table 1
    assert "person-times/year" in result.output
    assert len(read_workbook(path).offices) == 3


def test_validate_zh_summary(make_input: Callable[..., Path]) -> None:
    result = run("validate", str(make_input()), "--lang", "zh")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("通过：4 个经办机构")
    assert "人次/年" in result.output


def test_validate_prints_every_problem(make_input: Callable[..., Path]) -> None:
    path = make_input(offices=replace_office("C1", posts="x", manual_floor=3),
                      parameters=[["horizon", 0]])
    result = run("validate", str(path))
    assert result.exit_code == 2
    assert "3 problem(s)" in result.output
    assert f"sheet 'offices', row {ROW['C1']}, column 'posts': found 'x'" in result.output
    assert f"row {ROW['C1']}, column 'manual-service floor': found 3" in result.output
    assert "sheet 'parameters', row 2, column 'value': found 0" in result.output


def test_validate_zh_heading(make_input: Callable[..., Path]) -> None:
    result = run("validate", str(make_input(offices=[])), "--lang", "zh")
    assert result.exit_code == 2
    assert "中发现 1 个问题" in result.output


def test_validate_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 2
    assert "a text or CSV file" in result.output


def test_validate_missing_file(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nope.xlsx"))
    assert result.exit_code == 2
    assert "does not exist" in result.output
