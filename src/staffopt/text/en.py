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
    # --- parameters (meaning; the key itself is the label)
    "param.base_year.help": "Base year t0: the offices sheet holds its observed values.",
    "param.horizon.help": "Number of planning years after the base year.",
    "param.discount_rate.help": "Discount rate for the cost objective.",
    "param.objective.help": (
        "cost: least cost meeting the load targets; service: least unmet workload within budget,"
        " then least cost; equity: smallest worst unmet share, then total unmet, then cost."
    ),
    "param.target.provincial.help": "Load-ratio target for provincial offices.",
    "param.target.municipal.help": "Load-ratio target for municipal offices.",
    "param.target.county.help": "Load-ratio target for county offices.",
    "param.target.reach_year.help": (
        "Year by which the targets must be met, moving linearly from each level's base-year ratio;"
        " 0 = from the first plan year."
    ),
    "param.posts.step.help": (
        "Largest change of posts per office and year (0 = posts frozen, the status quo)."
    ),
    "param.staff.attrition.help": "Share of established staff leaving each year (retirement, transfer).",
    "param.staff.hire_rate.help": (
        "Most established staff hired per year, as a share of base-year established staff."
    ),
    "param.staff.hire_min.help": "Hiring cap per office and year is never below this.",
    "param.staff.min.provincial.help": "Least staff of a provincial office.",
    "param.staff.min.municipal.help": "Least staff of a municipal office.",
    "param.staff.min.county.help": "Least staff of a county office.",
    "param.contract.no_new.help": "true: contract staff may not grow year on year.",
    "param.contract.max_share_final.help": (
        "Largest contract share of all staff in the final plan year (regularisation)."
    ),
    "param.contract.productivity.help": "Output of a contract staff member relative to an established one.",
    "param.pro.share_min.help": (
        "Least professional-technical share of all staff, reached by the end of the phase-in."
    ),
    "param.pro.phase_years.help": "Years over which the professional share rises to pro.share_min.",
    "param.pro.premium.help": "Extra annual cost of a professional-technical post.",
    "param.training.enabled.help": "false switches training off entirely.",
    "param.training.min_hours.help": "Least training hours per staff member.",
    "param.training.max_hours.help": "Most training hours per staff member.",
    "param.training.cost_per_hour.help": "Cost of one training hour.",
    "param.training.productivity.help": (
        "Staff-equivalents of service capacity added per training hour delivered."
    ),
    "param.digital.enabled.help": "false switches digital service, IT investment and platforms off entirely.",
    "param.digital.depreciation.help": "Depreciation of digital capital.",
    "param.digital.yield.help": "Workload one CNY 10k of digital capital can serve online per year.",
    "param.digital.running_rate.help": (
        "IT running cost (goods & services) as a share of the digital capital stock."
    ),
    "param.platform.enabled.help": "false: provinces may not build a shared digital platform.",
    "param.platform.build_cost.help": (
        "One-off cost of a province's shared platform (capital construction, first year)."
    ),
    "param.platform.running_cost.help": (
        "Yearly running cost of a shared platform (about 3.4 million yuan per data centre, 002)."
    ),
    "param.platform.share.help": "Share of each office's workload the provincial platform can serve online.",
    "param.budget.regime.help": (
        "fiscal: each office within its same-level appropriation (status quo); fund: each pool "
        "within a share of fund spending (reform); none: no budget limit."
    ),
    "param.budget.growth.help": "Annual growth of appropriations where no budget_by_year row is given.",
    "param.budget.fund_share.help": (
        "Fund regime: agency cost cap as a share of fund spending (1%; 1.9% Austria; 3.6% Korea)."
    ),
    "param.budget.pool.help": "Fund regime pools: the whole instance, or one pool per province.",
    "param.fund.growth.help": "Annual growth of fund spending.",
    "param.workload.growth_extra.help": (
        "Extra workload growth added to every office (e.g. enrolling new forms of employment)."
    ),
    "param.unmet.penalty.help": (
        "Cost objective: penalty per person-time above the load target (far above any real cost)."
    ),
    "param.unmet.weight.provincial.help": "Weight of unmet workload, provincial.",
    "param.unmet.weight.municipal.help": "Weight of unmet workload, municipal.",
    "param.unmet.weight.county.help": "Weight of unmet workload, county.",
    "param.standard.rule.help": (
        "Staffing standard (编制标准): none, ratio (workload per post by level) or henan (banded "
        "table for county agencies)."
    ),
    "param.standard.ratio.provincial.help": "Ratio standard, provincial.",
    "param.standard.ratio.municipal.help": "Ratio standard, municipal.",
    "param.standard.ratio.county.help": "Ratio standard, county.",
    "param.standard.mode.help": (
        "How the standard is used: upper bound on posts, lower bound, or report only."
    ),
    "param.standard.person_times_per_insured.help": (
        "Banded (henan) standard: workload person-times per insured person, to turn workload into "
        "the insured count the table is written in (1 = read workload as insured persons)."
    ),
    "param.solver.time_limit.help": "Solver time limit per solve.",
    "param.solver.gap.help": "Relative MIP gap at which the solver stops.",
    "param.solver.threads.help": "Solver threads (fixed for reproducible plans).",
    "param.solver.seed.help": "Solver random seed.",
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
    "out.cost_per_person_time": "cost per person-time",
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
    "out.cost_per_unmet_avoided": "cost per person-time of unmet workload avoided",
    # --- report
    "sheet.summary": "summary",
    "sheet.plan": "plan",
    "sheet.by_level": "by level",
    "sheet.by_region": "by region",
    "sheet.budget": "budget",
    "sheet.marginals": "marginal values",
    "sheet.platforms": "platforms",
    "sheet.settings": "run settings",
    "summary.title": "staffopt plan: summary",
    "summary.run": "Run",
    "summary.status": "status",
    "summary.objective": "objective",
    "summary.objective_kind": "objective chosen",
    "summary.mip_gap": "MIP gap",
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
    "chart.load_ratio": "Load ratio by level",
    "chart.load_ratio.sub": "status quo, final plan year (nominal and effective) and target",
    "chart.load_ratio.axis": "load ratio",
    "chart.plan_nominal": "plan, final year (nominal)",
    "chart.plan_effective": "plan, final year (effective)",
    "chart.headcount": "Headcount change by level",
    "chart.headcount.sub": "final plan year against the status quo",
    "chart.cost": "Cost by line and budget cap",
    "chart.top_offices": "Offices furthest above the load-ratio target",
    "chart.top_offices.sub": "nominal load ratio in the final plan year",
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
        "; under the least-cost objective the load-ratio targets are meant to be met — check unmet.pena"
        "lty, the limits on posts and staff, or raise --time-limit"
    ),
    "quality.budget_short": "; the budget does not cover the staff the targets need",
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
    # --- command line
    "cli.field": "{label}: {value}",
    "cli.seconds": "{seconds:.1f} s",
    "cli.result.status": "status",
    "cli.result.largest_unmet_share": "largest unmet share",
    "cli.result.unmet": "unmet workload",
    "cli.result.cost_objective": "cost objective",
    "cli.result.objective": "objective",
    "cli.result.gap": "gap",
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
        "headers\n  staffopt init 我的省份.xlsx --lang zh             # blank template, Chinese "
        "headers\n  staffopt init demo.xlsx --example example_province\n\n\b\nThe template has a units "
        "row under the headers, a note on every header, drop-downs for\nlevel and for switches, "
        "and numeric bounds. An existing file is never overwritten.\nExit status: 0 written; 2 the "
        "file exists, the name is not .xlsx or the example is unknown.\n"
    ),
    "help.init.opt.lang": (
        "Language of the template's sheets and headers: en or zh (中文). Default: $STAFFOPT_LANG,"
        " else the system locale (zh_* gives zh)."
    ),
    "help.opt.example": "Write a shipped example instead of a blank template, e.g. example_province.",
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
        "\b\nExamples:\n  staffopt solve                                  # the shipped example\n  "
        "staffopt solve my_province.xlsx --lang zh\n  staffopt solve my_province.xlsx --set target.count"
        "y=5000 --set posts.step=5\n  staffopt solve my_province.xlsx --scenario fund_1pct --out "
        "reports/fund\n  staffopt solve reports/my_province/plan.xlsx    # a report is also an input\n\n\b\n"
        "Exit status: 0 plan written (optimal, or the best plan found at the time limit);\n2 bad "
        "input (sheet/row/column named, or --set / --scenario);\n3 no plan (infeasible or nothing "
        "found in time): the run folder then holds only\nsummary.json with the status and the explanatio"
        "n.\n"
    ),
    "help.opt.scenario": "Apply a scenario (scenarios sheet of the workbook, or a built-in preset).",
    "help.frontier.opt.scenario": "Scenario the range is applied to (default: the workbook's parameters).",
    "help.opt.overrides": "Override a parameter for this run, e.g. --set target.county=5000 (repeatable).",
    "help.opt.objective": "Objective (parameter objective).",
    "help.opt.out": "Report folder (default: reports/<input-stem>[-<scenario>]/).",
    "help.compare.opt.out": "Report folder (default: reports/<input-stem>-compare/).",
    "help.frontier.opt.out": "Report folder (default: reports/<input-stem>-frontier-<key>/).",
    "help.opt.time_limit": "Solver time limit per solve (parameter solver.time_limit).",
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
        "--all --scheduler tcp://10.0.0.5:8786\n\n\b\nExit status: 0 report written (failed scenarios "
        "are listed in it); 2 bad input;\n3 no scenario produced a plan."
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
    "cli.workers_or_scheduler": "use either --workers (local cluster) or --scheduler (existing cluster)",
    "cli.name_scenarios": "name the scenarios with --scenario NAME (repeatable) or use --all",
    "cli.source": "source: {text}",
    "cli.scenario_figures": ", cost {cost:,.0f} {money}, unmet {unmet:,.0f} {persons}",
    "cli.folder_in_use": (
        "could not replace {folder}: a file in it is in use ({reason}). Close plan.xlsx (Excel/WPS) "
        "or choose another --out; the new report was not written"
    ),
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
    "diag.kind.staff": "wages of established staff",
    "diag.kind.contract": "wages of contract staff",
    "diag.kind.premium": "professional premium",
    "diag.kind.training": "training",
    "diag.kind.running": "running cost of the existing IT systems",
    "diag.kind.invest": "IT investment",
    "diag.kind.platform": "shared platform",
    "diag.kind.overhead": "fixed overhead",
    "diag.kind.pool_staff": (
        "wages of {people:,d} established staff of its {offices} offices (attrition {attrition} "
        "keeps at least {floor:,d})"
    ),
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
    "diag.lever.share_final": "raise contract.max_share_final",
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
    "solve.no_plan_in_time": (
        "no plan was found within the time limit: raise solver.time_limit (--time-limit) or loosen "
        "solver.gap"
    ),
    "solve.marginals_failed": (
        "marginal values: the LP with fixed integers did not solve to optimality ({status}); they "
        "are left empty"
    ),
    "diag.unit.persons": "persons",
    "diag.unit.posts": "posts",
    "diag.unit.hours": "hours",
    "diag.unit.万元": "万元",
    "diag.unit.staff-equivalents": "staff-equivalents",
    "diag.unit.platforms": "platforms",
    "rule.fiscal_appropriation": "fiscal appropriation",
    "rule.fund_cap": "fund-regime cap",
    "rule.minimum_staff": "minimum staff",
    "rule.contract_no_new": "no new contract staff",
    "rule.contract_share_final": "final-year contract share",
    "rule.pro_share_min": "least professional share",
    "rule.training_min": "least training hours",
    "rule.standard_upper": "staffing standard (upper bound)",
    "rule.standard_lower": "staffing standard (lower bound)",
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
    "preset.dynamic_posts": (
        "Dynamic posts (编制动态调整): posts may change by up to 5 per office and year — enough "
        "for a typical county office to absorb its over-establishment (11,569 over ~2,850 county "
        "offices ≈ 4) in one year."
    ),
    "preset.dynamic_posts.detail": "Table 1 (2021 posts and actual staff by level)",
    "preset.fund_1pct": (
        "Fund financing (基金预算制) at 1% of fund spending: agency spending is under 1% of fund "
        "revenue, spending or balance today."
    ),
    "preset.fund_1pct.detail": "agency spending under 1% of the fund, 2022",
    "preset.fund_austria": (
        "Fund financing at 1.9% of fund spending: Austria's agencies cost 1.9% of fund revenue "
        "in 2022 (pensions 1.3%, health 2.5%, accident 8.1%)."
    ),
    "preset.fund_austria.detail": "Austrian social-security statistics, 2022",
    "preset.fund_korea": (
        "Fund financing at 3.6% of fund spending: Korea's national pension administration cost "
        "3.6% of benefit spending in 2022 (4.3% in 2018)."
    ),
    "preset.fund_korea.detail": "Korea's National Pension Fund annual report 2022",
    "preset.ratio_xinjiang": (
        "Load-ratio standard 7,000:1 as in Urumqi and Karamay (Xinjiang), re-set every three years;"
        " read as a city-wide standard, so it applies to municipal and county offices (provincial "
        "unchanged)."
    ),
    "preset.ratio_xinjiang.detail": "Xinjiang staffing mechanism",
    "preset.ratio_beijing": (
        "Load-ratio standard 5,000:1 as in Beijing; Beijing's rule names district/county agencies "
        "only (\"a little above 5,000:1\"), so only county offices change."
    ),
    "preset.ratio_beijing.detail": "Beijing district/county staffing reference",
    "preset.ratio_chengdu": (
        "Load-ratio standards of Chengdu (Sichuan): municipal agencies 10,000:1, districts and "
        "counties 4,000:1."
    ),
    "preset.ratio_chengdu.detail": "Chengdu staffing standard",
    "preset.henan_standard": (
        "Henan banded staffing standard for county pension agencies (≤10,000 insured: 10–15 posts;"
        " 10,001–20,000: 15–20; one more post per 2,000 insured above that, at most 30), used as "
        "a floor on posts (the table grants posts); posts may move by 5 a year to reach it, as "
        "in dynamic_posts."
    ),
    "preset.henan_standard.detail": "Henan county pension agency staffing rule",
    "preset.pro_share_2011": (
        "Professional-technical staff back to 34% of all staff, the 2011 share (by title; 21% in "
        "2021)."
    ),
    "preset.pro_share_2011.detail": "professional-technical staff 2011 and 2021",
    "preset.shared_platform": (
        "Shared provincial digital platform allowed: economies of scale instead of hundreds of "
        "separate data centres (Golden Insurance phase I: 31 provincial and 257 municipal centres,"
        " about 3.4 million yuan per centre a year)."
    ),
    "preset.shared_platform.detail": "Golden Insurance project phase I, 2004-2012",
    "preset.office_it": (
        "Office-by-office IT: each office invests in its own systems, no shared platform (the fragmente"
        "d pattern of Golden Insurance phase I)."
    ),
    "preset.office_it.detail": "Golden Insurance project phase I, 2004-2012",
    "preset.new_employment": (
        "Enrolling workers in new forms of employment: about 200 million such workers, several "
        "hundred million more person-times expected. Taking 200 million more person-times against "
        "today's 10,663 x 145,275 ≈ 1,549 million gives +12.9%, i.e. 2.5% a year of extra workload "
        "growth over a 5-year horizon."
    ),
    "preset.new_employment.detail": "new forms of employment; load ratio 10,663:1 and 145,275 staff in 2021",
    "preset.citation": "{citation}, {detail}",
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
    "sweep.failed": "{detail}",
    "sweep.input_error": "{text}",
    "sweep.folder_failed": "its run folder could not be written: {detail}",
    "sweep.worker_failed": "the worker running this job failed: {detail}",
}
