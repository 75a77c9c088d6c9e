"""Package hygiene: ``python -m staffopt`` works and the domain errors do not depend on click."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    """Run this interpreter with ``src`` first on the path (as the installed package would be)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=120,
                          check=False)


def test_python_dash_m_staffopt_shows_the_help() -> None:
    done = _python("-m", "staffopt", "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage: staffopt [OPTIONS] COMMAND [ARGS]...")
    for command in ("init", "validate", "solve", "scenarios", "compare", "frontier"):
        assert f"\n  {command} " in done.stdout, command


def test_python_dash_m_staffopt_maps_a_domain_error_to_its_exit_status(tmp_path: Path) -> None:
    done = _python("-m", "staffopt", "init", str(tmp_path / "plan.xls"))
    assert done.returncode == 2
    assert done.stderr == "Error: plan.xls: the file name must end in .xlsx\n"


def test_domain_errors_do_not_import_click() -> None:
    done = _python("-c", "import sys, staffopt.errors; print('click' in sys.modules)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
