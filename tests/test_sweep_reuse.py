"""Sweep jobs with the same settings are solved once (issue 12, item 5), with exactly the same results.

``status_quo`` and ``shared_platform`` set values that the shipped workbooks already hold, so on
them they are the same model: :func:`staffopt.whatif.sweep.run_sweep` solves it once and gives
each scenario that result under its own name, and each its own complete run folder.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from staffopt.instance import InputData
from staffopt.pipeline import effective_settings
from staffopt.reader import table_frame
from staffopt.results import Result
from staffopt.settings import Settings
from staffopt.synthetic import national_instance
from staffopt.whatif import sweep
from staffopt.whatif.compare import compare_scenarios
from staffopt.whatif.sweep import Job, local_cluster, run_sweep, solve_key

EXACT = {"solver.gap": "0", "solver.time_limit": "30"}
#: status_quo and shared_platform give the same settings here; dynamic_posts does not
NAMES = ["status_quo", "dynamic_posts", "shared_platform", "fund_korea", "status_quo_again"]
TABLES = ("office_year", "by_level_year", "by_region_year", "budget", "marginals", "platforms")


@pytest.fixture(scope="module")
def data() -> InputData:
    data = national_instance(provinces=1, municipal=1, county=3, horizon=2, seed=3)
    assert data.parameters["budget.regime"] == "fiscal"  # so this workbook scenario changes nothing
    rows = [{"scenario": "status_quo_again", "key": "budget.regime", "value": "fiscal", "note": "", "row": 2}]
    return dataclasses.replace(data, scenarios=table_frame("scenarios", rows))


def jobs_of(data: InputData) -> list[Job]:
    return [Job(n, effective_settings(data, n, EXACT)) for n in NAMES]


def assert_same(a: Result, b: Result) -> None:
    """Everything a solve gives, exactly (not the seconds it took)."""
    assert (a.scenario, a.status, a.objective, a.mip_gap, a.backend) == (
        b.scenario, b.status, b.objective, b.mip_gap, b.backend)
    assert a.settings == b.settings
    assert (a.messages, a.messages_zh) == (b.messages, b.messages_zh)
    assert (a.objective_terms, a.stage_objectives, a.model_size) == (
        b.objective_terms, b.stage_objectives, b.model_size)
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True, obj=name)


@pytest.fixture
def solves(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str | None]]:
    """The names of the jobs actually solved in this process."""
    names: list[str | None] = []
    real = sweep.solve_job

    def counting(data: InputData, settings: Any, name: str | None) -> Result:
        names.append(name)
        return real(data, settings, name)

    monkeypatch.setattr(sweep, "solve_job", counting)
    yield names


def test_the_key_is_every_setting_and_not_the_name(data: InputData) -> None:
    jobs = jobs_of(data)
    keys = [solve_key(j.settings) for j in jobs]
    assert keys[0] == keys[2] == keys[4]  # the same values under three names
    assert len({keys[0], keys[1], keys[3]}) == 3
    base = data.parameters
    assert solve_key(base) == solve_key(base.with_overrides({}))
    assert solve_key(base) != solve_key(base.with_overrides({"solver.time_limit": 31}))
    step = base.with_overrides({"posts.step": 5})
    assert solve_key(step) != solve_key(base)
    # a value of another type is never taken for the same one (5 == 5.0 in Python)
    assert solve_key(Settings({**dict(step.items()), "posts.step": 5.0})) != solve_key(step)


def test_same_settings_are_solved_once_with_the_same_results(data: InputData,
                                                             solves: list[str | None]) -> None:
    jobs = jobs_of(data)
    shared = run_sweep(data, jobs)
    assert solves == ["status_quo", "dynamic_posts", "fund_korea"]  # shared_platform, status_quo_again reused
    solves.clear()
    each = run_sweep(data, jobs, reuse=False)
    assert solves == NAMES
    assert [r.scenario for r in shared] == NAMES
    for a, b in zip(shared, each, strict=True):
        assert_same(a, b)
    assert shared[0].status == "optimal"


def test_each_scenario_still_gets_its_own_complete_run_folder_and_the_same_result(
        data: InputData, tmp_path: Path, solves: list[str | None]) -> None:
    jobs = jobs_of(data)
    names = [j.name for j in jobs]
    results = compare_scenarios(data, names, [j.settings for j in jobs], tmp_path / "cmp", "en")
    assert len(solves) == 3
    assert [r.scenario for r in results] == names
    # with run folders the next solve runs in a background thread; each solve is the same as in line
    for a, b in zip(results, run_sweep(data, jobs, reuse=False), strict=True):
        assert_same(a, b)
    runs = tmp_path / "cmp" / "scenarios"
    listing: dict[str, list[str]] = {}
    for name in names:
        files = sorted(str(p.relative_to(runs / name)) for p in (runs / name).rglob("*") if p.is_file())
        assert set(files) >= {"plan.xlsx", "briefing.docx", "summary.json", *(
            f"charts/{stem}.{ext}" for stem in ("load_ratio_by_level", "headcount_change_by_level",
                                                "cost_by_line", "offices_above_target")
            for ext in ("html", "png"))}, name
        assert files == listing.setdefault("files", files), name  # every folder holds the same files
        summary = json.loads((runs / name / "summary.json").read_text(encoding="utf-8"))
        assert summary["scenario"] == name
    first = json.loads((runs / "status_quo" / "summary.json").read_text(encoding="utf-8"))
    again = json.loads((runs / "shared_platform" / "summary.json").read_text(encoding="utf-8"))
    assert (first["objective"], first["by_level_year"]) == (again["objective"], again["by_level_year"])
    for stem in ("load_ratio_by_level", "cost_by_line"):  # the same plan draws the same chart
        png = f"charts/{stem}.png"
        assert (runs / "status_quo" / png).read_bytes() == (runs / "shared_platform" / png).read_bytes()
    assert (tmp_path / "cmp" / "comparison.xlsx").is_file()


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    started = local_cluster(2)
    try:
        yield started
    finally:
        started.close()


def test_a_cluster_solves_a_shared_key_once_too(data: InputData, cluster: Any) -> None:
    """On Dask (here a running cluster, as ``--scheduler`` uses) the results are those of serial runs."""
    jobs = jobs_of(data)
    seen: list[int] = []
    parallel = run_sweep(data, jobs, scheduler=cluster.scheduler_address,
                         on_result=lambda i, job, r, done, total: seen.append(done))
    assert seen == [1, 2, 3, 4, 5]
    serial = run_sweep(data, jobs, reuse=False)
    for a, b in zip(serial, parallel, strict=True):
        assert_same(a, b)
    tasks = cluster.scheduler.task_prefixes
    assert "staffopt-solve" in tasks  # one task solved status_quo's key for three jobs
