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
    notes = list(dict.fromkeys(note for name, st in zip(chosen, settings, strict=True)
                               for note in run_notes(data, name, st, list(overrides), lang)))
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
    provenance: dict[str, Any] | None = None,
) -> list[Result]:
    """Solve each scenario, write its run folder and the comparison into ``out_dir``; return the results.

    ``notes``: warnings written under the comparison table (see :func:`run_notes`);
    ``provenance`` (:func:`staffopt.report.provenance.collect`) is recorded in every run folder
    and the comparison (collected here when not given).

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
                                   lang=lang, run_folders=folders, notes=list(notes), provenance=provenance)
        results = run_sweep(data, jobs, workers=workers, scheduler=scheduler, on_result=on_result, lang=lang,
                            finish=finish, provenance=provenance)
    return results


def write_comparison_files(
    data: InputData, results: Sequence[Result], *, names: Sequence[str], folder: Path, lang: Lang,
    run_folders: Sequence[Path], notes: Sequence[str] = (), provenance: dict[str, Any] | None = None,
) -> None:
    """Write ``comparison.xlsx``, the comparison charts and ``briefing.docx`` into ``folder``.

    ``run_folders``: each scenario's run folder; a scenario whose folder is missing (it could not
    be written) gets its messages in the settings sheet even when it has a plan. ``notes``:
    warnings written under the comparison table (and in the briefing). Scenarios are named in
    ``lang`` (a preset's Chinese name under ``zh``); the settings sheet keeps the name to use with
    ``--scenario`` and, under ``zh``, names the parameters changed in Chinese too.
    """
    from staffopt.report.briefing import BRIEFING_FILE, write_comparison_briefing
    from staffopt.report.charts import save_chart
    from staffopt.report.reform_text import parameter_label, scenario_label, t
    from staffopt.whatif.metrics import comparison_table
    from staffopt.whatif.report import comparison_charts, source_text, write_comparison_workbook
    from staffopt.whatif.scenarios import describe, scenario_source

    table = comparison_table(names, results)
    rows = []
    written = [f.is_dir() for f in run_folders]
    for name, result, ok in zip(names, results, written, strict=True):
        changed = ", ".join(f"{parameter_label(k, lang)}={v}"
                            for k, v in _changed(data.parameters, result.settings).items())
        reason = "" if result.has_plan and ok else " ".join(
            localized_messages(result.messages, result.messages_zh, lang))
        label = scenario_label(name, lang)
        described = describe(data, name, lang)
        if label != name:
            described = f"{label}：{described}" if described else label
        rows.append((name, source_text(scenario_source(data, name), lang), changed,
                     "; ".join(x for x in (described, reason) if x)))
    write_comparison_workbook(folder / COMPARE_FILE, table, lang, settings_rows=rows, notes=notes,
                              provenance=provenance)
    charts: list[tuple[Path, str]] = []
    if any(r.has_plan for r in results):
        (folder / CHARTS_DIR).mkdir()
        for stem, chart in comparison_charts(table, lang).items():
            save_chart(chart, folder / CHARTS_DIR, stem)
        charts = [(folder / CHARTS_DIR / "compare_load_ratio.png", t("compare.chart.load_ratio", lang)),
                  (folder / CHARTS_DIR / "compare_cost.png", text_of("chart.cost", lang))]
    write_comparison_briefing(folder / BRIEFING_FILE, names, results, lang,
                              labels=[scenario_label(n, lang) for n in names], charts=charts, notes=notes,
                              provenance=provenance)


def text_of(name: str, lang: Lang) -> str:
    """A text of the what-if reports (:data:`staffopt.whatif.metrics.TEXT`)."""
    from staffopt.whatif.metrics import text

    return text(name, lang)


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
