"""Run a list of (name, settings) jobs serially or on a Dask cluster, with identical results.

Tasks carry *data*: the validated :class:`~staffopt.instance.InputData` (sent once per worker),
one :class:`~staffopt.settings.Settings` and a name. Each worker builds its own instance and
Pyomo model with :func:`run_job`, which lives in this installed module so the scheduler and the
workers can import it. Every solve uses one solver thread (``solver.threads = 1``) on every
path, so a serial sweep and a Dask sweep solve exactly the same models.

A job that raises becomes a :class:`~staffopt.results.Result` with status ``error`` and the
reason in ``messages``; the other jobs finish. Results come back in the order of the jobs.

Network: a local cluster listens on 127.0.0.1 only and runs no dashboard; ``--scheduler``
connects to a cluster the user started (see ``docs/whatif.md``).
"""

from __future__ import annotations

import logging
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import pandas as pd

from staffopt.errors import InputError
from staffopt.instance import InputData
from staffopt.results import Result
from staffopt.settings import Settings

#: Called after each finished job: (job index, job, result, number done, number of jobs).
OnResult = Callable[[int, "Job", Result, int, int], None]
#: Seconds to wait for an existing scheduler before giving up.
CONNECT_TIMEOUT = 15.0
#: Schemes ``--scheduler`` accepts.
SCHEDULER_SCHEMES = ("tcp", "tls")


@dataclass(frozen=True)
class Job:
    """One solve of a sweep: a display ``name`` (scenario name or ``KEY=VALUE``) and its settings."""

    name: str
    settings: Settings


def single_thread(settings: Settings) -> Settings:
    """Return ``settings`` with ``solver.threads = 1`` (every sweep solve, serial or parallel)."""
    if settings.int("solver.threads") == 1:
        return settings
    return settings.with_overrides({"solver.threads": 1})


def failed_result(
    settings: Settings,
    name: str | None,
    message: str,
    seconds: float = 0.0,
    *,
    message_zh: str | None = None,
) -> Result:
    """Return a :class:`Result` with status ``error``, no plan and ``message`` as its reason."""
    empty = pd.DataFrame()
    return Result(
        status="error", objective=None, mip_gap=None, solve_seconds=seconds, build_seconds=0.0,
        settings=settings, scenario=name, office_year=empty, by_level_year=empty,
        by_region_year=empty, budget=empty, marginals=empty, platforms=empty,
        messages=(message,), messages_zh=(message_zh or f"运行出错：{message}",),
    )


def run_job(data: InputData, settings: Settings, name: str | None) -> Result:
    """Build and solve one job; never raises: a failure becomes a result with status ``error``.

    This is the function Dask workers run; its arguments are plain, picklable data.
    """
    from staffopt.instance import build_instance
    from staffopt.solve import solve

    start = time.perf_counter()
    try:
        instance = build_instance(data, settings)
        result: Result = solve(instance, scenario=name)
        return result
    except InputError as exc:
        return failed_result(settings, name, exc.format_message(), time.perf_counter() - start,
                             message_zh=f"输入有误：{exc.format_message()}")
    except Exception as exc:  # one bad scenario must not sink the batch
        logging.getLogger(__name__).debug("job %s failed:\n%s", name, traceback.format_exc())
        return failed_result(settings, name, f"{type(exc).__name__}: {exc}", time.perf_counter() - start)


def check_scheduler_address(address: str) -> str:
    """Return ``address`` if it looks like ``tcp://HOST:PORT``; else an :class:`InputError`."""
    parsed = urlparse(address.strip())
    try:
        port = parsed.port
    except ValueError:
        port = None
    if parsed.scheme not in SCHEDULER_SCHEMES or not parsed.hostname or port is None:
        raise InputError.single(
            "--scheduler", None, None, address,
            "the address of a running Dask scheduler, tcp://HOST:PORT (e.g. tcp://10.0.0.5:8786)",
        )
    return address.strip()


def run_sweep(
    data: InputData,
    jobs: Sequence[Job],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    on_result: OnResult | None = None,
) -> list[Result]:
    """Solve every job and return the results in the order of ``jobs``.

    ``workers`` > 1 starts a local Dask cluster of that many single-threaded worker processes
    bound to 127.0.0.1; ``scheduler`` (``tcp://HOST:PORT``) sends the jobs to an existing
    cluster instead. With neither, the jobs run one after another in this process. Each solve
    uses one solver thread, so all three paths give the same results.
    """
    jobs = [Job(j.name, single_thread(j.settings)) for j in jobs]
    if scheduler is not None:
        return _run_dask(data, jobs, address=check_scheduler_address(scheduler), workers=None,
                         on_result=on_result)
    if workers is not None and workers > 1 and len(jobs) > 1:
        return _run_dask(data, jobs, address=None, workers=min(workers, len(jobs)), on_result=on_result)
    results: list[Result] = []
    for i, job in enumerate(jobs):
        result = run_job(data, job.settings, job.name)
        results.append(result)
        if on_result is not None:
            on_result(i, job, result, i + 1, len(jobs))
    return results


def start_method() -> str:
    """How local worker processes start: ``fork`` where it is safe and fast, else ``spawn``.

    Forked workers inherit the already imported solver stack (Pyomo, highspy, staffopt), which
    saves seconds per worker. Fork is used only on Linux and only while this process has not
    run a HiGHS solve yet (HiGHS keeps a process-wide thread pool that a fork would copy in a
    broken state) — true for ``staffopt compare`` / ``frontier``, which never solve in the parent.
    Everywhere else workers are spawned (Dask's default).
    """
    if sys.platform != "linux":
        return "spawn"
    solve_module = sys.modules.get("staffopt.solve")
    if solve_module is not None and getattr(solve_module, "_threads_in_use", None) is not None:
        return "spawn"
    return "fork"


def warm_up() -> None:
    """Import the solver stack and build (never solve) a tiny model: Pyomo's one-time set-up.

    Called in this process before workers are forked, so each of them starts warm. No HiGHS
    solve runs here, so :func:`start_method` still allows forking afterwards.
    """
    from staffopt.instance import build_instance
    from staffopt.model import build_model
    from staffopt.model.compile import compile_model
    from staffopt.synthetic import national_instance

    tiny = national_instance(provinces=1, municipal=1, county=1, horizon=1)
    compile_model(build_model(build_instance(tiny, tiny.parameters)))


def local_cluster(workers: int, method: str | None = None) -> Any:
    """Start a loopback-only local Dask cluster: ``workers`` processes of one thread, no dashboard.

    ``method`` is the worker start method (default: :func:`start_method`).
    """
    import dask
    from distributed import LocalCluster

    method = method or start_method()
    if method == "fork":  # workers inherit the warmed-up solver stack instead of redoing it
        warm_up()
    with dask.config.set({"distributed.worker.multiprocessing-method": method}):
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True,
            host="127.0.0.1", dashboard_address="127.0.0.1:0", scheduler_port=0,
            scheduler_kwargs={"dashboard": False},
            silence_logs=logging.ERROR,
        )


def _run_dask(
    data: InputData,
    jobs: list[Job],
    *,
    address: str | None,
    workers: int | None,
    on_result: OnResult | None,
) -> list[Result]:
    from distributed import Client, as_completed

    cluster = local_cluster(workers) if address is None and workers is not None else None
    try:
        try:
            client = Client(cluster if cluster is not None else address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise InputError.single(
                "--scheduler", None, None, address,
                f"a running Dask scheduler reachable from here ({type(exc).__name__}: {exc})",
            ) from None
        with client:
            data_future = client.scatter(data, broadcast=True)
            futures = [
                client.submit(run_job, data_future, job.settings, job.name, pure=False,
                              key=f"staffopt-job-{i}-{time.time_ns()}")
                for i, job in enumerate(jobs)
            ]
            index = {f.key: i for i, f in enumerate(futures)}
            results: list[Result | None] = [None] * len(jobs)
            for done, future in enumerate(as_completed(futures), start=1):
                i = index[future.key]
                result = _collect(future, jobs[i])
                results[i] = result
                if on_result is not None:
                    on_result(i, jobs[i], result, done, len(jobs))
            return [r for r in results if r is not None]
    finally:
        if cluster is not None:
            cluster.close()


def _collect(future: Any, job: Job) -> Result:
    """Return the future's result, or a failed result when the task itself died (e.g. a lost worker)."""
    try:
        result: Result = future.result()
        return result
    except Exception as exc:
        detail = f"{type(exc).__name__}: {exc}"
        return failed_result(job.settings, job.name, f"the worker running this job failed: {detail}",
                             message_zh=f"执行该任务的工作进程失败：{detail}")


# ------------------------------------------------------------------------------------------
# frontier ranges
# ------------------------------------------------------------------------------------------
#: Most steps one ``--vary`` may ask for.
MAX_STEPS = 200


def parse_vary(text: str) -> tuple[str, list[float | int]]:
    """Parse ``KEY=START:STOP:STEPS`` into the key and its ``STEPS`` evenly spaced values.

    ``KEY`` must be a numeric parameter; ``START`` and ``STOP`` must be valid values of it
    (type and bounds, ``%`` accepted); ``STEPS`` a whole number from 2 to :data:`MAX_STEPS`.
    Whole-number parameters are rounded and repeated values dropped. Anything else is an
    :class:`InputError` naming the option ``--vary``.
    """
    from staffopt.schema import PARAMETERS_BY_KEY
    from staffopt.settings import parse_value

    def bad(expected: str, value: Any = text) -> InputError:
        return InputError.single("--vary", None, None, value, expected, source="--vary")

    key, sep, spec = text.partition("=")
    key = key.strip()
    parts = spec.split(":")
    if not sep or len(parts) != 3:
        raise bad("KEY=START:STOP:STEPS, e.g. budget.fund_share=0.005:0.04:8")
    field = PARAMETERS_BY_KEY.get(key)
    numeric = [p.key for p in PARAMETERS_BY_KEY.values() if p.dtype in ("int", "float")]
    if field is None or field.dtype not in ("int", "float"):
        raise bad("a numeric parameter key: " + ", ".join(numeric), key)
    try:
        start = float(parse_value(field, parts[0]))
        stop = float(parse_value(field, parts[1]))
    except ValueError as exc:
        raise bad(f"START and STOP valid for {key}: {exc}", spec) from None
    try:
        steps = int(parts[2].strip())
    except ValueError:
        steps = 0
    if not 2 <= steps <= MAX_STEPS:
        raise bad(f"STEPS a whole number from 2 to {MAX_STEPS}", parts[2])
    if start == stop:
        raise bad("START different from STOP", spec)
    raw = [start + (stop - start) * i / (steps - 1) for i in range(steps)]
    if field.dtype == "int":
        values: list[float | int] = list(dict.fromkeys(int(round(v)) for v in raw))
        if len(values) < 2:
            raise bad("a range holding at least two different whole numbers", spec)
        return key, values
    return key, [float(f"{v:.12g}") for v in raw]


def frontier_jobs(base: Settings, key: str, values: Sequence[float | int]) -> list[Job]:
    """One job per value: ``base`` with ``key`` set to that value, named ``KEY=VALUE``."""
    return [Job(f"{key}={v:g}", base.with_overrides({key: v}, sheet="--vary")) for v in values]
