"""Comparison and frontier reports: workbooks and charts of the tables in :mod:`staffopt.whatif.metrics`.

Every number comes from those tables (never re-read from an Excel file); texts particular to
these reports are the catalog texts `whatif.*` (:mod:`staffopt.text`), column names and units the schema's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from staffopt.report.labels import status_text
from staffopt.schema import COST_LINES, LEVELS, PARAMETERS_BY_KEY, Lang, level_label, output_label
from staffopt.whatif.metrics import (
    METRICS,
    METRICS_BY_KEY,
    NUMERIC_METRICS,
    as_number,
    difference_table,
    text,
)


def parameter_unit(key: str, lang: Lang) -> str:
    """Return the unit of parameter ``key`` in ``lang`` (empty when it has none)."""
    unit = PARAMETERS_BY_KEY[key].unit
    return unit.text(lang)


def frontier_columns(key: str, lang: Lang) -> list[tuple[str, str, str]]:
    """``(column, header with unit, number format)`` of the frontier sheet, in order."""
    punit = parameter_unit(key, lang)

    def with_unit(label: str, unit: str) -> str:
        return f"{label} ({unit})" if unit else label

    per = (lambda u: f"{u} / {punit}") if punit else (lambda u: u)
    cols: list[tuple[str, str, str]] = [
        ("step", output_label("step", lang), "0"),
        ("value", with_unit(key, punit), "General"),
    ]
    for metric_key in ("status", "unmet", "cost_total", "budget_use", "cost_per_person_time",
                       *(f"load_ratio.{lv}" for lv in (*LEVELS, "all"))):
        m = METRICS_BY_KEY[metric_key]
        cols.append((metric_key, with_unit(m.label(lang), m.unit(lang)), m.number_format))
    cols += [
        ("delta_cost", output_label("delta_cost", lang), "#,##0.00"),
        ("delta_unmet", output_label("delta_unmet", lang), "#,##0"),
        ("cost_per_value", with_unit(text("marginal.cost_per", lang, key=key),
                                     per(METRICS_BY_KEY["cost_total"].unit(lang))), "#,##0.0000"),
        ("unmet_per_value", with_unit(text("marginal.unmet_per", lang, key=key),
                                      per(METRICS_BY_KEY["unmet"].unit(lang))), "#,##0.0000"),
        ("cost_per_unmet_avoided", output_label("cost_per_unmet_avoided", lang), "0.000000"),
    ]
    return cols


# ------------------------------------------------------------------------------------------
# workbooks
# ------------------------------------------------------------------------------------------
def source_text(source: str, lang: Lang) -> str:
    """Return where a scenario comes from (:func:`staffopt.whatif.scenarios.scenario_source`) in ``lang``."""
    key = {"preset": "source.preset", "workbook": "source.workbook",
           "workbook (replaces preset)": "source.replaces"}.get(source)
    return text(key, lang) if key else source


def _title(ws: Any, row: int, value: str) -> None:
    from staffopt.report.excel import TITLE_FONT, write_cell

    write_cell(ws, row, 1, value).font = TITLE_FONT


def write_notes(ws: Any, row: int, notes: Sequence[str], lang: Lang) -> None:
    """Write ``notes`` (one per row) under a bold heading at ``row``, column A; nothing if empty.

    Call after ``fit_columns`` so a long note overflows to the right instead of widening column A.
    """
    from staffopt.report.excel import write_cell

    if not notes:
        return
    _title(ws, row, text("notes", lang))
    for i, note in enumerate(notes, start=row + 1):
        write_cell(ws, i, 1, note)


def _write_side_by_side(
    ws: Any, table: pd.DataFrame, metrics: Sequence[str], names: Sequence[str], lang: Lang, start_row: int,
) -> int:
    """Write figure | unit | one column per name; return the header row."""
    from staffopt.report.excel import style_header, write_cell

    headers = [output_label("metric", lang), output_label("unit", lang), *names]
    for j, head in enumerate(headers, start=1):
        style_header(write_cell(ws, start_row, j, head))
    for i, key in enumerate(metrics, start=start_row + 1):
        metric = METRICS_BY_KEY[key]
        write_cell(ws, i, 1, metric.label(lang))
        write_cell(ws, i, 2, metric.unit(lang))
        for j, name in enumerate(names, start=3):
            value = table.at[key, name]
            if key == "status":
                write_cell(ws, i, j, status_text(value, lang))
            else:
                write_cell(ws, i, j, value, metric.number_format)
    ws.freeze_panes = ws.cell(row=start_row + 1, column=3)
    return start_row


def comparison_chart_data(table: pd.DataFrame, lang: Lang) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Rows for the two comparison charts: (scenario, level, value) and (scenario, line, order, value)."""
    names = list(table.columns)
    ratio = pd.DataFrame(
        [(name, level_label(lv, lang), as_number(table.at[f"load_ratio.{lv}", name]))
         for name in names for lv in (*LEVELS, "all")],
        columns=["scenario", "level", "value"],
    ).dropna()
    cost = pd.DataFrame(
        [(name, output_label(line, lang, with_unit=False), k, as_number(table.at[line, name]))
         for name in names for k, line in enumerate(COST_LINES)],
        columns=["scenario", "line", "order", "value"],
    ).dropna()
    return ratio, cost


def comparison_charts(table: pd.DataFrame, lang: Lang) -> dict[str, Any]:
    """Altair charts of a comparison: load ratio by level per scenario, cost by line per scenario."""
    import altair as alt

    from staffopt.report.charts import HEIGHT, WIDTH

    ratio, cost = comparison_chart_data(table, lang)
    names = list(table.columns)
    levels = [level_label(lv, lang) for lv in (*LEVELS, "all")]
    load = alt.Chart(ratio, width=WIDTH, height=HEIGHT, title=text("chart.load_ratio", lang))
    load = load.mark_bar().encode(
        x=alt.X("level:N", sort=levels, title=output_label("level", lang), axis=alt.Axis(labelAngle=0)),
        xOffset=alt.XOffset("scenario:N", sort=names),
        y=alt.Y("value:Q", title=output_label("load_ratio_nominal", lang), axis=alt.Axis(format=",.0f")),
        color=alt.Color("scenario:N", sort=names, title=output_label("scenario", lang)),
        tooltip=[alt.Tooltip("scenario:N"), alt.Tooltip("level:N"), alt.Tooltip("value:Q", format=",.0f")],
    )
    lines = [output_label(line, lang, with_unit=False) for line in COST_LINES]
    costs = alt.Chart(cost, width=WIDTH, height=HEIGHT, title=text("chart.cost", lang))
    costs = costs.mark_bar().encode(
        x=alt.X("scenario:N", sort=names, title=output_label("scenario", lang),
                axis=alt.Axis(labelAngle=-20)),
        y=alt.Y("value:Q", stack="zero", title=output_label("cost_total", lang),
                axis=alt.Axis(format=",.0f")),
        color=alt.Color("line:N", sort=lines, title=text("chart.line", lang)),
        order=alt.Order("order:Q"),
        tooltip=[alt.Tooltip("scenario:N"), alt.Tooltip("line:N"), alt.Tooltip("value:Q", format=",.1f")],
    )
    return {"compare_load_ratio": load, "compare_cost": costs}


def write_comparison_workbook(
    path: Any,
    table: pd.DataFrame,
    lang: Lang,
    *,
    settings_rows: Sequence[tuple[str, str, str, str]] = (),
    notes: Sequence[str] = (),
) -> None:
    """Write the comparison workbook: side-by-side figures, differences, scenario settings, chart data.

    ``table`` is :func:`comparison_table`'s output; ``settings_rows`` holds
    ``(scenario, source, overrides, description)`` per scenario; ``notes`` (warnings such as a
    parameter with no effect) go under the side-by-side table of the first sheet.
    """
    from openpyxl import Workbook

    from staffopt.report.excel import fit_columns, style_header, write_cell

    names = [str(c) for c in table.columns]
    wb = Workbook()
    ws = wb.active
    ws.title = text("sheet.compare", lang)
    _title(ws, 1, text("title.compare", lang))
    header = _write_side_by_side(ws, table, [m.key for m in METRICS], names, lang, start_row=3)
    fit_columns(ws, header_rows=(header,))
    write_notes(ws, header + len(METRICS) + 2, notes, lang)

    ws = wb.create_sheet(text("sheet.difference", lang))
    _title(ws, 1, text("title.difference", lang, first=names[0]))
    diff = difference_table(table)
    others = names[1:]
    header = _write_side_by_side(ws, diff, list(NUMERIC_METRICS), others, lang, start_row=3)
    fit_columns(ws, header_rows=(header,))

    ws = wb.create_sheet(text("sheet.scenarios", lang))
    heads = [output_label("scenario", lang), text("settings.source", lang), text("settings.overrides", lang),
             text("settings.description", lang)]
    for j, head in enumerate(heads, start=1):
        style_header(write_cell(ws, 1, j, head))
    for i, row in enumerate(settings_rows, start=2):
        for j, value in enumerate(row, start=1):
            write_cell(ws, i, j, value)
    fit_columns(ws)

    ws = wb.create_sheet(text("sheet.chart_data", lang))
    ratio, cost = comparison_chart_data(table, lang)
    r = 1
    for frame, cols in ((ratio, ("scenario", "level", "load_ratio_nominal")),
                        (cost, ("scenario", "cost_line", "cost_total"))):
        for j, key in enumerate(cols, start=1):
            label = text("chart.line", lang) if key == "cost_line" else output_label(key, lang)
            style_header(write_cell(ws, r, j, label))
        for rec in frame.itertuples(index=False):
            r += 1
            write_cell(ws, r, 1, rec[0])
            write_cell(ws, r, 2, rec[1])
            write_cell(ws, r, 3, rec[-1], "#,##0.00")
        r += 2
    fit_columns(ws)
    wb.save(path)


def write_frontier_workbook(
    path: Any, frame: pd.DataFrame, key: str, lang: Lang, *, notes: Sequence[str] = (),
) -> None:
    """Write the frontier workbook: one row per step with figures and marginal prices.

    ``notes`` (warnings such as ``key`` having no effect) go under the table.
    """
    from openpyxl import Workbook

    from staffopt.report.excel import fit_columns, style_header, write_cell

    wb = Workbook()
    ws = wb.active
    ws.title = text("sheet.frontier", lang)
    _title(ws, 1, text("title.frontier", lang, key=key))
    header = 3
    cols = frontier_columns(key, lang)
    for j, (_, head, _) in enumerate(cols, start=1):
        style_header(write_cell(ws, header, j, head))
    for i, rec in enumerate(frame.to_dict("records"), start=header + 1):
        for j, (col, _, fmt) in enumerate(cols, start=1):
            value = rec.get(col)
            if col == "status":
                write_cell(ws, i, j, status_text(value, lang))
            else:
                write_cell(ws, i, j, value, None if fmt == "General" else fmt)
    ws.freeze_panes = ws.cell(row=header + 1, column=3)
    fit_columns(ws, header_rows=(header,))
    write_notes(ws, header + len(frame) + 2, notes, lang)
    wb.save(path)


def frontier_chart(frame: pd.DataFrame, key: str, lang: Lang) -> Any:
    """Three panels against ``key``: unmet workload, total cost and nominal load ratio (all levels)."""
    import altair as alt

    from staffopt.report.charts import WIDTH

    punit = parameter_unit(key, lang)
    x_title = f"{key} ({punit})" if punit else key
    panels = []
    for metric_key in ("unmet", "cost_total", "load_ratio.all"):
        m = METRICS_BY_KEY[metric_key]
        data = pd.DataFrame({"value": frame["value"],
                             "y": pd.to_numeric(frame[metric_key], errors="coerce")}).dropna()
        title = f"{m.label(lang)} ({m.unit(lang)})"
        panels.append(alt.Chart(data, width=WIDTH, height=160).mark_line(point=True).encode(
            x=alt.X("value:Q", title=x_title),
            y=alt.Y("y:Q", title=title, axis=alt.Axis(format=",.0f"),
                    scale=alt.Scale(zero=metric_key == "unmet")),  # show the change, not the level
            tooltip=[alt.Tooltip("value:Q", title=key), alt.Tooltip("y:Q", title=title, format=",.2f")],
        ))
    return alt.vconcat(*panels, title=text("chart.frontier", lang, key=key))
