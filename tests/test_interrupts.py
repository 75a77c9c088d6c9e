"""Ctrl-C and SIGTERM (issue 13): exit status 130 and one line, no process and no partial output
left; stale temporary folders of killed runs removed by the next run; a closed --scheduler port
refused at once.

The commands run as a user runs them (``python -m staffopt``) in their own session; Ctrl-C is
sent to the whole process group, as a terminal does, SIGTERM to the command's process only, as
``kill`` does (or to the group).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from helpers_signals import assert_clean_stop, interrupt
from staffopt import interrupts
from staffopt.errors import InputError
from staffopt.pipeline import example_data
from staffopt.report.atomic import atomic_folder, leftovers
from staffopt.report.owner import OLD_TAG, OWNER, TMP_TAG, read_owner, remove_stale, write_owner
from staffopt.whatif.sweep import Job, run_sweep

SRC = str(Path(__file__).resolve().parents[1] / "src")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and process groups")


# --------------------------------------------------------------------------------------------
# commands stopped at several moments
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("sig", "group", "marker"), [
    (signal.SIGINT, True, None),  # during the imports
    (signal.SIGINT, True, "solving"),
    (signal.SIGTERM, False, "writing the report"),
])
def test_solve_stops_cleanly(tmp_path: Path, sig: signal.Signals, group: bool, marker: str | None) -> None:
    out = tmp_path / "runs"
    out.mkdir()
    stopped = interrupt(["solve", "--out", str(out / "run")], sig, marker=marker, delay=0.5, group=group)
    assert_clean_stop(stopped, sig, out)


@pytest.mark.parametrize(("sig", "group"), [(signal.SIGINT, True), (signal.SIGTERM, False),
                                            (signal.SIGTERM, True)])
def test_compare_on_two_workers_stops_cleanly(tmp_path: Path, sig: signal.Signals, group: bool) -> None:
    out = tmp_path / "runs"
    out.mkdir()
    stopped = interrupt(["compare", "--all", "--workers", "2", "--out", str(out / "cmp")], sig, marker="[1/",
                        group=group)
    assert_clean_stop(stopped, sig, out)
    assert stopped.seconds < 30


def test_chinese_line(tmp_path: Path) -> None:
    stopped = interrupt(["solve", "--lang", "zh", "--out", str(tmp_path / "run")], signal.SIGINT, delay=1.0)
    assert stopped.returncode == 130
    assert stopped.after == ["已中断(Ctrl-C)：已停止，未留下写了一半的文件。"]


def test_remote_scheduler_run_stops_cleanly(tmp_path: Path) -> None:
    from distributed import LocalCluster

    # the "remote" cluster runs in this test's process; the command only has a client to it
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None, scheduler_port=0) as cluster:
        out = tmp_path / "runs"
        out.mkdir()
        stopped = interrupt(["compare", "--all", "--scheduler", cluster.scheduler_address, "--out",
                             str(out / "cmp")], signal.SIGINT, marker="[1/")
        assert_clean_stop(stopped, signal.SIGINT, out)


# --------------------------------------------------------------------------------------------
# the handler itself
# --------------------------------------------------------------------------------------------
def test_handler_raises_once_then_ignores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(interrupts._state, "owner", os.getpid())
    monkeypatch.setitem(interrupts._state, "interrupted", False)
    monkeypatch.setattr(interrupts, "quiet", lambda: None)
    with pytest.raises(interrupts.Interrupted) as info:
        interrupts._handler(signal.SIGTERM, None)
    assert info.value.name == "SIGTERM" and interrupts.interrupted()
    interrupts._handler(signal.SIGINT, None)  # a second signal while stopping: ignored


def test_a_forked_child_ignores_ctrl_c(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(interrupts._state, "owner", os.getpid() + 1)  # "this process is a child"
    monkeypatch.setitem(interrupts._state, "interrupted", False)
    interrupts._handler(signal.SIGINT, None)
    assert not interrupts.interrupted()


def test_interrupted_is_not_an_exception() -> None:
    # "except Exception" in staffopt or a library must never swallow an interrupt
    assert not issubclass(interrupts.Interrupted, Exception)
    assert interrupts.lang_of(["solve", "--lang", "zh"]) == "zh" == interrupts.lang_of(["--lang=zh"])
    assert interrupts.lang_of(["solve", "--lang"]) == "en"


# --------------------------------------------------------------------------------------------
# stale temporary folders
# --------------------------------------------------------------------------------------------
def _dead_owner() -> dict[str, object]:
    """The owner record of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    started = psutil.Process(child.pid).create_time()
    child.wait()
    return {"pid": child.pid, "started": started, "host": socket.gethostname()}


def _folder(parent: Path, name: str, owner: dict[str, object] | None) -> Path:
    folder = parent / name
    (folder / "charts").mkdir(parents=True)
    (folder / "plan.xlsx").write_bytes(b"x")
    if owner is not None:
        (folder / OWNER).write_text(json.dumps(owner), encoding="utf-8")
    return folder


def test_stale_folders_of_dead_runs_are_removed_only_when_ours_and_dead(tmp_path: Path) -> None:
    me = psutil.Process()
    dead = _dead_owner()
    stale = _folder(tmp_path, f".run{TMP_TAG}dead", dead)
    reused = _folder(tmp_path, f".run{TMP_TAG}reused", {**dead, "pid": me.pid})  # our pid, other start
    live = _folder(tmp_path, f".run{TMP_TAG}live", {"pid": me.pid, "started": me.create_time(),
                                                    "host": socket.gethostname()})
    unmarked = _folder(tmp_path, f".run{TMP_TAG}nomarker", None)
    elsewhere = _folder(tmp_path, f".run{TMP_TAG}otherhost", {**dead, "host": "another-computer"})
    user = _folder(tmp_path, ".my-notes", dead)  # not tagged as ours
    removed = remove_stale(tmp_path)
    assert sorted(removed) == sorted([stale, reused])
    assert not stale.exists() and not reused.exists()
    assert live.exists() and unmarked.exists() and elsewhere.exists() and user.exists()


def test_a_previous_report_moved_aside_by_a_killed_run_is_put_back(tmp_path: Path) -> None:
    old = _folder(tmp_path, f".run{OLD_TAG}1234abcd", _dead_owner())
    assert remove_stale(tmp_path) == [old]
    assert (tmp_path / "run" / "plan.xlsx").exists() and not (tmp_path / "run" / OWNER).exists()
    again = _folder(tmp_path, f".run{OLD_TAG}5678abcd", _dead_owner())  # "run" exists now
    assert remove_stale(tmp_path) == [again] and not again.exists()


def test_temporary_folders_name_their_owner_and_reports_do_not(tmp_path: Path) -> None:
    with atomic_folder(tmp_path / "run") as tmp:
        owner = read_owner(tmp)
        assert owner is not None and owner["pid"] == os.getpid()
        (tmp / "summary.json").write_text("{}", encoding="utf-8")
    assert sorted(p.name for p in (tmp_path / "run").iterdir()) == [".staffopt-run", "summary.json"]
    marker = json.loads((tmp_path / "run" / ".staffopt-run").read_text(encoding="utf-8"))
    assert OWNER not in marker["entries"]
    with atomic_folder(tmp_path / "run") as tmp:  # a second run replaces the first: nothing left beside
        (tmp / "summary.json").write_text("{}", encoding="utf-8")
    assert leftovers(tmp_path) == [] and not (tmp_path / "run" / OWNER).exists()


def test_a_folder_being_written_by_a_live_run_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / f".run{TMP_TAG}busy"
    folder.mkdir()
    write_owner(folder)
    assert remove_stale(tmp_path) == [] and folder.exists()


def test_a_killed_sweep_leaves_a_hidden_folder_that_the_next_run_removes(tmp_path: Path) -> None:
    out = tmp_path / "runs"
    out.mkdir()
    stopped = interrupt(["compare", "--all", "--workers", "2", "--out", str(out / "cmp")], signal.SIGKILL,
                        marker="[1/", group=False)
    assert stopped.returncode == -signal.SIGKILL
    hidden = leftovers(out)
    assert hidden and all(read_owner(h) is not None for h in hidden)
    env = {**os.environ, "PYTHONPATH": SRC}
    command = ["compare", "--scenario", "status_quo", "--out", str(out / "other"), "--time-limit", "20"]
    done = subprocess.run([sys.executable, "-m", "staffopt", *command], capture_output=True, env=env,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert leftovers(out) == []
    assert sorted(p.name for p in out.iterdir()) == ["other"]


# --------------------------------------------------------------------------------------------
# --scheduler at a closed port
# --------------------------------------------------------------------------------------------
def test_a_closed_scheduler_port_is_refused_at_once() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = example_data()
    start = time.monotonic()
    with pytest.raises(InputError) as info:
        run_sweep(data, [Job("a", data.parameters)], scheduler=f"tcp://127.0.0.1:{port}")
    assert time.monotonic() - start < 5
    (problem,) = info.value.problems
    assert problem.sheet == "--scheduler"
    assert f"the connection to 127.0.0.1:{port} was refused" in problem.expected
