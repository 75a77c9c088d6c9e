"""plan.xlsx written from a hand-made Result: formatting, text safety, validity as an input."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from staffopt.reader import read_workbook
from staffopt.report import write_run_folder
from staffopt.report.excel import add_table_sheet, write_cell
from staffopt.report.labels import report_sheet_names, text
from staffopt.schema import SHEETS, output_label
from staffopt.text import LANGS, catalog, placeholders, t
from test_report_support import INJECTION, fake_result, write_tiny_workbook


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory):
    path = write_tiny_workbook(tmp_path_factory.mktemp("in") / "tiny.xlsx")
    return path, read_workbook(path)


@pytest.fixture(scope="module", params=["en", "zh"])
def run(request: pytest.FixtureRequest, tiny, tmp_path_factory: pytest.TempPathFactory):
    _, data = tiny
    result = fake_result(data)
    out = write_run_folder(result, data, tmp_path_factory.mktemp("out") / "run", request.param)
    return request.param, result, data, out


def test_every_cell_is_a_value_never_a_formula(run) -> None:
    _, _, _, out = run
    wb = openpyxl.load_workbook(out / "plan.xlsx")
    formulas = [(ws.title, c.coordinate) for ws in wb for row in ws.iter_rows() for c in row
                if c.data_type == "f"]
    assert formulas == []


def test_formula_injection_stays_text(run) -> None:
    lang, _, _, out = run
    wb = openpyxl.load_workbook(out / "plan.xlsx")
    plan = wb[text("sheet.plan", lang)]
    names = [c.value for c in plan["B"][1:]]
    assert INJECTION in names
    cell = next(c for c in plan["B"] if c.value == INJECTION)
    assert cell.data_type == "s"
    # the raw XML holds no <f> element anywhere
    import zipfile

    with zipfile.ZipFile(out / "plan.xlsx") as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in zf.read(name) and b"<f " not in zf.read(name), name


def test_sheets_headers_units_and_formats(run) -> None:
    lang, result, _, out = run
    wb = openpyxl.load_workbook(out / "plan.xlsx")
    for key in ("sheet.summary", "sheet.plan", "sheet.by_level", "sheet.budget", "sheet.marginals",
                "sheet.settings"):
        assert text(key, lang) in wb.sheetnames
    assert wb.sheetnames[0] == text("sheet.summary", lang)
    plan = wb[text("sheet.plan", lang)]
    headers = {c.value: c.column for c in plan[1]}
    cost = output_label("cost_total", lang)
    assert cost in headers and ("万元" in cost if lang == "zh" else "CNY 10k" in cost)
    assert plan.freeze_panes == "C2"
    col = headers[output_label("posts", lang)]
    assert plan.cell(row=2, column=col).number_format == "#,##0"
    assert plan.column_dimensions["B"].width and plan.column_dimensions["B"].width > 8
    # conditional colour on the effective load ratio above target (the one held to it), not the nominal
    ranges = [str(r.sqref) for r in plan.conditional_formatting]
    letter = openpyxl.utils.get_column_letter(headers[output_label("load_ratio_effective", lang)])
    assert any(r.startswith(letter + "2:") for r in ranges)
    nominal = openpyxl.utils.get_column_letter(headers[output_label("load_ratio_nominal", lang)])
    assert not any(r.startswith(nominal + "2:") for r in ranges)
    # native charts on the summary sheet
    assert len(wb[text("sheet.summary", lang)]._charts) == 2
    # levels shown in the report's language
    levels = {c.value for c in plan["C"][1:]}
    assert ("县(区)级" in levels) == (lang == "zh")


def test_plan_sheet_holds_the_result_table(run) -> None:
    lang, result, _, out = run
    frame = pd.read_excel(out / "plan.xlsx", sheet_name=text("sheet.plan", lang))
    assert len(frame) == len(result.office_year)
    for key in ("cost_total", "staff", "load_ratio_nominal"):
        got = frame[output_label(key, lang)].to_numpy(dtype=float)
        assert got == pytest.approx(result.office_year[key].to_numpy(dtype=float))


def test_report_is_a_valid_input_with_effective_settings(run) -> None:
    _, result, data, out = run
    again = read_workbook(out / "plan.xlsx")
    assert again.parameters == result.settings
    assert list(again.offices["office_id"]) == list(data.offices["office_id"])
    assert list(again.offices["name"]) == list(data.offices["name"])


def test_report_sheet_names_never_clash_with_input_sheets() -> None:
    inputs = {name for s in SHEETS for name in s.labels()}
    assert not report_sheet_names() & inputs
    report_keys = [k for k in catalog("en") if k.startswith(("sheet.", "summary.", "chart.", "marginals."))]
    assert report_keys and all(t(k, lang, **dict.fromkeys(placeholders(catalog(lang)[k]), 1))
                               for k in report_keys for lang in LANGS)


def test_write_cell_and_table_helpers(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    write_cell(ws, 1, 1, "=1+1")
    write_cell(ws, 2, 1, "bad\x07char")
    write_cell(ws, 3, 1, float("nan"))
    frame = pd.DataFrame({"level": ["county"], "year": [2022], "posts": [3.0], "target": [5000.0],
                          "load_ratio_nominal": [6000.0]})
    ws2, table = add_table_sheet(wb, "t", frame, "zh")
    wb.save(tmp_path / "t.xlsx")
    back = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert back.active["A1"].value == "=1+1" and back.active["A1"].data_type == "s"
    assert back.active["A2"].value == "badchar"
    assert back.active["A3"].value is None
    t = back["t"]
    assert t["A2"].value == "县(区)级" and t["A1"].value == output_label("level", "zh")
    assert table.columns["posts"] == 3 and table.first_row == 2 and table.last_row == 2
    with pytest.raises(KeyError):
        add_table_sheet(wb, "u", pd.DataFrame({"no_such_column": [1]}), "en")


def test_deferred_rows_are_the_cells_openpyxl_would_write(tmp_path: Path) -> None:
    # the same table written cell by cell (openpyxl) and deferred (XML at save): every cell equal
    from staffopt.report.excel import save_workbook

    frame = pd.DataFrame({
        "office_id": ["P", "=cmd", " lead", "a<b&c>"], "name": ["省局", "-1", "x\x07y", None],
        "level": ["provincial", "county", "county", "municipal"], "year": [2022, 2023, 2024, 2025],
        "is_base": [True, False, False, False], "posts": [3.0, float("nan"), 4.0, 5.0],
        "target": [5000.0, 5000.0, float("inf"), 5000.0], "load_ratio_nominal": [6000.0, 4000.0, 1.5, 7e9],
        "platform": [1.0, 0.0, float("nan"), 1.0], "cost_total": [0.1 + 0.2, 1e-12, 123456.789, -3.25],
    })
    books = []
    for defer in (False, True):
        wb = openpyxl.Workbook()
        add_table_sheet(wb, "t", frame, "zh", freeze_columns=2, defer=defer)
        path = tmp_path / f"t{defer}.xlsx"
        save_workbook(wb, path)
        books.append(openpyxl.load_workbook(path)["t"])
    plain, deferred = books
    assert deferred.max_row == plain.max_row == 5 and deferred.max_column == plain.max_column
    assert deferred.dimensions == plain.dimensions and deferred.freeze_panes == plain.freeze_panes == "C2"
    for row_a, row_b in zip(plain.iter_rows(), deferred.iter_rows(), strict=True):
        for a, b in zip(row_a, row_b, strict=True):
            assert (a.value, a.data_type, a.number_format, a.quotePrefix, a.alignment.horizontal,
                    a.font.b) == (b.value, b.data_type, b.number_format, b.quotePrefix,
                                  b.alignment.horizontal, b.font.b), a.coordinate
    assert deferred["A3"].value == "=cmd" and deferred["A3"].quotePrefix
    assert deferred["A4"].value == " lead" and deferred["B4"].value == "xy"
    assert str(deferred.auto_filter.ref) == str(plain.auto_filter.ref)
    assert [str(r.sqref) for r in deferred.conditional_formatting] == [
        str(r.sqref) for r in plain.conditional_formatting]
    widths = [(k, v.width) for k, v in plain.column_dimensions.items()]
    assert [(k, v.width) for k, v in deferred.column_dimensions.items()] == widths


def test_a_cell_below_a_deferred_table_is_refused(tmp_path: Path) -> None:
    from staffopt.report.excel import save_workbook

    wb = openpyxl.Workbook()
    ws, _ = add_table_sheet(wb, "t", pd.DataFrame({"year": [2022, 2023]}), "en", defer=True)
    write_cell(ws, 3, 1, "in the way")
    with pytest.raises(RuntimeError, match="deferred table must be the last"):
        save_workbook(wb, tmp_path / "t.xlsx")


def test_deferred_rows_of_a_table_not_in_column_a(tmp_path: Path) -> None:
    from staffopt.report.excel import save_workbook, write_table

    frame = pd.DataFrame({"year": [2022, 2023], "posts": [float("nan"), 4.0], "level": ["county", "county"]})
    books = []
    for defer in (False, True):
        wb = openpyxl.Workbook()
        write_table(wb.active, frame, "en", start_row=3, start_col=3, defer=defer)
        save_workbook(wb, tmp_path / f"c{defer}.xlsx")
        books.append(openpyxl.load_workbook(tmp_path / f"c{defer}.xlsx", read_only=True).active)
    plain, deferred = ([row for row in ws.iter_rows(values_only=True)] for ws in books)
    assert deferred == plain
    assert deferred[3][:4] == (None, None, 2022, None) and deferred[4][:4] == (None, None, 2023, 4)
