"""English texts of staffopt (see :mod:`staffopt.text`): key → template."""


TEXTS: dict[str, str] = {
    # --- units
    "unit.money": "CNY 10k",
    "unit.money_per_year": "CNY 10k/year",
    "unit.money_per_person_year": "CNY 10k/person-year",
    "unit.person_times": "person-times/year",
    "unit.person_times_total": "person-times",
    "unit.persons": "persons",
    "unit.persons_per_year": "persons/year",
    "unit.fraction": "fraction (0-1)",
    "unit.fraction_per_year": "fraction/year",
    "unit.ratio": "person-times per staff member",
    "unit.hours": "hours/year",
    "unit.hours_per_person": "hours/person-year",
    "unit.money_per_hour": "CNY 10k/hour",
    "unit.staff_per_hour": "staff-equivalents per training hour",
    "unit.staff_per_contract": "staff-equivalents per contract staff",
    "unit.yield": "person-times/year per CNY 10k of digital capital",
    "unit.money_per_person_time": "CNY 10k per person-time",
    "unit.year": "year",
    "unit.years": "years",
    "unit.seconds": "seconds",
    "unit.person_times_per_insured": "person-times per insured person",
    "unit.objective_per_money": "CNY 10k of objective per CNY 10k",
    "unit.money_per_person": "CNY 10k/person",
    "unit.yuan_per_person_time": "yuan per person-time",
    "unit.money_per_thousand_person_times": "CNY 10k per 1,000 person-times",
    # --- levels
    "level.provincial": "provincial",
    "level.municipal": "municipal",
    "level.county": "county",
    "level.all": "all levels",
    # --- input sheets and columns (headers, header notes, docs/input.md)
    "input.offices": "offices",
    "input.offices.help": "One row per office: base-year data.",
    "input.offices.office_id": "office id",
    "input.offices.office_id.help": "Unique id of the office.",
    "input.offices.name": "name",
    "input.offices.name.help": "Name of the office.",
    "input.offices.level": "level",
    "input.offices.level.help": "provincial, municipal or county.",
    "input.offices.parent_id": "parent id",
    "input.offices.parent_id.help": (
        "Office id of the parent (municipal → provincial, county → municipal); empty for provincial."
    ),
    "input.offices.regions": "regions",
    "input.offices.regions.help": "Region tags separated by commas, e.g. 长三角.",
    "input.offices.workload": "workload",
    "input.offices.workload.help": "Insured person-times served in the base year.",
    "input.offices.workload_growth": "workload growth",
    "input.offices.workload_growth.help": (
        "Annual growth of workload (used where no workload_by_year row is given)."
    ),
    "input.offices.posts": "posts",
    "input.offices.posts.help": "Authorised establishment (编制) in the base year.",
    "input.offices.actual_staff": "actual staff",
    "input.offices.actual_staff.help": "Actual staff in the base year, established and contract together.",
    "input.offices.contract_staff": "contract staff",
    "input.offices.contract_staff.help": (
        "Contract staff beyond establishment; empty = actual staff − posts when positive."
    ),
    "input.offices.professional_staff": "professional staff",
    "input.offices.professional_staff.help": "Professional-technical staff among the established staff.",
    "input.offices.cost_staff": "cost per established staff",
    "input.offices.cost_staff.help": "Annual personnel cost per established staff member.",
    "input.offices.cost_contract": "cost per contract staff",
    "input.offices.cost_contract.help": "Annual personnel cost per contract staff member.",
    "input.offices.digital_capital": "digital capital",
    "input.offices.digital_capital.help": "Digital capital stock (IT systems) in the base year.",
    "input.offices.manual_floor": "manual-service floor",
    "input.offices.manual_floor.help": "Share of workload that must stay manual (digital divide).",
    "input.offices.appropriation": "fiscal appropriation",
    "input.offices.appropriation.help": (
        "Same-level fiscal appropriation in the base year (fiscal regime cap)."
    ),
    "input.offices.overhead": "fixed overhead",
    "input.offices.overhead.help": "Fixed overhead (其他支出) per year.",
    "input.offices.fund_spending": "fund spending",
    "input.offices.fund_spending.help": (
        "Social-insurance fund spending in the office's area in the base year (fund regime cap "
        "base)."
    ),
    "input.offices.min_staff": "minimum staff",
    "input.offices.min_staff.help": (
        "Least established + contract staff the office needs; empty = the level's parameter."
    ),
    "input.offices.post_step": "post step",
    "input.offices.post_step.help": (
        "Largest change of posts per year for this office; empty = parameter posts.step."
    ),
    "input.offices.goods_services": "fixed goods & services",
    "input.offices.goods_services.help": (
        "Goods & services the plan does not change (office running: rent, utilities, printing, travel, "
        "outsourced services) per year; IT running cost and training are modelled on top."
    ),
    "input.offices.capital": "capital construction",
    "input.offices.capital.help": (
        "Capital construction (buildings, service halls) per year besides IT investment; flows into the "
        "capital line every year."
    ),
    "input.offices.contract_cap": "contract staff control",
    "input.offices.contract_cap.help": (
        "Most contract staff the office may employ (编外人员控制数); empty = today's contract staff."
    ),
    "input.parameters": "parameters",
    "input.parameters.help": "Model settings; a missing parameter takes its default.",
    "input.parameters.key": "parameter",
    "input.parameters.key.help": "Parameter key.",
    "input.parameters.value": "value",
    "input.parameters.value.help": "Value.",
    "input.parameters.unit": "unit",
    "input.parameters.unit.help": "Unit (information only).",
    "input.parameters.description": "description",
    "input.parameters.description.help": "Meaning (information only).",
    "input.workload_by_year": "workload by year",
    "input.workload_by_year.help": "Optional: workload per office and plan year.",
    "input.workload_by_year.office_id": "office id",
    "input.workload_by_year.office_id.help": "Office id.",
    "input.workload_by_year.year": "year",
    "input.workload_by_year.year.help": "Plan year.",
    "input.workload_by_year.workload": "workload",
    "input.workload_by_year.workload.help": (
        "Insured person-times served that year (overrides the growth rate)."
    ),
    "input.budget_by_year": "budget by year",
    "input.budget_by_year.help": "Optional: appropriation per office and plan year.",
    "input.budget_by_year.office_id": "office id",
    "input.budget_by_year.office_id.help": "Office id.",
    "input.budget_by_year.year": "year",
    "input.budget_by_year.year.help": "Plan year.",
    "input.budget_by_year.appropriation": "fiscal appropriation",
    "input.budget_by_year.appropriation.help": (
        "Same-level fiscal appropriation that year (overrides budget.growth)."
    ),
    "input.scenarios": "scenarios",
    "input.scenarios.help": "Optional: named what-if scenarios, one override per row.",
    "input.scenarios.scenario": "scenario",
    "input.scenarios.scenario.help": "Scenario name.",
    "input.scenarios.key": "parameter",
    "input.scenarios.key.help": "Parameter key, as in the parameters sheet.",
    "input.scenarios.value": "value",
    "input.scenarios.value.help": "Value for this scenario.",
    "input.scenarios.note": "note",
    "input.scenarios.note.help": "Free note.",
    "input.sources": "sources",
    "input.sources.help": "Where the figures come from (information only; not read).",
    "input.sources.item": "item",
    "input.sources.item.help": "What the figure is.",
    "input.sources.source": "source",
    "input.sources.source.help": "Where it comes from.",
    "input.locks": "locks",
    "input.locks.help": (
        "Optional: posts, established or contract staff of an office fixed or bounded in a plan year."
    ),
    "input.locks.office_id": "office id",
    "input.locks.office_id.help": "Office id.",
    "input.locks.year": "year",
    "input.locks.year.help": "Plan year the lock holds in.",
    "input.locks.what": "what",
    "input.locks.what.help": (
        "What is locked: posts (编制), staff (established staff, 在编人员) or contract (contract staff,"
        " 编外人员)."
    ),
    "input.locks.min": "min",
    "input.locks.min.help": (
        "Least value in that year; min = max fixes it (e.g. posts approved by the establishment office)."
    ),
    "input.locks.max": "max",
    "input.locks.max.help": "Largest value in that year; give min, max or both.",
    "input.locks.note": "note",
    "input.locks.note.help": "Why the lock holds (e.g. the approval document).",
    "input.targets": "targets",
    "input.targets.help": (
        "Optional: load-ratio targets by province or region and level (002: each province sets its "
        "standard within national bands by region). Precedence: a province row, then a region row (the "
        "lowest target when an office carries several tags), then the parameter target.<level>."
    ),
    "input.targets.area": "province or region",
    "input.targets.area.help": (
        "Office id of a provincial office (the row applies to every office of that province) or a "
        "region tag of the offices sheet (every office carrying the tag)."
    ),
    "input.targets.level": "level",
    "input.targets.level.help": "Level of the offices the target applies to.",
    "input.targets.target": "load-ratio target",
    "input.targets.target.help": (
        "Load-ratio target of these offices; overrides the level's parameter target.<level>."
    ),
    "input.targets.reach_year": "reach year",
    "input.targets.reach_year.help": (
        "Year by which this target must be met (as target.reach_year); empty = parameter "
        "target.reach_year."
    ),
    # --- parameters (meaning; the key itself is the label)
    "param.base_year.help": "Base year t0: the offices sheet holds its observed values.",
    "param.horizon.help": "Number of planning years after the base year.",
    "param.horizon.label": "horizon",
    "param.discount_rate.help": "Discount rate for the cost objective.",
    "param.discount_rate.label": "discount_rate",
    "param.objective.help": (
        "cost: least cost meeting the load targets; service: least unmet workload within budget,"
        " then least cost; equity: smallest worst unmet share, then total unmet, then cost."
    ),
    "param.objective.label": "objective",
    "param.target.provincial.help": "Load-ratio target for provincial offices.",
    "param.target.provincial.label": "target.provincial",
    "param.target.municipal.help": "Load-ratio target for municipal offices.",
    "param.target.municipal.label": "target.municipal",
    "param.target.county.help": "Load-ratio target for county offices.",
    "param.target.county.label": "target.county",
    "param.target.reach_year.help": (
        "Year by which the targets must be met, moving linearly from each level's base-year ratio;"
        " 0 = from the first plan year."
    ),
    "param.target.reach_year.label": "target.reach_year",
    "param.posts.step.help": (
        "Largest change of posts per office and year (0 = posts frozen, the status quo)."
    ),
    "param.posts.step.label": "posts.step",
    "param.staff.attrition.help": "Share of established staff leaving each year (retirement, transfer).",
    "param.staff.attrition.label": "staff.attrition",
    "param.staff.hire_rate.help": (
        "Most established staff hired per year, as a share of base-year established staff."
    ),
    "param.staff.hire_rate.label": "staff.hire_rate",
    "param.staff.hire_min.help": "Hiring cap per office and year is never below this.",
    "param.staff.hire_min.label": "staff.hire_min",
    "param.staff.min.provincial.help": "Least staff of a provincial office.",
    "param.staff.min.municipal.help": "Least staff of a municipal office.",
    "param.staff.min.county.help": "Least staff of a county office.",
    "param.contract.no_new.help": "true: contract staff may not grow year on year.",
    "param.contract.no_new.label": "contract.no_new",
    "param.contract.max_share_final.help": (
        "Largest contract share of all staff in the final plan year (regularisation)."
    ),
    "param.contract.max_share_final.label": "contract.max_share_final",
    "param.contract.allow_share_rise.help": (
        "true: a plan may raise an office's contract share above its base-year share (the plan then "
        "carries a warning); false keeps every office at or below it."
    ),
    "param.contract.conversion_enabled.help": (
        "true: base-year contract staff may be converted into vacant established posts (转编/定向招录)."
    ),
    "param.contract.conversion_cost.help": (
        "One-off cost of converting one contract staff member into an established post (recruitment "
        "procedure and induction; goods & services)."
    ),
    "param.contract.effective_worth.help": (
        "Staff-equivalents one contract staff member is worth in the effective load ratio (a reported "
        "figure only; load-ratio targets count heads). Formerly contract.productivity."
    ),
    "param.contract.effective_worth.label": "contract.effective_worth",
    "param.pro.share_min.help": (
        "Least professional-technical share of all staff, reached by the end of the phase-in."
    ),
    "param.pro.share_min.label": "pro.share_min",
    "param.pro.phase_years.help": "Years over which the professional share rises to pro.share_min.",
    "param.pro.premium.help": "Extra annual cost of a professional-technical post.",
    "param.pro.premium.label": "pro.premium",
    "param.training.enabled.help": "false switches training off entirely.",
    "param.training.enabled.label": "training.enabled",
    "param.training.min_hours.help": "Least training hours per staff member.",
    "param.training.max_hours.help": "Most training hours per staff member.",
    "param.training.max_hours.label": "training.max_hours",
    "param.training.cost_per_hour.help": "Cost of one training hour.",
    "param.training.productivity.help": (
        "Staff-equivalents of service capacity added per training hour delivered."
    ),
    "param.training.productivity.label": "training.productivity",
    "param.digital.enabled.help": (
        "false: no online service, no IT investment and no new platform; existing IT and platforms "
        "still cost their running cost."
    ),
    "param.digital.enabled.label": "digital.enabled",
    "param.digital.depreciation.help": (
        "Depreciation of digital capital (assumption: a 5-year service life of IT hardware and "
        "software)."
    ),
    "param.digital.yield.help": (
        "Workload one CNY 10k of digital capital can serve online per year (Golden Insurance phase I: "
        "80.1亿 for 67% of the 2021 workload online; 002, 001; data/README.md)."
    ),
    "param.digital.yield.label": "digital.yield",
    "param.digital.running_rate.help": (
        "IT running cost (goods & services) as a share of the digital capital stock (assumption: "
        "operation and maintenance of 10% of the capital a year)."
    ),
    "param.digital.ramp.help": (
        "Largest rise of the online share of workload per year since the base year (Netherlands: 20% to "
        "67% online in two years, 001)."
    ),
    "param.platform.enabled.help": "false: provinces may not build a shared digital platform.",
    "param.platform.enabled.label": "platform.enabled",
    "param.platform.build_cost.help": (
        "One-off cost of a province's shared platform (capital construction, first year; Golden "
        "Insurance phase I: 80.1亿 for 288 data centres, 002)."
    ),
    "param.platform.build_cost.label": "platform.build_cost",
    "param.platform.running_cost.help": (
        "Yearly running cost of a shared platform (about 3.4 million yuan per data centre, 002)."
    ),
    "param.platform.share.help": (
        "Share of each office's workload the provincial platform can serve online (taken as the 2021 "
        "online share: the Netherlands' 20% before its online push, 001)."
    ),
    "param.platform.existing.help": (
        "true: every province already runs its shared platform in the base year (no build cost, running "
        "cost every year; 002: provincial concentration of the systems basically achieved)."
    ),
    "param.budget.regime.help": (
        "fiscal: each office within its same-level appropriation (status quo); fund: each pool "
        "within a share of fund spending (reform); none: no budget limit."
    ),
    "param.budget.regime.label": "budget.regime",
    "param.budget.growth.help": "Annual growth of appropriations where no budget_by_year row is given.",
    "param.budget.growth.label": "budget.growth",
    "param.budget.fund_share.help": (
        "Fund regime: agency cost cap as a share of fund spending (1%; 1.9% Austria; 3.6% Korea)."
    ),
    "param.budget.fund_share.label": "budget.fund_share",
    "param.budget.pool.help": "Fund regime pools: the whole instance, or one pool per province.",
    "param.budget.pool.label": "budget.pool",
    "param.fund.growth.help": "Annual growth of fund spending.",
    "param.fund.growth.label": "fund.growth",
    "param.workload.growth_extra.help": (
        "Extra workload growth added to every office (e.g. enrolling new forms of employment)."
    ),
    "param.workload.growth_extra.label": "workload.growth_extra",
    "param.unmet.penalty.help": (
        "Cost objective: penalty per person-time above the load target (far above any real cost)."
    ),
    "param.unmet.penalty.label": "unmet.penalty",
    "param.unmet.weight.provincial.help": "Weight of unmet workload, provincial.",
    "param.unmet.weight.municipal.help": "Weight of unmet workload, municipal.",
    "param.unmet.weight.county.help": "Weight of unmet workload, county.",
    "param.standard.rule.help": (
        "Staffing standard (编制标准): none, ratio (workload per post by level) or henan (banded "
        "table for county agencies)."
    ),
    "param.standard.rule.label": "standard.rule",
    "param.standard.ratio.provincial.help": "Ratio standard, provincial.",
    "param.standard.ratio.municipal.help": "Ratio standard, municipal.",
    "param.standard.ratio.county.help": "Ratio standard, county.",
    "param.standard.mode.help": (
        "How the standard is used: upper bound on posts, lower bound, or report only."
    ),
    "param.standard.mode.label": "standard.mode",
    "param.standard.person_times_per_insured.help": (
        "Banded (henan) standard: workload person-times per insured person, to turn workload into "
        "the insured count the table is written in (1 = read workload as insured persons)."
    ),
    "param.solver.time_limit.help": (
        "Solver time of one run: every stage of every province; marginal values and the diagnosis of an "
        "infeasible model may use 10% more. Reading, model building and reports are not counted."
    ),
    "param.solver.gap.help": "Relative MIP gap at which the solver stops.",
    "param.solver.threads.help": "Solver threads (fixed for reproducible plans).",
    "param.solver.seed.help": "Solver random seed.",
    "param.solver.backend.help": (
        "MIP solver: auto (HiGHS for one province, SCIP for several: the faster one in the benchmark "
        "of each class), highs, scip or cbc (CBC, with `pip install staffopt[cbc]`; never chosen by "
        "auto); marginal values come from HiGHS's fixed-integer LP whichever solves."
    ),
    # --- output columns
    "out.office_id": "office id",
    "out.name": "name",
    "out.level": "level",
    "out.province": "province",
    "out.regions": "regions",
    "out.region": "region",
    "out.pool": "budget pool",
    "out.year": "year",
    "out.is_base": "base year",
    "out.workload": "workload",
    "out.posts": "posts",
    "out.staff": "established staff",
    "out.contract": "contract staff",
    "out.professional": "professional staff",
    "out.actual": "actual staff",
    "out.over_establishment": "over establishment",
    "out.train": "training hours",
    "out.invest": "IT investment",
    "out.digital": "digital capital",
    "out.online": "workload served online",
    "out.unmet": "unmet workload",
    "out.unmet_share": "unmet share",
    "out.platform": "shared platform",
    "out.load_ratio_nominal": "nominal load ratio",
    "out.load_ratio_effective": "effective load ratio",
    "out.target": "load-ratio target",
    "out.standard_posts": "posts by staffing standard",
    "out.cost_personnel": "personnel",
    "out.cost_goods_services": "goods & services",
    "out.cost_capital": "capital construction",
    "out.cost_other": "other",
    "out.cost_total": "total cost",
    "out.budget_cap": "budget cap",
    "out.budget_use": "budget use",
    "out.cost_per_person_time": "cost per person-time served",
    "out.marginal_workload": "cost of one more person-time",
    "out.marginal_budget": "value of one more CNY 10k of budget",
    "out.scenario": "scenario",
    "out.status": "solve status",
    "out.mip_gap": "MIP gap",
    "out.solve_seconds": "solve time",
    "out.metric": "figure",
    "out.unit": "unit",
    "out.step": "step",
    "out.delta_cost": "change in total cost from the previous step",
    "out.delta_unmet": "change in unmet workload from the previous step",
    "out.cost_per_unmet_avoided": "cost per 1,000 person-times of unmet workload avoided",
    "out.contract_share": "contract-staff share",
    "out.conversions": "contract staff converted to posts",
    "out.goods_services_share": "goods & services share",
    "out.cost_discounted": "total cost, discounted to the base year",
    "out.standards_met": "every standard met",
    "out.unmet_penalty": "penalty on unmet workload (discounted; not money)",
    "out.target_level": "load-ratio standard",
    "out.lock_row": "row in the locks sheet",
    "out.lock_what": "locked",
    "out.lock_min": "min",
    "out.lock_max": "max",
    "out.plan_value": "value in the plan",
    "out.binds": "binds (plan at min or max)",
    "out.note": "note",
    "out.explanation": "what decides this step",
    "out.reused": "solved or reused",
    # --- report
    "sheet.summary": "summary",
    "sheet.plan": "plan",
    "sheet.by_level": "by level",
    "sheet.by_region": "by region",
    "sheet.budget": "budget",
    "sheet.marginals": "marginal values",
    "sheet.platforms": "platforms",
    "sheet.settings": "run settings",
    "sheet.locks": "locks in the plan",
    "summary.title": "staffopt plan: summary",
    "summary.run": "Run",
    "summary.status": "status",
    "summary.objective": "objective",
    "summary.objective_kind": "objective chosen",
    "summary.mip_gap": "MIP gap",
    "summary.backend": "solver",
    "summary.solve_seconds": "solver time",
    "summary.scenario": "scenario",
    "summary.regime": "budget regime",
    "summary.years": "years",
    "summary.input": "input",
    "summary.messages": "messages",
    "summary.none": "(none)",
    "summary.warning": "WARNING",
    "summary.key_figures": "Key figures: status quo (base year) against the plan (final year)",
    "summary.figure": "figure",
    "summary.unit": "unit",
    "summary.status_quo": "status quo",
    "summary.plan_final": "plan, final year",
    "summary.change": "change",
    "summary.cost_by_line": "Cost by line and year",
    "summary.budget_use": "Budget use by year",
    "summary.highest_use": "highest use of any pool",
    "summary.chart_data": "Chart data",
    "summary.table2": (
        "For comparison, 002 Table 2: goods & services 32.19% of agency spending in 2008, 18.89% in 2018"
    ),
    "regime.fiscal": "fiscal budget (same-level finance)",
    "regime.fund": "fund budget (share of fund spending)",
    "regime.none": "no budget limit",
    "status.optimal": "optimal",
    "status.time_limit": "time limit reached (best plan found)",
    "status.infeasible": "infeasible",
    "status.error": "solver error",
    "objective.cost": "least cost",
    "objective.service": "best service within budget",
    "objective.equity": "most equal service within budget",
    "bool.true": "yes",
    "bool.false": "no",
    "marginals.workload": "Cost of one more person-time of workload, by level and year",
    "marginals.budget": "Value of one more CNY 10k of budget, by pool and year",
    "marginals.note": "From the linear programme with whole-number decisions fixed at the plan.",
    "marginals.none": "none: every value is 0",
    "marginals.omitted": "{n} value(s) of 0 not listed (the budget or workload does not bind there)",
    "marginals.budget_value": "objective saved per extra CNY 10k of budget (CNY 10k per CNY 10k)",
    "marginals.workload_value": "cost of one more person-time (yuan per person-time)",
    "chart.load_ratio": "Load ratio by level",
    "chart.load_ratio.sub": "status quo, final plan year (nominal and effective) and target",
    "chart.load_ratio.axis": "load ratio",
    "chart.plan_nominal": "plan, final year (nominal)",
    "chart.plan_effective": "plan, final year (effective)",
    "chart.headcount": "Headcount change by level",
    "chart.headcount.sub": "final plan year against the status quo",
    "chart.cost": "Cost by line and budget cap",
    "chart.top_offices": "Offices furthest above the load-ratio target",
    "chart.top_offices.sub": "effective load ratio (held to the target) in the final plan year",
    "chart.series": "series",
    "chart.measure": "measure",
    "chart.line": "cost line",
    "chart.value": "value",
    "chart.ratio_to_target": "times the target",
    "chart.no_data": "no office above its target",
    "progress.read": "reading",
    "progress.build": "building the model",
    "progress.solve": "solving",
    "progress.solved": "solved",
    "progress.pool": "fund pool",
    "progress.marginals": "computing marginal values",
    "progress.write": "writing the report",
    "progress.done": "done",
    "progress.stage.obj_cost": "cost",
    "progress.stage.obj_unmet": "unmet",
    "progress.stage.obj_share": "share",
    # --- input template (header notes, drop-downs)
    "template.required": "Required.",
    "template.optional": "Optional; empty = {default}.",
    "template.optional_derived": "Optional.",
    "template.range": "Allowed: {lo} to {hi}.",
    "template.invalid": "Invalid value",
    # --- general
    "list.sep": ", ",
    "list.sep_or": ", ",
    "label.with_unit": "{label} ({unit})",
    # --- spellings accepted as input besides the labels (comma separated)
    "level.provincial.aliases": "province",
    "level.municipal.aliases": "city, prefecture",
    "level.county.aliases": "district",
    "bool.true.aliases": "true, y, t, on, 1",
    "bool.false.aliases": "false, n, f, off, 0",
    # --- choice labels not shown elsewhere (objective.* and regime.* are in the report section)
    "pool.instance": "one pool for all offices",
    "pool.province": "one pool per province",
    "pool.shared_out": (
        "fund pool: the provinces' best plans would spend more than the pool allows in {years}; the "
        "pool was shared out between the provinces as the pooled model's LP relaxation spends it; the "
        "gap is proven against that LP and against the provinces with their spending priced at the "
        "LP's pool price (and the pooled model solved from that plan where it was still not proven)"
    ),
    "pool.gap_unknown": "unknown",
    "pool.gap": (
        "fund pool: the plan keeps within the pool, but within the time limit its gap to the best bound"
        " found is {gap} (solver.gap {target:g}); raise solver.time_limit (--time-limit)"
    ),
    "standard.rule.none": "no staffing standard",
    "standard.rule.ratio": "ratio standard by level",
    "standard.rule.henan": "Henan banded table for counties",
    "standard.mode.upper": "upper bound on posts",
    "standard.mode.lower": "lower bound on posts",
    "standard.mode.report": "report only",
    # --- what a valid value looks like (validation messages)
    "expect.str": "text",
    "expect.int": "a whole number",
    "expect.float": "a number",
    "expect.bool": "true or false (是/否)",
    "expect.level": "provincial, municipal or county (省级/地(市)级/县(区)级)",
    "expect.choice": "one of {choices}",
    "expect.choice_item": "{code} ({label})",
    "expect.between": "{kind} from {lo} to {hi}",
    "expect.at_least": "{kind} of at least {lo}",
    "expect.at_most": "{kind} of at most {hi}",
    "expect.with_unit": "{text} ({unit})",
    # --- input problems (validate, --set, scenarios): sheet, row, column, found, expected
    "problem.line": "{where}: found {found}; expected {expected}",
    "problem.where.sep": ", ",
    "problem.where.file": "the file",
    "problem.where.sheet": "sheet '{sheet}'",
    "problem.where.row": "row {row}",
    "problem.where.column": "column '{column}'",
    "problem.where.option": "option {option}",
    "problem.where.key": "key '{key}'",
    "problem.empty_cell": "an empty cell",
    "problems.head": "{n} problem(s) in {source}:",
    "problems.head_input": "{n} problem(s) in the input:",
    "problems.command_line": "the command line",
    "list.or": " or ",
    "expect.decimal_comma": (
        "{text} (use a point for decimals: 11.4, not 11,4; commas may only separate thousands: "
        "1,234,567)"
    ),
    "expect.set_pair": "KEY=VALUE, e.g. target.county=5000",
    "expect.did_you_mean": " (did you mean {keys}?)",
    "expect.known_key": (
        "a known parameter key{hint}; see docs/input.md or the parameters sheet written by `staffopt "
        "init`"
    ),
    "expect.known_key_option": "a known parameter key{hint} (see `staffopt init` or docs/input.md)",
    # --- validation rules (validate.py): what was found, what was expected
    "expect.not_date": "{text} (not a date or time)",
    "expect.cell_error": "{text} (the cell holds a spreadsheet error)",
    "expect.not_empty": "{text}; this column may not be empty",
    "found.no_sheet": "no such sheet",
    "expect.sheet_named": (
        "a sheet named {names} ({description}){present}. Rename the sheet that holds them, or start "
        "from a template written by `staffopt init`"
    ),
    "expect.sheets_present": "; the workbook has the sheets {sheets}",
    "found.empty_sheet": "an empty sheet",
    "expect.header_row": "a header row in row 1 with the columns {labels} (or delete the sheet)",
    "expect.column_headed": "a column headed '{label}' ({description})",
    "expect.known_column": "one of the known columns: {known} (English or Chinese header)",
    "expect.column_once": "each column once (this one repeats an earlier header)",
    "found.unlabelled": "data in a column without a header",
    "expect.header_or_delete": "a header for this column, or the column deleted",
    "found.formula": "a formula with no cached value",
    "expect.number_not_formula": "type the number itself (or recalculate and save in Excel/WPS)",
    "found.no_offices": "no offices",
    "expect.office_row": "at least one office row below the header",
    "expect.unique_office": "a unique office id (already used in row {row})",
    "expect.no_parent": "an empty cell: a provincial office has no parent",
    "expect.parent_id": "the id of this {level} office's {parent} parent office",
    "expect.parent_in_sheet": "the office id of another office in this sheet",
    "expect.parent_level": "a {want} parent for a {level} office ('{parent}' in row {row} is {found})",
    "expect.no_cycle": "a parent chain that ends at a provincial office (found the cycle {chain})",
    "expect.pro_within_staff": "at most the established staff min(posts, actual staff) = {staff} persons",
    "expect.contract_within_actual": (
        "at most the actual staff ({actual} persons), which includes contract staff"
    ),
    "expect.staff_for_workload": (
        "at least 1 person: the office serves {workload:,.0f} person-times/year but has no staff "
        "of any kind"
    ),
    "expect.office_in_offices": "the office id of an office in the offices sheet",
    "expect.one_row_per_year": (
        "one row per office and year (office '{office}' already has {year} in row {row})"
    ),
    "expect.after_base_year": "a plan year after the base year {base_year} (parameter base_year)",
    "expect.parameter_once": "each parameter once (already set in row {row})",
    "expect.or_default": "{text} (or delete the row to use the default {default})",
    "expect.for_parameter": "{text} for parameter {key}",
    "expect.once_per_scenario": (
        "each parameter once per scenario (scenario '{name}' already sets {key} in row {row})"
    ),
    "template.true": "true",
    "template.false": "false",
    "template.parameter_key": "A key of the parameters sheet",
    "template.one_of": "{label}: One of {options}",
    "template.limits": "{label}: {range} {unit}",
    # --- progress line
    "progress.objective": "objective {stage}",
    "progress.size": "{variables:,} variables, {constraints:,} constraints",
    "progress.incumbent": "incumbent {value:,.2f}",
    "progress.bound": "bound {value:,.2f}",
    "progress.gap": "gap {value:.2%}",
    "progress.time.solve": "solver time {seconds:.1f} s",
    "progress.time.build": "build time {seconds:.1f} s",
    "progress.time.elapsed": "elapsed {seconds:.1f} s",
    # --- warnings about a plan (report/quality.py)
    "list.comma": ", ",
    "quality.gap_unknown": (
        "this plan may be far from the best: the solver stopped at the time limit without a bound "
        "on the gap; raise --time-limit (solver.time_limit)"
    ),
    "quality.gap": (
        "this plan may be far from the best (gap {gap:.1%}: the solver stopped at the time limit);"
        " raise --time-limit (solver.time_limit)"
    ),
    "quality.span_years": "over {first}–{last}",
    "quality.span_year": "in {year}",
    "quality.share": " ({pct} of the workload)",
    "quality.level_amount": "{level} {amount:,.0f}",
    "quality.unmet": (
        "the plan leaves {total:,.0f} person-times of workload unmet {span}{share}: {detail}{tail}"
    ),
    "quality.budget_binds": (
        "; the budget binds: {n} pool-year(s) use 100% of their cap in those years (see the budget "
        "sheet) — the targets cannot all be met within it"
    ),
    "quality.check_cost": (
        "; under the least-cost objective the load-ratio targets are meant to be met — check "
        "unmet.penalty, the limits on posts and staff (posts.step, the hiring cap, the contract-staff "
        "control, contract.allow_share_rise), or raise --time-limit"
    ),
    "quality.budget_short": "; the budget does not cover the staff the targets need",
    "quality.share_level": "{level} {before:.1%} → {after:.1%}",
    "quality.share_by_level": "; contract share by level, {first} → {last}: {levels}",
    "quality.share_allowed": "contract.allow_share_rise is true",
    "quality.share_not_allowed": (
        "contract.allow_share_rise is false, so this should not happen: please report it"
    ),
    "quality.share_rise": (
        "the plan raises the contract-staff share above the base year in {n} office(s) (largest: {name} "
        "{before:.1%} → {after:.1%} in {year}): established staff are replaced by contract "
        "staff{detail} ({why})"
    ),
    # --- click's own messages (key: click: + click's English message id; see text/clickmsg.py)
    "click:Aborted!": "Aborted!",
    "click:Missing command.": "Missing command.",
    "click:Options": "Options",
    "click:Positional arguments": "Positional arguments",
    "click:Commands": "Commands",
    "click:Got unexpected extra argument ({args})": "Got unexpected extra argument ({args})",
    "click:Got unexpected extra arguments ({args})": "Got unexpected extra arguments ({args})",
    "click:Value must be an iterable.": "Value must be an iterable.",
    "click:env var: {var}": "env var: {var}",
    "click:default: {default}": "default: {default}",
    "click:(dynamic)": "(dynamic)",
    "click:Takes {nargs} values but 1 was given.": "Takes {nargs} values but 1 was given.",
    "click:Takes {nargs} values but {len} were given.": "Takes {nargs} values but {len} were given.",
    "click:Do you want to continue?": "Do you want to continue?",
    "click:Confirm the action without prompting.": "Confirm the action without prompting.",
    "click:%(prog)s, version %(version)s": "%(prog)s, version %(version)s",
    "click:Show the version and exit.": "Show the version and exit.",
    "click:Show this message and exit.": "Show this message and exit.",
    "click:Did you mean {possibility}?": "Did you mean {possibility}?",
    "click:(Did you mean one of: {possibilities}?)": "(Did you mean one of: {possibilities}?)",
    "click:Missing argument": "Missing argument",
    "click:unknown error": "unknown error",
    "click:Invalid value for {param_hint}: {message}": "Invalid value for {param_hint}: {message}",
    "click:Missing option": "Missing option",
    "click:Could not open file {filename!r}: {message}": "Could not open file {filename!r}: {message}",
    "click:Error: {message}": "Error: {message}",
    "click:Try '{command} {option}' for help.": "Try '{command} {option}' for help.",
    "click:Missing parameter": "Missing parameter",
    "click:Missing parameter: {param_name}": "Missing parameter: {param_name}",
    "click:No such option {name!r}.": "No such option {name!r}.",
    "click:No such command {name!r}.": "No such command {name!r}.",
    "click:Invalid value: {message}": "Invalid value: {message}",
    "click:Missing {param_type}": "Missing {param_type}",
    "click:Usage:": "Usage:",
    "click:Invalid start character for option ({option})": "Invalid start character for option ({option})",
    "click:Option {name!r} does not take a value.": "Option {name!r} does not take a value.",
    "click:Option {name!r} requires an argument.": "Option {name!r} requires an argument.",
    "click:Option {name!r} requires {nargs} arguments.": "Option {name!r} requires {nargs} arguments.",
    "click:Argument {name!r} takes {nargs} values.": "Argument {name!r} takes {nargs} values.",
    "click:Press any key to continue...": "Press any key to continue...",
    "click:Repeat for confirmation": "Repeat for confirmation",
    "click:Error: The two entered values do not match.": "Error: The two entered values do not match.",
    "click:Error: invalid input": "Error: invalid input",
    "click:file": "file",
    "click:directory": "directory",
    "click:path": "path",
    "click:Choose from:\n\t{choices}": "Choose from:\n\t{choices}",
    "click:{value!r} is not {choice}.": "{value!r} is not {choice}.",
    "click:{value!r} is not one of {choices}.": "{value!r} is not one of {choices}.",
    "click:{value!r} does not match the format {format}.": "{value!r} does not match the format {format}.",
    "click:{value!r} does not match the formats {formats}.": (
        "{value!r} does not match the formats {formats}."
    ),
    "click:{value} is not in the range {range}.": "{value} is not in the range {range}.",
    "click:{value!r} is not a valid boolean. Recognized values: {states}": (
        "{value!r} is not a valid boolean. Recognized values: {states}"
    ),
    "click:{len_type} values are required, but {len_value} was given.": (
        "{len_type} values are required, but {len_value} was given."
    ),
    "click:{len_type} values are required, but {len_value} were given.": (
        "{len_type} values are required, but {len_value} were given."
    ),
    "click:{value!r} is not a valid {number_type}.": "{value!r} is not a valid {number_type}.",
    "click:{value!r} is not a valid UUID.": "{value!r} is not a valid UUID.",
    "click:{name} {filename!r} is a file.": "{name} {filename!r} is a file.",
    "click:{name} {filename!r} is a directory.": "{name} {filename!r} is a directory.",
    "click:{name} {filename!r} is not readable.": "{name} {filename!r} is not readable.",
    "click:{name} {filename!r} is not writable.": "{name} {filename!r} is not writable.",
    "click:{name} {filename!r} is not executable.": "{name} {filename!r} is not executable.",
    "click:{name} {filename!r} does not exist.": "{name} {filename!r} does not exist.",
    "click:deprecated": "deprecated",
    "click:d": "d",
    "click:{editor}: Editing failed": "{editor}: Editing failed",
    "click:{editor}: Editing failed: {e}": "{editor}: Editing failed: {e}",
    "click:Windows error: {error}": "Windows error: {error}",
    "click:DeprecationWarning: The command {name!r} is deprecated.{extra_message}": (
        "DeprecationWarning: The command {name!r} is deprecated.{extra_message}"
    ),
    "click:DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}": (
        "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}"
    ),
    "click:Could not determine name for option with declarations {decls!r}": (
        "Could not determine name for option with declarations {decls!r}"
    ),
    "click:No options defined but a name was passed ({name}). Did you mean to declare an argument instead? Did you mean to pass '--{name}'?": (  # noqa: E501
        "No options defined but a name was passed ({name}). Did you mean to declare an argument "
        "instead? Did you mean to pass '--{name}'?"
    ),
    "click:Arguments take exactly one parameter declaration, got {length}: {decls}.": (
        "Arguments take exactly one parameter declaration, got {length}: {decls}."
    ),
    "click:Name '{name}' defined twice": "Name '{name}' defined twice",
    "click:Boolean option {decl!r} cannot use the same flag for true/false.": (
        "Boolean option {decl!r} cannot use the same flag for true/false."
    ),
    "click:Couldn't detect Bash version, shell completion is not supported.": (
        "Couldn't detect Bash version, shell completion is not supported."
    ),
    "click:Shell completion is not supported for Bash versions older than 4.4.": (
        "Shell completion is not supported for Bash versions older than 4.4."
    ),
    "click:Unknown color {colour!r}": "Unknown color {colour!r}",
    "click:Choice({choices})": "Choice({choices})",
    "click:Unknown standard stream '{name}'": "Unknown standard stream '{name}'",
    # --- the report folder (--out)
    "expect.out_folder": "a folder, not an existing file",
    "expect.out_not_input": (
        "a report folder that does not contain the input file {path} (the folder is replaced by "
        "each run); copy the workbook elsewhere or choose another --out"
    ),
    "expect.out_replaceable": (
        "a report folder that can be replaced as a whole: not the current folder, one of its parents,"
        " a drive or a mount point; give a new folder name, e.g. --out reports/my_run"
    ),
    "expect.out_foreign": (
        "a new or empty folder, or an earlier staffopt report folder: {target} holds files staffopt "
        "did not write ({shown}) and each run replaces the whole folder, deleting them; choose "
        "another --out (e.g. a new subfolder) or move those files away"
    ),
    "expect.out_writable": (
        "a folder staffopt can write to: creating a folder in {where} failed ({reason}); choose "
        "another --out or ask for write access"
    ),
    "expect.out_changed": (
        "an earlier staffopt report folder: files were added to it during the run ({shown}); the "
        "new report was not written"
    ),
    "expect.no_cycle_found": "a parent chain that ends at a provincial office (found a cycle)",
    # --- the workbook file (reader)
    "expect.save_as_xlsx": (
        "an .xlsx workbook: open the file in Excel, WPS or LibreOffice and save it as .xlsx"
    ),
    "expect.details": "{text} (details: {details})",
    "found.unreadable": "a file that cannot be read ({reason})",
    "expect.readable_xlsx": "a readable .xlsx file",
    "found.xls": "an old-style .xls (or encrypted) workbook",
    "found.empty_file": "an empty file",
    "found.text_file": "a text or CSV file",
    "found.not_zip": "a file that is not a zip archive",
    "found.corrupt_zip": "a corrupt zip archive",
    "found.zip_parts": "a zip archive of {n:,} parts",
    "expect.zip_parts": "a workbook of at most {n:,} parts",
    "found.big_part": "part {part} of {mb:,.0f} MB uncompressed",
    "expect.small_parts": "parts of at most {mb:,.0f} MB (a zip bomb?)",
    "found.ratio": "part {part} compressed {ratio:,.0f}:1",
    "expect.ratio": "a compression ratio of at most {ratio:,.0f}:1 (a zip bomb?)",
    "found.total": "{mb:,.0f} MB uncompressed",
    "expect.total": "at most {mb:,.0f} MB uncompressed (a zip bomb?)",
    "found.xlsb": "a binary .xlsb workbook",
    "found.no_workbook": "a zip archive that holds no Excel workbook (.ods, .docx, .zip?)",
    "found.unopenable": "a workbook that cannot be opened",
    "found.rows_below": "rows below row {n:,}",
    "expect.max_rows": (
        "at most {n:,} rows in one sheet (delete the rows below, formatted empty rows included)"
    ),
    "found.wide": "more than {n} columns",
    "expect.max_columns": "at most {n} columns in one sheet",
    "expect.one_sheet": "one sheet for {sheet} (sheet '{first}' is one already)",
    "found.chart_sheet": "a chart sheet",
    "expect.table_of": "a table of {sheet}",
    "found.bad_sheet": "a sheet that cannot be read ({details})",
    "found.dtd": "a workbook that cannot be opened safely: part {part} declares a DTD (<!DOCTYPE …>)",
    "found.sheets": "a workbook of {n:,} sheets",
    "found.xml_size": "{size} of uncompressed XML in its parts",
    "found.sheet_xml": "a sheet of {size} of XML ({total} in the input sheets so far)",
    "found.parsed_xml": "more than {size} of XML to read (at part {part})",
    "found.unreadable_pipe": "a pipe that cannot be read ({reason})",
    "found.big_stream": "more than {size} from a pipe or standard input",
    # --- command line
    "cli.field": "{label}: {value}",
    "cli.seconds": "{seconds:.1f} s",
    "cli.result.status": "status",
    "cli.result.largest_unmet_share": "largest unmet share",
    "cli.result.unmet": "unmet workload",
    "cli.result.cost_objective": "cost objective",
    "cli.result.objective": "objective",
    "cli.result.gap": "gap",
    "cli.result.solver": "solver",
    "cli.result.solver_time": "solver time",
    "cli.result.elapsed": "elapsed",
    "cli.report": "report",
    "cli.warning": "warning: {text}",
    "cli.plan_warning": "WARNING: {text}",
    "cli.no_plan": "no plan ({status}); see {path}",
    "cli.no_plan_reasons": "no plan ({status}); the reasons are listed above and in {path}",
    "cli.no_scenario_plan": "no scenario produced a plan; see the messages in the report",
    "cli.no_step_plan": "no step of the range produced a plan; see the messages in the report",
    "cli.example_note": (
        "note: {name}.xlsx is not installed; using the built-in example {name} (same data, built "
        "in memory)"
    ),
    "cli.os_error": (
        "Error: cannot read or write {target}: {reason}. Check that the folder exists and is writable,"
        " that no file in it is open in Excel/WPS and that the disk is not full, or choose another "
        "folder with --out."
    ),
    "cli.os_error_no_file": (
        "Error: cannot read or write a file: {reason}. Check that the folder exists and is writable,"
        " that no file in it is open in Excel/WPS and that the disk is not full, or choose another "
        "folder with --out."
    ),
    "init.parent_is_file": "cannot write {path}: {parent} is a file, not a folder",
    "init.not_xlsx": "{name}: the file name must end in .xlsx",
    "init.exists": (
        "{path} exists already; staffopt init never overwrites a file. Choose another name or delete "
        "it first."
    ),
    "init.exists_now": "{path} exists already; staffopt init never overwrites a file.",
    "init.cannot_write": "cannot write {path}: {reason}",
    "init.unknown_example": "unknown example {name}; choose one of: {names}",
    "init.done": (
        "Wrote {path} (sheets: {sheets}; {offices} offices).\nNext: fill in the {first} sheet, then "
        "run: staffopt validate {path}"
    ),
    "validate.parts_sep": "; ",
    "validate.ok": (
        "OK: {offices} offices ({by_level}); totals: {totals}; {workload_rows} workload-by-year "
        "rows, {budget_rows} budget-by-year rows, {scenarios} scenarios; base year {base_year},"
        " horizon {horizon} {years}."
    ),
    # --- command-line help: help.<command>, help.<command>.epilog, help.opt.<option>
    #     (help.<command>.opt.<option> where a command says it differently)
    "help.staffopt": (
        "Plan posts, staff, training, IT investment and budgets of social-insurance agencies.\n\n\b\nStart "
        "with:\n  staffopt init my_province.xlsx --example example_province\n  staffopt validate "
        "my_province.xlsx\n  staffopt solve my_province.xlsx --lang zh\n\nMessages and reports follow "
        "--lang, else the workbook's language, else STAFFOPT_LANG, else the system locale."
    ),
    "help.opt.version": "Show the version and exit.",
    "help.opt.help": "Show this message and exit.",
    "help.opt.lang": (
        "Language of messages, sheets, headers and charts: en (English) or zh (中文). Default: "
        "the language of the workbook's headers, else $STAFFOPT_LANG, else the system locale (zh_* "
        "gives zh)."
    ),
    "help.init": "Write a blank input template (or a shipped example) to PATH (.xlsx).",
    "help.init.epilog": (
        "\b\nExamples:\n  staffopt init my_province.xlsx                   # blank template, English "
        "headers\n  staffopt init 我的省份.xlsx --lang zh             # blank template, Chinese headers\n  "
        "staffopt init demo.xlsx --example example_province\n  staffopt init national.xlsx --example "
        "national_synthetic   # 3,211 offices, 10 years\n\n\b\nThe template has a units row under the "
        "headers, a note on every header, drop-downs for\nlevel and for switches, and numeric bounds. An "
        "existing file is never overwritten.\nExit status: 0 written; 2 the file exists, the name is not "
        ".xlsx or the example is unknown.\n"
    ),
    "help.init.opt.lang": (
        "Language of the template's sheets and headers: en or zh (中文). Default: $STAFFOPT_LANG,"
        " else the system locale (zh_* gives zh)."
    ),
    "help.opt.example": (
        "Write an example instead of a blank template: example_province, national_2021 or "
        "national_synthetic (the seeded national benchmark instance)."
    ),
    "help.validate": "Check an input workbook and list every problem found.",
    "help.validate.epilog": (
        "\b\nExamples:\n  staffopt validate my_province.xlsx\n  staffopt validate reports/my_province/plan."
        "xlsx   # a report is also an input\n\n\b\nEvery problem is listed with its sheet, row, column,"
        " the value found and what was expected.\nExit status: 0 the workbook is valid; 2 it has "
        "problems (all of them are printed).\n"
    ),
    "help.solve": (
        "Solve INPUT (default: the shipped example) and write the report folder.\n\nThe folder reports/<i"
        "nput-stem>[-<scenario>]/ (or --out) receives plan.xlsx, summary.json\nand charts/; it is "
        "replaced only once the new report is complete. The input file is never\nwritten."
    ),
    "help.solve.epilog": (
        "\b\nExamples:\n  staffopt solve                                  # the shipped example\n  staffopt "
        "solve my_province.xlsx --lang zh\n  staffopt solve my_province.xlsx --set target.county=5000 "
        "--set posts.step=5\n  staffopt solve my_province.xlsx --scenario fund_1pct --out reports/fund\n  "
        "staffopt solve reports/my_province/plan.xlsx    # a report is also an input\n\n\b\nExit status: 0 "
        "plan written (optimal, or the best plan found at the time limit);\n2 bad input "
        "(sheet/row/column named, or --set / --scenario);\n3 no plan (infeasible or nothing found in "
        "time): the run folder then holds only\nsummary.json with the status and the explanation;\n130 "
        "stopped by Ctrl-C or SIGTERM (nothing half-written is left).\n"
    ),
    "help.opt.scenario": "Apply a scenario (scenarios sheet of the workbook, or a built-in preset).",
    "help.frontier.opt.scenario": "Scenario the range is applied to (default: the workbook's parameters).",
    "help.opt.overrides": "Override a parameter for this run, e.g. --set target.county=5000 (repeatable).",
    "help.opt.objective": "Objective (parameter objective).",
    "help.opt.out": "Report folder (default: reports/<input-stem>[-<scenario>]/).",
    "help.compare.opt.out": "Report folder (default: reports/<input-stem>-compare/).",
    "help.frontier.opt.out": "Report folder (default: reports/<input-stem>-frontier-<key>/).",
    "help.opt.time_limit": (
        "Seconds of solver work for the whole run: all stages of all provinces; marginal values and the "
        "diagnosis may use 10% more (parameter solver.time_limit)."
    ),
    "help.opt.gap": "Relative MIP gap at which to stop (parameter solver.gap), e.g. 0.001.",
    "help.opt.quiet": "No progress on stderr.",
    "help.scenarios": "List the built-in reform presets and the workbook's scenarios with their overrides.",
    "help.scenarios.epilog": "Example: staffopt scenarios my_province.xlsx --lang zh",
    "help.compare": (
        "Solve several scenarios of INPUT (default: the shipped example) and write one comparison "
        "report.\n\nThe report folder holds comparison.xlsx, charts/ and one run folder per scenario."
    ),
    "help.compare.epilog": (
        "\b\nExamples:\n  staffopt compare --scenario status_quo --scenario fund_1pct   (the shipped "
        "example)\n  staffopt compare my.xlsx --scenario status_quo --scenario fund_austria --scenario "
        "fund_korea\n  staffopt compare my.xlsx --all --workers 2 --lang zh\n  staffopt compare my.xlsx "
        "--all --scheduler tcp://10.0.0.5:8786\n\n\b\nExit status: 0 report written (failed scenarios are "
        "listed in it); 2 bad input;\n3 no scenario produced a plan; 130 stopped by Ctrl-C or SIGTERM "
        "(nothing half-written is left)."
    ),
    "help.opt.names": "Scenario to solve (repeatable; the first one is the reference of the differences).",
    "help.opt.all_": "Solve every scenario: the workbook's, then the presets.",
    "help.opt.workers": (
        "Solve on a local Dask cluster of N worker processes (127.0.0.1 only), one solver thread "
        "each."
    ),
    "help.opt.scheduler": (
        "Send the solves to a running Dask cluster instead of this machine (see 'Parallel runs "
        "with Dask' in the README)."
    ),
    "help.frontier": (
        "Solve INPUT (default: the shipped example) along a range of one parameter.\n\nThe report "
        "holds the trade-off curve and the marginal price of each step."
    ),
    "help.frontier.epilog": (
        "\b\nExamples:\n  staffopt frontier --vary target.county=3000:10000:8   (the shipped example)\n "
        " staffopt frontier my.xlsx --vary budget.fund_share=0.005:0.04:8 --scenario fund_1pct "
        "--objective service\n  staffopt frontier my.xlsx --vary target.county=3000:10000:8 --workers "
        "2"
    ),
    "help.opt.vary": "Numeric parameter and range, e.g. budget.fund_share=0.005:0.04:8.",
    "help.price": (
        "Find the least value of a budget key at which nothing is unmet, and its plan.\n\nINPUT defaults "
        "to the shipped example. Writes price.json (key, value, bracket, tolerance,\nevery step, the "
        "plan's headline) and the plan's run folder into the report folder."
    ),
    "help.price.epilog": (
        "\b\nExamples:\n  staffopt price --scenario fund_1pct                     # the shipped example, "
        "fund share\n  staffopt price my.xlsx --scenario fund_1pct --target county=7000,5000,4000\n  "
        "staffopt price my.xlsx --key budget.growth --tolerance 0.0005 --lang zh\n\n\b\nThe search: the "
        "least-cost plan with no budget limit gives the upper end (the least value at\nwhich it fits "
        "every cap), bisection on the LP relaxation a proven lower end, then bisection on\nMIP solves "
        "with nothing unmet between them until the bracket is within --tolerance; the plan\nat the upper "
        "end is solved with the service objective and written as a run folder.\n\n\b\nExit status: 0 "
        "price.json written (a standard that no budget can buy is said so in it);\n2 bad input or a key "
        "that has no effect under the settings (e.g. budget.fund_share under the\nfiscal regime: add "
        "--scenario fund_1pct).\n"
    ),
    "help.price.opt.key": "Budget key to price (fund share of fund spending, or appropriation growth).",
    "help.price.opt.scenario": "Apply a scenario first (e.g. fund_1pct for the fund regime).",
    "help.price.opt.target": (
        "Price each of these load-ratio standards, e.g. county=7000,5000,4000 (LEVEL: provincial, "
        "municipal, county or all)."
    ),
    "help.price.opt.tolerance": "Width of the bracket to stop at (default 0.0001 = 0.01 percentage point).",
    "help.price.opt.out": "Report folder (default: reports/<input-stem>-price-<key>[-<scenario>]/).",
    "help.diff": (
        "List what differs between the run folders RUN_A and RUN_B.\n\nInputs and provenance (input file "
        "and its SHA-256, scenario, staffopt and HiGHS versions,\ncommand line), every setting that "
        "differs, and the headline (status, total cost, its\ndiscounted value, standards met, unmet "
        "workload, cost per person-time), B minus A."
    ),
    "help.diff.epilog": (
        "\b\nExamples:\n  staffopt diff reports/my_province reports/my_province-fund_austria\n  staffopt "
        "diff reports/a reports/b --lang zh\n\n\b\nExit status: 0 the differences (or none) were listed; 2 "
        "a folder is not a run folder.\n"
    ),
    # --- scenarios and --vary, --scheduler
    "expect.scenario_name": "a scenario name",
    "expect.once_in_scenario": "each parameter once per scenario ({name} already sets it in row {row})",
    "expect.known_scenario": "a scenario of the workbook's scenarios sheet or a preset: {known}",
    "expect.scheduler_address": (
        "the address of a running Dask scheduler, tcp://HOST:PORT (e.g. tcp://10.0.0.5:8786)"
    ),
    "expect.scheduler_reachable": "a running Dask scheduler reachable from here ({details})",
    "expect.vary_not_solver": (
        "a numeric model parameter key (solver settings are not varied; use --time-limit and --gap)"
    ),
    "expect.vary_not_base_year": (
        "a numeric model parameter key (base_year is the year of the workbook's data)"
    ),
    "vary.kind.choice": "a choice",
    "vary.kind.bool": "a bool",
    "vary.kind.str": "a str",
    "vary.kind.level": "a level",
    "vary.kind.int": "an int",
    "vary.kind.float": "a float",
    "vary.kind_choices": "{kind} ({choices})",
    "expect.vary_not_numeric": (
        "a numeric parameter key ({key} is {kind}; compare its values with --scenario or --set "
        "in `staffopt compare`)"
    ),
    "expect.vary_did_you_mean": "a numeric parameter key; did you mean {keys}?",
    "expect.vary_one_of": "a numeric parameter key, one of {listing}",
    "expect.vary_form": "KEY=START:STOP:STEPS, e.g. budget.fund_share=0.005:0.04:8",
    "expect.vary_bounds": "START and STOP valid for {key}: {text}",
    "expect.vary_steps": "STEPS a whole number from 2 to {most}",
    "expect.vary_distinct": "START different from STOP",
    "expect.vary_two_whole": "a range holding at least two different whole numbers",
    "expect.within_columns": (
        "a column within the first {n} columns (A to {last}): staffopt reads no further; move the "
        "column left or delete it"
    ),
    "expect.max_columns_to": "at most {n} columns in one sheet (A to {last})",
    "expect.no_dtd": "{text} (Excel never writes a DTD; entity-expansion attacks use one)",
    "expect.text_length": "text of at most {most:,} characters (this cell holds {n:,})",
    "expect.lock_year": (
        "a plan year from {first} to {last} (base_year={base_year}, horizon={horizon}): a lock outside "
        "the plan would be ignored"
    ),
    "expect.not_totals_office": (
        "an office, not a totals row (合计/总计/小计/total): delete this row or move the totals to a sh"
        "eet of their own — staffopt adds up the offices itself, in the report"
    ),
    "expect.not_totals_row": (
        "a row of one office, not a totals row (合计/总计/小计/total): delete this row or move the totals to "
        "a sheet of their own — staffopt adds up the offices itself, in the report"
    ),
    "expect.max_sheets": "a workbook of at most {n} sheets (delete the sheets you do not need)",
    "expect.xml_size": "at most {size} of XML (a national workbook holds about 15 MB)",
    "expect.input_xml": (
        "input sheets of at most {size} of XML together (a national workbook of 3,300 offices needs abo"
        "ut 13 MB); delete unused rows and columns, formatted empty ones included"
    ),
    "expect.parsed_xml": (
        "a workbook of at most {size} of XML to read (a national workbook of 3,300 offices needs about "
        "30 MB); delete unused sheets, rows and columns"
    ),
    "expect.stream_size": "a workbook of at most {size}",
    "expect.area_not_provincial": "; office {area} is {level}, not provincial",
    "expect.known_list": " (known: {known})",
    "expect.target_area": (
        "the office id of a provincial office or a region tag used in the offices sheet{what}{known}"
    ),
    "expect.target_level": "a level with at least one office in {area} (none of its offices is {level})",
    "expect.target_once": "one row per area and level ({area}, {level} is already in row {row})",
    "expect.lock_once": (
        "one row per office, year and quantity (office '{office}' already locks {what} in {year} in row"
        " {row}; put min and max in one row)"
    ),
    "expect.lock_bound": "a whole number of persons in min, max or both (min = max fixes the value)",
    "expect.lock_order": "at least the min of this row ({lo} persons); min = max fixes the value",
    "expect.target_area_short": "the office id of a provincial office or a region tag of the offices sheet",
    "expect.target_level_short": "a level with at least one office in {area}",
    "expect.scheduler_running": "the address of a running Dask scheduler; {why}",
    "expect.price_key_effective": "a key that sets the budget under these settings: {text}",
    "expect.price_target_form": "LEVEL=V1,V2,… with LEVEL one of {levels}, e.g. county=7000,5000,4000",
    "expect.price_target_values": "load-ratio standards in person-times per staff member: {text}",
    "expect.price_target_one": "at least one value",
    "expect.positive": "a positive number",
    "cli.workers_or_scheduler": "use either --workers (local cluster) or --scheduler (existing cluster)",
    "cli.name_scenarios": "name the scenarios with --scenario NAME (repeatable) or use --all",
    "cli.source": "source: {text}",
    "cli.scenario_figures": ", cost {cost:,.0f} {money}, unmet {unmet:,.0f} {persons}",
    "cli.folder_in_use": (
        "could not replace {folder}: a file in it is in use ({reason}). Close plan.xlsx (Excel/WPS) "
        "or choose another --out; the new report was not written"
    ),
    "cli.interrupted": "Interrupted ({key}): stopped; no half-written file was left.",
    "cli.seconds_g": "{seconds:g} s",
    "cli.solver_work": "{seconds} (time limit {limit})",
    "cli.reused": "reused",
    "cli.not_finite": "{value} is not a finite number.",
    # --- what-if reports (compare, frontier)
    "whatif.sheet.compare": "comparison",
    "whatif.sheet.difference": "difference",
    "whatif.sheet.frontier": "frontier",
    "whatif.sheet.scenarios": "scenario settings",
    "whatif.sheet.chart_data": "chart data",
    "whatif.title.compare": "staffopt: scenarios side by side",
    "whatif.title.difference": "Difference of each scenario from {first}",
    "whatif.title.frontier": "staffopt: trade-off along {key}",
    "whatif.period.final": "final plan year",
    "whatif.period.total": "plan years total",
    "whatif.period.peak": "highest pool-year",
    "whatif.period.served": "plan years, workload served",
    "whatif.marginal.per": "marginal change per unit of {key}",
    "whatif.marginal.cost_per": "change in total cost per unit of {key}",
    "whatif.marginal.unmet_per": "change in unmet workload per unit of {key}",
    "whatif.chart.load_ratio": "Load ratio by level, final plan year",
    "whatif.chart.cost": "Cost by line over the plan years",
    "whatif.chart.frontier": "Trade-off along {key}",
    "whatif.chart.line": "cost line",
    "whatif.chart.measure": "measure",
    "whatif.note.failed": "no plan",
    "whatif.note.diff_first": "the first scenario is the reference",
    "whatif.source.workbook": "workbook",
    "whatif.source.preset": "built-in preset",
    "whatif.source.replaces": "workbook (replaces the preset)",
    "whatif.settings.source": "source",
    "whatif.settings.overrides": "parameters changed",
    "whatif.settings.description": "description",
    "whatif.notes": "Notes",
    # --- infeasibility explanations (solver/diagnose) and solver messages
    "list.slash": " / ",
    "list.semicolon": "; ",
    "list.and_more": "{items} and {n:,} more",
    "diag.money": "{x:,.1f} 万元",
    "diag.person": "{n:,d} person",
    "diag.persons": "{n:,d} persons",
    "diag.year_one": "{year}",
    "diag.year_run": "{first}–{last}",
    "diag.year": "year {runs}",
    "diag.years": "years {runs}",
    "diag.office": "office {name} [{id}] ({level})",
    "diag.pool": "budget pool {pool}",
    "diag.param": "{key}={value} [{source}]",
    "diag.src.override": "from --set or the scenario",
    "diag.src.sheet": "parameters sheet",
    "diag.src.default": "default",
    "diag.src.contract_cap_empty": (
        "offices sheet column 'contract staff control' left empty: today's contract staff"
    ),
    "diag.at_office": "office {office}",
    "diag.at_office_year": "office {office}, year {year}",
    "diag.cell": "{sheet} sheet ({also_sheet}), {at}, column '{column}' ({also_column})",
    "diag.grown": "grown yearly by {growth}",
    "diag.cell_grown": "{cell}, grown yearly by {growth}",
    "diag.part": "{label} {money}",
    "diag.why.attrition_only": (
        "they leave only by attrition: {attrition} keeps {floor:,d} of today's {today:,d}; cutting "
        "posts does not remove them"
    ),
    "diag.why.attrition_and_minimum": (
        "{floor:,d} kept by attrition ({attrition}), {more:,d} more to reach the minimum staff"
    ),
    "diag.part.staff": "{n:,d} established staff × {cost:,.1f} 万元 ({why}) =",
    "diag.why.contract_minimum": " (to reach the minimum staff of {minimum:,d}: {source})",
    "diag.part.contract": "{n:,d} contract staff × {cost:,.1f} 万元{why} =",
    "diag.part.premium": "professional premium for {n:,d} professional staff ({param})",
    "diag.part.training": "training {hours:,.0f} hours ({param})",
    "diag.part.running": "running cost of the existing IT systems ({param})",
    "diag.part.overhead": "fixed overhead ({source})",
    "diag.part.conversion": "{n:,d} contract staff converted into posts ({param})",
    "diag.part.fixed": "{kind} ({source})",
    "diag.kind.staff": "wages of established staff",
    "diag.kind.contract": "wages of contract staff",
    "diag.kind.premium": "professional premium",
    "diag.kind.training": "training",
    "diag.kind.running": "running cost of the existing IT systems",
    "diag.kind.invest": "IT investment",
    "diag.kind.platform": "shared platform",
    "diag.kind.overhead": "fixed overhead",
    "diag.kind.pool_staff": (
        "wages of {people:,d} established staff of its {offices:,d} offices (attrition {attrition} "
        "keeps at least {floor:,d})"
    ),
    "diag.kind.conversion": "conversion of contract staff into posts",
    "diag.kind.goods_services": "fixed goods & services",
    "diag.kind.capital": "capital construction",
    "diag.fiscal.text": (
        "the fiscal appropriation is {cap} ({source}) but the plan needs at least {total}: {parts} "
        "— short by {short}"
    ),
    "diag.fiscal.fix": (
        "raise the appropriation of {name} in {year} to at least {total}, or switch to the fund "
        "regime (budget.regime=fund; now {regime})"
    ),
    "diag.short_money": "short by {short}",
    "diag.fund.text": (
        "the fund-regime cap (budget.fund_share × fund spending {spend}) is {cap} ({param}) but "
        "the plan needs at least {total}: {parts} — short by {short}"
    ),
    "diag.fund.fix": "raise budget.fund_share to at least {least:.4g} (or fund.growth)",
    "diag.limit.posts": (
        "posts allow at most {most:,d}: {today:,d} today, changing by at most {step:,d} a year,"
        " {source}"
    ),
    "diag.lever.posts": "allow more posts ({source})",
    "diag.limit.hiring": "hiring is capped at {cap:,d} a year from today's {today:,d} ({rate}, {least})",
    "diag.lever.hiring": "raise staff.hire_rate/staff.hire_min",
    "diag.limit.appropriation": "the appropriation of {cap} pays for no more; {source}",
    "diag.lever.appropriation": "raise the appropriation",
    "diag.limit.fund": "the fund-regime cap pays for no more; {param}",
    "diag.lever.fund": "raise budget.fund_share",
    "diag.levers": "{first} or {last}",
    "diag.limit.no_new": "contract staff may not grow: {today:,d} today, {param}",
    "diag.lever.no_new": "set contract.no_new=false",
    "diag.limit.share_final": "the final-year contract share ({param})",
    "diag.limit.contract_cap": "the contract-staff control is {cap:,d} ({source})",
    "diag.limit.share_rise": "the contract share may not rise above today's {share:.1%} ({param})",
    "diag.lever.share_final": "raise contract.max_share_final",
    "diag.lever.contract_cap": "raise the contract-staff control ({source})",
    "diag.lever.share_rise": "set contract.allow_share_rise=true",
    "diag.lever.lower_min_staff": "lower the minimum staff ({source})",
    "diag.lever.other_locks": "change the other locks of this office",
    "diag.lever.other_locks_or_rules": "change the other locks of this office or the rules named",
    "diag.heads_one": "{staff:,d} established staff + {contract:,d} contract staff ({why})",
    "diag.heads_two": (
        "{staff:,d} established staff ({why_staff}) + {contract:,d} contract staff ({why_contract})"
    ),
    "diag.minimum.text": (
        "the minimum staff is {need} ({source}) but at most {most} can be employed: {heads} — short "
        "by {gap}"
    ),
    "diag.minimum.fix": "lower the minimum staff ({source}) to at most {reach:,d}, or {levers}",
    "diag.short": "short by {gap}",
    "diag.pro.text": (
        "the least professional share is {share:.1%} ({param}, phased in over {phase}) of {people:,"
        "d} staff ({staff:,d} established + {contract:,d} contract) = {required:,d} professional "
        "staff, but only {possible:,d} are possible: professional posts are held by established "
        "staff ({why}) — short by {gap}"
    ),
    "diag.pro.fix": (
        "lower pro.share_min to at most {most:.1%}, {lever}, or lower the minimum staff ({source}) "
        "that needs the contract staff"
    ),
    "diag.no_new.text": (
        "contract staff may not grow ({param}): at most {prev:,d}, but the minimum staff of {minimum:,"
        "d} ({source}) with {staff:,d} established staff ({why}) needs {contract:,d} — {gap} more "
        "than allowed"
    ),
    "diag.no_new.fix": "set contract.no_new=false, {lever}, or lower the minimum staff ({source})",
    "diag.too_many": "{gap} too many",
    "diag.hours": "{hours:,.0f} hours",
    "diag.amount": "{n:,d} {unit}",
    "diag.generic.text": (
        "the rule '{rule}' ({param}) cannot be met: posts, the hiring cap, the attrition floor "
        "and the budget leave no room — short by {amount}"
    ),
    "diag.generic.fix": "relax {lever}",
    "diag.note.no_diagnosis": (
        "The plan is infeasible: the rules contradict each other, and the diagnosis (an elastic "
        "re-solve) found no plan within the time limit either. Check the budgets against the wages "
        "of staff already in post, and minimum staffing."
    ),
    "diag.note.whole_numbers": (
        "The plan is infeasible only because headcounts must be whole numbers: every rule can be "
        "met with fractional staff. Loosen the tightest budget or minimum slightly."
    ),
    "diag.noun.pools.one": "budget pool",
    "diag.noun.pools.many": "budget pools",
    "diag.noun.offices.one": "office",
    "diag.noun.offices.many": "offices",
    "diag.noun.both.one": "offices or budget pool",
    "diag.noun.both.many": "offices or budget pools",
    "diag.head.one": (
        "The plan is infeasible: no plan can meet every rule. {n} conflict in {places} {noun} (the "
        "rules that must give way for any plan to exist; figures are those of the plan that breaks "
        "them least):"
    ),
    "diag.head.many": (
        "The plan is infeasible: no plan can meet every rule. {n} conflicts in {places} {noun} "
        "(the rules that must give way for any plan to exist; figures are those of the plan that "
        "breaks them least):"
    ),
    "diag.more": "… and further conflicts in {n} {noun}, not listed here.",
    "diag.line.one": "{where}, {years}: {text}. Fix: {fix}.",
    "diag.line.many": "{where}, {years} (figures for {worst}, the largest shortfall): {text}. Fix: {fix}.",
    "diag.named": "{where} {short} in {year}",
    "diag.summary": (
        "The {rule} cannot be met in {n} {noun} ({years}); the worst: {named}. The first of them "
        "in detail:"
    ),
    "stage.obj_cost": "least cost",
    "stage.obj_unmet": "least unmet workload",
    "stage.obj_share": "smallest largest unmet share",
    "stage.time_limit_plan": (
        "stage '{stage}': stopped at the time limit ({limit:g} s, solver.time_limit); the best "
        "plan found is reported"
    ),
    "stage.time_limit_none": (
        "stage '{stage}': stopped at the time limit ({limit:g} s, solver.time_limit); no plan was "
        "found"
    ),
    "stage.error": "stage '{stage}': HiGHS ended with status {status}",
    "stage.inconsistent": (
        "stage '{stage}': HiGHS returned a plan whose value is not the objective it reported, also when "
        "solved again without presolve; no plan is given"
    ),
    "stage.scip_status": "stage '{stage}': SCIP ended with status {status}",
    "stage.cbc_status": "stage '{stage}': CBC ended with status {status}",
    "solve.no_plan_in_time": (
        "no plan was found within the time limit: raise solver.time_limit (--time-limit) or loosen "
        "solver.gap"
    ),
    "solve.marginals_failed": (
        "marginal values: the LP with fixed integers did not solve to optimality ({status}); they "
        "are left empty"
    ),
    "solve.marginals_no_time": (
        "marginal values: no solver time was left within the time limit (solver.time_limit); they are l"
        "eft empty"
    ),
    "diag.unit.persons": "persons",
    "diag.unit.posts": "posts",
    "diag.unit.hours": "hours",
    "diag.unit.万元": "万元",
    "diag.unit.staff-equivalents": "staff-equivalents",
    "diag.unit.platforms": "platforms",
    "diag.n_posts": "{n:,d} posts",
    "diag.lock_cell": "{sheet} sheet ({also_sheet}), row {row}, column '{column}' ({also_column})",
    "diag.lock.min_staff_needs": (
        "the minimum staff of {least:,d} ({source}) needs them beside the {n:,d} {other} the other "
        "rules allow"
    ),
    "diag.lock.posts_held": "the established staff hold posts, and attrition or another lock keeps them",
    "diag.lock.no_room": (
        "the other rules leave no room: posts change by at most {step:,d} a year ({source}), the hiring "
        "cap, attrition, the minimum staff and the budget"
    ),
    "diag.lock.note": " ({note})",
    "diag.lock.low": (
        "the lock in {cell} keeps {what} at no fewer than {bound}{note}, but at most {value} are "
        "possible: {why} — short by {gap}"
    ),
    "diag.lock.high": (
        "the lock in {cell} keeps {what} at no more than {bound}{note}, but the plan needs at least "
        "{value}: {why} — {gap} too many"
    ),
    "diag.lock.fix_low": "lower the min in {cell} to {x:,d}, or {lever}",
    "diag.lock.fix_high": "raise the max in {cell} to {x:,d}, or {lever}",
    "diag.lock.short_low": "short by {gap}",
    "diag.lock.short_high": "{gap} too many",
    "rule.fiscal_appropriation": "fiscal appropriation",
    "rule.fund_cap": "fund-regime cap",
    "rule.minimum_staff": "minimum staff",
    "rule.contract_no_new": "no new contract staff",
    "rule.contract_share_final": "final-year contract share",
    "rule.pro_share_min": "least professional share",
    "rule.training_min": "least training hours",
    "rule.standard_upper": "staffing standard (upper bound)",
    "rule.standard_lower": "staffing standard (lower bound)",
    "rule.contract_share_base": "contract share no higher than in the base year",
    "rule.lock": "lock",
    # --- built-in scenarios (whatif/scenarios.py): citations of the source texts and presets
    "citation.000": (
        "Lin Mingang, n.d. (cites 2022 at the latest), \"Systematic integration and coordinated "
        "efficiency\" in social-security reform: the Yangtze River Delta"
    ),
    "citation.001": (
        "CASS Social Security Lab 2014, SSL Express No. 36 (25 Sep 2014): seminar on improving "
        "China's social-insurance service system"
    ),
    "citation.002": (
        "Zheng & Mao 2024, SSL Working Paper 188, \"Achievements and transformation of China's social-in"
        "surance service system\""
    ),
    "citation.003": (
        "author not stated, n.d. (2015 or later), \"Coordinated development of social security in "
        "Jing-Jin-Ji: the experience of the EU\""
    ),
    "citation.004": (
        "Zhai Shaoguo, n.d. (2025 or later), \"Structural reform and institutional innovation of "
        "social security in digital transformation\""
    ),
    "preset.status_quo": (
        "Status quo: each office within its same-level fiscal appropriation (财政预算制, as the "
        "Social Insurance Law requires today) and posts frozen."
    ),
    "preset.status_quo.detail": "Social Insurance Law: same-level finance pays agency costs",
    "preset.status_quo.name": "status_quo",
    "preset.dynamic_posts": (
        "Dynamic posts (编制动态调整): posts may change by up to 5 per office and year — enough "
        "for a typical county office to absorb its over-establishment (11,569 over ~2,850 county "
        "offices ≈ 4) in one year. On the shipped example it changes only the posts (801 vacant "
        "posts cut by 2026): cost and unmet workload equal the status quo there, because staff "
        "fall below today's posts as online service replaces counter staff and the budget binds "
        "first (docs/findings.md)."
    ),
    "preset.dynamic_posts.detail": "Table 1 (2021 posts and actual staff by level)",
    "preset.dynamic_posts.name": "dynamic_posts",
    "preset.fund_1pct": (
        "Fund financing (基金预算制) at 1% of fund spending: agency spending is under 1% of fund "
        "revenue, spending or balance today."
    ),
    "preset.fund_1pct.detail": "agency spending under 1% of the fund, 2022",
    "preset.fund_1pct.name": "fund_1pct",
    "preset.fund_austria": (
        "Fund financing at 1.9% of fund spending: Austria's agencies cost 1.9% of fund revenue "
        "in 2022 (pensions 1.3%, health 2.5%, accident 8.1%)."
    ),
    "preset.fund_austria.detail": "Austrian social-security statistics, 2022",
    "preset.fund_austria.name": "fund_austria",
    "preset.fund_korea": (
        "Fund financing at 3.6% of fund spending: Korea's national pension administration cost "
        "3.6% of benefit spending in 2022 (4.3% in 2018)."
    ),
    "preset.fund_korea.detail": "Korea's National Pension Fund annual report 2022",
    "preset.fund_korea.name": "fund_korea",
    "preset.ratio_xinjiang": (
        "Load-ratio standard 7,000:1 as in Urumqi and Karamay (Xinjiang), re-set every three years;"
        " read as a city-wide standard, so it applies to municipal and county offices (provincial "
        "unchanged)."
    ),
    "preset.ratio_xinjiang.detail": "Xinjiang staffing mechanism",
    "preset.ratio_xinjiang.name": "ratio_xinjiang",
    "preset.ratio_beijing": (
        "Load-ratio standard 5,000:1 as in Beijing; Beijing's rule names district/county agencies "
        "only (\"a little above 5,000:1\"), so only county offices change."
    ),
    "preset.ratio_beijing.detail": "Beijing district/county staffing reference",
    "preset.ratio_beijing.name": "ratio_beijing",
    "preset.ratio_chengdu": (
        "Load-ratio standards of Chengdu (Sichuan): municipal agencies 10,000:1, districts and "
        "counties 4,000:1."
    ),
    "preset.ratio_chengdu.detail": "Chengdu staffing standard",
    "preset.ratio_chengdu.name": "ratio_chengdu",
    "preset.henan_standard": (
        "Henan banded staffing standard for county pension agencies (≤10,000 insured: 10–15 "
        "posts; 10,001–20,000: 15–20; one more post per 2,000 insured above that, at most 30), "
        "used as a floor on posts (the table grants posts); posts may move by 5 a year to reach "
        "it, as in dynamic_posts. On the shipped example it changes only the posts (3,891 in "
        "2026 against 4,226 frozen in the status quo): cost and unmet workload equal the status "
        "quo there, since staff stay below posts (see dynamic_posts)."
    ),
    "preset.henan_standard.detail": "Henan county pension agency staffing rule",
    "preset.henan_standard.name": "henan_standard",
    "preset.pro_share_2011": (
        "Professional-technical staff back to 34% of all staff, the 2011 share (by title; 21% in "
        "2021)."
    ),
    "preset.pro_share_2011.detail": "professional-technical staff 2011 and 2021",
    "preset.pro_share_2011.name": "pro_share_2011",
    "preset.shared_platform": (
        "Shared provincial digital platform allowed: economies of scale instead of hundreds of "
        "separate data centres (Golden Insurance phase I: 31 provincial and 257 municipal "
        "centres, about 3.4 million yuan per centre a year). Both settings are the defaults, so "
        "it equals the status quo on any workbook that keeps them — the shipped files do, and "
        "there every province already runs its platform (platform.existing = true, 002: "
        "provincial concentration basically achieved); office_it shows what the shared platforms "
        "are worth."
    ),
    "preset.shared_platform.detail": "Golden Insurance project phase I, 2004-2012",
    "preset.shared_platform.name": "shared_platform",
    "preset.office_it": (
        "Office-by-office IT: each office invests in its own systems, no shared platform, not "
        "even one running today (the fragmented pattern of Golden Insurance phase I)."
    ),
    "preset.office_it.detail": "Golden Insurance project phase I, 2004-2012",
    "preset.office_it.name": "office_it",
    "preset.new_employment": (
        "Enrolling workers in new forms of employment: about 200 million such workers, several "
        "hundred million more person-times expected. Taking 200 million more person-times against "
        "today's 10,663 x 145,275 ≈ 1,549 million gives +12.9%, i.e. 2.5% a year of extra workload "
        "growth over a 5-year horizon."
    ),
    "preset.new_employment.detail": "new forms of employment; load ratio 10,663:1 and 145,275 staff in 2021",
    "preset.new_employment.name": "new_employment",
    "preset.citation": "{citation}, {detail}",
    "preset.reform_package.name": "reform_package",
    "preset.reform_package": (
        "The four reforms of 002 together: dynamic posts (5 a year, as dynamic_posts); human "
        "capital: professional staff back to the 2011 share of 34% (as pro_share_2011) and "
        "institutional training of at least 30.6 hours a year per head (90 hours, the national "
        "yearly minimum of continuing education for professional staff, times 34%: a stated "
        "assumption, docs/model.md); agency costs financed from the fund (基金预算制) at "
        "Austria's 1.9%, the international reference 002 quotes (as fund_austria). Digital "
        "transformation needs no setting of its own: offices may invest in IT in the status quo "
        "too, and on the shipped files every province already runs its shared platform; where "
        "something holds it back, it is the same-level budget, which fund financing lifts. The "
        "paper names no fund share of its own: `staffopt price --scenario reform_package` finds "
        "the least one at which nothing is unmet (docs/findings.md)."
    ),
    "preset.reform_package.detail": (
        "section IV, the four reforms (staffing, human capital, digital transformation, fund "
        "financing)"
    ),
    "scenario.replaces_preset": (
        "scenario {name}: the workbook's scenarios sheet defines it, which replaces the built-in "
        "preset of that name completely"
    ),
    "scenario.not_applied": "{line}; not applied from the preset: {lost}",
    "scenario.note": "scenario {name}: {text}",
    # --- parameters with no effect (whatif/no_effect.py)
    "noeffect.line": "{key} has no effect: {reason}; {fix}",
    "noeffect.at_values": "at {key} = {values}: {text}",
    "noeffect.fix.fund": "add --scenario fund_1pct or --set budget.regime=fund",
    "noeffect.fund_only": "budget.regime is {regime} (only the fund regime uses it)",
    "noeffect.fiscal_only": (
        "budget.regime is {regime} (same-level appropriations bind only in the fiscal regime)"
    ),
    "noeffect.fix.fiscal": "add --scenario status_quo or --set budget.regime=fiscal",
    "noeffect.report_mode": "standard.mode is report (the standard is only shown beside the plan)",
    "noeffect.fix.mode": "add --set standard.mode=upper or --set standard.mode=lower",
    "noeffect.ratio_rule": "standard.rule is {rule} (only the ratio rule uses it)",
    "noeffect.fix.ratio": "add --set standard.rule=ratio",
    "noeffect.henan_rule": "standard.rule is {rule} (only the Henan table uses it)",
    "noeffect.fix.henan": "add --scenario henan_standard or --set standard.rule=henan",
    "noeffect.no_rule": "standard.rule is none (no staffing standard)",
    "noeffect.fix.any_rule": "add --scenario henan_standard or --set standard.rule=ratio",
    "noeffect.digital_off": "digital.enabled is false (no digital service)",
    "noeffect.fix.digital": "add --set digital.enabled=true",
    "noeffect.platform_off": "platform.enabled is false (no shared platform)",
    "noeffect.fix.platform": "add --scenario shared_platform or --set platform.enabled=true",
    "noeffect.training_off": "training.enabled is false (no training)",
    "noeffect.fix.training": "add --set training.enabled=true",
    "noeffect.not_cost": (
        "objective is {objective} (the unmet-workload penalty is only part of the cost objective)"
    ),
    "noeffect.fix.cost": "add --objective cost",
    "noeffect.no_pro_floor": "pro.share_min is 0 (no professional-share floor to phase in)",
    "noeffect.fix.pro_floor": "add --scenario pro_share_2011 or --set pro.share_min=0.34",
    "noeffect.reach_year": (
        "it is not after the first plan year {first} (targets then apply in full from the first "
        "plan year)"
    ),
    "noeffect.fix.reach_year": "set it to a later year, e.g. --set target.reach_year={later}",
    "noeffect.fix.platform_existing": "add --set platform.existing=false",
    "noeffect.fix.reported_only": (
        "to limit contract staff use contract.allow_share_rise, contract.max_share_final or the "
        "contract staff control column"
    ),
    "noeffect.fix.renamed": "write {new} instead",
    "noeffect.fix.conversion": "add --set contract.conversion_enabled=true",
    "noeffect.platform_existing": (
        "platform.existing is true (every province already runs its platform; none is built)"
    ),
    "noeffect.reported_only": (
        "it only sets the effective load ratio reported beside the nominal one (load-ratio targets "
        "count heads, docs/model.md family 9)"
    ),
    "noeffect.renamed": "it was renamed {new} and read as that key; {why}",
    "noeffect.conversion_off": (
        "contract.conversion_enabled is false (no contract staff are converted into posts)"
    ),
    "sweep.failed": "{detail}",
    "sweep.input_error": "{text}",
    "sweep.folder_failed": "its run folder could not be written: {detail}",
    "sweep.worker_failed": "the worker running this job failed: {detail}",
    "sweep.refused": "the connection to {host}:{port} was refused: no Dask scheduler listens there",
    "sweep.no_answer": "no answer from {host}:{port} within {timeout:g} s (a firewall, or the wrong address)",
    "sweep.unreachable": "{host}:{port} cannot be reached ({reason})",
    "lock.what.posts": "posts",
    "lock.what.staff": "established staff",
    "lock.what.contract": "contract staff",
    "lock.reach_posts": (
        "posts can be {least:,d} to {most:,d} in {year}: {posts0:,d} in {base}, changing by at most {st"
        "ep:,d} a year ({source})"
    ),
    "lock.at_most": "at most {n:,d} persons: {why}",
    "lock.attrition_floor": (
        ", and never fewer than the {floor:,d} established staff attrition keeps ({param})"
    ),
    "lock.at_least_why": "at least {n:,d} persons: {reach}{why}",
    "lock.staff_floor": (
        "at least {floor:,d} persons: established staff leave only by attrition ({param}), so of the {s"
        "taff0:,d} in {base} at least {floor:,d} remain in {year}"
    ),
    "lock.hiring": "{staff0:,d} in {base} plus at most {cap:,d} hired a year ({rate}, {least})",
    "lock.need_posts": "established staff need posts, and posts reach at most {most:,d} ({source})",
    "lock.at_most_in": "at most {n:,d} persons in {year}: {why}",
    "lock.no_new": (
        "at most {n:,d} persons: contract staff may not grow ({param}) and the office has {n:,d} in {ba"
        "se}"
    ),
    "lock.posts_below_staff": (
        "at least {n:,d} persons: established staff hold posts, and row {row} locks at least {n:,d} est"
        "ablished staff in {year}"
    ),
    "headline.title": "Headline",
    "headline.status": "status",
    "headline.cost_total": "total cost {years}",
    "headline.cost_discounted": "discounted",
    "headline.cost_discounted.long": "discounted to {base}",
    "headline.standards_met": "every standard met",
    "headline.unmet": "unmet workload {years}",
    "headline.cost_per_person_time": "cost per person-time served",
    "headline.penalty": "penalty on unmet workload (discounted; in the objective only, not money)",
    "headline.penalty.short": "penalty on unmet workload (not money)",
    "headline.objective": "solver objective",
    "headline.years": "{first}–{last}",
    "headline.year": "{first}",
    "headline.yes": "yes",
    "headline.no": "no",
    "headline.not_met": "standard not met: {cause}",
    "headline.all_met": "every standard met",
    "cause.budget": "budget binds",
    "cause.limits": "posts, hiring or contract-staff limits bind (the budget has room)",
    "cause.penalty": "unmet.penalty is below the cost of serving the workload",
    "cause.time_limit": "the solver stopped at the time limit",
    "prov.title": "Provenance",
    "prov.staffopt_version": "staffopt version",
    "prov.highs_version": "HiGHS version",
    "prov.pyscipopt_version": "SCIP (pyscipopt) version",
    "prov.input": "input file",
    "prov.input_sha256": "input SHA-256",
    "prov.command_line": "command line",
    "prov.time": "time of the run",
    "prov.python_version": "Python version",
    "prov.in_memory": "(built in memory)",
    "frontier.no_plan.infeasible": "infeasible",
    "frontier.no_plan.error": "no plan (solver error)",
    "frontier.no_plan.time_limit": "no plan within the time limit",
    "frontier.met_budget": "every standard met; the budget binds",
    "frontier.met_slack": "every standard met; the budget does not bind",
    "frontier.flat": "steps {first}–{last} ({key} {low} to {high}): the same cost and unmet workload; {why}",
    "frontier.flat.met_slack": (
        "every standard is met and the budget does not bind, so a larger {key} changes nothing"
    ),
    "frontier.flat.met_budget": (
        "every standard is met and the budget binds, yet the plan does not change along {key}"
    ),
    "frontier.flat.budget": (
        "workload is left unmet and the budget binds; {key} does not move the binding caps"
    ),
    "frontier.flat.limits": (
        "workload is left unmet while the budget has room: posts, hiring or contract-staff limits bind, "
        "not {key}"
    ),
    "frontier.flat.penalty": (
        "unmet.penalty is below the cost of serving the workload; {key} does not change that"
    ),
    "frontier.flat.time_limit": "the solver stopped at the time limit at these steps; raise --time-limit",
    "frontier.per.pp": "per percentage point of {key}",
    "frontier.per.thousand": "per 1,000 {unit} of {key}",
    "frontier.per.unit": "per {unit} of {key}",
    "frontier.reused": "{n} of {total} steps reused a known plan instead of being solved again",
    "frontier.reuse.same_model": "same model as step {step}: {key} has no effect here",
    "frontier.reuse.unlimited": (
        "the plan with no budget limit meets every cap at {key} = {value:g}, so it is the optimum here "
        "(and for every larger value): reused, not solved again"
    ),
    "marginal.cost": "marginal cost",
    "marginal.unmet": "marginal change in unmet workload",
    "compare.chart.load_ratio": "Effective load ratio by level, final plan year",
    "compare.chart.load_ratio.sub": "bars: each scenario; black tick: its standard",
    "brief.title": "Briefing: staffing and budget plan {years}",
    "brief.compare_title": "Briefing: reform scenarios compared, {years}",
    "brief.subtitle": "Scenario: {scenario}. Budget: {regime}. Money in 万元 (CNY 10k) unless stated.",
    "brief.base_settings": "the workbook's own settings",
    "brief.h.headline": "In brief",
    "brief.h.key_table": "Key figures",
    "brief.h.charts": "Charts",
    "brief.h.warnings": "Warnings and messages",
    "brief.h.marginals": "What the marginal values mean",
    "brief.no_plan": "No plan: {status}. The reasons are listed under warnings and messages.",
    "brief.cost": (
        "Over {years} the plan costs {cost} 万元 (CNY 10k) in all — {disc} 万元 discounted to {base} — or "
        "{yuan} yuan per person-time served"
    ),
    "brief.met": ", and every load-ratio standard is met.",
    "brief.not_met": (
        ". It leaves {unmet} person-times of workload unmet ({share} of the workload), so not every "
        "load-ratio standard is met: {cause}."
    ),
    "brief.staff": (
        "In {final} the plan has {posts} posts, {staff} established and {contract} contract staff, "
        "against {posts0}, {staff0} and {contract0} in {base} (status quo)."
    ),
    "brief.budget": (
        "Budget: {regime}; the highest use of any pool in any plan year is {use}, and the budget binds "
        "in {n} pool-year(s)."
    ),
    "brief.budget_none": "Budget: {regime}.",
    "brief.col.figure": "figure",
    "brief.col.value": "value",
    "brief.col.unit": "unit",
    "brief.col.item": "item",
    "brief.col.level": "level",
    "brief.col.scenario": "scenario",
    "brief.col.ratio_base": "load ratio, status quo ({unit})",
    "brief.col.ratio_nominal": "load ratio, final year, nominal ({unit})",
    "brief.col.ratio_effective": "load ratio, final year, effective ({unit})",
    "brief.col.target": "standard ({unit})",
    "brief.col.unmet": "unmet workload, plan years ({unit})",
    "brief.col.cost": "total cost, plan years ({unit})",
    "brief.col.disc": "discounted ({unit})",
    "brief.col.per": "cost per person-time served ({unit})",
    "brief.ratio_note": (
        "The nominal load ratio is workload per staff member; the effective one counts online service "
        "and training, and is the one held to the standard."
    ),
    "brief.no_warnings": "None: the plan reached the requested precision and meets every standard.",
    "brief.marginal.what": (
        "Marginal values come from the linear programme with the whole-number decisions (posts, staff) "
        "fixed at this plan: they say what a small change would cost or save near this plan, not what a "
        "large reform would."
    ),
    "brief.marginal.level": "{yuan} yuan at {level} level",
    "brief.marginal.workload": "One more person-time of workload in {year} would cost about {parts}.",
    "brief.marginal.no_budget": "There is no budget limit in this run, so money has no marginal value.",
    "brief.marginal.slack": (
        "The budget does not bind in any pool-year: more money would not change the plan."
    ),
    "brief.marginal.budget": (
        "The budget binds in {n} pool-year(s); there one more 万元 would lower the objective by up to "
        "{value} 万元 (pool {pool}, {year})."
    ),
    "brief.marginal.above_one": (
        "A value above 1 means the extra money would serve workload that is now unmet (each unmet "
        "person-time carries a penalty in the objective), not only pay for itself."
    ),
    "brief.cheapest": "Cheapest scenario that meets every standard: {name}, {cost} 万元 over the plan years.",
    "brief.none_meets": "No scenario meets every standard.",
    "brief.doc_language": "en-GB",
    "diff.none": "(none)",
    "diff.identical": "the two runs do not differ in inputs, settings or headline",
    "diff.inputs": "inputs and provenance",
    "diff.settings": "settings",
    "diff.headline": "headline",
    "diff.provenance": "provenance",
    "diff.same": "the same",
    "diff.count": "{n} differ (A → B)",
    "diff.missing": "note: one of the folders does not record its {what} (written by an older staffopt)",
    "diff.scenario": "scenario",
    "diff.cost_total": "total cost over the plan years",
    "diff.cost_discounted": "total cost, discounted",
    "diff.unmet": "unmet workload over the plan years",
    "diff.expected_run": (
        "expected a staffopt run folder, one holding summary.json (e.g. reports/my_province)"
    ),
    "diff.not_folder": "{folder} is not a folder; {expected}",
    "diff.no_summary": (
        "{folder} holds no summary.json; {expected} (a comparison folder holds run folders under scenar"
        "ios/)"
    ),
    "diff.unreadable": "{path} cannot be read ({reason}); {expected}",
    "diff.not_staffopt": "{path} was not written by staffopt; {expected}",
    "unused.row": "row {row} ({office}, {year})",
    "unused.row_no_number": "({office}, {year})",
    "unused.more": " and {n:,} more rows",
    "unused.note": (
        "sheet '{sheet}': {items}{more} lie outside this run's plan years {span} and are not used "
        "(check the year typed, or base_year/horizon)"
    ),
    "price.value_pct": "{pct:.3%} ({value:.6g})",
    "price.points": "{points:.3f} percentage points",
    "price.found": (
        "{key} = {value} leaves nothing unmet; the price lies in ({low}, {high}] (tolerance {tolerance}"
        "; {steps} steps)"
    ),
    "price.not_optimal": (
        "the plan at {key} = {value:g} still leaves {unmet:,.0f} person-times unmet: its solve did not "
        "reach the optimum ({status}); raise --time-limit"
    ),
    "price.undecided": (
        "the solver could not decide at {key} = {shown} within the time limit; the price lies between {"
        "low:g} and {high:g}; raise --time-limit for a closer bracket"
    ),
    "price.undecided_unlimited": (
        "the solver could not find, within the time limit, any plan that leaves nothing unmet even with"
        " no budget limit, so no {key} can be named; raise --time-limit"
    ),
    "price.no_plan_unlimited": "no plan exists even with no budget limit ({status})",
    "price.no_key_enough": "no {key} is enough: {text}",
    "price.level_amount": "{level} {amount:,.0f}",
    "price.out_of_reach": (
        "no {key} is enough: even with no budget limit {total:,.0f} person-times stay unmet ({span}; {l"
        "evels}; most in {offices}): the standard is out of reach within the limits on posts and staff "
        "— {limits}{later}"
    ),
    "price.reachable_later": (
        "; from {year} on nothing is unmet: the limits only slow the way there — phase the standard in "
        "with target.reach_year"
    ),
    "price.limit.frozen": "posts.step = {step} (posts frozen)",
    "price.limit.step": "posts.step = {step} a year",
    "price.limit.hiring": "staff.hire_rate = {rate:.0%} and staff.hire_min = {least} a year",
    "price.limit.attrition": "staff.attrition = {rate:.0%}",
    "price.limit.no_new": "contract.no_new = true (no new contract staff)",
    "price.limit.share_final": "contract.max_share_final = {share:.0%}",
    "price.limit.share_rise": (
        "contract.allow_share_rise = false (no office's contract share may rise above today's)"
    ),
    "price.limit.control": (
        "each office's contract-staff control (offices sheet, column contract staff control; empty = to"
        "day's contract staff)"
    ),
    "price.too_little": (
        "no {key} up to its largest allowed value {high:g} is enough: even then the budget cannot pay f"
        "or a plan that leaves nothing unmet{undecided}"
    ),
    "price.too_little_undecided": " (the solver could not decide within the time limit; raise --time-limit)",
    "price.kind.unlimited": "unlimited",
    "price.kind.fit": "fit",
    "price.kind.lp": "lp",
    "price.kind.mip": "mip",
    "price.kind.plan": "plan",
    "price.outcome.feasible": "feasible",
    "price.outcome.infeasible": "infeasible",
    "price.outcome.undecided": "undecided",
    "price.outcome.reused": "reused",
    "backend.auto": "automatic",
    "backend.highs": "HiGHS",
    "backend.scip": "SCIP",
    # no solver ran: the direct checks proved the input infeasible from the data alone
    "backend.none": "none (the data alone prove it infeasible; no model was solved)",
    "backend.cbc": "CBC",
    "backend.cbc_missing": (
        "solver.backend = cbc, but CBC (the Python package mip, python-mip) is not installed: install "
        "it (`pip install staffopt[cbc]` or `pip install mip`) or set solver.backend to auto, highs or scip"
    ),
    "backend.scip_missing": (
        "solver.backend = scip, but SCIP (the Python package pyscipopt) is not installed: install it "
        "(`pip install pyscipopt`) or set solver.backend to auto or highs"
    ),
    "backend.auto_without_scip": (
        "solver.backend = auto would solve these {provinces} provinces with SCIP, but pyscipopt is not "
        "installed: HiGHS solved them (slower on national instances; the plan can differ within the gap)"
    ),
    "punct.colon": ": ",
    "punct.dash": " — ",
}
