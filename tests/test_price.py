"""``staffopt price``: the least budget at which nothing is unmet, found by a documented search."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from helpers_solve import EXACT, tiny_data
from helpers_text import assert_chinese
from staffopt.cli import cli
from staffopt.errors import InputError
from staffopt.pipeline import run_solve
from staffopt.report.headline import HEADLINE_KEYS, headline
from staffopt.whatif.price import Price, parse_targets, price
from test_report_support import write_tiny_workbook

FUND = {**EXACT, "budget.regime": "fund", "budget.pool": "instance"}


def _unmet_at(data: Any, p: Price, value: float) -> float:
    """Least unmet workload at ``key = value`` by an ordinary service solve (independent of the search)."""
    settings = p.settings.with_overrides({p.key: value, "objective": "service"})
    result = run_solve(data, settings=settings)
    assert result.has_plan, result.messages
    return float(result.objective_terms["unmet_total"])


@pytest.mark.parametrize(("key", "regime", "tolerance"), [("budget.fund_share", "fund", 1e-4),
                                                         ("budget.growth", "fiscal", 5e-4)])
def test_the_price_is_the_threshold_where_nothing_is_unmet(key: str, regime: str, tolerance: float) -> None:
    data = tiny_data()
    # posts may move (002's dynamic posts): with frozen posts and the HR rules of issue 9 (no rise of
    # the contract share) 6,000:1 (the test before issue 9) is out of reach at any price here
    settings = data.parameters.with_overrides({**FUND, "budget.regime": regime, "target.county": 9000.0,
                                               "posts.step": 10, "staff.hire_rate": 0.3})
    p = price(data, settings, key, tolerance=tolerance)
    assert p.reachable and p.value is not None and p.lower is not None
    assert 0 < p.value - p.lower <= tolerance + 1e-12  # the bracket is within the tolerance
    # independently of the search: nothing unmet at the price, workload unmet just below it
    assert _unmet_at(data, p, p.value) <= 0.5
    assert _unmet_at(data, p, p.lower) > 0.5
    # the plan returned is the service plan at the price, meeting every standard
    head = headline(p.result)  # type: ignore[arg-type]
    assert head.standards_met is True and p.settings[key] == p.value
    assert p.settings.str("objective") == "service"
    # every step is recorded; the bracket only narrows
    kinds = [s.kind for s in p.steps]
    assert kinds[:2] == ["unlimited", "fit"] and kinds[-1] == "plan" and "lp" in kinds
    # the unlimited-budget plan is reused at the price only when the price is where it fits
    reused = p.steps[-1].outcome == "reused"
    assert reused == (p.value == p.steps[1].value)
    uppers = [s.bracket[1] for s in p.steps if s.bracket[1] is not None]
    assert uppers == sorted(uppers, reverse=True) and uppers[-1] == p.value


def test_a_standard_no_budget_can_buy_is_said_so_with_the_reason() -> None:
    data = tiny_data()
    overrides = {**FUND, "posts.step": 0, "staff.hire_rate": 0.0, "staff.hire_min": 0,
                 "contract.no_new": True,
                 "target.county": 1500.0, "digital.enabled": False, "training.enabled": False}
    p = price(data, data.parameters.with_overrides(overrides), "budget.fund_share")
    assert not p.reachable and p.value is None and p.reason is not None
    en, zh = p.reason.render("en"), p.reason.render("zh")
    assert en.startswith("no budget.fund_share is enough: even with no budget limit ")
    assert "out of reach within the limits on posts and staff" in en and "posts.step = 0 (posts frozen)" in en
    assert "contract.no_new = true" in en and "county" in en
    # issue 9's HR rules are named too: the contract share may not rise, and each office's control
    assert "contract.allow_share_rise = false" in en and "contract-staff control" in en
    assert "任何 budget.fund_share 都不够" in zh and "编制冻结" in zh and "编外人员控制数" in zh
    # one solve proves it: least unmet workload with no budget limit is still above 0
    assert [(s.kind, s.outcome) for s in p.steps] == [("unlimited", "infeasible")]
    assert p.result is not None and p.result.settings.str("budget.regime") == "none"  # what is reachable
    assert p.result.objective_terms["unmet_total"] > 0 and p.result.status == "optimal"


def test_a_key_without_effect_is_refused() -> None:
    data = tiny_data()
    fiscal = data.parameters.with_overrides({**EXACT, "budget.regime": "fiscal"})
    with pytest.raises(InputError, match="budget.regime is fiscal"):
        price(data, fiscal, "budget.fund_share")
    with pytest.raises(InputError, match="one of budget.fund_share, budget.growth"):
        price(data, fiscal, "target.county")


def test_targets_parse_one_standard_per_value() -> None:
    assert parse_targets("county=7000,5000,4000") == [{"target.county": 7000.0}, {"target.county": 5000.0},
                                                      {"target.county": 4000.0}]
    assert parse_targets("all=5000") == [{"target.provincial": 5000.0, "target.municipal": 5000.0,
                                          "target.county": 5000.0}]
    # the comma separates standards: "5,000" is two values (5 and 0), both refused, never 5000 misread
    for bad in ("county", "town=5000", "county=abc", "county=10", "county=5,000"):
        with pytest.raises(InputError):
            parse_targets(bad)


@pytest.fixture(scope="module")
def priced(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("price")
    src = write_tiny_workbook(root / "tiny.xlsx")
    res = CliRunner().invoke(cli, ["price", str(src), "--set", "budget.regime=fund", "--set", "solver.gap=0",
                                   "--target", "county=7000,6000", "--out", str(root / "out"), "-q"],
                             catch_exceptions=False)
    return {"root": root, "res": res, "out": root / "out"}


def test_price_command_writes_price_json_and_each_plan(priced: dict[str, Any]) -> None:
    res, out = priced["res"], priced["out"]
    assert res.exit_code == 0, res.output
    payload = json.loads((out / "price.json").read_text(encoding="utf-8"))
    assert payload["key"] == "budget.fund_share" and payload["tolerance"] == 1e-4
    assert payload["unit"] == "fraction (0-1)" and "bisection" in payload["method"]
    assert payload["provenance"]["command_line"].startswith("staffopt price ")
    assert [e["target"] for e in payload["prices"]] == [{"target.county": 7000.0}, {"target.county": 6000.0}]
    values = [e["value"] for e in payload["prices"]]
    assert values[1] >= values[0]  # a stricter standard never costs less
    for entry in payload["prices"]:
        assert entry["reachable"] and entry["value"] - entry["lower"] <= 1e-4 + 1e-12
        assert entry["steps"][0]["kind"] == "unlimited" and entry["steps"][-1]["kind"] == "plan"
        assert list(entry["headline"])[:5] == list(HEADLINE_KEYS) and entry["headline"]["standards_met"]
        summary = json.loads((out / entry["folder"] / "summary.json").read_text(encoding="utf-8"))
        assert summary["settings"]["budget.fund_share"] == entry["value"]
        assert summary["headline"] == entry["headline"]  # price.json carries the plan's own headline
    assert (out / "county-7000" / "plan.xlsx").is_file() and (out / "county-6000" / "plan.xlsx").is_file()
    lines = res.stdout.splitlines()
    assert lines[0].startswith("target.county=7000: budget.fund_share = ")
    assert "leaves nothing unmet; the price lies in (" in lines[0]
    assert lines[1].strip().startswith("total cost ") and "every standard met: yes" in lines[1]


def test_one_standard_is_also_at_the_top_level(tmp_path: Path) -> None:
    src = write_tiny_workbook(tmp_path / "tiny.xlsx")
    res = CliRunner().invoke(cli, ["price", str(src), "--key", "budget.growth", "--tolerance", "0.001",
                                   "--out", str(tmp_path / "out"), "-q", "--lang", "zh"],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    payload = json.loads((tmp_path / "out" / "price.json").read_text(encoding="utf-8"))
    assert payload["key"] == "budget.growth" and payload["tolerance"] == 0.001
    for key in ("value", "steps", "headline", "folder"):
        assert payload[key] == payload["prices"][0][key]
    assert payload["folder"] == "plan" and (tmp_path / "out" / "plan" / "summary.json").is_file()
    assert "时业务量全部满足" in res.stdout and "个百分点" in res.stdout
    assert_chinese(res.stdout)


def test_price_refuses_the_fund_share_under_the_fiscal_regime(tmp_path: Path) -> None:
    src = write_tiny_workbook(tmp_path / "tiny.xlsx")  # fiscal regime
    res = CliRunner().invoke(cli, ["price", str(src), "--out", str(tmp_path / "out")])
    assert res.exit_code == 2 and "budget.regime is fiscal" in res.output and "fund_1pct" in res.output
    assert not (tmp_path / "out").exists() and "Traceback" not in res.output


def test_a_standard_reached_only_later_points_at_target_reach_year() -> None:
    # posts move 2 a year: 7,000:1 is short in the first plan year only, whatever the money
    data = tiny_data()
    overrides = {**FUND, "posts.step": 2, "target.county": 7000.0}
    p = price(data, data.parameters.with_overrides(overrides), "budget.fund_share")
    assert not p.reachable and p.reason is not None
    first = p.settings.years[0]
    en, zh = p.reason.render("en"), p.reason.render("zh")
    assert f"({first}; county " in en
    assert en.endswith(f"; from {first + 1} on nothing is unmet: the limits only slow the way there — "
                       "phase the standard in with target.reach_year")
    assert f"自 {first + 1} 年起业务量全部满足" in zh and "target.reach_year" in zh
    assert " 0," not in en.split("most in ")[1].split(")")[0]  # no office listed with nothing unmet
