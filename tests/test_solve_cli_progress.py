"""Progress reporting: live on a terminal, one line per stage in a pipe, plain glyphs only."""

from __future__ import annotations

import io

import pytest

from staffopt.progress import Progress, describe, is_interactive


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _feed(progress: Progress) -> None:
    progress("read", {"file": "x.xlsx"})
    progress("build", {})
    for k in range(5):
        progress("solve", {"objective": 1000.0 - k, "gap": 0.1 / (k + 1), "elapsed": 0.1 * k})
    progress("write", {"file": "plan.xlsx"})
    progress("write", {"file": "charts"})
    progress("done", {"status": "optimal"})
    progress.close()


def test_pipe_gets_one_line_per_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TTY_INTERACTIVE", raising=False)
    stream = io.StringIO()
    _feed(Progress(stream))
    lines = stream.getvalue().splitlines()
    assert [ln.split(" | ")[0] for ln in lines] == [
        "reading", "building the model", "solving", "writing the report", "done"]
    assert "\r" not in stream.getvalue()
    assert "incumbent 1,000.00" in lines[2] and "gap 10.00%" in lines[2]


def test_terminal_gets_a_live_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TTY_INTERACTIVE", raising=False)
    stream = _Tty()
    progress = Progress(stream)
    assert progress.live
    progress("solve", {"objective": 5.0, "gap": 0.5})
    progress._last_draw = 0.0  # pretend time passed
    progress("solve", {"objective": 4.0, "gap": 0.25})
    progress.close()
    out = stream.getvalue()
    assert out.count("\r") == 2 and "gap 25.00%" in out and out.endswith("\n")


def test_tty_interactive_zero_turns_live_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TTY_INTERACTIVE", "0")
    assert not is_interactive(_Tty())
    monkeypatch.setenv("TTY_INTERACTIVE", "1")
    assert is_interactive(io.StringIO())


def test_only_gbk_safe_glyphs() -> None:
    for lang in ("en", "zh"):
        line = describe("solve", {"objective": 12.5, "gap": 0.01, "bound": 12.0, "elapsed": 3.0}, lang)
        line.encode("gbk")  # raises on braille spinners and the like
    assert describe("marginals", {}, "zh") == "计算边际价值"


def test_quiet_prints_nothing() -> None:
    stream = io.StringIO()
    _feed(Progress(stream, quiet=True))
    assert stream.getvalue() == ""


def test_marginal_values_come_before_solved_with_labelled_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """``solved`` closes the solve, marginal values included; its times say what they measure."""
    monkeypatch.delenv("TTY_INTERACTIVE", raising=False)
    stream = io.StringIO()
    progress = Progress(stream)
    progress("read", {"file": "x.xlsx"})
    progress("build", {"event": "start"})
    progress("solve", {"stage": "obj_cost", "event": "start"})
    progress("solve", {"stage": "obj_cost", "event": "end", "objective": 10.0, "gap": 0.0, "seconds": 0.4})
    progress("marginals", {"event": "start"})
    progress("done", {"status": "optimal", "objective": 10.0, "seconds": 1.25,
                      "timings": {"solve_seconds": 0.4}})
    progress("write", {"file": "plan.xlsx"})
    progress("done", {"status": "optimal"})
    progress.close()
    lines = stream.getvalue().splitlines()
    assert [ln.split(" | ")[0] for ln in lines] == [
        "reading", "building the model", "solving", "solved", "writing the report", "done"]
    assert "solver time 0.4 s | elapsed 1.2 s" in lines[3]
    assert "| elapsed " in lines[5]


def test_live_line_replaces_marginals_with_solved() -> None:
    stream = _Tty()
    progress = Progress(stream, live=True)
    progress("solve", {"stage": "obj_cost", "event": "start"})
    progress("marginals", {"event": "start"})
    progress("done", {"status": "optimal", "seconds": 1.0})
    progress.close()
    visible = [chunk.split("\r")[-1] for chunk in stream.getvalue().split("\n") if chunk]
    assert [v.split(" | ")[0] for v in visible] == ["solving", "solved"]


def test_chinese_progress_names_the_stages_in_chinese() -> None:
    assert describe("solve", {"stage": "obj_unmet"}, "zh") == "求解 | 目标 未满足业务量最小"
    assert describe("solve", {"stage": "obj_share", "elapsed": 2.0}, "zh") == (
        "求解 | 目标 最大未满足比例最小 | 求解器用时 2.0 秒")
    assert describe("solve", {"stage": "obj_cost", "elapsed": 2.0}, "en") == (
        "solving | objective cost | solver time 2.0 s")
    assert describe("done", {"status": "time_limit"}, "zh").endswith("达到时间上限(已找到的最优方案)")
