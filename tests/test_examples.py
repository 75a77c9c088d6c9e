"""The shipped examples: determinism, calibration to domain.md, tree structure, shipped files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from staffopt.examples import (
    ACTUAL_2021,
    DIGITAL_PARAMETERS,
    EXAMPLES,
    FUND_GROWTH,
    FUND_SPENDING_2021,
    HEADROOM,
    LOAD_RATIO_2021,
    POSTS_2021,
    SPENDING_2018,
    SPENDING_2018_TOTAL,
    WORKLOAD_2021,
    base_year_cost_lines,
    example_province,
    national_2021,
    online_cost_yuan,
)
from staffopt.instance import InputData, build_instance
from staffopt.schema import LEVELS, OFFICE_COLUMNS, PARAMETERS_BY_KEY, PARENT_LEVEL, REGION_SEPARATORS

DATA = Path(__file__).resolve().parents[1] / "data"
LINES = ("cost_personnel", "cost_goods_services", "cost_capital", "cost_other")
#: 2018 structure by the model's line keys (002, Table 2): share of the 2018 total.
STRUCTURE_2018 = {
    "cost_personnel": 0.6689, "cost_goods_services": 0.1889, "cost_capital": 0.0109, "cost_other": 0.1313,
}
#: national over-establishment 2021 by level (002, Table 1): 120 / 2,574 / 11,569 of 14,263.
OVER_2021 = {lv: ACTUAL_2021[lv] - POSTS_2021[lv] for lv in LEVELS}


@pytest.fixture(scope="module")
def province() -> InputData:
    return example_province()[0]


@pytest.fixture(scope="module")
def national() -> InputData:
    return national_2021()[0]


def _by_level(data: InputData) -> pd.DataFrame:
    o = data.offices
    g = o.groupby("level")
    out = pd.DataFrame({"actual": g["actual_staff"].sum(), "posts": g["posts"].sum(),
                        "workload": g["workload"].sum(), "pro": g["professional_staff"].sum()})
    return out.reindex(list(LEVELS))


def _staff0(o: pd.DataFrame) -> pd.Series:
    return np.minimum(o["posts"], o["actual_staff"])


# ---------------------------------------------------------------------------- determinism
@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_builders_are_deterministic(name: str) -> None:
    first, src1 = EXAMPLES[name]()
    second, src2 = EXAMPLES[name]()
    pd.testing.assert_frame_equal(first.offices, second.offices)
    assert first.parameters == second.parameters
    assert src1 == src2


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_frames_have_schema_columns_and_empty_yearly_tables(name: str) -> None:
    data, _ = EXAMPLES[name]()
    assert list(data.offices.columns) == [f.key for f in OFFICE_COLUMNS]
    assert data.workload_by_year.empty and data.budget_by_year.empty and data.scenarios.empty
    assert data.targets is not None and data.targets.empty
    assert "row" in data.scenarios.columns
    assert data.parameters.int("base_year") == 2021 and data.parameters.int("horizon") == 5
    required = [f.key for f in OFFICE_COLUMNS if f.required]
    assert not data.offices[required].isna().any().any()
    for f in OFFICE_COLUMNS:  # every number inside the schema bounds
        if f.dtype in ("int", "float"):
            values = data.offices[f.key].dropna().astype(float)
            assert f.minimum is None or (values >= f.minimum).all(), f.key
            assert f.maximum is None or (values <= f.maximum).all(), f.key


# ---------------------------------------------------------------------------- structure
def test_province_counts_and_uneven_counties(province: InputData) -> None:
    o = province.offices
    counts = o["level"].value_counts()
    assert counts["provincial"] == 1 and counts["municipal"] == 12 and counts["county"] == 90
    per_city = o[o["level"] == "county"].groupby("parent_id").size()
    assert len(per_city) == 12 and per_city.min() >= 4 and per_city.max() - per_city.min() >= 4


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_tree_is_valid(name: str) -> None:
    o = EXAMPLES[name]()[0].offices
    assert o["office_id"].is_unique
    level_of = dict(zip(o["office_id"], o["level"], strict=True))
    for oid, lv, parent in zip(o["office_id"], o["level"], o["parent_id"], strict=True):
        if PARENT_LEVEL[lv] is None:
            assert parent == "", oid
        else:
            assert level_of[parent] == PARENT_LEVEL[lv], oid


def test_province_regions_and_names(province: InputData) -> None:
    o = province.offices
    tags = {t for cell in o["regions"] if cell for t in cell.split(REGION_SEPARATORS[0])}
    assert len(tags) == 2
    tagged = o[o["regions"] != ""]
    assert 5 <= len(tagged) < len(o) and set(tagged["level"]) == {"municipal", "county"}
    assert o["name"].str.contains("示例省|市").all() and o["name"].is_unique


# ---------------------------------------------------------------------------- calibration
def test_load_ratio_overall_and_by_level(province: InputData, national: InputData) -> None:
    """Tolerance 0.01% of 10,663 (002, 2021): level totals are allocated exactly."""
    for data in (province, national):
        lv = _by_level(data)
        assert lv["workload"].sum() / lv["actual"].sum() == pytest.approx(LOAD_RATIO_2021, rel=1e-4)
        for level in LEVELS:
            assert lv.loc[level, "workload"] / lv.loc[level, "actual"] == pytest.approx(
                LOAD_RATIO_2021, rel=1e-4)
    ratio = province.offices["workload"] / province.offices["actual_staff"]
    assert ratio.min() < 0.8 * LOAD_RATIO_2021 and ratio.max() > 1.2 * LOAD_RATIO_2021  # dispersion


def test_over_establishment_in_national_proportions(province: InputData) -> None:
    lv = _by_level(province)
    over = lv["actual"] - lv["posts"]
    national_total = sum(OVER_2021.values())
    for level in LEVELS:
        # share of the excess by level within 2 points of 120 / 2,574 / 11,569 of 14,263
        assert over[level] / over.sum() == pytest.approx(OVER_2021[level] / national_total, abs=0.02)
        # rate of excess within 1 point of the national rate of the level
        rate = over[level] / lv.loc[level, "actual"]
        assert rate == pytest.approx(OVER_2021[level] / ACTUAL_2021[level], abs=0.01)
    assert over.idxmax() == "county" and over["county"] > 0.75 * over.sum()
    o = province.offices
    assert (o["posts"] > o["actual_staff"]).sum() >= 1  # some offices under establishment
    assert (o["posts"] < o["actual_staff"]).sum() > len(o) / 2  # most over


def test_professional_share(province: InputData, national: InputData) -> None:
    for data in (province, national):
        o = data.offices
        share = o["professional_staff"].sum() / o["actual_staff"].sum()
        assert share == pytest.approx(0.21, abs=0.02)
        assert (o["professional_staff"] <= _staff0(o)).all()
    assert national.offices["professional_staff"].sum() == 30000  # 3.0 万 by title (002, 2021)


def test_cost_lines_follow_2018_structure(province: InputData, national: InputData) -> None:
    """All four lines of Table 2 (002, 2018) in the base year, capital construction included."""
    for data in (province, national):
        lines = base_year_cost_lines(data)
        total = lines["cost_total"].sum()
        for key in LINES:
            assert lines[key].sum() / total == pytest.approx(STRUCTURE_2018[key], abs=0.0005)
        # the appropriation covers the base-year cost, with the headroom on top (province)
        use = data.offices.set_index("office_id")["appropriation"] / lines["cost_total"]
        assert use.between(HEADROOM[0] - 0.001, HEADROOM[1] + 0.001).all()


def test_cost_per_person_time_matches_national_level(province: InputData, national: InputData) -> None:
    def yuan(data: InputData) -> float:
        return float(base_year_cost_lines(data)["cost_total"].sum() * 1e4 / data.offices["workload"].sum())

    national_yuan = SPENDING_2018_TOTAL * 1e4 / (sum(ACTUAL_2021.values()) * LOAD_RATIO_2021)
    assert yuan(national) == pytest.approx(national_yuan, rel=1e-4)
    assert yuan(province) == pytest.approx(national_yuan, rel=0.02)
    assert 8 < yuan(province) < 20  # 001: 8-11 yuan (2010-2013); 2018 spending level: about 17


def test_fund_spending_has_the_2021_base_year(province: InputData, national: InputData) -> None:
    """2021 fund spending: 2022's 9.07 万亿 (002) taken back one year at the 2013-2022 growth (001, 002)."""
    growth = (9.07e8 / 2.7916e8) ** (1 / 9) - 1
    assert abs(FUND_GROWTH - growth) < 5e-5 and FUND_GROWTH == 0.1399
    assert abs(FUND_SPENDING_2021 - 9.07e8 / 1.1399) < 1.0
    assert national.offices["fund_spending"].sum() == pytest.approx(FUND_SPENDING_2021, abs=2)
    for data in (province, national):
        assert data.parameters.float("fund.growth") == FUND_GROWTH
        o = data.offices
        # in proportion to the national workload, office by office
        expected = FUND_SPENDING_2021 * o["workload"] / WORKLOAD_2021
        assert (o["fund_spending"] - expected).abs().max() <= 0.5
        cost = base_year_cost_lines(data)["cost_total"].sum() / o["fund_spending"].sum()
        assert 0.003 < cost < 0.004  # agency cost about 0.33% of fund spending (002: under 1%)


def test_manual_floor_averages_the_netherlands_residual(province: InputData, national: InputData) -> None:
    """Workload-weighted floor 1 − 67% (001); higher in rural counties; above today's online share."""
    o = province.offices
    district = o["office_id"].str.contains("-D")
    rural = o["office_id"].str.contains("-C")
    assert o.loc[rural, "manual_floor"].mean() > o.loc[district, "manual_floor"].mean() + 0.04
    for data in (province, national):
        f = data.offices
        mean = (f["manual_floor"] * f["workload"]).sum() / f["workload"].sum()
        assert mean == pytest.approx(0.33, abs=0.005)
        assert (f["digital_capital"] == 0).all()  # today's online service is the provincial platform's
        inst = build_instance(data, data.parameters)
        assert all(share == pytest.approx(0.2) for share in inst.online_share0.values())
        assert (1 - f["manual_floor"] > 0.2).all()


def test_digital_parameters_are_derived_and_are_the_schema_defaults() -> None:
    """Each digital parameter from its seed figures (data/README.md); the schema defaults agree."""
    assert DIGITAL_PARAMETERS["digital.yield"] == round(0.67 * 1_549_067_325 / 801_000) == 1296  # 002, 001
    assert DIGITAL_PARAMETERS["platform.build_cost"] == round(801_000 / (31 + 257)) == 2781  # 002
    assert DIGITAL_PARAMETERS["platform.running_cost"] == 340  # 002: 3.4 million yuan per centre-year
    assert DIGITAL_PARAMETERS["digital.ramp"] == pytest.approx((0.67 - 0.20) / 2)  # 001, Netherlands
    assert DIGITAL_PARAMETERS["platform.share"] == 0.20  # 001, Netherlands 2010 (assumption)
    for key, value in DIGITAL_PARAMETERS.items():
        assert PARAMETERS_BY_KEY[key].default == value, key
    # an online person-time costs about a fifth of a counter's pay per person-time (about 11.8 yuan)
    assert online_cost_yuan() == pytest.approx(0.3 / 1296 * 1e4)
    assert 2.0 < online_cost_yuan() < 2.5


def test_national_holds_table_1_exactly(national: InputData) -> None:
    o = national.offices.set_index("level")
    for level in LEVELS:
        assert o.loc[level, "posts"] == POSTS_2021[level]
        assert o.loc[level, "actual_staff"] == ACTUAL_2021[level]
        assert o.loc[level, "workload"] == ACTUAL_2021[level] * LOAD_RATIO_2021
    assert o["posts"].sum() == 131012 and o["actual_staff"].sum() == 145275
    assert o["workload"].sum() == 1_549_067_325
    assert list(o["name"]) == ["全国省级", "全国地市级", "全国县区级"]
    lines = base_year_cost_lines(national).sum()
    assert lines["cost_personnel"] == pytest.approx(SPENDING_2018["personnel"], rel=1e-4)
    assert lines["cost_goods_services"] == pytest.approx(SPENDING_2018["goods_services"], rel=1e-4)
    assert lines["cost_other"] == pytest.approx(SPENDING_2018["other"], rel=1e-4)
    assert lines["cost_capital"] == pytest.approx(SPENDING_2018["capital"], rel=1e-4)
    assert o["appropriation"].sum() == pytest.approx(SPENDING_2018_TOTAL, rel=1e-4)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_sources_cover_the_figures(name: str) -> None:
    _, sources = EXAMPLES[name]()
    assert all(item.strip() and text.strip() for item, text in sources)
    text = " ".join(t for _, t in sources)
    for figure in ("10,663", "002", "66.89%", "18.89%", "1.09%", "13.13%", "9.07", "ictional", "80.1",
                   "1,296", "2,781", "27,916", "23.5", "67%"):
        assert figure in text, figure
    items = " ".join(i for i, _ in sources)
    for column in ("posts", "actual staff", "workload", "professional", "contract", "digital",
                   "appropriation", "overhead", "fund spending", "manual-service floor", "parameters",
                   "fixed goods & services", "capital construction", "digital.yield", "digital.ramp",
                   "platform.existing", "platform.share"):
        assert column in items, column


# ---------------------------------------------------------------------------- shipped files
@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_shipped_file_equals_builder(name: str) -> None:
    """data/*.xlsx can never drift from the generator: read back and compare."""
    from staffopt.reader import read_workbook

    data, _ = EXAMPLES[name]()
    shipped = read_workbook(DATA / f"{name}.xlsx")
    pd.testing.assert_frame_equal(shipped.offices, data.offices)
    assert shipped.parameters == data.parameters
    for key in ("workload_by_year", "budget_by_year", "scenarios"):
        assert getattr(shipped, key).empty


def test_generator_writes_readable_files(tmp_path: Path) -> None:
    import openpyxl

    from staffopt.reader import read_workbook

    spec = importlib.util.spec_from_file_location("staffopt_data_generate", DATA / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    paths = generate.main(tmp_path)
    assert sorted(p.name for p in paths) == sorted(f"{n}.xlsx" for n in EXAMPLES)
    province = read_workbook(tmp_path / "example_province.xlsx")
    pd.testing.assert_frame_equal(province.offices, example_province()[0].offices)
    sheets = openpyxl.load_workbook(tmp_path / "example_province.xlsx", read_only=True).sheetnames
    assert "机构" in sheets and "数据来源" in sheets  # Chinese file, with its sources sheet
    sheets = openpyxl.load_workbook(tmp_path / "national_2021.xlsx", read_only=True).sheetnames
    assert "offices" in sheets and "sources" in sheets
    before = {p: p.stat().st_mtime_ns for p in paths}
    generate.main(tmp_path)  # nothing changed: files are left alone
    assert {p: p.stat().st_mtime_ns for p in paths} == before


def test_build_instance_accepts_the_example(province: InputData) -> None:
    from staffopt.instance import build_instance

    inst = build_instance(province, province.parameters)
    assert len(inst.offices) == 103 and inst.provinces == ("P",)
    assert len(inst.years) == 5
    assert sum(o.contract0 for o in inst.offices) >= 4 + 83 + 373  # gross ≥ net excess


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_sources_in_chinese(name: str) -> None:
    en_data, en = EXAMPLES[name]("en")
    zh_data, zh = EXAMPLES[name]("zh")
    pd.testing.assert_frame_equal(en_data.offices, zh_data.offices)  # language changes text only
    assert len(zh) == len(en)
    text = " ".join(i + t for i, t in zh)
    assert "文献002" in text and "虚构" in text and "10,663" in text
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in t) for _, t in zh)


def test_shipped_province_sources_sheet_is_chinese() -> None:
    import openpyxl

    wb = openpyxl.load_workbook(DATA / "example_province.xlsx", read_only=True)
    rows = list(wb["数据来源"].iter_rows(values_only=True))
    expected = example_province("zh")[1]
    body = [r for r in rows if r[0] is not None and r[0] != "项目"]
    assert [tuple(r[:2]) for r in body] == expected
