"""Data defined once: parameter keys, click choices and cost lines from the schema; tolerances named."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import get_args

import click
import pytest

from staffopt.cli import cli
from staffopt.schema import (
    COST_LINES,
    COST_TOTAL,
    LANGS,
    LEVELS,
    OUTPUT_COLUMNS_BY_KEY,
    PARAMETERS,
    PARAMETERS_BY_KEY,
    LevelParam,
    ParamKey,
    level_key,
)


def test_param_key_literal_lists_exactly_the_schema_parameters() -> None:
    literal = get_args(ParamKey)
    assert len(literal) == len(set(literal)), "a key is listed twice in ParamKey"
    assert list(literal) == [p.key for p in PARAMETERS], "ParamKey must list the schema's keys, in its order"


def test_level_keys_exist_for_every_level_and_nothing_else() -> None:
    for prefix in get_args(LevelParam):
        for level in LEVELS:
            assert level_key(prefix, level) in PARAMETERS_BY_KEY
    with pytest.raises(KeyError, match="not a level"):
        level_key("staff.min", "village")


def _options() -> dict[str, click.Parameter]:
    """Every option of every command, by its long name (the same option is shared)."""
    found: dict[str, click.Parameter] = {}
    assert isinstance(cli, click.Group)
    cli.load_all()  # commands load when looked up (staffopt.cli.COMMAND_MODULES)
    for command in cli.commands.values():
        for p in command.params:
            for name in p.opts:
                found.setdefault(name, p)
    return found


def test_click_choices_and_ranges_are_the_schema_ones() -> None:
    opts = _options()
    objective = opts["--objective"].type
    assert isinstance(objective, click.Choice)
    assert tuple(objective.choices) == PARAMETERS_BY_KEY["objective"].choices
    lang = opts["--lang"].type
    assert isinstance(lang, click.Choice)
    assert tuple(lang.choices) == LANGS
    limit = opts["--time-limit"].type
    assert isinstance(limit, click.FloatRange)
    assert limit.min == PARAMETERS_BY_KEY["solver.time_limit"].minimum
    gap = opts["--gap"].type
    assert isinstance(gap, click.FloatRange)
    param = PARAMETERS_BY_KEY["solver.gap"]
    assert (gap.min, gap.max) == (param.minimum, param.maximum)


def test_cost_lines_are_output_columns_in_the_order_of_the_accounts() -> None:
    assert COST_LINES == ("cost_personnel", "cost_goods_services", "cost_capital", "cost_other")
    zh = [OUTPUT_COLUMNS_BY_KEY[k].label("zh", with_unit=False) for k in COST_LINES]
    assert zh == ["人员经费", "商品和服务支出", "基本建设支出", "其他支出"]
    assert COST_TOTAL in OUTPUT_COLUMNS_BY_KEY


def test_tolerances_are_named_in_one_module() -> None:
    # a solver or model tolerance (1e-5 and below) written as a bare number anywhere but tolerances.py
    src = Path(__file__).resolve().parents[1] / "src" / "staffopt"
    found = [f"{path.relative_to(src)}:{node.lineno}: {node.value!r}"
             for path in sorted(src.rglob("*.py")) if path.name != "tolerances.py"
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Constant) and isinstance(node.value, float)
             and 0 < abs(node.value) <= 1e-5]
    assert not found, "name it in staffopt/tolerances.py:\n" + "\n".join(found)
