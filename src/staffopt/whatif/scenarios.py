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
from staffopt.schema import PARAMETERS_BY_KEY, SHEETS_BY_KEY, Lang
from staffopt.settings import Settings, parse_value, unknown_key
from staffopt.text import Msg
from staffopt.whatif.no_effect import NoEffect, ineffective_keys, ineffective_messages

__all__ = [
    "CITATIONS", "PRESETS", "Citation", "NoEffect", "Preset", "apply_scenario", "check_scenarios",
    "describe", "ineffective_keys", "ineffective_messages", "replaced_preset_note", "scenario_names",
    "scenario_overrides", "scenario_rows", "scenario_source", "workbook_scenarios",
]

#: Sheet name used in error messages about scenario rows (as the English template spells it).
SCENARIO_SHEET = SHEETS_BY_KEY["scenarios"].label("en")
#: Option name used in error messages about an unknown scenario name.
SCENARIO_OPTION = "--scenario"


@dataclass(frozen=True)
class Citation:
    """A short citation of one source text (``/work/shared/seeds/<id>_*.txt``) in English and Chinese."""

    en: str
    zh: str

    def text(self, lang: Lang) -> str:
        """Return the citation in ``lang``."""
        return self.en if lang == "en" else self.zh


#: The source texts behind the presets and ``domain.md``, by their file number: author, year,
#: title (year as the text states it; "n.d." / "未注明年份" where it states none).
CITATIONS: dict[str, Citation] = {
    "000": Citation(
        "Lin Mingang, n.d. (cites 2022 at the latest), \"Systematic integration and coordinated "
        "efficiency\" in social-security reform: the Yangtze River Delta",
        "林闽钢(未注明年份，引文最晚为2022年)，《“系统集成、协同高效”的社会保障制度改革"
        "——以长三角社会保障一体化为例》"),
    "001": Citation(
        "CASS Social Security Lab 2014, SSL Express No. 36 (25 Sep 2014): seminar on improving "
        "China's social-insurance service system",
        "中国社科院世界社保研究中心 2014，《快讯》2014年第36期：完善中国社会保险经办服务体系——"
        "国际经验研讨会"),
    "002": Citation(
        "Zheng & Mao 2024, SSL Working Paper 188, \"Achievements and transformation of China's "
        "social-insurance service system\"",
        "郑秉文、毛颖珂 2024 (SSL WP 188)，《我国社会保险经办服务体系的发展成就与转型升级》"),
    "003": Citation(
        "author not stated, n.d. (2015 or later), \"Coordinated development of social security in "
        "Jing-Jin-Ji: the experience of the EU\"",
        "作者未注明(未注明年份，2015年以后)，《京津冀社会保障协同发展：基于欧盟的经验与启示》"),
    "004": Citation(
        "Zhai Shaoguo, n.d. (2025 or later), \"Structural reform and institutional innovation of "
        "social security in digital transformation\"",
        "翟绍果(未注明年份，2025年以后)，《数字化转型中社会保障的结构改革与制度创新》"),
}


@dataclass(frozen=True)
class Preset:
    """A built-in scenario: overrides of the base settings and where the numbers come from.

    ``source`` is the number of the source text (a key of :data:`CITATIONS`); ``detail_en`` /
    ``detail_zh`` say where in it (table, figure, topic).
    """

    name: str
    overrides: dict[str, str]
    description_en: str
    description_zh: str
    source: str
    detail_en: str
    detail_zh: str

    def description(self, lang: Lang) -> str:
        """Return the description in ``lang``."""
        return self.description_en if lang == "en" else self.description_zh

    def citation(self, lang: Lang) -> str:
        """Return the source in ``lang``: short citation, then where in it (e.g. ``…, Table 1``)."""
        detail = self.detail_en if lang == "en" else self.detail_zh
        return f"{CITATIONS[self.source].text(lang)}{', ' if lang == 'en' else '，'}{detail}"


# Arithmetic behind ``new_employment`` (workload.growth_extra), from 002:
#   today's workload behind the 2021 load ratio = 10,663 person-times x 145,275 staff
#   ≈ 1.549 billion person-times; about 200 million workers in new forms of employment, "several
#   hundred million more person-times" expected -> take the lower end, 200 million (one more
#   insured person-time per worker): 200 / 1,549 = 12.9% more workload. Spread over the default
#   5-year horizon: 1.129 ** (1/5) - 1 = 2.46% a year -> 0.025.
NEW_EMPLOYMENT_GROWTH = "0.025"

PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            "status_quo",
            {"budget.regime": "fiscal", "posts.step": "0"},
            "Status quo: each office within its same-level fiscal appropriation (财政预算制, as the "
            "Social Insurance Law requires today) and posts frozen.",
            "现状：各机构支出不超过同级财政拨款(财政预算制，现行《社会保险法》规定)，编制冻结。",
            "002",
            "Social Insurance Law: same-level finance pays agency costs",
            "《社会保险法》：经办经费由同级财政保障",
        ),
        Preset(
            "dynamic_posts",
            {"posts.step": "5"},
            "Dynamic posts (编制动态调整): posts may change by up to 5 per office and year — enough for "
            "a typical county office to absorb its over-establishment (11,569 over ~2,850 county "
            "offices ≈ 4) in one year.",
            "编制动态调整：每个机构每年编制可调整至多5个——足以让典型县级机构在一年内消化超编人员"
            "(县级超编11,569人，约2,850个县级机构，平均约4人)。",
            "002",
            "Table 1 (2021 posts and actual staff by level)",
            "表1(2021年分层级编制数与实有人数)",
        ),
        Preset(
            "fund_1pct",
            {"budget.regime": "fund", "budget.fund_share": "0.01"},
            "Fund financing (基金预算制) at 1% of fund spending: agency spending is under 1% of fund "
            "revenue, spending or balance today.",
            "基金预算制，经办成本上限为基金支出的1%：目前经办机构经费支出占基金收、支、余均不超过1%。",
            "002",
            "agency spending under 1% of the fund, 2022",
            "2022年经办经费占基金收支余均不足1%",
        ),
        Preset(
            "fund_austria",
            {"budget.regime": "fund", "budget.fund_share": "0.019"},
            "Fund financing at 1.9% of fund spending: Austria's agencies cost 1.9% of fund revenue "
            "in 2022 (pensions 1.3%, health 2.5%, accident 8.1%).",
            "基金预算制，上限为基金支出的1.9%：奥地利2022年经办管理成本占基金总收入的1.9%"
            "(养老1.3%、健康2.5%、意外8.1%)。",
            "002",
            "Austrian social-security statistics, 2022",
            "奥地利社会保障统计，2022年",
        ),
        Preset(
            "fund_korea",
            {"budget.regime": "fund", "budget.fund_share": "0.036"},
            "Fund financing at 3.6% of fund spending: Korea's national pension administration cost "
            "3.6% of benefit spending in 2022 (4.3% in 2018).",
            "基金预算制，上限为基金支出的3.6%：韩国国民年金2022年行政成本占年金支出的3.6%(2018年4.3%)。",
            "002",
            "Korea's National Pension Fund annual report 2022",
            "韩国国民年金2022年年报",
        ),
        Preset(
            "ratio_xinjiang",
            {"target.municipal": "7000", "target.county": "7000"},
            "Load-ratio standard 7,000:1 as in Urumqi and Karamay (Xinjiang), re-set every three "
            "years; read as a city-wide standard, so it applies to municipal and county offices "
            "(provincial unchanged).",
            "人均负荷比标准7000:1(新疆乌鲁木齐市、克拉玛依市，每三年核定一次)；理解为全市标准，"
            "适用于地(市)级和县(区)级机构(省级不变)。",
            "002",
            "Xinjiang staffing mechanism",
            "新疆经办人员配置机制",
        ),
        Preset(
            "ratio_beijing",
            {"target.county": "5000"},
            "Load-ratio standard 5,000:1 as in Beijing; Beijing's rule names district/county agencies "
            "only (\"a little above 5,000:1\"), so only county offices change.",
            "人均负荷比标准5000:1(北京市)；北京规定只针对区县经办机构(略高于5000:1)，故仅调整县(区)级。",
            "002",
            "Beijing district/county staffing reference",
            "北京市区县经办人员配置参考",
        ),
        Preset(
            "ratio_chengdu",
            {"target.municipal": "10000", "target.county": "4000"},
            "Load-ratio standards of Chengdu (Sichuan): municipal agencies 10,000:1, districts and "
            "counties 4,000:1.",
            "成都市人均负荷比标准：市级10000:1，区县4000:1。",
            "002",
            "Chengdu staffing standard",
            "成都市经办人员配置标准",
        ),
        Preset(
            "henan_standard",
            {"standard.rule": "henan", "standard.mode": "lower", "posts.step": "5"},
            "Henan banded staffing standard for county pension agencies (≤10,000 insured: 10–15 posts; "
            "10,001–20,000: 15–20; one more post per 2,000 insured above that, at most 30), used as a "
            "floor on posts (the table grants posts); posts may move by 5 a year to reach it, as in "
            "dynamic_posts.",
            "河南省县级养老保险经办机构分档编制标准(参保1万人以下10-15名；1-2万人15-20名；2万人以上"
            "每增2000人增1名，最多30名)，作为编制下限(标准核定编制)；"
            "编制每年可调整5个以达到标准(同 dynamic_posts)。",
            "002",
            "Henan county pension agency staffing rule",
            "河南省县级养老保险经办机构编制标准",
        ),
        Preset(
            "pro_share_2011",
            {"pro.share_min": "0.34"},
            "Professional-technical staff back to 34% of all staff, the 2011 share (by title; 21% in "
            "2021).",
            "专业技术人员占比恢复到2011年的34%(按职称计；2021年为21%)。",
            "002",
            "professional-technical staff 2011 and 2021",
            "2011年与2021年专业技术人员占比",
        ),
        Preset(
            "shared_platform",
            {"digital.enabled": "true", "platform.enabled": "true"},
            "Shared provincial digital platform allowed: economies of scale instead of hundreds of "
            "separate data centres (Golden Insurance phase I: 31 provincial and 257 municipal "
            "centres, about 3.4 million yuan per centre a year).",
            "允许建设省级共享数字平台：以规模经济取代分散建设的数百个数据中心(金保工程一期：31个省级、"
            "257个地市级数据中心，每个中心每年约340万元)。",
            "002",
            "Golden Insurance project phase I, 2004-2012",
            "金保工程一期(2004-2012年)",
        ),
        Preset(
            "office_it",
            {"digital.enabled": "true", "platform.enabled": "false"},
            "Office-by-office IT: each office invests in its own systems, no shared platform (the "
            "fragmented pattern of Golden Insurance phase I).",
            "各机构分散建设信息系统，不建共享平台(金保工程一期的碎片化模式)。",
            "002",
            "Golden Insurance project phase I, 2004-2012",
            "金保工程一期(2004-2012年)",
        ),
        Preset(
            "new_employment",
            {"workload.growth_extra": NEW_EMPLOYMENT_GROWTH},
            "Enrolling workers in new forms of employment: about 200 million such workers, several "
            "hundred million more person-times expected. Taking 200 million more person-times "
            "against today's 10,663 x 145,275 ≈ 1,549 million gives +12.9%, i.e. 2.5% a year of extra "
            "workload growth over a 5-year horizon.",
            "新就业形态人员参保：约2亿新业态灵活就业人员，预计参保人次还将增加数亿。按增加2亿人次、"
            "现有10663×145275≈15.49亿人次计，增加12.9%，5年规划期内即每年额外增长2.5%。",
            "002",
            "new forms of employment; load ratio 10,663:1 and 145,275 staff in 2021",
            "新就业形态；2021年人均负荷比10663:1、工作人员145275人",
        ),
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
    if lang == "en":
        line = (f"scenario {name}: the workbook's scenarios sheet defines it, which replaces the built-in "
                "preset of that name completely")
        return f"{line}; not applied from the preset: {lost}" if lost else line
    line = f"情景 {name}：工作簿的情景表定义了同名情景，完全替代同名内置预设"
    return f"{line}；预设中的以下设置未被采用：{lost}" if lost else line


def run_notes(
    data: InputData, scenario: str | None, settings: Settings, keys: Sequence[str], lang: Lang,
) -> list[str]:
    """Warnings for one run: a workbook scenario that replaces a preset, and parameters with no effect.

    ``keys``: the keys the user set for this run besides the scenario's (``--set`` and options);
    they and the scenario's own overrides are checked against the run's ``settings``
    (:func:`staffopt.whatif.scenarios.ineffective_keys`).
    """
    notes = []
    own = list(scenario_overrides(data, scenario)) if scenario is not None else []
    replaced = replaced_preset_note(data, scenario, lang) if scenario is not None else None
    if replaced:
        notes.append(replaced)
    prefix = "" if scenario is None else (f"scenario {scenario}: " if lang == "en" else f"情景 {scenario}：")
    notes += [prefix + m for m in ineffective_messages(settings, [*own, *keys], lang)]
    return notes
