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
