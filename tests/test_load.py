"""Load (issue 13): 200 scenarios of the example on 2 Dask workers, memory flat, results as serial;
a long frontier on 2 workers killed in the middle leaves nothing behind.

The scenarios are the example with a one-year horizon (the fastest setting that still solves
the real example) and 50 different county load-ratio targets, each solved by four scenarios
(200 jobs; the same model solved four times, in either worker, must give the same result, and
the serial reference needs only the 50 distinct solves, which keeps the test near 2 minutes on
two cores). No run folders are written (``Job.folder`` is ``None``): the test measures the
solve path. Each worker's peak resident memory (``VmHWM``) is read after the 50th result and
at the end: the last 150 scenarios may not raise it by more than 10%.
"""

from __future__ import annotations

import dataclasses
import signal
import sys
from pathlib import Path

import pandas as pd
import psutil
import pytest

from helpers_signals import assert_clean_stop, interrupt
from staffopt.pipeline import example_data
from staffopt.results import Result
from staffopt.whatif.sweep import Job, run_sweep

SCENARIOS = 200
DISTINCT = 50
WARM = 50
GROWTH = 0.10

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/<pid>/status")]


def peak_rss(pid: int) -> int:
    """Peak resident memory of process ``pid`` so far, bytes (Linux ``VmHWM``)."""
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no VmHWM for process {pid}")


def worker_pids(before: set[int]) -> list[int]:
    """Processes started since ``before`` that are Dask workers (not multiprocessing's helpers)."""
    out = []
    for child in psutil.Process().children(recursive=True):
        if child.pid in before:
            continue
        try:
            command = " ".join(child.cmdline())
        except psutil.Error:
            continue
        if "resource_tracker" not in command and "forkserver" not in command:
            out.append(child.pid)
    return sorted(out)


def same(a: Result, b: Result) -> None:
    assert (a.scenario, a.status, a.objective, a.mip_gap) == (b.scenario, b.status, b.objective, b.mip_gap)
    assert a.objective_terms == b.objective_terms
    for name in ("office_year", "by_level_year", "budget", "platforms", "marginals"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True, obj=name)


def test_two_hundred_scenarios_on_two_workers_keep_memory_flat_and_match_serial() -> None:
    data = example_data()
    base = data.parameters.with_overrides({"horizon": 1})
    targets = [3000 + 100 * (i % DISTINCT) for i in range(SCENARIOS)]
    jobs = [Job(f"s{i:03d} target.county={t}", base.with_overrides({"target.county": t}))
            for i, t in enumerate(targets)]
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    peaks: dict[str, dict[int, int]] = {}

    def sample(_i: int, _job: Job, _result: Result, done: int, _total: int) -> None:
        if done in (WARM, SCENARIOS):
            pids = worker_pids(before)
            assert len(pids) == 2, pids
            peaks[f"after {done}"] = {pid: peak_rss(pid) for pid in pids}

    # reuse=False: each of the 200 scenarios is solved (a sweep solves repeated settings once)
    parallel = run_sweep(data, jobs, workers=2, on_result=sample, reuse=False)
    warm, end = peaks[f"after {WARM}"], peaks[f"after {SCENARIOS}"]
    assert warm.keys() == end.keys()  # the same two workers all along (none restarted)
    for pid in warm:
        assert end[pid] <= warm[pid] * (1 + GROWTH), (
            f"worker {pid}: peak RSS {warm[pid] / 2**20:.0f} MiB after {WARM} scenarios, "
            f"{end[pid] / 2**20:.0f} MiB after {SCENARIOS}")
    assert {r.status for r in parallel} == {"optimal"}
    assert len({r.objective for r in parallel}) > DISTINCT // 2  # the targets do change the plans
    serial = run_sweep(data, jobs[:DISTINCT])
    assert len(parallel) == SCENARIOS
    for i, result in enumerate(parallel):
        reference = serial[i % DISTINCT]
        same(dataclasses.replace(reference, scenario=result.scenario), result)


@pytest.mark.parametrize(("sig", "group"), [(signal.SIGTERM, False), (signal.SIGINT, True)])
def test_a_long_frontier_killed_in_the_middle_leaves_nothing_behind(tmp_path: Path, sig: signal.Signals,
                                                                    group: bool) -> None:
    out = tmp_path / "reports"
    out.mkdir()
    command = ["frontier", "--vary", "target.county=3000:10000:60", "--set", "horizon=1", "--workers", "2",
               "--out", str(out / "frontier")]
    stopped = interrupt(command, sig, marker="[10/", group=group)
    assert_clean_stop(stopped, sig, out)
