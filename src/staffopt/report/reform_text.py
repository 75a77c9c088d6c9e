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
    # --- marginal-values sheet ---------------------------------------------------------
    "marginals.none": {"en": "none: every value is 0", "zh": "无：各项均为 0"},
    "marginals.omitted": {"en": "{n} value(s) of 0 not listed (the budget or workload does not bind there)",
                          "zh": "另有 {n} 项为 0，未列出(该处预算或业务量约束不起作用)"},
    "marginals.budget_value": {"en": "objective saved per extra CNY 10k of budget (CNY 10k per CNY 10k)",
                               "zh": "每增加一万元预算可节约的目标函数值(万元/万元)"},
    "marginals.workload_value": {"en": "cost of one more person-time (yuan per person-time)",
                                 "zh": "每增加一人次业务量的成本(元/人次)"},
    # --- frontier ---------------------------------------------------------------------
    "frontier.no_plan.infeasible": {"en": "infeasible", "zh": "无可行方案"},
    "frontier.no_plan.error": {"en": "no plan (solver error)", "zh": "无方案(求解出错)"},
    "frontier.no_plan.time_limit": {"en": "no plan within the time limit", "zh": "时间上限内未找到方案"},
    "frontier.met_budget": {"en": "every standard met; the budget binds",
                            "zh": "各项标准均达到；预算约束起作用"},
    "frontier.met_slack": {"en": "every standard met; the budget does not bind",
                           "zh": "各项标准均达到；预算约束不起作用"},
    "frontier.flat": {
        "en": "steps {first}–{last} ({key} {low} to {high}): the same cost and unmet workload; {why}",
        "zh": "第 {first}—{last} 步({key} 自 {low} 至 {high})：总成本与未满足业务量不变；{why}"},
    "frontier.flat.met_slack": {
        "en": "every standard is met and the budget does not bind, so a larger {key} changes nothing",
        "zh": "各项标准均已达到且预算约束不起作用，{key} 再大也不改变方案"},
    "frontier.flat.met_budget": {
        "en": "every standard is met and the budget binds, yet the plan does not change along {key}",
        "zh": "各项标准均已达到、预算约束起作用，但方案不随 {key} 变化"},
    "frontier.flat.budget": {
        "en": "workload is left unmet and the budget binds; {key} does not move the binding caps",
        "zh": "仍有未满足业务量且预算约束起作用；{key} 未改变起作用的预算上限"},
    "frontier.flat.limits": {
        "en": "workload is left unmet while the budget has room: posts, hiring or contract-staff limits "
              "bind, not {key}",
        "zh": "预算尚有余地但仍有未满足业务量：起作用的是编制、招录或编外人员限制，而非 {key}"},
    "frontier.flat.penalty": {
        "en": "unmet.penalty is below the cost of serving the workload; {key} does not change that",
        "zh": "unmet.penalty 低于满足业务量的成本；{key} 不改变这一点"},
    "frontier.flat.time_limit": {
        "en": "the solver stopped at the time limit at these steps; raise --time-limit",
        "zh": "这些步骤求解在时间上限处停止；请提高 --time-limit"},
    "frontier.per.pp": {"en": "per percentage point of {key}", "zh": "{key} 每个百分点"},
    "frontier.per.thousand": {"en": "per 1,000 {unit} of {key}", "zh": "{key} 每 1,000 {unit}"},
    "frontier.per.unit": {"en": "per {unit} of {key}", "zh": "{key} 每 {unit}"},
    "marginal.cost": {"en": "marginal cost", "zh": "边际成本"},
    "marginal.unmet": {"en": "marginal change in unmet workload", "zh": "未满足业务量边际变化"},
    "compare.chart.load_ratio": {"en": "Effective load ratio by level, final plan year",
                                 "zh": "规划末年分层级有效人均负荷比"},
    "compare.chart.load_ratio.sub": {"en": "bars: each scenario; black tick: its standard",
                                     "zh": "柱：各情景；黑色短线：该情景的标准"},
    "frontier.reused": {"en": "{n} of {total} steps reused a known plan instead of being solved again",
                        "zh": "{total} 步中有 {n} 步沿用已知方案，未重新求解"},
    # --- briefing ---------------------------------------------------------------------
    "unit.ratio": {"en": "person-times per staff member", "zh": "人次/人"},
    "brief.title": {"en": "Briefing: staffing and budget plan {years}",
                    "zh": "简报：{years}人员编制与经费规划"},
    "brief.compare_title": {"en": "Briefing: reform scenarios compared, {years}",
                            "zh": "简报：改革情景对比({years})"},
    "brief.subtitle": {"en": "Scenario: {scenario}. Budget: {regime}. Money in 万元 (CNY 10k) unless stated.",
                       "zh": "情景：{scenario}。预算体制：{regime}。除注明外金额单位为万元。"},
    "brief.base_settings": {"en": "the workbook's own settings", "zh": "工作簿自身参数"},
    "brief.h.headline": {"en": "In brief", "zh": "核心结论"},
    "brief.h.key_table": {"en": "Key figures", "zh": "主要指标"},
    "brief.h.charts": {"en": "Charts", "zh": "图表"},
    "brief.h.warnings": {"en": "Warnings and messages", "zh": "警告与提示"},
    "brief.h.marginals": {"en": "What the marginal values mean", "zh": "边际价值的含义"},
    "brief.no_plan": {"en": "No plan: {status}. The reasons are listed under warnings and messages.",
                      "zh": "无方案：{status}。原因见“警告与提示”。"},
    "brief.cost": {"en": "Over {years} the plan costs {cost} 万元 (CNY 10k) in all — {disc} 万元 "
                         "discounted to {base} — or {yuan} yuan per person-time served",
                   "zh": "{years}方案总成本 {cost} 万元(折现至 {base} 年为 {disc} 万元)，"
                         "每服务人次成本 {yuan} 元"},
    "brief.met": {"en": ", and every load-ratio standard is met.", "zh": "，各项人均负荷比标准均达到。"},
    "brief.not_met": {"en": ". It leaves {unmet} person-times of workload unmet ({share} of the "
                            "workload), so "
                            "not every load-ratio standard is met: {cause}.",
                      "zh": "。方案仍有 {unmet} 人次业务量未满足(占业务量的 {share})，"
                            "未能全部达到人均负荷比标准："
                            "{cause}。"},
    "brief.staff": {"en": "In {final} the plan has {posts} posts, {staff} established and {contract} "
                          "contract staff, "
                          "against {posts0}, {staff0} and {contract0} in {base} (status quo).",
                    "zh": "{final}年方案共有编制 {posts} 个、在编人员 {staff} 人、编外人员 {contract} 人；"
                          "现状({base}年)分别为 {posts0} 个、{staff0} 人、{contract0} 人。"},
    "brief.budget": {"en": "Budget: {regime}; the highest use of any pool in any plan year is {use}, and the "
                           "budget binds in {n} pool-year(s).",
                     "zh": "预算：{regime}；各资金池各年度最高使用率为 {use}，"
                           "预算约束在 {n} 个资金池·年度起作用。"},
    "brief.budget_none": {"en": "Budget: {regime}.", "zh": "预算：{regime}。"},
    "brief.col.figure": {"en": "figure", "zh": "指标"},
    "brief.col.value": {"en": "value", "zh": "数值"},
    "brief.col.unit": {"en": "unit", "zh": "单位"},
    "brief.col.item": {"en": "item", "zh": "项目"},
    "brief.col.level": {"en": "level", "zh": "层级"},
    "brief.col.scenario": {"en": "scenario", "zh": "情景"},
    "brief.col.ratio_base": {"en": "load ratio, status quo ({unit})", "zh": "现状人均负荷比({unit})"},
    "brief.col.ratio_nominal": {"en": "load ratio, final year, nominal ({unit})",
                                "zh": "规划末年名义人均负荷比({unit})"},
    "brief.col.ratio_effective": {"en": "load ratio, final year, effective ({unit})",
                                  "zh": "规划末年有效人均负荷比({unit})"},
    "brief.col.target": {"en": "standard ({unit})", "zh": "标准({unit})"},
    "brief.col.unmet": {"en": "unmet workload, plan years ({unit})", "zh": "规划期未满足业务量({unit})"},
    "brief.col.cost": {"en": "total cost, plan years ({unit})", "zh": "规划期总成本({unit})"},
    "brief.col.disc": {"en": "discounted ({unit})", "zh": "折现值({unit})"},
    "brief.col.per": {"en": "cost per person-time served ({unit})", "zh": "每服务人次成本({unit})"},
    "brief.ratio_note": {
        "en": "The nominal load ratio is workload per staff member; the effective one counts online service "
              "and training, and is the one held to the standard.",
        "zh": "名义人均负荷比为人均业务量；有效人均负荷比计入线上办理和培训的作用，标准据此考核。"},
    "brief.no_warnings": {"en": "None: the plan reached the requested precision and meets every standard.",
                          "zh": "无：方案达到要求的精度并满足全部标准。"},
    "brief.marginal.what": {
        "en": "Marginal values come from the linear programme with the whole-number decisions (posts, staff) "
              "fixed at this plan: they say what a small change would cost or save near this plan, not "
              "what a "
              "large reform would.",
        "zh": "边际价值由将编制、人员等整数决策固定于本方案后的线性规划求得："
              "表示在本方案附近的小幅变化带来的成本或节约，"
              "不代表大幅改革的效果。"},
    "brief.marginal.level": {"en": "{yuan} yuan at {level} level", "zh": "{level} {yuan} 元"},
    "brief.marginal.workload": {"en": "One more person-time of workload in {year} would cost about {parts}.",
                                "zh": "{year}年每增加一人次业务量的成本约为：{parts}。"},
    "brief.marginal.no_budget": {"en": "There is no budget limit in this run, so money has no marginal "
                                       "value.",
                                 "zh": "本次运行不设预算约束，资金没有边际价值。"},
    "brief.marginal.slack": {"en": "The budget does not bind in any pool-year: more money would not "
                                   "change the "
                                   "plan.",
                             "zh": "预算约束在所有资金池·年度均不起作用：增加资金不会改变方案。"},
    "brief.marginal.budget": {
        "en": "The budget binds in {n} pool-year(s); there one more 万元 would lower the objective by up to "
              "{value} 万元 (pool {pool}, {year}).",
        "zh": "预算约束在 {n} 个资金池·年度起作用；其中每增加 1 万元预算，目标函数最多可降低 {value} 万元"
              "(资金池 {pool}，{year}年)。"},
    "brief.marginal.above_one": {
        "en": "A value above 1 means the extra money would serve workload that is now unmet (each unmet "
              "person-time carries a penalty in the objective), not only pay for itself.",
        "zh": "边际价值大于 1 表示新增资金可用于满足目前未满足的业务量"
              "(每人次未满足业务量在目标函数中计入惩罚)，"
              "而不仅是抵偿自身。"},
    "brief.cheapest": {"en": "Cheapest scenario that meets every standard: {name}, {cost} 万元 over the "
                             "plan years.",
                       "zh": "满足全部标准的情景中成本最低的是：{name}，规划期总成本 {cost} 万元。"},
    "brief.none_meets": {"en": "No scenario meets every standard.", "zh": "没有情景能满足全部标准。"},
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


def t(name: str, lang: Lang, /, **fmt: object) -> str:
    """Return text ``name`` in ``lang``, formatted with ``fmt`` (KeyError for an unknown name)."""
    value = TEXT[name][lang]
    return value.format(**fmt) if fmt else value


#: Chinese names of the built-in presets (an English report shows the preset's own name).
SCENARIO_ZH: dict[str, str] = {
    "status_quo": "现状(财政预算制、编制冻结)",
    "dynamic_posts": "编制动态调整",
    "fund_1pct": "基金预算制 1%",
    "fund_austria": "基金预算制 1.9%(奥地利)",
    "fund_korea": "基金预算制 3.6%(韩国)",
    "ratio_xinjiang": "负荷比 7000:1(乌鲁木齐、克拉玛依)",
    "ratio_beijing": "负荷比 5000:1(北京区县)",
    "ratio_chengdu": "成都标准(市级 10000:1、区县 4000:1)",
    "henan_standard": "河南县级分档编制标准",
    "pro_share_2011": "专业技术人员占比恢复至 34%(2011年)",
    "shared_platform": "省级共享数字平台",
    "office_it": "各机构自建信息系统",
    "new_employment": "新就业形态人员参保",
    "reform_package": "四项改革组合",
}

#: Short Chinese names of the parameters a what-if run varies, prices or compares.
PARAMETER_ZH: dict[str, str] = {
    "horizon": "规划年数", "discount_rate": "贴现率", "objective": "优化目标",
    "target.provincial": "省级人均负荷比标准", "target.municipal": "地(市)级人均负荷比标准",
    "target.county": "县(区)级人均负荷比标准", "target.reach_year": "达标年份",
    "posts.step": "编制年调整幅度", "staff.attrition": "在编人员年自然减员比例",
    "staff.hire_rate": "在编人员年招录比例", "staff.hire_min": "每年最少招录人数",
    "contract.no_new": "编外人员不得增加", "contract.max_share_final": "规划末年编外人员占比上限",
    "contract.effective_worth": "编外人员相对产出(仅用于有效负荷比)", "pro.share_min": "专业技术人员最低比例",
    "pro.premium": "专业技术岗位额外经费", "training.enabled": "考虑培训",
    "training.max_hours": "人均最高培训学时", "training.productivity": "培训学时的服务能力",
    "digital.enabled": "考虑数字化", "digital.yield": "数字化资本线上办理能力",
    "platform.enabled": "允许省级共享平台", "platform.build_cost": "共享平台建设成本",
    "budget.regime": "预算体制", "budget.growth": "财政拨款年增长率",
    "budget.fund_share": "基金支出占比上限", "budget.pool": "基金资金池", "fund.growth": "基金支出年增长率",
    "workload.growth_extra": "额外业务量增长率",
    "unmet.penalty": "未满足业务量惩罚", "standard.rule": "编制标准规则", "standard.mode": "编制标准用法",
}


def scenario_label(name: str, lang: Lang) -> str:
    """A scenario's name as a report in ``lang`` shows it: the Chinese name of a preset under ``zh``."""
    return SCENARIO_ZH.get(name, name) if lang == "zh" else name


def parameter_label(key: str, lang: Lang) -> str:
    """``budget.fund_share`` in English; ``基金支出占比上限(budget.fund_share)`` in Chinese."""
    if lang == "zh" and key in PARAMETER_ZH:
        return f"{PARAMETER_ZH[key]}({key})"
    return key
