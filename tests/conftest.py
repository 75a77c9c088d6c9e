"""Shared fixtures. Workbooks for the reader/validator tests are built here with openpyxl
(never hand-made binaries): :func:`make_input` writes a small valid input workbook that a test
then breaks in exactly one place.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

from helpers_solve import install_plan_checker
from helpers_workbook import BASE_OFFICES, label, table_rows, write_xlsx
from staffopt.schema import SHEETS_BY_KEY, Lang

# every solve in the suite is re-verified by the independent checker (staffopt.results.check)
install_plan_checker()
# property tests draw the same examples on every run and keep no example database: the suite is
# deterministic (a random draw once found a HiGHS fault in one CI run and not the next: such a
# case becomes an explicit test, e.g. test_model_checked's one-office platform world)
hypothesis_settings.register_profile("staffopt", derandomize=True, database=None)
hypothesis_settings.load_profile("staffopt")
# the charts' vega bundle cache (report.charts.bundle_cache_dir) stays out of the user's ~/.cache
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="staffopt-test-cache-")

MakeInput = Callable[..., Path]


@pytest.fixture
def make_input(tmp_path: Path) -> MakeInput:
    """Builder of an input workbook; every argument replaces one part of the valid base.

    ``offices`` (records), ``parameters`` (list of [key, value] rows), ``workload``,
    ``budget``, ``scenarios`` (records), ``extra`` (name → raw rows, written as is),
    ``lang`` (header and sheet language), ``name`` (file name).
    """
    counter = {"n": 0}

    def build(offices: Sequence[dict[str, Any]] | None = None,
              parameters: list[list[Any]] | None = None,
              workload: Sequence[dict[str, Any]] | None = None,
              budget: Sequence[dict[str, Any]] | None = None,
              scenarios: Sequence[dict[str, Any]] | None = None,
              extra: dict[str, list[list[Any]]] | None = None,
              lang: Lang = "en", name: str | None = None) -> Path:
        sheets: dict[str, list[list[Any]]] = {}
        sheets[SHEETS_BY_KEY["offices"].label(lang)] = table_rows(
            "offices", BASE_OFFICES if offices is None else offices, lang)
        if parameters is not None:
            head = [label("parameters", "key", lang), label("parameters", "value", lang)]
            sheets[SHEETS_BY_KEY["parameters"].label(lang)] = [head, *parameters]
        for key, records in (("workload_by_year", workload), ("budget_by_year", budget),
                             ("scenarios", scenarios)):
            if records is not None:
                sheets[SHEETS_BY_KEY[key].label(lang)] = table_rows(key, records, lang)
        sheets.update(extra or {})
        counter["n"] += 1
        return write_xlsx(tmp_path / (name or f"input{counter['n']}.xlsx"), sheets)

    return build
