"""``summary.json``: the run in machine-readable form, taken straight from the result tables.

Keys: ``generator`` (``"staffopt"``), ``status``, ``has_plan``, ``headline`` (the figures every
report leads with: :func:`~staffopt.report.headline.headline`), ``objective`` (万元),
``mip_gap``, ``solve_seconds``, ``build_seconds``, ``backend`` (the MIP solver that ran: ``highs``
or ``scip``; ``null`` when none ran, the data alone proving the input infeasible), ``scenario``,
``input``, ``provenance`` (staffopt, HiGHS and SCIP versions, the input's SHA-256, the command
line, the time:
:mod:`~staffopt.report.provenance`), ``messages``
(English), ``messages_zh`` (the same messages in Chinese, one for one), ``warnings`` and
``warnings_zh`` (the plan may be far from the best, or leaves workload unmet:
:func:`~staffopt.report.quality.plan_warnings`), ``objective_terms`` (万元 / person-times,
see :class:`~staffopt.results.Result`), ``stage_objectives``, ``model_size``, ``files``,
``units``, ``settings`` (every effective parameter) and ``by_level_year`` (one record per
level — provincial, municipal, county, all — and year: the base year for the status quo, then
each plan year; ``goods_services_share`` is goods & services over total cost, to read beside
002's Table 2).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from staffopt.report.atomic import GENERATOR
from staffopt.report.excel import to_cell_value  # NaN/NA → None, numpy → Python: JSON-safe too
from staffopt.report.headline import headline
from staffopt.report.labels import localized_messages
from staffopt.report.quality import plan_warnings
from staffopt.results import Result
from staffopt.schema import COST_LINES, COST_TOTAL, OUTPUT_COLUMNS_BY_KEY

#: Keys of each ``by_level_year`` record, in order.
LEVEL_YEAR_KEYS: tuple[str, ...] = (
    "level", "year", "posts", "staff", "contract", "contract_share", "conversions", "professional",
    "workload", "online", "unmet",
    "load_ratio_nominal", "load_ratio_effective", *COST_LINES, COST_TOTAL, "goods_services_share",
)


def level_year_records(result: Result) -> list[dict[str, Any]]:
    """``by_level_year`` as a list of records with :data:`LEVEL_YEAR_KEYS` (missing columns → null)."""
    frame = result.by_level_year
    records = []
    for row in frame.to_dict("records"):
        rec = {key: to_cell_value(row.get(key)) for key in LEVEL_YEAR_KEYS}
        if rec["year"] is not None:
            rec["year"] = int(rec["year"])
        records.append(rec)
    return records


def summary_dict(
    result: Result, *, source: str | None = None, files: list[str] | None = None,
    provenance: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything ``summary.json`` holds, as a JSON-ready dict."""
    units = {key: OUTPUT_COLUMNS_BY_KEY[key].unit.text("en") for key in LEVEL_YEAR_KEYS[2:]}
    units["objective"] = OUTPUT_COLUMNS_BY_KEY["cost_total"].unit.text("en")
    units["solve_seconds"] = "seconds"
    warnings_en, warnings_zh = plan_warnings(result)
    return {
        "generator": GENERATOR,
        "status": result.status,
        "has_plan": result.has_plan,
        "headline": headline(result).as_json(),
        "objective": to_cell_value(result.objective),
        "mip_gap": to_cell_value(result.mip_gap),
        "solve_seconds": to_cell_value(result.solve_seconds),
        "build_seconds": to_cell_value(result.build_seconds),
        "backend": result.backend,
        "scenario": result.scenario,
        "input": source,
        "provenance": dict(provenance) if provenance is not None else None,
        "messages": list(result.messages),
        "messages_zh": list(localized_messages(result.messages, result.messages_zh, "zh")),
        "warnings": list(warnings_en),
        "warnings_zh": list(warnings_zh),
        "objective_terms": {k: to_cell_value(v) for k, v in result.objective_terms.items()},
        "stage_objectives": {k: to_cell_value(v) for k, v in result.stage_objectives.items()},
        "model_size": {k: to_cell_value(v) for k, v in result.model_size.items()},
        "files": files or [],
        "units": units,
        "settings": {k: to_cell_value(v) for k, v in result.settings.as_dict().items()},
        "by_level_year": level_year_records(result),
    }


def write_summary(result: Result, path: Path, *, source: str | None = None,
                  files: list[str] | None = None, provenance: Mapping[str, Any] | None = None) -> Path:
    """Write ``summary.json`` (UTF-8, Chinese kept readable) and return its path."""
    payload = summary_dict(result, source=source, files=files, provenance=provenance)
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2, allow_nan=False) + "\n",
                    encoding="utf-8")
    return path
