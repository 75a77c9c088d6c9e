"""The writer: template formatting, data validation, formula injection, atomic writes and round trips."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pandas.testing as pdt
import pytest

from helpers_workbook import BASE_OFFICES
from staffopt.errors import InputError
from staffopt.instance import InputData
from staffopt.reader import read_workbook, table_frame
from staffopt.schema import (
    OFFICE_COLUMNS,
    PARAMETERS,
    SHEETS,
    SHEETS_BY_KEY,
    SOURCES_SHEET,
    Lang,
    level_label,
)
from staffopt.settings import Settings
from staffopt.workbook import add_input_sheets, blank_input_data, write_input_workbook

LANGS: list[Lang] = ["en", "zh"]


def sample_data() -> InputData:
    offices = table_frame("offices", BASE_OFFICES)
    return dataclasses.replace(
        blank_input_data(),
        offices=offices,
        parameters=Settings({"horizon": 3, "contract.no_new": True, "budget.regime": "fund",
                             "budget.fund_share": 0.019, "base_year": 2022}),
        workload_by_year=table_frame("workload_by_year", [
            {"office_id": "C1", "year": 2023, "workload": 550_000.0},
            {"office_id": "C1", "year": 2024, "workload": 600_000.5}]),
        budget_by_year=table_frame("budget_by_year", [
            {"office_id": "M1", "year": 2023, "appropriation": 2600.25}]),
        scenarios=table_frame("scenarios", [
            {"scenario": "reform", "key": "budget.regime", "value": "fund", "note": "基金预算制", "row": 2},
            {"scenario": "reform", "key": "budget.fund_share", "value": "0.036", "row": 3}]),
    )


def assert_same_input(read: InputData, data: InputData) -> None:
    pdt.assert_frame_equal(read.offices, data.offices)
    pdt.assert_frame_equal(read.workload_by_year, data.workload_by_year)
    pdt.assert_frame_equal(read.budget_by_year, data.budget_by_year)
    pdt.assert_frame_equal(read.scenarios, data.scenarios)
    assert read.parameters == data.parameters


@pytest.mark.parametrize("lang", LANGS)
def test_write_then_read_gives_equal_frames(lang: Lang, tmp_path: Path) -> None:
    data = sample_data()
    path = tmp_path / f"in_{lang}.xlsx"
    write_input_workbook(data, path, lang, sources=[("posts", "002, Table 1")])
    assert_same_input(read_workbook(path), data)


@pytest.mark.parametrize("lang", LANGS)
def test_blank_template_layout(lang: Lang, tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_input_workbook(blank_input_data(), path, lang)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [s.label(lang) for s in SHEETS]
    ws = wb[SHEETS_BY_KEY["offices"].label(lang)]
    headers = [c.value for c in ws[1]]
    assert headers == [f.label(lang) for f in OFFICE_COLUMNS]
    units = [c.value for c in ws[2]]
    assert units == [f.unit.text(lang) or None for f in OFFICE_COLUMNS]
    assert all(c.font.bold and c.fill.fgColor.rgb.endswith("1F4E78") for c in ws[1])
    assert all(c.comment is not None and c.comment.text for c in ws[1])
    assert ws.freeze_panes == "C3"
    assert all(ws.column_dimensions[c.column_letter].width >= 10 for c in ws[1])
    rules = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    level_col = openpyxl.utils.get_column_letter([f.key for f in OFFICE_COLUMNS].index("level") + 1)
    level_rule = rules[f"{level_col}3:{level_col}100000"]
    assert level_rule.type == "list"
    assert level_rule.formula1 == '"' + ",".join(level_label(x, lang) for x in ("provincial", "municipal",
                                                                                  "county")) + '"'
    posts_col = openpyxl.utils.get_column_letter([f.key for f in OFFICE_COLUMNS].index("posts") + 1)
    posts_rule = rules[f"{posts_col}3:{posts_col}100000"]
    assert (posts_rule.type, posts_rule.operator, posts_rule.formula1, posts_rule.formula2) == (
        "whole", "between", "0", "1000000")
    floor_col = openpyxl.utils.get_column_letter([f.key for f in OFFICE_COLUMNS].index("manual_floor") + 1)
    floor_rule = rules[f"{floor_col}3:{floor_col}100000"]
    assert (floor_rule.type, floor_rule.formula1, floor_rule.formula2) == ("decimal", "0", "1")
    assert all(dv.showErrorMessage for dv in rules.values())
    scen = wb[SHEETS_BY_KEY["scenarios"].label(lang)]
    key_rule = next(dv for dv in scen.data_validations.dataValidation if str(dv.sqref).startswith("B"))
    params = SHEETS_BY_KEY["parameters"].label(lang)
    assert key_rule.formula1 == f"'{params}'!$A$2:$A${1 + len(PARAMETERS)}"


@pytest.mark.parametrize("lang", LANGS)
def test_parameters_sheet_lists_every_parameter(lang: Lang, tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_input_workbook(blank_input_data(), path, lang)
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEETS_BY_KEY["parameters"].label(lang)]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [p.key for p in PARAMETERS]
    by_key = {r[0]: r for r in rows}
    for p in PARAMETERS:
        unit = p.unit.text(lang)
        assert by_key[p.key][2] == (unit or None)
        assert by_key[p.key][3] == p.description(lang)
    assert by_key["training.enabled"][1] == ("true" if lang == "en" else "是")
    assert by_key["horizon"][1] == 5
    kinds: dict[str, str] = {}
    for dv in ws.data_validations.dataValidation:
        for ref in str(dv.sqref).split():
            kinds[str(by_key_row(ws, ref))] = f"{dv.type}:{dv.formula1}"
    assert kinds["training.enabled"] == ("list:\"true,false\"" if lang == "en" else "list:\"是,否\"")
    assert kinds["objective"] == "list:\"cost,service,equity\""
    assert kinds["horizon"] == "whole:1"


def by_key_row(ws: Any, ref: str) -> str:
    return str(ws.cell(row=int(ref[1:]), column=1).value)


def test_refuses_to_overwrite_and_leaves_no_temp_file(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(b"precious")
    with pytest.raises(FileExistsError):
        write_input_workbook(blank_input_data(), path)
    assert path.read_bytes() == b"precious"
    write_input_workbook(blank_input_data(), path, overwrite=True)
    assert zipfile.is_zipfile(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.xlsx"]


def test_formula_injection_is_written_as_text(tmp_path: Path) -> None:
    evil = '=HYPERLINK("http://example.invalid","click")'
    offices = table_frame("offices", [{**BASE_OFFICES[0], "name": evil, "regions": "=1+1"}])
    data = dataclasses.replace(blank_input_data(), offices=offices)
    path = tmp_path / "t.xlsx"
    write_input_workbook(data, path, sources=[("=cmd|'/c calc'!A1", "@SUM(1)")])
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name), name
    ws = openpyxl.load_workbook(path)["offices"]
    assert ws["B3"].value == evil and ws["B3"].data_type == "s"
    read = read_workbook(path)
    assert read.offices.loc[0, "name"] == evil
    assert read.offices.loc[0, "regions"] == "=1+1"


@pytest.mark.parametrize("lang", LANGS)
def test_fill_blank_template_then_read(lang: Lang, tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_input_workbook(blank_input_data(), path, lang)
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEETS_BY_KEY["offices"].label(lang)]
    keys = [c.value for c in ws[1]]
    label_to_key = {f.label(lang): f.key for f in OFFICE_COLUMNS}
    for i, office in enumerate(BASE_OFFICES):
        for j, header in enumerate(keys, start=1):
            key = label_to_key[header]
            value = office.get(key)
            if key == "level":
                value = level_label(value, lang)
            ws.cell(row=3 + i, column=j, value=value)
    params = wb[SHEETS_BY_KEY["parameters"].label(lang)]
    for row in params.iter_rows(min_row=2):
        if row[0].value == "horizon":
            row[1].value = 7
    wb.save(path)
    data = read_workbook(path)
    pdt.assert_frame_equal(data.offices, table_frame("offices", BASE_OFFICES))
    assert data.parameters["horizon"] == 7
    assert data.workload_by_year.empty and data.scenarios.empty


def test_add_input_sheets_to_a_report_workbook(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "summary"
    wb.active["A1"] = "a report sheet the reader must ignore"
    data = sample_data()
    add_input_sheets(wb, data, "zh")
    path = tmp_path / "plan.xlsx"
    wb.save(path)
    assert_same_input(read_workbook(path), data)
    with pytest.raises(ValueError, match="already has a sheet"):
        add_input_sheets(wb, data, "zh")


def test_sources_sheet_is_written_and_ignored(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_input_workbook(sample_data(), path, "zh", sources=[("编制", "002 表1"), ("参保人次", "虚构")])
    wb = openpyxl.load_workbook(path)
    ws = wb[SOURCES_SHEET.label("zh")]
    assert [c.value for c in ws[1]] == ["项目", "来源"]
    assert ws["A2"].value == "编制" and ws["B3"].value == "虚构"
    assert len(read_workbook(path).offices) == 4


@pytest.mark.parametrize("name", ["example_province", "national_2021"])
def test_shipped_examples_round_trip(name: str, tmp_path: Path) -> None:
    from staffopt.examples import EXAMPLES

    data, sources = EXAMPLES[name]()
    path = tmp_path / f"{name}.xlsx"
    write_input_workbook(data, path, "zh", sources=sources)
    read = read_workbook(path)
    pdt.assert_frame_equal(read.offices, data.offices)
    pdt.assert_frame_equal(read.workload_by_year, data.workload_by_year)
    pdt.assert_frame_equal(read.budget_by_year, data.budget_by_year)
    pdt.assert_frame_equal(read.scenarios.drop(columns="row"), data.scenarios.drop(columns="row"))
    assert read.parameters == data.parameters


@pytest.mark.libreoffice
def test_libreoffice_resave_keeps_the_workbook_readable(tmp_path: Path) -> None:
    """The real spreadsheet program: a template saved by LibreOffice still reads back equal."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is needed: make system-deps"
    data = sample_data()
    src = tmp_path / "in.xlsx"
    write_input_workbook(data, src, "zh")
    # a formula has no cached value until a spreadsheet program recalculates and saves it
    with_formula = tmp_path / "formula.xlsx"
    write_input_workbook(data, with_formula, "en")
    wb = openpyxl.load_workbook(with_formula)
    posts_col = [f.key for f in OFFICE_COLUMNS].index("posts") + 1
    wb["offices"].cell(row=3, column=posts_col, value="=60+40")
    wb.save(with_formula)
    with pytest.raises(InputError, match="formula with no cached value"):
        read_workbook(with_formula)
    out = tmp_path / "out"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                    "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                    str(src), str(with_formula)], check=True, capture_output=True, timeout=120)
    resaved = out / "in.xlsx"
    assert resaved.exists() and (out / "formula.xlsx").exists(), "soffice wrote nothing"
    assert read_workbook(out / "formula.xlsx").offices.loc[0, "posts"] == 100  # the cached value
    read = read_workbook(resaved)
    pdt.assert_frame_equal(read.offices, data.offices)
    assert read.parameters == data.parameters
    ws = openpyxl.load_workbook(resaved)[SHEETS_BY_KEY["offices"].label("zh")]
    assert any(dv.type == "list" for dv in ws.data_validations.dataValidation)


def test_blank_input_data_shape() -> None:
    data = blank_input_data()
    assert list(data.offices.columns) == [f.key for f in OFFICE_COLUMNS]
    assert data.offices.empty and data.parameters == Settings()
    assert list(data.scenarios.columns) == [f.key for f in SHEETS_BY_KEY["scenarios"].columns] + ["row"]
    assert isinstance(data.workload_by_year, pd.DataFrame)
