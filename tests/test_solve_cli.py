"""`staffopt solve` end to end on a tiny workbook: run folder, exit codes, round trip."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from staffopt.cli import cli
from staffopt.report.atomic import MARKER
from staffopt.report.labels import text
from staffopt.schema import SHEETS_BY_KEY, output_label
from test_report_support import INJECTION, write_tiny_workbook


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _solve(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(cli, ["solve", *args], env=env or {"TTY_INTERACTIVE": "0"},
                              catch_exceptions=False)


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("solve")
    src = write_tiny_workbook(root / "tiny.xlsx")
    before = _sha(src)
    res = _solve(str(src), "--out", str(root / "run"), "--gap", "0")
    return {"root": root, "src": src, "sha": before, "res": res, "out": root / "run"}


def test_solve_writes_a_complete_run_folder(first_run: dict[str, Any]) -> None:
    res, out = first_run["res"], first_run["out"]
    assert res.exit_code == 0, res.output + res.stderr
    assert "status: optimal" in res.stdout
    names = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert "plan.xlsx" in names and "summary.json" in names
    assert sum(n.startswith("charts/") and n.endswith(".png") for n in names) == 4
    assert sum(n.startswith("charts/") and n.endswith(".html") for n in names) == 4
    assert [p for p in out.parent.iterdir() if p.name.startswith(".")] == []


def test_input_file_is_untouched(first_run: dict[str, Any]) -> None:
    assert _sha(first_run["src"]) == first_run["sha"]


def test_progress_is_one_line_per_stage_in_a_pipe(first_run: dict[str, Any]) -> None:
    err = first_run["res"].stderr
    assert "\r" not in err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    stages = [ln.split(" | ")[0] for ln in lines]
    assert stages[0] == "reading" and "solving" in stages and "writing the report" in stages
    assert stages[-1] == "done"
    assert len(stages) == len(set(stages))  # one line per stage, no redraws


def test_summary_json_matches_the_plan_sheets(first_run: dict[str, Any]) -> None:
    out = first_run["out"]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    for key in ("status", "objective", "mip_gap", "solve_seconds", "scenario", "settings", "by_level_year"):
        assert key in summary
    assert summary["status"] == "optimal"
    assert set(summary["settings"]) >= {"target.county", "budget.regime", "horizon", "posts.step"}
    records = pd.DataFrame(summary["by_level_year"])
    assert set(records["level"]) == {"provincial", "municipal", "county", "all"}
    base_year = summary["settings"]["base_year"]
    assert sorted(set(records["year"])) == [base_year + k for k in range(summary["settings"]["horizon"] + 1)]
    plan = pd.read_excel(out / "plan.xlsx", sheet_name=text("sheet.plan", "en"))
    by_year = plan.groupby(output_label("year", "en"))
    alls = records[records["level"] == "all"].set_index("year")
    for key in ("posts", "staff", "contract", "workload", "unmet", "cost_personnel", "cost_total"):
        sheet_total = by_year[output_label(key, "en")].sum(min_count=1)
        for year, total in sheet_total.items():
            if pd.isna(alls.at[year, key]):  # not defined for the status quo (e.g. unmet)
                assert pd.isna(total), (key, year)
            else:
                assert alls.at[year, key] == pytest.approx(total, rel=1e-9, abs=1e-6), (key, year)
    level_sheet = pd.read_excel(out / "plan.xlsx", sheet_name=text("sheet.by_level", "en"))
    assert len(level_sheet) == len(records)


def test_resolving_the_report_gives_the_same_plan(first_run: dict[str, Any]) -> None:
    root = first_run["root"]
    res = _solve(str(first_run["out"] / "plan.xlsx"), "--out", str(root / "again"))
    assert res.exit_code == 0, res.output + res.stderr
    a = json.loads((first_run["out"] / "summary.json").read_text(encoding="utf-8"))
    b = json.loads((root / "again" / "summary.json").read_text(encoding="utf-8"))
    assert b["objective"] == pytest.approx(a["objective"], rel=1e-6)
    assert b["settings"] == a["settings"]


def _set_cell(ws: Any, row_key: str, header: str, value: Any) -> None:
    col = next(c.column for c in ws[1] if c.value == header)
    row = next(c.row for c in ws["A"] if c.value == row_key)
    ws.cell(row=row, column=col).value = value


def test_round_trip_honours_an_edit(first_run: dict[str, Any]) -> None:
    root = first_run["root"]
    edited = root / "edited.xlsx"
    shutil.copy(first_run["out"] / "plan.xlsx", edited)
    wb = openpyxl.load_workbook(edited)
    offices = SHEETS_BY_KEY["offices"]
    _set_cell(wb[offices.label("en")], "C2", offices.column("workload").label("en"), 90_000)
    params = SHEETS_BY_KEY["parameters"]
    _set_cell(wb[params.label("en")], "target.county", params.column("value").label("en"), 6000)
    wb.save(edited)
    res = _solve(str(edited), "--out", str(root / "edited-run"))
    assert res.exit_code == 0, res.output + res.stderr
    before = json.loads((first_run["out"] / "summary.json").read_text(encoding="utf-8"))
    after = json.loads((root / "edited-run" / "summary.json").read_text(encoding="utf-8"))
    assert after["settings"]["target.county"] == 6000
    assert before["settings"]["target.county"] == 9000

    def county_base(summary: dict[str, Any], key: str) -> float:
        return next(r[key] for r in summary["by_level_year"]
                    if r["level"] == "county" and r["year"] == summary["settings"]["base_year"])

    assert county_base(after, "workload") == pytest.approx(county_base(before, "workload") + 30_000)
    plan = pd.read_excel(root / "edited-run" / "plan.xlsx", sheet_name=text("sheet.plan", "en"))
    final = plan[plan[output_label("year", "en")] == plan[output_label("year", "en")].max()]
    targets = final[final[output_label("level", "en")] == "county"][output_label("target", "en")]
    assert set(targets) == {6000}


def test_formula_like_office_name_round_trips_as_text(first_run: dict[str, Any]) -> None:
    wb = openpyxl.load_workbook(first_run["out"] / "plan.xlsx")
    hits = [c for ws in wb for row in ws.iter_rows() for c in row if c.value == INJECTION]
    assert len(hits) >= 2  # plan sheet and offices sheet at least
    assert all(c.data_type == "s" for c in hits)


@pytest.mark.parametrize(("args", "needle"), [
    (["--set", "no.such.key=1"], "no.such.key"),
    (["--set", "target.county=abc"], "target.county"),
    (["--set", "budget.regime=magic"], "budget.regime"),
    (["--set", "horizon"], "KEY=VALUE"),
    (["--scenario", "nonexistent"], "nonexistent"),
])
def test_bad_options_are_input_errors(tmp_path: Path, args: list[str], needle: str) -> None:
    src = write_tiny_workbook(tmp_path / "tiny.xlsx")
    res = _solve(str(src), "--out", str(tmp_path / "run"), *args)
    assert res.exit_code == 2, res.output
    assert needle in res.output
    assert "Traceback" not in res.output
    assert not (tmp_path / "run").exists()


def test_required_set_keys_exist(tmp_path: Path) -> None:
    from staffopt.schema import PARAMETERS_BY_KEY

    for key in ("target.provincial", "target.municipal", "target.county", "budget.regime",
                "budget.fund_share", "posts.step", "horizon", "digital.enabled", "training.enabled"):
        assert key in PARAMETERS_BY_KEY


def test_scenario_and_set_and_default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_tiny_workbook(tmp_path / "tiny.xlsx")
    monkeypatch.chdir(tmp_path)
    res = _solve(str(src), "--scenario", "tight", "--set", "digital.enabled=false", "--lang", "zh")
    assert res.exit_code == 0, res.output + res.stderr
    out = tmp_path / "reports" / "tiny-tight"
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["scenario"] == "tight"
    assert summary["settings"]["target.county"] == 8000  # from the scenarios sheet
    assert summary["settings"]["digital.enabled"] is False  # from --set
    assert text("sheet.summary", "zh") in openpyxl.load_workbook(out / "plan.xlsx").sheetnames


def test_input_inside_the_report_folder_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "run"
    out.mkdir()
    src = write_tiny_workbook(out / "tiny.xlsx")
    sha = _sha(src)
    res = _solve(str(src), "--out", str(out))
    assert res.exit_code == 2 and "--out" in res.output
    assert _sha(src) == sha


def test_no_plan_exits_3_with_summary_only(tmp_path: Path) -> None:
    src = write_tiny_workbook(tmp_path / "tiny.xlsx")
    res = _solve(str(src), "--out", str(tmp_path / "run"),
                 "--set", "budget.regime=fund", "--set", "budget.fund_share=0.00001")
    assert res.exit_code == 3, res.output
    assert "status: infeasible" in res.stdout and "summary.json" in res.output
    assert sorted(p.name for p in (tmp_path / "run").iterdir()) == [MARKER, "summary.json"]
    summary = json.loads((tmp_path / "run" / "summary.json").read_text(encoding="utf-8"))
    assert summary["status"] == "infeasible" and summary["has_plan"] is False
    assert summary["messages"] and summary["by_level_year"] == []


def test_summary_sheet_key_figures_come_from_the_tables(first_run: dict[str, Any]) -> None:
    """Each level's status quo, final-year figure and change on the summary are the table values."""
    out = first_run["out"]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    base_year = summary["settings"]["base_year"]
    final_year = max(r["year"] for r in summary["by_level_year"])
    keys = ("posts", "staff", "contract", "workload", "cost_total")
    want = {(r["level"], r["year"], key): r[key] for r in summary["by_level_year"] for key in keys}
    ws = openpyxl.load_workbook(out / "plan.xlsx")[text("sheet.summary", "en")]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    top = next(i for i, r in enumerate(rows) if r[0] == text("summary.figure", "en"))
    level_of = {"provincial": "provincial", "municipal": "municipal", "county": "county", "all levels": "all"}
    level_cols = {level_of[v]: j for j, v in enumerate(rows[top]) if v in level_of}
    assert set(level_cols) == {"provincial", "municipal", "county", "all"}
    for col in level_cols.values():  # status quo, final plan year, change under each level
        assert rows[top + 1][col:col + 3] == [f"status quo {base_year}", f"plan, final year {final_year}",
                                              "change"]
    labels = {output_label(k, "en", with_unit=False): k for k in keys}
    seen = 0
    for row in rows[top + 2:]:
        if row[0] is None:  # end of the key-figure table
            break
        if row[0] not in labels:
            continue
        key = labels[row[0]]
        assert row[1] == output_label(key, "en").split(" (")[-1].rstrip(")")  # the unit
        for level, col in level_cols.items():
            before, after = want[level, base_year, key], want[level, final_year, key]
            assert row[col] == pytest.approx(before), (key, level)
            assert row[col + 1] == pytest.approx(after), (key, level)
            assert row[col + 2] == pytest.approx(after - before), (key, level)
            seen += 1
    assert seen == len(keys) * 4
