"""Run a list of (name, settings) jobs serially or on a Dask cluster, with identical results.

Tasks carry *data*: the validated :class:`~staffopt.instance.InputData` (sent once per worker),
one :class:`~staffopt.settings.Settings`, a name and, optionally, the run folder to write. Each
worker builds its own instance and Pyomo model with :func:`run_job`, which lives in this
installed module so the scheduler and the workers can import it. Every solve uses one solver
thread (``solver.threads = 1``) on every path, so a serial sweep and a Dask sweep solve exactly
the same models.

Where a job's run folder (``plan.xlsx``, charts, ``summary.json``) is written:

* serially and on a **local** cluster (``--workers N``): by :func:`run_job` itself, right after
  the solve — in the worker process, so the report writing (1–3 s a scenario, often longer than
  the solve) runs in parallel too;
* on a **remote** cluster (``--scheduler``): by this process, as each result arrives. The
  workers may be other machines that do not see this machine's disk, and a folder written
  there would be lost or land in the wrong place.

Both places call :func:`write_folder`, so the files are the same.

Jobs whose settings are the same (:func:`solve_key`; e.g. ``status_quo`` and ``shared_platform``
on a workbook that keeps the platform defaults) are solved once; each still gets its own result,
named after it, and its own complete run folder.

A job that raises (while solving or writing) becomes a result that says so in ``messages``
(status ``error`` when the solve failed; the solved status, plus a message, when only the
run folder failed); the other jobs finish. Results come back in the order of the jobs.

Network: a local cluster listens on 127.0.0.1 only and runs no dashboard; ``--scheduler``
connects to a cluster the user started (see "Parallel runs with Dask" in the README).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pandas as pd

from staffopt.errors import BadValue, ErrorText, InputError
from staffopt.instance import InputData
from staffopt.interrupts import Interrupted, quiet, reap_children, sigint_blocked
from staffopt.results import Result, Status
from staffopt.schema import Lang
from staffopt.settings import Settings
from staffopt.text import Join, Msg

#: Called after each finished job: (job index, job, result, number done, number of jobs).
OnResult = Callable[[int, "Job", Result, int, int], None]
#: Called once with the data and all results (in job order) when every job is done.
Finish = Callable[[InputData, list[Result]], None]
#: Seconds to wait for an existing scheduler before giving up.
CONNECT_TIMEOUT = 15.0
#: Seconds to wait for a TCP connection to ``--scheduler`` (checked first: a refusal is immediate).
PROBE_TIMEOUT = 5.0
#: Seconds the workers (or a remote client) get to stop after an interrupt.
STOP_TIMEOUT = 2.0
#: Schemes ``--scheduler`` accepts.
SCHEDULER_SCHEMES = ("tcp", "tls")


@dataclass(frozen=True)
class Job:
    """One solve of a sweep: a display ``name`` (scenario name or ``KEY=VALUE``) and its settings.

    ``folder``: the run folder to write for this job after the solve (``None``: solve only).
    """

    name: str
    settings: Settings
    folder: Path | None = None


def single_thread(settings: Settings) -> Settings:
    """Return ``settings`` with ``solver.threads = 1`` (every sweep solve, serial or parallel)."""
    if settings.int("solver.threads") == 1:
        return settings
    return settings.with_overrides({"solver.threads": 1})


def failed_result(
    settings: Settings,
    name: str | None,
    message: Msg | str,
    seconds: float = 0.0,
) -> Result:
    """Return a :class:`Result` with status ``error``, no plan and ``message`` as its reason.

    A plain string is the text of an exception (the same in every language), shown after
    "the run failed" in languages other than English.
    """
    reason = message if isinstance(message, Msg) else Msg("sweep.failed", detail=message)
    empty = pd.DataFrame()
    return Result(
        status=Status.ERROR, objective=None, mip_gap=None, solve_seconds=seconds, build_seconds=0.0,
        settings=settings, scenario=name, office_year=empty, by_level_year=empty,
        by_region_year=empty, budget=empty, marginals=empty, platforms=empty,
        messages=(reason.render("en"),), messages_zh=(reason.render("zh"),),
    )


def run_job(
    data: InputData, settings: Settings, name: str | None, folder: Path | None = None, lang: Lang = "en",
    provenance: dict[str, Any] | None = None,
) -> Result:
    """Build and solve one job, then write its run ``folder`` if one is given; never raises.

    A failed solve becomes a result with status ``error``; a failed run folder is reported by
    :func:`write_folder`. This is the function Dask workers run; its arguments are plain,
    picklable data.
    """
    return finish_job(solve_job(data, settings, name), data, name, folder, lang, provenance)


def solve_job(data: InputData, settings: Settings, name: str | None) -> Result:
    """Build and solve one job (no run folder, no garbage collection); never raises.

    A failed solve becomes a result with status ``error``.
    """
    from staffopt.instance import build_instance
    from staffopt.solver.solve import solve

    start = time.perf_counter()
    try:
        instance = build_instance(data, settings)
        result: Result = solve(instance, scenario=name)
    except InputError as exc:
        result = failed_result(settings, name, Msg("sweep.input_error", text=ErrorText(exc)),
                               time.perf_counter() - start)
    except Exception as exc:  # one bad scenario must not sink the batch
        logging.getLogger(__name__).debug("job %s failed:\n%s", name, traceback.format_exc())
        result = failed_result(settings, name, f"{type(exc).__name__}: {exc}", time.perf_counter() - start)
    return result


def finish_job(
    solved: Result, data: InputData, name: str | None, folder: Path | None = None, lang: Lang = "en",
    provenance: dict[str, Any] | None = None,
) -> Result:
    """``solved`` as the result of the job ``name``, with its run ``folder`` written if one is given.

    ``solved`` may be the result of another job with the same :func:`solve_key` (see
    :func:`run_sweep`): it is then renamed to ``name``; all else in it is what this job's own
    solve gives. Never raises; runs :func:`collect_garbage` after.
    """
    result = solved if solved.scenario == name else replace(solved, scenario=name)
    result = result if folder is None else write_folder(result, data, folder, lang, provenance)
    collect_garbage()
    return result


def solve_key(settings: Settings) -> str:
    """Canonical fingerprint of what a sweep job's solve reads besides the sweep's data: its settings.

    :func:`solve_job` reads exactly the sweep's :class:`InputData` (one object for every job of
    a sweep) and the job's :class:`Settings`; the job's name only labels the result. So two jobs
    of one sweep whose settings have the same keys, types and values build the same instance and
    the same model, and a solve of it (one solver thread, deterministic) gives the same result:
    :func:`run_sweep` solves it once. The fingerprint is the SHA-256 of every ``(key, type,
    repr(value))`` in key order — ``5`` and ``5.0`` or ``True`` and ``1`` count as different
    (never wrongly the same), preset and scenario names play no part.
    """
    items = sorted((key, type(value).__name__, repr(value)) for key, value in settings.items())
    return hashlib.sha256(repr(items).encode("utf-8")).hexdigest()


#: A full garbage collection runs after a job once this many more small-object blocks are allocated
#: than right after the last one (``sys.getallocatedblocks``; the example's dead model ≈ 110,000).
GC_GROWTH_BLOCKS = 400_000
#: Small-object blocks allocated right after this process's last collection (per process id:
#: workers are forked).
_blocks_floor: dict[int, int] = {}


def collect_garbage() -> bool:
    """Collect garbage (fully) once :data:`GC_GROWTH_BLOCKS` more blocks are allocated than after the last.

    A solve leaves its dead Pyomo model (a web of reference cycles) in the oldest generation,
    which Python collects only now and then: without this, a sweep's worker grew by about 0.6 MB
    a scenario (200 scenarios of the example: 250 -> 400 MB). A full collection costs 0.1–0.3 s.
    The trigger is the number of blocks Python's small-object allocator has handed out
    (``sys.getallocatedblocks()``, cheap), which the dead model's objects hold until collected
    and which falls back after each collection — unlike the resident memory, which also grows
    with what is not garbage (the chart renderer's heap, the PNG cache) and does not fall back:
    a floor on it, set once, made every job of ``compare --all`` collect (15 of 17: 2–3 s CPU).
    So a national job collects after every job, the example after every third or fourth; the
    workers stay flat (``tests/test_load.py``). Returns whether it ran.
    """
    pid = os.getpid()
    if pid in _blocks_floor and sys.getallocatedblocks() - _blocks_floor[pid] < GC_GROWTH_BLOCKS:
        return False
    gc.collect()
    _blocks_floor[pid] = sys.getallocatedblocks()
    return True


def write_folder(result: Result, data: InputData, folder: Path, lang: Lang,
                 provenance: dict[str, Any] | None = None) -> Result:
    """Write ``result``'s run folder with :func:`staffopt.report.write_run_folder`; never raises.

    Returns ``result`` unchanged, or — when writing failed (disk full, a bad chart, …) — a copy
    with the reason appended to ``messages`` (status and plan kept: the solve itself was good,
    and the comparison still shows it). The folder is then absent (written atomically).
    """
    from staffopt.report import write_run_folder

    try:
        write_run_folder(result, data, folder, lang, provenance=provenance)
        return result
    except Exception as exc:  # one bad report must not sink the batch
        logging.getLogger(__name__).debug("run folder %s failed:\n%s", folder, traceback.format_exc())
        detail = f"{type(exc).__name__}: {exc}"
        zh = result.messages_zh if len(result.messages_zh) == len(result.messages) else result.messages
        note = Msg("sweep.folder_failed", detail=detail)
        return replace(result, messages=(*result.messages, note.render("en")),
                       messages_zh=(*zh, note.render("zh")))


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
            Msg("expect.scheduler_address"),
        )
    return address.strip()


def run_sweep(
    data: InputData,
    jobs: Sequence[Job],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    on_result: OnResult | None = None,
    lang: Lang = "en",
    finish: Finish | None = None,
    provenance: dict[str, Any] | None = None,
    reuse: bool = True,
) -> list[Result]:
    """Solve every job (and write its run folder, if it has one) and return the results in order.

    ``workers`` > 1 starts a local Dask cluster of that many single-threaded worker processes
    bound to 127.0.0.1, which also write the run folders; ``scheduler`` (``tcp://HOST:PORT``)
    sends the solves to an existing cluster instead and this process writes the run folders as
    the results arrive. With neither, the jobs run one after another in this process (the next
    solve in a background thread while a run folder is written: :func:`_run_serial`). Each
    solve uses one solver thread, so all three paths give the same results and files
    (run folders in ``lang``). ``on_result`` is called once a job's result and folder are done.

    ``finish(data, results)`` (e.g. writing the comparison workbook and charts) runs once all
    jobs are done: on a local cluster as one more task in a worker process — whose chart
    renderer has already started, which saves this process about 2.5 s of start-up on the
    critical path (its exceptions are raised here) — else in this process. It must be
    picklable (a module-level function or a :func:`functools.partial` of one). ``provenance``
    (:func:`staffopt.report.provenance.collect`) is recorded in every run folder.

    ``reuse``: jobs with the same :func:`solve_key` (e.g. two scenarios that set the same values)
    are solved once and each gets that result under its own name, and its own complete run
    folder; exact, since such jobs solve the same model the same deterministic way. ``False``
    solves every job (the load test's repeated solves).
    """
    jobs = [replace(j, settings=single_thread(j.settings)) for j in jobs]
    keys = [solve_key(j.settings) if reuse else str(i) for i, j in enumerate(jobs)]
    if scheduler is not None:
        results = _run_dask(data, jobs, keys, address=check_scheduler_address(scheduler), workers=None,
                            on_result=on_result, lang=lang, finish=None, provenance=provenance)
        if finish is not None:
            finish(data, results)
        return results
    if workers is not None and workers > 1 and len(set(keys)) > 1:
        return _run_dask(data, jobs, keys, address=None, workers=min(workers, len(set(keys))),
                         on_result=on_result, lang=lang, finish=finish, provenance=provenance)
    results = _run_serial(data, jobs, keys, on_result, lang, provenance)
    if finish is not None:
        finish(data, results)
    return results


def _run_serial(
    data: InputData, jobs: list[Job], keys: list[str], on_result: OnResult | None, lang: Lang,
    provenance: dict[str, Any] | None,
) -> list[Result]:
    """The jobs one after another in this process; results in job order, ``on_result`` in job order.

    When run folders are written, the next distinct solve runs in one background thread while
    this process writes the current job's folder: HiGHS and the chart renderer (most of each)
    release the GIL, so on two cores they overlap. Each solve is the same as in line (one solver
    thread, the same settings); at most one solve is ahead, so at most one more result is held.
    Pyomo and HiGHS are used by that thread only (as in a Dask worker's task thread).
    """
    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        first.setdefault(key, i)
    order = iter([i for i, key in enumerate(keys) if first[key] == i])  # the jobs whose solve is run
    ahead = len(first) > 1 and any(job.folder is not None for job in jobs)
    executor = ThreadPoolExecutor(1, thread_name_prefix="staffopt-solve") if ahead else None
    pending: dict[str, Future[Result]] = {}

    def solve_next() -> None:
        j = next(order, None)
        if executor is not None and j is not None:
            pending[keys[j]] = executor.submit(solve_job, data, jobs[j].settings, jobs[j].name)

    results: list[Result] = []
    left = Counter(keys)  # jobs still to come per key: a shared result is kept only while needed
    shared: dict[str, Result] = {}
    try:
        solve_next()
        for i, job in enumerate(jobs):
            key = keys[i]
            solved = shared.pop(key, None)
            if solved is None and executor is None:
                solved = solve_job(data, job.settings, job.name)
            elif solved is None:
                solved = pending.pop(key).result()
                solve_next()  # runs while this job's folder is written
            left[key] -= 1
            if left[key]:
                shared[key] = solved
            result = finish_job(solved, data, job.name, job.folder, lang, provenance)
            results.append(result)
            if on_result is not None:
                on_result(i, job, result, i + 1, len(jobs))
    finally:
        if executor is not None:  # after an interrupt the solve under way stops at HiGHS's next check
            executor.shutdown(wait=False, cancel_futures=True)
    return results


def start_method() -> str:
    """How local worker processes start: ``fork`` where it is safe and fast, else ``spawn``.

    Forked workers inherit the already imported solver stack (Pyomo, highspy, staffopt), which
    saves seconds per worker. Fork is used only on Linux and only while this process has not
    run a HiGHS solve yet (HiGHS keeps a process-wide thread pool that a fork would copy in a
    broken state) — true for ``staffopt compare`` / ``frontier``, which never solve in the parent.
    Likewise only while this process has not rendered a chart yet: the chart renderer
    (vl-convert) runs its own threads, and a child forked after it started hangs on its first
    chart (seen: a forked ``save`` never returns). Everywhere else workers are spawned (Dask's
    default).
    """
    if sys.platform != "linux":
        return "spawn"
    highs = sys.modules.get("staffopt.solver.highs")
    if highs is not None and highs.highs_started():  # never imports the solver stack
        return "spawn"
    charts = sys.modules.get("staffopt.report.charts")
    register = getattr(charts, "register_fonts", None)
    if register is not None and hasattr(register, "cache_info") and register.cache_info().currsize:
        return "spawn"
    return "fork"


def warm_up() -> None:
    """Import the solver and report stacks and build (never solve) a tiny model.

    Called in this process before workers are forked, so each of them starts warm. No HiGHS
    solve runs and no chart is rendered here (only imported: a fork after that is safe), so
    :func:`start_method` still allows forking afterwards.
    """
    import vl_convert  # noqa: F401 - imported only; its renderer starts at the first chart

    import staffopt.report  # noqa: F401 - the run folders are written in the workers
    from staffopt.instance import build_instance
    from staffopt.model import build_model
    from staffopt.solver.compile import compile_model
    from staffopt.synthetic import national_instance

    tiny = national_instance(provinces=1, municipal=1, county=1, horizon=1)
    compile_model(build_model(build_instance(tiny, tiny.parameters)))


#: How often a local cluster's processes check themselves (Dask's defaults: event-loop health 20 ms,
#: system monitor 500 ms with disk I/O, worker memory 100 ms). At the defaults an idle 2-worker
#: cluster used 0.115 s CPU per second of wall time (2.3 s in 20 s), at these 0.027 s (0.53 s): a
#: sweep's whole run pays it, ≈ 5 s CPU of a 60 s ``compare --all``. The memory limits still hold
#: (checked every second, and whenever a result is stored).
CLUSTER_CHECKS = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.worker.memory.monitor-interval": "1s",
}


def local_cluster(workers: int, method: str | None = None) -> Any:
    """Start a loopback-only local Dask cluster: ``workers`` processes of one thread, no dashboard.

    ``method`` is the worker start method (default: :func:`start_method`).
    """
    import dask
    from distributed import LocalCluster

    method = method or start_method()
    if method == "fork":  # workers inherit the warmed-up solver stack instead of redoing it
        warm_up()
    # the statistical profiler keeps a call tree of every task for an hour: a sweep's workers
    # would grow by about a megabyte a scenario; staffopt never looks at it
    # SIGINT blocked while the cluster's thread starts the workers: they inherit the block and
    # leave Ctrl-C to this process, which stops them (staffopt.interrupts). Logs: a failed job
    # is reported in its result; the cluster's own messages are not the user's concern
    with dask.config.set({"distributed.worker.multiprocessing-method": method,
                          "distributed.worker.profile.enabled": False, **CLUSTER_CHECKS}), sigint_blocked():
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True,
            host="127.0.0.1", dashboard_address="127.0.0.1:0", scheduler_port=0,
            scheduler_kwargs={"dashboard": False},
            silence_logs=logging.CRITICAL,
        )


def probe_scheduler(address: str, timeout: float = PROBE_TIMEOUT) -> None:
    """Open (and close) a TCP connection to ``address``; :class:`InputError` naming why it failed.

    Dask's client retries a refused connection until its timeout (15 s) and then blames the
    timeout; a closed port is refused in milliseconds, and said so.
    """
    import socket

    parsed = urlparse(address)
    host, port = parsed.hostname or "", parsed.port or 0
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return
    except ConnectionRefusedError:
        why = Msg("sweep.refused", host=host, port=port)
    except TimeoutError:
        why = Msg("sweep.no_answer", host=host, port=port, timeout=timeout)
    except OSError as exc:
        why = Msg("sweep.unreachable", host=host, port=port, reason=exc.strerror or type(exc).__name__)
    raise InputError.single("--scheduler", None, None, address, Msg("expect.scheduler_running", why=why))


def _stop(client: Any, cluster: Any) -> None:
    """Stop the sweep's Dask work after an interrupt (``--workers`` or ``--scheduler``): fast, quiet.

    A local cluster's workers are killed (waiting for their tasks to end would take seconds);
    the cluster's scheduler and nannies are threads of this process, which the command line ends
    next (:func:`staffopt.interrupts.stop`). For a remote scheduler the client is closed, which
    releases its tasks: the scheduler drops those not yet started. Errors are ignored.
    """
    quiet()
    if cluster is not None:
        from distributed.core import Status

        for nanny in list(getattr(cluster, "workers", {}).values()):
            with contextlib.suppress(Exception):
                nanny.status = Status.closing  # a nanny restarts a worker that dies while it runs
        reap_children(timeout=STOP_TIMEOUT)
        return
    if client is not None:
        try:
            client.close(timeout=STOP_TIMEOUT)
        except BaseException:  # noqa: BLE001, S110 - stopping anyway; a second signal is ignored
            return


def _run_dask(
    data: InputData,
    jobs: list[Job],
    keys: list[str],
    *,
    address: str | None,
    workers: int | None,
    on_result: OnResult | None,
    lang: Lang,
    finish: Finish | None,
    provenance: dict[str, Any] | None = None,
) -> list[Result]:
    from distributed import Client, as_completed

    # local workers share this disk: they write the folders; remote ones may not: we do
    remote = address is not None

    if address is not None:
        probe_scheduler(address)
    cluster: Any = None
    client: Any = None
    try:
        cluster = local_cluster(workers) if address is None and workers is not None else None
        try:
            client = Client(cluster if cluster is not None else address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise InputError.single(
                "--scheduler", None, None, address,
                Msg("expect.scheduler_reachable", details=f"{type(exc).__name__}: {exc}"),
            ) from None
        with client:
            data_future = client.scatter(data, broadcast=True)
            # a key shared by several jobs: solved once (one task), then one task per job renames
            # the result and writes its folder (where the result is: no copy between workers)
            left = Counter(keys)
            shared = {key: client.submit(solve_job, data_future, jobs[keys.index(key)].settings,
                                         jobs[keys.index(key)].name, pure=False,
                                         key=f"staffopt-solve-{keys.index(key)}-{time.time_ns()}")
                      for key, n in left.items() if n > 1}
            futures = []
            for i, job in enumerate(jobs):
                folder = None if remote or job.folder is None else job.folder.absolute()
                tag = f"staffopt-job-{i}-{time.time_ns()}"
                if keys[i] in shared:
                    futures.append(client.submit(finish_job, shared[keys[i]], data_future, job.name, folder,
                                                 lang, provenance, pure=False, key=tag))
                else:
                    futures.append(client.submit(run_job, data_future, job.settings, job.name, folder, lang,
                                                 provenance, pure=False, key=tag))
            index = {f.key: i for i, f in enumerate(futures)}
            results: list[Result | None] = [None] * len(jobs)
            pending = as_completed(futures)
            # a result stays in its worker's memory while a future to it exists: keep none but the
            # one in hand, and release it once collected (a long sweep's workers stay flat)
            del futures
            for done, future in enumerate(pending, start=1):
                i = index[future.key]
                result, lost = _collect(future, jobs[i])
                future.release()
                left[keys[i]] -= 1
                if not left[keys[i]] and keys[i] in shared:  # its last job is done
                    shared.pop(keys[i]).release()
                folder = jobs[i].folder
                if folder is not None and (remote or lost):
                    result = write_folder(result, data, folder, lang, provenance)
                results[i] = result
                if on_result is not None:
                    on_result(i, jobs[i], result, done, len(jobs))
            collected = [r for r in results if r is not None]
            if finish is not None:
                client.submit(finish, data_future, collected, pure=False,
                              key=f"staffopt-finish-{time.time_ns()}").result()
            return collected
    except Interrupted:
        _stop(client, cluster)
        cluster = None
        raise
    finally:
        if cluster is not None:
            cluster.close()


def _collect(future: Any, job: Job) -> tuple[Result, bool]:
    """Return ``(result, False)``, or ``(failed result, True)`` when the task itself died.

    A task dies with its worker (e.g. a lost worker); then no run folder was written for it.
    """
    try:
        result: Result = future.result()
        return result, False
    except Exception as exc:
        detail = f"{type(exc).__name__}: {exc}"
        return failed_result(job.settings, job.name, Msg("sweep.worker_failed", detail=detail)), True


# ------------------------------------------------------------------------------------------
# frontier ranges
# ------------------------------------------------------------------------------------------
#: Most steps one ``--vary`` may ask for.
MAX_STEPS = 200


def varying_keys() -> list[str]:
    """Keys ``--vary`` accepts: the numeric model parameters, in schema order.

    Not ``solver.*`` (they change how the model is solved, not the model) and not ``base_year``
    (the year of the workbook's data).
    """
    from staffopt.schema import PARAMETERS_BY_KEY

    return [p.key for p in PARAMETERS_BY_KEY.values()
            if p.dtype in ("int", "float") and not p.key.startswith("solver.") and p.key != "base_year"]


def vary_key_hint(key: str) -> Msg:
    """What ``--vary`` expected instead of ``key``: the closest keys, else the keys by group."""
    import difflib

    from staffopt.schema import PARAMETERS_BY_KEY, ChoiceList

    keys = varying_keys()
    field = PARAMETERS_BY_KEY.get(key)
    if key.startswith("solver."):
        return Msg("expect.vary_not_solver")
    if key == "base_year":
        return Msg("expect.vary_not_base_year")
    if field is not None:
        kind = Msg(f"vary.kind.{field.dtype}")
        if field.choices:
            kind = Msg("vary.kind_choices", kind=kind, choices=ChoiceList(field))
        return Msg("expect.vary_not_numeric", key=key, kind=kind)
    close = difflib.get_close_matches(key, keys, n=3, cutoff=0.6)
    if close:
        return Msg("expect.vary_did_you_mean", keys=Join(tuple(close), sep="list.or"))
    groups: dict[str, list[str]] = {}
    for k in keys:
        groups.setdefault(k.split(".")[0] if "." in k else "general", []).append(k)
    listing = "; ".join(f"{group}: {', '.join(members)}" for group, members in groups.items())
    return Msg("expect.vary_one_of", listing=listing)


def parse_vary(text: str) -> tuple[str, list[float | int]]:
    """Parse ``KEY=START:STOP:STEPS`` into the key and its ``STEPS`` evenly spaced values.

    ``KEY`` must be one of :func:`varying_keys` (numeric, not ``solver.*``); ``START`` and
    ``STOP`` must be valid values of it (type and bounds, ``%`` accepted); ``STEPS`` a whole
    number from 2 to :data:`MAX_STEPS`. Whole-number parameters are rounded and repeated values
    dropped. Anything else is an :class:`InputError` naming the option ``--vary``.
    """
    from staffopt.schema import PARAMETERS_BY_KEY
    from staffopt.settings import parse_value

    def bad(expected: Msg, value: Any = text) -> InputError:
        return InputError.single("--vary", None, None, value, expected, source="--vary")

    key, sep, spec = text.partition("=")
    key = key.strip()
    parts = spec.split(":")
    if not sep or len(parts) != 3:
        raise bad(Msg("expect.vary_form"))
    field = PARAMETERS_BY_KEY.get(key)
    if field is None or key not in varying_keys():
        raise bad(vary_key_hint(key), key)
    try:
        start = float(parse_value(field, parts[0]))
        stop = float(parse_value(field, parts[1]))
    except BadValue as exc:
        raise bad(Msg("expect.vary_bounds", key=key, text=exc.expected), spec) from None
    try:
        steps = int(parts[2].strip())
    except ValueError:
        steps = 0
    if not 2 <= steps <= MAX_STEPS:
        raise bad(Msg("expect.vary_steps", most=MAX_STEPS), parts[2])
    if start == stop:
        raise bad(Msg("expect.vary_distinct"), spec)
    raw = [start + (stop - start) * i / (steps - 1) for i in range(steps)]
    if field.dtype == "int":
        values: list[float | int] = list(dict.fromkeys(int(round(v)) for v in raw))
        if len(values) < 2:
            raise bad(Msg("expect.vary_two_whole"), spec)
        return key, values
    return key, [float(f"{v:.12g}") for v in raw]


def frontier_jobs(base: Settings, key: str, values: Sequence[float | int]) -> list[Job]:
    """One job per value: ``base`` with ``key`` set to that value, named ``KEY=VALUE``."""
    return [Job(f"{key}={v:g}", base.with_overrides({key: v}, sheet="--vary")) for v in values]
