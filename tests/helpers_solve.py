"""Builders shared by the checker and property tests: tiny instances and one-call solves."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from typing import Any

import pandas as pd

import staffopt.solver.solve
from staffopt.instance import InputData, Instance, build_instance
from staffopt.results import Result
from staffopt.results.check import check_plan
from staffopt.synthetic import national_instance

#: Solver settings of every test solve: exact optimum, one thread, fixed seed, short limit.
EXACT = {"solver.gap": 0.0, "solver.threads": 1, "solver.seed": 0, "solver.time_limit": 30.0}


def tiny_data(seed: int = 0, county: int = 4, municipal: int = 2, horizon: int = 3) -> InputData:
    """A one-province synthetic instance (1 + ``municipal`` + ``county`` offices)."""
    return national_instance(provinces=1, municipal=municipal, county=county, horizon=horizon, seed=seed)


def scale_appropriation(data: InputData, factor: float) -> InputData:
    """``data`` with every office's base-year appropriation multiplied by ``factor``."""
    offices = data.offices.copy()
    offices["appropriation"] = offices["appropriation"] * factor
    return dataclasses.replace(data, offices=offices)


def solve_data(data: InputData, overrides: Mapping[str, Any] | None = None) -> tuple[Instance, Result]:
    """Build the instance of ``data`` with :data:`EXACT` and ``overrides`` applied, and solve it."""
    settings = data.parameters.with_overrides({**EXACT, **(overrides or {})})
    instance = build_instance(data, settings)
    return instance, staffopt.solver.solve.solve(instance)


def solve_checked(data: InputData, overrides: Mapping[str, Any] | None = None) -> tuple[Instance, Result]:
    """:func:`solve_data`, then assert a plan was found and the independent checker passes."""
    instance, result = solve_data(data, overrides)
    assert result.has_plan, (result.status, result.messages)
    problems = check_plan(instance, result)
    assert not problems, "\n".join(problems)
    return instance, result


def with_cell(result: Result, table: str, where: Mapping[str, Any], column: str, value: Any) -> Result:
    """A copy of ``result`` with one cell of ``table`` (the row matching ``where``) set to ``value``."""
    frame: pd.DataFrame = getattr(result, table).copy()
    mask = pd.Series(True, index=frame.index)
    for key, wanted in where.items():
        mask &= frame[key] == wanted
    assert int(mask.sum()) == 1, f"{table}: {int(mask.sum())} rows match {where}"
    if pd.api.types.is_integer_dtype(frame[column]) and not float(value).is_integer():
        frame[column] = frame[column].astype(float)
    frame.loc[mask, column] = value
    return dataclasses.replace(result, **{table: frame})


def plan_row(result: Result, office: str, year: int) -> pd.Series:
    """The office_year row of ``office`` in ``year``."""
    oy = result.office_year
    rows = oy[(oy["office_id"] == office) & (oy["year"] == year)]
    assert len(rows) == 1
    return rows.iloc[0]


def install_plan_checker() -> None:
    """Make every ``staffopt.solver.solve.solve`` call of this test process re-check its plan.

    Called once from ``conftest.py`` (before the test modules import ``solve``): the wrapped
    ``solve`` runs :func:`staffopt.results.check.check_plan` on every result that holds a plan and
    raises :class:`AssertionError` listing the violations, so the independent checker runs on
    every solve of the test suite (Dask worker processes excepted).
    """
    real = staffopt.solver.solve.solve
    if getattr(real, "plan_checked", False):
        return

    @functools.wraps(real)
    def checked(instance: Instance, *args: Any, **kwargs: Any) -> Result:
        result = real(instance, *args, **kwargs)
        if result.has_plan:
            problems = check_plan(instance, result)
            if problems:
                raise AssertionError(f"independent check: {len(problems)} violation(s) in the plan:\n"
                                     + "\n".join(problems))
        return result

    checked.plan_checked = True  # type: ignore[attr-defined]
    staffopt.solver.solve.solve = checked
