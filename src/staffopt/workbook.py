"""Writing input workbooks: the blank template, shipped examples and the input sheets of plan.xlsx.

Everything is driven by the schema table (:mod:`staffopt.schema`): header labels, units,
descriptions (as header comments), column widths, number formats and Excel data validation
(level drop-down, numeric bounds, bool and choice drop-downs for parameters) so that a user
cannot type most errors in the first place. What this module writes, :mod:`staffopt.reader` reads,
in both languages.

Values only, never formulas: every text cell is stored as a string (``data_type = "s"``), so a
name starting with ``=`` cannot become a formula (formula injection).
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from staffopt.fsutil import process_umask
from staffopt.instance import InputData
from staffopt.reader import MAX_ROWS, table_frame
from staffopt.schema import (
    LEVELS,
    LOCK_WHAT,
    PARAMETERS,
    SHEETS,
    SHEETS_BY_KEY,
    SOURCES_SHEET,
    YEAR,
    Field,
    Lang,
    Sheet,
    bound_text,
    level_label,
)
from staffopt.settings import Settings
from staffopt.text import t

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
UNITS_FONT = Font(italic=True, color="595959")
UNITS_FILL = PatternFill("solid", fgColor="DDEBF7")
#: Last row that data validation covers (the reader's row cap).
VALIDATION_LAST_ROW = MAX_ROWS
_AUTHOR = "staffopt"


def _bool_text(lang: Lang) -> tuple[str, str]:
    """How the template writes a switch: ``true``/``false`` in English, ``是``/``否`` in Chinese."""
    return t("template.true", lang), t("template.false", lang)


# --------------------------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------------------------
def blank_input_data() -> InputData:
    """Build input data with no offices, empty optional tables and every parameter at its default."""
    return InputData(
        offices=table_frame("offices", []),
        parameters=Settings(),
        workload_by_year=table_frame("workload_by_year", []),
        budget_by_year=table_frame("budget_by_year", []),
        scenarios=table_frame("scenarios", []),
        source=None,
        targets=table_frame("targets", []),
        locks=table_frame("locks", []),
    )


def add_input_sheets(wb: Workbook, data: InputData, lang: Lang) -> None:
    """Append every input sheet of ``data`` (empty optional ones too) to ``wb``, labelled in ``lang``.

    Raises :class:`ValueError` when ``wb`` already has a sheet of the same name (a second
    ``parameters`` sheet would make the workbook ambiguous as an input).
    """
    for sheet in SHEETS:
        if sheet.label(lang) in wb.sheetnames:
            raise ValueError(f"workbook already has a sheet named {sheet.label(lang)!r}")
    for sheet in SHEETS:
        ws = wb.create_sheet(sheet.label(lang))
        if sheet.key == "parameters":
            _write_parameters(ws, data.parameters, lang)
        else:
            _write_table(ws, sheet, _frame_of(data, sheet.key), lang)
        notes = data.notes.get(sheet.key)
        if notes is not None:
            _write_notes(ws, sheet, notes)


def write_input_workbook(
    data: InputData,
    path: Path,
    lang: Lang = "en",
    *,
    sources: Sequence[tuple[str, str]] = (),
    overwrite: bool = False,
) -> None:
    """Write a complete input workbook to ``path`` atomically (temp file + ``os.replace``).

    ``sources`` are (item, source) rows written to an extra sheet the reader ignores. Raises
    :class:`FileExistsError` when ``path`` exists and ``overwrite`` is False.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} exists already; choose another file name")
    wb = openpyxl.Workbook()
    default = wb.active
    add_input_sheets(wb, data, lang)
    if default is not None:
        wb.remove(default)
    if sources:
        ws = wb.create_sheet(SOURCES_SHEET.label(lang))
        _write_table(ws, SOURCES_SHEET, pd.DataFrame(list(sources), columns=["item", "source"]), lang)
    wb.active = 0
    save_atomic(wb, path)


def save_atomic(wb: Workbook, path: Path) -> None:
    """Save ``wb`` to a temporary file in ``path``'s folder, then move it into place.

    The file gets the usual permissions of a new file (the umask), not the owner-only mode of
    :func:`tempfile.mkstemp`: a template on a shared drive must be readable by colleagues.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        os.chmod(tmp_name, 0o666 & ~process_umask())
        wb.save(tmp_name)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------------------------
# cells
# --------------------------------------------------------------------------------------------
#: First characters that make a spreadsheet read typed text as a formula.
FORMULA_STARTS = ("=", "+", "-", "@")


def set_text(cell: Cell, text: str) -> None:
    """Store ``text`` as a string cell, never a formula (even when it starts with ``=``).

    Text that a spreadsheet would take for a formula when the cell is edited also gets the quote
    prefix (Excel's leading ``'``), as the report sheets do (:func:`staffopt.report.excel.write_cell`).
    """
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def _write_value(cell: Cell, field_: Field, value: Any, lang: Lang) -> None:
    if _is_missing(value):
        return
    if field_.dtype == "level":
        set_text(cell, level_label(str(value), lang))
    elif field_.choices is LOCK_WHAT:
        set_text(cell, field_.choice_label(str(value), lang))
    elif field_.dtype in ("str", "choice"):
        if str(value) != "":
            set_text(cell, str(value))
    elif field_.dtype == "bool":
        set_text(cell, _bool_text(lang)[0 if bool(value) else 1])
    elif field_.dtype == "int":
        cell.value = int(value)
        cell.number_format = "0" if field_.unit == YEAR else "#,##0"
    else:
        cell.value = float(value)


def _frame_of(data: InputData, key: str) -> pd.DataFrame:
    frame: pd.DataFrame | None = getattr(data, key)
    return table_frame(key, []) if frame is None else frame  # locks: None when there are none


# --------------------------------------------------------------------------------------------
# sheets
# --------------------------------------------------------------------------------------------
def _header_comment(field_: Field, lang: Lang) -> Comment:
    lines = [field_.description(lang)]
    if field_.required:
        lines.append(t("template.required", lang))
    elif field_.default is None:
        lines.append(t("template.optional_derived", lang))
    elif field_.default != "":
        lines.append(t("template.optional", lang, default=field_.default))
    if field_.minimum is not None and field_.maximum is not None:
        lines.append(t("template.range", lang, lo=bound_text(field_.minimum), hi=bound_text(field_.maximum)))
    comment = Comment("\n".join(lines), _AUTHOR)
    comment.width, comment.height = 260, 110
    return comment


def _style_header(cell: Cell) -> None:
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = Alignment(wrap_text=True, vertical="center")


def _text_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _has_units(sheet: Sheet) -> bool:
    return any(f.unit for f in sheet.columns)


def _write_table(ws: Worksheet, sheet: Sheet, frame: pd.DataFrame, lang: Lang) -> None:
    """Header row (+ units row when any column has a unit), data rows, widths, panes, validation."""
    widths: list[int] = []
    for index, field_ in enumerate(sheet.columns, start=1):
        cell = ws.cell(row=1, column=index)
        set_text(cell, field_.label(lang))
        _style_header(cell)
        if sheet is not SOURCES_SHEET:
            cell.comment = _header_comment(field_, lang)
        widths.append(_text_width(field_.label(lang)))
    first = 2
    if _has_units(sheet):
        first = 3
        for index, field_ in enumerate(sheet.columns, start=1):
            cell = ws.cell(row=2, column=index)
            unit = field_.unit.text(lang)
            if unit:
                set_text(cell, unit)
                widths[index - 1] = max(widths[index - 1], min(_text_width(unit), 24))
            cell.font = UNITS_FONT
            cell.fill = UNITS_FILL
    for offset, record in enumerate(frame.to_dict("records")):
        for index, field_ in enumerate(sheet.columns, start=1):
            value = record.get(field_.key)
            cell = ws.cell(row=first + offset, column=index)
            _write_value(cell, field_, value, lang)
            if cell.value is not None:
                widths[index - 1] = max(widths[index - 1], _text_width(str(cell.value)))
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = min(max(width + 3, 10), 50)
    ws.row_dimensions[1].height = 30
    ws.freeze_panes = f"{'C' if sheet.key == 'offices' else 'A'}{first}"
    _add_table_validation(ws, sheet, first, lang)


def _add_table_validation(ws: Worksheet, sheet: Sheet, first: int, lang: Lang) -> None:
    for index, field_ in enumerate(sheet.columns, start=1):
        if sheet.key == "scenarios" and field_.key == "key":
            dv = _parameter_key_validation(lang)
        else:
            dv = _validation(field_, lang)
        if dv is None:
            continue
        letter = get_column_letter(index)
        ws.add_data_validation(dv)
        dv.add(f"{letter}{first}:{letter}{VALIDATION_LAST_ROW}")


def _parameter_key_validation(lang: Lang) -> DataValidation:
    """Drop-down of the parameter keys, read from the key column of the parameters sheet."""
    name = SHEETS_BY_KEY["parameters"].label(lang)
    dv = DataValidation(type="list", formula1=f"'{name}'!$A$2:$A${1 + len(PARAMETERS)}", allow_blank=True)
    dv.showErrorMessage = True
    dv.errorStyle = "stop"
    dv.errorTitle = t("template.invalid", lang)
    dv.error = t("template.parameter_key", lang)
    return dv


def _validation(field_: Field, lang: Lang) -> DataValidation | None:
    """Excel data validation for one field: a drop-down or numeric bounds (None when free text)."""
    options: list[str] = []
    if field_.dtype == "level":
        options = [level_label(level, lang) for level in LEVELS]
    elif field_.choices is LOCK_WHAT:
        options = [field_.choice_label(what, lang) for what in LOCK_WHAT]
    elif field_.dtype == "choice":
        options = list(field_.choices)
    elif field_.dtype == "bool":
        options = list(_bool_text(lang))
    if options:
        dv = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
    elif field_.dtype in ("int", "float") and (field_.minimum is not None or field_.maximum is not None):
        kind = "whole" if field_.dtype == "int" else "decimal"
        lo, hi = field_.minimum, field_.maximum
        if lo is not None and hi is not None:
            dv = DataValidation(type=kind, operator="between", formula1=_formula(lo), formula2=_formula(hi),
                                allow_blank=True)
        elif lo is not None:
            dv = DataValidation(type=kind, operator="greaterThanOrEqual", formula1=_formula(lo),
                                allow_blank=True)
        else:
            assert hi is not None
            dv = DataValidation(type=kind, operator="lessThanOrEqual", formula1=_formula(hi),
                                allow_blank=True)
    else:
        return None
    dv.showErrorMessage = True
    dv.errorStyle = "stop"
    dv.errorTitle = t("template.invalid", lang)
    dv.error = _limit(_validation_message(field_, lang, options), 255)
    return dv


def _validation_message(field_: Field, lang: Lang, options: Sequence[str]) -> str:
    if options:
        return t("template.one_of", lang, label=field_.label(lang), options=", ".join(options))
    if field_.minimum is not None and field_.maximum is not None:
        rng = t("template.range", lang, lo=bound_text(field_.minimum), hi=bound_text(field_.maximum))
    else:
        rng = ""
    unit = field_.unit.text(lang)
    return t("template.limits", lang, label=field_.label(lang), range=rng, unit=unit).strip()


def _formula(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _limit(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _write_notes(ws: Worksheet, sheet: Sheet, notes: pd.DataFrame) -> None:
    """The user's notes columns (:mod:`staffopt.habits`) to the right of the sheet's columns.

    Headers as the user wrote them; one cell per row of the sheet's frame (``notes`` rows are
    aligned with it), or per parameter row for the parameters sheet (``notes`` indexed by key).
    """
    start = len(sheet.columns) + 1
    if sheet.key == "parameters":
        rows = {param.key: 2 + offset for offset, param in enumerate(PARAMETERS)}
        where = [rows.get(key) for key in notes.index]
    else:
        first = 3 if _has_units(sheet) else 2
        where = [first + offset for offset in range(len(notes))]
    for j, header in enumerate(notes.columns):
        col = start + j
        cell = ws.cell(row=1, column=col)
        set_text(cell, str(header))
        _style_header(cell)
        width = _text_width(str(header))
        for row, value in zip(where, notes[header], strict=True):
            if row is None or _is_missing(value):
                continue
            target = ws.cell(row=row, column=col)
            if isinstance(value, str):
                set_text(target, value)
            else:
                target.value = value
            width = max(width, _text_width(str(value)))
        ws.column_dimensions[get_column_letter(col)].width = min(max(width + 3, 10), 50)


def _write_parameters(ws: Worksheet, settings: Settings, lang: Lang) -> None:
    """One row per parameter: key, value (validated per row), unit and description in ``lang``."""
    sheet = SHEETS_BY_KEY["parameters"]
    widths = [_text_width(f.label(lang)) for f in sheet.columns]
    for index, field_ in enumerate(sheet.columns, start=1):
        cell = ws.cell(row=1, column=index)
        set_text(cell, field_.label(lang))
        _style_header(cell)
        cell.comment = _header_comment(field_, lang)
    groups: dict[tuple[Any, ...], list[str]] = {}
    validations: dict[tuple[Any, ...], DataValidation] = {}
    for offset, param in enumerate(PARAMETERS):
        row = 2 + offset
        set_text(ws.cell(row=row, column=1), param.key)
        _write_value(ws.cell(row=row, column=2), param, settings[param.key], lang)
        unit = param.unit.text(lang)
        if unit:
            set_text(ws.cell(row=row, column=3), unit)
        set_text(ws.cell(row=row, column=4), param.description(lang))
        ws.cell(row=row, column=4).alignment = Alignment(wrap_text=False)
        texts = [param.key, str(ws.cell(row=row, column=2).value or ""), unit]
        for i, text in enumerate(texts):
            widths[i] = max(widths[i], _text_width(text))
        signature = (param.dtype, param.minimum, param.maximum, param.choices, param.key if
                     param.dtype == "choice" else None)
        dv = _validation(param, lang)
        if dv is not None:
            validations.setdefault(signature, dv)
            groups.setdefault(signature, []).append(f"B{row}")
    for signature, cells in groups.items():
        dv = validations[signature]
        ws.add_data_validation(dv)
        for ref in cells:
            dv.add(ref)
    widths[3] = 80
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = min(max(width + 3, 10), 80)
    ws.row_dimensions[1].height = 30
    ws.freeze_panes = "B2"
