"""The one schema table of staffopt: every input sheet, column and parameter, and every output column.

Everything that names a column reads it from here: the workbook template (``staffopt init``),
the reader and the validator, the report writer and ``docs/input.md``. A column's key, type,
unit and bounds are defined in this module and nowhere else; its words (header, meaning, unit
text, the labels of choices and levels) are texts of the catalog (:mod:`staffopt.text`) named
after the key, in every language, so that the accepted spellings follow the catalog too.

Money is in 万元 (ten thousand yuan, "CNY 10k") everywhere, inputs and outputs alike.
Workload is insured person-times (参保人次) per year.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, cast, get_args

from staffopt.text import LANGS, Join, Lang, Msg, Verbatim, all_langs, has, languages, t

__all__ = ["LANGS", "Lang"]

Dtype = Literal["str", "int", "float", "bool", "level", "choice"]

LEVELS: tuple[str, ...] = ("provincial", "municipal", "county")
#: Levels and the ``all`` row of level summaries: every value with a label ``level.<value>``.
LEVEL_ROWS: tuple[str, ...] = (*LEVELS, "all")
#: The parent level each level must have (provincial offices have none).
PARENT_LEVEL: dict[str, str | None] = {
    "provincial": None, "municipal": "provincial", "county": "municipal",
}

#: Separators accepted between region tags in one cell.
REGION_SEPARATORS: tuple[str, ...] = (",", ";", "、", "，", "；")


def spelling(text: str) -> str:
    """``text`` as compared with the spellings the reader accepts: no spaces, ASCII brackets, lower case.

    Full-width brackets and commas typed by a Chinese input method count as their ASCII twins.
    """
    text = "".join(str(text).split()).translate(_FULL_WIDTH)
    return text.lower()


_FULL_WIDTH = str.maketrans({"（": "(", "）": ")", "，": ",", "：": ":"})


def _alias_list(key: str) -> list[str]:
    """The extra spellings of text ``key`` in every language (``key + ".aliases"``, comma separated)."""
    if not has(key + ".aliases"):
        return []
    return [a for text in all_langs(key + ".aliases") for a in text.split(",") if a.strip()]


def _spellings(key: str) -> set[str]:
    """Every accepted spelling of the thing labelled ``key``, compared as :func:`spelling` does.

    Its label in every language, the label without a trailing bracketed remark
    (``基金预算制(基金支出比例)`` → ``基金预算制``) and its aliases (``<key>.aliases``).
    """
    out: set[str] = set()
    for text in (*all_langs(key), *_alias_list(key)):
        normal = spelling(text)
        out.add(normal)
        out.add(re.sub(r"\([^()]*\)$", "", normal))
    out.discard("")
    return out


def level_aliases() -> dict[str, str]:
    """Every spelling of a level the reader accepts → the level.

    Its code, its label in every language and the aliases of the catalog, compared as
    :func:`spelling` does.
    """
    return _level_aliases(languages())


def level_spellings(level: str) -> tuple[str, ...]:
    """The spellings of ``level`` as a person would type them (code, labels, aliases), for the docs."""
    return tuple(dict.fromkeys((level, *all_langs(f"level.{level}"),
                                *(a.strip() for a in _alias_list(f"level.{level}")))))


@cache
def _level_aliases(_langs: tuple[str, ...]) -> dict[str, str]:
    return {alias: level for level in LEVELS for alias in (*_spellings(f"level.{level}"), level)}


def bool_aliases() -> dict[str, bool]:
    """Every spelling of a switch the reader accepts (``yes``/``是``/``true``/``1`` …) → its value."""
    return _bool_aliases(languages())


@cache
def _bool_aliases(_langs: tuple[str, ...]) -> dict[str, bool]:
    out = {alias: False for alias in _spellings("bool.false")}
    out.update({alias: True for alias in _spellings("bool.true")})
    return out


@dataclass(frozen=True)
class Unit:
    """A unit: its key in the text catalog (``unit.<key>``); the empty key means no unit."""

    key: str

    def text(self, lang: Lang) -> str:
        """The unit in ``lang`` (empty for no unit)."""
        return t(f"unit.{self.key}", lang) if self.key else ""

    def __bool__(self) -> bool:
        """True for a real unit."""
        return bool(self.key)


MONEY = Unit("money")
MONEY_PER_YEAR = Unit("money_per_year")
MONEY_PER_PERSON_YEAR = Unit("money_per_person_year")
MONEY_PER_PERSON = Unit("money_per_person")
PERSON_TIMES = Unit("person_times")
#: A sum of person-times over several years (what-if reports: unmet workload over the plan).
PERSON_TIMES_TOTAL = Unit("person_times_total")
PERSONS = Unit("persons")
PERSONS_PER_YEAR = Unit("persons_per_year")
FRACTION = Unit("fraction")
FRACTION_PER_YEAR = Unit("fraction_per_year")
RATIO = Unit("ratio")
HOURS = Unit("hours")
HOURS_PER_PERSON = Unit("hours_per_person")
MONEY_PER_HOUR = Unit("money_per_hour")
STAFF_PER_HOUR = Unit("staff_per_hour")
STAFF_PER_CONTRACT = Unit("staff_per_contract")
YIELD = Unit("yield")
MONEY_PER_PERSON_TIME = Unit("money_per_person_time")
#: What a person-time costs, in yuan (元): the unit leaders read (13.7 元, not 0.00137 万元).
YUAN_PER_PERSON_TIME = Unit("yuan_per_person_time")
MONEY_PER_THOUSAND_PERSON_TIMES = Unit("money_per_thousand_person_times")
YEAR = Unit("year")
YEARS = Unit("years")
SECONDS = Unit("seconds")
NONE = Unit("")


#: Longest text a ``str`` cell may hold when its column sets no ``max_length`` (characters).
TEXT_LIMIT = 1000
#: Longest id (office ids, parameter keys, scenario names), characters.
ID_LIMIT = 64
#: Longest name (office names, region tags, values), characters.
NAME_LIMIT = 200


@dataclass(frozen=True)
class Field:
    """One input column (tables) or one parameter (the parameters sheet).

    ``text_key`` names its texts in the catalog: the header ``<text_key>`` and the meaning
    ``<text_key>.help`` (a parameter's header is its key, ``param.<key>.help`` its meaning).
    ``default`` is ``None`` for a required field. ``minimum``/``maximum`` are inclusive bounds.
    ``choices`` lists the allowed values of a ``choice`` field; ``choice_text`` is the catalog
    prefix of their labels (``objective`` → ``objective.cost`` …), which are accepted as input too.
    ``max_length`` is the most characters a text (``str``) cell may hold; :attr:`text_limit` gives
    :data:`TEXT_LIMIT` when it is not set. Longer text is refused, never cut (Excel itself cuts
    cells at 32,767).
    """

    key: str
    dtype: Dtype
    unit: Unit
    default: Any = None
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    choice_text: str = ""
    text_key: str = ""
    max_length: int | None = None

    @property
    def text_limit(self) -> int:
        """Most characters a text cell of this column may hold."""
        return self.max_length if self.max_length is not None else TEXT_LIMIT

    @property
    def is_parameter(self) -> bool:
        """True for a parameter of the parameters sheet (its header is its key)."""
        return self.text_key.startswith("param.")

    def label(self, lang: Lang) -> str:
        """Header text in ``lang``."""
        return self.key if self.is_parameter else t(self.text_key, lang)

    def labels(self) -> tuple[str, ...]:
        """The header in every language (the spellings the reader accepts)."""
        return tuple(dict.fromkeys(self.label(lang) for lang in languages()))

    def description(self, lang: Lang) -> str:
        """One-line meaning in ``lang``."""
        return t(self.text_key + ".help", lang)

    def choice_label(self, choice: str, lang: Lang) -> str:
        """The label of ``choice`` in ``lang`` (as the report writes it), or the choice itself."""
        return t(f"{self.choice_text}.{choice}", lang) if self.choice_text else choice

    def choice_aliases(self) -> dict[str, str]:
        """Every accepted spelling of each choice (the code and its labels in every language) → the choice."""
        return _choice_aliases(self, languages())

    def expected(self) -> Msg:
        """What a valid value looks like, for error messages."""
        kind: Msg
        if self.dtype == "choice":
            kind = Msg("expect.choice", choices=ChoiceList(self))
        else:
            kind = Msg(f"expect.{self.dtype}")
        if self.minimum is not None and self.maximum is not None:
            kind = Msg("expect.between", kind=kind, lo=_num(self.minimum), hi=_num(self.maximum))
        elif self.minimum is not None:
            kind = Msg("expect.at_least", kind=kind, lo=_num(self.minimum))
        elif self.maximum is not None:
            kind = Msg("expect.at_most", kind=kind, hi=_num(self.maximum))
        if self.unit:
            kind = Msg("expect.with_unit", text=kind, unit=UnitText(self.unit))
        return kind


@cache
def _choice_aliases(field_: Field, _langs: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for choice in field_.choices:
        out[choice] = choice
        if field_.choice_text:
            for alias in sorted(_spellings(f"{field_.choice_text}.{choice}")):
                out.setdefault(alias, choice)
    return out


@dataclass(frozen=True, init=False)
class UnitText(Msg):
    """A unit as a message parameter, rendered in the language of the message."""

    def __init__(self, unit: Unit) -> None:
        """Wrap ``unit``."""
        super().__init__("", unit=unit)

    def render(self, lang: str) -> str:
        """The unit in ``lang``."""
        return str(self.params["unit"].text(lang))


@dataclass(frozen=True, init=False)
class ChoiceList(Msg):
    """The choices of a field for an error message.

    ``cost, service, equity`` in English; with each choice's label in the other languages
    (``成本最低(cost)、…``).
    """

    def __init__(self, field_: Field) -> None:
        """List the choices of ``field_``."""
        super().__init__("", field=field_)

    def render(self, lang: str) -> str:
        """The choices as the user may type them in ``lang``."""
        field_: Field = self.params["field"]
        if lang == LANGS[0] or not field_.choice_text:
            return Join(tuple(Verbatim(c) for c in field_.choices), sep="list.sep_or").render(lang)
        return Join(tuple(Msg("expect.choice_item", code=c, label=Msg(f"{field_.choice_text}.{c}"))
                          for c in field_.choices), sep="list.sep_or").render(lang)


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:g}"


def bound_text(x: float) -> str:
    """A bound as the template notes and ``docs/input.md`` write it (years without separators)."""
    if float(x).is_integer():
        return f"{x:.0f}" if 1000 <= abs(x) <= 2200 else f"{x:,.0f}"
    return f"{x:g}"


@dataclass(frozen=True)
class Sheet:
    """One input sheet: a table with a header row (``columns``) or the key/value parameters.

    Its name is the catalog text ``input.<key>``, its meaning ``input.<key>.help``.
    """

    key: str
    columns: tuple[Field, ...]
    required: bool

    def label(self, lang: Lang) -> str:
        """Sheet name in ``lang``."""
        return t(f"input.{self.key}", lang)

    def labels(self) -> tuple[str, ...]:
        """The sheet name in every language."""
        return tuple(dict.fromkeys(self.label(lang) for lang in languages()))

    def description(self, lang: Lang) -> str:
        """One-line meaning in ``lang``."""
        return t(f"input.{self.key}.help", lang)

    def column(self, key: str) -> Field:
        """The column with ``key`` (KeyError when there is none)."""
        for field in self.columns:
            if field.key == key:
                return field
        raise KeyError(f"sheet {self.key!r} has no column {key!r}")


def _f(key: str, dtype: Dtype, unit: Unit, **kw: Any) -> Field:
    return Field(key, dtype, unit, **kw)


def _columns(sheet: str, *fields: Field) -> tuple[Field, ...]:
    """The columns of input sheet ``sheet``, each labelled by the catalog texts ``input.<sheet>.<key>``."""
    return tuple(dataclasses.replace(f, text_key=f"input.{sheet}.{f.key}") for f in fields)


# --------------------------------------------------------------------------------------------
# offices
# --------------------------------------------------------------------------------------------
OFFICE_COLUMNS: tuple[Field, ...] = _columns(
    "offices",
    _f("office_id", "str", NONE, required=True, max_length=ID_LIMIT),
    _f("name", "str", NONE, required=True, max_length=NAME_LIMIT),
    _f("level", "level", NONE, required=True),
    _f("parent_id", "str", NONE, default="", max_length=ID_LIMIT),
    _f("regions", "str", NONE, default="", max_length=NAME_LIMIT),
    _f("workload", "float", PERSON_TIMES, required=True, minimum=0, maximum=1e10),
    _f("workload_growth", "float", FRACTION_PER_YEAR, default=0.0, minimum=-0.5, maximum=1.0),
    _f("posts", "int", PERSONS, required=True, minimum=0, maximum=1e6),
    _f("actual_staff", "int", PERSONS, required=True, minimum=0, maximum=1e6),
    _f("contract_staff", "int", PERSONS, default=None, minimum=0, maximum=1e6),
    _f("professional_staff", "int", PERSONS, default=0, minimum=0, maximum=1e6),
    _f("cost_staff", "float", MONEY_PER_PERSON_YEAR, required=True, minimum=0, maximum=1000),
    _f("cost_contract", "float", MONEY_PER_PERSON_YEAR, required=True, minimum=0, maximum=1000),
    _f("digital_capital", "float", MONEY, default=0.0, minimum=0, maximum=1e9),
    _f("manual_floor", "float", FRACTION, default=0.3, minimum=0, maximum=1),
    _f("appropriation", "float", MONEY_PER_YEAR, required=True, minimum=0, maximum=1e9),
    _f("overhead", "float", MONEY_PER_YEAR, default=0.0, minimum=0, maximum=1e9),
    _f("goods_services", "float", MONEY_PER_YEAR, default=0.0, minimum=0, maximum=1e9),
    _f("capital", "float", MONEY_PER_YEAR, default=0.0, minimum=0, maximum=1e9),
    _f("fund_spending", "float", MONEY_PER_YEAR, default=0.0, minimum=0, maximum=1e12),
    _f("min_staff", "int", PERSONS, default=None, minimum=0, maximum=1e6),
    _f("post_step", "int", PERSONS_PER_YEAR, default=None, minimum=0, maximum=1e6),
    _f("contract_cap", "int", PERSONS, default=None, minimum=0, maximum=1e6),
)

WORKLOAD_BY_YEAR_COLUMNS: tuple[Field, ...] = _columns(
    "workload_by_year",
    _f("office_id", "str", NONE, required=True, max_length=ID_LIMIT),
    _f("year", "int", YEAR, required=True, minimum=1900, maximum=2200),
    _f("workload", "float", PERSON_TIMES, required=True, minimum=0, maximum=1e10),
)

BUDGET_BY_YEAR_COLUMNS: tuple[Field, ...] = _columns(
    "budget_by_year",
    _f("office_id", "str", NONE, required=True, max_length=ID_LIMIT),
    _f("year", "int", YEAR, required=True, minimum=1900, maximum=2200),
    _f("appropriation", "float", MONEY_PER_YEAR, required=True, minimum=0, maximum=1e9),
)

SCENARIO_COLUMNS: tuple[Field, ...] = _columns(
    "scenarios",
    _f("scenario", "str", NONE, required=True, max_length=ID_LIMIT),
    _f("key", "str", NONE, required=True, max_length=ID_LIMIT),
    _f("value", "str", NONE, required=True, max_length=NAME_LIMIT),
    _f("note", "str", NONE, default=""),
)

#: What a lock may fix or bound: posts (编制), established staff (在编人员), contract staff (编外人员);
#: their labels are the catalog texts ``lock.what.<what>`` (the report's column names of the same figures).
LOCK_WHAT: tuple[str, ...] = ("posts", "staff", "contract")

LOCK_COLUMNS: tuple[Field, ...] = _columns(
    "locks",
    _f("office_id", "str", NONE, required=True, max_length=ID_LIMIT),
    _f("year", "int", YEAR, required=True, minimum=1900, maximum=2200),
    _f("what", "choice", NONE, required=True, choices=LOCK_WHAT, choice_text="lock.what"),
    _f("min", "int", PERSONS, default=None, minimum=0, maximum=1e6),
    _f("max", "int", PERSONS, default=None, minimum=0, maximum=1e6),
    _f("note", "str", NONE, default=""),
)

#: Columns of the parameters sheet itself (one row per parameter).
PARAMETER_SHEET_COLUMNS: tuple[Field, ...] = _columns(
    "parameters",
    _f("key", "str", NONE, required=True, max_length=ID_LIMIT),
    _f("value", "str", NONE, required=True, max_length=NAME_LIMIT),
    _f("unit", "str", NONE, default="", max_length=NAME_LIMIT),
    _f("description", "str", NONE, default=""),
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


def _p(key: ParamKey, dtype: Dtype, default: Any, unit: Unit, **kw: Any) -> Field:
    return Field(key, dtype, unit, default=default, text_key=f"param.{key}", **kw)


PARAMETERS: tuple[Field, ...] = (
    # --- horizon
    _p("base_year", "int", 2021, YEAR, minimum=1990, maximum=2100),
    _p("horizon", "int", 5, YEARS, minimum=1, maximum=30),
    _p("discount_rate", "float", 0.03, FRACTION_PER_YEAR, minimum=0, maximum=0.5),
    _p("objective", "choice", "cost", NONE, choices=("cost", "service", "equity"), choice_text="objective"),
    # --- load-ratio targets
    _p("target.provincial", "float", 10663.0, RATIO, minimum=100, maximum=1e6),
    _p("target.municipal", "float", 10663.0, RATIO, minimum=100, maximum=1e6),
    _p("target.county", "float", 10663.0, RATIO, minimum=100, maximum=1e6),
    _p("target.reach_year", "int", 0, YEAR, minimum=0, maximum=2200),
    # --- posts and staff
    _p("posts.step", "int", 0, PERSONS_PER_YEAR, minimum=0, maximum=100000),
    _p("staff.attrition", "float", 0.04, FRACTION_PER_YEAR, minimum=0, maximum=1),
    _p("staff.hire_rate", "float", 0.10, FRACTION_PER_YEAR, minimum=0, maximum=10),
    _p("staff.hire_min", "int", 2, PERSONS_PER_YEAR, minimum=0, maximum=100000),
    _p("staff.min.provincial", "int", 2, PERSONS, minimum=0, maximum=100000),
    _p("staff.min.municipal", "int", 2, PERSONS, minimum=0, maximum=100000),
    _p("staff.min.county", "int", 2, PERSONS, minimum=0, maximum=100000),
    # --- contract staff
    _p("contract.no_new", "bool", False, NONE),
    _p("contract.max_share_final", "float", 1.0, FRACTION, minimum=0, maximum=1),
    _p("contract.allow_share_rise", "bool", False, NONE),
    _p("contract.conversion_enabled", "bool", True, NONE),
    _p("contract.conversion_cost", "float", 1.0, MONEY_PER_PERSON, minimum=0, maximum=1000),
    _p("contract.effective_worth", "float", 0.8, STAFF_PER_CONTRACT, minimum=0, maximum=1),
    # --- professional staff
    _p("pro.share_min", "float", 0.0, FRACTION, minimum=0, maximum=1),
    _p("pro.phase_years", "int", 5, YEARS, minimum=1, maximum=30),
    _p("pro.premium", "float", 1.5, MONEY_PER_PERSON_YEAR, minimum=0, maximum=1000),
    # --- training
    _p("training.enabled", "bool", True, NONE),
    _p("training.min_hours", "float", 0.0, HOURS_PER_PERSON, minimum=0, maximum=2000),
    _p("training.max_hours", "float", 120.0, HOURS_PER_PERSON, minimum=0, maximum=2000),
    _p("training.cost_per_hour", "float", 0.01, MONEY_PER_HOUR, minimum=0, maximum=100),
    _p("training.productivity", "float", 0.0005, STAFF_PER_HOUR, minimum=0, maximum=1),
    # --- digital
    _p("digital.enabled", "bool", True, NONE),
    _p("digital.depreciation", "float", 0.2, FRACTION_PER_YEAR, minimum=0, maximum=1),
    _p("digital.yield", "float", 1296.0, YIELD, minimum=0, maximum=1e7),
    _p("digital.running_rate", "float", 0.1, FRACTION_PER_YEAR, minimum=0, maximum=1),
    _p("digital.ramp", "float", 0.235, FRACTION_PER_YEAR, minimum=0, maximum=1),
    _p("platform.enabled", "bool", True, NONE),
    _p("platform.existing", "bool", False, NONE),
    _p("platform.build_cost", "float", 2781.0, MONEY, minimum=0, maximum=1e9),
    _p("platform.running_cost", "float", 340.0, MONEY_PER_YEAR, minimum=0, maximum=1e9),
    _p("platform.share", "float", 0.2, FRACTION, minimum=0, maximum=1),
    # --- budget
    _p("budget.regime", "choice", "fiscal", NONE, choices=("fiscal", "fund", "none"), choice_text="regime"),
    _p("budget.growth", "float", 0.03, FRACTION_PER_YEAR, minimum=-0.5, maximum=1),
    _p("budget.fund_share", "float", 0.01, FRACTION, minimum=0, maximum=1),
    _p("budget.pool", "choice", "instance", NONE, choices=("instance", "province"), choice_text="pool"),
    _p("fund.growth", "float", 0.05, FRACTION_PER_YEAR, minimum=-0.5, maximum=1),
    # --- workload
    _p("workload.growth_extra", "float", 0.0, FRACTION_PER_YEAR, minimum=-0.5, maximum=1),
    # --- unmet workload
    _p("unmet.penalty", "float", 1.0, MONEY_PER_PERSON_TIME, minimum=0, maximum=1e6),
    _p("unmet.weight.provincial", "float", 1.0, NONE, minimum=0, maximum=1000),
    _p("unmet.weight.municipal", "float", 1.0, NONE, minimum=0, maximum=1000),
    _p("unmet.weight.county", "float", 1.0, NONE, minimum=0, maximum=1000),
    # --- staffing standards
    _p("standard.rule", "choice", "none", NONE, choices=("none", "ratio", "henan"),
       choice_text="standard.rule"),
    _p("standard.ratio.provincial", "float", 10000.0, RATIO, minimum=100, maximum=1e6),
    _p("standard.ratio.municipal", "float", 10000.0, RATIO, minimum=100, maximum=1e6),
    _p("standard.ratio.county", "float", 4000.0, RATIO, minimum=100, maximum=1e6),
    _p("standard.mode", "choice", "report", NONE, choices=("upper", "lower", "report"),
       choice_text="standard.mode"),
    _p("standard.person_times_per_insured", "float", 1.0, Unit("person_times_per_insured"),
       minimum=0.01, maximum=1000),
    # --- solver
    _p("solver.time_limit", "float", 60.0, SECONDS, minimum=0.1, maximum=86400),
    _p("solver.gap", "float", 0.001, FRACTION, minimum=0, maximum=1),
    _p("solver.backend", "choice", "auto", NONE, choices=("auto", "highs", "scip", "cbc"),
       choice_text="backend"),
    _p("solver.threads", "int", 1, NONE, minimum=1, maximum=64),
    _p("solver.seed", "int", 0, NONE, minimum=0, maximum=2147483647),
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
TARGET_COLUMNS: tuple[Field, ...] = _columns(
    "targets",
    _f("area", "str", NONE, required=True, max_length=NAME_LIMIT),
    _f("level", "level", NONE, required=True),
    _f("target", "float", RATIO, required=True, minimum=100, maximum=1e6),
    _f("reach_year", "int", YEAR, default=None, minimum=0, maximum=2200),
)

SHEETS: tuple[Sheet, ...] = (
    Sheet("offices", OFFICE_COLUMNS, True),
    Sheet("parameters", PARAMETER_SHEET_COLUMNS, False),
    Sheet("workload_by_year", WORKLOAD_BY_YEAR_COLUMNS, False),
    Sheet("budget_by_year", BUDGET_BY_YEAR_COLUMNS, False),
    Sheet("locks", LOCK_COLUMNS, False),
    Sheet("scenarios", SCENARIO_COLUMNS, False),
    Sheet("targets", TARGET_COLUMNS, False),
)
SHEETS_BY_KEY: dict[str, Sheet] = {s.key: s for s in SHEETS}

#: The optional sheet listing where the figures of a workbook come from. It is written beside
#: the input sheets (shipped examples, ``staffopt init --example``) and ignored by the reader.
SOURCES_SHEET = Sheet(
    "sources", _columns("sources", _f("item", "str", NONE), _f("source", "str", NONE)), False,
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
    """A column of a result table: its label (catalog text ``out.<key>``), unit and Excel number format."""

    key: str
    unit: Unit
    number_format: str = "General"

    def label(self, lang: Lang, with_unit: bool = True) -> str:
        """Header text in ``lang``, with the unit in parentheses when it has one."""
        text = t(f"out.{self.key}", lang)
        unit = self.unit.text(lang)
        return t("label.with_unit", lang, label=text, unit=unit) if with_unit and unit else text


_INT = "#,##0"
_DEC = "#,##0.00"
_PCT = "0.0%"

OUTPUT_COLUMNS: tuple[OutputColumn, ...] = (
    OutputColumn("office_id", NONE),
    OutputColumn("name", NONE),
    OutputColumn("level", NONE),
    OutputColumn("province", NONE),
    OutputColumn("regions", NONE),
    OutputColumn("region", NONE),
    OutputColumn("pool", NONE),
    OutputColumn("year", NONE, "0"),
    OutputColumn("is_base", NONE),
    OutputColumn("workload", PERSON_TIMES, _INT),
    OutputColumn("posts", PERSONS, _INT),
    OutputColumn("staff", PERSONS, _INT),
    OutputColumn("contract", PERSONS, _INT),
    OutputColumn("professional", PERSONS, _INT),
    OutputColumn("actual", PERSONS, _INT),
    OutputColumn("over_establishment", PERSONS, _INT),
    OutputColumn("contract_share", FRACTION, _PCT),
    OutputColumn("conversions", PERSONS_PER_YEAR, _INT),
    OutputColumn("train", HOURS, _INT),
    OutputColumn("invest", MONEY, _DEC),
    OutputColumn("digital", MONEY, _DEC),
    OutputColumn("online", PERSON_TIMES, _INT),
    OutputColumn("unmet", PERSON_TIMES, _INT),
    OutputColumn("unmet_share", FRACTION, _PCT),
    OutputColumn("platform", NONE, "0"),
    OutputColumn("load_ratio_nominal", RATIO, _INT),
    OutputColumn("load_ratio_effective", RATIO, _INT),
    OutputColumn("target", RATIO, _INT),
    OutputColumn("standard_posts", PERSONS, _INT),
    OutputColumn(COST_PERSONNEL, MONEY, _DEC),
    OutputColumn(COST_GOODS_SERVICES, MONEY, _DEC),
    OutputColumn(COST_CAPITAL, MONEY, _DEC),
    OutputColumn(COST_OTHER, MONEY, _DEC),
    OutputColumn(COST_TOTAL, MONEY, _DEC),
    OutputColumn("goods_services_share", FRACTION, _PCT),
    OutputColumn("budget_cap", MONEY, _DEC),
    OutputColumn("budget_use", FRACTION, _PCT),
    OutputColumn("cost_per_person_time", YUAN_PER_PERSON_TIME, "#,##0.00"),
    OutputColumn("cost_discounted", MONEY, _DEC),
    OutputColumn("standards_met", NONE),
    OutputColumn("unmet_penalty", MONEY, _DEC),
    OutputColumn("target_level", RATIO, "#,##0"),
    OutputColumn("marginal_workload", MONEY_PER_PERSON_TIME, "0.000000"),
    OutputColumn("marginal_budget", Unit("objective_per_money"), "0.0000"),
    # what-if reports (staffopt compare / frontier)
    OutputColumn("scenario", NONE),
    OutputColumn("status", NONE),
    OutputColumn("mip_gap", FRACTION, "0.00%"),
    OutputColumn("solve_seconds", SECONDS, "0.0"),
    OutputColumn("metric", NONE),
    OutputColumn("unit", NONE),
    OutputColumn("step", NONE, "0"),
    OutputColumn("delta_cost", MONEY, _DEC),
    OutputColumn("delta_unmet", PERSON_TIMES_TOTAL, _INT),
    # locks (the report's locks sheet)
    OutputColumn("lock_row", NONE, "0"),
    OutputColumn("lock_what", NONE),
    OutputColumn("lock_min", PERSONS, _INT),
    OutputColumn("lock_max", PERSONS, _INT),
    OutputColumn("plan_value", PERSONS, _INT),
    OutputColumn("binds", NONE),
    OutputColumn("note", NONE),
    OutputColumn("cost_per_unmet_avoided", MONEY_PER_THOUSAND_PERSON_TIMES, _DEC),
    OutputColumn("explanation", NONE),
    OutputColumn("reused", NONE),
)
OUTPUT_COLUMNS_BY_KEY: dict[str, OutputColumn] = {c.key: c for c in OUTPUT_COLUMNS}


def output_label(key: str, lang: Lang, with_unit: bool = True) -> str:
    """Header of output column ``key`` in ``lang``."""
    return OUTPUT_COLUMNS_BY_KEY[key].label(lang, with_unit)


def level_label(level: str, lang: Lang) -> str:
    """Display name of a level (or ``all``) in ``lang``."""
    return t(f"level.{level}", lang)
