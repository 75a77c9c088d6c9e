"""The one schema table of staffopt: every input sheet, column and parameter, and every output column.

Everything that names a column reads it from here: the workbook template (``staffopt init``),
the reader and the validator, the report writer and ``docs/input.md``. A column name, unit or
label is spelled in this module and nowhere else.

Money is in 万元 (ten thousand yuan, "CNY 10k") everywhere, inputs and outputs alike.
Workload is insured person-times (参保人次) per year.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, cast, get_args

Dtype = Literal["str", "int", "float", "bool", "level", "choice"]
Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = ("en", "zh")

LEVELS: tuple[str, ...] = ("provincial", "municipal", "county")
LEVEL_LABELS: dict[str, dict[str, str]] = {
    "provincial": {"en": "provincial", "zh": "省级"},
    "municipal": {"en": "municipal", "zh": "地(市)级"},
    "county": {"en": "county", "zh": "县(区)级"},
    "all": {"en": "all levels", "zh": "全部"},
}
#: Every spelling of a level the reader accepts (case-insensitive for English).
LEVEL_ALIASES: dict[str, str] = {
    "provincial": "provincial", "province": "provincial", "省级": "provincial", "省": "provincial",
    "municipal": "municipal", "city": "municipal", "prefecture": "municipal",
    "地(市)级": "municipal", "地（市）级": "municipal", "地市级": "municipal", "市级": "municipal",
    "市": "municipal", "地市": "municipal",
    "county": "county", "district": "county", "县(区)级": "county", "县（区）级": "county",
    "县区级": "county", "县级": "county", "区县级": "county", "县": "county", "区": "county",
}
#: The parent level each level must have (provincial offices have none).
PARENT_LEVEL: dict[str, str | None] = {
    "provincial": None, "municipal": "provincial", "county": "municipal",
}

#: Separators accepted between region tags in one cell.
REGION_SEPARATORS: tuple[str, ...] = (",", ";", "、", "，", "；")


@dataclass(frozen=True)
class Unit:
    """A unit in both languages."""

    en: str
    zh: str


MONEY = Unit("CNY 10k", "万元")
MONEY_PER_YEAR = Unit("CNY 10k/year", "万元/年")
MONEY_PER_PERSON_YEAR = Unit("CNY 10k/person-year", "万元/人·年")
MONEY_PER_PERSON = Unit("CNY 10k/person", "万元/人")
PERSON_TIMES = Unit("person-times/year", "人次/年")
#: A sum of person-times over several years (what-if reports: unmet workload over the plan).
PERSON_TIMES_TOTAL = Unit("person-times", "人次")
PERSONS = Unit("persons", "人")
PERSONS_PER_YEAR = Unit("persons/year", "人/年")
FRACTION = Unit("fraction (0-1)", "比例(0-1)")
FRACTION_PER_YEAR = Unit("fraction/year", "比例/年")
RATIO = Unit("person-times per staff member", "人次/人")
HOURS = Unit("hours/year", "学时/年")
HOURS_PER_PERSON = Unit("hours/person-year", "学时/人·年")
MONEY_PER_HOUR = Unit("CNY 10k/hour", "万元/学时")
STAFF_PER_HOUR = Unit("staff-equivalents per training hour", "人当量/学时")
STAFF_PER_CONTRACT = Unit("staff-equivalents per contract staff", "人当量/编外人员")
YIELD = Unit("person-times/year per CNY 10k of digital capital", "人次/年·万元数字化资本")
MONEY_PER_PERSON_TIME = Unit("CNY 10k per person-time", "万元/人次")
#: What a person-time costs, in yuan (元): the unit leaders read (13.7 元, not 0.00137 万元).
YUAN_PER_PERSON_TIME = Unit("yuan per person-time", "元/人次")
MONEY_PER_THOUSAND_PERSON_TIMES = Unit("CNY 10k per 1,000 person-times", "万元/千人次")
YEAR = Unit("year", "年")
YEARS = Unit("years", "年")
SECONDS = Unit("seconds", "秒")
NONE = Unit("", "")


#: Longest text a ``str`` cell may hold when its column sets no ``max_length`` (characters).
TEXT_LIMIT = 1000
#: Longest id (office ids, parameter keys, scenario names), characters.
ID_LIMIT = 64
#: Longest name (office names, region tags, values), characters.
NAME_LIMIT = 200


@dataclass(frozen=True)
class Field:
    """One input column (tables) or one parameter (the parameters sheet).

    ``default`` is ``None`` for a required field. ``minimum``/``maximum`` are inclusive bounds.
    ``choices`` lists the allowed values of a ``choice`` field. ``max_length`` is the most
    characters a text (``str``) cell may hold; :attr:`text_limit` gives :data:`TEXT_LIMIT` when
    it is not set. Longer text is refused, never cut (Excel itself cuts cells at 32,767).
    """

    key: str
    en: str
    zh: str
    dtype: Dtype
    unit: Unit
    description_en: str
    description_zh: str
    default: Any = None
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    max_length: int | None = None

    @property
    def text_limit(self) -> int:
        """Most characters a text cell of this column may hold."""
        return self.max_length if self.max_length is not None else TEXT_LIMIT

    def label(self, lang: Lang) -> str:
        """Header text in ``lang``."""
        return self.en if lang == "en" else self.zh

    def description(self, lang: Lang) -> str:
        """One-line meaning in ``lang``."""
        return self.description_en if lang == "en" else self.description_zh

    def expected(self) -> str:
        """What a valid value looks like, for error messages."""
        kinds = {
            "str": "text", "int": "a whole number", "float": "a number",
            "bool": "true or false (是/否)",
            "level": "provincial, municipal or county (省级/地(市)级/县(区)级)",
            "choice": "one of " + ", ".join(self.choices),
        }
        text = kinds[self.dtype]
        if self.minimum is not None and self.maximum is not None:
            text += f" from {_num(self.minimum)} to {_num(self.maximum)}"
        elif self.minimum is not None:
            text += f" of at least {_num(self.minimum)}"
        elif self.maximum is not None:
            text += f" of at most {_num(self.maximum)}"
        if self.unit.en:
            text += f" ({self.unit.en})"
        return text


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:g}"


def bound_text(x: float) -> str:
    """A bound as the template notes and ``docs/input.md`` write it (years without separators)."""
    if float(x).is_integer():
        return f"{x:.0f}" if 1000 <= abs(x) <= 2200 else f"{x:,.0f}"
    return f"{x:g}"


@dataclass(frozen=True)
class Sheet:
    """One input sheet: a table with a header row (``columns``) or the key/value parameters."""

    key: str
    en: str
    zh: str
    columns: tuple[Field, ...]
    required: bool
    description_en: str
    description_zh: str

    def label(self, lang: Lang) -> str:
        """Sheet name in ``lang``."""
        return self.en if lang == "en" else self.zh

    def column(self, key: str) -> Field:
        """The column with ``key`` (KeyError when there is none)."""
        for field in self.columns:
            if field.key == key:
                return field
        raise KeyError(f"sheet {self.key!r} has no column {key!r}")


def _f(key: str, en: str, zh: str, dtype: Dtype, unit: Unit, den: str, dzh: str, **kw: Any) -> Field:
    return Field(key, en, zh, dtype, unit, den, dzh, **kw)


# --------------------------------------------------------------------------------------------
# offices
# --------------------------------------------------------------------------------------------
OFFICE_COLUMNS: tuple[Field, ...] = (
    _f("office_id", "office id", "机构编号", "str", NONE,
       "Unique id of the office.", "机构唯一编号。", required=True, max_length=ID_LIMIT),
    _f("name", "name", "机构名称", "str", NONE,
       "Name of the office.", "机构名称。", required=True, max_length=NAME_LIMIT),
    _f("level", "level", "层级", "level", NONE,
       "provincial, municipal or county.", "省级、地(市)级或县(区)级。", required=True),
    _f("parent_id", "parent id", "上级机构编号", "str", NONE,
       "Office id of the parent (municipal → provincial, county → municipal); empty for provincial.",
       "上级机构编号(地市级→省级，县区级→地市级)；省级为空。", default="", max_length=ID_LIMIT),
    _f("regions", "regions", "区域标签", "str", NONE,
       "Region tags separated by commas, e.g. 长三角.", "区域标签，以逗号分隔，如 长三角。", default="",
       max_length=NAME_LIMIT),
    _f("workload", "workload", "参保人次", "float", PERSON_TIMES,
       "Insured person-times served in the base year.", "基期服务参保人次。",
       required=True, minimum=0, maximum=1e10),
    _f("workload_growth", "workload growth", "参保人次增长率", "float", FRACTION_PER_YEAR,
       "Annual growth of workload (used where no workload_by_year row is given).",
       "参保人次年增长率(未在分年参保人次表中给出时使用)。", default=0.0, minimum=-0.5, maximum=1.0),
    _f("posts", "posts", "编制数", "int", PERSONS,
       "Authorised establishment (编制) in the base year.", "基期核定编制数。",
       required=True, minimum=0, maximum=1e6),
    _f("actual_staff", "actual staff", "实有人数", "int", PERSONS,
       "Actual staff in the base year, established and contract together.",
       "基期实有人数(含在编与编外)。", required=True, minimum=0, maximum=1e6),
    _f("contract_staff", "contract staff", "编外人员", "int", PERSONS,
       "Contract staff beyond establishment; empty = actual staff − posts when positive.",
       "编外人员数；为空时取 实有人数−编制数(为正时)。", default=None, minimum=0, maximum=1e6),
    _f("professional_staff", "professional staff", "专业技术人员", "int", PERSONS,
       "Professional-technical staff among the established staff.", "在编人员中的专业技术人员数。",
       default=0, minimum=0, maximum=1e6),
    _f("cost_staff", "cost per established staff", "在编人员人均经费", "float", MONEY_PER_PERSON_YEAR,
       "Annual personnel cost per established staff member.", "在编人员人均年度人员经费。",
       required=True, minimum=0, maximum=1000),
    _f("cost_contract", "cost per contract staff", "编外人员人均经费", "float", MONEY_PER_PERSON_YEAR,
       "Annual personnel cost per contract staff member.", "编外人员人均年度人员经费。",
       required=True, minimum=0, maximum=1000),
    _f("digital_capital", "digital capital", "数字化资本", "float", MONEY,
       "Digital capital stock (IT systems) in the base year.", "基期数字化资本存量(信息系统)。",
       default=0.0, minimum=0, maximum=1e9),
    _f("manual_floor", "manual-service floor", "人工服务下限", "float", FRACTION,
       "Share of workload that must stay manual (digital divide).", "必须保留人工办理的业务比例(数字鸿沟)。",
       default=0.3, minimum=0, maximum=1),
    _f("appropriation", "fiscal appropriation", "同级财政拨款", "float", MONEY_PER_YEAR,
       "Same-level fiscal appropriation in the base year (fiscal regime cap).",
       "基期同级财政拨款(财政预算制下的支出上限)。", required=True, minimum=0, maximum=1e9),
    _f("overhead", "fixed overhead", "固定运行支出", "float", MONEY_PER_YEAR,
       "Fixed overhead (其他支出) per year.", "每年固定运行支出(其他支出)。",
       default=0.0, minimum=0, maximum=1e9),
    _f("goods_services", "fixed goods & services", "固定商品和服务支出", "float", MONEY_PER_YEAR,
       "Goods & services the plan does not change (office running: rent, utilities, printing, travel, "
       "outsourced services) per year; IT running cost and training are modelled on top.",
       "方案不改变的商品和服务支出(办公运行：房租、水电、印刷、差旅、委托业务等)，每年；信息系统运行费和"
       "培训费另行计算。", default=0.0, minimum=0, maximum=1e9),
    _f("capital", "capital construction", "基本建设支出", "float", MONEY_PER_YEAR,
       "Capital construction (buildings, service halls) per year besides IT investment; flows into the "
       "capital line every year.",
       "每年基本建设支出(办公用房、服务大厅等，不含信息化投入)；每年计入基本建设支出科目。",
       default=0.0, minimum=0, maximum=1e9),
    _f("fund_spending", "fund spending", "社保基金支出", "float", MONEY_PER_YEAR,
       "Social-insurance fund spending in the office's area in the base year (fund regime cap base).",
       "本机构辖区基期社会保险基金支出(基金预算制上限基数)。", default=0.0, minimum=0, maximum=1e12),
    _f("min_staff", "minimum staff", "最低人员数", "int", PERSONS,
       "Least established + contract staff the office needs; empty = the level's parameter.",
       "机构最低人员数(在编+编外)；为空时取所属层级参数。", default=None, minimum=0, maximum=1e6),
    _f("post_step", "post step", "编制年调整上限", "int", PERSONS_PER_YEAR,
       "Largest change of posts per year for this office; empty = parameter posts.step.",
       "本机构编制年调整幅度上限；为空时取参数 posts.step。", default=None, minimum=0, maximum=1e6),
    _f("contract_cap", "contract staff control", "编外人员控制数", "int", PERSONS,
       "Most contract staff the office may employ (编外人员控制数); empty = today's contract staff.",
       "本机构编外人员控制数；为空时取基期编外人员数。", default=None, minimum=0, maximum=1e6),
)

WORKLOAD_BY_YEAR_COLUMNS: tuple[Field, ...] = (
    _f("office_id", "office id", "机构编号", "str", NONE, "Office id.", "机构编号。", required=True,
       max_length=ID_LIMIT),
    _f("year", "year", "年份", "int", YEAR, "Plan year.", "规划年份。", required=True,
       minimum=1900, maximum=2200),
    _f("workload", "workload", "参保人次", "float", PERSON_TIMES,
       "Insured person-times served that year (overrides the growth rate).",
       "当年服务参保人次(优先于增长率)。", required=True, minimum=0, maximum=1e10),
)

BUDGET_BY_YEAR_COLUMNS: tuple[Field, ...] = (
    _f("office_id", "office id", "机构编号", "str", NONE, "Office id.", "机构编号。", required=True,
       max_length=ID_LIMIT),
    _f("year", "year", "年份", "int", YEAR, "Plan year.", "规划年份。", required=True,
       minimum=1900, maximum=2200),
    _f("appropriation", "fiscal appropriation", "同级财政拨款", "float", MONEY_PER_YEAR,
       "Same-level fiscal appropriation that year (overrides budget.growth).",
       "当年同级财政拨款(优先于 budget.growth)。", required=True, minimum=0, maximum=1e9),
)

SCENARIO_COLUMNS: tuple[Field, ...] = (
    _f("scenario", "scenario", "情景", "str", NONE, "Scenario name.", "情景名称。", required=True,
       max_length=ID_LIMIT),
    _f("key", "parameter", "参数", "str", NONE, "Parameter key, as in the parameters sheet.",
       "参数键，与参数表一致。", required=True, max_length=ID_LIMIT),
    _f("value", "value", "取值", "str", NONE, "Value for this scenario.", "该情景下的取值。",
       required=True, max_length=NAME_LIMIT),
    _f("note", "note", "说明", "str", NONE, "Free note.", "备注。", default=""),
)

#: What a lock may fix or bound: posts (编制), established staff (在编人员), contract staff (编外人员).
LOCK_WHAT: tuple[str, ...] = ("posts", "staff", "contract")
#: Display names of the locked quantities (the report's column names of the same figures).
LOCK_WHAT_LABELS: dict[str, dict[str, str]] = {
    "posts": {"en": "posts", "zh": "编制"},
    "staff": {"en": "established staff", "zh": "在编人员"},
    "contract": {"en": "contract staff", "zh": "编外人员"},
}
#: Every spelling of a locked quantity the reader accepts (code or label, any case, no spaces).
LOCK_WHAT_ALIASES: dict[str, str] = {
    "".join(text.split()).lower(): what
    for what, labels in LOCK_WHAT_LABELS.items() for text in (what, *labels.values())
}

LOCK_COLUMNS: tuple[Field, ...] = (
    _f("office_id", "office id", "机构编号", "str", NONE, "Office id.", "机构编号。", required=True,
       max_length=ID_LIMIT),
    _f("year", "year", "年份", "int", YEAR, "Plan year the lock holds in.", "锁定的规划年份。",
       required=True, minimum=1900, maximum=2200),
    _f("what", "what", "锁定对象", "choice", NONE,
       "What is locked: posts (编制), staff (established staff, 在编人员) or contract (contract staff, "
       "编外人员).",
       "锁定对象：编制(posts)、在编人员(staff)或编外人员(contract)。", required=True, choices=LOCK_WHAT),
    _f("min", "min", "下限", "int", PERSONS,
       "Least value in that year; min = max fixes it (e.g. posts approved by the establishment office).",
       "当年最小值；下限＝上限即为固定值(如编办核定的编制数)。", default=None, minimum=0, maximum=1e6),
    _f("max", "max", "上限", "int", PERSONS,
       "Largest value in that year; give min, max or both.", "当年最大值；下限、上限至少填一个。",
       default=None, minimum=0, maximum=1e6),
    _f("note", "note", "说明", "str", NONE, "Why the lock holds (e.g. the approval document).",
       "锁定依据(如批复文号)。", default=""),
)

#: Columns of the parameters sheet itself (one row per parameter).
PARAMETER_SHEET_COLUMNS: tuple[Field, ...] = (
    _f("key", "parameter", "参数", "str", NONE, "Parameter key.", "参数键。", required=True,
       max_length=ID_LIMIT),
    _f("value", "value", "取值", "str", NONE, "Value.", "取值。", required=True, max_length=NAME_LIMIT),
    _f("unit", "unit", "单位", "str", NONE, "Unit (information only).", "单位(仅供参考)。", default="",
       max_length=NAME_LIMIT),
    _f("description", "description", "说明", "str", NONE, "Meaning (information only).",
       "含义(仅供参考)。", default=""),
)


# --------------------------------------------------------------------------------------------
# parameters (key/value rows of the parameters sheet; every one may be overridden by --set)
# --------------------------------------------------------------------------------------------
#: Every parameter key, for the type checker: ``settings.float("staff.atrition")`` is an error
#: before it runs. Spelled again as the keys of :data:`PARAMETERS` (``_p`` takes a ``ParamKey``);
#: ``tests/test_registry.py`` checks that the two lists are the same.
ParamKey = Literal[
    "base_year", "horizon", "discount_rate", "objective", "target.provincial", "target.municipal",
    "target.county", "target.reach_year", "posts.step", "staff.attrition", "staff.hire_rate",
    "staff.hire_min", "staff.min.provincial", "staff.min.municipal", "staff.min.county", "contract.no_new",
    "contract.max_share_final", "contract.allow_share_rise", "contract.conversion_enabled",
    "contract.conversion_cost", "contract.effective_worth", "pro.share_min", "pro.phase_years", "pro.premium",
    "training.enabled", "training.min_hours", "training.max_hours", "training.cost_per_hour",
    "training.productivity", "digital.enabled", "digital.depreciation", "digital.yield",
    "digital.running_rate", "digital.ramp", "platform.enabled", "platform.existing", "platform.build_cost",
    "platform.running_cost",
    "platform.share", "budget.regime", "budget.growth", "budget.fund_share", "budget.pool", "fund.growth",
    "workload.growth_extra", "unmet.penalty", "unmet.weight.provincial", "unmet.weight.municipal",
    "unmet.weight.county", "standard.rule", "standard.ratio.provincial", "standard.ratio.municipal",
    "standard.ratio.county", "standard.mode", "standard.person_times_per_insured", "solver.time_limit",
    "solver.gap", "solver.backend", "solver.threads", "solver.seed",
]
#: Parameters with one key per level (``staff.min.county`` …), as :func:`level_key` builds them.
LevelParam = Literal["target", "staff.min", "unmet.weight", "standard.ratio"]


def level_key(prefix: LevelParam, level: str) -> ParamKey:
    """The key of parameter ``prefix`` for ``level`` (``level_key("staff.min", "county")``)."""
    key = f"{prefix}.{level}"
    if key not in _PARAMETER_KEYS:
        raise KeyError(f"no parameter {key!r}: {level!r} is not a level")
    return cast(ParamKey, key)


_PARAMETER_KEYS: frozenset[str] = frozenset(get_args(ParamKey))


def _p(key: ParamKey, dtype: Dtype, default: Any, unit: Unit, den: str, dzh: str, **kw: Any) -> Field:
    return Field(key, key, key, dtype, unit, den, dzh, default=default, **kw)


PARAMETERS: tuple[Field, ...] = (
    # --- horizon
    _p("base_year", "int", 2021, YEAR, "Base year t0: the offices sheet holds its observed values.",
       "基期年份 t0：机构表中为该年实际数据。", minimum=1990, maximum=2100),
    _p("horizon", "int", 5, YEARS, "Number of planning years after the base year.",
       "基期之后的规划年数。", minimum=1, maximum=30),
    _p("discount_rate", "float", 0.03, FRACTION_PER_YEAR, "Discount rate for the cost objective.",
       "成本目标的贴现率。", minimum=0, maximum=0.5),
    _p("objective", "choice", "cost", NONE,
       "cost: least cost meeting the load targets; service: least unmet workload within budget, "
       "then least cost; equity: smallest worst unmet share, then total unmet, then cost.",
       "cost：满足负荷标准的最低成本；service：预算内未满足业务量最小，再求成本最低；"
       "equity：最大未满足比例最小，再求总未满足量，再求成本。", choices=("cost", "service", "equity")),
    # --- load-ratio targets
    _p("target.provincial", "float", 10663.0, RATIO, "Load-ratio target for provincial offices.",
       "省级机构人均负荷比标准。", minimum=100, maximum=1e6),
    _p("target.municipal", "float", 10663.0, RATIO, "Load-ratio target for municipal offices.",
       "地(市)级机构人均负荷比标准。", minimum=100, maximum=1e6),
    _p("target.county", "float", 10663.0, RATIO, "Load-ratio target for county offices.",
       "县(区)级机构人均负荷比标准。", minimum=100, maximum=1e6),
    _p("target.reach_year", "int", 0, YEAR,
       "Year by which the targets must be met, moving linearly from each level's base-year ratio; "
       "0 = from the first plan year.",
       "达到负荷比标准的年份，自基期比值线性过渡；0 表示自第一个规划年起执行。", minimum=0, maximum=2200),
    # --- posts and staff
    _p("posts.step", "int", 0, PERSONS_PER_YEAR,
       "Largest change of posts per office and year (0 = posts frozen, the status quo).",
       "每个机构每年编制调整幅度上限(0 表示编制冻结，即现状)。", minimum=0, maximum=100000),
    _p("staff.attrition", "float", 0.04, FRACTION_PER_YEAR,
       "Share of established staff leaving each year (retirement, transfer).",
       "在编人员年自然减员比例(退休、调出)。", minimum=0, maximum=1),
    _p("staff.hire_rate", "float", 0.10, FRACTION_PER_YEAR,
       "Most established staff hired per year, as a share of base-year established staff.",
       "每年最多招录在编人员数占基期在编人员的比例。", minimum=0, maximum=10),
    _p("staff.hire_min", "int", 2, PERSONS_PER_YEAR,
       "Hiring cap per office and year is never below this.", "每机构每年招录上限不低于此数。",
       minimum=0, maximum=100000),
    _p("staff.min.provincial", "int", 2, PERSONS, "Least staff of a provincial office.",
       "省级机构最低人员数。", minimum=0, maximum=100000),
    _p("staff.min.municipal", "int", 2, PERSONS, "Least staff of a municipal office.",
       "地(市)级机构最低人员数。", minimum=0, maximum=100000),
    _p("staff.min.county", "int", 2, PERSONS, "Least staff of a county office.",
       "县(区)级机构最低人员数。", minimum=0, maximum=100000),
    # --- contract staff
    _p("contract.no_new", "bool", False, NONE, "true: contract staff may not grow year on year.",
       "true：编外人员不得逐年增加。"),
    _p("contract.max_share_final", "float", 1.0, FRACTION,
       "Largest contract share of all staff in the final plan year (regularisation).",
       "规划末年编外人员占比上限(规范化)。", minimum=0, maximum=1),
    _p("contract.allow_share_rise", "bool", False, NONE,
       "true: a plan may raise an office's contract share above its base-year share (the plan then "
       "carries a warning); false keeps every office at or below it.",
       "true：允许方案使机构编外人员占比高于基期(方案将给出警告)；false 时各机构不得高于基期占比。"),
    _p("contract.conversion_enabled", "bool", True, NONE,
       "true: base-year contract staff may be converted into vacant established posts (转编/定向招录).",
       "true：允许将基期编外人员转入空余编制(转编/定向招录)。"),
    _p("contract.conversion_cost", "float", 1.0, MONEY_PER_PERSON,
       "One-off cost of converting one contract staff member into an established post "
       "(recruitment procedure and induction; goods & services).",
       "每名编外人员转入编制的一次性成本(招录程序与入职培训；计入商品和服务支出)。",
       minimum=0, maximum=1000),
    _p("contract.effective_worth", "float", 0.8, STAFF_PER_CONTRACT,
       "Staff-equivalents one contract staff member is worth in the effective load ratio (a reported "
       "figure only; load-ratio targets count heads). Formerly contract.productivity.",
       "编外人员折合在编人员的当量，仅用于有效人均负荷比(报告指标；负荷比标准按实有人数计)。原参数名 "
       "contract.productivity。", minimum=0, maximum=1),
    # --- professional staff
    _p("pro.share_min", "float", 0.0, FRACTION,
       "Least professional-technical share of all staff, reached by the end of the phase-in.",
       "专业技术人员占全部人员的最低比例，在过渡期末达到。", minimum=0, maximum=1),
    _p("pro.phase_years", "int", 5, YEARS,
       "Years over which the professional share rises to pro.share_min.",
       "专业技术人员比例提升到 pro.share_min 的过渡年数。", minimum=1, maximum=30),
    _p("pro.premium", "float", 1.5, MONEY_PER_PERSON_YEAR,
       "Extra annual cost of a professional-technical post.", "专业技术岗位人均年度额外经费。",
       minimum=0, maximum=1000),
    # --- training
    _p("training.enabled", "bool", True, NONE, "false switches training off entirely.",
       "false 表示完全不考虑培训。"),
    _p("training.min_hours", "float", 0.0, HOURS_PER_PERSON, "Least training hours per staff member.",
       "人均最低培训学时。", minimum=0, maximum=2000),
    _p("training.max_hours", "float", 120.0, HOURS_PER_PERSON, "Most training hours per staff member.",
       "人均最高培训学时。", minimum=0, maximum=2000),
    _p("training.cost_per_hour", "float", 0.01, MONEY_PER_HOUR, "Cost of one training hour.",
       "每学时培训成本。", minimum=0, maximum=100),
    _p("training.productivity", "float", 0.0005, STAFF_PER_HOUR,
       "Staff-equivalents of service capacity added per training hour delivered.",
       "每培训学时带来的服务能力(人当量)。", minimum=0, maximum=1),
    # --- digital
    _p("digital.enabled", "bool", True, NONE,
       "false: no online service, no IT investment and no new platform; existing IT and platforms "
       "still cost their running cost.",
       "false：不提供线上服务、不进行信息化投入、不建新平台；现有信息系统和平台仍计运行费。"),
    _p("digital.depreciation", "float", 0.2, FRACTION_PER_YEAR,
       "Depreciation of digital capital (assumption: a 5-year service life of IT hardware and software).",
       "数字化资本年折旧率(假设：信息化软硬件使用寿命 5 年)。", minimum=0, maximum=1),
    _p("digital.yield", "float", 1296.0, YIELD,
       "Workload one CNY 10k of digital capital can serve online per year (Golden Insurance phase I: "
       "80.1亿 for 67% of the 2021 workload online; 002, 001; data/README.md).",
       "每万元数字化资本每年可线上办理的参保人次(金保工程一期 80.1 亿元对应 2021 年业务量的 67% 线上办理；"
       "文献002、001；见 data/README.md)。", minimum=0, maximum=1e7),
    _p("digital.running_rate", "float", 0.1, FRACTION_PER_YEAR,
       "IT running cost (goods & services) as a share of the digital capital stock (assumption: "
       "operation and maintenance of 10% of the capital a year).",
       "信息系统运行维护费(商品和服务支出)占数字化资本存量的比例(假设：每年为资本的 10%)。",
       minimum=0, maximum=1),
    _p("digital.ramp", "float", 0.235, FRACTION_PER_YEAR,
       "Largest rise of the online share of workload per year since the base year (Netherlands: 20% "
       "to 67% online in two years, 001).",
       "线上办理比例自基期起每年最多提高的幅度(荷兰两年内由 20% 升至 67%，文献001)。", minimum=0, maximum=1),
    _p("platform.enabled", "bool", True, NONE,
       "false: provinces may not build a shared digital platform.", "false：不允许建设省级共享数字平台。"),
    _p("platform.existing", "bool", False, NONE,
       "true: every province already runs its shared platform in the base year (no build cost, running "
       "cost every year; 002: provincial concentration of the systems basically achieved).",
       "true：各省基期已运行省级共享平台(不再计建设费，每年计运行费；文献002：信息系统省级集中基本实现)。"),
    _p("platform.build_cost", "float", 2781.0, MONEY,
       "One-off cost of a province's shared platform (capital construction, first year; Golden "
       "Insurance phase I: 80.1亿 for 288 data centres, 002).",
       "省级共享平台一次性建设成本(基本建设支出，首年；金保工程一期 80.1 亿元建 288 个数据中心，文献002)。",
       minimum=0, maximum=1e9),
    _p("platform.running_cost", "float", 340.0, MONEY_PER_YEAR,
       "Yearly running cost of a shared platform (about 3.4 million yuan per data centre, 002).",
       "共享平台年运行成本(约每个数据中心每年340万元，见文献002)。", minimum=0, maximum=1e9),
    _p("platform.share", "float", 0.2, FRACTION,
       "Share of each office's workload the provincial platform can serve online (taken as the 2021 "
       "online share: the Netherlands' 20% before its online push, 001).",
       "省级平台可为各机构线上办理的业务比例(取 2021 年线上比例：荷兰推行线上服务前的 20%，文献001)。",
       minimum=0, maximum=1),
    # --- budget
    _p("budget.regime", "choice", "fiscal", NONE,
       "fiscal: each office within its same-level appropriation (status quo); fund: each pool "
       "within a share of fund spending (reform); none: no budget limit.",
       "fiscal：各机构不超过同级财政拨款(现行)；fund：各资金池不超过基金支出的一定比例(改革)；none：不设预算约束。",
       choices=("fiscal", "fund", "none")),
    _p("budget.growth", "float", 0.03, FRACTION_PER_YEAR,
       "Annual growth of appropriations where no budget_by_year row is given.",
       "未在分年预算表中给出时，财政拨款的年增长率。", minimum=-0.5, maximum=1),
    _p("budget.fund_share", "float", 0.01, FRACTION,
       "Fund regime: agency cost cap as a share of fund spending (1%; 1.9% Austria; 3.6% Korea).",
       "基金预算制：经办成本上限占基金支出的比例(1%；奥地利1.9%；韩国3.6%)。", minimum=0, maximum=1),
    _p("budget.pool", "choice", "instance", NONE,
       "Fund regime pools: the whole instance, or one pool per province.",
       "基金预算制资金池：全部机构一个池，或每省一个池。", choices=("instance", "province")),
    _p("fund.growth", "float", 0.05, FRACTION_PER_YEAR, "Annual growth of fund spending.",
       "社保基金支出年增长率。", minimum=-0.5, maximum=1),
    # --- workload
    _p("workload.growth_extra", "float", 0.0, FRACTION_PER_YEAR,
       "Extra workload growth added to every office (e.g. enrolling new forms of employment).",
       "所有机构额外的参保人次增长率(如新就业形态人员参保)。", minimum=-0.5, maximum=1),
    # --- unmet workload
    _p("unmet.penalty", "float", 1.0, MONEY_PER_PERSON_TIME,
       "Cost objective: penalty per person-time above the load target (far above any real cost).",
       "成本目标：超出负荷标准的每人次惩罚成本(远高于任何实际成本)。", minimum=0, maximum=1e6),
    _p("unmet.weight.provincial", "float", 1.0, NONE, "Weight of unmet workload, provincial.",
       "省级未满足业务量权重。", minimum=0, maximum=1000),
    _p("unmet.weight.municipal", "float", 1.0, NONE, "Weight of unmet workload, municipal.",
       "地(市)级未满足业务量权重。", minimum=0, maximum=1000),
    _p("unmet.weight.county", "float", 1.0, NONE, "Weight of unmet workload, county.",
       "县(区)级未满足业务量权重。", minimum=0, maximum=1000),
    # --- staffing standards
    _p("standard.rule", "choice", "none", NONE,
       "Staffing standard (编制标准): none, ratio (workload per post by level) or henan "
       "(banded table for county agencies).",
       "编制标准：none 不使用；ratio 按层级负荷比；henan 河南县级分档标准。",
       choices=("none", "ratio", "henan")),
    _p("standard.ratio.provincial", "float", 10000.0, RATIO, "Ratio standard, provincial.",
       "省级编制标准负荷比。", minimum=100, maximum=1e6),
    _p("standard.ratio.municipal", "float", 10000.0, RATIO, "Ratio standard, municipal.",
       "地(市)级编制标准负荷比。", minimum=100, maximum=1e6),
    _p("standard.ratio.county", "float", 4000.0, RATIO, "Ratio standard, county.",
       "县(区)级编制标准负荷比。", minimum=100, maximum=1e6),
    _p("standard.mode", "choice", "report", NONE,
       "How the standard is used: upper bound on posts, lower bound, or report only.",
       "编制标准的用法：编制上限、编制下限或仅报告。", choices=("upper", "lower", "report")),
    _p("standard.person_times_per_insured", "float", 1.0,
       Unit("person-times per insured person", "人次/参保人"),
       "Banded (henan) standard: workload person-times per insured person, to turn workload into "
       "the insured count the table is written in (1 = read workload as insured persons).",
       "分档(河南)标准：每名参保人对应的参保人次，用于将业务量换算为标准中的参保人数(1 表示按参保人数读取)。",
       minimum=0.01, maximum=1000),
    # --- solver
    _p("solver.time_limit", "float", 60.0, SECONDS,
       "Solver time of one run: every stage of every province; marginal values and the diagnosis "
       "of an infeasible model may use 10% more. Reading, model building and reports are not counted.",
       "一次运行的求解器时间上限：涵盖各省各求解阶段；边际值和不可行诊断最多可再用 10%。"
       "读取、建模和生成报告不计在内。",
       minimum=0.1, maximum=86400),
    _p("solver.gap", "float", 0.001, FRACTION, "Relative MIP gap at which the solver stops.",
       "求解器停止的相对 MIP 间隙。", minimum=0, maximum=1),
    _p("solver.backend", "choice", "highs", NONE,
       "MIP solver: highs, or scip (pyscipopt installed); marginal values come from HiGHS's "
       "fixed-integer LP either way.",
       "MIP 求解器：highs，或 scip(需安装 pyscipopt)；边际值均由 HiGHS 求解固定整数后的线性规划得到。",
       choices=("highs", "scip")),
    _p("solver.threads", "int", 1, NONE, "Solver threads (fixed for reproducible plans).",
       "求解器线程数(固定以保证结果可复现)。", minimum=1, maximum=64),
    _p("solver.seed", "int", 0, NONE, "Solver random seed.", "求解器随机种子。",
       minimum=0, maximum=2147483647),
)

PARAMETERS_BY_KEY: dict[str, Field] = {p.key: p for p in PARAMETERS}
#: Parameter keys renamed since an earlier release: old key -> current key. The parameters sheet,
#: ``--set`` and the scenarios sheet read an old key as its current one, and a run that uses it
#: says so (``--set`` and scenarios: :data:`staffopt.whatif.no_effect.RULES`).
RENAMED_PARAMETERS: dict[str, str] = {"contract.productivity": "contract.effective_worth"}


def parameter_key(key: str) -> str:
    """The current key of parameter ``key`` (an old, renamed key maps to its new name)."""
    return RENAMED_PARAMETERS.get(key, key)


# --------------------------------------------------------------------------------------------
# sheets
# --------------------------------------------------------------------------------------------
TARGET_COLUMNS: tuple[Field, ...] = (
    _f("area", "province or region", "省份或区域", "str", NONE,
       "Office id of a provincial office (the row applies to every office of that province) or a "
       "region tag of the offices sheet (every office carrying the tag).",
       "省级机构编号(适用于该省全部机构)或机构表中的区域标签(适用于带该标签的机构)。", required=True,
       max_length=NAME_LIMIT),
    _f("level", "level", "层级", "level", NONE, "Level of the offices the target applies to.",
       "标准适用的机构层级。", required=True),
    _f("target", "load-ratio target", "负荷比标准", "float", RATIO,
       "Load-ratio target of these offices; overrides the level's parameter target.<level>.",
       "这些机构的人均负荷比标准；优先于层级参数 target.<层级>。", required=True, minimum=100, maximum=1e6),
    _f("reach_year", "reach year", "达标年份", "int", YEAR,
       "Year by which this target must be met (as target.reach_year); empty = parameter target.reach_year.",
       "达到该标准的年份(含义同 target.reach_year)；为空时取参数 target.reach_year。",
       default=None, minimum=0, maximum=2200),
)

SHEETS: tuple[Sheet, ...] = (
    Sheet("offices", "offices", "机构", OFFICE_COLUMNS, True,
          "One row per office: base-year data.", "每个经办机构一行：基期数据。"),
    Sheet("parameters", "parameters", "参数", PARAMETER_SHEET_COLUMNS, False,
          "Model settings; a missing parameter takes its default.", "模型参数；缺省的参数取默认值。"),
    Sheet("workload_by_year", "workload by year", "分年参保人次", WORKLOAD_BY_YEAR_COLUMNS, False,
          "Optional: workload per office and plan year.", "可选：各机构分年参保人次。"),
    Sheet("budget_by_year", "budget by year", "分年财政拨款", BUDGET_BY_YEAR_COLUMNS, False,
          "Optional: appropriation per office and plan year.", "可选：各机构分年同级财政拨款。"),
    Sheet("locks", "locks", "锁定", LOCK_COLUMNS, False,
          "Optional: posts, established or contract staff of an office fixed or bounded in a plan year.",
          "可选：锁定某机构某规划年份的编制数、在编人员或编外人员(固定值或上下限)。"),
    Sheet("scenarios", "scenarios", "情景", SCENARIO_COLUMNS, False,
          "Optional: named what-if scenarios, one override per row.", "可选：情景设置，每行一个参数覆盖。"),
    Sheet("targets", "targets", "负荷比标准", TARGET_COLUMNS, False,
          "Optional: load-ratio targets by province or region and level (002: each province sets its "
          "standard within national bands by region). Precedence: a province row, then a region row "
          "(the lowest target when an office carries several tags), then the parameter target.<level>.",
          "可选：分省份或区域、分层级的人均负荷比标准(文献002：各省在国家分区域区间内核定标准)。优先顺序："
          "省份行，其次区域行(机构带多个标签时取最低标准)，再次参数 target.<层级>。"),
)
SHEETS_BY_KEY: dict[str, Sheet] = {s.key: s for s in SHEETS}

#: The optional sheet listing where the figures of a workbook come from. It is written beside
#: the input sheets (shipped examples, ``staffopt init --example``) and ignored by the reader.
SOURCES_SHEET = Sheet(
    "sources", "sources", "数据来源",
    (
        _f("item", "item", "项目", "str", NONE, "What the figure is.", "数据项。"),
        _f("source", "source", "来源", "str", NONE, "Where it comes from.", "数据来源。"),
    ),
    False, "Where the figures come from (information only; not read).", "数据来源(仅供参考，不读取)。",
)


# --------------------------------------------------------------------------------------------
# output columns (result tables, report sheets, charts, summary.json)
# --------------------------------------------------------------------------------------------
COST_PERSONNEL = "cost_personnel"  # 人员经费
COST_GOODS_SERVICES = "cost_goods_services"  # 商品和服务支出
COST_CAPITAL = "cost_capital"  # 基本建设支出
COST_OTHER = "cost_other"  # 其他支出
#: The four cost lines of the official accounts, in their order: the model's cost ``Expression``
#: components, the result columns, the checker, the charts and the what-if figures all use these.
COST_LINES: tuple[str, ...] = (COST_PERSONNEL, COST_GOODS_SERVICES, COST_CAPITAL, COST_OTHER)
#: The sum of the four cost lines.
COST_TOTAL = "cost_total"


@dataclass(frozen=True)
class OutputColumn:
    """A column of a result table: labels, unit and Excel number format."""

    key: str
    en: str
    zh: str
    unit: Unit
    number_format: str = "General"

    def label(self, lang: Lang, with_unit: bool = True) -> str:
        """Header text in ``lang``, with the unit in parentheses when it has one."""
        text = self.en if lang == "en" else self.zh
        unit = self.unit.en if lang == "en" else self.unit.zh
        return f"{text} ({unit})" if with_unit and unit else text


_INT = "#,##0"
_DEC = "#,##0.00"
_PCT = "0.0%"

OUTPUT_COLUMNS: tuple[OutputColumn, ...] = (
    OutputColumn("office_id", "office id", "机构编号", NONE),
    OutputColumn("name", "name", "机构名称", NONE),
    OutputColumn("level", "level", "层级", NONE),
    OutputColumn("province", "province", "所属省", NONE),
    OutputColumn("regions", "regions", "区域标签", NONE),
    OutputColumn("region", "region", "区域", NONE),
    OutputColumn("pool", "budget pool", "资金池", NONE),
    OutputColumn("year", "year", "年份", NONE, "0"),
    OutputColumn("is_base", "base year", "基期", NONE),
    OutputColumn("workload", "workload", "参保人次", PERSON_TIMES, _INT),
    OutputColumn("posts", "posts", "编制数", PERSONS, _INT),
    OutputColumn("staff", "established staff", "在编人员", PERSONS, _INT),
    OutputColumn("contract", "contract staff", "编外人员", PERSONS, _INT),
    OutputColumn("professional", "professional staff", "专业技术人员", PERSONS, _INT),
    OutputColumn("actual", "actual staff", "实有人数", PERSONS, _INT),
    OutputColumn("over_establishment", "over establishment", "超编人数", PERSONS, _INT),
    OutputColumn("contract_share", "contract-staff share", "编外人员占比", FRACTION, _PCT),
    OutputColumn("conversions", "contract staff converted to posts", "编外转编人数", PERSONS_PER_YEAR, _INT),
    OutputColumn("train", "training hours", "培训学时", HOURS, _INT),
    OutputColumn("invest", "IT investment", "信息化投入", MONEY, _DEC),
    OutputColumn("digital", "digital capital", "数字化资本", MONEY, _DEC),
    OutputColumn("online", "workload served online", "线上办理人次", PERSON_TIMES, _INT),
    OutputColumn("unmet", "unmet workload", "未满足业务量", PERSON_TIMES, _INT),
    OutputColumn("unmet_share", "unmet share", "未满足比例", FRACTION, _PCT),
    OutputColumn("platform", "shared platform", "共享平台", NONE, "0"),
    OutputColumn("load_ratio_nominal", "nominal load ratio", "名义人均负荷比", RATIO, _INT),
    OutputColumn("load_ratio_effective", "effective load ratio", "有效人均负荷比", RATIO, _INT),
    OutputColumn("target", "load-ratio target", "负荷比标准", RATIO, _INT),
    OutputColumn("standard_posts", "posts by staffing standard", "编制标准核定编制", PERSONS, _INT),
    OutputColumn(COST_PERSONNEL, "personnel", "人员经费", MONEY, _DEC),
    OutputColumn(COST_GOODS_SERVICES, "goods & services", "商品和服务支出", MONEY, _DEC),
    OutputColumn(COST_CAPITAL, "capital construction", "基本建设支出", MONEY, _DEC),
    OutputColumn(COST_OTHER, "other", "其他支出", MONEY, _DEC),
    OutputColumn(COST_TOTAL, "total cost", "总支出", MONEY, _DEC),
    OutputColumn("goods_services_share", "goods & services share", "商品和服务支出占比", FRACTION, _PCT),
    OutputColumn("budget_cap", "budget cap", "预算上限", MONEY, _DEC),
    OutputColumn("budget_use", "budget use", "预算使用率", FRACTION, _PCT),
    OutputColumn("cost_per_person_time", "cost per person-time served", "每服务人次成本",
                 YUAN_PER_PERSON_TIME, "#,##0.00"),
    OutputColumn("cost_discounted", "total cost, discounted to the base year", "总成本折现值", MONEY, _DEC),
    OutputColumn("standards_met", "every standard met", "各项标准均达到", NONE),
    OutputColumn("unmet_penalty", "penalty on unmet workload (discounted; not money)",
                 "未满足业务量惩罚(折现；非实际支出)", MONEY, _DEC),
    OutputColumn("target_level", "load-ratio standard", "人均负荷比标准", RATIO, "#,##0"),
    OutputColumn("marginal_workload", "cost of one more person-time", "每增加一人次的边际成本",
                 MONEY_PER_PERSON_TIME, "0.000000"),
    OutputColumn("marginal_budget", "value of one more CNY 10k of budget", "每增加一万元预算的边际价值",
                 Unit("CNY 10k of objective per CNY 10k", "目标值万元/万元"), "0.0000"),
    # what-if reports (staffopt compare / frontier)
    OutputColumn("scenario", "scenario", "情景", NONE),
    OutputColumn("status", "solve status", "求解状态", NONE),
    OutputColumn("mip_gap", "MIP gap", "MIP 相对间隙", FRACTION, "0.00%"),
    OutputColumn("solve_seconds", "solve time", "求解用时", SECONDS, "0.0"),
    OutputColumn("metric", "figure", "指标", NONE),
    OutputColumn("unit", "unit", "单位", NONE),
    OutputColumn("step", "step", "步", NONE, "0"),
    OutputColumn("delta_cost", "change in total cost from the previous step", "总支出较上一步变化",
                 MONEY, _DEC),
    OutputColumn("delta_unmet", "change in unmet workload from the previous step", "未满足业务量较上一步变化",
                 PERSON_TIMES_TOTAL, _INT),
    # locks (the report's locks sheet)
    OutputColumn("lock_row", "row in the locks sheet", "锁定表行号", NONE, "0"),
    OutputColumn("lock_what", "locked", "锁定对象", NONE),
    OutputColumn("lock_min", "min", "下限", PERSONS, _INT),
    OutputColumn("lock_max", "max", "上限", PERSONS, _INT),
    OutputColumn("plan_value", "value in the plan", "方案值", PERSONS, _INT),
    OutputColumn("binds", "binds (plan at min or max)", "是否起约束作用(方案值等于上限或下限)", NONE),
    OutputColumn("note", "note", "说明", NONE),
    OutputColumn("cost_per_unmet_avoided", "cost per 1,000 person-times of unmet workload avoided",
                 "每减少一千人次未满足业务量的成本", MONEY_PER_THOUSAND_PERSON_TIMES, _DEC),
    OutputColumn("explanation", "what decides this step", "本步的决定因素", NONE),
    OutputColumn("reused", "solved or reused", "求解或沿用", NONE),
)
OUTPUT_COLUMNS_BY_KEY: dict[str, OutputColumn] = {c.key: c for c in OUTPUT_COLUMNS}


def output_label(key: str, lang: Lang, with_unit: bool = True) -> str:
    """Header of output column ``key`` in ``lang``."""
    return OUTPUT_COLUMNS_BY_KEY[key].label(lang, with_unit)


def level_label(level: str, lang: Lang) -> str:
    """Display name of a level (or ``all``) in ``lang``."""
    return LEVEL_LABELS[level][lang]
