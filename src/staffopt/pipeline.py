"""One run end to end: read → effective settings → build → solve (→ report, in :mod:`staffopt.report`).

The settings of a run are the parameters sheet, then the scenario's overrides, then ``--set``
(:func:`effective_settings`). :func:`run_solve` turns validated input into a
:class:`~staffopt.results.Result`; it never writes anything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from staffopt.instance import InputData
from staffopt.results import Result
from staffopt.schema import Lang
from staffopt.settings import Settings
from staffopt.text import t
from staffopt.whatif.scenarios import apply_scenario

#: ``on_progress(stage, info)``: stages ``read``, ``build``, ``solve``, ``marginals``, ``write``, ``done``.
ProgressCallback = Callable[[str, dict[str, Any]], None]

#: Name of the shipped example used when ``staffopt solve`` gets no INPUT.
DEFAULT_EXAMPLE = "example_province"


def effective_settings(
    data: InputData, scenario: str | None, overrides: Mapping[str, str]
) -> Settings:
    """Return the settings of one run: parameters sheet, then ``scenario``, then ``overrides`` (--set).

    Errors name the scenarios sheet and row, or ``--set``; both are :class:`InputError` (exit 2).
    """
    settings = apply_scenario(data.parameters, data, scenario)
    if overrides:
        settings = settings.with_overrides(dict(overrides), sheet="--set")
    return settings


def run_solve(
    data: InputData,
    *,
    scenario: str | None = None,
    overrides: Mapping[str, str] | None = None,
    settings: Settings | None = None,
    on_progress: ProgressCallback | None = None,
) -> Result:
    """Solve one run of ``data`` and return its :class:`Result` (status may be infeasible).

    ``settings``: the run's effective settings when the caller already has them (from
    :func:`effective_settings`); otherwise they are derived from ``scenario`` and ``overrides``.
    ``on_progress(stage, info)`` receives the stages of :func:`staffopt.solver.solve.solve`.
    Locks the run's settings make impossible raise :class:`~staffopt.errors.InputError` first.
    """
    from staffopt.instance import build_instance
    from staffopt.model.locks import check_locks
    from staffopt.solver.solve import solve

    if settings is None:
        settings = effective_settings(data, scenario, overrides or {})
    instance = build_instance(data, settings)
    check_locks(instance)  # a lock the run's settings make impossible: exit 2 before solving
    return solve(instance, scenario=scenario, on_progress=on_progress)


def read_input(path: Path) -> InputData:
    """Read and validate the workbook at ``path`` (:class:`InputError` on bad input)."""
    from staffopt.reader import read_workbook

    return read_workbook(path)


def example_candidates() -> list[Path]:
    """Where the shipped example workbook may be: package data, then a source checkout's ``data/``."""
    here = Path(__file__).resolve().parent
    return [
        here / "data" / f"{DEFAULT_EXAMPLE}.xlsx",  # package data (not shipped in the wheel)
        here.parent.parent / "data" / f"{DEFAULT_EXAMPLE}.xlsx",  # source checkout
    ]


def default_input() -> Path | None:
    """Return the shipped example workbook ``data/example_province.xlsx``, or ``None`` if absent.

    A wheel does not ship the workbook (no duplicate binary): use :func:`example_data` then.
    """
    return next((path for path in example_candidates() if path.is_file()), None)


def example_note(lang: Lang) -> str:
    """What to tell the user when the example workbook is not installed and is built in memory."""
    return t("cli.example_note", lang, name=DEFAULT_EXAMPLE)


def example_data() -> InputData:
    """The example province built in memory (deterministic; equals ``data/example_province.xlsx``)."""
    from staffopt.examples import EXAMPLES

    return EXAMPLES[DEFAULT_EXAMPLE]()[0]


def default_out_dir(input_path: Path, scenario: str | None, root: Path = Path("reports")) -> Path:
    """``reports/<input-stem>[-<scenario>]`` (scenario name made safe for a folder name)."""
    name = "stdin" if str(input_path) == "-" else input_path.stem
    if scenario:
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in scenario.strip())
        name = f"{name}-{safe}"
    return root / name
