"""Run folders written in the sweep jobs: the same files serially and on a local 2-worker cluster.

The cluster runs in a fresh process (as ``staffopt compare --workers 2`` does), so its workers are
forked and inherit any patch the script applies before starting them — that is how a solve error
and a report error are injected into the workers.
"""

from __future__ import annotations

import dataclasses
import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from staffopt.instance import InputData
from staffopt.pipeline import effective_settings
from staffopt.reader import table_frame
from staffopt.report.reform_text import t
from staffopt.synthetic import national_instance
from staffopt.whatif.compare import compare_scenarios

EXACT = {"solver.gap": "0", "solver.time_limit": "30"}
NAMES = ["status_quo", "lean", "impossible", "fund_korea"]
#: summary.json fields that are wall-clock timings (they differ from run to run)
TIMING = ("solve_seconds", "build_seconds")


@pytest.fixture(scope="module")
def data() -> InputData:
    data = national_instance(provinces=1, municipal=1, county=3, horizon=2, seed=5)
    rows = [
        {"scenario": "lean", "key": "budget.growth", "value": "0", "note": "", "row": 2},
        # minimum staffing far above any budget: no plan under the service objective
        {"scenario": "impossible", "key": "staff.min.county", "value": "5000", "note": "", "row": 3},
        {"scenario": "impossible", "key": "objective", "value": "service", "note": "", "row": 4},
    ]
    return dataclasses.replace(data, scenarios=table_frame("scenarios", rows))


def settings_of(data: InputData) -> list[Any]:
    return [effective_settings(data, name, EXACT) for name in NAMES]


FRESH = """
import pickle, sys
from pathlib import Path
import staffopt.report, staffopt.solver.solve
from staffopt.whatif.compare import compare_scenarios
from staffopt.whatif.sweep import start_method

data, names, settings, out, inject = pickle.load(open(sys.argv[1], "rb"))
if inject:  # patched here, before the workers are forked: they inherit it
    real_solve, real_write = staffopt.solver.solve.solve, staffopt.report.write_run_folder

    def solve(instance, *, scenario=None, on_progress=None):
        if scenario == "status_quo":
            raise RuntimeError("solver crashed")
        return real_solve(instance, scenario=scenario)

    def write_run_folder(result, data, out_dir, lang="en", **kw):
        if result.scenario == "lean":
            raise OSError("disk full")
        return real_write(result, data, out_dir, lang, **kw)

    staffopt.solver.solve.solve, staffopt.report.write_run_folder = solve, write_run_folder
method = start_method()
results = compare_scenarios(data, names, settings, Path(out), "zh", workers=2)
pickle.dump((method, results), open(sys.argv[2], "wb"))
"""


def run_on_cluster(data: InputData, out: Path, tmp: Path, *, inject: bool) -> tuple[str, list[Any]]:
    (tmp / "in.pkl").write_bytes(pickle.dumps((data, NAMES, settings_of(data), str(out), inject)))
    done = subprocess.run([sys.executable, "-c", FRESH, str(tmp / "in.pkl"), str(tmp / "out.pkl")],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    method, results = pickle.loads((tmp / "out.pkl").read_bytes())
    return method, results


def files_of(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def summary_of(folder: Path) -> dict[str, Any]:
    summary: dict[str, Any] = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    for key in TIMING:
        assert isinstance(summary.pop(key), (int, float))
    assert isinstance(summary["provenance"].pop("time"), str)  # when each run wrote its folder
    return summary


def cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = openpyxl.load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


def assert_same_rows(a: list[tuple[Any, ...]], b: list[tuple[Any, ...]], where: str) -> None:
    """Equal sheets, except numbers in rows labelled in seconds (solve/build times differ by run)."""
    assert len(a) == len(b), where
    for row_a, row_b in zip(a, b, strict=True):
        if row_a == row_b:
            continue
        timing = any(isinstance(c, str) and ("秒" in c or "second" in c) for c in row_a)
        if row_a[0] in (t("prov.time", "en"), t("prov.time", "zh")):  # the run-settings sheet's provenance
            assert row_a[1:] != row_b[1:] and row_a[0] == row_b[0], (where, row_a, row_b)
            continue
        assert timing, (where, row_a, row_b)
        def text(row: tuple[Any, ...]) -> list[Any]:
            return [c for c in row if not isinstance(c, float)]

        assert text(row_a) == text(row_b), (where, row_a, row_b)


def test_cluster_run_folders_equal_serial_ones(data: InputData, tmp_path: Path) -> None:
    serial_out, cluster_out = tmp_path / "serial", tmp_path / "cluster"
    serial = compare_scenarios(data, NAMES, settings_of(data), serial_out, "zh")
    method, parallel = run_on_cluster(data, cluster_out, tmp_path, inject=False)
    assert method == ("fork" if sys.platform == "linux" else "spawn")
    assert [r.status for r in serial] == [r.status for r in parallel]
    assert [r.has_plan for r in serial] == [True, True, False, True]  # the batch survived "impossible"
    assert files_of(serial_out) == files_of(cluster_out)
    assert "scenarios/lean/plan.xlsx" in files_of(cluster_out)
    for name in NAMES:
        a, b = serial_out / "scenarios" / name, cluster_out / "scenarios" / name
        assert summary_of(a) == summary_of(b), name
        if (a / "plan.xlsx").exists():
            book_a, book_b = cells(a / "plan.xlsx"), cells(b / "plan.xlsx")
            assert book_a.keys() == book_b.keys()
            for sheet in book_a:
                assert_same_rows(book_a[sheet], book_b[sheet], f"{name}: {sheet}")
    comparison_a, comparison_b = cells(serial_out / "comparison.xlsx"), cells(cluster_out / "comparison.xlsx")
    assert comparison_a == comparison_b
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary folders left


def check_failures(results: list[Any], out: Path) -> None:
    """status_quo's solve raised, lean's run folder raised; the others are complete."""
    assert [r.scenario for r in results] == NAMES
    assert results[0].status == "error" and "RuntimeError: solver crashed" in results[0].messages[0]
    assert results[1].has_plan and "OSError: disk full" in results[1].messages[-1]
    assert len(results[1].messages_zh) == len(results[1].messages)
    assert results[3].has_plan and not any("disk full" in m for m in results[3].messages)
    failed = json.loads((out / "scenarios" / "status_quo" / "summary.json").read_text(encoding="utf-8"))
    assert failed["status"] == "error" and "solver crashed" in failed["messages"][0]
    assert not (out / "scenarios" / "lean").exists()
    assert (out / "scenarios" / "fund_korea" / "plan.xlsx").is_file()
    assert (out / "scenarios" / "impossible" / "summary.json").is_file()
    settings_sheet = openpyxl.load_workbook(out / "comparison.xlsx").worksheets[2]
    reasons = {settings_sheet.cell(r, 1).value: str(settings_sheet.cell(r, 4).value) for r in range(2, 6)}
    assert "disk full" in reasons["lean"] and "未能写出" in reasons["lean"]  # why lean's folder is missing
    assert "disk full" not in reasons["fund_korea"]


def test_solve_and_report_errors_do_not_sink_a_cluster_batch(data: InputData, tmp_path: Path) -> None:
    out = tmp_path / "cmp"
    _, results = run_on_cluster(data, out, tmp_path, inject=True)
    check_failures(results, out)


def test_solve_and_report_errors_do_not_sink_a_serial_batch(
    data: InputData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import staffopt.report
    import staffopt.solver.solve

    real_solve, real_write = staffopt.solver.solve.solve, staffopt.report.write_run_folder

    def solve(instance: Any, *, scenario: str | None = None, on_progress: Any = None) -> Any:
        if scenario == "status_quo":
            raise RuntimeError("solver crashed")
        return real_solve(instance, scenario=scenario)

    def write_run_folder(result: Any, data: Any, out_dir: Path, lang: Any = "en", **kw: Any) -> Any:
        if result.scenario == "lean":
            raise OSError("disk full")
        return real_write(result, data, out_dir, lang, **kw)

    monkeypatch.setattr(staffopt.solver.solve, "solve", solve)
    monkeypatch.setattr(staffopt.report, "write_run_folder", write_run_folder)
    out = tmp_path / "cmp"
    check_failures(compare_scenarios(data, NAMES, settings_of(data), out, "zh"), out)


CHART_THEN_FORK = """
from staffopt.report.charts import register_fonts
from staffopt.whatif.sweep import start_method
print(start_method())
register_fonts()  # the chart renderer has been used in this process
print(start_method())
"""


def test_no_fork_once_this_process_has_used_the_chart_renderer() -> None:
    """A child forked after vl-convert started hangs on its first chart: spawn the workers instead."""
    done = subprocess.run([sys.executable, "-c", CHART_THEN_FORK], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    expected = ["fork", "spawn"] if sys.platform == "linux" else ["spawn", "spawn"]
    assert done.stdout.split() == expected
