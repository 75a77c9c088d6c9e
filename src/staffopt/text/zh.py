"""Chinese texts of staffopt (see :mod:`staffopt.text`): key → template, one for one with ``en.py``."""


TEXTS: dict[str, str] = {
    # --- units
    "unit.money": "万元",
    "unit.money_per_year": "万元/年",
    "unit.money_per_person_year": "万元/人·年",
    "unit.person_times": "人次/年",
    "unit.person_times_total": "人次",
    "unit.persons": "人",
    "unit.persons_per_year": "人/年",
    "unit.fraction": "比例(0-1)",
    "unit.fraction_per_year": "比例/年",
    "unit.ratio": "人次/人",
    "unit.hours": "学时/年",
    "unit.hours_per_person": "学时/人·年",
    "unit.money_per_hour": "万元/学时",
    "unit.staff_per_hour": "人当量/学时",
    "unit.staff_per_contract": "人当量/编外人员",
    "unit.yield": "人次/年·万元数字化资本",
    "unit.money_per_person_time": "万元/人次",
    "unit.year": "年",
    "unit.years": "年",
    "unit.seconds": "秒",
    "unit.person_times_per_insured": "人次/参保人",
    "unit.objective_per_money": "目标值万元/万元",
    "unit.money_per_person": "万元/人",
    "unit.yuan_per_person_time": "元/人次",
    "unit.money_per_thousand_person_times": "万元/千人次",
    # --- levels
    "level.provincial": "省级",
    "level.municipal": "地(市)级",
    "level.county": "县(区)级",
    "level.all": "全部",
    # --- input sheets and columns (headers, header notes, docs/input.md)
    "input.offices": "机构",
    "input.offices.help": "每个经办机构一行：基期数据。",
    "input.offices.office_id": "机构编号",
    "input.offices.office_id.help": "机构唯一编号。",
    "input.offices.name": "机构名称",
    "input.offices.name.help": "机构名称。",
    "input.offices.level": "层级",
    "input.offices.level.help": "省级、地(市)级或县(区)级。",
    "input.offices.parent_id": "上级机构编号",
    "input.offices.parent_id.help": "上级机构编号(地市级→省级，县区级→地市级)；省级为空。",
    "input.offices.regions": "区域标签",
    "input.offices.regions.help": "区域标签，以逗号分隔，如 长三角。",
    "input.offices.workload": "参保人次",
    "input.offices.workload.help": "基期服务参保人次。",
    "input.offices.workload_growth": "参保人次增长率",
    "input.offices.workload_growth.help": "参保人次年增长率(未在分年参保人次表中给出时使用)。",
    "input.offices.posts": "编制数",
    "input.offices.posts.help": "基期核定编制数。",
    "input.offices.actual_staff": "实有人数",
    "input.offices.actual_staff.help": "基期实有人数(含在编与编外)。",
    "input.offices.contract_staff": "编外人员",
    "input.offices.contract_staff.help": "编外人员数；为空时取 实有人数−编制数(为正时)。",
    "input.offices.professional_staff": "专业技术人员",
    "input.offices.professional_staff.help": "在编人员中的专业技术人员数。",
    "input.offices.cost_staff": "在编人员人均经费",
    "input.offices.cost_staff.help": "在编人员人均年度人员经费。",
    "input.offices.cost_contract": "编外人员人均经费",
    "input.offices.cost_contract.help": "编外人员人均年度人员经费。",
    "input.offices.digital_capital": "数字化资本",
    "input.offices.digital_capital.help": "基期数字化资本存量(信息系统)。",
    "input.offices.manual_floor": "人工服务下限",
    "input.offices.manual_floor.help": "必须保留人工办理的业务比例(数字鸿沟)。",
    "input.offices.appropriation": "同级财政拨款",
    "input.offices.appropriation.help": "基期同级财政拨款(财政预算制下的支出上限)。",
    "input.offices.overhead": "固定运行支出",
    "input.offices.overhead.help": "每年固定运行支出(其他支出)。",
    "input.offices.fund_spending": "社保基金支出",
    "input.offices.fund_spending.help": "本机构辖区基期社会保险基金支出(基金预算制上限基数)。",
    "input.offices.min_staff": "最低人员数",
    "input.offices.min_staff.help": "机构最低人员数(在编+编外)；为空时取所属层级参数。",
    "input.offices.post_step": "编制年调整上限",
    "input.offices.post_step.help": "本机构编制年调整幅度上限；为空时取参数 posts.step。",
    "input.offices.goods_services": "固定商品和服务支出",
    "input.offices.goods_services.help": (
        "方案不改变的商品和服务支出(办公运行：房租、水电、印刷、差旅、委托业务等)，每年；信息系统运行费"
        "和培训费另行计算。"
    ),
    "input.offices.capital": "基本建设支出",
    "input.offices.capital.help": (
        "每年基本建设支出(办公用房、服务大厅等，不含信息化投入)；每年计入基本建设支出科目。"
    ),
    "input.offices.contract_cap": "编外人员控制数",
    "input.offices.contract_cap.help": "本机构编外人员控制数；为空时取基期编外人员数。",
    "input.parameters": "参数",
    "input.parameters.help": "模型参数；缺省的参数取默认值。",
    "input.parameters.key": "参数",
    "input.parameters.key.help": "参数键。",
    "input.parameters.value": "取值",
    "input.parameters.value.help": "取值。",
    "input.parameters.unit": "单位",
    "input.parameters.unit.help": "单位(仅供参考)。",
    "input.parameters.description": "说明",
    "input.parameters.description.help": "含义(仅供参考)。",
    "input.workload_by_year": "分年参保人次",
    "input.workload_by_year.help": "可选：各机构分年参保人次。",
    "input.workload_by_year.office_id": "机构编号",
    "input.workload_by_year.office_id.help": "机构编号。",
    "input.workload_by_year.year": "年份",
    "input.workload_by_year.year.help": "规划年份。",
    "input.workload_by_year.workload": "参保人次",
    "input.workload_by_year.workload.help": "当年服务参保人次(优先于增长率)。",
    "input.budget_by_year": "分年财政拨款",
    "input.budget_by_year.help": "可选：各机构分年同级财政拨款。",
    "input.budget_by_year.office_id": "机构编号",
    "input.budget_by_year.office_id.help": "机构编号。",
    "input.budget_by_year.year": "年份",
    "input.budget_by_year.year.help": "规划年份。",
    "input.budget_by_year.appropriation": "同级财政拨款",
    "input.budget_by_year.appropriation.help": "当年同级财政拨款(优先于 budget.growth)。",
    "input.scenarios": "情景",
    "input.scenarios.help": "可选：情景设置，每行一个参数覆盖。",
    "input.scenarios.scenario": "情景",
    "input.scenarios.scenario.help": "情景名称。",
    "input.scenarios.key": "参数",
    "input.scenarios.key.help": "参数键，与参数表一致。",
    "input.scenarios.value": "取值",
    "input.scenarios.value.help": "该情景下的取值。",
    "input.scenarios.note": "说明",
    "input.scenarios.note.help": "备注。",
    "input.sources": "数据来源",
    "input.sources.help": "数据来源(仅供参考，不读取)。",
    "input.sources.item": "项目",
    "input.sources.item.help": "数据项。",
    "input.sources.source": "来源",
    "input.sources.source.help": "数据来源。",
    "input.locks": "锁定",
    "input.locks.help": "可选：锁定某机构某规划年份的编制数、在编人员或编外人员(固定值或上下限)。",
    "input.locks.office_id": "机构编号",
    "input.locks.office_id.help": "机构编号。",
    "input.locks.year": "年份",
    "input.locks.year.help": "锁定的规划年份。",
    "input.locks.what": "锁定对象",
    "input.locks.what.help": "锁定对象：编制(posts)、在编人员(staff)或编外人员(contract)。",
    "input.locks.min": "下限",
    "input.locks.min.help": "当年最小值；下限＝上限即为固定值(如编办核定的编制数)。",
    "input.locks.max": "上限",
    "input.locks.max.help": "当年最大值；下限、上限至少填一个。",
    "input.locks.note": "说明",
    "input.locks.note.help": "锁定依据(如批复文号)。",
    "input.targets": "负荷比标准",
    "input.targets.help": (
        "可选：分省份或区域、分层级的人均负荷比标准(文献002：各省在国家分区域区间内核定标准)。优先顺序"
        "：省份行，其次区域行(机构带多个标签时取最低标准)，再次参数 target.<层级>。"
    ),
    "input.targets.area": "省份或区域",
    "input.targets.area.help": "省级机构编号(适用于该省全部机构)或机构表中的区域标签(适用于带该标签的机构)。",
    "input.targets.level": "层级",
    "input.targets.level.help": "标准适用的机构层级。",
    "input.targets.target": "负荷比标准",
    "input.targets.target.help": "这些机构的人均负荷比标准；优先于层级参数 target.<层级>。",
    "input.targets.reach_year": "达标年份",
    "input.targets.reach_year.help": (
        "达到该标准的年份(含义同 target.reach_year)；为空时取参数 target.reach_year。"
    ),
    # --- parameters (meaning; the key itself is the label)
    "param.base_year.help": "基期年份 t0：机构表中为该年实际数据。",
    "param.horizon.help": "基期之后的规划年数。",
    "param.horizon.label": "规划年数(horizon)",
    "param.discount_rate.help": "成本目标的贴现率。",
    "param.discount_rate.label": "贴现率(discount_rate)",
    "param.objective.help": (
        "cost：满足负荷标准的最低成本；service：预算内未满足业务量最小，再求成本最低；equity：最大未满足"
        "比例最小，再求总未满足量，再求成本。"
    ),
    "param.objective.label": "优化目标(objective)",
    "param.target.provincial.help": "省级机构人均负荷比标准。",
    "param.target.provincial.label": "省级人均负荷比标准(target.provincial)",
    "param.target.municipal.help": "地(市)级机构人均负荷比标准。",
    "param.target.municipal.label": "地(市)级人均负荷比标准(target.municipal)",
    "param.target.county.help": "县(区)级机构人均负荷比标准。",
    "param.target.county.label": "县(区)级人均负荷比标准(target.county)",
    "param.target.reach_year.help": "达到负荷比标准的年份，自基期比值线性过渡；0 表示自第一个规划年起执行。",
    "param.target.reach_year.label": "达标年份(target.reach_year)",
    "param.posts.step.help": "每个机构每年编制调整幅度上限(0 表示编制冻结，即现状)。",
    "param.posts.step.label": "编制年调整幅度(posts.step)",
    "param.staff.attrition.help": "在编人员年自然减员比例(退休、调出)。",
    "param.staff.attrition.label": "在编人员年自然减员比例(staff.attrition)",
    "param.staff.hire_rate.help": "每年最多招录在编人员数占基期在编人员的比例。",
    "param.staff.hire_rate.label": "在编人员年招录比例(staff.hire_rate)",
    "param.staff.hire_min.help": "每机构每年招录上限不低于此数。",
    "param.staff.hire_min.label": "每年最少招录人数(staff.hire_min)",
    "param.staff.min.provincial.help": "省级机构最低人员数。",
    "param.staff.min.municipal.help": "地(市)级机构最低人员数。",
    "param.staff.min.county.help": "县(区)级机构最低人员数。",
    "param.contract.no_new.help": "true：编外人员不得逐年增加。",
    "param.contract.no_new.label": "编外人员不得增加(contract.no_new)",
    "param.contract.max_share_final.help": "规划末年编外人员占比上限(规范化)。",
    "param.contract.max_share_final.label": "规划末年编外人员占比上限(contract.max_share_final)",
    "param.contract.allow_share_rise.help": (
        "true：允许方案使机构编外人员占比高于基期(方案将给出警告)；false 时各机构不得高于基期占比。"
    ),
    "param.contract.conversion_enabled.help": "true：允许将基期编外人员转入空余编制(转编/定向招录)。",
    "param.contract.conversion_cost.help": (
        "每名编外人员转入编制的一次性成本(招录程序与入职培训；计入商品和服务支出)。"
    ),
    "param.contract.effective_worth.help": (
        "编外人员折合在编人员的当量，仅用于有效人均负荷比(报告指标；负荷比标准按实有人数计)。原参数名 c"
        "ontract.productivity。"
    ),
    "param.contract.effective_worth.label": "编外人员相对产出(仅用于有效负荷比)(contract.effective_worth)",
    "param.pro.share_min.help": "专业技术人员占全部人员的最低比例，在过渡期末达到。",
    "param.pro.share_min.label": "专业技术人员最低比例(pro.share_min)",
    "param.pro.phase_years.help": "专业技术人员比例提升到 pro.share_min 的过渡年数。",
    "param.pro.premium.help": "专业技术岗位人均年度额外经费。",
    "param.pro.premium.label": "专业技术岗位额外经费(pro.premium)",
    "param.training.enabled.help": "false 表示完全不考虑培训。",
    "param.training.enabled.label": "考虑培训(training.enabled)",
    "param.training.min_hours.help": "人均最低培训学时。",
    "param.training.max_hours.help": "人均最高培训学时。",
    "param.training.max_hours.label": "人均最高培训学时(training.max_hours)",
    "param.training.cost_per_hour.help": "每学时培训成本。",
    "param.training.productivity.help": "每培训学时带来的服务能力(人当量)。",
    "param.training.productivity.label": "培训学时的服务能力(training.productivity)",
    "param.digital.enabled.help": (
        "false：不提供线上服务、不进行信息化投入、不建新平台；现有信息系统和平台仍计运行费。"
    ),
    "param.digital.enabled.label": "考虑数字化(digital.enabled)",
    "param.digital.depreciation.help": "数字化资本年折旧率(假设：信息化软硬件使用寿命 5 年)。",
    "param.digital.yield.help": (
        "每万元数字化资本每年可线上办理的参保人次(金保工程一期 80.1 亿元对应 2021 年业务量的 67% 线上办"
        "理；文献002、001；见 data/README.md)。"
    ),
    "param.digital.yield.label": "数字化资本线上办理能力(digital.yield)",
    "param.digital.running_rate.help": (
        "信息系统运行维护费(商品和服务支出)占数字化资本存量的比例(假设：每年为资本的 10%)。"
    ),
    "param.digital.ramp.help": "线上办理比例自基期起每年最多提高的幅度(荷兰两年内由 20% 升至 67%，文献001)。",
    "param.platform.enabled.help": "false：不允许建设省级共享数字平台。",
    "param.platform.enabled.label": "允许省级共享平台(platform.enabled)",
    "param.platform.build_cost.help": (
        "省级共享平台一次性建设成本(基本建设支出，首年；金保工程一期 80.1 亿元建 288 个数据中心，文献00"
        "2)。"
    ),
    "param.platform.build_cost.label": "共享平台建设成本(platform.build_cost)",
    "param.platform.running_cost.help": "共享平台年运行成本(约每个数据中心每年340万元，见文献002)。",
    "param.platform.share.help": (
        "省级平台可为各机构线上办理的业务比例(取 2021 年线上比例：荷兰推行线上服务前的 20%，文献001)。"
    ),
    "param.platform.existing.help": (
        "true：各省基期已运行省级共享平台(不再计建设费，每年计运行费；文献002：信息系统省级集中基本实现"
        ")。"
    ),
    "param.budget.regime.help": (
        "fiscal：各机构不超过同级财政拨款(现行)；fund：各资金池不超过基金支出的一定比例(改革)；"
        "none：不设预算约束。"
    ),
    "param.budget.regime.label": "预算体制(budget.regime)",
    "param.budget.growth.help": "未在分年预算表中给出时，财政拨款的年增长率。",
    "param.budget.growth.label": "财政拨款年增长率(budget.growth)",
    "param.budget.fund_share.help": "基金预算制：经办成本上限占基金支出的比例(1%；奥地利1.9%；韩国3.6%)。",
    "param.budget.fund_share.label": "基金支出占比上限(budget.fund_share)",
    "param.budget.pool.help": "基金预算制资金池：全部机构一个池，或每省一个池。",
    "param.budget.pool.label": "基金资金池(budget.pool)",
    "param.fund.growth.help": "社保基金支出年增长率。",
    "param.fund.growth.label": "基金支出年增长率(fund.growth)",
    "param.workload.growth_extra.help": "所有机构额外的参保人次增长率(如新就业形态人员参保)。",
    "param.workload.growth_extra.label": "额外业务量增长率(workload.growth_extra)",
    "param.unmet.penalty.help": "成本目标：超出负荷标准的每人次惩罚成本(远高于任何实际成本)。",
    "param.unmet.penalty.label": "未满足业务量惩罚(unmet.penalty)",
    "param.unmet.weight.provincial.help": "省级未满足业务量权重。",
    "param.unmet.weight.municipal.help": "地(市)级未满足业务量权重。",
    "param.unmet.weight.county.help": "县(区)级未满足业务量权重。",
    "param.standard.rule.help": "编制标准：none 不使用；ratio 按层级负荷比；henan 河南县级分档标准。",
    "param.standard.rule.label": "编制标准规则(standard.rule)",
    "param.standard.ratio.provincial.help": "省级编制标准负荷比。",
    "param.standard.ratio.municipal.help": "地(市)级编制标准负荷比。",
    "param.standard.ratio.county.help": "县(区)级编制标准负荷比。",
    "param.standard.mode.help": "编制标准的用法：编制上限、编制下限或仅报告。",
    "param.standard.mode.label": "编制标准用法(standard.mode)",
    "param.standard.person_times_per_insured.help": (
        "分档(河南)标准：每名参保人对应的参保人次，用于将业务量换算为标准中的参保人数(1 表示按参保人数读"
        "取)。"
    ),
    "param.solver.time_limit.help": (
        "一次运行的求解器时间上限：涵盖各省各求解阶段；边际值和不可行诊断最多可再用 10%。读取、建模和生"
        "成报告不计在内。"
    ),
    "param.solver.gap.help": "求解器停止的相对 MIP 间隙。",
    "param.solver.threads.help": "求解器线程数(固定以保证结果可复现)。",
    "param.solver.seed.help": "求解器随机种子。",
    "param.solver.backend.help": (
        "MIP 求解器：auto(自动：一个省用 HiGHS，多个省用 SCIP，按各类模型基准测试中较快者)、highs、scip 或 "
        "cbc(CBC，需 `pip install staffopt[cbc]`；auto 不会选用)；无论哪个求解器，边际值均由 HiGHS "
        "求解固定整数后的线性规划得到。"
    ),
    # --- output columns
    "out.office_id": "机构编号",
    "out.name": "机构名称",
    "out.level": "层级",
    "out.province": "所属省",
    "out.regions": "区域标签",
    "out.region": "区域",
    "out.pool": "资金池",
    "out.year": "年份",
    "out.is_base": "基期",
    "out.workload": "参保人次",
    "out.posts": "编制数",
    "out.staff": "在编人员",
    "out.contract": "编外人员",
    "out.professional": "专业技术人员",
    "out.actual": "实有人数",
    "out.over_establishment": "超编人数",
    "out.train": "培训学时",
    "out.invest": "信息化投入",
    "out.digital": "数字化资本",
    "out.online": "线上办理人次",
    "out.unmet": "未满足业务量",
    "out.unmet_share": "未满足比例",
    "out.platform": "共享平台",
    "out.load_ratio_nominal": "名义人均负荷比",
    "out.load_ratio_effective": "有效人均负荷比",
    "out.target": "负荷比标准",
    "out.standard_posts": "编制标准核定编制",
    "out.cost_personnel": "人员经费",
    "out.cost_goods_services": "商品和服务支出",
    "out.cost_capital": "基本建设支出",
    "out.cost_other": "其他支出",
    "out.cost_total": "总支出",
    "out.budget_cap": "预算上限",
    "out.budget_use": "预算使用率",
    "out.cost_per_person_time": "每服务人次成本",
    "out.marginal_workload": "每增加一人次的边际成本",
    "out.marginal_budget": "每增加一万元预算的边际价值",
    "out.scenario": "情景",
    "out.status": "求解状态",
    "out.mip_gap": "MIP 相对间隙",
    "out.solve_seconds": "求解用时",
    "out.metric": "指标",
    "out.unit": "单位",
    "out.step": "步",
    "out.delta_cost": "总支出较上一步变化",
    "out.delta_unmet": "未满足业务量较上一步变化",
    "out.cost_per_unmet_avoided": "每减少一千人次未满足业务量的成本",
    "out.contract_share": "编外人员占比",
    "out.conversions": "编外转编人数",
    "out.goods_services_share": "商品和服务支出占比",
    "out.cost_discounted": "总成本折现值",
    "out.standards_met": "各项标准均达到",
    "out.unmet_penalty": "未满足业务量惩罚(折现；非实际支出)",
    "out.target_level": "人均负荷比标准",
    "out.lock_row": "锁定表行号",
    "out.lock_what": "锁定对象",
    "out.lock_min": "下限",
    "out.lock_max": "上限",
    "out.plan_value": "方案值",
    "out.binds": "是否起约束作用(方案值等于上限或下限)",
    "out.note": "说明",
    "out.explanation": "本步的决定因素",
    "out.reused": "求解或沿用",
    # --- report
    "sheet.summary": "摘要",
    "sheet.plan": "规划方案",
    "sheet.by_level": "分层级汇总",
    "sheet.by_region": "分区域汇总",
    "sheet.budget": "预算执行",
    "sheet.marginals": "边际价值",
    "sheet.platforms": "共享平台建设",
    "sheet.settings": "本次运行参数",
    "sheet.locks": "锁定执行情况",
    "summary.title": "staffopt 规划方案：摘要",
    "summary.run": "运行情况",
    "summary.status": "求解状态",
    "summary.objective": "目标函数值",
    "summary.objective_kind": "优化目标",
    "summary.mip_gap": "MIP 相对间隙",
    "summary.backend": "求解器",
    "summary.solve_seconds": "求解器用时",
    "summary.scenario": "情景",
    "summary.regime": "预算体制",
    "summary.years": "年份范围",
    "summary.input": "输入文件",
    "summary.messages": "提示信息",
    "summary.none": "(无)",
    "summary.warning": "警告",
    "summary.key_figures": "主要指标：现状(基期)与规划末年对比",
    "summary.figure": "指标",
    "summary.unit": "单位",
    "summary.status_quo": "现状",
    "summary.plan_final": "规划末年",
    "summary.change": "变化",
    "summary.cost_by_line": "分年度分科目支出",
    "summary.budget_use": "分年度预算使用",
    "summary.highest_use": "各资金池最高使用率",
    "summary.chart_data": "图表数据",
    "summary.table2": "对照：文献002 表2，商品和服务支出占经办机构经费支出 2008 年 32.19%、2018 年 18.89%",
    "regime.fiscal": "财政预算制(同级财政)",
    "regime.fund": "基金预算制(基金支出比例)",
    "regime.none": "不设预算约束",
    "status.optimal": "最优",
    "status.time_limit": "达到时间上限(已找到的最优方案)",
    "status.infeasible": "无可行方案",
    "status.error": "求解出错",
    "objective.cost": "成本最低",
    "objective.service": "预算内服务最优",
    "objective.equity": "预算内服务最均衡",
    "bool.true": "是",
    "bool.false": "否",
    "marginals.workload": "分层级、分年度每增加一人次业务量的边际成本",
    "marginals.budget": "分资金池、分年度每增加一万元预算的边际价值",
    "marginals.note": "在整数决策固定于本方案时由线性规划计算。",
    "marginals.none": "无：各项均为 0",
    "marginals.omitted": "另有 {n} 项为 0，未列出(该处预算或业务量约束不起作用)",
    "marginals.budget_value": "每增加一万元预算可节约的目标函数值(万元/万元)",
    "marginals.workload_value": "每增加一人次业务量的成本(元/人次)",
    "chart.load_ratio": "分层级人均负荷比",
    "chart.load_ratio.sub": "现状、规划末年(名义与有效)与标准",
    "chart.load_ratio.axis": "人均负荷比",
    "chart.plan_nominal": "规划末年(名义)",
    "chart.plan_effective": "规划末年(有效)",
    "chart.headcount": "分层级人员变化",
    "chart.headcount.sub": "规划末年相对现状",
    "chart.cost": "分科目支出与预算上限",
    "chart.top_offices": "人均负荷比超出标准最多的机构",
    "chart.top_offices.sub": "规划末年有效人均负荷比(据此考核标准)",
    "chart.series": "系列",
    "chart.measure": "指标",
    "chart.line": "支出科目",
    "chart.value": "数值",
    "chart.ratio_to_target": "为标准的倍数",
    "chart.no_data": "没有机构超出标准",
    "progress.read": "读取",
    "progress.build": "建立模型",
    "progress.solve": "求解",
    "progress.solved": "求解完成",
    "progress.pool": "资金池",
    "progress.marginals": "计算边际价值",
    "progress.write": "写出报告",
    "progress.done": "完成",
    "progress.stage.obj_cost": "成本最低",
    "progress.stage.obj_unmet": "未满足业务量最小",
    "progress.stage.obj_share": "最大未满足比例最小",
    # --- input template (header notes, drop-downs)
    "template.required": "必填。",
    "template.optional": "可选；为空时取 {default}。",
    "template.optional_derived": "可选。",
    "template.range": "取值范围：{lo} 至 {hi}。",
    "template.invalid": "取值无效",
    # --- general
    "list.sep": "、",
    "list.sep_or": "、",
    "label.with_unit": "{label} ({unit})",
    # --- spellings accepted as input besides the labels (comma separated)
    "level.provincial.aliases": "省",
    "level.municipal.aliases": "地市级, 市级, 市, 地市",
    "level.county.aliases": "县区级, 县级, 区县级, 县, 区",
    "bool.true.aliases": "真, 启用",
    "bool.false.aliases": "假, 停用",
    # --- choice labels not shown elsewhere (objective.* and regime.* are in the report section)
    "pool.instance": "全部机构一个资金池",
    "pool.province": "每省一个资金池",
    "pool.shared_out": (
        "资金池：各省最优方案在 {years} 年的支出超过资金池上限；按整个资金池模型的线性松弛在各省间"
        "分配资金池；间隙以该线性松弛及按其资金池影子价格计价支出的各省模型为下界证明"
        "(若仍未证明达到间隙要求，再以该方案为起点求解整个资金池模型)"
    ),
    "pool.gap_unknown": "未知",
    "pool.gap": (
        "资金池：方案不超过资金池上限，但在时间上限内与最优下界的间隙为 {gap}(solver.gap {target:g})；"
        "请提高 solver.time_limit(--time-limit)"
    ),
    "standard.rule.none": "不使用编制标准",
    "standard.rule.ratio": "按层级负荷比",
    "standard.rule.henan": "河南县级分档标准",
    "standard.mode.upper": "编制上限",
    "standard.mode.lower": "编制下限",
    "standard.mode.report": "仅报告",
    # --- what a valid value looks like (validation messages)
    "expect.str": "文本",
    "expect.int": "整数",
    "expect.float": "数值",
    "expect.bool": "是或否(true/false)",
    "expect.level": "省级、地(市)级或县(区)级(provincial/municipal/county)",
    "expect.choice": "以下之一：{choices}",
    "expect.choice_item": "{label}({code})",
    "expect.between": "{lo} 至 {hi} 之间的{kind}",
    "expect.at_least": "不小于 {lo} 的{kind}",
    "expect.at_most": "不大于 {hi} 的{kind}",
    "expect.with_unit": "{text}(单位：{unit})",
    # --- input problems (validate, --set, scenarios): sheet, row, column, found, expected
    "problem.line": "{where}：发现 {found}；应为 {expected}",
    "problem.where.sep": "，",
    "problem.where.file": "文件",
    "problem.where.sheet": "工作表“{sheet}”",
    "problem.where.row": "第 {row} 行",
    "problem.where.column": "“{column}”列",
    "problem.where.option": "选项 {option}",
    "problem.where.key": "参数键“{key}”",
    "problem.empty_cell": "空单元格",
    "problems.head": "{source} 中发现 {n} 个问题：",
    "problems.head_input": "输入中发现 {n} 个问题：",
    "problems.command_line": "命令行",
    "list.or": " 或 ",
    "expect.decimal_comma": "{text}(小数请用小数点：11.4，而非 11,4；逗号只能用作千位分隔：1,234,567)",
    "expect.set_pair": "参数键=取值，如 target.county=5000",
    "expect.did_you_mean": "(是否想输入 {keys}？)",
    "expect.known_key": "已知的参数键{hint}；参见 docs/input.md 或 `staffopt init` 写出的参数表",
    "expect.known_key_option": "已知的参数键{hint}(参见 `staffopt init` 写出的参数表或 docs/input.md)",
    # --- validation rules (validate.py): what was found, what was expected
    "expect.not_date": "{text}(不能是日期或时间)",
    "expect.cell_error": "{text}(该单元格是表格错误值)",
    "expect.not_empty": "{text}；此列不可为空",
    "found.no_sheet": "没有该工作表",
    "expect.sheet_named": (
        "名为 {names} 的工作表({description}){present}。请将存放这些数据的工作表改名，或从 `staffopt "
        "init` 写出的模板开始"
    ),
    "expect.sheets_present": "；工作簿中现有工作表：{sheets}",
    "found.empty_sheet": "空工作表",
    "expect.header_row": "第 1 行为表头，包含以下列：{labels}(或删除该工作表)",
    "expect.column_headed": "表头为“{label}”的一列({description})",
    "expect.known_column": "以下已知列之一：{known}(英文或中文表头)",
    "expect.column_once": "每列只出现一次(此列与前面的表头重复)",
    "found.unlabelled": "无表头的列中有数据",
    "expect.header_or_delete": "为此列加上表头，或删除此列",
    "found.formula": "没有缓存值的公式",
    "expect.number_not_formula": "直接填写数值(或在 Excel/WPS 中重新计算并保存)",
    "found.no_offices": "没有机构",
    "expect.office_row": "表头下至少一行机构数据",
    "expect.unique_office": "唯一的机构编号(已在第 {row} 行使用)",
    "expect.no_parent": "空单元格：省级机构没有上级机构",
    "expect.parent_id": "该{level}机构的{parent}上级机构编号",
    "expect.parent_in_sheet": "本表中另一机构的机构编号",
    "expect.parent_level": "{level}机构的上级应为{want}机构(第 {row} 行的“{parent}”是{found})",
    "expect.no_cycle": "最终通向省级机构的上级链(发现循环：{chain})",
    "expect.pro_within_staff": "不超过在编人员数 min(编制数, 实有人数) = {staff} 人",
    "expect.contract_within_actual": "不超过实有人数({actual} 人)，实有人数含编外人员",
    "expect.staff_for_workload": "至少 1 人：该机构每年服务 {workload:,.0f} 人次，但没有任何人员",
    "expect.office_in_offices": "机构表中某一机构的机构编号",
    "expect.one_row_per_year": "每个机构每年一行(机构“{office}”的 {year} 年已在第 {row} 行)",
    "expect.after_base_year": "基期 {base_year} 年之后的规划年份(参数 base_year)",
    "expect.parameter_once": "每个参数只出现一次(已在第 {row} 行设置)",
    "expect.or_default": "{text}(或删除此行以使用默认值 {default})",
    "expect.for_parameter": "{text}(参数 {key})",
    "expect.once_per_scenario": "每个情景中每个参数只设置一次(情景“{name}”已在第 {row} 行设置 {key})",
    "template.true": "是",
    "template.false": "否",
    "template.parameter_key": "参数表中的参数键",
    "template.one_of": "{label}: 可选值 {options}",
    "template.limits": "{label}: {range} {unit}",
    # --- progress line
    "progress.objective": "目标 {stage}",
    "progress.size": "{variables:,} 个变量，{constraints:,} 个约束",
    "progress.incumbent": "当前最优 {value:,.2f}",
    "progress.bound": "下界 {value:,.2f}",
    "progress.gap": "间隙 {value:.2%}",
    "progress.time.solve": "求解器用时 {seconds:.1f} 秒",
    "progress.time.build": "建模用时 {seconds:.1f} 秒",
    "progress.time.elapsed": "已用时 {seconds:.1f} 秒",
    # --- warnings about a plan (report/quality.py)
    "list.comma": "，",
    "quality.gap_unknown": (
        "本方案可能远非最优：求解器在时间上限处停止，且无法给出间隙；请提高 --time-limit(solver.time_li"
        "mit)"
    ),
    "quality.gap": (
        "本方案可能远非最优(间隙 {gap:.1%}：求解器在时间上限处停止)；请提高 --time-limit(solver.time_li"
        "mit)"
    ),
    "quality.span_years": "{first}–{last} 年间",
    "quality.span_year": "{year} 年",
    "quality.share": "(占业务量的 {pct})",
    "quality.level_amount": "{level} {amount:,.0f}",
    "quality.unmet": "本方案 {span}有 {total:,.0f} 人次业务量未满足{share}：{detail}{tail}",
    "quality.budget_binds": (
        "；预算约束起作用：这些年份中有 {n} 个资金池·年度用满预算上限(见预算执行表)，标准无法全部满足"
    ),
    "quality.check_cost": (
        "；成本最低目标下各层级人均负荷比标准本应满足，请检查 unmet.penalty、编制与人员上下限(posts.ste"
        "p、招录上限、编外人员控制数、contract.allow_share_rise)，或提高 --time-limit"
    ),
    "quality.budget_short": "；预算不足以配备满足标准所需的人员",
    "quality.share_level": "{level} {before:.1%} → {after:.1%}",
    "quality.share_by_level": "；分层级编外人员占比 {first} → {last} 年：{levels}",
    "quality.share_allowed": "contract.allow_share_rise 为 true",
    "quality.share_not_allowed": "contract.allow_share_rise 为 false，本不应出现，请反馈",
    "quality.share_rise": (
        "本方案使 {n} 个机构的编外人员占比高于基期(升幅最大：{name} {before:.1%} → {after:.1%}，{year} "
        "年)：以编外人员替代在编人员{detail}({why})"
    ),
    # --- click's own messages (key: click: + click's English message id; see text/clickmsg.py)
    "click:Aborted!": "已中止！",
    "click:Missing command.": "缺少命令。",
    "click:Options": "选项",
    "click:Positional arguments": "位置参数",
    "click:Commands": "命令",
    "click:Got unexpected extra argument ({args})": "多余的参数({args})",
    "click:Got unexpected extra arguments ({args})": "多余的参数({args})",
    "click:Value must be an iterable.": "取值必须是可迭代对象。",
    "click:env var: {var}": "环境变量：{var}",
    "click:default: {default}": "默认：{default}",
    "click:(dynamic)": "(动态)",
    "click:Takes {nargs} values but 1 was given.": "需要 {nargs} 个值，但只给了 1 个。",
    "click:Takes {nargs} values but {len} were given.": "需要 {nargs} 个值，但给了 {len} 个。",
    "click:Do you want to continue?": "是否继续？",
    "click:Confirm the action without prompting.": "不经询问直接确认。",
    "click:%(prog)s, version %(version)s": "%(prog)s，版本 %(version)s",
    "click:Show the version and exit.": "显示版本并退出。",
    "click:Show this message and exit.": "显示本帮助并退出。",
    "click:Did you mean {possibility}?": "是否想输入 {possibility}？",
    "click:(Did you mean one of: {possibilities}?)": "(是否想输入以下之一：{possibilities}？)",
    "click:Missing argument": "缺少参数",
    "click:unknown error": "未知错误",
    "click:Invalid value for {param_hint}: {message}": "{param_hint} 的取值无效：{message}",
    "click:Missing option": "缺少选项",
    "click:Could not open file {filename!r}: {message}": "无法打开文件 {filename!r}：{message}",
    "click:Error: {message}": "错误：{message}",
    "click:Try '{command} {option}' for help.": "运行 '{command} {option}' 查看帮助。",
    "click:Missing parameter": "缺少参数",
    "click:Missing parameter: {param_name}": "缺少参数：{param_name}",
    "click:No such option {name!r}.": "没有选项 {name!r}。",
    "click:No such command {name!r}.": "没有命令 {name!r}。",
    "click:Invalid value: {message}": "取值无效：{message}",
    "click:Missing {param_type}": "缺少{param_type}",
    "click:Usage:": "用法：",
    "click:Invalid start character for option ({option})": "选项的起始字符无效({option})",
    "click:Option {name!r} does not take a value.": "选项 {name!r} 不接受取值。",
    "click:Option {name!r} requires an argument.": "选项 {name!r} 需要一个取值。",
    "click:Option {name!r} requires {nargs} arguments.": "选项 {name!r} 需要 {nargs} 个取值。",
    "click:Argument {name!r} takes {nargs} values.": "参数 {name!r} 需要 {nargs} 个值。",
    "click:Press any key to continue...": "按任意键继续……",
    "click:Repeat for confirmation": "再输入一次以确认",
    "click:Error: The two entered values do not match.": "错误：两次输入不一致。",
    "click:Error: invalid input": "错误：输入无效",
    "click:file": "文件",
    "click:directory": "文件夹",
    "click:path": "路径",
    "click:Choose from:\n\t{choices}": "可选：\n\t{choices}",
    "click:{value!r} is not {choice}.": "{value!r} 不是 {choice}。",
    "click:{value!r} is not one of {choices}.": "{value!r} 不是以下之一：{choices}。",
    "click:{value!r} does not match the format {format}.": "{value!r} 不符合格式 {format}。",
    "click:{value!r} does not match the formats {formats}.": "{value!r} 不符合以下任一格式：{formats}。",
    "click:{value} is not in the range {range}.": "{value} 不在范围 {range} 内。",
    "click:{value!r} is not a valid boolean. Recognized values: {states}": (
        "{value!r} 不是有效的是/否值。可用：{states}"
    ),
    "click:{len_type} values are required, but {len_value} was given.": (
        "需要 {len_type} 个值，但给了 {len_value} 个。"
    ),
    "click:{len_type} values are required, but {len_value} were given.": (
        "需要 {len_type} 个值，但给了 {len_value} 个。"
    ),
    "click:{value!r} is not a valid {number_type}.": "{value!r} 不是有效的数值。",
    "click:{value!r} is not a valid UUID.": "{value!r} 不是有效的 UUID。",
    "click:{name} {filename!r} is a file.": "{name} {filename!r} 是文件。",
    "click:{name} {filename!r} is a directory.": "{name} {filename!r} 是文件夹。",
    "click:{name} {filename!r} is not readable.": "{name} {filename!r} 不可读。",
    "click:{name} {filename!r} is not writable.": "{name} {filename!r} 不可写。",
    "click:{name} {filename!r} is not executable.": "{name} {filename!r} 不可执行。",
    "click:{name} {filename!r} does not exist.": "{name} {filename!r} 不存在。",
    "click:deprecated": "已弃用",
    "click:d": "d",
    "click:{editor}: Editing failed": "{editor}：编辑失败",
    "click:{editor}: Editing failed: {e}": "{editor}：编辑失败：{e}",
    "click:Windows error: {error}": "Windows 错误：{error}",
    "click:DeprecationWarning: The command {name!r} is deprecated.{extra_message}": (
        "弃用警告：命令 {name!r} 已弃用。{extra_message}"
    ),
    "click:DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}": (
        "弃用警告：{param_type} {name!r} 已弃用。{extra_message}"
    ),
    "click:Could not determine name for option with declarations {decls!r}": (
        "无法为声明为 {decls!r} 的选项确定名称"
    ),
    "click:No options defined but a name was passed ({name}). Did you mean to declare an argument instead? Did you mean to pass '--{name}'?": (  # noqa: E501
        "未定义选项却给出了名称({name})。是否想声明一个参数？是否想写 '--{name}'？"
    ),
    "click:Arguments take exactly one parameter declaration, got {length}: {decls}.": (
        "参数只能有一个声明，实际有 {length} 个：{decls}。"
    ),
    "click:Name '{name}' defined twice": "名称“{name}”定义了两次",
    "click:Boolean option {decl!r} cannot use the same flag for true/false.": (
        "是/否选项 {decl!r} 的真、假不能用同一个开关。"
    ),
    "click:Couldn't detect Bash version, shell completion is not supported.": (
        "无法识别 Bash 版本，不支持命令补全。"
    ),
    "click:Shell completion is not supported for Bash versions older than 4.4.": (
        "Bash 4.4 以下版本不支持命令补全。"
    ),
    "click:Unknown color {colour!r}": "未知颜色 {colour!r}",
    "click:Choice({choices})": "Choice({choices})",
    "click:Unknown standard stream '{name}'": "未知的标准流“{name}”",
    # --- the report folder (--out)
    "expect.out_folder": "文件夹，而非已有文件",
    "expect.out_not_input": (
        "不包含输入文件 {path} 的报告文件夹(每次运行都会替换整个文件夹)；请把工作簿复制到别处，"
        "或另选 --out"
    ),
    "expect.out_replaceable": (
        "可整体替换的报告文件夹：不能是当前文件夹、其上级文件夹、磁盘根目录或挂载点；请给出新的文件夹名"
        "，如 --out reports/my_run"
    ),
    "expect.out_foreign": (
        "新的或空的文件夹，或 staffopt 之前写出的报告文件夹：{target} 中有不是 staffopt 写出的文件({sho"
        "wn})，而每次运行会替换整个文件夹并删除它们；请另选 --out(如新的子文件夹)，或把这些文件移走"
    ),
    "expect.out_writable": (
        "staffopt 可写入的文件夹：在 {where} 中创建文件夹失败({reason})；请另选 --out，或申请写入权限"
    ),
    "expect.out_changed": "staffopt 之前写出的报告文件夹：运行期间有文件被加入其中({shown})；新报告未写出",
    "expect.no_cycle_found": "最终通向省级机构的上级链(发现循环)",
    # --- the workbook file (reader)
    "expect.save_as_xlsx": "一个 .xlsx 工作簿：请在 Excel、WPS 或 LibreOffice 中打开该文件并另存为 .xlsx",
    "expect.details": "{text}(详情：{details})",
    "found.unreadable": "无法读取的文件({reason})",
    "expect.readable_xlsx": "可读取的 .xlsx 文件",
    "found.xls": "旧式 .xls(或加密的)工作簿",
    "found.empty_file": "空文件",
    "found.text_file": "文本或 CSV 文件",
    "found.not_zip": "不是 zip 压缩包的文件",
    "found.corrupt_zip": "损坏的 zip 压缩包",
    "found.zip_parts": "含 {n:,} 个部件的 zip 压缩包",
    "expect.zip_parts": "部件不超过 {n:,} 个的工作簿",
    "found.big_part": "部件 {part} 解压后 {mb:,.0f} MB",
    "expect.small_parts": "每个部件不超过 {mb:,.0f} MB(是否为 zip 炸弹？)",
    "found.ratio": "部件 {part} 压缩比 {ratio:,.0f}:1",
    "expect.ratio": "压缩比不超过 {ratio:,.0f}:1(是否为 zip 炸弹？)",
    "found.total": "解压后 {mb:,.0f} MB",
    "expect.total": "解压后不超过 {mb:,.0f} MB(是否为 zip 炸弹？)",
    "found.xlsb": "二进制 .xlsb 工作簿",
    "found.no_workbook": "不含 Excel 工作簿的 zip 压缩包(.ods、.docx 或 .zip？)",
    "found.unopenable": "无法打开的工作簿",
    "found.rows_below": "第 {n:,} 行以下的行",
    "expect.max_rows": "每个工作表最多 {n:,} 行(请删除以下各行，包括设置了格式的空行)",
    "found.wide": "超过 {n} 列",
    "expect.max_columns": "每个工作表最多 {n} 列",
    "expect.one_sheet": "“{sheet}”只能有一个工作表(工作表“{first}”已是)",
    "found.chart_sheet": "图表工作表",
    "expect.table_of": "“{sheet}”数据表",
    "found.bad_sheet": "无法读取的工作表({details})",
    "found.dtd": "无法安全打开的工作簿：部件 {part} 声明了 DTD(<!DOCTYPE …>)",
    "found.sheets": "含 {n:,} 个工作表的工作簿",
    "found.xml_size": "各部件解压后共 {size} XML",
    "found.sheet_xml": "一个 {size} XML 的工作表(输入工作表累计已达 {total})",
    "found.parsed_xml": "需读取的 XML 超过 {size}(读到部件 {part} 时)",
    "found.unreadable_pipe": "无法读取的管道({reason})",
    "found.big_stream": "来自管道或标准输入的数据超过 {size}",
    # --- command line
    "cli.field": "{label}：{value}",
    "cli.seconds": "{seconds:.1f} 秒",
    "cli.result.status": "状态",
    "cli.result.largest_unmet_share": "最大未满足比例",
    "cli.result.unmet": "未满足业务量",
    "cli.result.cost_objective": "成本目标值",
    "cli.result.objective": "目标函数值",
    "cli.result.gap": "间隙",
    "cli.result.solver": "求解器",
    "cli.result.solver_time": "求解器用时",
    "cli.result.elapsed": "总用时",
    "cli.report": "报告",
    "cli.warning": "警告：{text}",
    "cli.plan_warning": "警告：{text}",
    "cli.no_plan": "没有方案({status})；请查看 {path}",
    "cli.no_plan_reasons": "没有方案({status})；原因已在上方列出，并写入 {path}",
    "cli.no_scenario_plan": "没有任何情景得到方案；请查看报告中的提示信息",
    "cli.no_step_plan": "取值范围中没有任何一步得到方案；请查看报告中的提示信息",
    "cli.example_note": "提示：未安装 {name}.xlsx；使用内置示例 {name}(数据相同，在内存中生成)",
    "cli.os_error": (
        "错误：无法读写 {target}：{reason}。请确认文件夹存在且可写、文件未在 Excel/WPS 中打开、"
        "磁盘未满，或用 --out 指定其他文件夹。"
    ),
    "cli.os_error_no_file": (
        "错误：无法读写文件：{reason}。请确认文件夹存在且可写、文件未在 Excel/WPS 中打开、磁盘未满，"
        "或用 --out 指定其他文件夹。"
    ),
    "init.parent_is_file": "无法写入 {path}：{parent} 是文件，不是文件夹",
    "init.not_xlsx": "{name}：文件名必须以 .xlsx 结尾",
    "init.exists": "{path} 已存在；staffopt init 从不覆盖已有文件。请换一个文件名，或先删除该文件。",
    "init.exists_now": "{path} 已存在；staffopt init 从不覆盖已有文件。",
    "init.cannot_write": "无法写入 {path}：{reason}",
    "init.unknown_example": "没有名为 {name} 的示例；可选：{names}",
    "init.done": (
        "已写入 {path}(工作表：{sheets}；{offices} 个经办机构)。\n下一步：在“{first}”表中填写数据，"
        "然后运行 staffopt validate {path}"
    ),
    "validate.parts_sep": "，",
    "validate.ok": (
        "通过：{offices} 个经办机构({by_level})；合计 {totals}；分年参保人次 {workload_rows} 行，"
        "分年财政拨款 {budget_rows} 行，情景 {scenarios} 个；基期 {base_year} 年，规划 {horizon} "
        "{years}。"
    ),
    # --- command-line help: help.<command>, help.<command>.epilog, help.opt.<option>
    #     (help.<command>.opt.<option> where a command says it differently)
    "help.staffopt": (
        "规划社会保险经办机构的编制、人员、培训、信息化投入与预算。\n\n\b\n从这里开始：\n  staffopt "
        "init my_province.xlsx --example example_province\n  staffopt validate my_province.xlsx\n "
        " staffopt solve my_province.xlsx --lang zh\n\n提示信息与报告的语言：--lang，否则取工作簿的语言，"
        "否则取 STAFFOPT_LANG，否则取系统区域设置。"
    ),
    "help.opt.version": "显示版本并退出。",
    "help.opt.help": "显示本帮助并退出。",
    "help.opt.lang": (
        "提示信息、工作表、表头和图表的语言：en(英文)或 zh(中文)。默认：工作簿表头的语言，否则取环境变量"
        " STAFFOPT_LANG，否则取系统区域设置(zh_* 为中文)。"
    ),
    "help.init": "将空白输入模板(或内置示例)写入 PATH(.xlsx)。",
    "help.init.epilog": (
        "\b\n示例：\n  staffopt init my_province.xlsx                   # 空白模板，英文表头\n  staffop"
        "t init 我的省份.xlsx --lang zh             # 空白模板，中文表头\n  staffopt init demo.xlsx --e"
        "xample example_province\n  staffopt init national.xlsx --example national_synthetic   # 3,211 "
        "个机构，10 年\n\n\b\n模板在表头下有单位行，每个表头都有批注，层级和开关有下拉列表，数值有取值"
        "范围。\n从不覆盖已有文件。\n退出码：0 已写出；2 文件已存在、文件名不以 .xlsx 结尾或没有该示例"
        "。\n"
    ),
    "help.init.opt.lang": (
        "模板工作表和表头的语言：en 或 zh(中文)。默认：环境变量 STAFFOPT_LANG，否则取系统区域设置(zh_* "
        "为中文)。"
    ),
    "help.opt.example": (
        "写出示例而非空白模板：example_province、national_2021 或 national_synthetic(带随机种子生成的全"
        "国基准算例)。"
    ),
    "help.validate": "检查输入工作簿，列出发现的全部问题。",
    "help.validate.epilog": (
        "\b\n示例：\n  staffopt validate my_province.xlsx\n  staffopt validate reports/my_province/plan.xls"
        "x   # 报告也可作为输入\n\n\b\n每个问题都注明工作表、行、列、发现的值和应填的值。\n退出码：0 "
        "工作簿有效；2 有问题(全部列出)。\n"
    ),
    "help.solve": (
        "求解 INPUT(默认：内置示例)并写出报告文件夹。\n\n报告文件夹 reports/<input-stem>[-<scenario>]/(或"
        " --out)中包括 plan.xlsx、summary.json\n和 charts/；新报告完整写出后才替换旧文件夹。从不改写输入"
        "文件。"
    ),
    "help.solve.epilog": (
        "\b\n示例：\n  staffopt solve                                  # 内置示例\n  staffopt solve my_"
        "province.xlsx --lang zh\n  staffopt solve my_province.xlsx --set target.county=5000 --set post"
        "s.step=5\n  staffopt solve my_province.xlsx --scenario fund_1pct --out reports/fund\n  staffop"
        "t solve reports/my_province/plan.xlsx    # 报告也可作为输入\n\n\b\n退出码：0 已写出方案(最优，"
        "或达到时间上限时找到的最好方案)；\n2 输入有误(注明工作表/行/列，或 --set / --scenario)；\n3 没"
        "有方案(无可行方案或在时间内未找到)：此时运行结果文件夹中只有\nsummary.json，记录求解状态和原因"
        "说明；\n130 被 Ctrl-C 或 SIGTERM 中止(不留下写了一半的文件)。\n"
    ),
    "help.opt.scenario": "应用一个情景(工作簿情景表中的情景，或内置预设情景)。",
    "help.frontier.opt.scenario": "取值范围所作用的情景(默认：工作簿的参数)。",
    "help.opt.overrides": "本次运行覆盖某个参数，如 --set target.county=5000(可重复)。",
    "help.opt.objective": "优化目标(参数 objective)。",
    "help.opt.out": "报告文件夹(默认：reports/<input-stem>[-<scenario>]/)。",
    "help.compare.opt.out": "报告文件夹(默认：reports/<input-stem>-compare/)。",
    "help.frontier.opt.out": "报告文件夹(默认：reports/<input-stem>-frontier-<key>/)。",
    "help.opt.time_limit": (
        "整次运行的求解器用时(秒)：涵盖各省各求解阶段；边际值和诊断最多可再用 10%(参数 solver.time_limi"
        "t)。"
    ),
    "help.opt.gap": "求解器停止的相对 MIP 间隙(参数 solver.gap)，如 0.001。",
    "help.opt.quiet": "不在标准错误输出上显示进度。",
    "help.scenarios": "列出内置改革预设情景和工作簿中的情景及其参数覆盖。",
    "help.scenarios.epilog": "示例：staffopt scenarios my_province.xlsx --lang zh",
    "help.compare": (
        "求解 INPUT(默认：内置示例)的多个情景，并写出一份对比报告。\n\n报告文件夹中包括 comparison.xlsx、"
        "charts/ 以及每个情景一个运行结果文件夹。"
    ),
    "help.compare.epilog": (
        "\b\n示例：\n  staffopt compare --scenario status_quo --scenario fund_1pct   (内置示例)\n  staf"
        "fopt compare my.xlsx --scenario status_quo --scenario fund_austria --scenario fund_korea\n  st"
        "affopt compare my.xlsx --all --workers 2 --lang zh\n  staffopt compare my.xlsx --all --schedul"
        "er tcp://10.0.0.5:8786\n\n\b\n退出码：0 已写出报告(失败的情景在报告中列出)；2 输入有误；\n3 没"
        "有任何情景得到方案；130 被 Ctrl-C 或 SIGTERM 中止(不留下写了一半的文件)。"
    ),
    "help.opt.names": "要求解的情景(可重复；第一个是差异比较的基准)。",
    "help.opt.all_": "求解全部情景：先工作簿中的，再内置预设。",
    "help.opt.workers": "在本机 N 个工作进程的 Dask 集群上求解(仅 127.0.0.1)，每个进程一个求解线程。",
    "help.opt.scheduler": (
        "将求解任务发送到正在运行的 Dask 集群，而非本机(见 README 中的“Parallel runs with Dask”一节)。"
    ),
    "help.frontier": (
        "沿某一参数的取值范围求解 INPUT(默认：内置示例)。\n\n报告给出权衡曲线和每一步的边际代价。"
    ),
    "help.frontier.epilog": (
        "\b\n示例：\n  staffopt frontier --vary target.county=3000:10000:8   (内置示例)\n  staffopt "
        "frontier my.xlsx --vary budget.fund_share=0.005:0.04:8 --scenario fund_1pct --objective "
        "service\n  staffopt frontier my.xlsx --vary target.county=3000:10000:8 --workers 2"
    ),
    "help.opt.vary": "数值参数及其取值范围，如 budget.fund_share=0.005:0.04:8。",
    "help.price": (
        "求预算参数的最小取值(在该取值下没有未满足业务量)及其方案。\n\nINPUT 默认为内置示例。在报告文件"
        "夹中写出 price.json(参数、取值、区间、容差、每一步和方案的核心结论)以及该方案的运行结果文件"
        "夹。"
    ),
    "help.price.epilog": (
        "\b\n示例：\n  staffopt price --scenario fund_1pct  "
        "                   # 内置示例，基金支出占比\n  staffopt p"
        "rice my.xlsx --scenario fund_1pct --target co"
        "unty=7000,5000,4000\n  staffopt price my.xlsx "
        "--key budget.growth --tolerance 0.0005 --lang"
        " zh\n\n\b\n搜索方法：不设预算上限的成本最低方案给出上端(它满足各项上限的最小取值)，对"
        "线性松弛二分\n得到经过证明的下端，再在两端之间对混合整数规划二分(不留未满足业务量)，直到"
        "区间宽度小于\n--tolerance；上端处的方案以服务目标求解，并写成运行结果文件夹。\n"
        "\n\b\n退出码：0 已写出 price.json(任何预算都无法达到的标准会在其中说明)；\n"
        "2 输入有误，或该参数在当前设置下不起作用(如财政预算制下的 budget.fund_sh"
        "are：请加\n--scenario fund_1pct)。\n"
    ),
    "help.price.opt.key": "要定价的预算参数(基金支出占比，或财政拨款增长率)。",
    "help.price.opt.scenario": "先应用一个情景(如基金预算制用 fund_1pct)。",
    "help.price.opt.target": (
        "逐一为这些人均负荷比标准定价，如 county=7000,5000,4000(层级：provincial、municipal、county 或 "
        "all)。"
    ),
    "help.price.opt.tolerance": "区间宽度达到此值时停止(默认 0.0001，即 0.01 个百分点)。",
    "help.price.opt.out": "报告文件夹(默认：reports/<input-stem>-price-<key>[-<scenario>]/)。",
    "help.diff": (
        "列出运行结果文件夹 RUN_A 与 RUN_B 之间的差异。\n\n输入与来源信息(输入文件及其 SHA-256、情景、s"
        "taffopt 和 HiGHS 版本、命令行)、取值不同的每个参数，以及核心结论(状态、总成本、折现值、是否"
        "达标、未满足业务量、每服务人次成本)，B 减 A。"
    ),
    "help.diff.epilog": (
        "\b\n示例：\n  staffopt diff reports/my_province reports/my_province-fund_austria\n  staffopt d"
        "iff reports/a reports/b --lang zh\n\n\b\n退出码：0 已列出差异(或没有差异)；2 某个文件夹不是运"
        "行结果文件夹。\n"
    ),
    # --- scenarios and --vary, --scheduler
    "expect.scenario_name": "情景名称",
    "expect.once_in_scenario": "每个情景中每个参数只设置一次({name} 已在第 {row} 行设置)",
    "expect.known_scenario": "工作簿情景表中的情景或内置预设情景：{known}",
    "expect.scheduler_address": "正在运行的 Dask 调度器地址，格式 tcp://HOST:PORT(如 tcp://10.0.0.5:8786)",
    "expect.scheduler_reachable": "从本机可以连接的、正在运行的 Dask 调度器({details})",
    "expect.vary_not_solver": "数值型模型参数键(求解器设置不能变动；请用 --time-limit 和 --gap)",
    "expect.vary_not_base_year": "数值型模型参数键(base_year 是工作簿数据所在的年份)",
    "vary.kind.choice": "选项型参数",
    "vary.kind.bool": "开关型参数",
    "vary.kind.str": "文本型参数",
    "vary.kind.level": "层级",
    "vary.kind.int": "整数型参数",
    "vary.kind.float": "数值型参数",
    "vary.kind_choices": "{kind}({choices})",
    "expect.vary_not_numeric": (
        "数值型参数键({key} 是{kind}；请在 `staffopt compare` 中用 --scenario 或 --set 比较其取值)"
    ),
    "expect.vary_did_you_mean": "数值型参数键；是否想输入 {keys}？",
    "expect.vary_one_of": "数值型参数键，可选：{listing}",
    "expect.vary_form": "参数键=起点:终点:步数，如 budget.fund_share=0.005:0.04:8",
    "expect.vary_bounds": "对 {key} 有效的起点和终点：{text}",
    "expect.vary_steps": "步数为 2 至 {most} 之间的整数",
    "expect.vary_distinct": "起点与终点不同",
    "expect.vary_two_whole": "至少包含两个不同整数的取值范围",
    "expect.within_columns": "前 {n} 列(A 至 {last})以内的列：staffopt 不读取更右的列；请把该列左移或删除",
    "expect.max_columns_to": "每个工作表最多 {n} 列(A 至 {last})",
    "expect.no_dtd": "{text}(Excel 从不写入 DTD；实体扩展攻击会利用 DTD)",
    "expect.text_length": "最多 {most:,} 个字符的文本(此单元格有 {n:,} 个字符)",
    "expect.lock_year": (
        "{first} 至 {last} 年之间的规划年份(base_year={base_year}，horizon={horizon})：规划期以外的锁定"
        "不会生效"
    ),
    "expect.not_totals_office": (
        "一个机构，而不是合计行(合计/总计/小计/total)：请删除此行，或把合计移到单独的工作表——staffopt "
        "会在报告中自行汇总各机构"
    ),
    "expect.not_totals_row": (
        "某一机构的一行，而不是合计行(合计/总计/小计/total)：请删除此行，或把合计移到单独的工作表——staf"
        "fopt 会在报告中自行汇总各机构"
    ),
    "expect.max_sheets": "最多 {n} 个工作表的工作簿(请删除不需要的工作表)",
    "expect.xml_size": "最多 {size} XML(全国工作簿约 15 MB)",
    "expect.input_xml": (
        "输入工作表合计最多 {size} XML(含 3,300 个机构的全国工作簿约需 13 MB)；请删除未使用的行和列，包"
        "括设置过格式的空行空列"
    ),
    "expect.parsed_xml": (
        "需读取的 XML 最多 {size} 的工作簿(含 3,300 个机构的全国工作簿约需 30 MB)；请删除未使用的工作表"
        "、行和列"
    ),
    "expect.stream_size": "最多 {size} 的工作簿",
    "expect.area_not_provincial": "；机构 {area} 是{level}机构，不是省级",
    "expect.known_list": "(已有：{known})",
    "expect.target_area": "省级机构的机构编号，或机构表中使用的区域标签{what}{known}",
    "expect.target_level": "在 {area} 中至少有一个机构的层级(其中没有{level}机构)",
    "expect.target_once": "每个区域和层级只占一行({area}、{level}已在第 {row} 行)",
    "expect.lock_once": (
        "每个机构、年份和锁定对象只占一行(机构“{office}”的{year}年{what}已在第 {row} 行锁定；请把下限和"
        "上限写在同一行)"
    ),
    "expect.lock_bound": "在下限、上限或两者中填写人数(整数；下限＝上限即为固定值)",
    "expect.lock_order": "不小于本行下限({lo} 人)；下限＝上限即为固定值",
    "expect.target_area_short": "省级机构的机构编号，或机构表中的区域标签",
    "expect.target_level_short": "在 {area} 中至少有一个机构的层级",
    "expect.scheduler_running": "运行中的 Dask 调度器的地址；{why}",
    "expect.price_key_effective": "在当前设置下决定预算的参数：{text}",
    "expect.price_target_form": "LEVEL=V1,V2,…，LEVEL 为 {levels} 之一，如 county=7000,5000,4000",
    "expect.price_target_values": "人均负荷比标准(人次/人)：{text}",
    "expect.price_target_one": "至少一个取值",
    "expect.positive": "正数",
    "cli.workers_or_scheduler": "--workers(本机集群)与 --scheduler(已有集群)只能用其一",
    "cli.name_scenarios": "请用 --scenario NAME(可重复)指定情景，或使用 --all",
    "cli.source": "来源：{text}",
    "cli.scenario_figures": "，总成本 {cost:,.0f} {money}，未满足工作量 {unmet:,.0f} {persons}",
    "cli.folder_in_use": (
        "无法替换 {folder}：其中有文件正被使用({reason})。请关闭 plan.xlsx(Excel/WPS)，或另选 --out；"
        "新报告未写出"
    ),
    "cli.interrupted": "已中断({key})：已停止，未留下写了一半的文件。",
    "cli.seconds_g": "{seconds:g} 秒",
    "cli.solver_work": "{seconds}(时间上限 {limit})",
    "cli.reused": "沿用",
    "cli.not_finite": "{value} 不是有限的数。",
    # --- what-if reports (compare, frontier)
    "whatif.sheet.compare": "情景对比",
    "whatif.sheet.difference": "与基准情景之差",
    "whatif.sheet.frontier": "权衡曲线",
    "whatif.sheet.scenarios": "情景设置",
    "whatif.sheet.chart_data": "图表数据",
    "whatif.title.compare": "staffopt：情景对比",
    "whatif.title.difference": "各情景与 {first} 之差",
    "whatif.title.frontier": "staffopt：{key} 变化下的权衡",
    "whatif.period.final": "规划末年",
    "whatif.period.total": "规划期合计",
    "whatif.period.peak": "最高资金池年度",
    "whatif.period.served": "规划期，按已服务业务量",
    "whatif.marginal.per": "每单位 {key} 的边际变化",
    "whatif.marginal.cost_per": "每单位 {key} 的总支出变化",
    "whatif.marginal.unmet_per": "每单位 {key} 的未满足业务量变化",
    "whatif.chart.load_ratio": "规划末年分层级名义人均负荷比",
    "whatif.chart.cost": "规划期分科目支出",
    "whatif.chart.frontier": "{key} 变化下的权衡",
    "whatif.chart.line": "支出科目",
    "whatif.chart.measure": "指标",
    "whatif.note.failed": "无方案",
    "whatif.note.diff_first": "第一个情景为基准",
    "whatif.source.workbook": "工作簿",
    "whatif.source.preset": "内置预设",
    "whatif.source.replaces": "工作簿(替代同名内置预设)",
    "whatif.settings.source": "来源",
    "whatif.settings.overrides": "调整的参数",
    "whatif.settings.description": "说明",
    "whatif.notes": "注意",
    # --- infeasibility explanations (solver/diagnose) and solver messages
    "list.slash": " / ",
    "list.semicolon": "；",
    "list.and_more": "{items}等(另有 {n:,} 个)",
    "diag.money": "{x:,.1f} 万元",
    "diag.person": "{n:,d} 人",
    "diag.persons": "{n:,d} 人",
    "diag.year_one": "{year}年",
    "diag.year_run": "{first}年至{last}年",
    "diag.year": "{runs}",
    "diag.years": "{runs}",
    "diag.office": "{name}[{id}]({level})",
    "diag.pool": "资金池 {pool}",
    "diag.param": "{key}={value} [{source}]",
    "diag.src.override": "来自 --set 或情景",
    "diag.src.sheet": "参数表",
    "diag.src.default": "默认值",
    "diag.src.contract_cap_empty": "“机构”表“编外人员控制数”列为空：取基期编外人员数",
    "diag.at_office": "机构 {office}",
    "diag.at_office_year": "机构 {office}、{year}年",
    "diag.cell": "“{sheet}”表{at}的“{column}”列",
    "diag.grown": "逐年增长率 {growth}",
    "diag.cell_grown": "{cell}，逐年增长率 {growth}",
    "diag.part": "{label} {money}",
    "diag.why.attrition_only": (
        "在编人员只能自然减员：按 {attrition} 至少保留基期 {today:,d} 人中的 {floor:,d} 人，核减编制也不"
        "能减少在编人员"
    ),
    "diag.why.attrition_and_minimum": (
        "自然减员({attrition})后保留 {floor:,d} 人，另需 {more:,d} 人以达到最低人员数"
    ),
    "diag.part.staff": "在编人员 {n:,d} 人 × {cost:,.1f} 万元({why})＝",
    "diag.why.contract_minimum": "(为达到最低人员数 {minimum:,d} 人：{source})",
    "diag.part.contract": "编外人员 {n:,d} 人 × {cost:,.1f} 万元{why}＝",
    "diag.part.premium": "{n:,d} 名专业技术人员津贴({param})",
    "diag.part.training": "培训 {hours:,.0f} 学时({param})",
    "diag.part.running": "现有信息系统运行维护费({param})",
    "diag.part.overhead": "固定运行支出({source})",
    "diag.part.conversion": "{n:,d} 名编外人员转编({param})",
    "diag.part.fixed": "{kind}({source})",
    "diag.kind.staff": "在编人员经费",
    "diag.kind.contract": "编外人员经费",
    "diag.kind.premium": "专业技术人员津贴",
    "diag.kind.training": "培训费",
    "diag.kind.running": "现有信息系统运行维护费",
    "diag.kind.invest": "信息化投资",
    "diag.kind.platform": "省级共享平台",
    "diag.kind.overhead": "固定运行支出",
    "diag.kind.pool_staff": (
        "其 {offices:,d} 个机构在编人员 {people:,d} 人工资(自然减员 {attrition} 下至少保留 {floor:,"
        "d} 人)"
    ),
    "diag.kind.conversion": "编外人员转编",
    "diag.kind.goods_services": "固定商品和服务支出",
    "diag.kind.capital": "基本建设支出",
    "diag.fiscal.text": "同级财政拨款 {cap}({source})，但方案至少需要 {total}：{parts}——缺口 {short}",
    "diag.fiscal.fix": (
        "将{name} {year}年同级财政拨款提高到至少 {total}，或改用基金预算制(budget.regime=fund；"
        "现为 {regime})"
    ),
    "diag.short_money": "缺口 {short}",
    "diag.fund.text": (
        "基金预算上限(budget.fund_share × 基金支出 {spend})为 {cap}({param})，但方案至少需要 {total}：{"
        "parts}——缺口 {short}"
    ),
    "diag.fund.fix": "将 budget.fund_share 提高到至少 {least:.4g}(或提高 fund.growth)",
    "diag.limit.posts": "编制最多 {most:,d} 个：基期 {today:,d} 个，每年最多调整 {step:,d} 个，{source}",
    "diag.lever.posts": "放宽编制调整({source})",
    "diag.limit.hiring": "每年最多招录 {cap:,d} 人，基期 {today:,d} 人({rate}，{least})",
    "diag.lever.hiring": "提高 staff.hire_rate/staff.hire_min",
    "diag.limit.appropriation": "同级财政拨款 {cap} 只够这些；{source}",
    "diag.lever.appropriation": "提高同级财政拨款",
    "diag.limit.fund": "基金预算上限只够这些；{param}",
    "diag.lever.fund": "提高 budget.fund_share",
    "diag.levers": "{first}或{last}",
    "diag.limit.no_new": "编外人员不得增加：基期 {today:,d} 人，{param}",
    "diag.lever.no_new": "将 contract.no_new 设为 false",
    "diag.limit.share_final": "规划末年编外人员占比上限({param})",
    "diag.limit.contract_cap": "编外人员控制数为 {cap:,d} 人({source})",
    "diag.limit.share_rise": "编外人员占比不得高于基期的 {share:.1%}({param})",
    "diag.lever.share_final": "提高 contract.max_share_final",
    "diag.lever.contract_cap": "提高编外人员控制数({source})",
    "diag.lever.share_rise": "将 contract.allow_share_rise 设为 true",
    "diag.lever.lower_min_staff": "降低最低人员数({source})",
    "diag.lever.other_locks": "调整该机构的其他锁定",
    "diag.lever.other_locks_or_rules": "调整该机构的其他锁定或上述规则",
    "diag.heads_one": "在编人员 {staff:,d} 人 + 编外人员 {contract:,d} 人({why})",
    "diag.heads_two": "在编人员 {staff:,d} 人({why_staff}) + 编外人员 {contract:,d} 人({why_contract})",
    "diag.minimum.text": "最低人员数 {need}({source})，但最多只能有 {most}：{heads}——缺 {gap}",
    "diag.minimum.fix": "将最低人员数({source})降到不超过 {reach:,d} 人，或{levers}",
    "diag.short": "缺 {gap}",
    "diag.pro.text": (
        "专业技术人员最低比例 {share:.1%}({param}，逐步达到期限 {phase})× {people:,d} 人(在编 {staff:,"
        "d} + 编外 {contract:,d})＝ {required:,d} 名专业技术人员，但最多只有 {possible:,d} 名：专业技术"
        "岗位须由在编人员担任({why})——缺 {gap}"
    ),
    "diag.pro.fix": (
        "将 pro.share_min 降到 {most:.1%} 以下，{lever}，或降低需要编外人员的最低人员数({source})"
    ),
    "diag.no_new.text": (
        "编外人员不得增加({param})：最多 {prev:,d} 人，但最低人员数 {minimum:,d} 人({source})在在编人员"
        " {staff:,d} 人({why})之外需要编外 {contract:,d} 人——超出 {gap}"
    ),
    "diag.no_new.fix": "将 contract.no_new 设为 false，{lever}，或降低最低人员数({source})",
    "diag.too_many": "超出 {gap}",
    "diag.hours": "{hours:,.0f} 学时",
    "diag.amount": "{n:,d} {unit}",
    "diag.generic.text": "无法满足“{rule}”({param})：编制、招录上限、自然减员和预算已无余地——缺 {amount}",
    "diag.generic.fix": "放宽 {lever}",
    "diag.note.no_diagnosis": (
        "无可行方案：各项规则相互矛盾，诊断(弹性重解)在时间上限内也未找到方案。请核对预算是否低于在编人"
        "员工资，以及最低人员数。"
    ),
    "diag.note.whole_numbers": (
        "仅因人数须为整数而无可行方案：允许非整数人数时各项规则均可满足。请略微放宽最紧的预算或最低人数"
        "。"
    ),
    "diag.noun.pools.one": "资金池",
    "diag.noun.pools.many": "资金池",
    "diag.noun.offices.one": "机构",
    "diag.noun.offices.many": "机构",
    "diag.noun.both.one": "机构或资金池",
    "diag.noun.both.many": "机构或资金池",
    "diag.head.one": (
        "无可行方案：没有任何方案能同时满足全部规则。{places} 个{noun}共 {n} 处冲突(须让步方能形成方案的"
        "规则；数字取自违反规则最少的方案)："
    ),
    "diag.head.many": (
        "无可行方案：没有任何方案能同时满足全部规则。{places} 个{noun}共 {n} 处冲突(须让步方能形成方案的"
        "规则；数字取自违反规则最少的方案)："
    ),
    "diag.more": "……另有 {n} 个{noun}的冲突未在此列出。",
    "diag.line.one": "{where}，{years}：{text}。建议：{fix}。",
    "diag.line.many": "{where}，{years}(以下为缺口最大的 {worst}年)：{text}。建议：{fix}。",
    "diag.named": "{where} {year}年{short}",
    "diag.summary": "共 {n} 个{noun}无法满足“{rule}”({years})；最严重的：{named}。其中第一个的详情：",
    "stage.obj_cost": "成本最低",
    "stage.obj_unmet": "未满足业务量最小",
    "stage.obj_share": "最大未满足比例最小",
    "stage.time_limit_plan": (
        "求解阶段“{stage}”达到时间上限({limit:g} 秒，solver.time_limit)；报告已找到的最优方案"
    ),
    "stage.time_limit_none": "求解阶段“{stage}”达到时间上限({limit:g} 秒，solver.time_limit)；未找到任何方案",
    "stage.error": "求解阶段“{stage}”：HiGHS 结束状态为 {status}",
    "stage.inconsistent": (
        "求解阶段“{stage}”：HiGHS 返回的方案与其报告的目标值不符，关闭预处理重新求解后仍不符；不给出方案"
    ),
    "stage.scip_status": "求解阶段“{stage}”：SCIP 结束状态为 {status}",
    "stage.cbc_status": "求解阶段“{stage}”：CBC 结束状态为 {status}",
    "solve.no_plan_in_time": (
        "在时间上限内未找到任何方案：请提高 solver.time_limit(--time-limit)或放宽 solver.gap"
    ),
    "solve.marginals_failed": "边际值：固定整数后的线性规划未求得最优解({status})，边际值留空",
    "solve.marginals_no_time": "边际值：在时间上限(solver.time_limit)内已无求解时间，边际值留空",
    "diag.unit.persons": "人",
    "diag.unit.posts": "个编制",
    "diag.unit.hours": "学时",
    "diag.unit.万元": "万元",
    "diag.unit.staff-equivalents": "人当量",
    "diag.unit.platforms": "个平台",
    "diag.n_posts": "{n:,d} 个编制",
    "diag.lock_cell": "“{sheet}”表第 {row} 行的“{column}”列",
    "diag.lock.min_staff_needs": (
        "最低人员数 {least:,d} 人({source})在其他规则允许的 {n:,d} 名{other}之外需要这些人员"
    ),
    "diag.lock.posts_held": "在编人员须占用编制，自然减员或其他锁定使其无法更少",
    "diag.lock.no_room": (
        "其他规则已无余地：编制每年最多调整 {step:,d} 个({source})、招录上限、自然减员、最低人员数和预"
        "算"
    ),
    "diag.lock.note": "({note})",
    "diag.lock.low": "{cell}将{what}锁定为不少于 {bound}{note}，但最多只能有 {value}：{why}——缺 {gap}",
    "diag.lock.high": "{cell}将{what}锁定为不超过 {bound}{note}，但方案至少需要 {value}：{why}——超出 {gap}",
    "diag.lock.fix_low": "将{cell}降到 {x:,d}，或{lever}",
    "diag.lock.fix_high": "将{cell}提高到 {x:,d}，或{lever}",
    "diag.lock.short_low": "缺 {gap}",
    "diag.lock.short_high": "超出 {gap}",
    "rule.fiscal_appropriation": "同级财政拨款",
    "rule.fund_cap": "基金预算上限",
    "rule.minimum_staff": "最低人员数",
    "rule.contract_no_new": "编外人员不得增加",
    "rule.contract_share_final": "规划末年编外人员占比上限",
    "rule.pro_share_min": "专业技术人员最低比例",
    "rule.training_min": "最低培训学时",
    "rule.standard_upper": "编制标准(上限)",
    "rule.standard_lower": "编制标准(下限)",
    "rule.contract_share_base": "编外人员占比不高于基期",
    "rule.lock": "锁定",
    # --- built-in scenarios (whatif/scenarios.py): citations of the source texts and presets
    "citation.000": (
        "林闽钢(未注明年份，引文最晚为2022年)，《“系统集成、协同高效”的社会保障制度改革——以长三角社会保"
        "障一体化为例》"
    ),
    "citation.001": (
        "中国社科院世界社保研究中心 2014，《快讯》2014年第36期：完善中国社会保险经办服务体系——国际经验研"
        "讨会"
    ),
    "citation.002": "郑秉文、毛颖珂 2024 (SSL WP 188)，《我国社会保险经办服务体系的发展成就与转型升级》",
    "citation.003": "作者未注明(未注明年份，2015年以后)，《京津冀社会保障协同发展：基于欧盟的经验与启示》",
    "citation.004": "翟绍果(未注明年份，2025年以后)，《数字化转型中社会保障的结构改革与制度创新》",
    "preset.status_quo": "现状：各机构支出不超过同级财政拨款(财政预算制，现行《社会保险法》规定)，编制冻结。",
    "preset.status_quo.detail": "《社会保险法》：经办经费由同级财政保障",
    "preset.status_quo.name": "现状(财政预算制、编制冻结)",
    "preset.dynamic_posts": (
        "编制动态调整：每个机构每年编制可调整至多5个——足以让典型县级机构在一年内消化超编人员(县级"
        "超编11,569人，约2,850个县级机构，平均约4人)。在随附示例省中只改变编制(至2026年核减801个"
        "空编)：成本与未满足业务量与现状相同，因为线上服务替代窗口人员、在编人员降到现有编制以下"
        "，且预算先起约束作用(见 docs/findings.md)。"
    ),
    "preset.dynamic_posts.detail": "表1(2021年分层级编制数与实有人数)",
    "preset.dynamic_posts.name": "编制动态调整",
    "preset.fund_1pct": (
        "基金预算制，经办成本上限为基金支出的1%：目前经办机构经费支出占基金收、支、余均不超过1%。"
    ),
    "preset.fund_1pct.detail": "2022年经办经费占基金收支余均不足1%",
    "preset.fund_1pct.name": "基金预算制 1%",
    "preset.fund_austria": (
        "基金预算制，上限为基金支出的1.9%：奥地利2022年经办管理成本占基金总收入的1.9%(养老1.3%、"
        "健康2.5%、意外8.1%)。"
    ),
    "preset.fund_austria.detail": "奥地利社会保障统计，2022年",
    "preset.fund_austria.name": "基金预算制 1.9%(奥地利)",
    "preset.fund_korea": (
        "基金预算制，上限为基金支出的3.6%：韩国国民年金2022年行政成本占年金支出的3.6%(2018年4.3%)。"
    ),
    "preset.fund_korea.detail": "韩国国民年金2022年年报",
    "preset.fund_korea.name": "基金预算制 3.6%(韩国)",
    "preset.ratio_xinjiang": (
        "人均负荷比标准7000:1(新疆乌鲁木齐市、克拉玛依市，每三年核定一次)；理解为全市标准，适用于地(市)"
        "级和县(区)级机构(省级不变)。"
    ),
    "preset.ratio_xinjiang.detail": "新疆经办人员配置机制",
    "preset.ratio_xinjiang.name": "负荷比 7000:1(乌鲁木齐、克拉玛依)",
    "preset.ratio_beijing": (
        "人均负荷比标准5000:1(北京市)；北京规定只针对区县经办机构(略高于5000:1)，故仅调整县(区)级。"
    ),
    "preset.ratio_beijing.detail": "北京市区县经办人员配置参考",
    "preset.ratio_beijing.name": "负荷比 5000:1(北京区县)",
    "preset.ratio_chengdu": "成都市人均负荷比标准：市级10000:1，区县4000:1。",
    "preset.ratio_chengdu.detail": "成都市经办人员配置标准",
    "preset.ratio_chengdu.name": "成都标准(市级 10000:1、区县 4000:1)",
    "preset.henan_standard": (
        "河南省县级养老保险经办机构分档编制标准(参保1万人以下10-15名；1-2万人15-20名；2万人以上每"
        "增2000人增1名，最多30名)，作为编制下限(标准核定编制)；编制每年可调整5个以达到标准(同 "
        "dynamic_posts)。在随附示例省中只改变编制(2026年3,891个，现状冻结为4,226个)：成本与未满足"
        "业务量与现状相同，因为在编人员低于编制(见 dynamic_posts)。"
    ),
    "preset.henan_standard.detail": "河南省县级养老保险经办机构编制标准",
    "preset.henan_standard.name": "河南县级分档编制标准",
    "preset.pro_share_2011": "专业技术人员占比恢复到2011年的34%(按职称计；2021年为21%)。",
    "preset.pro_share_2011.detail": "2011年与2021年专业技术人员占比",
    "preset.pro_share_2011.name": "专业技术人员占比恢复至 34%(2011年)",
    "preset.shared_platform": (
        "允许建设省级共享数字平台：以规模经济取代分散建设的数百个数据中心(金保工程一期：31个省级"
        "、257个地市级数据中心，每个中心每年约340万元)。两项设置均为默认值，故凡保留默认值的工作"
        "簿中本情景与现状相同——随附数据即如此，且各省已运行共享平台(platform.existing = true，文"
        "献002：信息系统省级集中基本实现)；共享平台的价值见 office_it。"
    ),
    "preset.shared_platform.detail": "金保工程一期(2004-2012年)",
    "preset.shared_platform.name": "省级共享数字平台",
    "preset.office_it": (
        "各机构分散建设信息系统，不建共享平台，也不计现有平台(金保工程一期的碎片化模式)。"
    ),
    "preset.office_it.detail": "金保工程一期(2004-2012年)",
    "preset.office_it.name": "各机构自建信息系统",
    "preset.new_employment": (
        "新就业形态人员参保：约2亿新业态灵活就业人员，预计参保人次还将增加数亿。按增加2亿人次、"
        "现有10663×145275≈15.49亿人次计，增加12.9%，5年规划期内即每年额外增长2.5%。"
    ),
    "preset.new_employment.detail": "新就业形态；2021年人均负荷比10663:1、工作人员145275人",
    "preset.new_employment.name": "新就业形态人员参保",
    "preset.citation": "{citation}，{detail}",
    "preset.reform_package.name": "四项改革组合",
    "preset.reform_package": (
        "002提出的四项改革组合：编制动态调整(每年5个，同 dynamic_posts)；提高人力资本：专业技术人"
        "员占比恢复到2011年的34%(同 pro_share_2011)，并实行制度化培训，每人每年至少30.6学时(专业"
        "技术人员继续教育每年不少于90学时的全国规定乘以34%，为明示假设，见 docs/model.md)；经办费"
        "用列入社会保险基金成本(基金预算制)，比例取002所引奥地利的1.9%(同 fund_austria)。数字化转"
        "型无需单独设置：现状下各机构同样可进行信息化投入，随附数据中各省已运行共享平台；如有制约"
        "，则来自同级财政预算，基金列支即解除这一约束。文中未给出具体比例：可用 `staffopt price "
        "--scenario reform_package` 求出使业务量全部满足的最低比例(见 docs/findings.md)。"
    ),
    "preset.reform_package.detail": (
        "第四部分，四项改革(人员编制、人力资本、数字化转型、经办费用列入基金成本)"
    ),
    "scenario.replaces_preset": "情景 {name}：工作簿的情景表定义了同名情景，完全替代同名内置预设",
    "scenario.not_applied": "{line}；预设中的以下设置未被采用：{lost}",
    "scenario.note": "情景 {name}：{text}",
    # --- parameters with no effect (whatif/no_effect.py)
    "noeffect.line": "{key} 不起作用：{reason}；{fix}",
    "noeffect.at_values": "{key} = {values} 时：{text}",
    "noeffect.fix.fund": "请加 --scenario fund_1pct 或 --set budget.regime=fund",
    "noeffect.fund_only": "budget.regime 为 {regime}(仅基金预算制使用该参数)",
    "noeffect.fiscal_only": "budget.regime 为 {regime}(同级财政拨款仅在财政预算制下约束方案)",
    "noeffect.fix.fiscal": "请加 --scenario status_quo 或 --set budget.regime=fiscal",
    "noeffect.report_mode": "standard.mode 为 report(编制标准仅在方案旁列示，不约束方案)",
    "noeffect.fix.mode": "请加 --set standard.mode=upper 或 --set standard.mode=lower",
    "noeffect.ratio_rule": "standard.rule 为 {rule}(仅按负荷比核定编制的规则使用该参数)",
    "noeffect.fix.ratio": "请加 --set standard.rule=ratio",
    "noeffect.henan_rule": "standard.rule 为 {rule}(仅河南分档标准使用该参数)",
    "noeffect.fix.henan": "请加 --scenario henan_standard 或 --set standard.rule=henan",
    "noeffect.no_rule": "standard.rule 为 none(未采用编制标准)",
    "noeffect.fix.any_rule": "请加 --scenario henan_standard 或 --set standard.rule=ratio",
    "noeffect.digital_off": "digital.enabled 为 false(不提供数字化服务)",
    "noeffect.fix.digital": "请加 --set digital.enabled=true",
    "noeffect.platform_off": "platform.enabled 为 false(不建共享平台)",
    "noeffect.fix.platform": "请加 --scenario shared_platform 或 --set platform.enabled=true",
    "noeffect.training_off": "training.enabled 为 false(不安排培训)",
    "noeffect.fix.training": "请加 --set training.enabled=true",
    "noeffect.not_cost": "objective 为 {objective}(未满足业务量罚金仅计入成本目标)",
    "noeffect.fix.cost": "请加 --objective cost",
    "noeffect.no_pro_floor": "pro.share_min 为 0(无专业技术人员占比下限，无需分期达标)",
    "noeffect.fix.pro_floor": "请加 --scenario pro_share_2011 或 --set pro.share_min=0.34",
    "noeffect.reach_year": "取值不晚于规划首年 {first}(负荷比目标自规划首年起即全额适用)",
    "noeffect.fix.reach_year": "请设为更晚的年份，例如 --set target.reach_year={later}",
    "noeffect.fix.platform_existing": "请加 --set platform.existing=false",
    "noeffect.fix.reported_only": (
        "如需限制编外人员，请使用 contract.allow_share_rise、contract.max_share_final 或编外人员控制数"
        "列"
    ),
    "noeffect.fix.renamed": "请改用 {new}",
    "noeffect.fix.conversion": "请加 --set contract.conversion_enabled=true",
    "noeffect.platform_existing": "platform.existing 为 true(各省已运行共享平台，不再新建)",
    "noeffect.reported_only": (
        "该参数仅用于与名义人均负荷比并列报告的有效人均负荷比(负荷比标准按人头计，见 docs/model.md 第 9"
        " 类约束)"
    ),
    "noeffect.renamed": "该参数已更名为 {new} 并按新名读取；{why}",
    "noeffect.conversion_off": "contract.conversion_enabled 为 false(不将编外人员转入编制)",
    "sweep.failed": "运行出错：{detail}",
    "sweep.input_error": "输入有误：{text}",
    "sweep.folder_failed": "该情景的运行结果文件夹未能写出：{detail}",
    "sweep.worker_failed": "执行该任务的工作进程失败：{detail}",
    "sweep.refused": "到 {host}:{port} 的连接被拒绝：该地址没有运行中的 Dask 调度器",
    "sweep.no_answer": "{host}:{port} 在 {timeout:g} 秒内无应答(可能是防火墙，或地址有误)",
    "sweep.unreachable": "无法连接 {host}:{port}({reason})",
    "lock.what.posts": "编制",
    "lock.what.staff": "在编人员",
    "lock.what.contract": "编外人员",
    "lock.reach_posts": (
        "{year}年编制可为 {least:,d} 至 {most:,d} 个：{base}年为 {posts0:,d} 个，每年最多调整 {step:,d}"
        " 个({source})"
    ),
    "lock.at_most": "最多 {n:,d} 人：{why}",
    "lock.attrition_floor": "，且不少于自然减员后保留的 {floor:,d} 名在编人员({param})",
    "lock.at_least_why": "至少 {n:,d} 人：{reach}{why}",
    "lock.staff_floor": (
        "至少 {floor:,d} 人：在编人员只因自然减员减少({param})，{base}年的 {staff0:,d} 人到{year}年至少"
        "还有 {floor:,d} 人"
    ),
    "lock.hiring": "{base}年 {staff0:,d} 人，每年最多招录 {cap:,d} 人({rate}，{least})",
    "lock.need_posts": "在编人员须占用编制，而编制最多为 {most:,d} 个({source})",
    "lock.at_most_in": "{year}年最多 {n:,d} 人：{why}",
    "lock.no_new": "最多 {n:,d} 人：编外人员不得增加({param})，该机构{base}年有 {n:,d} 人",
    "lock.posts_below_staff": (
        "至少 {n:,d} 人：在编人员须占用编制，而第 {row} 行将{year}年在编人员锁定为至少 {n:,d} 人"
    ),
    "headline.title": "核心结论",
    "headline.status": "状态",
    "headline.cost_total": "{years}总成本",
    "headline.cost_discounted": "折现值",
    "headline.cost_discounted.long": "折现至 {base} 年",
    "headline.standards_met": "各项标准均达到",
    "headline.unmet": "{years}未满足业务量",
    "headline.cost_per_person_time": "每服务人次成本",
    "headline.penalty": "未满足业务量惩罚(折现；仅计入目标函数，并非实际支出)",
    "headline.penalty.short": "未满足业务量惩罚(非实际支出)",
    "headline.objective": "求解目标函数值",
    "headline.years": "{first}—{last}年",
    "headline.year": "{first}年",
    "headline.yes": "是",
    "headline.no": "否",
    "headline.not_met": "未达标准：{cause}",
    "headline.all_met": "各项标准均达到",
    "cause.budget": "预算约束起作用",
    "cause.limits": "编制、招录或编外人员限制起作用(预算尚有余地)",
    "cause.penalty": "unmet.penalty 低于满足该业务量的成本",
    "cause.time_limit": "求解器在时间上限处停止",
    "prov.title": "来源信息",
    "prov.staffopt_version": "staffopt 版本",
    "prov.highs_version": "HiGHS 版本",
    "prov.pyscipopt_version": "SCIP(pyscipopt)版本",
    "prov.input": "输入文件",
    "prov.input_sha256": "输入文件 SHA-256",
    "prov.command_line": "命令行",
    "prov.time": "运行时间",
    "prov.python_version": "Python 版本",
    "prov.in_memory": "(内存中生成)",
    "frontier.no_plan.infeasible": "无可行方案",
    "frontier.no_plan.error": "无方案(求解出错)",
    "frontier.no_plan.time_limit": "时间上限内未找到方案",
    "frontier.met_budget": "各项标准均达到；预算约束起作用",
    "frontier.met_slack": "各项标准均达到；预算约束不起作用",
    "frontier.flat": "第 {first}—{last} 步({key} 自 {low} 至 {high})：总成本与未满足业务量不变；{why}",
    "frontier.flat.met_slack": "各项标准均已达到且预算约束不起作用，{key} 再大也不改变方案",
    "frontier.flat.met_budget": "各项标准均已达到、预算约束起作用，但方案不随 {key} 变化",
    "frontier.flat.budget": "仍有未满足业务量且预算约束起作用；{key} 未改变起作用的预算上限",
    "frontier.flat.limits": "预算尚有余地但仍有未满足业务量：起作用的是编制、招录或编外人员限制，而非 {key}",
    "frontier.flat.penalty": "unmet.penalty 低于满足业务量的成本；{key} 不改变这一点",
    "frontier.flat.time_limit": "这些步骤求解在时间上限处停止；请提高 --time-limit",
    "frontier.per.pp": "{key} 每个百分点",
    "frontier.per.thousand": "{key} 每 1,000 {unit}",
    "frontier.per.unit": "{key} 每 {unit}",
    "frontier.reused": "{total} 步中有 {n} 步沿用已知方案，未重新求解",
    "frontier.reuse.same_model": "与第 {step} 步模型相同：{key} 在此不起作用",
    "frontier.reuse.unlimited": (
        "不设预算约束时的方案在 {key} = {value:g} 时满足全部预算上限，因而就是此处(及更大取值)的最优方"
        "案：直接沿用，不再求解"
    ),
    "marginal.cost": "边际成本",
    "marginal.unmet": "未满足业务量边际变化",
    "compare.chart.load_ratio": "规划末年分层级有效人均负荷比",
    "compare.chart.load_ratio.sub": "柱：各情景；黑色短线：该情景的标准",
    "brief.title": "简报：{years}人员编制与经费规划",
    "brief.compare_title": "简报：改革情景对比({years})",
    "brief.subtitle": "情景：{scenario}。预算体制：{regime}。除注明外金额单位为万元。",
    "brief.base_settings": "工作簿自身参数",
    "brief.h.headline": "核心结论",
    "brief.h.key_table": "主要指标",
    "brief.h.charts": "图表",
    "brief.h.warnings": "警告与提示",
    "brief.h.marginals": "边际价值的含义",
    "brief.no_plan": "无方案：{status}。原因见“警告与提示”。",
    "brief.cost": "{years}方案总成本 {cost} 万元(折现至 {base} 年为 {disc} 万元)，每服务人次成本 {yuan} 元",
    "brief.met": "，各项人均负荷比标准均达到。",
    "brief.not_met": (
        "。方案仍有 {unmet} 人次业务量未满足(占业务量的 {share})，未能全部达到人均负荷比标准：{cause}。"
    ),
    "brief.staff": (
        "{final}年方案共有编制 {posts} 个、在编人员 {staff} 人、编外人员 {contract} 人；现状({base}年)"
        "分别为 {posts0} 个、{staff0} 人、{contract0} 人。"
    ),
    "brief.budget": "预算：{regime}；各资金池各年度最高使用率为 {use}，预算约束在 {n} 个资金池·年度起作用。",
    "brief.budget_none": "预算：{regime}。",
    "brief.col.figure": "指标",
    "brief.col.value": "数值",
    "brief.col.unit": "单位",
    "brief.col.item": "项目",
    "brief.col.level": "层级",
    "brief.col.scenario": "情景",
    "brief.col.ratio_base": "现状人均负荷比({unit})",
    "brief.col.ratio_nominal": "规划末年名义人均负荷比({unit})",
    "brief.col.ratio_effective": "规划末年有效人均负荷比({unit})",
    "brief.col.target": "标准({unit})",
    "brief.col.unmet": "规划期未满足业务量({unit})",
    "brief.col.cost": "规划期总成本({unit})",
    "brief.col.disc": "折现值({unit})",
    "brief.col.per": "每服务人次成本({unit})",
    "brief.ratio_note": "名义人均负荷比为人均业务量；有效人均负荷比计入线上办理和培训的作用，标准据此考核。",
    "brief.no_warnings": "无：方案达到要求的精度并满足全部标准。",
    "brief.marginal.what": (
        "边际价值由将编制、人员等整数决策固定于本方案后的线性规划求得：表示在本方案附近的小幅变化带来的"
        "成本或节约，不代表大幅改革的效果。"
    ),
    "brief.marginal.level": "{level} {yuan} 元",
    "brief.marginal.workload": "{year}年每增加一人次业务量的成本约为：{parts}。",
    "brief.marginal.no_budget": "本次运行不设预算约束，资金没有边际价值。",
    "brief.marginal.slack": "预算约束在所有资金池·年度均不起作用：增加资金不会改变方案。",
    "brief.marginal.budget": (
        "预算约束在 {n} 个资金池·年度起作用；其中每增加 1 万元预算，目标函数最多可降低 {value} 万元(资"
        "金池 {pool}，{year}年)。"
    ),
    "brief.marginal.above_one": (
        "边际价值大于 1 表示新增资金可用于满足目前未满足的业务量(每人次未满足业务量在目标函数中计入惩罚"
        ")，而不仅是抵偿自身。"
    ),
    "brief.cheapest": "满足全部标准的情景中成本最低的是：{name}，规划期总成本 {cost} 万元。",
    "brief.none_meets": "没有情景能满足全部标准。",
    "brief.doc_language": "zh-CN",
    "diff.none": "(无)",
    "diff.identical": "两次运行的输入、参数和核心结论均相同",
    "diff.inputs": "输入与来源信息",
    "diff.settings": "参数",
    "diff.headline": "核心结论",
    "diff.provenance": "来源信息",
    "diff.same": "相同",
    "diff.count": "{n} 项不同(A → B)",
    "diff.missing": "注意：其中一个文件夹未记录{what}(由较早版本的 staffopt 写出)",
    "diff.scenario": "情景",
    "diff.cost_total": "规划期总成本",
    "diff.cost_discounted": "总成本折现值",
    "diff.unmet": "规划期未满足业务量",
    "diff.expected_run": "应为 staffopt 运行结果文件夹，即含 summary.json 的文件夹(如 reports/my_province)",
    "diff.not_folder": "{folder} 不是文件夹；{expected}",
    "diff.no_summary": (
        "{folder} 中没有 summary.json；{expected}(比较结果文件夹的 scenarios/ 下才是各运行结果文件夹)"
    ),
    "diff.unreadable": "无法读取 {path}({reason})；{expected}",
    "diff.not_staffopt": "{path} 不是 staffopt 写出的；{expected}",
    "unused.row": "第 {row} 行({office}，{year}年)",
    "unused.row_no_number": "({office}，{year}年)",
    "unused.more": " 等(另有 {n:,} 行)",
    "unused.note": (
        "工作表“{sheet}”中 {items}{more} 的年份不在本次规划年份 {span} 内，未被使用(请检查年份是否录入"
        "有误，或调整 base_year/horizon)"
    ),
    "price.value_pct": "{pct:.3%}({value:.6g})",
    "price.points": "{points:.3f} 个百分点",
    "price.found": (
        "{key} = {value} 时业务量全部满足；价格区间 ({low}, {high}](容差 {tolerance}；共 {steps} 步)"
    ),
    "price.not_optimal": (
        "{key} = {value:g} 时的方案仍有 {unmet:,.0f} 人次未满足：求解未达最优({status})；请提高 --time-"
        "limit"
    ),
    "price.undecided": (
        "求解器在时间上限内未能判定 {key} = {shown} 时是否可行；价格介于 {low:g} 与 {high:g} 之间；请提"
        "高 --time-limit 以缩小区间"
    ),
    "price.undecided_unlimited": (
        "即使不设预算约束，求解器在时间上限内也未找到无未满足业务量的方案，无法给出 {key}；请提高 --tim"
        "e-limit"
    ),
    "price.no_plan_unlimited": "即使不设预算约束也没有可行方案({status})",
    "price.no_key_enough": "任何 {key} 都不够：{text}",
    "price.level_amount": "{level} {amount:,.0f}",
    "price.out_of_reach": (
        "任何 {key} 都不够：即使不设预算约束，仍有 {total:,.0f} 人次未满足({span}年；{levels}；最多的是"
        " {offices})：在编制和人员限制下无法达到该标准——{limits}{later}"
    ),
    "price.reachable_later": (
        "；自 {year} 年起业务量全部满足：上述限制只是放慢了达标进程——可用 target.reach_year 分年过渡"
    ),
    "price.limit.frozen": "posts.step = {step}(编制冻结)",
    "price.limit.step": "posts.step = {step}/年",
    "price.limit.hiring": "staff.hire_rate = {rate:.0%}、staff.hire_min = {least}/年",
    "price.limit.attrition": "staff.attrition = {rate:.0%}",
    "price.limit.no_new": "contract.no_new = true(不得新增编外人员)",
    "price.limit.share_final": "contract.max_share_final = {share:.0%}",
    "price.limit.share_rise": "contract.allow_share_rise = false(各机构编外人员占比不得高于基期)",
    "price.limit.control": "各机构编外人员控制数(机构表“编外人员控制数”列；为空时取基期编外人员数)",
    "price.too_little": (
        "{key} 取其允许的最大值 {high:g} 也不够：即使如此，预算仍不足以支付无未满足业务量的方案{undecid"
        "ed}"
    ),
    "price.too_little_undecided": "(求解器在时间上限内未能判定；请提高 --time-limit)",
    "price.kind.unlimited": "不设预算上限",
    "price.kind.fit": "验算",
    "price.kind.lp": "线性松弛",
    "price.kind.mip": "混合整数规划",
    "price.kind.plan": "方案",
    "price.outcome.feasible": "可行",
    "price.outcome.infeasible": "不可行",
    "price.outcome.undecided": "未判定",
    "price.outcome.reused": "沿用",
    "backend.auto": "自动",
    "backend.highs": "HiGHS",
    "backend.scip": "SCIP",
    "backend.none": "未运行(仅凭数据即可判定无可行方案，未求解模型)",
    "backend.cbc": "CBC",
    "backend.cbc_missing": (
        "solver.backend = cbc，但未安装 CBC(Python 包 mip，即 python-mip)：请安装"
        "(`pip install staffopt[cbc]` 或 `pip install mip`)，或将 solver.backend 设为 auto、highs 或 scip"
    ),
    "backend.scip_missing": (
        "solver.backend = scip，但未安装 SCIP(Python 包 pyscipopt)：请安装(`pip install pyscipopt`)，"
        "或将 solver.backend 设为 auto 或 highs"
    ),
    "backend.auto_without_scip": (
        "solver.backend = auto 本应用 SCIP 求解这 {provinces} 个省，但未安装 pyscipopt：已改用 HiGHS 求解"
        "(全国规模时较慢；方案可能在间隙范围内不同)"
    ),
    "punct.colon": "：",
    "punct.dash": "——",
}
