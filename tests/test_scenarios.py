"""Scenarios: presets (values from domain.md), the scenarios sheet, resolution and errors."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from staffopt.cli import cli
from staffopt.errors import EXIT_INPUT, InputError
from staffopt.instance import InputData, build_instance
from staffopt.pipeline import effective_settings
from staffopt.reader import read_workbook, table_frame
from staffopt.schema import PARAMETERS_BY_KEY
from staffopt.settings import Settings
from staffopt.synthetic import national_instance
from staffopt.whatif.scenarios import (
    CITATIONS,
    NEW_EMPLOYMENT_GROWTH,
    PACKAGE_TRAINING_HOURS,
    PRESETS,
    apply_scenario,
    check_scenarios,
    citation_text,
    ineffective_keys,
    replaced_preset_note,
    scenario_names,
    scenario_overrides,
    scenario_source,
)
from staffopt.workbook import write_input_workbook

ROOT = Path(__file__).resolve().parents[1]


def tiny(rows: list[dict[str, object]] | None = None) -> InputData:
    data = national_instance(provinces=1, municipal=1, county=2, horizon=2)
    return dataclasses.replace(data, scenarios=table_frame("scenarios", rows or []))


def row(scenario: str, key: str, value: object, excel_row: int, note: str = "") -> dict[str, object]:
    return {"scenario": scenario, "key": key, "value": str(value), "note": note, "row": excel_row}


# ------------------------------------------------------------------------------------------
# presets
# ------------------------------------------------------------------------------------------
#: The figures of /work/shared/docs/domain.md (source 002), typed as the parameters are.
DOMAIN = {
    "status_quo": {"budget.regime": "fiscal", "posts.step": 0},
    "fund_1pct": {"budget.regime": "fund", "budget.fund_share": 0.01},
    "fund_austria": {"budget.regime": "fund", "budget.fund_share": 0.019},
    "fund_korea": {"budget.regime": "fund", "budget.fund_share": 0.036},
    "ratio_xinjiang": {"target.municipal": 7000.0, "target.county": 7000.0},
    "ratio_beijing": {"target.county": 5000.0},
    "ratio_chengdu": {"target.municipal": 10000.0, "target.county": 4000.0},
    "henan_standard": {"standard.rule": "henan", "standard.mode": "lower", "posts.step": 5},
    "pro_share_2011": {"pro.share_min": 0.34},
    "shared_platform": {"digital.enabled": True, "platform.enabled": True},
    "office_it": {"digital.enabled": True, "platform.enabled": False, "platform.existing": False},
    "dynamic_posts": {"posts.step": 5},
    "new_employment": {"workload.growth_extra": 0.025},
    # the four reforms of 002 together: dynamic posts, human capital (professional share and a
    # training floor), fund financing; digital needs no setting (see the preset's description)
    "reform_package": {"posts.step": 5, "pro.share_min": 0.34, "training.min_hours": 30.6,
                       "budget.regime": "fund", "budget.fund_share": 0.019},
}


def test_the_reform_package_is_the_four_reforms_together() -> None:
    package = PRESETS["reform_package"].overrides
    for part in ("dynamic_posts", "pro_share_2011", "fund_austria"):
        assert PRESETS[part].overrides.items() <= package.items(), part
    # training floor: 90 hours a year of continuing education for professional staff (stated
    # assumption, docs/model.md) at the package's professional share
    assert float(PACKAGE_TRAINING_HOURS) == pytest.approx(90 * float(package["pro.share_min"]))
    assert "PACKAGE_TRAINING_HOURS" in (ROOT / "src/staffopt/whatif/scenarios.py").read_text(encoding="utf-8")
    assert "`reform_package` preset" in (ROOT / "docs/model.md").read_text(encoding="utf-8")


def test_every_value_of_the_reform_package_counts_on_the_shipped_files() -> None:
    """No override of the package is a no-op: each differs from the file's own parameter and
    none is flagged by the no-effect rules under the package's settings (platform.enabled was)."""
    for name in ("example_province", "national_2021"):
        data = read_workbook(ROOT / "data" / f"{name}.xlsx")
        package = apply_scenario(data.parameters, data, "reform_package")
        overrides = PRESETS["reform_package"].overrides
        assert not ineffective_keys(package, list(overrides)), name
        for key in overrides:
            assert package[key] != data.parameters[key], (name, key)


def test_preset_values_match_domain() -> None:
    assert set(PRESETS) == set(DOMAIN)
    for name, expected in DOMAIN.items():
        applied = Settings().with_overrides(PRESETS[name].overrides, sheet=f"preset {name}")
        assert {k: applied[k] for k in PRESETS[name].overrides} == expected, name


def test_presets_use_known_keys_and_carry_sources() -> None:
    for name, preset in PRESETS.items():
        assert preset.name == name
        assert preset.overrides, name
        assert set(preset.overrides) <= set(PARAMETERS_BY_KEY), name
        assert preset.source == "002", name
        assert preset.detail("en").strip() and preset.detail("zh").strip(), name
        # a citation an officer can read: authors, year and paper, not a file number
        assert preset.citation("en").startswith("Zheng & Mao 2024, SSL Working Paper 188"), name
        assert preset.citation("zh").startswith("郑秉文、毛颖珂 2024"), name
        assert preset.description("en").strip() and preset.description("zh").strip(), name
        # every number the preset sets is quoted in its description (as a figure or percentage)
        for key, value in preset.overrides.items():
            if PARAMETERS_BY_KEY[key].dtype in ("int", "float") and float(value) != 0:
                number = float(value)
                shown = {f"{number:,.0f}", f"{number:g}", f"{number * 100:g}%", f"{number * 100:.1f}%",
                         f"{number:.0f}"}
                assert any(s in preset.description("en") for s in shown), (name, key, value)


def test_new_employment_arithmetic() -> None:
    # 002: load ratio 10,663:1 with 145,275 staff (2021); +200 million person-times (lower end of
    # "several hundred million" for ~200 million workers in new forms of employment); 5-year horizon.
    today = 10663 * 145275
    extra = 200e6 / today
    yearly = (1 + extra) ** (1 / Settings().int("horizon")) - 1
    assert round(extra, 3) == 0.129
    assert round(yearly, 3) == float(NEW_EMPLOYMENT_GROWTH)


def test_presets_are_not_shared_mutable_state() -> None:
    overrides = scenario_overrides(None, "fund_korea")
    overrides["budget.fund_share"] = "0.5"
    assert PRESETS["fund_korea"].overrides["budget.fund_share"] == "0.036"
    with pytest.raises(dataclasses.FrozenInstanceError):
        PRESETS["fund_korea"].name = "x"  # type: ignore[misc]


# ------------------------------------------------------------------------------------------
# resolution
# ------------------------------------------------------------------------------------------
def test_budget_regime_scenario_changes_nothing_else() -> None:
    data = tiny()
    base = data.parameters
    for name in ("fund_1pct", "fund_austria", "fund_korea"):
        settings = apply_scenario(base, data, name)
        changed = {k for k in base if base[k] != settings[k]}
        assert changed and changed <= {"budget.regime", "budget.fund_share"}, changed
        a, b = build_instance(data, base), build_instance(data, settings)
        # the data the model sees is identical except for the budget regime's cap
        assert a.offices == b.offices
        assert a.workload == b.workload and a.target == b.target
        assert a.appropriation == b.appropriation and a.standard_posts == b.standard_posts
        assert a.fund_spend == b.fund_spend and a.pool_of == b.pool_of


def test_apply_scenario_copies_base() -> None:
    data = tiny()
    base = data.parameters
    before = base.as_dict()
    out = apply_scenario(base, data, "ratio_chengdu")
    assert base.as_dict() == before
    assert out["target.county"] == 4000.0 and out["target.municipal"] == 10000.0
    assert apply_scenario(base, data, None) is base


def test_workbook_scenario_replaces_preset_of_same_name() -> None:
    data = tiny([row("fund_korea", "budget.fund_share", "0.05", 2), row("mine", "target.county", 6000, 3)])
    assert scenario_overrides(data, "fund_korea") == {"budget.fund_share": "0.05"}
    assert scenario_source(data, "fund_korea") == "workbook (replaces preset)"
    assert scenario_source(data, "mine") == "workbook"
    assert scenario_source(data, "fund_austria") == "preset"
    names = scenario_names(data)
    assert names[:2] == ["fund_korea", "mine"]
    assert names.count("fund_korea") == 1 and set(PRESETS) <= set(names)


def test_scenario_then_set_precedence() -> None:
    data = tiny([row("mine", "target.county", 6000, 2)])
    settings = effective_settings(data, "mine", {"target.county": "4500"})
    assert settings["target.county"] == 4500.0
    settings = effective_settings(data, "fund_korea", {"budget.fund_share": "2%"})
    assert settings["budget.regime"] == "fund" and settings["budget.fund_share"] == pytest.approx(0.02)


def test_unknown_scenario_lists_known_names() -> None:
    data = tiny([row("mine", "target.county", 6000, 2)])
    with pytest.raises(InputError) as err:
        scenario_overrides(data, "fund_swiss")
    assert err.value.exit_code == EXIT_INPUT
    problem = err.value.problems[0]
    assert problem.sheet == "--scenario" and problem.value == "fund_swiss"
    assert "mine" in problem.expected and "fund_korea" in problem.expected


@pytest.mark.parametrize(
    ("rows", "bad_row", "column", "value"),
    [
        ([row("a", "target.countyy", 5000, 4)], 4, "parameter", "target.countyy"),
        ([row("a", "target.county", "lots", 7)], 7, "target.county", "lots"),
        ([row("a", "budget.fund_share", "1.5", 3)], 3, "budget.fund_share", "1.5"),
        ([row("a", "budget.regime", "federal", 5)], 5, "budget.regime", "federal"),
        ([row("a", "target.county", 5000, 2), row("a", "target.county", 6000, 3)], 3, "parameter",
         "target.county"),
    ],
)
def test_bad_scenario_rows_name_sheet_row_and_value(
    rows: list[dict[str, object]], bad_row: int, column: str, value: str
) -> None:
    data = tiny(rows)
    problems = check_scenarios(data)
    assert [(p.sheet, p.row, p.column, p.value) for p in problems] == [("scenarios", bad_row, column, value)]
    with pytest.raises(InputError) as err:
        scenario_overrides(data, "a")
    assert err.value.exit_code == EXIT_INPUT
    assert f"row {bad_row}" in str(err.value.format_message())


def test_other_scenarios_rows_do_not_block_a_good_one() -> None:
    data = tiny([row("good", "target.county", 5000, 2), row("bad", "target.county", "x", 3)])
    assert scenario_overrides(data, "good") == {"target.county": "5000"}


# ------------------------------------------------------------------------------------------
# command line
# ------------------------------------------------------------------------------------------
def test_scenarios_command_lists_presets_and_workbook(tmp_path: Path) -> None:
    data = tiny([row("cheap", "budget.growth", "0.01", 2, note="lean years")])
    path = tmp_path / "in.xlsx"
    write_input_workbook(data, path)
    assert not check_scenarios(read_workbook(path))
    runner = CliRunner()
    result = runner.invoke(cli, ["scenarios", str(path)])
    assert result.exit_code == 0, result.output
    assert "cheap  [workbook]" in result.output and "budget.growth = 0.01" in result.output
    assert "lean years" in result.output
    for name, preset in PRESETS.items():
        assert f"{name}  [built-in preset]" in result.output
        assert "source: " + preset.citation("en") in result.output


def test_scenarios_command_in_chinese_has_no_english_tags(tmp_path: Path) -> None:
    data = tiny([row("cheap", "budget.growth", "0.01", 2), row("fund_1pct", "budget.fund_share", "0.015", 3)])
    path = tmp_path / "in.xlsx"
    write_input_workbook(data, path)
    zh = CliRunner().invoke(cli, ["scenarios", str(path), "--lang", "zh"])
    assert zh.exit_code == 0, zh.output
    assert "cheap  [工作簿]" in zh.output and "fund_1pct  [工作簿(替代同名内置预设)]" in zh.output
    assert "fund_korea  [内置预设]" in zh.output and "基金预算制" in zh.output
    assert "来源：郑秉文、毛颖珂 2024 (SSL WP 188)" in zh.output and "表1" in zh.output
    for english in ("[preset]", "[workbook", "source:", "Table", "002 ("):
        assert english not in zh.output, english


def test_citations_name_each_seed_file() -> None:
    seeds = Path("/work/shared/seeds")
    files = sorted(p.name[:3] for p in seeds.glob("00*.txt")) if seeds.is_dir() else sorted(CITATIONS)
    assert sorted(CITATIONS) == files
    for number in CITATIONS:
        en, zh = citation_text(number, "en"), citation_text(number, "zh")
        assert en.strip() and zh.strip(), number
        assert not en[0].isdigit(), number  # an author or body, not a file number


def test_replaced_preset_is_announced_with_what_it_loses() -> None:
    data = tiny([row("fund_1pct", "budget.fund_share", "1.5%", 2), row("mine", "posts.step", "1", 3)])
    en = replaced_preset_note(data, "fund_1pct", "en")
    assert en is not None and "replaces the built-in preset" in en and "budget.regime=fund" in en
    assert "budget.fund_share" not in en.split("not applied")[1]  # the workbook sets that one
    zh = replaced_preset_note(data, "fund_1pct", "zh")
    assert zh is not None and "替代同名内置预设" in zh and "budget.regime=fund" in zh
    assert replaced_preset_note(data, "mine", "en") is None
    assert replaced_preset_note(data, "fund_korea", "en") is None
    assert replaced_preset_note(None, "fund_1pct", "en") is None
    # the replacement is real: the preset's regime is gone
    assert apply_scenario(data.parameters, data, "fund_1pct")["budget.regime"] == "fiscal"


def test_compare_unknown_scenario_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "in.xlsx"
    write_input_workbook(tiny(), path)
    result = CliRunner().invoke(cli, ["compare", str(path), "--scenario", "status_quo",
                                      "--scenario", "nope", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    assert "nope" in result.output and "status_quo" in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_preset_changes_only_its_own_keys(name: str) -> None:
    base = Settings().with_overrides({"budget.regime": "none", "posts.step": 3, "target.county": 9000})
    out = apply_scenario(base, None, name)
    changed = {k for k in base if base[k] != out[k]}
    assert changed <= set(PRESETS[name].overrides)


NUMERIC = sorted(k for k, f in PARAMETERS_BY_KEY.items() if f.dtype in ("int", "float"))


@given(st.sampled_from(NUMERIC), st.floats(0, 1), st.integers(2, 500))
def test_any_in_bounds_value_is_accepted(key: str, where: float, excel_row: int) -> None:
    field = PARAMETERS_BY_KEY[key]
    low = field.minimum if field.minimum is not None else -1e6
    high = field.maximum if field.maximum is not None else 1e6
    value = low + (high - low) * where
    if field.dtype == "int":
        value = float(min(max(round(value), math.ceil(low)), math.floor(high)))
    data = tiny([row("s", key, repr(value), excel_row)])
    assert check_scenarios(data) == []
    assert apply_scenario(data.parameters, data, "s")[key] == pytest.approx(value)


@given(st.sampled_from(NUMERIC), st.floats(1.01, 10), st.integers(2, 500))
def test_any_out_of_bounds_value_names_its_row(key: str, factor: float, excel_row: int) -> None:
    field = PARAMETERS_BY_KEY[key]
    if field.maximum is None:
        return
    value = field.maximum * factor + 1
    data = tiny([row("s", key, repr(value), excel_row)])
    problems = check_scenarios(data)
    assert [(p.sheet, p.row, p.column) for p in problems] == [("scenarios", excel_row, key)]


# ------------------------------------------------------------------------------------------
# parameters with no effect
# ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("settings", "key", "why"),
    [
        ({"budget.regime": "fiscal"}, "budget.fund_share", "budget.regime is fiscal"),
        ({"budget.regime": "none"}, "budget.pool", "budget.regime is none"),
        ({"budget.regime": "fiscal"}, "fund.growth", "budget.regime is fiscal"),
        ({"budget.regime": "fund"}, "budget.growth", "budget.regime is fund"),
        ({"standard.rule": "none"}, "standard.ratio.county", "standard.rule is none"),
        ({"standard.rule": "henan"}, "standard.ratio.municipal", "standard.rule is henan"),
        ({"standard.rule": "ratio", "standard.mode": "report"}, "standard.ratio.county", "report"),
        ({"standard.rule": "ratio"}, "standard.person_times_per_insured", "standard.rule is ratio"),
        ({"standard.rule": "none"}, "standard.mode", "standard.rule is none"),
        ({"digital.enabled": "false"}, "platform.share", "digital.enabled is false"),
        ({"digital.enabled": "false"}, "platform.enabled", "digital.enabled is false"),
        ({"digital.enabled": "false"}, "digital.yield", "digital.enabled is false"),
        ({"platform.enabled": "false"}, "platform.build_cost", "platform.enabled is false"),
        ({"platform.existing": "true"}, "platform.build_cost", "platform.existing is true"),
        ({"platform.existing": "true"}, "platform.enabled", "platform.existing is true"),
        ({"digital.enabled": "false"}, "digital.ramp", "digital.enabled is false"),
        ({"training.enabled": "false"}, "training.cost_per_hour", "training.enabled is false"),
        ({"objective": "service"}, "unmet.penalty", "objective is service"),
        ({"pro.share_min": "0"}, "pro.phase_years", "pro.share_min is 0"),
        ({"target.reach_year": "2022"}, "target.reach_year", "first plan year 2022"),
    ],
)
def test_ineffective_key_is_named_with_reason_and_fix(settings: dict[str, str], key: str, why: str) -> None:
    from staffopt.whatif.scenarios import ineffective_keys

    s = Settings().with_overrides(settings)
    found = ineffective_keys(s, [key, "target.county", key])
    assert [f.key for f in found] == [key]  # once; target.county always counts
    en, zh = found[0].message("en"), found[0].message("zh")
    assert en.startswith(f"{key} has no effect: ") and why in en and "--" in en
    assert zh.startswith(f"{key} 不起作用：") and "--" in zh


@pytest.mark.parametrize(
    ("settings", "key"),
    [
        ({"budget.regime": "fund"}, "budget.fund_share"),
        ({"budget.regime": "fiscal"}, "budget.growth"),
        ({"standard.rule": "ratio", "standard.mode": "upper"}, "standard.ratio.county"),
        ({"standard.rule": "henan", "standard.mode": "lower"}, "standard.person_times_per_insured"),
        ({"standard.rule": "henan"}, "standard.mode"),
        ({"digital.enabled": "true", "platform.enabled": "true"}, "platform.share"),
        ({"platform.enabled": "false", "platform.existing": "true"}, "platform.share"),
        ({"digital.enabled": "false", "platform.existing": "true"}, "platform.running_cost"),
        ({"training.enabled": "true"}, "training.max_hours"),
        ({"objective": "cost"}, "unmet.penalty"),
        ({"pro.share_min": "0.3"}, "pro.phase_years"),
        ({"target.reach_year": "2024"}, "target.reach_year"),
    ],
)
def test_effective_key_is_not_flagged(settings: dict[str, str], key: str) -> None:
    from staffopt.whatif.scenarios import ineffective_keys

    assert ineffective_keys(Settings().with_overrides(settings), [key]) == []


def test_no_effect_rules_use_known_keys() -> None:
    from staffopt.whatif.no_effect import RULES

    assert set(RULES) <= set(PARAMETERS_BY_KEY)
    assert not any(k.startswith("solver.") for k in RULES)


@pytest.mark.parametrize(
    ("settings", "key", "low", "high"),
    [
        ({"budget.regime": "fiscal"}, "budget.fund_share", "0.001", "0.5"),
        ({"training.enabled": "false"}, "training.cost_per_hour", "0.001", "1"),
        # platform.existing false: the synthetic instance runs every province's platform from the base
        # year (002), and an existing platform serves its share whatever platform.enabled says
        ({"digital.enabled": "true", "platform.enabled": "false", "platform.existing": "false"},
         "platform.share", "0.05", "0.9"),
        ({"platform.existing": "true"}, "platform.build_cost", "100", "100000"),
        ({"standard.rule": "none", "posts.step": "3"}, "standard.ratio.county", "500", "20000"),
        # tight targets on a small budget: unmet workload > 0, which the penalty would price
        ({"objective": "service", "budget.regime": "fund", "budget.fund_share": "0.0055",
          "target.county": "2000", "target.municipal": "2000", "target.provincial": "2000"},
         "unmet.penalty", "0", "100"),
    ],
)
def test_flagged_key_really_leaves_the_plan_unchanged(
    settings: dict[str, str], key: str, low: str, high: str,
) -> None:
    from staffopt.solver.solve import solve
    from staffopt.whatif.scenarios import ineffective_keys

    data = tiny()
    base = data.parameters.with_overrides({**settings, "solver.gap": "0"})
    assert [f.key for f in ineffective_keys(base, [key])] == [key]
    plans = []
    for value in (low, high):
        result = solve(build_instance(data, base.with_overrides({key: value})))
        assert result.has_plan, result.messages
        plans.append(result.office_year.drop(columns=["solve_seconds"], errors="ignore"))
    for column in ("posts", "staff", "contract", "unmet", "cost_total"):
        other = pytest.approx(plans[1][column].tolist(), abs=1e-6, nan_ok=True)
        assert plans[0][column].tolist() == other, column


def test_frontier_steps_name_the_values_without_effect() -> None:
    from staffopt.whatif.no_effect import ineffective_steps

    base = Settings().with_overrides({"base_year": 2021})
    values = [2020, 2022, 2024]
    steps = [base.with_overrides({"target.reach_year": v}) for v in values]
    notes = ineffective_steps("target.reach_year", values, steps, "en")
    assert len(notes) == 1 and notes[0].startswith("at target.reach_year = 2020, 2022: ")
    fiscal = [Settings().with_overrides({"budget.fund_share": v}) for v in (0.01, 0.02)]
    assert ineffective_steps("budget.fund_share", [0.01, 0.02], fiscal, "zh") == [
        "budget.fund_share 不起作用：budget.regime 为 fiscal(仅基金预算制使用该参数)；"
        "请加 --scenario fund_1pct 或 --set budget.regime=fund"]
