"""Dask sweeps: a 2-worker local cluster (loopback only) gives the same results as serial runs."""

from __future__ import annotations

import dataclasses
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import psutil
import pytest

from staffopt.instance import InputData
from staffopt.pipeline import effective_settings
from staffopt.results import Result
from staffopt.synthetic import national_instance
from staffopt.whatif.metrics import scenario_metrics
from staffopt.whatif.sweep import Job, local_cluster, run_job, run_sweep, start_method

EXACT = {"solver.gap": "0", "solver.time_limit": "30"}


@pytest.fixture(scope="module")
def data() -> InputData:
    return national_instance(provinces=1, municipal=1, county=3, horizon=2, seed=3)


def jobs_of(data: InputData) -> list[Job]:
    jobs = [Job(n, effective_settings(data, n, EXACT)) for n in ("status_quo", "fund_korea", "ratio_chengdu")]
    # minimum staffing far above any budget: no plan exists under the service objective
    jobs.append(Job("impossible", effective_settings(
        data, None, {**EXACT, "objective": "service", "staff.min.county": "5000"})))
    return jobs


def assert_same(a: list[Result], b: list[Result]) -> None:
    assert [r.scenario for r in a] == [r.scenario for r in b]
    for x, y in zip(a, b, strict=True):
        assert x.status == y.status
        assert x.objective == pytest.approx(y.objective) if x.objective is not None else y.objective is None
        mx, my = scenario_metrics(x), scenario_metrics(y)
        assert mx.keys() == my.keys()
        for key in mx:
            if key == "status":
                assert mx[key] == my[key]
            else:
                assert mx[key] == pytest.approx(my[key], nan_ok=True), key
        if x.has_plan:
            pd.testing.assert_frame_equal(x.office_year, y.office_year)


def test_serial_equals_two_worker_cluster(data: InputData) -> None:
    jobs = jobs_of(data)
    serial = run_sweep(data, jobs)
    seen: list[tuple[str, int]] = []
    parallel = run_sweep(data, jobs, workers=2, on_result=lambda i, job, r, done, total: seen.append(
        (job.name, done)))
    assert sorted(name for name, _ in seen) == sorted(j.name for j in jobs)
    assert [d for _, d in seen] == [1, 2, 3, 4]
    assert_same(serial, parallel)
    assert [r.status for r in serial[:3]] == ["optimal"] * 3
    assert not serial[3].has_plan and serial[3].messages  # reported, the batch still finished


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    started = local_cluster(2)
    try:
        yield started
    finally:
        started.close()


def test_scheduler_address_path(data: InputData, cluster: Any) -> None:
    jobs = jobs_of(data)[:2]
    serial = run_sweep(data, jobs)
    assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    remote = run_sweep(data, jobs, scheduler=cluster.scheduler_address)
    assert_same(serial, remote)
    assert len(cluster.scheduler_info["workers"]) == 2  # the user's cluster is left running


def test_scheduler_path_writes_run_folders_here(
    data: InputData, cluster: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Remote workers may not share this disk: the client writes each run folder, as results arrive."""
    import staffopt.whatif.sweep

    written: list[Path] = []
    real = staffopt.whatif.sweep.write_folder

    def spy(result: Result, data: InputData, folder: Path, lang: Any, provenance: Any = None) -> Result:
        written.append(folder)
        return real(result, data, folder, lang, provenance)

    monkeypatch.setattr(staffopt.whatif.sweep, "write_folder", spy)  # patched in this process only
    jobs = [dataclasses.replace(job, folder=tmp_path / job.name) for job in jobs_of(data)[:2]]
    finished: list[int] = []
    results = run_sweep(data, jobs, scheduler=cluster.scheduler_address, lang="zh",
                        finish=lambda _data, rs: finished.append(len(rs)))
    assert sorted(written) == sorted(tmp_path / job.name for job in jobs)
    assert finished == [2]  # the finishing step runs here too
    for job, result in zip(jobs, results, strict=True):
        assert job.folder is not None and (job.folder / "plan.xlsx").is_file()
        assert result.scenario == job.name and result.has_plan


def test_local_cluster_listens_on_loopback_only(cluster: Any) -> None:
    pids = {psutil.Process().pid}
    for child in psutil.Process().children(recursive=True):
        pids.add(child.pid)
    listening = []
    for pid in pids:
        try:
            conns = psutil.Process(pid).net_connections(kind="inet")
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        listening += [c.laddr for c in conns if c.status == psutil.CONN_LISTEN]
    assert listening, "the cluster should be listening somewhere"
    assert {addr.ip for addr in listening} <= {"127.0.0.1"}, listening
    workers = cluster.scheduler_info["workers"]
    assert len(workers) == 2 and all(w.startswith("tcp://127.0.0.1:") for w in workers)
    assert all(w["nthreads"] == 1 for w in workers.values())


def test_a_raising_job_becomes_an_error_row(data: InputData, monkeypatch: pytest.MonkeyPatch) -> None:
    import staffopt.solver.solve

    real = staffopt.solver.solve.solve

    def flaky(instance: Any, *, scenario: str | None = None, on_progress: Any = None) -> Any:
        if scenario == "fund_korea":
            raise RuntimeError("solver crashed")
        return real(instance, scenario=scenario)

    monkeypatch.setattr(staffopt.solver.solve, "solve", flaky)
    results = run_sweep(data, jobs_of(data)[:3])
    assert [r.status for r in results] == ["optimal", "error", "optimal"]
    assert "RuntimeError: solver crashed" in results[1].messages[0]
    assert results[1].scenario == "fund_korea"


def test_run_job_reports_bad_input_instead_of_raising(data: InputData) -> None:
    offices = data.offices.copy()
    offices.loc[offices.index[-1], "parent_id"] = "NOPE"
    broken = dataclasses.replace(data, offices=offices)
    result = run_job(broken, data.parameters, "broken")
    assert result.status == "error" and "parent_id" in result.messages[0]


FRESH = """
import pickle, sys
from staffopt.whatif.sweep import run_sweep, start_method
data, jobs = pickle.load(open(sys.argv[1], "rb"))
method = start_method()
results = run_sweep(data, jobs, workers=2)
pickle.dump((method, results), open(sys.argv[2], "wb"))
"""


def test_fresh_process_with_forked_workers_equals_serial(data: InputData, tmp_path: Path) -> None:
    """A process that has not solved yet (like ``staffopt compare --workers 2``) forks its workers."""
    jobs = jobs_of(data)
    (tmp_path / "in.pkl").write_bytes(pickle.dumps((data, jobs)))
    done = subprocess.run([sys.executable, "-c", FRESH, str(tmp_path / "in.pkl"), str(tmp_path / "out.pkl")],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    method, parallel = pickle.loads((tmp_path / "out.pkl").read_bytes())
    assert method == ("fork" if sys.platform == "linux" else "spawn")
    assert_same(run_sweep(data, jobs), parallel)


def test_start_method_after_a_solve_in_this_process(data: InputData) -> None:
    run_job(data, data.parameters, "warm")  # HiGHS has now run in this process
    assert start_method() == "spawn"
