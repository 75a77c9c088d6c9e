"""The constraint families of the model, one record each: the table of contents of ``build_model``.

:data:`FAMILIES` lists, in build order, every part of the model after its sets and variables:
the twelve numbered families of ``docs/model.md`` (section Constraints), the cost lines (built
before the budget that caps them) and the objectives. Each record names its builder and the rows
(Pyomo constraint components) the builder adds; each :class:`Row` states

* its ``unit`` (as written in the model: the load-ratio and digital-service rows are divided by
  the target ``s`` and count staff-equivalents) and ``index`` (what one row is about);
* whether the infeasibility diagnosis may relax it and at what weight (:class:`Elastic`), with
  the text key of the rule's name in the explanation;
* which reported marginal value its dual feeds (``marginal``);
* the name under which the independent plan checker (:mod:`staffopt.results.check`) reports a
  violation of it (``check``).

A row name is spelled as text here and nowhere else in ``src/``: the diagnosis, the marginal
values and the checker use the constants below. ``tests/test_registry.py`` fails on a row name
written as a string elsewhere, on a built model whose constraint components differ from this
table, and on a ``docs/model.md`` that names a builder this table does not have (or the reverse).
A new family is its builder plus one record here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

import pyomo.environ as pyo

from staffopt.model.budget import add_budget, add_cost_lines
from staffopt.model.digital import add_digital_capital, add_digital_service
from staffopt.model.load import add_load_ratio
from staffopt.model.locks import add_locks
from staffopt.model.objective import add_objectives
from staffopt.model.sets import ModelData
from staffopt.model.staffing import (
    add_attrition_and_hiring,
    add_contract_rules,
    add_contract_share_rule,
    add_conversions,
    add_minimum_staffing,
    add_post_adjustment,
    add_posts_bound_staff,
    add_professional_share,
)
from staffopt.model.standards import add_staffing_standard
from staffopt.model.training import add_training_bounds
from staffopt.schema import ParamKey
from staffopt.text import Msg

# --- row names (Pyomo constraint components), by family --------------------------------------
POSTS_BOUND_STAFF = "posts_bound_staff"  # 1
POST_ADJUSTMENT_UP = "post_adjustment_up"  # 2
POST_ADJUSTMENT_DOWN = "post_adjustment_down"
ATTRITION_FLOOR = "attrition_floor"  # 3
HIRING_CAP = "hiring_cap"
CONTRACT_NO_NEW = "contract_no_new"  # 4
CONTRACT_SHARE_FINAL = "contract_share_final"
CONTRACT_SHARE_BASE = "contract_share_base"  # 4a
CONVERSION_POOL = "conversion_pool"  # 4b
CONVERSION_TOTAL = "conversion_total"
PRO_WITHIN_STAFF = "pro_within_staff"  # 5
PRO_ATTRITION_FLOOR = "pro_attrition_floor"
PRO_SHARE_MIN = "pro_share_min"
TRAINING_MAX = "training_max"  # 6
TRAINING_MIN = "training_min"
DIGITAL_STOCK = "digital_stock"  # 7
ONLINE_CAPACITY = "online_capacity"  # 8
MANUAL_SERVICE_FLOOR = "manual_service_floor"
PLATFORM_PERSISTENCE = "platform_persistence"
LOAD_RATIO = "load_ratio"  # 9
MINIMUM_STAFFING = "minimum_staffing"  # 10
STANDARD_UPPER = "standard_upper"  # 11
STANDARD_LOWER = "standard_lower"
BUDGET_FISCAL = "budget_fiscal"  # 12
BUDGET_FUND = "budget_fund"
EQUITY_SHARE = "equity_share"  # objectives (equity only)
#: Family 13, the locks, adds no row (they are variable bounds); the diagnosis relaxes each lock
#: as a slack of this name (:data:`LOCK_ELASTIC`).
LOCKS = "locks"

#: Unit of a row as written in the model (its slack or dual is per one of these).
Unit = Literal["persons", "posts", "hours", "万元", "staff-equivalents", "platforms"]
#: What one row is about: an office in a plan year, an office (in the final plan year only), a
#: province in a plan year, a budget pool in a plan year.
Index = Literal["office-year", "office", "province-year", "pool-year"]
#: The reported marginal values (``Result.marginals``) a row's dual enters.
Marginal = Literal["workload", "budget"]

def unit_text(unit: Unit) -> Msg:
    """A row's unit as the explanations write amounts (catalog text ``diag.unit.<unit>``)."""
    return Msg(f"diag.unit.{unit}")


@dataclass(frozen=True)
class Elastic:
    """How the infeasibility diagnosis relaxes a row (:mod:`staffopt.solver.diagnose`).

    A non-negative slack on the row's bound (every relaxable row is an inequality; which side is
    finite is the compiler's choice: Pyomo writes ``pro ≥ share·(staff + contract)`` as
    ``share·(staff + contract) − pro ≤ 0``) costs ``weight`` per unit of the row. ``order`` places
    the rule in the explanation (the most common cause first), ``label`` is the catalog key of its
    name (``rule.<…>``) and ``param`` the parameter that sets or switches on the row, if one does.
    """

    order: int
    label: str
    param: ParamKey | None = None
    weight: float = 1.0


@dataclass(frozen=True)
class Row:
    """One constraint component of the model (see the module docstring)."""

    name: str
    unit: Unit
    index: Index
    check: str
    elastic: Elastic | None = None
    marginal: Marginal | None = None


@dataclass(frozen=True)
class Family:
    """A part of the model: its builder and the rows the builder may add.

    ``number`` and ``name`` are the family's in ``docs/model.md`` (``number`` is ``None`` for the
    cost lines and the objectives, described outside the numbered table). A row is added only when
    the settings switch it on (``budget_fund`` in the fund regime only, …).
    """

    number: int | str | None  # "4a", "4b": rules of family 4 with their own builder
    name: str
    build: Callable[[pyo.ConcreteModel, ModelData], None]
    rows: tuple[Row, ...] = ()


#: Weight of the contract rules' slack. They are prohibitions that only a minimum staff can push
#: against; weighing them far more keeps them and reports the minimum staff short instead (one
#: cause, not a mix of both: relaxing ``contract.no_new`` once in the first year would otherwise
#: be "cheaper" than every year's shortfall of staff).
PROHIBITION_WEIGHT = 100.0

#: How the diagnosis relaxes a lock (family 13: bounds, not rows; see ``solver.diagnose.explain``).
#: Weight below the rows' 1, so that a lock that is part of a conflict gives way before the
#: general rule it collides with: it is the user's most specific decision, and the explanation
#: then names its row of the locks sheet. Listed first (``order`` 0).
LOCK_ELASTIC = Elastic(0, "rule.lock", weight=0.5)

_OY: Index = "office-year"

#: The model after its sets and variables, in build order (``build_model`` runs each ``build``).
FAMILIES: tuple[Family, ...] = (
    # staffing
    Family(1, "posts bound staff", add_posts_bound_staff, (
        Row(POSTS_BOUND_STAFF, "persons", _OY, check="posts_staff"),)),
    Family(2, "post adjustment", add_post_adjustment, (
        Row(POST_ADJUSTMENT_UP, "posts", _OY, check="post_step"),
        Row(POST_ADJUSTMENT_DOWN, "posts", _OY, check="post_step"))),
    Family(3, "attrition floors, hiring cap", add_attrition_and_hiring, (
        Row(ATTRITION_FLOOR, "persons", _OY, check="attrition"),
        Row(HIRING_CAP, "persons", _OY, check="hiring"))),
    Family(4, "contract staff", add_contract_rules, (
        Row(CONTRACT_NO_NEW, "persons", _OY, check="contract_no_new",
            elastic=Elastic(4, "rule.contract_no_new", "contract.no_new", PROHIBITION_WEIGHT)),
        Row(CONTRACT_SHARE_FINAL, "persons", "office", check="contract_share",
            elastic=Elastic(5, "rule.contract_share_final", "contract.max_share_final",
                            PROHIBITION_WEIGHT)))),
    Family("4a", "contract share never above the base year", add_contract_share_rule, (
        Row(CONTRACT_SHARE_BASE, "persons", _OY, check="contract_share_base",
            elastic=Elastic(6, "rule.contract_share_base", "contract.allow_share_rise",
                            PROHIBITION_WEIGHT)),)),
    Family("4b", "conversions 转编", add_conversions, (
        Row(CONVERSION_POOL, "persons", _OY, check="conversion"),
        Row(CONVERSION_TOTAL, "persons", "office", check="conversion"))),
    Family(5, "professional staff", add_professional_share, (
        Row(PRO_WITHIN_STAFF, "persons", _OY, check="pro_bounds"),
        Row(PRO_ATTRITION_FLOOR, "persons", _OY, check="pro_attrition"),
        Row(PRO_SHARE_MIN, "persons", _OY, check="pro_share",
            elastic=Elastic(7, "rule.pro_share_min", "pro.share_min")))),
    Family(6, "training", add_training_bounds, (
        Row(TRAINING_MAX, "hours", _OY, check="training"),
        Row(TRAINING_MIN, "hours", _OY, check="training",
            elastic=Elastic(8, "rule.training_min", "training.min_hours")))),
    # digital
    Family(7, "digital capital", add_digital_capital, (
        Row(DIGITAL_STOCK, "万元", _OY, check="digital_stock"),)),
    Family(8, "digital service, manual floor and adoption ramp, platform", add_digital_service, (
        Row(ONLINE_CAPACITY, "staff-equivalents", _OY, check="online_digital", marginal="workload"),
        Row(MANUAL_SERVICE_FLOOR, "staff-equivalents", _OY, check="online_manual", marginal="workload"),
        Row(PLATFORM_PERSISTENCE, "platforms", "province-year", check="platform_monotone"))),
    # service and standards
    Family(9, "load ratio (a standard counts heads)", add_load_ratio, (
        Row(LOAD_RATIO, "staff-equivalents", _OY, check="load_ratio", marginal="workload"),)),
    Family(10, "minimum staffing", add_minimum_staffing, (
        Row(MINIMUM_STAFFING, "persons", _OY, check="min_staff",
            elastic=Elastic(3, "rule.minimum_staff")),)),
    Family(11, "staffing standard", add_staffing_standard, (
        Row(STANDARD_UPPER, "posts", _OY, check="standard",
            elastic=Elastic(9, "rule.standard_upper", "standard.mode")),
        Row(STANDARD_LOWER, "posts", _OY, check="standard",
            elastic=Elastic(10, "rule.standard_lower", "standard.mode")))),
    # money
    Family(None, "cost in the four official lines", add_cost_lines),
    Family(12, "budget", add_budget, (
        Row(BUDGET_FISCAL, "万元", _OY, check="budget", marginal="budget",
            elastic=Elastic(1, "rule.fiscal_appropriation")),
        Row(BUDGET_FUND, "万元", "pool-year", check="budget", marginal="budget",
            elastic=Elastic(2, "rule.fund_cap", "budget.fund_share")))),
    # decisions taken outside the model (bounds; after family 2, which fixes frozen posts)
    Family(13, "locks", add_locks),
    # objectives: obj_cost, obj_unmet, obj_share and the largest-unmet-share rows
    Family(None, "objectives", add_objectives, (
        Row(EQUITY_SHARE, "staff-equivalents", _OY, check="lexicographic", marginal="workload"),)),
)

#: Every row, by name.
ROWS: Mapping[str, Row] = MappingProxyType({row.name: row for f in FAMILIES for row in f.rows})
#: The rows the infeasibility diagnosis relaxes, in the order the explanation lists them.
ELASTIC: tuple[Row, ...] = tuple(sorted((r for r in ROWS.values() if r.elastic is not None),
                                        key=lambda r: r.elastic.order if r.elastic else 0))
#: The rows whose duals enter each reported marginal value.
MARGINAL_ROWS: Mapping[Marginal, frozenset[str]] = MappingProxyType({
    kind: frozenset(r.name for r in ROWS.values() if r.marginal == kind) for kind in ("workload", "budget")
})


def rule_label(row: Row) -> Msg:
    """The name of relaxable ``row``'s rule (KeyError for a hard row)."""
    if row.elastic is None:
        raise KeyError(f"row {row.name!r} is not relaxed by the diagnosis and has no rule label")
    return Msg(row.elastic.label)
