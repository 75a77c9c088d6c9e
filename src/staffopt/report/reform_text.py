"""Texts of the headline, price, briefing, provenance and diff features, in English and Chinese.

One dict keyed by text key, each with ``en`` and ``zh`` (to be folded into the project's text
catalog). :func:`t` formats a text with keyword arguments.
"""

from __future__ import annotations

from staffopt.schema import Lang

#: key -> {"en": ..., "zh": ...}
TEXT: dict[str, dict[str, str]] = {
    # --- headline ----------------------------------------------------------------------
    "headline.title": {"en": "Headline", "zh": "核心结论"},
    "headline.status": {"en": "status", "zh": "状态"},
    "headline.cost_total": {"en": "total cost {years}", "zh": "{years}总成本"},
    "headline.cost_discounted": {"en": "discounted", "zh": "折现值"},
    "headline.cost_discounted.long": {"en": "discounted to {base}", "zh": "折现至 {base} 年"},
    "headline.standards_met": {"en": "every standard met", "zh": "各项标准均达到"},
    "headline.unmet": {"en": "unmet workload {years}", "zh": "{years}未满足业务量"},
    "headline.cost_per_person_time": {"en": "cost per person-time served",
                                      "zh": "每服务人次成本"},
    "headline.penalty": {"en": "penalty on unmet workload (discounted; in the objective only, not money)",
                         "zh": "未满足业务量惩罚(折现；仅计入目标函数，并非实际支出)"},
    "headline.penalty.short": {"en": "penalty on unmet workload (not money)",
                               "zh": "未满足业务量惩罚(非实际支出)"},
    "headline.objective": {"en": "solver objective", "zh": "求解目标函数值"},
    "headline.years": {"en": "{first}–{last}", "zh": "{first}—{last}年"},
    "headline.year": {"en": "{first}", "zh": "{first}年"},
    "headline.yes": {"en": "yes", "zh": "是"},
    "headline.no": {"en": "no", "zh": "否"},
    "headline.not_met": {"en": "standard not met: {cause}", "zh": "未达标准：{cause}"},
    "headline.all_met": {"en": "every standard met", "zh": "各项标准均达到"},
    "cause.budget": {"en": "budget binds", "zh": "预算约束起作用"},
    "cause.limits": {"en": "posts, hiring or contract-staff limits bind (the budget has room)",
                     "zh": "编制、招录或编外人员限制起作用(预算尚有余地)"},
    "cause.penalty": {"en": "unmet.penalty is below the cost of serving the workload",
                      "zh": "unmet.penalty 低于满足该业务量的成本"},
    "cause.time_limit": {"en": "the solver stopped at the time limit",
                         "zh": "求解器在时间上限处停止"},
    "unit.money": {"en": "CNY 10k", "zh": "万元"},
    "unit.yuan_per_person_time": {"en": "yuan per person-time", "zh": "元/人次"},
    "unit.person_times": {"en": "person-times", "zh": "人次"},
    # --- provenance --------------------------------------------------------------------
    "prov.title": {"en": "Provenance", "zh": "来源信息"},
    "prov.staffopt_version": {"en": "staffopt version", "zh": "staffopt 版本"},
    "prov.highs_version": {"en": "HiGHS version", "zh": "HiGHS 版本"},
    "prov.input": {"en": "input file", "zh": "输入文件"},
    "prov.input_sha256": {"en": "input SHA-256", "zh": "输入文件 SHA-256"},
    "prov.command_line": {"en": "command line", "zh": "命令行"},
    "prov.time": {"en": "time of the run", "zh": "运行时间"},
    "prov.python_version": {"en": "Python version", "zh": "Python 版本"},
    "prov.in_memory": {"en": "(built in memory)", "zh": "(内存中生成)"},
    # --- diff ---------------------------------------------------------------------------
    "diff.none": {"en": "(none)", "zh": "(无)"},
    "diff.identical": {"en": "the two runs do not differ in inputs, settings or headline",
                       "zh": "两次运行的输入、参数和核心结论均相同"},
    "diff.inputs": {"en": "inputs and provenance", "zh": "输入与来源信息"},
    "diff.settings": {"en": "settings", "zh": "参数"},
    "diff.headline": {"en": "headline", "zh": "核心结论"},
    "diff.provenance": {"en": "provenance", "zh": "来源信息"},
    "diff.same": {"en": "the same", "zh": "相同"},
    "diff.count": {"en": "{n} differ (A → B)", "zh": "{n} 项不同(A → B)"},
    "diff.missing": {"en": "note: one of the folders does not record its {what} "
                           "(written by an older staffopt)",
                     "zh": "注意：其中一个文件夹未记录{what}(由较早版本的 staffopt 写出)"},
    "diff.scenario": {"en": "scenario", "zh": "情景"},
    "diff.cost_total": {"en": "total cost over the plan years", "zh": "规划期总成本"},
    "diff.cost_discounted": {"en": "total cost, discounted", "zh": "总成本折现值"},
    "diff.unmet": {"en": "unmet workload over the plan years", "zh": "规划期未满足业务量"},
}


def t(key: str, lang: Lang, **fmt: object) -> str:
    """Return text ``key`` in ``lang``, formatted with ``fmt`` (KeyError for an unknown key)."""
    value = TEXT[key][lang]
    return value.format(**fmt) if fmt else value
