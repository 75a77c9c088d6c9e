"""docs/findings.md and the presets on the shipped example (issue 10, item 3).

Every preset is solved once on ``data/example_province.xlsx`` (default settings, as
``staffopt compare data/example_province.xlsx --all`` does). Two checks read those solves:

* each preset differs from ``status_quo`` in total cost or unmet workload, or its description
  says that it equals the status quo on the shipped example (and one that says so must do so);
* every row of the example table in ``docs/findings.md`` that is a plain preset shows the figures
  of that preset's solve, as printed (so the findings cannot drift from the model unnoticed).
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

import pytest

from staffopt.pipeline import run_solve
from staffopt.reader import read_workbook
from staffopt.whatif.metrics import scenario_metrics
from staffopt.whatif.scenarios import PRESETS, apply_scenario

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
FINDINGS = ROOT / "docs" / "findings.md"
#: Heading of the example's table in docs/findings.md.
EXAMPLE_HEADING = "## The shipped example"
#: A description that states the preset equals the status quo on the shipped example.
SAYS_EQUAL_EN = re.compile(r"equals? the status quo (there|on)")
SAYS_EQUAL_ZH = re.compile(r"与现状相同")


@pytest.fixture(scope="module")
def example_runs() -> dict[str, dict[str, Any]]:
    data = read_workbook(ROOT / "data" / "example_province.xlsx")
    runs = {}
    for name in PRESETS:
        settings = apply_scenario(data.parameters, data, name)
        metrics = scenario_metrics(run_solve(data, settings=settings, scenario=name))
        metrics["regime"] = settings.str("budget.regime")
        metrics["fund_share"] = settings.float("budget.fund_share")
        runs[name] = metrics
    return runs


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Same total cost (to 1e-6 relative) and the same unmet workload (to half a person-time)."""
    return (math.isclose(a["cost_total"], b["cost_total"], rel_tol=1e-6)
            and abs(a["unmet"] - b["unmet"]) < 0.5)


def test_each_preset_differs_from_the_status_quo_or_says_why_not(
    example_runs: dict[str, dict[str, Any]],
) -> None:
    base = example_runs["status_quo"]
    assert all(m["status"] == "optimal" for m in example_runs.values())
    silent = []
    for name, preset in PRESETS.items():
        if name == "status_quo":
            continue
        same = _same(example_runs[name], base)
        says_en = bool(SAYS_EQUAL_EN.search(preset.description("en")))
        says_zh = bool(SAYS_EQUAL_ZH.search(preset.description("zh")))
        assert says_en == says_zh, name  # both languages say the same
        if same and not says_en:
            silent.append(name)
        # a description that claims equality must be right about it
        assert same or not says_en, f"{name} says it equals the status quo but differs"
    assert not silent, f"equal to status_quo on the shipped example without saying why: {silent}"


def _example_rows() -> dict[str, list[str]]:
    """Rows of the example table of findings.md whose first cell is one backticked preset name."""
    text = FINDINGS.read_text(encoding="utf-8")
    start = text.index(EXAMPLE_HEADING)
    end = text.find("\n## ", start + len(EXAMPLE_HEADING))
    rows: dict[str, list[str]] = {}
    for line in text[start:end if end > 0 else None].splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        match = re.fullmatch(r"`(\w+)`", cells[0]) if line.startswith("|") else None
        if match and match.group(1) in PRESETS:
            rows[match.group(1)] = cells
    return rows


def test_findings_example_table_matches_the_model(example_runs: dict[str, dict[str, Any]]) -> None:
    rows = _example_rows()
    assert {"status_quo", "reform_package", "dynamic_posts", "fund_austria"} <= set(rows)
    for name, cells in rows.items():
        m = example_runs[name]
        # | run | total cost | discounted | every standard met | unmet | 元 per person-time | budget use |
        expected = [
            f"{m['cost_total']:,.2f}", f"{m['cost_discounted']:,.2f}",
            "yes" if m["standards_met"] else "no", f"{m['unmet']:,.0f}",
            f"{m['cost_per_person_time']:.2f}", f"{100 * m['budget_use']:.1f} %",
        ]
        assert cells[1:7] == expected, name
        if m["regime"] == "fund":  # the share of fund spending used = budget use x cap
            share = m["fund_share"]
            assert cells[7] == (f"fund, cap {100 * share:g} %: uses {100 * m['budget_use'] * share:.2f} % "
                                "of fund spending"), name
        else:
            assert cells[7].startswith(f"{m['regime']}: "), name
