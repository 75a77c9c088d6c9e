"""Seeded generator of large synthetic instances (the national benchmark).

:func:`national_instance` builds an :class:`~staffopt.instance.InputData` shaped like China's
whole agency system — 31 provinces, about 330 municipal and 2,850 county offices — calibrated
the way the shipped example (:mod:`staffopt.examples`, whose figures it reuses) is:

* actual staff per level add up to the 2021 national table (002, Table 1: provincial 4,846,
  municipal 35,670, county 104,759), scaled by the number of offices asked for; posts per office
  are drawn around the level's posts/actual ratio, so over-establishment sits mostly at county
  level (the level with the lowest ratio) and some offices are under establishment;
* workload gives each level exactly the national load ratio of 10,663 person-times per staff;
* professional staff are 21% of actual staff (2021), more at higher levels;
* spending per actual staff member is the 2018 total over the 2021 staff, split into the 2018
  lines (personnel 66.89%, goods & services 18.89%, capital 1.09%, other 13.13%): pay is solved
  from the personnel line, fixed goods & services from goods & services less each province's
  platform running cost (every province runs its platform in the base year, 002), capital
  construction and overhead from their lines; offices hold no digital capital of their own;
* appropriations cover the base-year cost with 0–8% headroom, fund spending is the 2021 national
  fund spending in proportion to the workload — both as in the example;
* pay levels differ by province (±12%, lognormal) on top of the examples' level multipliers.

Everything is drawn from ``numpy.random.default_rng(seed)``: the same arguments always give the
same data. A smaller call (``provinces=1, municipal=2, county=4``) gives a proportionally smaller
system with the same ratios (used by the tests).

:func:`national_synthetic` is the same default instance with its sources rows, so that
``staffopt init --example national_synthetic national.xlsx`` writes it as an input workbook
(anyone can then reproduce the national benchmark figures with the command line).
"""

from __future__ import annotations

import numpy as np

from staffopt.examples import (
    ACTUAL_2021,
    COST_PER_STAFF,
    EXAMPLE_PARAMETERS,
    EXAMPLES,
    GROWTH,
    HEADROOM,
    LOAD_RATIO_2021,
    ONLINE_REACH,
    PAY_LEVEL,
    PLATFORM_RUNNING,
    POSTS_2021,
    PRO_LEVEL,
    PRO_SHARE_2021,
    SPENDING_2018,
    SPENDING_2018_TOTAL,
    ExampleBuilder,
    Sources,
    _common_rows,
    _Row,
    allocate,
    fund_spending,
    input_data,
    offices_frame,
    pay_rates,
    share,
)
from staffopt.instance import InputData
from staffopt.schema import LEVELS, Lang
from staffopt.settings import Settings

#: Offices per level in the 2021 national system this generator scales from.
NATIONAL_OFFICES = {"provincial": 31, "municipal": 330, "county": 2850}
#: Digital intensity (digital capital per person-time) by level, relative (as the example).
DIGITAL_INTENSITY = {"provincial": 1.6, "municipal": 1.3, "county": 0.75}
#: Range of the manual-service floor by level (the digital divide is widest in counties).
MANUAL_FLOOR = {"provincial": (0.20, 0.25), "municipal": (0.25, 0.35), "county": (0.30, 0.55)}
#: Least actual staff of a county office.
COUNTY_FLOOR = 8
#: Regions provinces are tagged with (east / centre / west), in turn.
REGIONS = ("东部", "中部", "西部")


def _children(rng: np.random.Generator, parents: int, children: int) -> np.ndarray:
    """How many children each of ``parents`` offices gets (every parent at least one)."""
    if parents < 1 or children < parents:
        raise ValueError(f"need at least one office per parent office: {children} offices for {parents}")
    return allocate(rng.lognormal(0.0, 0.35, parents), children - parents) + 1


def national_instance(
    provinces: int = 31,
    municipal: int = 330,
    county: int = 2850,
    horizon: int = 10,
    seed: int = 0,
) -> InputData:
    """Build a seeded synthetic instance of ``provinces``, ``municipal`` and ``county`` offices.

    The default sizes are the national system (31 provinces, 330 municipal and 2,850 county
    offices, ``horizon`` = 10 plan years after the 2021 base year). Level totals of posts and
    actual staff are the 2021 national figures scaled by the number of offices asked for; see
    the module docstring for the rest of the calibration. Raises :class:`ValueError` when a level
    has fewer offices than the one above it. Parameters are the schema defaults except those the
    examples set (``base_year`` 2021, ``platform.existing``, ``fund.growth``) and ``horizon``.
    """
    rng = np.random.default_rng(seed)
    n_mun_per_prov = _children(rng, provinces, municipal)
    n_cty_per_mun = _children(rng, municipal, county)

    ids: list[str] = []
    names: list[str] = []
    levels: list[str] = []
    parents: list[str] = []
    regions: list[str] = []
    province_of: list[int] = []
    mun_index = 0
    for p in range(provinces):
        pid = f"P{p + 1:02d}"
        region = REGIONS[p % len(REGIONS)]
        ids.append(pid)
        names.append(f"省{p + 1:02d}社会保险事业管理局")
        levels.append("provincial")
        parents.append("")
        regions.append(region)
        province_of.append(p)
        for m in range(int(n_mun_per_prov[p])):
            mid = f"{pid}M{m + 1:02d}"
            ids.append(mid)
            names.append(f"省{p + 1:02d}市{m + 1:02d}社会保险事业管理局")
            levels.append("municipal")
            parents.append(pid)
            regions.append(region)
            province_of.append(p)
            for c in range(int(n_cty_per_mun[mun_index])):
                ids.append(f"{mid}C{c + 1:02d}")
                names.append(f"省{p + 1:02d}市{m + 1:02d}县{c + 1:02d}社会保险事业管理局")
                levels.append("county")
                parents.append(mid)
                regions.append(region)
                province_of.append(p)
            mun_index += 1

    n = len(ids)
    level = np.array(levels)
    prov = np.array(province_of)
    counts = {"provincial": provinces, "municipal": municipal, "county": county}
    actual = np.zeros(n, dtype=np.int64)
    posts = np.zeros(n, dtype=np.int64)
    workload = np.zeros(n)
    size = rng.lognormal(0.0, 0.4, n)
    for lv in LEVELS:
        mask = level == lv
        m = int(mask.sum())
        floor = COUNTY_FLOOR if lv == "county" else 2
        total = max(round(ACTUAL_2021[lv] * counts[lv] / NATIONAL_OFFICES[lv]), floor * m)
        actual[mask] = allocate(size[mask], total - floor * m) + floor
        ratio = POSTS_2021[lv] / ACTUAL_2021[lv]
        draw = np.clip(rng.normal(ratio, 0.07, m), 0.65, 1.10)
        posts[mask] = allocate(actual[mask] * draw, round(total * ratio))
        w = actual[mask] * rng.lognormal(0.0, 0.18, m)
        workload[mask] = allocate(w, LOAD_RATIO_2021 * int(actual[mask].sum()))
    staff = np.minimum(posts, actual)
    contract = actual - staff
    pro_share = np.array([PRO_LEVEL[lv] for lv in levels]) * rng.uniform(0.85, 1.15, n)
    pro = np.minimum(allocate(pro_share * actual, round(PRO_SHARE_2021 * int(actual.sum()))), staff)

    settings = Settings({**EXAMPLE_PARAMETERS, "horizon": horizon})
    premium = settings.float("pro.premium")
    total_cost = COST_PER_STAFF * float(actual.sum())
    line = {k: v / SPENDING_2018_TOTAL * total_cost for k, v in SPENDING_2018.items()}
    mult = (np.array([PAY_LEVEL[lv] for lv in levels]) * rng.lognormal(0.0, 0.12, provinces)[prov]
            * rng.lognormal(0.0, 0.05, n))
    cost_staff, cost_contract = pay_rates(mult, staff, contract, pro, line["personnel"], premium)
    intensity = np.array([DIGITAL_INTENSITY[lv] for lv in levels]) * rng.lognormal(0.0, 0.2, n)
    platform = np.where(level == "provincial", PLATFORM_RUNNING, 0.0)  # each province's platform
    fixed = max(0.0, line["goods_services"] - PLATFORM_RUNNING * provinces)  # tiny systems: at least 0
    goods = np.round(share(intensity * workload, fixed), 1)
    overhead = np.round(share((actual + 5.0) * rng.lognormal(0.0, 0.1, n), line["other"]), 1)
    capital = np.round(share(actual.astype(float), line["capital"]), 1)
    low = np.array([MANUAL_FLOOR[lv][0] for lv in levels])
    high = np.array([MANUAL_FLOOR[lv][1] for lv in levels])
    raw = rng.uniform(low, high)
    manual = np.round(raw * (1.0 - ONLINE_REACH) / float((raw * workload).sum() / workload.sum()), 2)
    growth = np.round(np.clip(rng.normal(GROWTH, 0.01, n), 0.01, 0.07), 3)
    base = (cost_staff * staff + cost_contract * contract + premium * pro + goods + platform + capital
            + overhead)
    appropriation = np.round(base * rng.uniform(*HEADROOM, n), 1)

    offices = offices_frame({
        "office_id": ids, "name": names, "level": levels, "parent_id": parents, "regions": regions,
        "workload": workload, "workload_growth": growth, "posts": posts, "actual_staff": actual,
        "professional_staff": pro, "cost_staff": cost_staff, "cost_contract": cost_contract,
        "digital_capital": np.zeros(n), "manual_floor": manual, "appropriation": appropriation,
        "overhead": overhead, "goods_services": goods, "capital": capital,
        "fund_spending": fund_spending(workload),
    })
    return input_data(offices, settings, f"synthetic national instance (staffopt.synthetic, seed {seed})")


def national_synthetic(lang: Lang = "en") -> tuple[InputData, Sources]:
    """The default :func:`national_instance` (seed 0) and where its numbers come from.

    ``lang`` is the language of the sources rows (the data are the same in both).
    """
    data = national_instance()
    return data, [row.pick(lang) for row in _synthetic_rows(data)]


def _synthetic_rows(data: InputData) -> list[_Row]:
    """Sources rows of :func:`national_synthetic` (the calibration of the module docstring).

    Rows on costs, the platform, the digital parameters and fund spending are those of the
    shipped examples (:mod:`staffopt.examples`), whose calibration this generator reuses.
    """
    o = data.offices
    n = {lv: int((o["level"] == lv).sum()) for lv in LEVELS}
    offices = f"{n['provincial']:,} / {n['municipal']:,} / {n['county']:,}"
    horizon = data.parameters.int("horizon")
    return [
        _Row("offices and the tree", "机构与隶属关系",
             f"Fictional, seeded (numpy default_rng, seed 0): {offices} provincial / municipal / county "
             f"offices ({len(o):,} in all), the size of the national system (model.md). Cities per "
             "province and counties per city are drawn lognormally (sd 0.35), at least one each.",
             f"虚构，固定种子(numpy default_rng，种子 0)：省级/地市级/县区级 {offices} 个机构(共 "
             f"{len(o):,} 个)，与全国经办体系规模相当(见 model.md)。各省地市数、各市县区数按对数正态"
             "(标准差 0.35)随机抽取，每个至少一个。"),
        _Row("actual staff", "实有人数",
             "Each level's 2021 national total (002, Table 1, 2021: 4,846 / 35,670 / 104,759), spread by "
             "a fictional lognormal size (sd 0.4); county offices have at least 8.",
             "各层级取 2021 年全国合计(文献002 表1，2021年：4,846/35,670/104,759)，按虚构的对数正态规模"
             "(标准差 0.4)分配；县区级机构至少 8 人。"),
        _Row("posts", "编制数",
             "Level totals keep the 2021 posts/actual ratio of the level (002, Table 1, 2021); office "
             "ratios drawn around it (sd 0.07, fictional), so some offices are under establishment.",
             "各层级合计保持 2021 年该层级编制数/实有人数之比(文献002 表1，2021年)；各机构比例围绕其随机"
             "抽取(标准差 0.07，虚构)，部分机构未满编。"),
        _Row("contract staff", "编外人员",
             "Left empty: actual staff − posts where positive (model.md).",
             "留空：取 实有人数−编制数(为正时)(见 model.md)。"),
        _Row("workload", "参保人次",
             "Load ratio 10,663:1 (002, 2021) for each level's total; office ratios spread lognormally "
             "(sd 0.18, fictional).",
             "各层级合计人均负荷比 10,663:1(文献002，2021年)；各机构负荷比按对数正态分布离散"
             "(标准差 0.18，虚构)。"),
        _Row("workload growth", "参保人次增长率",
             f"Fictional, about {GROWTH:.1%}/year (sd 1 point, within 1%–7%).",
             f"虚构，约 {GROWTH:.1%}/年(标准差 1 个百分点，限于 1%–7%)。"),
        _Row("professional staff", "专业技术人员",
             "21% of actual staff (3.0 万 by title, 002, 2021); fictional split by level (provincial 30%, "
             "municipal 24%, county 19% before scaling), never above established staff.",
             "占实有人数 21%(按职称 3.0 万人，文献002，2021年)；层级分布为虚构(缩放前省级 30%、地市级 24%、"
             "县区级 19%)，且不超过在编人数。"),
        _Row("pay level by province", "各省工资水平",
             "Fictional: a provincial factor (lognormal, sd 0.12) on top of the level factor below.",
             "虚构：在下述层级系数之上再乘各省系数(对数正态，标准差 0.12)。"),
        _Row("manual-service floor", "人工服务下限",
             "Drawn per office by level (fictional ranges: provincial 0.20–0.25, municipal 0.25–0.35, "
             "county 0.30–0.55: the digital divide is widest in counties, 002/004), then scaled so the "
             "workload-weighted mean is 0.33 (see digital.ramp below).",
             "按层级逐个抽取(虚构区间：省级 0.20–0.25、地市级 0.25–0.35、县区级 0.30–0.55：县区数字鸿沟"
             "最大，文献002/004)，再按参保人次加权平均缩放至 0.33(见下文 digital.ramp)。"),
        _Row("appropriation headroom", "拨款余量",
             "Fictional: base-year cost (all four lines, the platform on the provincial office) × a factor "
             "drawn in 1.00–1.08 per office.",
             "虚构：基期成本(全部四个科目，平台费用计入省级机构)× 逐机构在 1.00–1.08 间抽取的系数。"),
        *[row for row in _common_rows(data) if row.item_en != "parameters"],
        _Row("parameters", "参数",
             f"base_year 2021 (year of Table 1, 002); horizon {horizon} years (fictional: two five-year "
             "plans, the national benchmark); platform.existing true and fund.growth (above), as in the "
             "shipped examples. Every other parameter takes its schema default (docs/input.md): the fiscal "
             "regime, posts frozen (posts.step 0), load-ratio targets 10,663:1 (002, 2021).",
             f"base_year 2021(文献002 表1 的年份)；horizon {horizon} 年(虚构：两个五年规划期，全国基准)；"
             "platform.existing true 与 fund.growth(见上)，同示例。其余参数取默认值(见 docs/input.md)："
             "财政预算制、编制冻结(posts.step 0)、负荷比标准 10,663:1(文献002，2021年)。"),
    ]


#: Examples generated on demand (not shipped in ``data/``): ``staffopt init --example NAME``.
GENERATED: dict[str, ExampleBuilder] = {"national_synthetic": national_synthetic}
#: Every example ``staffopt init --example`` can write.
ALL_EXAMPLES: dict[str, ExampleBuilder] = {**EXAMPLES, **GENERATED}
