"""``plan.xlsx``: the report workbook of one run, which is also a valid input workbook.

Sheets, in order: summary (run status, key figures against the status quo, cost by line,
budget use, two native Excel charts), plan (office × year), by level, by region, budget,
marginal values, platforms, locks in the plan (when the input has locks), run settings, then the
input sheets (offices, parameters …) written by :func:`staffopt.workbook.add_input_sheets`. The
parameters sheet holds the run's *effective* settings, so ``staffopt solve plan.xlsx`` reproduces
this plan, and an edited copy gives the next one. Every number comes from the
:class:`~staffopt.results.Result` tables.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from staffopt.instance import InputData
from staffopt.locks import locks_against_plan, locks_from, what_label
from staffopt.report.charts import base_and_final, load_ratio_axis_title
from staffopt.report.excel import (
    FONT_NAME,
    SECTION_FONT,
    TITLE_FONT,
    add_table_sheet,
    fit_columns,
    save_workbook,
    set_print_layout,
    style_header,
    text_width,
    write_cell,
    write_key_values,
)
from staffopt.report.headline import YUAN_PER_WAN, headline
from staffopt.report.labels import localized_messages, text
from staffopt.report.provenance import rows as provenance_rows
from staffopt.report.quality import plan_warning_msgs
from staffopt.report.reform_text import scenario_label, t
from staffopt.results import Result
from staffopt.schema import (
    COST_LINES,
    COST_TOTAL,
    LEVELS,
    OUTPUT_COLUMNS_BY_KEY,
    PARAMETER_SHEET_COLUMNS,
    PARAMETERS_BY_KEY,
    SECONDS,
    Lang,
)
from staffopt.schema import level_label as _level_label
from staffopt.tolerances import REPORT_ZERO

#: Columns of the plan sheet (office × year), in order.
PLAN_COLUMNS: tuple[str, ...] = (
    "office_id", "name", "level", "province", "regions", "pool", "year", "is_base", "workload", "posts",
    "staff", "contract", "professional", "actual", "over_establishment", "contract_share", "conversions",
    "train", "invest", "digital",
    "online", "unmet", "unmet_share", "platform", "load_ratio_nominal", "load_ratio_effective", "target",
    "standard_posts", *COST_LINES, COST_TOTAL, "budget_cap",
)
#: Figures of the summary's key-figure table (rows of ``by_level_year``), in order.
KEY_FIGURES: tuple[str, ...] = (
    "workload", "posts", "staff", "contract", "contract_share", "professional", "online",
    "load_ratio_nominal", "load_ratio_effective", "target", "unmet", "cost_total", "goods_services_share",
)
#: First column of the key-figure values (after figure and unit).
KEY_FIRST_COL = 3
#: Rows kept free beside the headline and run blocks for the two native charts of the summary.
CHART_BAND_ROWS = 17
#: Height (points) of one line of a wrapped label, value or message on the summary.
LINE_POINTS = 15
#: Width of the summary's label column (figure names below; longer labels wrap).
LABEL_WIDTH = 34
#: Rows of the summary's cost table: the cost lines and their total.
COST_ROWS: tuple[str, ...] = (*COST_LINES, COST_TOTAL)


#: A marginal value this close to 0 is left out of the marginal-values sheet.
MARGINAL_ZERO = REPORT_ZERO

#: Font of a warning on the summary sheet.
WARNING_FONT = Font(name=FONT_NAME, bold=True, color="C00000")


def _present(frame: pd.DataFrame, keys: tuple[str, ...] | list[str]) -> list[str]:
    return [k for k in keys if k in frame.columns]


def _num(value: Any) -> float:
    return float(value) if value is not None and not pd.isna(value) else float("nan")


def _unit(key: str, lang: Lang) -> str:
    unit = OUTPUT_COLUMNS_BY_KEY[key].unit
    return unit.text(lang)


def _fmt(key: str) -> str:
    return OUTPUT_COLUMNS_BY_KEY[key].number_format


def _headline_rows(result: Result, lang: Lang) -> list[tuple[str, Any, str | None]]:
    """The headline block (:func:`~staffopt.report.headline.headline`): real cost first."""
    rows: list[tuple[str, Any, str | None]] = []
    for label, value, unit, fmt in headline(result).rows(lang):
        rows.append((f"{label} ({unit})" if unit else label, value, fmt))
    return rows


def _scenario_shown(name: str | None, lang: Lang) -> str:
    """The scenario as the report names it: a preset's Chinese name under ``zh``, with the name to type."""
    if not name:
        return text("summary.none", lang)
    label = scenario_label(name, lang)
    return label if label == name else f"{label}({name})"


def _run_rows(result: Result, lang: Lang, source: str | None) -> list[tuple[str, Any, str | None]]:
    s = result.settings
    years = s.years
    rows: list[tuple[str, Any, str | None]] = [
        (text("summary.mip_gap", lang), result.mip_gap, "0.00%"),
        (f"{text('summary.solve_seconds', lang)} ({SECONDS.text(lang)})",
         None if result.backend is None else result.solve_seconds, "0.0"),  # None: no solver ran
        (text("summary.backend", lang), text(f"backend.{result.backend or 'none'}", lang), None),
        (text("summary.objective_kind", lang), text(f"objective.{s.str('objective')}", lang), None),
        (text("summary.regime", lang), text(f"regime.{s.str('budget.regime')}", lang), None),
        (text("summary.scenario", lang), _scenario_shown(result.scenario, lang), None),
        (text("summary.years", lang), f"{s.int('base_year')} → {years[0]}–{years[-1]}", None),
    ]
    if source:
        rows.append((text("summary.input", lang), source, None))
    return rows


def _messages(ws: Worksheet, result: Result, lang: Lang, row: int) -> int:
    """Write the run's messages in ``lang`` below the charts; return the next free row.

    One message per row from column A: a long one runs across the empty cells to the right.
    The plan's warnings (:func:`~staffopt.report.quality.plan_warning_msgs`: large gap at the time
    limit, unmet workload) come first, in bold red.
    """
    warnings = [w.render(lang) for w in plan_warning_msgs(result)]
    messages = localized_messages(result.messages, result.messages_zh, lang)
    if not messages and not warnings:
        return row
    write_cell(ws, row, 1, text("summary.messages", lang)).font = SECTION_FONT
    for i, warning in enumerate(warnings, start=1):
        write_cell(ws, row + i, 1, f"{text('summary.warning', lang)}: {warning}").font = WARNING_FONT
    for i, message in enumerate(messages, start=len(warnings) + 1):
        write_cell(ws, row + i, 1, message)
    return row + len(warnings) + len(messages) + 2


def _key_figures(ws: Worksheet, result: Result, lang: Lang, row: int) -> int:
    """Key figures, one row per figure: status quo, final plan year and change for each level.

    Columns: figure, unit, then per level (provincial, municipal, county, all) three columns
    under a merged level header. Returns the next free row.
    """
    base, final, base_year, final_year = base_and_final(result)
    write_cell(ws, row, 1, text("summary.key_figures", lang)).font = SECTION_FONT
    levels = [lv for lv in (*LEVELS, "all") if lv in base.index and lv in final.index]
    top, sub = row + 1, row + 2
    ws.merge_cells(start_row=top, start_column=1, end_row=sub, end_column=1)
    ws.merge_cells(start_row=top, start_column=2, end_row=sub, end_column=2)
    style_header(write_cell(ws, top, 1, text("summary.figure", lang)))
    style_header(write_cell(ws, top, 2, text("summary.unit", lang)))
    subheads = [f"{text('summary.status_quo', lang)} {base_year}",
                f"{text('summary.plan_final', lang)} {final_year}", text("summary.change", lang)]
    for i, lv in enumerate(levels):
        col = KEY_FIRST_COL + 3 * i
        style_header(write_cell(ws, top, col, _level_label(lv, lang)))
        for j in range(1, 3):
            style_header(ws.cell(row=top, column=col + j))
        ws.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + 2)
        for j, head in enumerate(subheads):
            style_header(write_cell(ws, sub, col + j, head))
    for c in (1, 2):
        style_header(ws.cell(row=sub, column=c))
    row = sub
    for key in _present(result.by_level_year, KEY_FIGURES):
        row += 1
        fmt = _fmt(key)
        write_cell(ws, row, 1, OUTPUT_COLUMNS_BY_KEY[key].label(lang, False))
        write_cell(ws, row, 2, _unit(key, lang))
        for i, lv in enumerate(levels):
            col = KEY_FIRST_COL + 3 * i
            before, after = base.at[lv, key], final.at[lv, key]
            write_cell(ws, row, col, before, fmt)
            write_cell(ws, row, col + 1, after, fmt)
            write_cell(ws, row, col + 2, _num(after) - _num(before), fmt)  # NaN: empty
    return row + 2


def _cost_block(ws: Worksheet, result: Result, lang: Lang, row: int) -> tuple[int, int, int, int]:
    """Cost by line (rows) and year (columns) for all levels; returns (next row, first, last, n years)."""
    bly = result.by_level_year
    allrows = bly[bly["level"] == "all"].sort_values("year")
    write_cell(ws, row, 1, f"{text('summary.cost_by_line', lang)} ({_unit('cost_total', lang)})").font = (
        SECTION_FONT)
    row += 1
    style_header(write_cell(ws, row, 1, text("chart.line", lang)))
    years = [int(y) for y in allrows["year"]]
    for j, year in enumerate(years, start=2):
        style_header(write_cell(ws, row, j, year, "0"))
    first = row + 1
    for key in _present(allrows, COST_ROWS):
        row += 1
        write_cell(ws, row, 1, OUTPUT_COLUMNS_BY_KEY[key].label(lang, False))
        for j, value in enumerate(allrows[key], start=2):
            write_cell(ws, row, j, value, _fmt(key))
    last = row
    if "goods_services_share" in allrows.columns:  # beside 002's Table 2 (32.19% in 2008, 18.89% in 2018)
        row += 1
        write_cell(ws, row, 1, OUTPUT_COLUMNS_BY_KEY["goods_services_share"].label(lang, False))
        for j, value in enumerate(allrows["goods_services_share"], start=2):
            write_cell(ws, row, j, value, _fmt("goods_services_share"))
        row += 1
        write_cell(ws, row, 1, text("summary.table2", lang))
    return row + 2, first, last, len(years)


def _budget_block(ws: Worksheet, result: Result, lang: Lang, row: int) -> int:
    """Budget use by plan year: total cost, total cap, highest use of any pool (from ``budget``)."""
    budget = result.budget
    write_cell(ws, row, 1, f"{text('summary.budget_use', lang)} "
                           f"({text('regime.' + result.settings.str('budget.regime'), lang)})").font = (
        SECTION_FONT)
    row += 1
    if budget.empty:
        write_cell(ws, row, 1, text("summary.none", lang))
        return row + 2
    by_year = budget.groupby("year").agg(
        cost_total=("cost_total", "sum"),
        budget_cap=("budget_cap", lambda s: s.sum(min_count=1)),
        budget_use=("budget_use", "max"),
    )
    style_header(write_cell(ws, row, 1, OUTPUT_COLUMNS_BY_KEY["year"].label(lang, False)))
    for j, year in enumerate(by_year.index, start=2):
        style_header(write_cell(ws, row, j, int(year), "0"))
    labels = {
        "cost_total": OUTPUT_COLUMNS_BY_KEY["cost_total"].label(lang),
        "budget_cap": OUTPUT_COLUMNS_BY_KEY["budget_cap"].label(lang),
        "budget_use": f"{text('summary.highest_use', lang)} (%)",
    }
    for key, label in labels.items():
        row += 1
        write_cell(ws, row, 1, label)
        for j, value in enumerate(by_year[key], start=2):
            write_cell(ws, row, j, value, _fmt(key))
    return row + 2


def _chart_data(ws: Worksheet, result: Result, lang: Lang, row: int) -> tuple[int, int, int]:
    """Load ratio by level (status quo, final year nominal and effective, target) for the native chart."""
    base, final, base_year, final_year = base_and_final(result)
    write_cell(ws, row, 1, text("summary.chart_data", lang)).font = SECTION_FONT
    row += 1
    heads = [OUTPUT_COLUMNS_BY_KEY["level"].label(lang, False),
             f"{text('summary.status_quo', lang)} {base_year}",
             f"{text('chart.plan_nominal', lang)} {final_year}",
             f"{text('chart.plan_effective', lang)} {final_year}",
             OUTPUT_COLUMNS_BY_KEY["target"].label(lang, False)]
    for j, head in enumerate(heads, start=1):
        style_header(write_cell(ws, row, j, head))
    header = row
    for lv in LEVELS:
        if lv not in base.index or lv not in final.index:
            continue
        row += 1
        write_cell(ws, row, 1, _level_label(lv, lang))
        write_cell(ws, row, 2, base.at[lv, "load_ratio_nominal"], "#,##0")
        write_cell(ws, row, 3, final.at[lv, "load_ratio_nominal"], "#,##0")
        write_cell(ws, row, 4, final.at[lv, "load_ratio_effective"], "#,##0")
        write_cell(ws, row, 5, final.at[lv, "target"], "#,##0")
    return row + 2, header, row


_WRAP_TOKEN = re.compile(r"[\u2e80-\U0010ffff]|[^\s\u2e80-\U0010ffff]+\s*|\s+")


def wrapped_lines(shown: str, width: float) -> int:
    """Lines the text ``shown`` takes when wrapped in a cell ``width`` units wide (:func:`text_width`).

    Greedy, as Excel and LibreOffice wrap: words stay whole unless wider than the cell, and an
    East-Asian character may start a new line anywhere. One unit is kept for the cell's padding
    (as :func:`~staffopt.report.excel.fit_columns` does; its widths are generous for bold text).
    """
    room = max(1.0, width - 1)
    lines, used = 1, 0.0
    for token in _WRAP_TOKEN.findall(shown):
        word = text_width(token.rstrip())
        if used > 0 and used + word > room:
            lines, used = lines + 1, 0.0
        if word > room:  # a word wider than the cell is broken
            extra = math.ceil(word / room) - 1
            lines, used = lines + extra, word - extra * room
        else:
            used += word
        used += text_width(token) - word  # the spaces after it
    return lines


def _wrap_key_values(ws: Worksheet, first: int, last: int, value_cols: int) -> None:
    """Wrap the labels (column A) and text values of rows ``first`` … ``last`` too wide for their cells.

    A text value wider than column B is spread over ``value_cols`` columns from B (merged; the
    charts start after them) and wraps there; ``value_cols`` = 0 leaves the values alone (no
    chart: they run on to the right). A wrapped row is ``LINE_POINTS`` high per line and 3 more,
    both cells aligned at the top. Numbers never wrap (they are short).
    """
    label_width = ws.column_dimensions["A"].width or LABEL_WIDTH
    value_width = sum(ws.column_dimensions[get_column_letter(c)].width or 0 for c in range(2, 2 + value_cols))
    for r in range(first, last + 1):
        label, value = ws.cell(r, 1), ws.cell(r, 2)
        lines = wrapped_lines(label.value, label_width) if isinstance(label.value, str) else 1
        value_lines = 1
        too_wide = text_width(value.value) > (ws.column_dimensions["B"].width or 0) - 1 if isinstance(
            value.value, str) else False
        if value_cols > 0 and too_wide:
            if value_cols > 1:
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=1 + value_cols)
            value_lines = wrapped_lines(value.value, value_width)
        lines = max(lines, value_lines)
        if lines > 1:
            label.alignment = Alignment(wrap_text=True, vertical="top")
            value.alignment = Alignment(horizontal="left", wrap_text=True, vertical="top")
            ws.row_dimensions[r].height = LINE_POINTS * lines + 3


def _wrap_messages(ws: Worksheet, first: int, last: int, last_col: int) -> None:
    """Wrap the messages of rows ``first`` … ``last`` within the printed columns A … ``last_col``."""
    width = sum(ws.column_dimensions[get_column_letter(c)].width or 0 for c in range(1, last_col + 1))
    for r in range(first, last + 1):
        cell = ws.cell(r, 1)
        if not isinstance(cell.value, str) or text_width(cell.value) <= width - 1:
            continue
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last_col)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = LINE_POINTS * wrapped_lines(cell.value, width) + 3


def _summary_sheet(ws: Worksheet, result: Result, lang: Lang, source: str | None) -> None:
    """The one-page summary: run, two charts, key figures by level, cost by line, budget use.

    The chart data block below the print area feeds the load-ratio chart; it is not printed.
    Labels and values too long for their cells wrap (:func:`_wrap_key_values`), and so do
    messages wider than the printed page (:func:`_wrap_messages`): the page stays one page.
    """
    ws.title = text("sheet.summary", lang)
    write_cell(ws, 1, 1, text("summary.title", lang)).font = TITLE_FONT
    write_cell(ws, 3, 1, t("headline.title", lang)).font = SECTION_FONT
    row = write_key_values(ws, _headline_rows(result, lang), start_row=4)
    write_cell(ws, row, 1, text("summary.run", lang)).font = SECTION_FONT
    row = write_key_values(ws, _run_rows(result, lang, source), start_row=row + 1) + 1
    key_values_last = row - 2
    set_print_layout(ws, header_rows=None, fit_height=True)  # the summary is one page
    if not result.has_plan or result.by_level_year.empty:
        fit_columns(ws, header_rows=())
        _wrap_key_values(ws, 4, key_values_last, 0)
        _messages(ws, result, lang, row)
        return
    row = max(row, 3 + CHART_BAND_ROWS)  # the charts sit beside the run block
    messages_first = row + 1
    row = _messages(ws, result, lang, row)
    messages_last = row - 2
    first_table_row = row
    row = _key_figures(ws, result, lang, row)
    row, cost_first, cost_last, n_years = _cost_block(ws, result, lang, row)
    row = _budget_block(ws, result, lang, row)
    last_printed = row - 2
    row, ratio_header, ratio_last = _chart_data(ws, result, lang, row)
    # widths from the printed tables only (sub-headers wrap), not from the chart data below
    fit_columns(ws, header_rows=(first_table_row + 2,), min_row=first_table_row + 1,
                max_rows=last_printed - first_table_row - 1)
    ws.column_dimensions["A"].width = LABEL_WIDTH
    ws.column_dimensions["B"].width = max(ws.column_dimensions["B"].width or 0, 12)
    last_col = max(KEY_FIRST_COL + 11, 1 + n_years)
    ws.print_area = f"A1:{get_column_letter(last_col)}{last_printed}"
    _wrap_key_values(ws, 4, key_values_last, 2)  # values in B:C, the load-ratio chart starts at D
    _wrap_messages(ws, messages_first, messages_last, last_col)

    ratio_chart = BarChart()
    ratio_chart.type = "col"
    ratio_chart.title = text("chart.load_ratio", lang)
    ratio_chart.y_axis.title = load_ratio_axis_title(lang)
    ratio_chart.y_axis.numFmt = "#,##0"
    ratio_chart.y_axis.scaling.min = 0  # bars from zero, or small differences look huge
    ratio_chart.add_data(Reference(ws, min_col=2, max_col=5, min_row=ratio_header, max_row=ratio_last),
                         titles_from_data=True)
    ratio_chart.set_categories(Reference(ws, min_col=1, min_row=ratio_header + 1, max_row=ratio_last))
    ratio_chart.width, ratio_chart.height = 14, 8
    ratio_chart.legend.position = "b"
    _show_axes(ratio_chart)
    ws.add_chart(ratio_chart, "D3")

    cost_chart = BarChart()
    cost_chart.type = "col"
    cost_chart.grouping = "stacked"
    cost_chart.overlap = 100
    cost_chart.title = f"{text('summary.cost_by_line', lang)} ({_unit('cost_total', lang)})"
    cost_chart.y_axis.numFmt = "#,##0"
    cost_chart.y_axis.scaling.min = 0
    lines_last = cost_last - 1 if cost_last > cost_first else cost_last  # leave out the total row
    cost_chart.add_data(Reference(ws, min_col=1, max_col=1 + n_years, min_row=cost_first,
                                  max_row=lines_last), from_rows=True, titles_from_data=True)
    cost_chart.set_categories(Reference(ws, min_col=2, max_col=1 + n_years, min_row=cost_first - 1))
    cost_chart.width, cost_chart.height = 14, 8
    cost_chart.legend.position = "b"
    _show_axes(cost_chart)
    ws.add_chart(cost_chart, "J3")


def _show_axes(chart: BarChart) -> None:
    """Make both axes visible: openpyxl 3.1 leaves them deleted, which Excel honours."""
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def _settings_sheet(wb: Workbook, result: Result, lang: Lang,
                    provenance: Mapping[str, Any] | None = None) -> None:
    """Every parameter of the run (after scenario and ``--set``), then the run's provenance."""
    ws = wb.create_sheet(text("sheet.settings", lang))
    for j, field in enumerate(PARAMETER_SHEET_COLUMNS, start=1):
        style_header(write_cell(ws, 1, j, field.label(lang)))
    for i, (key, value) in enumerate(result.settings.as_dict().items(), start=2):
        field = PARAMETERS_BY_KEY[key]
        shown = ("true" if value else "false") if isinstance(value, bool) else value
        write_cell(ws, i, 1, key)
        write_cell(ws, i, 2, shown).alignment = Alignment(horizontal="right")
        write_cell(ws, i, 3, field.unit.text(lang))
        write_cell(ws, i, 4, field.description(lang))
    ws.freeze_panes = "B2"
    fit_columns(ws)
    if provenance:  # below the parameters, written after the widths: long values overflow
        row = ws.max_row + 2
        write_cell(ws, row, 1, t("prov.title", lang)).font = SECTION_FONT
        for i, (label, value) in enumerate(provenance_rows(provenance, lang), start=row + 1):
            write_cell(ws, i, 1, label).font = Font(name=FONT_NAME, bold=True)
            write_cell(ws, i, 2, value).alignment = Alignment(horizontal="left")
    set_print_layout(ws)


def _marginal_block(ws: Worksheet, row: int, title: str, heads: list[str], rows: list[list[Any]],
                    formats: list[str | None], omitted: int, lang: Lang) -> int:
    """One table of the marginal-values sheet (largest first, zeros left out); return the next free row."""
    write_cell(ws, row, 1, title).font = SECTION_FONT
    row += 1
    for j, head in enumerate(heads, start=1):
        style_header(write_cell(ws, row, j, head))
    for values in rows:
        row += 1
        for j, (value, fmt) in enumerate(zip(values, formats, strict=True), start=1):
            write_cell(ws, row, j, value, fmt)
    if not rows:
        row += 1
        write_cell(ws, row, 1, t("marginals.none", lang))
    if omitted:
        row += 1
        write_cell(ws, row, 1, t("marginals.omitted", lang, n=omitted))
    return row + 2


def _marginals_sheet(wb: Workbook, result: Result, lang: Lang) -> None:
    """Marginal values, binding first: budget (万元 per 万元) by pool-year, workload (元 per person-time).

    Each table is sorted from the largest value down and leaves out the zeros (a budget that
    does not bind, a level-year with no cost at the margin), saying how many were left out.
    """
    ws = wb.create_sheet(text("sheet.marginals", lang))
    write_cell(ws, 1, 1, text("marginals.note", lang))
    budget = result.budget
    row = 3
    if result.settings.str("budget.regime") != "none" and not budget.empty:
        value = pd.to_numeric(budget["marginal_budget"], errors="coerce").fillna(0.0)
        keep = budget.assign(value=value)[value.abs() > MARGINAL_ZERO].sort_values("value", ascending=False)
        rows = [[p, int(y), v, u] for p, y, v, u in zip(keep["pool"], keep["year"], keep["value"],
                                                        keep["budget_use"], strict=True)]
        heads = [OUTPUT_COLUMNS_BY_KEY["pool"].label(lang), OUTPUT_COLUMNS_BY_KEY["year"].label(lang),
                 t("marginals.budget_value", lang), OUTPUT_COLUMNS_BY_KEY["budget_use"].label(lang)]
        row = _marginal_block(ws, row, text("marginals.budget", lang), heads, rows,
                              [None, "0", "#,##0.0000", "0.0%"], len(budget) - len(keep), lang)
    marg = result.marginals
    if not marg.empty:
        value = pd.to_numeric(marg["marginal_workload"], errors="coerce").fillna(0.0) * YUAN_PER_WAN
        keep = marg.assign(value=value)[value.abs() > MARGINAL_ZERO].sort_values("value", ascending=False)
        rows = [[_level_label(lv, lang), int(y), v] for lv, y, v in zip(keep["level"], keep["year"],
                                                                          keep["value"], strict=True)]
        heads = [OUTPUT_COLUMNS_BY_KEY["level"].label(lang), OUTPUT_COLUMNS_BY_KEY["year"].label(lang),
                 t("marginals.workload_value", lang)]
        row = _marginal_block(ws, row, text("marginals.workload", lang), heads, rows, [None, "0", "#,##0.00"],
                              len(marg) - len(keep), lang)
    fit_columns(ws, header_rows=(), min_row=3)
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width or 0, 16)
    for col in "BCD":
        ws.column_dimensions[col].width = max(ws.column_dimensions[col].width or 0, 14)
    set_print_layout(ws, header_rows=None)


def build_plan_workbook(result: Result, data: InputData, lang: Lang = "en", *,
                        provenance: Mapping[str, Any] | None = None) -> Workbook:
    """Build the report workbook in memory (see the module docstring for its sheets).

    The data rows of the table sheets are deferred (:func:`~staffopt.report.excel.write_table`):
    save the workbook with :func:`~staffopt.report.excel.save_workbook`.
    """
    wb = Workbook()
    _summary_sheet(wb.active, result, lang, data.source)
    if result.has_plan:
        oy = result.office_year
        add_table_sheet(wb, text("sheet.plan", lang), oy, lang, columns=_present(oy, PLAN_COLUMNS),
                        freeze_columns=2, defer=True)
        add_table_sheet(wb, text("sheet.by_level", lang), result.by_level_year, lang, freeze_columns=2,
                        defer=True)
        if not result.by_region_year.empty:
            add_table_sheet(wb, text("sheet.by_region", lang), result.by_region_year, lang,
                            freeze_columns=2, defer=True)
        add_table_sheet(wb, text("sheet.budget", lang), result.budget, lang, freeze_columns=2, defer=True)
        _marginals_sheet(wb, result, lang)
        if not result.platforms.empty:
            add_table_sheet(wb, text("sheet.platforms", lang), result.platforms, lang, freeze_columns=1)
        _locks_sheet(wb, result, data, lang)
    _settings_sheet(wb, result, lang, provenance)
    _add_input_sheets(wb, dataclasses.replace(data, parameters=result.settings), lang)
    wb.active = 0
    return wb


def _locks_sheet(wb: Workbook, result: Result, data: InputData, lang: Lang) -> None:
    """Each lock of the locks sheet beside the plan's value and whether it binds (none: no sheet)."""
    locks = locks_against_plan(locks_from(data.locks), result.office_year)
    if locks.empty:
        return
    shown = locks.assign(lock_what=[what_label(w, lang) for w in locks["lock_what"]])
    add_table_sheet(wb, text("sheet.locks", lang), shown, lang, freeze_columns=2, highlight=False)


def _add_input_sheets(wb: Workbook, data: InputData, lang: Lang) -> None:
    from staffopt.workbook import add_input_sheets

    before = len(wb.sheetnames)
    add_input_sheets(wb, data, lang)
    for ws in wb.worksheets[before:]:  # input sheets: header (and units) rows above the pane
        pane = ws[ws.freeze_panes] if ws.freeze_panes else ws["A2"]
        set_print_layout(ws, header_rows=(1, max(1, pane.row - 1)), title_columns=pane.column - 1)


def write_plan_workbook(result: Result, data: InputData, path: Path, lang: Lang = "en", *,
                        provenance: Mapping[str, Any] | None = None) -> Path:
    """Write ``plan.xlsx`` to ``path`` (callers write into a temporary run folder) and return it."""
    save_workbook(build_plan_workbook(result, data, lang, provenance=provenance), path)
    return path
