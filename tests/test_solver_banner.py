"""HiGHS prints no banner: `staffopt solve` in a fresh process, `--quiet` or not (issue 11, item 6).

HiGHS writes "Running HiGHS … Copyright" to file descriptor 1 from the constructor of the
first ``Highs`` of a process, so only a fresh interpreter shows it; CliRunner (same process,
Python-level capture) never could.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import staffopt
from test_report_support import write_tiny_workbook

_RUN = "import sys; from staffopt.cli import main; sys.argv[0] = 'staffopt'; main()"


def _fresh(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(staffopt.__file__).parents[1]), "TTY_INTERACTIVE": "0"}
    return subprocess.run([sys.executable, "-c", _RUN, *args], capture_output=True, text=True,
                          env=env, timeout=300, check=False)


@pytest.mark.parametrize("quiet", [False, True], ids=["default", "quiet"])
def test_solve_prints_no_solver_banner(tmp_path: Path, quiet: bool) -> None:
    src = write_tiny_workbook(tmp_path / "tiny.xlsx")
    args = ["solve", str(src), "--out", str(tmp_path / "run")] + (["--quiet"] if quiet else [])
    done = _fresh(*args)
    assert done.returncode == 0, done.stdout + done.stderr
    for stream in (done.stdout, done.stderr):
        # the banner reads "Running HiGHS 1.x.y (git hash: …): Copyright (c) … HiGHS under MIT licence
        # terms"; the status line's own "solver: HiGHS" names the solver and is not a banner
        assert "Running HiGHS" not in stream and "Copyright" not in stream and "THIRD_PARTY" not in stream
    if not quiet:
        assert "solver: HiGHS" in done.stdout
    # fd 1 was restored after the first solver was built: what staffopt prints still arrives
    assert (tmp_path / "run" / "plan.xlsx").is_file()
    if not quiet:
        assert "optimal" in done.stdout


def test_the_banner_would_be_printed_without_the_guard() -> None:
    """The check above can fail: a bare ``highspy.Highs()`` in a fresh process prints the banner."""
    env = {**os.environ, "PYTHONPATH": str(Path(staffopt.__file__).parents[1])}
    done = subprocess.run([sys.executable, "-c", "import highspy; highspy.Highs()"], capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    assert "Running HiGHS" in done.stdout and "Copyright" in done.stdout


def test_only_the_first_construction_is_redirected() -> None:
    """Later solvers are built normally, and prints after the first one reach stdout in order."""
    code = ("from staffopt.settings import Settings; from staffopt.solver.highs import new_highs;"
            "print('a', flush=True); h1 = new_highs(Settings()); print('b', flush=True);"
            "h2 = new_highs(Settings()); print('c')")
    env = {**os.environ, "PYTHONPATH": str(Path(staffopt.__file__).parents[1])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["a", "b", "c"]
