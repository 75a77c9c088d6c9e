"""Seeded builders of the shipped examples (``data/*.xlsx`` are their output).

Each builder returns ``(InputData, sources)``: the input data in canonical (schema-key) columns
and a list of ``(item, source)`` rows saying where every number comes from. Figures of the seed
texts carry their seed file and year (e.g. "002, 2021" = ``seeds/002_081f1bcc77b9b2cf.txt``, a
2021 figure); everything invented says it is fictional and how it was chosen.

* ``example_province`` — 示例省, a fictional province: 1 provincial, 12 municipal and 90 county
  offices, base year 2021, 5 plan years, calibrated to the 2021 national figures (load ratio
  10,663:1 per level, over-establishment by level as in Table 1 of 002, professional share 21%)
  and to the 2018 structure of agency spending (Table 2 of 002: personnel 66.89%, goods &
  services 18.89%, capital 1.09%, other 13.13%).
* ``national_2021`` — three aggregate offices (全国省级 / 全国地市级 / 全国县区级) holding exactly
  the 2021 posts and actual staff of Table 1 (002), a workload that gives 10,663:1 and, in the
  base year, exactly the four spending lines of Table 2 for 2018 (the latest year of the seeds;
  stated assumption: 2018's spending stands for the 2021 base year).

Random draws come from ``numpy.random.default_rng`` with a fixed seed, so a builder always
returns the same data; ``data/generate.py`` (``make data``) writes them to Excel.

Base-year cost lines (:func:`base_year_cost_lines`) follow the model's cost formulas with no
training and no investment in the base year: personnel = cost_staff·staff0 +
cost_contract·contract0 + pro.premium·pro0; goods & services = fixed goods & services +
digital.running_rate·digital0 + the running cost of the province's existing platform (on the
provincial office); capital construction = the capital column; other = overhead.

The digital economics (:data:`DIGITAL_PARAMETERS`, derived below and in ``data/README.md``) are
the schema defaults; a test asserts that the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import pandas as pd

from staffopt.instance import InputData, build_instance
from staffopt.reader import table_frame
from staffopt.results.tables import base_year_rows
from staffopt.schema import (
    COST_CAPITAL,
    COST_GOODS_SERVICES,
    COST_LINES,
    COST_OTHER,
    COST_PERSONNEL,
    COST_TOTAL,
    LEVELS,
    OFFICE_COLUMNS,
    Lang,
)
from staffopt.settings import Settings

Sources = list[tuple[str, str]]

# --------------------------------------------------------------------------------------------
# figures from the seeds (see /work/shared/docs/domain.md)
# --------------------------------------------------------------------------------------------
#: Authorised posts 编制 by level, 2021 (002, Table 1).
POSTS_2021: dict[str, int] = {"provincial": 4726, "municipal": 33096, "county": 93190}
#: Actual staff 实有人数 by level, 2021 (002, Table 1).
ACTUAL_2021: dict[str, int] = {"provincial": 4846, "municipal": 35670, "county": 104759}
#: National load ratio 2021, person-times per actual staff member (002).
LOAD_RATIO_2021 = 10663
#: National workload behind it: 145,275 × 10,663 person-times (002: 1.549e9 / 145,275 = 10,663:1).
WORKLOAD_2021 = sum(ACTUAL_2021.values()) * LOAD_RATIO_2021
#: Professional-technical staff by title, 2021: 3.0 万人, 21% of actual staff (002).
PRO_2021 = 30000
PRO_SHARE_2021 = 0.21
#: Agency spending 2018 by line, 万元 (002, Table 2; 1 亿元 = 10,000 万元).
SPENDING_2018: dict[str, float] = {
    "personnel": 177.94e4, "goods_services": 50.24e4, "capital": 2.91e4, "other": 34.94e4,
}
SPENDING_2018_TOTAL = 266.03e4
#: Goods & services share of agency spending, 2008 and 2018 (002, Table 2).
GOODS_SERVICES_SHARE = {2008: 0.3219, 2018: 0.1889}
#: Five social-insurance funds' spending, 万元: 2022 9.07 万亿元 (002), 2013 27,916 亿元 (001).
FUND_SPENDING_2022 = 9.07e8
FUND_SPENDING_2013 = 2.7916e8
#: Number of provinces (the example province is one 31st of the nation).
PROVINCES = 31
#: Golden Insurance phase I (2004-2012): 80.1 亿元 in all, 31 provincial + 257 municipal data
#: centres, about 340 万元 per centre per year (002).
GOLDEN_TOTAL = 80.1e4
GOLDEN_CENTRES = 31 + 257
GOLDEN_PER_CENTRE_YEAR = 340.0
#: Netherlands (SVB): share of business done online, 2010 / 2011 / 2012 (001).
ONLINE_NETHERLANDS = {2010: 0.20, 2011: 0.52, 2012: 0.67}
#: Online service of the e-social-security card in 2023, person-times (002): a cross-check only.
ONLINE_SERVICES_2023 = 151e8

# --------------------------------------------------------------------------------------------
# derived figures (each stated with its arithmetic in the sources rows and data/README.md)
# --------------------------------------------------------------------------------------------
#: Fund spending growth: 2013 → 2022 compound rate, (9.07 万亿 / 27,916 亿)^(1/9) − 1 ≈ 14.0 %/year.
FUND_GROWTH = round((FUND_SPENDING_2022 / FUND_SPENDING_2013) ** (1 / 9) - 1, 4)
#: Fund spending in the 2021 base year: 2022's 9.07 万亿 taken back one year at that rate.
FUND_SPENDING_2021 = FUND_SPENDING_2022 / (1 + FUND_GROWTH)
#: Reachable online share: the Netherlands' 67% of 2012 (001); the manual floor averages 1 − 0.67.
ONLINE_REACH = ONLINE_NETHERLANDS[2012]
#: Base-year online share, served by the existing provincial platform: the Netherlands' 2010
#: share (001), the year before its online push, standing for China's 2021, the year the
#: digital-transformation guideline 人社厅发〔2021〕95号 starts the push (002). An assumption.
ONLINE_SHARE_2021 = ONLINE_NETHERLANDS[2010]
#: Adoption ramp: (67% − 20%) / 2 years = 23.5 points of workload a year (001).
ONLINE_RAMP = round((ONLINE_NETHERLANDS[2012] - ONLINE_NETHERLANDS[2010]) / 2, 4)
#: Build cost of one data centre / provincial platform: 80.1 亿 / 288 centres (002), 万元.
PLATFORM_BUILD = round(GOLDEN_TOTAL / GOLDEN_CENTRES)
#: Running cost of a provincial platform: 340 万元 per centre per year (002).
PLATFORM_RUNNING = GOLDEN_PER_CENTRE_YEAR
#: Online yield: the phase-I capital (80.1 亿) takes the reachable 67% of the 2021 workload
#: online: 0.67 × 1,549,067,325 / 801,000 万元 ≈ 1,296 person-times a year per 万元.
YIELD = round(ONLINE_REACH * WORKLOAD_2021 / GOLDEN_TOTAL)
#: Depreciation and running rate of digital capital (assumptions: a 5-year life; operation and
#: maintenance 10% of the capital a year; the seeds give neither).
DEPRECIATION = 0.2
RUNNING_RATE = 0.1
#: Digital parameters of both examples (equal to the schema defaults; tests/test_examples.py).
DIGITAL_PARAMETERS: dict[str, Any] = {
    "digital.yield": float(YIELD), "digital.depreciation": DEPRECIATION,
    "digital.running_rate": RUNNING_RATE, "digital.ramp": ONLINE_RAMP,
    "platform.build_cost": float(PLATFORM_BUILD), "platform.running_cost": PLATFORM_RUNNING,
    "platform.share": ONLINE_SHARE_2021,
}


def online_cost_yuan(yld: float = YIELD, depreciation: float = DEPRECIATION,
                     running: float = RUNNING_RATE) -> float:
    """Yearly cost of serving one person-time online with office capital, yuan: ``(δ + r)/yield``."""
    return (depreciation + running) / yld * 1e4


# --------------------------------------------------------------------------------------------
# modelling choices (fictional; explained in the sources rows)
# --------------------------------------------------------------------------------------------
SEED = 2021
N_MUNICIPAL = 12
N_COUNTY = 90
HORIZON = 5
#: Spending per actual staff member: 2018 spending over 2021 staff, 万元/person-year.
COST_PER_STAFF = SPENDING_2018_TOTAL / sum(ACTUAL_2021.values())
#: Pay of a contract staff member relative to an established one (fictional).
CONTRACT_PAY = 0.5
#: Relative pay level by office level (fictional: higher-level offices pay a little more).
PAY_LEVEL: dict[str, float] = {"provincial": 1.15, "municipal": 1.05, "county": 1.0}
#: Relative professional share by level (fictional split of the national 21%).
PRO_LEVEL: dict[str, float] = {"provincial": 0.30, "municipal": 0.24, "county": 0.19}
#: Mean annual workload growth (fictional, sized on the "several hundred million" of 002).
GROWTH = 0.035
#: Appropriation headroom over base-year cost, drawn per office from this range (fictional).
HEADROOM = (1.00, 1.08)
#: Region tags (fictional).
REGION_COAST = "江海经济带"
REGION_MOUNTAIN = "北部山区"
#: Parameters both examples set (besides the schema defaults): base year, horizon, the
#: provincial platforms running in the base year (002) and the fund growth derived above.
EXAMPLE_PARAMETERS: dict[str, Any] = {
    "base_year": 2021, "horizon": HORIZON, "platform.existing": True, "fund.growth": FUND_GROWTH,
}

_CN_NUM = "一二三四五六七八九十"


def _cn(n: int) -> str:
    """Chinese numeral for 1..99 (一, 十二, 二十三 …)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_NUM[tens - 1] + "十")
    return head + ("" if ones == 0 else _CN_NUM[ones - 1])


def allocate(weights: np.ndarray, total: int) -> np.ndarray:
    """Non-negative integers proportional to ``weights`` that sum exactly to ``total``."""
    raw = weights / weights.sum() * total
    out = np.floor(raw).astype(np.int64)
    short = total - int(out.sum())
    order = np.argsort(-(raw - out), kind="stable")
    out[order[:short]] += 1
    return out


@dataclass(frozen=True)
class _Tree:
    """Offices of a province: ids, names, levels, parents, region tags and kind."""

    ids: list[str]
    names: list[str]
    levels: list[str]
    parents: list[str]
    regions: list[str]
    kinds: list[str]  # provincial | municipal | district (urban 区) | county (rural 县) | mountain


def _province_tree(rng: np.random.Generator) -> _Tree:
    """1 provincial, 12 municipal and 90 county offices, counties spread unevenly."""
    counties = allocate(rng.lognormal(0.0, 0.45, N_MUNICIPAL), N_COUNTY - 4 * N_MUNICIPAL) + 4
    t = _Tree(["P"], ["示例省社会保险事业管理局"], ["provincial"], [""], [""], ["provincial"])
    coast = {1, 2, 3}
    mountain = {3, 10, 11, 12}
    for m in range(1, N_MUNICIPAL + 1):
        mid = f"M{m:02d}"
        city = f"第{_cn(m)}市"
        tags = [REGION_COAST] if m in coast else []
        t.ids.append(mid)
        t.names.append(f"示例省{city}社会保险事业管理局")
        t.levels.append("municipal")
        t.parents.append("P")
        t.regions.append(",".join(tags))
        t.kinds.append("municipal")
        n = int(counties[m - 1])
        districts = 4 if m == 1 else int(rng.integers(1, 3))
        for k in range(n):
            urban = k < districts
            number = k + 1 if urban else k + 1 - districts
            kind = "district" if urban else ("mountain" if m in mountain else "county")
            t.ids.append(f"{mid}-{'D' if urban else 'C'}{number:02d}")
            t.names.append(f"{city}{_cn(number)}{'区' if urban else '县'}社会保险经办中心")
            t.levels.append("county")
            t.parents.append(mid)
            t.regions.append(",".join(tags + ([REGION_MOUNTAIN] if kind == "mountain" else [])))
            t.kinds.append(kind)
    return t


def pay_rates(
    mult: np.ndarray, staff: np.ndarray, contract: np.ndarray, pro: np.ndarray, personnel: float,
    premium: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Per-office pay (established, contract) so the personnel line adds up to ``personnel``."""
    base = (personnel - premium * float(pro.sum())) / float((mult * (staff + CONTRACT_PAY * contract)).sum())
    return np.round(base * mult, 4), np.round(base * mult * CONTRACT_PAY, 4)


def _floor_scaled(raw: np.ndarray, workload: np.ndarray) -> np.ndarray:
    """Manual-service floors scaled so their workload-weighted mean is ``1 − ONLINE_REACH`` (0.33)."""
    return np.round(raw * (1.0 - ONLINE_REACH) / float((raw * workload).sum() / workload.sum()), 2)


def fund_spending(workload: np.ndarray) -> np.ndarray:
    """2021 fund spending of each office: the national 2021 figure split by share of the national workload."""
    return np.round(FUND_SPENDING_2021 * workload / WORKLOAD_2021, 0)


def example_province(lang: Lang = "en") -> tuple[InputData, Sources]:
    """示例省: a fictional province of 103 offices calibrated to the national figures of 002.

    ``lang`` is the language of the sources rows (the data are the same in both).
    """
    rng = np.random.default_rng(SEED)
    tree = _province_tree(rng)
    n = len(tree.ids)
    level = np.array(tree.levels)
    kind = np.array(tree.kinds)
    settings = Settings(dict(EXAMPLE_PARAMETERS))
    premium = settings.float("pro.premium")

    # actual staff: one 31st of each national level total, spread by office size
    size = rng.lognormal(0.0, 0.35, n) * np.select(
        [kind == "district", kind == "mountain", _capital(tree)], [1.3, 0.8, 1.8], 1.0)
    actual = np.zeros(n, dtype=np.int64)
    posts = np.zeros(n, dtype=np.int64)
    workload = np.zeros(n)
    for lv in LEVELS:
        mask = level == lv
        total = round(ACTUAL_2021[lv] / PROVINCES)
        floor = 8 if lv == "county" else 0
        actual[mask] = allocate(size[mask], total - floor * int(mask.sum())) + floor
        # posts: office ratios around the national posts/actual of the level; some above 1
        ratio = POSTS_2021[lv] / ACTUAL_2021[lv]
        draw = np.clip(rng.normal(ratio, 0.07, int(mask.sum())), 0.65, 1.10)
        posts[mask] = allocate(actual[mask] * draw, round(total * ratio))
        # workload: office load ratios lognormal around 10,663, level aggregate exactly 10,663
        w = actual[mask] * rng.lognormal(0.0, 0.18, int(mask.sum()))
        workload[mask] = allocate(w, LOAD_RATIO_2021 * int(actual[mask].sum()))
    staff = np.minimum(posts, actual)
    contract = actual - staff

    # professional staff: 21% of actual staff overall, more at higher levels, within staff
    pro_share = np.array([PRO_LEVEL[lv] for lv in tree.levels]) * rng.uniform(0.85, 1.15, n)
    pro = np.minimum(allocate(pro_share * actual, round(PRO_SHARE_2021 * int(actual.sum()))), staff)

    # costs: province total = 2018 spending per actual staff member × staff, in the 2018 structure
    total_cost = COST_PER_STAFF * float(actual.sum())
    mult = np.array([PAY_LEVEL[lv] for lv in tree.levels]) * rng.lognormal(0.0, 0.05, n)
    line = {k: v / SPENDING_2018_TOTAL * total_cost for k, v in SPENDING_2018.items()}
    cost_staff, cost_contract = pay_rates(mult, staff, contract, pro, line["personnel"], premium)
    intensity = np.select(
        [level == "provincial", level == "municipal", kind == "district", kind == "mountain"],
        [1.6, 1.3, 1.0, 0.5], 0.7) * rng.lognormal(0.0, 0.2, n)
    # goods & services: the province's platform running cost on the provincial office, the rest fixed
    platform = np.where(level == "provincial", PLATFORM_RUNNING, 0.0)
    goods = np.round(share(intensity * workload, line["goods_services"] - PLATFORM_RUNNING), 1)
    overhead = np.round(share((actual + 5.0) * rng.lognormal(0.0, 0.1, n), line["other"]), 1)
    capital = np.round(share(actual.astype(float), line["capital"]), 1)
    floor_lo, floor_hi = _manual_floor_ranges(kind)
    manual = _floor_scaled(rng.uniform(floor_lo, floor_hi), workload)
    growth = np.round(np.clip(rng.normal(GROWTH, 0.01, n) + 0.005 * (kind == "district"), 0.01, 0.07), 3)

    base = (cost_staff * staff + cost_contract * contract + premium * pro + goods + platform + capital
            + overhead)
    appropriation = np.round(base * rng.uniform(*HEADROOM, n), 1)

    offices = offices_frame({
        "office_id": tree.ids, "name": tree.names, "level": tree.levels, "parent_id": tree.parents,
        "regions": tree.regions, "workload": workload.astype(float), "workload_growth": growth,
        "posts": posts, "actual_staff": actual, "professional_staff": pro,
        "cost_staff": cost_staff, "cost_contract": cost_contract, "digital_capital": np.zeros(n),
        "manual_floor": manual, "appropriation": appropriation, "overhead": overhead,
        "goods_services": goods, "capital": capital, "fund_spending": fund_spending(workload),
    })
    data = input_data(offices, settings, "example_province (staffopt.examples, seed 2021)")
    return data, [row.pick(lang) for row in _province_rows(data)]


def _capital(tree: _Tree) -> np.ndarray:
    """Mark the provincial capital (第一市, the largest city)."""
    return np.array([i == "M01" for i in tree.ids])


def share(weights: np.ndarray, total: float) -> np.ndarray:
    """Split ``total`` in proportion to ``weights``."""
    return weights / weights.sum() * total


def _manual_floor_ranges(kind: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Range of the manual-service floor per office kind (higher in rural and mountain counties)."""
    lo = {"provincial": 0.20, "municipal": 0.25, "district": 0.30, "county": 0.35, "mountain": 0.45}
    hi = {"provincial": 0.25, "municipal": 0.35, "district": 0.40, "county": 0.50, "mountain": 0.60}
    return np.array([lo[k] for k in kind]), np.array([hi[k] for k in kind])


def offices_frame(columns: dict[str, Any]) -> pd.DataFrame:
    """Build the offices frame in schema keys and dtypes (with the reader's :func:`table_frame`).

    Every column the builder does not set must be one that stays empty (``contract_staff``,
    ``min_staff``, ``post_step``: derived by ``build_instance``).
    """
    for f in OFFICE_COLUMNS:
        if f.key not in columns and f.default is not None:
            raise KeyError(f"example builder sets no value for column {f.key!r}")
    keys = list(columns)
    rows = [dict(zip(keys, values, strict=True)) for values in zip(*columns.values(), strict=True)]
    return table_frame("offices", [{k: _plain(v) for k, v in r.items()} for r in rows])


def _plain(value: Any) -> Any:
    """Turn numpy scalars into Python scalars (what the reader hands over)."""
    return value.item() if isinstance(value, np.generic) else value


def input_data(offices: pd.DataFrame, settings: Settings, source: str) -> InputData:
    """Input data of a generated example: ``offices`` and ``settings``, no optional tables."""
    return InputData(
        offices=offices,
        parameters=settings,
        workload_by_year=table_frame("workload_by_year", []),
        budget_by_year=table_frame("budget_by_year", []),
        scenarios=table_frame("scenarios", []),
        source=source,
        targets=table_frame("targets", []),
    )


def national_2021(lang: Lang = "en") -> tuple[InputData, Sources]:
    """Three aggregate offices (one per level) holding exactly the 2021 figures of 002, Table 1.

    The base-year cost lines are exactly the 2018 lines of Table 2 (002). ``lang`` is the
    language of the sources rows (the data are the same in both).
    """
    levels = list(LEVELS)
    actual = np.array([ACTUAL_2021[lv] for lv in levels], dtype=np.int64)
    posts = np.array([POSTS_2021[lv] for lv in levels], dtype=np.int64)
    staff = np.minimum(posts, actual)
    contract = actual - staff
    settings = Settings({
        **EXAMPLE_PARAMETERS,
        "platform.build_cost": PROVINCES * PLATFORM_BUILD,
        "platform.running_cost": PROVINCES * PLATFORM_RUNNING,
    })
    premium = settings.float("pro.premium")
    pro = allocate(np.array([PRO_LEVEL[lv] for lv in levels]) * actual, PRO_2021)
    workload = (actual * LOAD_RATIO_2021).astype(float)
    mult = np.array([PAY_LEVEL[lv] for lv in levels])
    cost_staff, cost_contract = pay_rates(mult, staff, contract, pro, SPENDING_2018["personnel"], premium)
    intensity = np.array([1.6, 1.3, 0.75])
    platforms = PROVINCES * PLATFORM_RUNNING  # on the provincial aggregate, which pays them
    goods = np.round(share(intensity * workload, SPENDING_2018["goods_services"] - platforms), 1)
    overhead = np.round(share(actual.astype(float), SPENDING_2018["other"]), 1)
    capital = np.round(share(actual.astype(float), SPENDING_2018["capital"]), 1)
    base = (cost_staff * staff + cost_contract * contract + premium * pro + goods + overhead + capital
            + np.array([platforms, 0.0, 0.0]))
    floor = _floor_scaled(np.array([0.20, 0.30, 0.45]), workload)
    offices = offices_frame({
        "office_id": ["CN-P", "CN-M", "CN-C"], "name": ["全国省级", "全国地市级", "全国县区级"],
        "level": levels, "parent_id": ["", "CN-P", "CN-M"], "regions": ["", "", ""],
        "workload": workload, "workload_growth": np.full(3, GROWTH), "posts": posts,
        "actual_staff": actual, "professional_staff": pro, "cost_staff": cost_staff,
        "cost_contract": cost_contract, "digital_capital": np.zeros(3), "manual_floor": floor,
        "appropriation": np.round(base, 1), "overhead": overhead, "goods_services": goods,
        "capital": capital, "fund_spending": np.round(share(workload, FUND_SPENDING_2021), 0),
    })
    data = input_data(offices, settings, "national_2021 (staffopt.examples)")
    return data, [row.pick(lang) for row in _national_rows(data)]


def base_year_cost_lines(data: InputData) -> pd.DataFrame:
    """Base-year cost of each office by line (万元/year), as the examples were calibrated.

    Columns ``cost_personnel``, ``cost_goods_services``, ``cost_capital``, ``cost_other`` and
    ``cost_total``, one row per office (index ``office_id``): the base-year rows of the result
    tables (:mod:`staffopt.results.tables`). No training and no investment happen in the base year.
    """
    inst = build_instance(data, data.parameters)
    rows = pd.DataFrame(base_year_rows(inst), index=pd.Index([o.id for o in inst.offices], name="office_id"))
    return rows[[*COST_LINES, COST_TOTAL]].astype(float)


def _fmt(x: float, digits: int = 0) -> str:
    return f"{x:,.{digits}f}"


@dataclass(frozen=True)
class _Row:
    """One sources row in both languages."""

    item_en: str
    item_zh: str
    en: str
    zh: str

    def pick(self, lang: Lang) -> tuple[str, str]:
        """Return the (item, source) pair in ``lang``."""
        return (self.item_en, self.en) if lang == "en" else (self.item_zh, self.zh)


def _common_rows(data: InputData) -> list[_Row]:
    """Rows shared by both examples: cost structure, pay, digital economics, fund, parameters."""
    o = data.offices
    lines = base_year_cost_lines(data)
    total = float(lines[COST_TOTAL].sum())
    keys = COST_LINES
    sh = {k: f"{float(lines[k].sum()) / total:.2%}" for k in keys}
    per_time = f"{total * 1e4 / float(o['workload'].sum()):.1f}"
    staff0 = np.minimum(o["posts"], o["actual_staff"])
    counter = float((o["cost_staff"] * staff0).sum() / staff0.sum()) * 1e4 / LOAD_RATIO_2021
    online = online_cost_yuan()
    golden = GOLDEN_PER_CENTRE_YEAR / (ONLINE_REACH * WORKLOAD_2021 / GOLDEN_CENTRES) * 1e4
    per_staff = _fmt(COST_PER_STAFF, 2)
    fund = float(o["fund_spending"].sum())
    return [
        _Row("cost per actual staff member (all lines)", "人均经费(全部科目)",
             f"{per_staff} 万元/person-year = 2018 agency spending 266.03 亿元 (002, Table 2, 2018) / "
             "2021 actual staff 145,275 (002, Table 1, 2021). 2018 is the latest year of spending in the "
             "seeds and 2021 the latest year of staff, so this level mixes two years (assumption: 2018's "
             "spending stands for the 2021 base year).",
             f"{per_staff} 万元/人·年 = 2018 年经办机构经费支出 266.03 亿元(文献002 表2，2018年)÷ 2021 年"
             "实有人数 145,275 人(文献002 表1，2021年)。经费最新年份为 2018 年、人员最新年份为 2021 年，"
             "故该水平混合了两个年份(假设：以 2018 年经费代表 2021 基期)。"),
        _Row("cost lines (personnel / goods & services / capital / other)",
             "支出科目(人员经费/商品和服务支出/基本建设支出/其他支出)",
             "2018 structure (002, Table 2, 2018): personnel 177.94 亿 (66.89%), goods & services 50.24 亿 "
             "(18.89%), capital 2.91 亿 (1.09%), other 34.94 亿 (13.13%). Base-year lines of this file: "
             f"personnel {sh[COST_PERSONNEL]}, goods & services {sh[COST_GOODS_SERVICES]}, capital "
             f"{sh[COST_CAPITAL]}, other {sh[COST_OTHER]}.",
             "2018 年结构(文献002 表2，2018年)：人员经费 177.94 亿元(66.89%)，商品和服务支出 50.24 亿元"
             "(18.89%)，基本建设支出 2.91 亿元(1.09%)，其他支出 34.94 亿元(13.13%)。本文件基期各科目："
             f"人员经费 {sh[COST_PERSONNEL]}，商品和服务支出 {sh[COST_GOODS_SERVICES]}，基本建设支出 "
             f"{sh[COST_CAPITAL]}，其他支出 {sh[COST_OTHER]}。"),
        _Row("cost per person-time served", "每人次成本",
             f"{per_time} yuan per person-time in the base year (derived: cost / workload). 001 quotes about "
             "11 yuan (2010) and 8 yuan (about 2013); 002's own figures give 157.82 亿 / (177,400 × 9,338) "
             "≈ 9.5 yuan for 2013 and 266.03 亿 / (145,275 × 10,663) ≈ 17.2 yuan for 2018/2021: this "
             "file sits at the 2018 spending level.",
             f"基期每服务一人次 {per_time} 元(推算：成本÷参保人次)。"
             "文献001：约 11 元(2010年)、8 元(约2013年)；按文献002 数据，"
             "2013 年 157.82 亿元÷(177,400×9,338)≈9.5 元，2018/2021 年 266.03 亿元÷"
             "(145,275×10,663)≈17.2 元。本文件取 2018 年经费水平。"),
        _Row("cost per established staff", "在编人员人均经费",
             "Solved so that the personnel line equals its 2018 share: one base pay times a level factor "
             "(fictional: provincial 1.15, municipal 1.05, county 1.00), plus pro.premium 1.5 万元 a year "
             "per professional (schema default).",
             "按人员经费达到 2018 年占比反推：统一基准工资 × 层级系数(虚构：省级 1.15、地市级 1.05、县区级 "
             "1.00)，另加每名专业技术人员 pro.premium 1.5 万元/年(参数默认值)。"),
        _Row("cost per contract staff", "编外人员人均经费",
             "Fictional: half the pay of an established colleague (the seeds give no pay of contract staff; "
             "002 describes them as temporary staff without formal training).",
             "虚构：为同机构在编人员的一半(文献未给出编外人员工资；文献002 称其为未受正规训练的临时人员)。"),
        _Row("fixed goods & services", "固定商品和服务支出",
             "The 2018 goods & services line (18.89%, 002) less the running cost of the province's existing "
             "platform (340 万元 a year, below), spread by workload × a fictional intensity (provincial 1.6, "
             "municipal 1.3, urban district 1.0, county 0.7, mountain county 0.5). It is what the plan does "
             "not change (office running); IT running on new capital and training come on top.",
             "2018 年商品和服务支出(占 18.89%，文献002)减去本省已有平台的运行费(每年 340 万元，见下)，"
             "按参保人次"
             "×虚构强度系数(省级 1.6、地市级 1.3、市辖区 1.0、县 0.7、山区县 0.5)分配。这是方案不改变的部分"
             "(办公运行)；新增数字化资本的运行费和培训费另计。"),
        _Row("fixed overhead (other)", "固定运行支出(其他支出)",
             "The 2018 'other' share (13.13%, 002) of the total, spread by actual staff (+ 5, a fixed "
             "part, in "
             "示例省; fictional).",
             "总成本的 2018 年其他支出占比(13.13%，文献002)，按实有人数分配(示例省另加固定部分 5；虚构)。"),
        _Row("capital construction", "基本建设支出",
             "The 2018 capital line (2.91 亿, 1.09%, 002) spread by actual staff (fictional), paid every "
             "year "
             "(buildings and service halls; IT investment is a plan decision on top).",
             "2018 年基本建设支出(2.91 亿元，占 1.09%，文献002)按实有人数分配(虚构)，每年支出(办公用房、服务"
             "大厅；信息化投入为方案决策，另计)。"),
        _Row("digital capital", "数字化资本",
             "0 in every office: today's online service runs on the provincial platform (002: provincial "
             "concentration of the information systems basically achieved), so offices hold no online "
             "capacity "
             "of their own in the base year. Office IT investment is a decision of the plan.",
             "各机构均为 0：现有线上服务运行在省级平台上(文献002：社保信息系统省级集中基本实现)，"
             "基期各机构没有"
             "自有线上服务能力。机构信息化投入由方案决定。"),
        _Row("platform.existing / platform.running_cost / platform.build_cost",
             "platform.existing / platform.running_cost / platform.build_cost",
             "platform.existing = true: every province runs its shared platform in the base year (002), "
             "so the "
             f"plan pays its running cost and no build cost. Running cost {PLATFORM_RUNNING:g} 万元 a year: "
             f"about 3.4 million yuan per data centre a year (002, Golden Insurance phase I). Build cost "
             f"{PLATFORM_BUILD:,} 万元 (for a province without one): 80.1 亿 / (31 + 257) data centres "
             "(002).",
             f"platform.existing = true：各省基期已运行共享平台(文献002)，方案计运行费、不计建设费。年运行费 "
             f"{PLATFORM_RUNNING:g} 万元：每个数据中心每年约 340 万元(文献002，金保工程一期)。建设费 "
             f"{PLATFORM_BUILD:,} 万元(用于尚无平台的省)：80.1 亿元 ÷(31+257)个数据中心(文献002)。"),
        _Row("platform.share: online share in the base year", "platform.share：基期线上比例",
             f"{ONLINE_SHARE_2021:.0%} of each office's workload is served online by the existing "
             "platform in the "
             "base year. Assumption: the seeds give no Chinese online share; the Netherlands was at 20% "
             "in 2010, "
             "the year before its online push (001), and 2021 is the year China's push starts "
             "(人社厅发〔2021〕95号, 002). A published load ratio counts heads with this online share "
             "behind it "
             "(docs/model.md, family 9). (002's 151亿 online services in 2023 count transactions, about "
             "9.7 per "
             "insured person-time, not the model's unit; not used.)",
             f"基期已有平台为各机构线上办理 {ONLINE_SHARE_2021:.0%} 的业务量。假设："
             "文献未给出我国线上比例；荷兰"
             "2010 年(推行线上服务前一年)为 20%(文献001)，我国 2021 年为数字化转型起步之年"
             "(人社厅发〔2021〕95号，"
             "文献002)。公布的负荷比标准按此线上比例下的人数计(见 docs/model.md 第 9 类)。(文献002 的 "
             "2023 年 "
             "151 亿人次线上服务为办件次数，约为每参保人次 9.7 次，与模型单位不同，未采用。)"),
        _Row("digital.yield", "digital.yield",
             f"{YIELD:,} person-times a year per 万元 of digital capital = the reachable online share 67% "
             "(Netherlands 2012, 001) × the 2021 workload 1,549,067,325 person-times (002) / the Golden "
             "Insurance phase I capital 80.1 亿元 = 801,000 万元 (002): what the capital of one phase-I data "
             "centre (2,781 万元) buys, taking its area's reachable workload online.",
             f"每万元数字化资本每年 {YIELD:,} 人次 = 可线上办理比例 67%(荷兰 2012 年，文献001)× 2021 "
             "年业务量 "
             "1,549,067,325 人次(文献002)÷ 金保工程一期投资 80.1 亿元 = 801,000 万元(文献002)：即一期一个数据"
             "中心的资本(2,781 万元)可使其辖区可线上业务全部线上办理。"),
        _Row("digital.depreciation / digital.running_rate; cost of an online person-time",
             "digital.depreciation / digital.running_rate；线上每人次成本",
             f"Depreciation {DEPRECIATION:g} (a 5-year life) and running rate {RUNNING_RATE:g} (operation "
             "and "
             f"maintenance 10% of the capital a year): assumptions, the seeds give neither. An online "
             f"person-time then costs ({DEPRECIATION:g} + {RUNNING_RATE:g}) / {YIELD:,} 万元 = {online:.2f} "
             "yuan a "
             f"year, against {counter:.1f} yuan of pay per person-time at a counter (average cost per "
             f"established staff member / 10,663) and {per_time} yuan of all lines. Phase I itself spent "
             "340 万元 "
             f"per centre-year (002), {golden:.2f} yuan per reachable online person-time: the assumptions "
             "are the "
             "dearer side.",
             f"折旧率 {DEPRECIATION:g}(使用寿命 5 年)与运行费率 {RUNNING_RATE:g}(每年运维费为资本的 10%)："
             "假设，"
             f"文献均未给出。由此线上办理一人次每年成本 = ({DEPRECIATION:g}+{RUNNING_RATE:g})÷{YIELD:,} "
             "万元 = "
             f"{online:.2f} 元，柜台办理每人次人员经费 {counter:.1f} 元(在编人员人均经费÷10,663)、全部科目 "
             f"{per_time} 元。金保工程一期每个数据中心每年投入 340 万元(文献002)，折合每个可线上人次 "
             f"{golden:.2f} 元：本文假设偏保守。"),
        _Row("digital.ramp and manual-service floor", "digital.ramp 与人工服务下限",
             f"digital.ramp {ONLINE_RAMP:g}: the Netherlands went from 20% (2010) through 52% (2011) to 67% "
             "(2012) online (001), (67% − 20%) / 2 = 23.5 points a year at most. The manual-service floors "
             "average 1 − 67% = 33% of the workload (workload-weighted): the Netherlands' residual, a little "
             "above the retirees' share of the pension insured, (8,041 + 13,760) / 81,968 万 = 27% in 2013 "
             "(001), who face the digital divide (002, 004).",
             f"digital.ramp {ONLINE_RAMP:g}：荷兰线上办理比例 2010 年 20%、2011 年 52%、2012 年 67%"
             "(文献001)，"
             "(67%−20%)÷2 = 每年至多 23.5 个百分点。人工服务下限按参保人次加权平均为 1−67% = 33%(荷兰剩余"
             "比例，与 2013 年离退休人员占养老保险参保人数之比 (8,041+13,760)÷81,968 万 = 27%(文献001)相近，"
             "他们面临数字鸿沟，文献002/004)。"),
        _Row("fund spending; fund.growth", "社保基金支出；fund.growth",
             f"{fund:,.0f} 万元 in the 2021 base year, in proportion to the national workload: the five "
             "funds "
             f"spent 9.07 万亿元 in 2022 (002) and 27,916 亿元 in 2013 (001), {FUND_GROWTH:.2%} a year "
             f"compounded; 2021 = 9.07 万亿 / (1 + {FUND_GROWTH:.4f}) = {FUND_SPENDING_2021 / 1e8:.3f} "
             "万亿元, "
             "and "
             f"fund.growth = {FUND_GROWTH:g}. Agency cost is then about 0.33% of fund spending (002: under "
             "1%), so the fund-regime caps of 1%, 1.9% and 3.6% are all far above what the plan needs.",
             f"2021 基期 {fund:,.0f} 万元，按占全国业务量比例分配：五项基金支出 2022 年 9.07 万亿元"
             "(文献002)、"
             f"2013 年 27,916 亿元(文献001)，年均增长 {FUND_GROWTH:.2%}；2021 年 = 9.07 万亿元÷(1+"
             f"{FUND_GROWTH:.4f}) = {FUND_SPENDING_2021 / 1e8:.3f} 万亿元，fund.growth = {FUND_GROWTH:g}。"
             "经办成本约为基金支出的 0.33%(文献002：不超过 1%)，故基金预算制 1%、1.9%、3.6% "
             "的上限均远高于方案所需。"),
        _Row("parameters", "参数",
             "base_year 2021 (year of Table 1, 002); horizon 5 years (fictional: one five-year plan); "
             "platform.existing true and fund.growth (above). Every other parameter takes its schema default "
             "(docs/input.md), e.g. load-ratio targets 10,663:1 (002, 2021), posts frozen (posts.step 0, "
             "the status quo), the fiscal regime, and the digital parameters derived above.",
             "base_year 2021(文献002 表1 的年份)；horizon 5 年(虚构：一个五年规划期)；platform.existing true "
             "与 fund.growth(见上)。其余参数取默认值(见 docs/input.md)，如负荷比标准 10,663:1(文献002，"
             "2021年)、"
             "编制冻结(posts.step 0，即现状)、财政预算制，以及上文推算的数字化参数。"),
    ]


def _province_rows(data: InputData) -> list[_Row]:
    """Where every number of 示例省 comes from."""
    o = data.offices
    by = o.groupby("level", sort=False)
    a = by["actual_staff"].sum()
    p = by["posts"].sum()
    r = (by["workload"].sum() / a).map(lambda x: f"{x:,.0f}")
    over = "/".join(str(a[lv] - p[lv]) for lv in LEVELS)
    staff = f"{a['provincial']:,} / {a['municipal']:,} / {a['county']:,}"
    posts = f"{p['provincial']:,} / {p['municipal']:,} / {p['county']:,}"
    ratios = f"{r['provincial']} / {r['municipal']} / {r['county']}"
    return [
        _Row("示例省: office names, ids and the tree", "示例省：机构名称、编号与隶属关系",
             "Fictional. 1 provincial, 12 municipal and 90 county offices (the national system has 31 "
             "provincial, about 330 municipal and 2,850 county offices; model.md). Counties per city drawn "
             "unevenly (seed 2021, at least 4 each); the first 1–4 of each city are urban districts (区), "
             "the rest rural counties (县).",
             "虚构。1 个省级、12 个地市级、90 个县区级机构(全国约 31 个省级、330 个地市级、2,850 个县区级；"
             "见 model.md)。各市所辖县区数随机且不均(种子 2021，每市至少 4 个)；每市前 1–4 个为市辖区，"
             "其余为县。"),
        _Row("region tags", "区域标签",
             f"Fictional: '{REGION_COAST}' on cities 1–3 and their counties (a tag like 长三角); "
             f"'{REGION_MOUNTAIN}' on the rural counties of cities 3, 10, 11 and 12.",
             f"虚构：第一至第三市及其所辖县区标注“{REGION_COAST}”(类似“长三角”)；第三、十、十一、十二市的"
             f"县标注“{REGION_MOUNTAIN}”。"),
        _Row("actual staff", "实有人数",
             "One 31st of each level's 2021 national total (002, Table 1, 2021): provincial / municipal / "
             f"county {staff} (4,846/31, 35,670/31, 104,759/31). Spread over offices by a fictional "
             "lognormal size (urban districts 1.3×, the capital 第一市 1.8×, mountain counties 0.8×); "
             "county offices have at least 8.",
             f"取 2021 年全国各层级合计的 1/31(文献002 表1，2021年)：省级/地市级/县区级 {staff} 人"
             "(4,846/31、35,670/31、104,759/31)。按虚构的对数正态规模分配到各机构(市辖区 1.3 倍、"
             "省会第一市 1.8 倍、山区县 0.8 倍)，县区级机构至少 8 人。"),
        _Row("posts", "编制数",
             "Level totals keep the 2021 national posts/actual ratio of the level (002, Table 1, 2021): "
             f"{posts}. Over-establishment (actual − posts) is {over} by level, about 1% / 18% / 81% of the "
             "total as nationally (120 / 2,574 / 11,569). Office ratios are drawn around the level ratio "
             "(sd 0.07, fictional), so some offices are under establishment.",
             f"各层级合计保持 2021 年全国该层级编制数/实有人数之比(文献002 表1，2021年)：{posts}。超编人数"
             f"(实有−编制)按层级为 {over}，约占 1%/18%/81%，与全国(120/2,574/11,569)一致。各机构比例围绕"
             "层级比例随机抽取(标准差 0.07，虚构)，部分机构未满编。"),
        _Row("contract staff", "编外人员",
             "Left empty: actual staff − posts where positive (model.md).",
             "留空：取 实有人数−编制数(为正时)(见 model.md)。"),
        _Row("workload", "参保人次",
             f"Load ratio 10,663:1 (002, 2021) for each level's total: {ratios} by level; office ratios "
             "spread lognormally (sd 0.18, fictional).",
             f"各层级合计人均负荷比 10,663:1(文献002，2021年)：按层级为 {ratios}；各机构负荷比按对数正态"
             "分布离散(标准差 0.18，虚构)。"),
        _Row("workload growth", "参保人次增长率",
             f"Fictional, about {GROWTH:.1%}/year (+0.5 point in urban districts): 002 expects 'several "
             "hundred million' more person-times on 1.55 billion today, about 20% over five years.",
             f"虚构，约 {GROWTH:.1%}/年(市辖区另加 0.5 个百分点)：文献002 预计参保人次还将增加数亿，"
             "相对现有约 15.5 亿人次，五年约增 20%。"),
        _Row("professional staff", "专业技术人员",
             "21% of actual staff (3.0 万 by title, 002, 2021); fictional split by level (provincial 30%, "
             "municipal 24%, county 19% before scaling), never above established staff.",
             "占实有人数 21%(按职称 3.0 万人，文献002，2021年)；层级分布为虚构(缩放前省级 30%、地市级 24%、"
             "县区级 19%)，且不超过在编人数。"),
        _Row("manual-service floor", "人工服务下限",
             "Drawn per office by kind (fictional ranges: provincial 0.20–0.25, municipal 0.25–0.35, urban "
             "district 0.30–0.40, rural county 0.35–0.50, mountain county 0.45–0.60: the digital divide is "
             "widest in rural counties, 002/004), then scaled so the workload-weighted mean is 0.33 (see "
             "digital.ramp below).",
             "按机构类型逐个抽取(虚构区间：省级 0.20–0.25、地市级 0.25–0.35、市辖区 0.30–0.40、县 0.35–0.50、"
             "山区县 0.45–0.60：农村县数字鸿沟最大，文献002/004)，再按参保人次加权平均缩放至 0.33(见下文 "
             "digital.ramp)。"),
        _Row("appropriation headroom", "拨款余量",
             "Fictional: base-year cost (all four lines, the platform on the provincial office) × a factor "
             "drawn in 1.00–1.08 per office.",
             "虚构：基期成本(四个科目，平台运行费计入省级机构)× 逐机构在 1.00–1.08 间抽取的系数。"),
        *_common_rows(data),
    ]


def _national_rows(data: InputData) -> list[_Row]:
    """Where every number of the national aggregate comes from."""
    return [
        _Row("offices 全国省级 / 全国地市级 / 全国县区级", "机构：全国省级/全国地市级/全国县区级",
             "One aggregate office per level; the municipal one's parent is the provincial one, the "
             "county one's parent the municipal one, so the country is one 'province' and one budget pool.",
             "每个层级一个汇总机构；地市级上级为省级，县区级上级为地市级，全国视为一个“省”、一个资金池。"),
        _Row("posts", "编制数", "Exactly 002, Table 1 (2021): 4,726 / 33,096 / 93,190 (total 131,012).",
             "与文献002 表1(2021年)完全一致：4,726/33,096/93,190(合计 131,012)。"),
        _Row("actual staff", "实有人数",
             "Exactly 002, Table 1 (2021): 4,846 / 35,670 / 104,759 (total 145,275).",
             "与文献002 表1(2021年)完全一致：4,846/35,670/104,759(合计 145,275)。"),
        _Row("workload", "参保人次",
             "Actual staff × 10,663 (load ratio 2021, 002) per level: 1,549,067,325 person-times in all.",
             "各层级实有人数 × 10,663(2021年人均负荷比，文献002)：合计 1,549,067,325 人次。"),
        _Row("workload growth", "参保人次增长率",
             f"Fictional {GROWTH:.1%}/year: 002 expects 'several hundred million' more person-times.",
             f"虚构 {GROWTH:.1%}/年：文献002 预计参保人次还将增加数亿。"),
        _Row("contract staff", "编外人员",
             "Left empty: actual staff − posts (model.md), i.e. the over-establishment of Table 1.",
             "留空：取 实有人数−编制数(见 model.md)，即表1 的超编人数。"),
        _Row("professional staff", "专业技术人员",
             "3.0 万 by title (002, 2021), split by level in proportion to actual staff × a fictional level "
             "factor (provincial 0.30, municipal 0.24, county 0.19).",
             "按职称 3.0 万人(文献002，2021年)，按实有人数 × 虚构层级系数(省级 0.30、地市级 0.24、县区级 "
             "0.19)分配。"),
        _Row("cost lines by level", "各层级支出科目",
             "The 2018 national lines (002, Table 2) split by level: personnel through the pay solve below; "
             "fixed goods & services by workload × digital intensity (fictional 1.6 / 1.3 / 0.75), after the "
             "31 platforms' running cost on the provincial aggregate; other and capital construction by "
             "actual staff. The seeds give no split by level. The base-year totals are the four 2018 lines.",
             "2018 年全国各科目(文献002 表2)按层级拆分：人员经费按下述工资反推；固定商品和服务支出按参保人次×"
             "数字化强度(虚构 1.6/1.3/0.75)分配(31 个平台运行费计入省级汇总机构)；其他支出和基本建设支出按"
             "实有人数分配。文献未给出分层级数据。基期合计即 2018 年四个科目。"),
        _Row("fiscal appropriation", "同级财政拨款",
             "Equal to the base-year cost (all four lines): 2018 spending taken as what was appropriated, "
             "266.03 亿 = 2,660,300 万元 in all.",
             "等于基期成本(四个科目)：以 2018 年经费支出作为拨款，合计 266.03 亿元 = 2,660,300 万元。"),
        _Row("manual-service floor", "人工服务下限",
             "Fictional level pattern 0.20 / 0.30 / 0.45 (digital divide widest in counties, 002/004), "
             "scaled "
             "so the workload-weighted mean is 0.33 (see digital.ramp below).",
             "虚构层级比例 0.20/0.30/0.45(县级数字鸿沟最大，文献002/004)，按参保人次加权平均缩放至 0.33"
             "(见下文 "
             "digital.ramp)。"),
        _Row("platform.build_cost / platform.running_cost ×31", "platform.build_cost / "
                                                                "platform.running_cost ×31",
             "The root office stands for all 31 provinces, so its one platform is 31 provincial ones: "
             f"31 × {PLATFORM_BUILD:,} 万元 build and 31 × {PLATFORM_RUNNING:g} 万元/year running (below).",
             f"根机构代表全部 31 个省，一个平台即 31 个省级平台：建设费 31×{PLATFORM_BUILD:,} 万元，"
             f"年运行费 31×{PLATFORM_RUNNING:g} 万元(见下)。"),
        *_common_rows(data),
    ]


class ExampleBuilder(Protocol):
    """A builder of a shipped example: ``builder()`` or ``builder(lang)`` → (data, sources)."""

    def __call__(self, lang: Lang = "en") -> tuple[InputData, Sources]:
        """Build the example; ``lang`` is the language of the sources rows."""
        ...


#: The shipped examples by name (``staffopt init --example NAME``, ``data/<NAME>.xlsx``).
EXAMPLES: dict[str, ExampleBuilder] = {
    "example_province": example_province,
    "national_2021": national_2021,
}
