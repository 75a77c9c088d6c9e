"""The constraint-family registry (``model/families.py``) and everything that must agree with it.

A row renamed in a builder, a builder renamed or added without a record, a row name typed as a
string somewhere else, ``docs/model.md`` naming a builder that is gone: each fails a test here.
"""

from __future__ import annotations

import ast
import importlib
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, get_args

import numpy as np
import pyomo.environ as pyo
import pytest

import staffopt.solver.compile
from helpers_solve import EXACT, solve_data, tiny_data
from staffopt.examples import example_province
from staffopt.instance import Instance, build_instance
from staffopt.model import build_model
from staffopt.model.families import (
    BUDGET_FISCAL,
    ELASTIC,
    FAMILIES,
    LOAD_RATIO,
    LOCK_ELASTIC,
    MARGINAL_ROWS,
    ROWS,
    Unit,
    rule_label,
)
from staffopt.model.sets import add_sets, derive
from staffopt.model.variables import add_variables
from staffopt.results.check import check_plan
from staffopt.schema import COST_LINES, COST_TOTAL
from staffopt.solver.compile import compile_model
from staffopt.text import LANGS, catalog, t
from test_check import CORRUPTIONS

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "staffopt"
REGISTRY = SRC / "model" / "families.py"
DOCS = ROOT / "docs" / "model.md"

#: Settings under which, together, every row of the registry is built (each row only exists when
#: its settings switch it on).
CONFIGS: dict[str, dict[str, Any]] = {
    "defaults": {},
    "every_policy_row_equity": {
        "posts.step": 2, "contract.no_new": "true", "contract.max_share_final": 0.5, "pro.share_min": 0.3,
        "training.min_hours": 8, "standard.rule": "ratio", "standard.mode": "upper", "objective": "equity",
    },
    "fund_lower_standard": {
        "budget.regime": "fund", "budget.pool": "province", "posts.step": 2, "standard.rule": "ratio",
        "standard.mode": "lower",
    },
}


@cache
def _instance(config: str) -> Instance:
    data, _sources = example_province()
    return build_instance(data, data.parameters.with_overrides({**EXACT, **CONFIGS[config]}))


def _constraint_names(m: pyo.ConcreteModel) -> set[str]:
    return {c.local_name for c in m.component_objects(pyo.Constraint, active=True)}


# ------------------------------------------------------------------------------------------
# the records themselves
# ------------------------------------------------------------------------------------------
def test_records_are_complete_and_consistent() -> None:
    numbers = [f.number for f in FAMILIES if isinstance(f.number, int)]
    assert numbers == list(range(1, 14)), "the numbered families of docs/model.md, in order"
    names = [r.name for f in FAMILIES for r in f.rows]
    assert len(names) == len(set(names)) == len(ROWS), "a row belongs to one family"
    assert all(t(f"diag.unit.{u}", lang) for u in get_args(Unit) for lang in LANGS), "every unit has its text"
    assert {k.removeprefix("diag.unit.") for k in catalog("en") if k.startswith("diag.unit.")} == set(
        get_args(Unit))
    orders = [r.elastic.order for r in ELASTIC if r.elastic is not None]
    assert orders == sorted(set(orders)), "each relaxable rule has its own place in the explanation"
    for row in ELASTIC:
        assert all(rule_label(row).render(lang) for lang in LANGS), row.name
    used = {r.elastic.label for r in ELASTIC if r.elastic is not None} | {LOCK_ELASTIC.label}
    labels = {k for k in catalog("en") if k.startswith("rule.")}
    assert used == labels, "every label is used and has its texts"
    assert LOCK_ELASTIC.order not in orders and LOCK_ELASTIC.weight < min(
        r.elastic.weight for r in ELASTIC if r.elastic is not None), "a lock gives way first"
    with pytest.raises(KeyError):
        rule_label(ROWS[LOAD_RATIO])


# ------------------------------------------------------------------------------------------
# no row name as a string outside the registry
# ------------------------------------------------------------------------------------------
def _string_constants(path: Path) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def _spelled(names: set[str], allowed: Path) -> list[str]:
    return [f"{path.relative_to(ROOT)}:{line}: {value!r}"
            for path in sorted(SRC.rglob("*.py")) if path != allowed
            for line, value in _string_constants(path) if value in names]


def test_no_row_name_is_a_string_literal_outside_the_registry() -> None:
    found = _spelled(set(ROWS), REGISTRY)
    assert not found, "use the constants of staffopt.model.families:\n" + "\n".join(found)


def test_the_literal_scan_finds_a_row_name(tmp_path: Path) -> None:
    # the scan itself must see a row name written as a string (in a call, a comparison, an f-string)
    sample = tmp_path / "sample.py"
    sample.write_text('x = dual("load_ratio", 1)\nif rule == "budget_fund": pass\n'
                      'y = f"{d[\'hiring_cap\']}"\n', encoding="utf-8")
    found = [v for _, v in _string_constants(sample) if v in ROWS]
    assert found == ["load_ratio", "budget_fund", "hiring_cap"]


def test_no_cost_line_is_a_string_literal_outside_the_schema() -> None:
    found = _spelled(set(COST_LINES), SRC / "schema.py")
    assert not found, "use staffopt.schema.COST_LINES / COST_PERSONNEL …:\n" + "\n".join(found)


# ------------------------------------------------------------------------------------------
# built models have exactly the registry's rows, each where its record says
# ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("config", list(CONFIGS))
def test_each_builder_adds_only_the_rows_of_its_record(config: str) -> None:
    inst = _instance(config)
    data = derive(inst)
    m = pyo.ConcreteModel()
    add_sets(m, data)
    add_variables(m, data)
    for family in FAMILIES:
        before = _constraint_names(m)
        family.build(m, data)
        added = _constraint_names(m) - before
        assert added <= {r.name for r in family.rows}, (family.name, added)
    assert _constraint_names(m) == _constraint_names(build_model(inst)), "build_model builds the registry"


def test_every_registry_row_is_built_in_some_configuration() -> None:
    built: set[str] = set()
    for config in CONFIGS:
        built |= _constraint_names(build_model(_instance(config)))
    assert built == set(ROWS), f"never built: {set(ROWS) - built}; not in the registry: {built - set(ROWS)}"


def _index_ok(kind: str, idx: Any, inst: Instance) -> bool:
    offices, years = {o.id for o in inst.offices}, set(inst.years)
    if kind == "office":
        return idx in offices
    if not (isinstance(idx, tuple) and len(idx) == 2 and idx[1] in years):
        return False
    places = {"office-year": offices, "province-year": set(inst.provinces),
              "pool-year": set(inst.pool_of.values())}[kind]
    return idx[0] in places


@pytest.mark.parametrize("config", list(CONFIGS))
def test_rows_are_indexed_as_their_record_says(config: str) -> None:
    inst = _instance(config)
    m = build_model(inst)
    for con in m.component_objects(pyo.Constraint, active=True):
        kind = ROWS[con.local_name].index
        bad = [idx for idx in con if not _index_ok(kind, idx, inst)]
        assert not bad, (con.local_name, kind, bad[:3])
    expressions = {e.local_name for e in m.component_objects(pyo.Expression)}
    assert expressions == {*COST_LINES, COST_TOTAL}, "the cost-line expressions are the schema's cost lines"


@pytest.mark.parametrize("config", list(CONFIGS))
def test_relaxable_rows_are_inequalities(config: str) -> None:
    # the diagnosis puts one slack on the row's finite side: an equality would need two
    compiled = compile_model(build_model(_instance(config)))
    for i, (name, idx) in enumerate(compiled.row_keys):
        if ROWS[name].elastic is not None:
            sides = np.isfinite(compiled.row_lower[i]) + np.isfinite(compiled.row_upper[i])
            assert sides == 1, (name, idx)


# ------------------------------------------------------------------------------------------
# docs/model.md names the registry's builders, and only builders that exist
# ------------------------------------------------------------------------------------------
_QUALIFIED = re.compile(r"`(\w+)\.(add_\w+)`")
_BARE = re.compile(r"\badd_\w+")
_TABLE_ROW = re.compile(r"^\| (\d+[a-z]?) \| ([^|]+?) \| `(\w+)\.(add_\w+)`", re.MULTILINE)


def _builder(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(f"staffopt.model.{module}"), name, None)
    except ModuleNotFoundError:
        return None


def _model_functions() -> set[str]:
    names: set[str] = set()
    for path in (SRC / "model").glob("*.py"):
        names |= {node.name for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                  if isinstance(node, ast.FunctionDef)}
    return names


def docs_problems(text: str) -> list[str]:
    """What ``text`` (docs/model.md) gets wrong about the builders and the registry."""
    problems = [f"docs name {m}.{f}, which does not exist" for m, f in _QUALIFIED.findall(text)
                if not callable(_builder(m, f))]
    known = _model_functions()
    problems += [f"docs name {f}, no function of staffopt.model" for f in sorted(set(_BARE.findall(text)))
                 if f not in known]
    table: dict[int | str, tuple[str, str, str]] = {
        (int(n) if n.isdigit() else n): (name.strip(), module, f)
        for n, name, module, f in _TABLE_ROW.findall(text)}
    for family in FAMILIES:
        fn = family.build
        if not re.search(rf"\b{fn.__name__}\b", text):
            problems.append(f"docs miss the builder {fn.__name__} of '{family.name}'")
        if family.number is None:
            continue
        got = table.pop(family.number, None)
        module = fn.__module__.rsplit(".", 1)[-1]
        if got != (family.name, module, fn.__name__):
            problems.append(f"docs table row {family.number} is {got}, the registry has "
                            f"{(family.name, module, fn.__name__)}")
    problems += [f"docs table row {n} {v} is not in the registry" for n, v in table.items()]
    return problems


def test_docs_name_exactly_the_registry_builders() -> None:
    assert docs_problems(DOCS.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("`load.add_load_ratio`", "`load.add_load_ratios`", "add_load_ratios"),  # a builder that is gone
    ("`load.add_load_ratio`", "", "miss the builder add_load_ratio"),  # one the registry has, missed
    ("| 10 | minimum staffing |", "| 10 | minimum staff |", "row 10"),  # family renamed
    ("`budget.add_cost_lines`", "`budget.add_cost_line`", "add_cost_line"),  # outside the table
])
def test_docs_check_catches_a_wrong_builder(old: str, new: str, expected: str) -> None:
    text = DOCS.read_text(encoding="utf-8")
    assert old in text
    problems = docs_problems(text.replace(old, new))
    assert any(expected in p for p in problems), problems


# ------------------------------------------------------------------------------------------
# marginal values read registry rows only, and every reported one maps to a row
# ------------------------------------------------------------------------------------------
def test_workload_marginal_reads_exactly_the_registry_workload_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    # the marginal values look rows up by (component name, index) in rows_by_key(): note the names
    looked_up: set[str] = set()

    class Recording(dict[tuple[str, Any], int]):
        def get(self, key: Any, default: Any = None) -> Any:
            looked_up.add(key[0])
            return super().get(key, default)

    real = staffopt.solver.compile.CompiledModel.rows_by_key
    monkeypatch.setattr(staffopt.solver.compile.CompiledModel, "rows_by_key",
                        lambda self: Recording(real(self)))
    _inst, result = solve_data(tiny_data(seed=1), {"objective": "equity"})
    assert result.has_plan
    assert looked_up == MARGINAL_ROWS["workload"]


def test_every_reported_budget_marginal_is_a_budget_row() -> None:
    inst, result = solve_data(tiny_data(seed=1))
    compiled = compile_model(build_model(inst))
    budget_rows = {idx for name, idx in compiled.row_keys if name in MARGINAL_ROWS["budget"]}
    assert {name for name, _ in compiled.row_keys} & MARGINAL_ROWS["budget"] == {BUDGET_FISCAL}
    reported = result.budget.dropna(subset=["marginal_budget"])
    keys = set(zip(reported["pool"].astype(str), reported["year"].astype(int), strict=True))
    assert keys and keys == budget_rows


# ------------------------------------------------------------------------------------------
# the plan checker names every row's violations, and a test corrupts each
# ------------------------------------------------------------------------------------------
def test_every_row_is_checked_under_a_documented_and_tested_family() -> None:
    names = {r.check for r in ROWS.values()}
    assert check_plan.__doc__ is not None
    assert names <= set(re.findall(r"``(\w+)``", check_plan.__doc__)), "check_plan's docstring lists them"
    # platform_monotone and lexicographic are corrupted by test_platform_switched_off_is_named and
    # test_lexicographic_stage_is_kept in test_check.py; every other family by CORRUPTIONS
    tested = {family for family, _, _ in CORRUPTIONS} | {"platform_monotone", "lexicographic"}
    assert names <= tested, names - tested
