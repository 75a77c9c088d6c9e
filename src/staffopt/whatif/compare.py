"""``staffopt compare`` as a library: solve several scenarios and write one comparison report.

The report folder holds ``comparison.xlsx`` (side-by-side figures, differences from the first
scenario, scenario settings, chart data), ``charts/`` and one run folder per scenario under
``scenarios/``; it is written atomically (complete or not at all).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from staffopt.instance import InputData
from staffopt.report.labels import localized_messages
from staffopt.results import Result
from staffopt.schema import Lang
from staffopt.settings import Settings
from staffopt.whatif.sweep import Job, OnResult, run_sweep

COMPARE_FILE = "comparison.xlsx"
CHARTS_DIR = "charts"
RUNS_DIR = "scenarios"

_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"{dev}{i}" for dev in ("COM", "LPT") for i in range(1, 10))}


def protected_inputs(data: InputData) -> list[Path]:
    """The input workbook, when ``data`` was read from one that exists: never written over."""
    return [Path(data.source)] if data.source and Path(data.source).exists() else []


def _safe(name: str) -> str:
    """Return ``name`` as one folder name on every system (no separators, no ``..``, not ``CON``)."""
    text = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name.strip()).lstrip(".")
    text = text.rstrip(". ") or "_"
    return f"_{text}" if text.split(".")[0].upper() in _RESERVED else text


def comparison_runs(
    data: InputData, names: Sequence[str] | None, overrides: Mapping[str, str], lang: Lang,
) -> tuple[list[str], list[Settings], list[str]]:
    """The scenarios to compare, each one's settings and the warnings for the run.

    ``names``: the scenarios asked for (blanks stripped, repeats dropped), or ``None`` for every
    scenario (the workbook's, then the presets). ``overrides``: the command line's ``--set`` and
    dedicated options, applied on top of each scenario. Warnings: see
    :func:`~staffopt.whatif.scenarios.run_notes`.
    """
    from staffopt.pipeline import effective_settings
    from staffopt.whatif.scenarios import run_notes, scenario_names

    chosen = scenario_names(data) if names is None else list(dict.fromkeys(n.strip() for n in names))
    settings = [effective_settings(data, name, overrides) for name in chosen]
    notes = [note for name, st in zip(chosen, settings, strict=True)
             for note in run_notes(data, name, st, list(overrides), lang)]
    return chosen, settings, notes


def compare_scenarios(
    data: InputData,
    names: Sequence[str],
    settings: Sequence[Settings],
    out_dir: Path,
    lang: Lang,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    on_result: OnResult | None = None,
    notes: Sequence[str] = (),
) -> list[Result]:
    """Solve each scenario, write its run folder and the comparison into ``out_dir``; return the results.

    ``notes``: warnings written under the comparison table (see :func:`run_notes`).

    ``out_dir`` is written atomically (complete or not at all). Each scenario's job — solve, then
    its run folder ``scenarios/<name>/`` — runs serially here, or with ``workers`` on a local
    Dask cluster whose workers do both, or with ``scheduler`` on a remote cluster that only
    solves (this process then writes the run folders: see :mod:`staffopt.whatif.sweep`). The
    comparison workbook and charts are written here once all jobs are done.
    """
    from staffopt.report.atomic import atomic_folder, check_target

    check_target(out_dir, protected_inputs(data))
    with atomic_folder(out_dir) as tmp:
        folders = [(tmp / RUNS_DIR / folder).absolute() for folder in run_folder_names(names)]
        jobs = [Job(name, s, folder) for name, s, folder in zip(names, settings, folders, strict=True)]
        finish = functools.partial(write_comparison_files, names=list(names), folder=tmp.absolute(),
                                   lang=lang, run_folders=folders, notes=list(notes))
        results = run_sweep(data, jobs, workers=workers, scheduler=scheduler, on_result=on_result, lang=lang,
                            finish=finish)
    return results


def write_comparison_files(
    data: InputData, results: Sequence[Result], *, names: Sequence[str], folder: Path, lang: Lang,
    run_folders: Sequence[Path], notes: Sequence[str] = (),
) -> None:
    """Write ``comparison.xlsx`` and the comparison charts into ``folder``.

    ``run_folders``: each scenario's run folder; a scenario whose folder is missing (it could not
    be written) gets its messages in the settings sheet even when it has a plan. ``notes``:
    warnings written under the comparison table.
    """
    from staffopt.report.charts import save_chart
    from staffopt.whatif.metrics import comparison_table
    from staffopt.whatif.report import comparison_charts, source_text, write_comparison_workbook
    from staffopt.whatif.scenarios import describe, scenario_source

    table = comparison_table(names, results)
    rows = []
    written = [f.is_dir() for f in run_folders]
    for name, result, ok in zip(names, results, written, strict=True):
        changed = ", ".join(f"{k}={v}" for k, v in _changed(data.parameters, result.settings).items())
        reason = "" if result.has_plan and ok else " ".join(
            localized_messages(result.messages, result.messages_zh, lang))
        rows.append((name, source_text(scenario_source(data, name), lang), changed,
                     "; ".join(x for x in (describe(data, name, lang), reason) if x)))
    write_comparison_workbook(folder / COMPARE_FILE, table, lang, settings_rows=rows, notes=notes)
    if any(r.has_plan for r in results):
        (folder / CHARTS_DIR).mkdir()
        for stem, chart in comparison_charts(table, lang).items():
            save_chart(chart, folder / CHARTS_DIR, stem)


def run_folder_names(names: Sequence[str]) -> list[str]:
    """Return each scenario's run folder name: made safe, then unique with ``-2``, ``-3`` and so on."""
    out: list[str] = []
    for name in names:
        base = folder = _safe(name)
        n = 1
        while folder.lower() in {f.lower() for f in out}:  # Windows folders ignore case
            n += 1
            folder = f"{base}-{n}"
        out.append(folder)
    return out


def _changed(base: Settings, settings: Settings) -> dict[str, Any]:
    return {k: v for k, v in settings.items() if base[k] != v and k != "solver.threads"}
