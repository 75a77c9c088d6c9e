"""What-if scenarios: built-in reform presets and the workbook's scenarios sheet.

A scenario is a *named list of parameter overrides* (``{key: value}``, keys of
:data:`staffopt.schema.PARAMETERS`) applied to a copy of the base settings with
:meth:`staffopt.settings.Settings.with_overrides`. Never a copy of a workbook.

Two sources of scenarios:

* :data:`PRESETS` — reforms and standards taken from the source papers (``domain.md``), usable
  by name in any workbook; each carries its source in its description.
* the optional ``scenarios`` sheet of the input workbook, one override per row
  (scenario, parameter, value, note).

**Precedence.** A workbook scenario with the same name as a preset *replaces* the preset
entirely (the user's own definition wins; ``staffopt scenarios`` marks it). Unknown names are an
:class:`~staffopt.errors.InputError` (exit 2) that lists every known name.

**Order of overrides** for one run: parameters sheet → scenario → ``--set``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from staffopt.errors import BadValue, InputError, Problem
from staffopt.instance import InputData
from staffopt.schema import PARAMETERS_BY_KEY, SHEETS_BY_KEY, Lang, parameter_key
from staffopt.settings import Settings, parse_value, unknown_key
from staffopt.text import Msg, t
from staffopt.unused_rows import unused_rows_notes
from staffopt.whatif.no_effect import NoEffect, ineffective_keys, ineffective_messages

__all__ = [
    "CITATIONS", "PRESETS", "NoEffect", "Preset", "apply_scenario", "check_scenarios",
    "citation_text", "describe", "ineffective_keys", "ineffective_messages", "replaced_preset_note",
    "scenario_names",
    "scenario_overrides", "scenario_rows", "scenario_source", "workbook_scenarios",
]

#: Sheet name used in error messages about scenario rows (as the English template spells it).
SCENARIO_SHEET = SHEETS_BY_KEY["scenarios"].label("en")
#: Option name used in error messages about an unknown scenario name.
SCENARIO_OPTION = "--scenario"


#: The source texts behind the presets and ``domain.md`` (``/work/shared/seeds/<id>_*.txt``), by their
#: file number; each is cited by the catalog text ``citation.<id>`` (author, year, title; "n.d." /
#: "未注明年份" where the text states no year).
CITATIONS: tuple[str, ...] = ("000", "001", "002", "003", "004")


def citation_text(source: str, lang: Lang) -> str:
    """The short citation of source text ``source`` in ``lang``."""
    return t(f"citation.{source}", lang)


@dataclass(frozen=True)
class Preset:
    """A built-in scenario: overrides of the base settings and where the numbers come from.

    ``source`` is the number of the source text (one of :data:`CITATIONS`); the catalog holds its
    description (``preset.<name>``) and where in the source the numbers are (``preset.<name>.detail``:
    table, figure, topic).
    """

    name: str
    overrides: dict[str, str]
    source: str

    def description(self, lang: Lang) -> str:
        """Return the description in ``lang``."""
        return t(f"preset.{self.name}", lang)

    def detail(self, lang: Lang) -> str:
        """Return where in the source the numbers are, in ``lang``."""
        return t(f"preset.{self.name}.detail", lang)

    def citation(self, lang: Lang) -> str:
        """Return the source in ``lang``: short citation, then where in it (e.g. ``…, Table 1``)."""
        return t("preset.citation", lang, citation=citation_text(self.source, lang), detail=self.detail(lang))


# Arithmetic behind ``new_employment`` (workload.growth_extra), from 002:
#   today's workload behind the 2021 load ratio = 10,663 person-times x 145,275 staff
#   ≈ 1.549 billion person-times; about 200 million workers in new forms of employment, "several
#   hundred million more person-times" expected -> take the lower end, 200 million (one more
#   insured person-time per worker): 200 / 1,549 = 12.9% more workload. Spread over the default
#   5-year horizon: 1.129 ** (1/5) - 1 = 2.46% a year -> 0.025.
NEW_EMPLOYMENT_GROWTH = "0.025"

# Training floor of ``reform_package`` (training.min_hours), the human-capital reform of 002 §四(二)
# ("规定参与培训的学时和学习周期", no figure given): professional-technical staff must take at least
# 90 hours of continuing education a year (专业技术人员继续教育规定, 人社部令第25号, 2015, art. 8 — a
# stated assumption, outside the seeds); the model's floor is per head, so at the package's
# professional share of 34%: 0.34 x 90 = 30.6 hours per head and year.
PACKAGE_TRAINING_HOURS = "30.6"

PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset("status_quo", {"budget.regime": "fiscal", "posts.step": "0"}, "002"),
        Preset("dynamic_posts", {"posts.step": "5"}, "002"),
        Preset("fund_1pct", {"budget.regime": "fund", "budget.fund_share": "0.01"}, "002"),
        Preset("fund_austria", {"budget.regime": "fund", "budget.fund_share": "0.019"}, "002"),
        Preset("fund_korea", {"budget.regime": "fund", "budget.fund_share": "0.036"}, "002"),
        Preset("ratio_xinjiang", {"target.municipal": "7000", "target.county": "7000"}, "002"),
        Preset("ratio_beijing", {"target.county": "5000"}, "002"),
        Preset("ratio_chengdu", {"target.municipal": "10000", "target.county": "4000"}, "002"),
        Preset("henan_standard", {"standard.rule": "henan", "standard.mode": "lower", "posts.step": "5"},
               "002"),
        Preset("pro_share_2011", {"pro.share_min": "0.34"}, "002"),
        Preset("shared_platform", {"digital.enabled": "true", "platform.enabled": "true"}, "002"),
        Preset("office_it",
               {"digital.enabled": "true", "platform.enabled": "false", "platform.existing": "false"}, "002"),
        Preset("new_employment", {"workload.growth_extra": NEW_EMPLOYMENT_GROWTH}, "002"),
        Preset("reform_package", {"posts.step": "5", "pro.share_min": "0.34",
                                  "training.min_hours": PACKAGE_TRAINING_HOURS,
                                  "budget.regime": "fund", "budget.fund_share": "0.019"}, "002"),
    )
}


# ------------------------------------------------------------------------------------------
# the workbook's scenarios sheet
# ------------------------------------------------------------------------------------------
def _rows(data: InputData) -> pd.DataFrame:
    frame = data.scenarios
    if frame is None or frame.empty:
        return pd.DataFrame(columns=["scenario", "key", "value", "note", "row"])
    return frame


def _clean(value: Any) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def workbook_scenarios(data: InputData) -> dict[str, list[tuple[str, str, int | None]]]:
    """Workbook scenarios in sheet order: name → [(key, value, Excel row), …] (not validated)."""
    out: dict[str, list[tuple[str, str, int | None]]] = {}
    for rec in _rows(data).to_dict("records"):
        name = _clean(rec.get("scenario"))
        row = rec.get("row")
        excel_row = int(row) if row is not None and not pd.isna(row) else None
        out.setdefault(name, []).append((_clean(rec.get("key")), _clean(rec.get("value")), excel_row))
    return out


def check_scenarios(data: InputData) -> list[Problem]:
    """Every problem of the scenarios sheet: empty name, unknown key, bad value, repeated key.

    Values are checked against the parameter's type and bounds (:func:`parse_value`), so a bad
    row fails when the workbook is validated, not half-way through a batch of solves.
    """
    problems: list[Problem] = []
    sheet = SCENARIO_SHEET
    for name, rows in workbook_scenarios(data).items():
        seen: dict[str, int | None] = {}
        for key, value, row in rows:
            if not name:
                problems.append(Problem(sheet, row, "scenario", None, Msg("expect.scenario_name")))
                continue
            key = parameter_key(key)
            field = PARAMETERS_BY_KEY.get(key)
            if field is None:
                problems.append(Problem(
                    sheet, row, "parameter", key or None, unknown_key(key or "", option=True),
                ))
                continue
            if key in seen:
                problems.append(Problem(
                    sheet, row, "parameter", key,
                    Msg("expect.once_in_scenario", name=repr(name), row=seen[key]),
                ))
                continue
            seen[key] = row
            try:
                parse_value(field, value)
            except BadValue as exc:
                problems.append(Problem(sheet, row, key, value or None, exc.expected))
    return problems


def scenario_names(data: InputData | None) -> list[str]:
    """Every scenario usable with ``data``: the workbook's (sheet order), then the other presets."""
    names = [n for n in workbook_scenarios(data) if n] if data is not None else []
    names += [n for n in PRESETS if n not in names]
    return names


def _unknown(name: str, data: InputData | None) -> InputError:
    known = ", ".join(scenario_names(data))
    return InputError.single(
        SCENARIO_OPTION, None, None, name,
        Msg("expect.known_scenario", known=known),
        source=SCENARIO_OPTION,
    )


def scenario_overrides(data: InputData | None, name: str) -> dict[str, str]:
    """Return the overrides of scenario ``name``: the workbook's rows, else the preset of that name.

    Raises :class:`InputError` (exit 2) for an unknown name (listing the known ones) and for any
    bad row of that scenario (naming the scenarios sheet and the Excel row).
    """
    name = name.strip()
    wb = workbook_scenarios(data) if data is not None else {}
    if name in wb:
        rows = wb[name]
        problems = [p for p in check_scenarios(data) if p.row in {r for _, _, r in rows}] if data else []
        if problems:
            raise InputError(problems, source=SCENARIO_SHEET)
        return {key: value for key, value, _ in rows}
    if name in PRESETS:
        return dict(PRESETS[name].overrides)
    raise _unknown(name, data)


def scenario_rows(data: InputData | None, name: str) -> dict[str, int]:
    """Excel row of each override of workbook scenario ``name`` (empty for a preset)."""
    wb = workbook_scenarios(data) if data is not None else {}
    return {key: row for key, _, row in wb.get(name.strip(), []) if row is not None}


def scenario_source(data: InputData | None, name: str) -> str:
    """``workbook``, ``workbook (replaces preset)`` or ``preset`` for a known scenario name."""
    wb = workbook_scenarios(data) if data is not None else {}
    if name in wb:
        return "workbook (replaces preset)" if name in PRESETS else "workbook"
    if name in PRESETS:
        return "preset"
    raise _unknown(name, data)


def apply_scenario(base: Settings, data: InputData | None, name: str | None) -> Settings:
    """Return a copy of ``base`` with scenario ``name``'s overrides applied (``base`` if ``None``)."""
    if name is None:
        return base
    overrides = scenario_overrides(data, name)
    sheet = SCENARIO_SHEET if data is not None and name.strip() in workbook_scenarios(data) else (
        f"preset '{name}'"
    )
    return base.with_overrides(overrides, sheet=sheet, rows=scenario_rows(data, name))


def describe(data: InputData | None, name: str, lang: Lang = "en") -> str:
    """One-line description of scenario ``name`` (the preset's, or the workbook rows' notes)."""
    if data is not None and name in workbook_scenarios(data):
        notes = [_clean(r.get("note")) for r in _rows(data).to_dict("records")
                 if _clean(r.get("scenario")) == name]
        return "; ".join(n for n in notes if n)
    return PRESETS[name].description(lang) if name in PRESETS else ""


def replaced_preset_note(data: InputData | None, name: str, lang: Lang = "en") -> str | None:
    """One line saying that workbook scenario ``name`` replaces the preset of that name, else ``None``.

    The preset's overrides that the workbook's rows do not set are listed: they are *not*
    applied (e.g. a ``fund_1pct`` row with only ``budget.fund_share`` loses ``budget.regime=fund``).
    """
    name = name.strip()
    wb = workbook_scenarios(data) if data is not None else {}
    if name not in wb or name not in PRESETS:
        return None
    own = {key for key, _, _ in wb[name]}
    lost = ", ".join(f"{k}={v}" for k, v in PRESETS[name].overrides.items() if k not in own)
    line = t("scenario.replaces_preset", lang, name=name)
    return t("scenario.not_applied", lang, line=line, lost=lost) if lost else line


def run_notes(
    data: InputData, scenario: str | None, settings: Settings, keys: Sequence[str], lang: Lang,
) -> list[str]:
    """Warnings for one run: a replaced preset, parameters with no effect, unused yearly rows.

    A workbook scenario that replaces a preset of its name, parameters set with no effect, and
    yearly rows outside the run's plan years (:func:`staffopt.unused_rows.unused_rows_notes`).

    ``keys``: the keys the user set for this run besides the scenario's (``--set`` and options);
    they and the scenario's own overrides are checked against the run's ``settings``
    (:func:`staffopt.whatif.scenarios.ineffective_keys`).
    """
    notes = []
    own = list(scenario_overrides(data, scenario)) if scenario is not None else []
    replaced = replaced_preset_note(data, scenario, lang) if scenario is not None else None
    if replaced:
        notes.append(replaced)
    messages = ineffective_messages(settings, [*own, *keys], lang)
    if scenario is not None:
        messages = [t("scenario.note", lang, name=scenario, text=m) for m in messages]
    notes += messages
    notes += unused_rows_notes(data, settings, lang)  # same text for every scenario of one horizon
    return notes
