"""The solve benchmark runs end to end on the example (its stage times come from Result.timings)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_solve.py"


def test_bench_solve_example_json(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--only", "example", "--json", "--time-limit", "30",
                           "--keep", str(tmp_path)], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    (case,) = report["cases"]
    s, raw = case["staffopt"], case["highspy"]
    assert "error" not in s and "error" not in raw, (s, raw)
    assert s["status"] == "optimal" and s["check_violations"] == 0
    assert s["rows"] > 0 and s["cols"] > 0 and s["nonzeros"] > 0 and s["blocks"] == 1
    for key in ("build_s", "handoff_s", "highs_s", "results_s", "build_cpu_s", "handoff_cpu_s"):
        assert s[key] >= 0, key
    assert abs(s["handoff_s"] - s["compile_s"] - s["pass_s"]) < 1e-9
    parts = s["data_s"] + s["build_s"] + s["handoff_s"] + s["highs_s"] + s["results_s"]
    assert abs(s["total_s"] - parts) < 1e-6
    # the same model solved by highspy alone reaches the same optimum (0.1 % gap)
    assert raw["blocks"] == 1 and raw["status"] == "Optimal x1"
    assert abs(raw["objective"] - s["objective"]) <= 2e-3 * abs(s["objective"])
    assert (tmp_path / "example-block00.mps").is_file()
    assert {g["goal"].split(" ")[0] for g in case["goals"]} >= {"example"}
