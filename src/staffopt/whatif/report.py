"""Comparison and frontier reports: workbooks and charts of the tables in :mod:`staffopt.whatif.metrics`.

Every number comes from those tables (never re-read from an Excel file); texts particular to
these reports are the catalog texts `whatif.*` (:mod:`staffopt.text`), column names and units the schema's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from staffopt.report.labels import status_text
from staffopt.report.reform_text import parameter_label, scenario_label, t
from staffopt.schema import COST_LINES, LEVELS, PARAMETERS_BY_KEY, Lang, level_label, output_label
from staffopt.whatif.metrics import (
    METRICS,
    METRICS_BY_KEY,
    NUMERIC_METRICS,
    STATUS_TEXT,
    as_number,
    difference_table,
    text,
)


def parameter_unit(key: str, lang: Lang) -> str:
    """Return the unit of parameter ``key`` in ``lang`` (empty when it has none)."""
    unit = PARAMETERS_BY_KEY[key].unit
    return unit.text(lang)


def frontier_columns(key: str, lang: Lang) -> list[tuple[str, str, str]]:
    """``(column, header with unit, number format)`` of the frontier sheet, in order.

    The headline figures first, then the load ratios, the changes from the previous step and
    the marginal prices in readable units (per percentage point of a fraction key, per 1,000
    person-times avoided), then what decides the step and whether it was reused.
    """
    from staffopt.whatif.frontier_steps import per_text

    punit = parameter_unit(key, lang)

    def with_unit(label: str, unit: str) -> str:
        return f"{label} ({unit})" if unit else label

    per = per_text(key, lang)
    sep = " " if lang == "en" else ""
    cols: list[tuple[str, str, str]] = [
        ("step", output_label("step", lang), "0"),
        ("value", with_unit(parameter_label(key, lang), punit), "General"),
    ]
    for metric_key in ("status", "cost_total", "cost_discounted", "standards_met", "unmet",
                       "cost_per_person_time", "budget_use",
                       *(f"load_ratio_effective.{lv}" for lv in (*LEVELS, "all"))):
        m = METRICS_BY_KEY[metric_key]
        cols.append((metric_key, with_unit(m.label(lang), m.unit(lang)), m.number_format))
    money = METRICS_BY_KEY["cost_total"].unit(lang)
    persons = METRICS_BY_KEY["unmet"].unit(lang)
    cols += [
        ("delta_cost", output_label("delta_cost", lang), "#,##0.00"),
        ("delta_unmet", output_label("delta_unmet", lang), "#,##0"),
        ("cost_per_value", f"{t('marginal.cost', lang)} ({money}{sep}{per})", "#,##0.00"),
        ("unmet_per_value", f"{t('marginal.unmet', lang)} ({persons}{sep}{per})", "#,##0"),
        ("cost_per_unmet_avoided", output_label("cost_per_unmet_avoided", lang), "#,##0.00"),
        (f"explanation.{lang}", output_label("explanation", lang), "General"),
        (f"reused.{lang}", output_label("reused", lang), "General"),
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
    """Write figure | unit | one column per scenario (named in ``lang``); return the header row.

    The status row says it in words, naming the cause when workload is left unmet; the
    standards row reads yes/no.
    """
    from staffopt.report.excel import style_header, write_cell
    from staffopt.report.labels import text as report_text

    shown_names = [scenario_label(n, lang) for n in names]
    headers = [output_label("metric", lang), output_label("unit", lang), *shown_names]
    for j, head in enumerate(headers, start=1):
        style_header(write_cell(ws, start_row, j, head))
    for i, key in enumerate(metrics, start=start_row + 1):
        metric = METRICS_BY_KEY[key]
        write_cell(ws, i, 1, metric.label(lang))
        write_cell(ws, i, 2, metric.unit(lang))
        for j, name in enumerate(names, start=3):
            value = table.at[key, name]
            if key == "status":
                words = table.at[STATUS_TEXT[lang], name] if STATUS_TEXT[lang] in table.index else None
                write_cell(ws, i, j, words if isinstance(words, str) else status_text(value, lang))
            elif key == "standards_met":
                yes_no = "bool.true" if value else "bool.false"
                shown = report_text(yes_no, lang) if isinstance(value, bool) else None
                write_cell(ws, i, j, shown)
            else:
                write_cell(ws, i, j, value, metric.number_format)
    ws.freeze_panes = ws.cell(row=start_row + 1, column=3)
    return start_row


def comparison_chart_data(table: pd.DataFrame, lang: Lang) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Rows for the two comparison charts.

    ``(scenario, level, value, target)`` — the effective load ratio by level in the final plan
    year (the one held to the standard) and that scenario's standard — and ``(scenario, line,
    order, value)``. Scenarios are named in ``lang``.
    """
    names = list(table.columns)
    ratio = pd.DataFrame(
        [(scenario_label(name, lang), level_label(lv, lang),
          as_number(table.at[f"load_ratio_effective.{lv}", name]), as_number(table.at[f"target.{lv}", name]))
         for name in names for lv in LEVELS],
        columns=["scenario", "level", "value", "target"],
    ).dropna(subset=["value"])
    cost = pd.DataFrame(
        [(scenario_label(name, lang), output_label(line, lang, with_unit=False), k,
          as_number(table.at[line, name])) for name in names for k, line in enumerate(COST_LINES)],
        columns=["scenario", "line", "order", "value"],
    ).dropna()
    return ratio, cost


def comparison_charts(table: pd.DataFrame, lang: Lang) -> dict[str, Any]:
    """Altair charts of a comparison: load ratio by level per scenario with its target, cost by line."""
    import altair as alt

    from staffopt.report.charts import HEIGHT, WIDTH

    ratio, cost = comparison_chart_data(table, lang)
    names = [scenario_label(str(n), lang) for n in table.columns]
    levels = [level_label(lv, lang) for lv in LEVELS]
    base = alt.Chart(ratio, width=WIDTH, height=HEIGHT, title=alt.Title(
        t("compare.chart.load_ratio", lang), subtitle=t("compare.chart.load_ratio.sub", lang)))
    bars = base.mark_bar().encode(
        x=alt.X("level:N", sort=levels, title=output_label("level", lang), axis=alt.Axis(labelAngle=0)),
        xOffset=alt.XOffset("scenario:N", sort=names),
        y=alt.Y("value:Q", title=output_label("load_ratio_effective", lang), axis=alt.Axis(format=",.0f")),
        color=alt.Color("scenario:N", sort=names, title=output_label("scenario", lang)),
        tooltip=[alt.Tooltip("scenario:N"), alt.Tooltip("level:N"), alt.Tooltip("value:Q", format=",.0f"),
                 alt.Tooltip("target:Q", title=output_label("target", lang), format=",.0f")],
    )
    targets = base.mark_tick(color="black", thickness=3, size=14).encode(
        x=alt.X("level:N", sort=levels), xOffset=alt.XOffset("scenario:N", sort=names),
        y=alt.Y("target:Q"),
        tooltip=[alt.Tooltip("target:Q", title=output_label("target", lang), format=",.0f")],
    )
    load = alt.layer(bars, targets)
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
    provenance: Mapping[str, Any] | None = None,
) -> None:
    """Write the comparison workbook: side-by-side figures, differences, scenario settings, chart data.

    ``table`` is :func:`comparison_table`'s output; ``settings_rows`` holds
    ``(scenario, source, overrides, description)`` per scenario; ``notes`` (warnings such as a
    parameter with no effect) go under the side-by-side table of the first sheet; ``provenance``
    (versions, input, command, time) under the scenario settings. The headline figures lead the
    first sheet. Every sheet prints on A4 landscape, fitted to the page width, with its header
    row (and the figure and unit columns) repeated on every page; scenarios are named in ``lang``.
    """
    from openpyxl import Workbook

    from staffopt.report.excel import SECTION_FONT, fit_columns, set_print_layout, style_header, write_cell
    from staffopt.report.provenance import rows as provenance_rows

    names = [str(c) for c in table.columns]
    wb = Workbook()
    ws = wb.active
    ws.title = text("sheet.compare", lang)
    _title(ws, 1, text("title.compare", lang))
    header = _write_side_by_side(ws, table, [m.key for m in METRICS], names, lang, start_row=3)
    fit_columns(ws, header_rows=(header,), min_row=header)  # the title overflows; it sets no width
    set_print_layout(ws, header_rows=(header, header), title_columns=2)
    write_notes(ws, header + len(METRICS) + 2, notes, lang)

    ws = wb.create_sheet(text("sheet.difference", lang))
    _title(ws, 1, text("title.difference", lang, first=scenario_label(names[0], lang)))
    diff = difference_table(table)
    others = names[1:]
    header = _write_side_by_side(ws, diff, list(NUMERIC_METRICS), others, lang, start_row=3)
    fit_columns(ws, header_rows=(header,), min_row=header)  # the title overflows; it sets no width
    set_print_layout(ws, header_rows=(header, header), title_columns=2)

    ws = wb.create_sheet(text("sheet.scenarios", lang))
    heads = [output_label("scenario", lang), text("settings.source", lang), text("settings.overrides", lang),
             text("settings.description", lang)]
    for j, head in enumerate(heads, start=1):
        style_header(write_cell(ws, 1, j, head))
    for i, row in enumerate(settings_rows, start=2):
        for j, value in enumerate(row, start=1):
            write_cell(ws, i, j, value)
    fit_columns(ws)
    if provenance:
        r = len(settings_rows) + 3
        write_cell(ws, r, 1, t("prov.title", lang)).font = SECTION_FONT
        for i, (label, value) in enumerate(provenance_rows(provenance, lang), start=r + 1):
            write_cell(ws, i, 1, label)
            write_cell(ws, i, 2, value)
    set_print_layout(ws, header_rows=(1, 1), title_columns=1)

    ws = wb.create_sheet(text("sheet.chart_data", lang))
    ratio, cost = comparison_chart_data(table, lang)
    r = 1
    for frame, cols in ((ratio, ("scenario", "level", "load_ratio_effective", "target")),
                        (cost, ("scenario", "cost_line", "cost_total"))):
        for j, key in enumerate(cols, start=1):
            label = text("chart.line", lang) if key == "cost_line" else output_label(key, lang)
            style_header(write_cell(ws, r, j, label))
        for rec in frame.itertuples(index=False):
            r += 1
            write_cell(ws, r, 1, rec[0])
            write_cell(ws, r, 2, rec[1])
            numbers = [rec[2], rec[3]] if len(cols) == 4 else [rec[-1]]
            for j, value in enumerate(numbers, start=3):
                write_cell(ws, r, j, value, "#,##0.00")
        r += 2
    fit_columns(ws)
    set_print_layout(ws, header_rows=(1, 1))
    wb.save(path)


def write_frontier_workbook(
    path: Any, frame: pd.DataFrame, key: str, lang: Lang, *, notes: Sequence[str] = (),
) -> None:
    """Write the frontier workbook: one row per step with figures, what decides it and marginal prices.

    ``notes`` (warnings such as ``key`` having no effect, the flat stretches and the steps
    reused) go under the table. It prints on A4 landscape, fitted to the page width (the step and
    value columns and the header repeated on every page).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    from staffopt.report.excel import fit_columns, set_print_layout, style_header, write_cell

    wb = Workbook()
    ws = wb.active
    ws.title = text("sheet.frontier", lang)
    _title(ws, 1, text("title.frontier", lang, key=parameter_label(key, lang)))
    header = 3
    cols = frontier_columns(key, lang)
    for j, (_, head, _) in enumerate(cols, start=1):
        style_header(write_cell(ws, header, j, head))
    for i, rec in enumerate(frame.to_dict("records"), start=header + 1):
        for j, (col, _, fmt) in enumerate(cols, start=1):
            value = rec.get(col)
            if col == "status":
                words = rec.get(STATUS_TEXT[lang])
                write_cell(ws, i, j, words if isinstance(words, str) else status_text(value, lang))
            elif col == "standards_met":
                from staffopt.report.labels import text as report_text

                shown = None if not isinstance(value, bool) else report_text(
                    "bool.true" if value else "bool.false", lang)
                write_cell(ws, i, j, shown)
            else:
                write_cell(ws, i, j, value, None if fmt == "General" else fmt)
    ws.freeze_panes = ws.cell(row=header + 1, column=3)
    fit_columns(ws, header_rows=(header,), min_row=header)  # the title overflows; it sets no width
    explain = [j for j, (col, _, _) in enumerate(cols, start=1)
               if col.startswith(("explanation.", "reused.", "status"))]
    for j in explain:  # long texts wrap in a wide column instead of widening the sheet
        from openpyxl.utils import get_column_letter

        ws.column_dimensions[get_column_letter(j)].width = 24 if cols[j - 1][0] == "status" else 60
        for i in range(header + 1, header + 1 + len(frame)):
            ws.cell(row=i, column=j).alignment = Alignment(wrap_text=True, vertical="top")
    set_print_layout(ws, header_rows=(header, header), title_columns=2)
    write_notes(ws, header + len(frame) + 2, notes, lang)
    wb.save(path)


def frontier_chart(frame: pd.DataFrame, key: str, lang: Lang) -> Any:
    """Three panels against ``key``: unmet workload, total cost, and effective load ratio by level.

    The load-ratio panel draws each level's standard as a dashed line of the same colour: the
    effective ratio is the one held to it.
    """
    import altair as alt

    from staffopt.report.charts import WIDTH

    punit = parameter_unit(key, lang)
    label = parameter_label(key, lang)
    x_title = f"{label} ({punit})" if punit else label
    x_axis = alt.Axis()
    if PARAMETERS_BY_KEY[key].unit.key.startswith("fraction"):  # a fund share or growth rate reads as a %
        x_title, x_axis = f"{label} (%)", alt.Axis(format=".2~%")
    panels = []
    for metric_key in ("unmet", "cost_total"):
        m = METRICS_BY_KEY[metric_key]
        data = pd.DataFrame({"value": frame["value"],
                             "y": pd.to_numeric(frame[metric_key], errors="coerce")}).dropna()
        title = f"{m.label(lang)} ({m.unit(lang)})"
        dark = "#444444"  # not a level's colour: these panels are all levels together
        line = alt.Chart(data, width=WIDTH, height=160).mark_line(
            point=alt.OverlayMarkDef(color=dark), color=dark)
        panels.append(line.encode(
            x=alt.X("value:Q", title=x_title, axis=x_axis),
            y=alt.Y("y:Q", title=title, axis=alt.Axis(format=",.0f"),
                    scale=alt.Scale(zero=metric_key == "unmet")),  # show the change, not the level
            tooltip=[alt.Tooltip("value:Q", title=key), alt.Tooltip("y:Q", title=title, format=",.2f")],
        ))
    rows = []
    for lv in LEVELS:
        columns = (frame["value"], frame[f"load_ratio_effective.{lv}"], frame[f"target.{lv}"])
        for value, ratio, target in zip(*columns, strict=True):
            rows.append((value, level_label(lv, lang), as_number(ratio), as_number(target)))
    ratios = pd.DataFrame(rows, columns=["value", "level", "ratio", "target"])
    levels = [level_label(lv, lang) for lv in LEVELS]
    ratio_title = f"{output_label('load_ratio_effective', lang)}"
    base = alt.Chart(ratios, width=WIDTH, height=160)
    lines = base.transform_filter("isValid(datum.ratio)").mark_line(point=True).encode(
        x=alt.X("value:Q", title=x_title, axis=x_axis),
        y=alt.Y("ratio:Q", title=ratio_title, axis=alt.Axis(format=",.0f")),
        color=alt.Color("level:N", sort=levels, title=output_label("level", lang)),
        tooltip=[alt.Tooltip("value:Q", title=key), alt.Tooltip("level:N"),
                 alt.Tooltip("ratio:Q", format=",.0f"), alt.Tooltip("target:Q", format=",.0f")],
    )
    targets = base.transform_filter("isValid(datum.target)").mark_line(strokeDash=[6, 3]).encode(
        x=alt.X("value:Q"), y=alt.Y("target:Q"), color=alt.Color("level:N", sort=levels))
    panels.append(alt.layer(lines, targets))
    return alt.vconcat(*panels, title=text("chart.frontier", lang, key=label))
