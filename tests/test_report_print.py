"""What a reader of plan.xlsx sees: messages in the report's language, print setup, number
formats with units and bounded decimals, and the base year's undefined figures left empty."""

from __future__ import annotations

import dataclasses
import json
import math
import re
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner
from openpyxl.utils import get_column_letter

from staffopt.cli import cli
from staffopt.reader import read_workbook
from staffopt.report import write_run_folder
from staffopt.report.charts import cost_frame, headcount_frame, load_ratio_frame
from staffopt.report.excel import PAGE_WIDTH_UNITS
from staffopt.report.labels import localized_messages, text
from staffopt.schema import SHEETS, output_label
from test_report_support import BASE_NAN, fake_result, write_tiny_workbook

EN_MESSAGE = "county C1 reaches its budget cap in 2022"
ZH_MESSAGE = "县(区)级机构 C1 在2022年达到预算上限"
#: Most decimals any number format of the report may show.
MAX_DECIMALS = 6


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = write_tiny_workbook(tmp_path_factory.mktemp("in") / "tiny.xlsx")
    return read_workbook(path)


@pytest.fixture(scope="module", params=["en", "zh"])
def run(request: pytest.FixtureRequest, tiny: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    result = dataclasses.replace(fake_result(tiny), messages=(EN_MESSAGE,), messages_zh=(ZH_MESSAGE,))
    out = write_run_folder(result, tiny, tmp_path_factory.mktemp("out") / "run", request.param)
    return request.param, result, out, openpyxl.load_workbook(out / "plan.xlsx")


def _report_sheets(wb: Any, lang: str) -> list[Any]:
    inputs = {s.label(lang) for s in SHEETS}
    return [ws for ws in wb.worksheets if ws.title not in inputs]


def _values(ws: Any) -> list[Any]:
    return [c.value for row in ws.iter_rows() for c in row if c.value is not None]


# --- messages in the report's language ---------------------------------------------------------
def test_summary_sheet_shows_the_messages_in_the_report_language(run: Any) -> None:
    lang, _, out, wb = run
    values = _values(wb[text("sheet.summary", lang)])
    assert (ZH_MESSAGE in values) == (lang == "zh")
    assert (EN_MESSAGE in values) == (lang == "en")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["messages"] == [EN_MESSAGE]  # English whatever the language
    assert summary["messages_zh"] == [ZH_MESSAGE]


def test_localized_messages_never_drops_a_message() -> None:
    assert localized_messages(("a", "b"), ("甲", "乙"), "zh") == ("甲", "乙")
    assert localized_messages(("a", "b"), ("甲", "乙"), "en") == ("a", "b")
    assert localized_messages(("a", "b"), ("甲",), "zh") == ("甲", "b")  # missing: English stands in


def test_cli_prints_the_chinese_messages_under_lang_zh(tmp_path: Path) -> None:
    src = write_tiny_workbook(tmp_path / "tiny.xlsx")
    args = ["solve", str(src), "--set", "budget.regime=fund", "--set", "budget.fund_share=0.00001", "-q"]
    runner = CliRunner()
    zh = runner.invoke(cli, [*args, "--out", str(tmp_path / "zh"), "--lang", "zh"], catch_exceptions=False)
    en = runner.invoke(cli, [*args, "--out", str(tmp_path / "en"), "--lang", "en"], catch_exceptions=False)
    assert zh.exit_code == en.exit_code == 3, zh.output + en.output
    summary = json.loads((tmp_path / "zh" / "summary.json").read_text(encoding="utf-8"))
    assert summary["messages"] and len(summary["messages_zh"]) == len(summary["messages"])
    for message_en, message_zh in zip(summary["messages"], summary["messages_zh"], strict=True):
        assert re.search(r"[\u4e00-\u9fff]", message_zh), message_zh  # really Chinese
        assert message_zh in zh.stdout and message_en not in zh.stdout
        assert message_en in en.stdout and message_zh not in en.stdout


# --- usage line --------------------------------------------------------------------------------
def test_optional_input_is_bracketed_in_the_usage_line() -> None:
    runner = CliRunner()
    assert "solve [OPTIONS] [INPUT]" in runner.invoke(cli, ["solve", "--help"]).output.splitlines()[0]
    usage = runner.invoke(cli, ["validate", "--help"]).output.splitlines()[0]
    assert usage.endswith(" INPUT") and "[INPUT]" not in usage  # required stays bare
    bad = runner.invoke(cli, ["solve", "no_such_file.xlsx"])
    assert bad.exit_code == 2 and "Invalid value for 'INPUT'" in bad.output


# --- print setup -------------------------------------------------------------------------------
def _sheet_width(ws: Any) -> float:
    return sum(ws.column_dimensions[get_column_letter(c)].width or 8 for c in range(1, ws.max_column + 1))


def test_every_sheet_prints_landscape_fitted_to_width(run: Any) -> None:
    _, _, _, wb = run
    for ws in wb.worksheets:
        setup = ws.page_setup
        assert setup.orientation == "landscape", ws.title
        assert int(setup.paperSize) == 9, ws.title  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert int(setup.fitToHeight) in (0, 1), ws.title
        # a page across holds at most PAGE_WIDTH_UNITS (readable), and never more than 3 across
        pages = int(setup.fitToWidth)
        assert 1 <= pages <= 3 and (pages == 3 or _sheet_width(ws) <= pages * PAGE_WIDTH_UNITS), ws.title


def test_header_rows_and_title_columns_repeat_on_every_page(run: Any) -> None:
    lang, _, _, wb = run
    plan = wb[text("sheet.plan", lang)]
    assert plan.print_title_rows == "$1:$1" and plan.print_title_cols == "$A:$B"
    assert int(plan.page_setup.fitToWidth) >= 2  # 30+ columns: not shrunk onto one page
    for key in ("sheet.by_level", "sheet.budget", "sheet.settings"):
        assert wb[text(key, lang)].print_title_rows == "$1:$1", key
    offices = wb[next(s.label(lang) for s in SHEETS if s.key == "offices")]
    first_data = offices[offices.freeze_panes].row
    assert offices.print_title_rows == f"$1:${first_data - 1}"  # header and units rows


def test_summary_is_one_page_without_the_chart_data(run: Any) -> None:
    lang, _, _, wb = run
    ws = wb[text("sheet.summary", lang)]
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 1
    area = ws.print_area
    last_row = int(re.search(r"\$(\d+)$", area).group(1))  # type: ignore[union-attr]
    chart_data = next(c.row for c in ws["A"] if c.value == text("summary.chart_data", lang))
    assert last_row < chart_data
    budget = next(c.row for c in ws["A"] if isinstance(c.value, str)
                  and c.value.startswith(text("summary.budget_use", lang)))
    assert budget < last_row  # budget use is printed
    assert len(ws._charts) == 2


# --- number formats and units ------------------------------------------------------------------
def _decimals(number_format: str) -> int:
    return max((len(m) for m in re.findall(r"\.(0+)", number_format)), default=0)


def test_no_number_shows_more_than_six_decimals_or_as_a_raw_float(run: Any) -> None:
    lang, _, _, wb = run
    settings = text("sheet.settings", lang)
    for ws in _report_sheets(wb, lang):
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    continue
                assert _decimals(cell.number_format) <= MAX_DECIMALS, (ws.title, cell.coordinate)
                if isinstance(value, float) and ws.title != settings:  # settings: values as typed
                    assert cell.number_format != "General", (ws.title, cell.coordinate, value)


def test_every_number_column_header_has_a_unit(run: Any) -> None:
    lang, result, _, wb = run
    plan = wb[text("sheet.plan", lang)]
    numeric = [k for k in result.office_year.columns
               if pd.api.types.is_float_dtype(result.office_year[k]) and k not in ("platform",)]
    headers = {c.value for c in plan[1]}
    for key in numeric:
        label = output_label(key, lang)
        if label in headers:
            assert label.endswith(")"), label  # "name (unit)"


def test_shared_platform_reads_yes_or_no(run: Any) -> None:
    lang, _, _, wb = run
    plan = wb[text("sheet.plan", lang)]
    col = next(c.column for c in plan[1] if c.value == output_label("platform", lang))
    shown = {plan.cell(row=r, column=col).value for r in range(2, plan.max_row + 1)}
    assert shown <= {text("bool.true", lang), text("bool.false", lang)} and shown


# --- the base year -----------------------------------------------------------------------------
def test_base_year_figures_the_model_leaves_undefined_are_empty_cells(run: Any) -> None:
    lang, result, _, wb = run
    plan = wb[text("sheet.plan", lang)]
    head = {c.value: c.column for c in plan[1]}
    base_col = head[output_label("is_base", lang)]
    base_rows = [r for r in range(2, plan.max_row + 1)
                 if plan.cell(row=r, column=base_col).value == text("bool.true", lang)]
    assert len(base_rows) == int(result.office_year["is_base"].sum()) > 0
    for key in BASE_NAN:
        col = head[output_label(key, lang)]
        assert {plan.cell(row=r, column=col).value for r in base_rows} == {None}, key
    for ws in wb.worksheets:  # no "nan" text anywhere
        for value in _values(ws):
            assert not (isinstance(value, str) and value.strip().lower() in ("nan", "<na>", "nat")), ws.title
            assert not (isinstance(value, float) and not math.isfinite(value)), ws.title


def test_charts_leave_out_the_base_years_undefined_figures(tiny: Any) -> None:
    result = fake_result(tiny)
    assert result.office_year.loc[result.office_year["is_base"], "online"].isna().all()
    for lang in ("en", "zh"):
        ratio = load_ratio_frame(result, lang)  # type: ignore[arg-type]
        assert ratio["value"].notna().all() and len(ratio) > 0
        heads = headcount_frame(result, lang)  # type: ignore[arg-type]
        assert heads["value"].notna().all()
        cost, cap = cost_frame(result, lang)  # type: ignore[arg-type]
        assert cost["value"].notna().all()
        base_year = str(result.settings.int("base_year"))
        assert base_year in set(cost["year"]) and base_year not in set(cap["year"])  # no cap then
