"""Texts of the report in both languages: sheet names, titles, chart titles, summary rows.

Column headers, units and level names come from :mod:`staffopt.schema`; this module holds only
what is particular to the report (and the progress line). The report sheet names never equal an
input sheet name, so a report stays a valid input workbook: the reader ignores these sheets.
"""

from __future__ import annotations

from collections.abc import Sequence

from staffopt.schema import SHEETS, Lang

#: key -> {"en": ..., "zh": ...}
TEXT: dict[str, dict[str, str]] = {
    # report sheets
    "sheet.summary": {"en": "summary", "zh": "摘要"},
    "sheet.plan": {"en": "plan", "zh": "规划方案"},
    "sheet.by_level": {"en": "by level", "zh": "分层级汇总"},
    "sheet.by_region": {"en": "by region", "zh": "分区域汇总"},
    "sheet.budget": {"en": "budget", "zh": "预算执行"},
    "sheet.marginals": {"en": "marginal values", "zh": "边际价值"},
    "sheet.platforms": {"en": "platforms", "zh": "共享平台建设"},
    "sheet.settings": {"en": "run settings", "zh": "本次运行参数"},
    "sheet.locks": {"en": "locks in the plan", "zh": "锁定执行情况"},
    # summary sheet
    "summary.title": {"en": "staffopt plan: summary", "zh": "staffopt 规划方案：摘要"},
    "summary.run": {"en": "Run", "zh": "运行情况"},
    "summary.status": {"en": "status", "zh": "求解状态"},
    "summary.objective": {"en": "objective", "zh": "目标函数值"},
    "summary.objective_kind": {"en": "objective chosen", "zh": "优化目标"},
    "summary.mip_gap": {"en": "MIP gap", "zh": "MIP 相对间隙"},
    "summary.solve_seconds": {"en": "solver time", "zh": "求解器用时"},
    "summary.scenario": {"en": "scenario", "zh": "情景"},
    "summary.regime": {"en": "budget regime", "zh": "预算体制"},
    "summary.years": {"en": "years", "zh": "年份范围"},
    "summary.input": {"en": "input", "zh": "输入文件"},
    "summary.messages": {"en": "messages", "zh": "提示信息"},
    "summary.none": {"en": "(none)", "zh": "(无)"},
    "summary.warning": {"en": "WARNING", "zh": "警告"},
    "summary.key_figures": {
        "en": "Key figures: status quo (base year) against the plan (final year)",
        "zh": "主要指标：现状(基期)与规划末年对比",
    },
    "summary.figure": {"en": "figure", "zh": "指标"},
    "summary.unit": {"en": "unit", "zh": "单位"},
    "summary.status_quo": {"en": "status quo", "zh": "现状"},
    "summary.plan_final": {"en": "plan, final year", "zh": "规划末年"},
    "summary.change": {"en": "change", "zh": "变化"},
    "summary.cost_by_line": {"en": "Cost by line and year", "zh": "分年度分科目支出"},
    "summary.table2": {
        "en": "For comparison, 002 Table 2: goods & services 32.19% of agency spending in 2008, "
              "18.89% in 2018",
        "zh": "对照：文献002 表2，商品和服务支出占经办机构经费支出 2008 年 32.19%、2018 年 18.89%",
    },
    "summary.budget_use": {"en": "Budget use by year", "zh": "分年度预算使用"},
    "summary.highest_use": {"en": "highest use of any pool", "zh": "各资金池最高使用率"},
    "summary.chart_data": {"en": "Chart data", "zh": "图表数据"},
    "regime.fiscal": {"en": "fiscal budget (same-level finance)", "zh": "财政预算制(同级财政)"},
    "regime.fund": {"en": "fund budget (share of fund spending)", "zh": "基金预算制(基金支出比例)"},
    "regime.none": {"en": "no budget limit", "zh": "不设预算约束"},
    "status.optimal": {"en": "optimal", "zh": "最优"},
    "status.time_limit": {"en": "time limit reached (best plan found)",
                          "zh": "达到时间上限(已找到的最优方案)"},
    "status.infeasible": {"en": "infeasible", "zh": "无可行方案"},
    "status.error": {"en": "solver error", "zh": "求解出错"},
    "objective.cost": {"en": "least cost", "zh": "成本最低"},
    "objective.service": {"en": "best service within budget", "zh": "预算内服务最优"},
    "objective.equity": {"en": "most equal service within budget", "zh": "预算内服务最均衡"},
    "bool.true": {"en": "yes", "zh": "是"},
    "bool.false": {"en": "no", "zh": "否"},
    # marginals sheet
    "marginals.workload": {
        "en": "Cost of one more person-time of workload, by level and year",
        "zh": "分层级、分年度每增加一人次业务量的边际成本",
    },
    "marginals.budget": {
        "en": "Value of one more CNY 10k of budget, by pool and year",
        "zh": "分资金池、分年度每增加一万元预算的边际价值",
    },
    "marginals.note": {
        "en": "From the linear programme with whole-number decisions fixed at the plan.",
        "zh": "在整数决策固定于本方案时由线性规划计算。",
    },
    # charts
    "chart.load_ratio": {"en": "Load ratio by level", "zh": "分层级人均负荷比"},
    "chart.load_ratio.sub": {
        "en": "status quo, final plan year (nominal and effective) and target",
        "zh": "现状、规划末年(名义与有效)与标准",
    },
    "chart.load_ratio.axis": {"en": "load ratio", "zh": "人均负荷比"},
    "chart.plan_nominal": {"en": "plan, final year (nominal)", "zh": "规划末年(名义)"},
    "chart.plan_effective": {"en": "plan, final year (effective)", "zh": "规划末年(有效)"},
    "chart.headcount": {"en": "Headcount change by level", "zh": "分层级人员变化"},
    "chart.headcount.sub": {"en": "final plan year against the status quo", "zh": "规划末年相对现状"},
    "chart.cost": {"en": "Cost by line and budget cap", "zh": "分科目支出与预算上限"},
    "chart.top_offices": {"en": "Offices furthest above the load-ratio target",
                          "zh": "人均负荷比超出标准最多的机构"},
    "chart.top_offices.sub": {"en": "effective load ratio (held to the target) in the final plan year",
                              "zh": "规划末年有效人均负荷比(据此考核标准)"},
    "chart.series": {"en": "series", "zh": "系列"},
    "chart.measure": {"en": "measure", "zh": "指标"},
    "chart.line": {"en": "cost line", "zh": "支出科目"},
    "chart.value": {"en": "value", "zh": "数值"},
    "chart.ratio_to_target": {"en": "times the target", "zh": "为标准的倍数"},
    "chart.no_data": {"en": "no office above its target", "zh": "没有机构超出标准"},
    # progress
    "progress.read": {"en": "reading", "zh": "读取"},
    "progress.build": {"en": "building the model", "zh": "建立模型"},
    "progress.solve": {"en": "solving", "zh": "求解"},
    "progress.solved": {"en": "solved", "zh": "求解完成"},
    "progress.marginals": {"en": "computing marginal values", "zh": "计算边际价值"},
    "progress.write": {"en": "writing the report", "zh": "写出报告"},
    "progress.done": {"en": "done", "zh": "完成"},
    "progress.stage.obj_cost": {"en": "least cost", "zh": "成本最低"},
    "progress.stage.obj_unmet": {"en": "least unmet workload", "zh": "未满足业务量最小"},
    "progress.stage.obj_share": {"en": "smallest largest unmet share", "zh": "最大未满足比例最小"},
}


def text(key: str, lang: Lang) -> str:
    """Return the report text ``key`` in ``lang`` (KeyError for an unknown key)."""
    return TEXT[key][lang]


def status_text(status: object, lang: Lang) -> str:
    """Return the solve status in words in ``lang`` (the status itself when it has no text)."""
    key = f"status.{status}"
    return TEXT[key][lang] if key in TEXT else str(status)


def localized_messages(messages: Sequence[str], messages_zh: Sequence[str], lang: Lang) -> tuple[str, ...]:
    """Return the result's messages in ``lang``: ``messages_zh`` under ``zh``, else ``messages``.

    ``messages_zh`` is one for one with ``messages``; should a Chinese message be missing (an
    older result), the English one stands in for it, so no message is ever dropped.
    """
    if lang != "zh":
        return tuple(messages)
    return tuple(messages_zh[i] if i < len(messages_zh) and messages_zh[i] else en
                 for i, en in enumerate(messages))


def report_sheet_names() -> set[str]:
    """Every report sheet name, both languages (none of them is an input sheet name)."""
    return {v for k, v2 in TEXT.items() if k.startswith("sheet.") for v in v2.values()}


def _check_no_clash() -> None:
    inputs = {s.en for s in SHEETS} | {s.zh for s in SHEETS}
    clash = report_sheet_names() & inputs
    if clash:  # pragma: no cover - a programming error caught at import
        raise AssertionError(f"report sheet names clash with input sheets: {clash}")


_check_no_clash()
