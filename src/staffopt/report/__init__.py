"""The report of one run: a folder holding ``plan.xlsx``, ``summary.json``, ``charts/``, ``briefing.docx``.

:func:`write_run_folder` writes the folder completely or not at all (:mod:`.atomic`). When the
run has no plan (infeasible, solver error, nothing found before the time limit) the folder
holds ``summary.json`` only, with the status and the messages explaining why, so scripts can
read the outcome of every run from the same place.

Reusable parts: :mod:`.excel` (formatted sheets from result tables), :mod:`.charts` (altair
charts saved as offline HTML + PNG with a CJK font), :mod:`.summary` (``summary.json``),
:mod:`.briefing` (the Word briefing, which embeds the PNG charts).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from staffopt.instance import InputData
from staffopt.report.atomic import atomic_folder, check_target
from staffopt.report.briefing import BRIEFING_FILE, write_run_briefing
from staffopt.report.charts import write_charts
from staffopt.report.plan_book import write_plan_workbook
from staffopt.report.provenance import for_data
from staffopt.report.summary import write_summary
from staffopt.results import Result
from staffopt.schema import Lang

__all__ = ["BRIEFING_FILE", "CHARTS_DIR", "PLAN_FILE", "SUMMARY_FILE", "write_run_folder"]

PLAN_FILE = "plan.xlsx"
SUMMARY_FILE = "summary.json"
CHARTS_DIR = "charts"


def write_run_folder(
    result: Result,
    data: InputData,
    out_dir: Path,
    lang: Lang = "en",
    *,
    protect: Sequence[Path] = (),
    on_progress: Callable[[str, dict[str, Any]], None] | None = None,
    provenance: Mapping[str, Any] | None = None,
) -> Path:
    """Write the run folder ``out_dir`` for ``result`` atomically and return its path.

    A previous folder of that name is replaced only once the new one is complete. The input
    workbook (``data.source``) and any ``protect`` path must not lie inside ``out_dir``
    (:class:`~staffopt.errors.InputError`, exit 2): the folder is replaced wholesale.
    ``on_progress("write", {"file": ...})`` is called before each file. ``provenance``
    (:func:`staffopt.report.provenance.collect`) goes into ``summary.json`` and the run-settings
    sheet; without it, it is collected here from ``data.source``.
    """
    out_dir = Path(out_dir)
    protected = [Path(p) for p in protect]
    if data.source and Path(data.source).exists():
        protected.append(Path(data.source))
    check_target(out_dir, protected)
    prov = dict(provenance) if provenance is not None else for_data(data.source)

    def tell(name: str) -> None:
        if on_progress is not None:
            on_progress("write", {"file": name})

    with atomic_folder(out_dir) as tmp:
        files: list[str] = []
        if result.has_plan:
            tell(PLAN_FILE)
            write_plan_workbook(result, data, tmp / PLAN_FILE, lang, provenance=prov)
            files.append(PLAN_FILE)
            tell(CHARTS_DIR)
            for path in write_charts(result, tmp / CHARTS_DIR, lang):
                files.append(f"{CHARTS_DIR}/{path.name}")
            tell(BRIEFING_FILE)
            write_run_briefing(result, tmp / BRIEFING_FILE, lang, charts_dir=tmp / CHARTS_DIR,
                               provenance=prov)
            files.append(BRIEFING_FILE)
        tell(SUMMARY_FILE)
        write_summary(result, tmp / SUMMARY_FILE, source=data.source, files=[SUMMARY_FILE, *files],
                      provenance=prov)
    return out_dir
