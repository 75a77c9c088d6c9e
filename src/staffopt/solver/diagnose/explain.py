"""Explain an infeasible model in a budget officer's terms (elastic re-solve).

When HiGHS proves the model infeasible, the same matrix is solved again with a non-negative
slack on every row of the *policy* families — budget, minimum staffing, contract rules,
professional share, minimum training, staffing standards — minimising the total slack. The
physical and legal rules (posts bound staff, post adjustment, attrition floor, hiring cap,
digital stock, load ratio with its own slack) stay hard: they are the *reason* a policy row
cannot be met. Every slack left positive is one conflict of an office (or budget pool) in a
year; :mod:`staffopt.solver.diagnose.rules` tells it with the elastic plan's figures (parts that
add up to the stated amount, the parameter or cell behind it, the change that removes it).

Conflicts are grouped so the list stays readable: one line per rule and office with its years
("2022–2026", figures of the year with the largest shortfall); a rule broken in more than
:data:`MANY_OFFICES` offices gets one summary line (count, years, the worst offices) plus the
worst office's line; at most :data:`MAX_LINES` lines in all.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import highspy
import numpy as np

from staffopt.instance import Instance
from staffopt.model.families import ELASTIC, LOCK_ELASTIC, LOCKS, ROWS, rule_label
from staffopt.model.locks import LockBound
from staffopt.model.sets import ModelData
from staffopt.settings import Settings
from staffopt.solver.compile import CompiledModel, component_names
from staffopt.solver.deadline import Deadline
from staffopt.solver.diagnose.rules import Conflict, Context, describe
from staffopt.solver.diagnose.text import Msg, office_name, years_text
from staffopt.solver.highs import new_highs
from staffopt.solver.highs import run as run_highs
from staffopt.text import Join
from staffopt.tolerances import SOLVER_TOL

__all__ = ["MANY_OFFICES", "MAX_LINES", "Diagnosis", "Msg", "diagnose", "explain", "group_messages"]

#: Most lines of an explanation, the heading included.
MAX_LINES = 10
#: A rule broken in more offices than this gets one summary line plus its worst office.
MANY_OFFICES = 3
#: Offices named in a summary line.
WORST_NAMED = 3
#: Position of each relaxable rule in an explanation (the registry's order; the locks first).
_RANK = {LOCKS: -1, **{row.name: i for i, row in enumerate(ELASTIC)}}


@dataclass(frozen=True)
class Diagnosis:
    """The conflicts of one block (a province or the whole instance) with what explains them.

    ``notes`` replaces the conflicts when the elastic re-solve failed or found none.
    """

    context: Context
    conflicts: tuple[Conflict, ...]
    notes: tuple[Msg, ...] = ()


def diagnose(
    inst: Instance, data: ModelData, compiled: CompiledModel, settings: Settings,
    deadline: Deadline | None = None,
) -> Diagnosis:
    """Run the elastic re-solve of an infeasible (block) model and collect its conflicts.

    The re-solve gets what is left of the run's solver time, its extra share included
    (:mod:`staffopt.solver.deadline`; ``solver.time_limit`` when no ``deadline`` is given).
    """
    found = _elastic(compiled, settings, deadline or Deadline(settings.float("solver.time_limit")))
    if found is None:
        return Diagnosis(Context(inst, data, {}), (), (Msg("diag.note.no_diagnosis"),))
    conflicts, values = found
    if not conflicts:
        return Diagnosis(Context(inst, data, values), (), (Msg("diag.note.whole_numbers"),))
    return Diagnosis(Context(inst, data, values), tuple(conflicts))


def explain(diagnoses: list[Diagnosis]) -> list[Msg]:
    """Messages (en, zh) for the diagnoses of all infeasible blocks: heading + grouped lines.

    Never a bare "infeasible": every line names the office (or pool), years, rule and figures.
    """
    items = [(d.context, c) for d in diagnoses for c in d.conflicts]
    notes = list(dict.fromkeys(n for d in diagnoses for n in d.notes))
    return (group_messages(items) if items else []) + notes


def _elastic(
    compiled: CompiledModel, settings: Settings, deadline: Deadline
) -> tuple[list[Conflict], dict[tuple[str, Any], float]] | None:
    """Solve with a slack per policy row; the positive slacks and the plan's values by (var, index).

    The relaxable rows and the slack's weight per unit of each are those of the registry
    (:data:`staffopt.model.families.ELASTIC`); the slack goes on the row's finite bound. The locks
    (family 13) are bounds: their columns get back the bounds without the lock and each lock
    becomes rows ``x ≥ min`` / ``x ≤ max`` with a slack of weight ``LOCK_ELASTIC.weight``.
    """
    h = new_highs(settings)
    lp = compiled.to_lp(next(iter(compiled.costs)))
    lp.col_cost_ = np.zeros(compiled.num_col)
    lp.offset_ = 0.0
    locks = _free_locked_columns(lp, compiled)
    h.passModel(lp)
    keys: list[tuple[str, Any]] = []
    weights: list[float] = []
    rows: list[int] = []
    signs: list[float] = []
    lock_of: dict[int, LockBound] = {}  # position in keys -> the lock that slack relaxes
    for bound, j in locks:  # the lock as rows x_j ≥ lo and x_j ≤ hi, each with a slack
        for low, value in ((True, bound.lock.lo), (False, bound.lock.hi)):
            if value is None:
                continue
            lower, upper = (float(value), highspy.kHighsInf) if low else (-highspy.kHighsInf, float(value))
            h.addRow(lower, upper, 1, np.array([j], dtype=np.int32), np.array([1.0]))
            lock_of[len(keys)] = bound
            keys.append((LOCKS, bound.index))
            rows.append(compiled.num_row + len(lock_of) - 1)
            signs.append(1.0 if low else -1.0)
            weights.append(LOCK_ELASTIC.weight)
    for i, key in enumerate(compiled.row_keys):
        row = ROWS.get(key[0])
        elastic = None if row is None else row.elastic
        if elastic is None:
            continue
        if np.isfinite(compiled.row_upper[i]):
            keys.append(key)
            rows.append(i)
            signs.append(-1.0)
            weights.append(elastic.weight)
        if np.isfinite(compiled.row_lower[i]):
            keys.append(key)
            rows.append(i)
            signs.append(1.0)
            weights.append(elastic.weight)
    n = len(rows)
    if n == 0:
        return None
    h.addCols(n, np.asarray(weights), np.zeros(n), np.full(n, highspy.kHighsInf), n,
              np.arange(n, dtype=np.int32), np.asarray(rows, dtype=np.int32), np.asarray(signs))
    with deadline.slot(extra=True) as seconds:
        if seconds > 0:
            h.setOptionValue("time_limit", seconds)
            run_highs(h)
    if seconds <= 0 or h.getInfo().primal_solution_status != highspy.SolutionStatus.kSolutionStatusFeasible:
        return None
    x = np.asarray(h.getSolution().col_value, dtype=float)
    names = component_names(compiled.columns)
    values = {(name, v.index()): float(x[j]) for j, (name, v) in enumerate(zip(names, compiled.columns,
                                                                               strict=True))}
    last = settings.years[-1]
    conflicts = []
    for n, ((rule, idx), amount) in enumerate(zip(keys, x[compiled.num_col:].tolist(), strict=True)):
        if amount <= SOLVER_TOL:
            continue
        relaxed = lock_of.get(n)
        if relaxed is not None:
            conflicts.append(Conflict(rule, idx[0], int(idx[1]), float(amount), lock=relaxed.lock))
            continue
        where, year = (idx, int(last)) if ROWS[rule].index == "office" else idx
        conflicts.append(Conflict(rule, str(where), int(year), float(amount)))
    return conflicts, values


def _free_locked_columns(lp: highspy.HighsLp, compiled: CompiledModel) -> list[tuple[LockBound, int]]:
    """Give each locked column its bounds without the lock (in ``lp``); the locks with their column.

    The locks are the model's ``lock_bounds`` (:mod:`staffopt.model.locks`), found through the
    model the compiled columns belong to.
    """
    if not compiled.columns:
        return []
    model = compiled.columns[0].model()
    bounds: list[LockBound] = getattr(model, "lock_bounds", [])
    if not bounds:
        return []
    column = {id(v): j for j, v in enumerate(compiled.columns)}
    lower, upper = np.array(compiled.col_lower, dtype=float), np.array(compiled.col_upper, dtype=float)
    found = []
    for bound in bounds:
        j = column.get(id(getattr(model, bound.var)[bound.index]))
        if j is None:  # not a column (fixed): nothing to relax
            continue
        lower[j], upper[j] = bound.free_lb, bound.free_ub
        found.append((bound, j))
    lp.col_lower_, lp.col_upper_ = lower, upper
    return found


def _noun(conflicts: list[Conflict], count: int) -> Msg:
    """``offices``, ``budget pools`` or both, as the conflicts concern (singular for a ``count`` of 1)."""
    pools = {_pool(c) for c in conflicts}
    kind = "pools" if pools == {True} else ("offices" if pools == {False} else "both")
    return Msg(f"diag.noun.{kind}.{'one' if count == 1 else 'many'}")


def _pool(c: Conflict) -> bool:
    """True when the conflict is about a budget pool, not an office."""
    return c.lock is None and ROWS[c.rule].index == "pool-year"


def _where(ctx: Context, c: Conflict) -> Msg:
    """``budget pool P01`` or the office's name, id and level."""
    if _pool(c):
        return Msg("diag.pool", pool=c.where)
    return office_name(ctx.inst, c.where)


def group_messages(items: list[tuple[Context, Conflict]]) -> list[Msg]:
    """Heading plus grouped lines (per rule and office, summaries for many offices), ≤ MAX_LINES."""
    conflicts = [c for _, c in items]
    ctx_of = {c.where: ctx for ctx, c in items}  # office ids and pools are unique across blocks
    by_rule: dict[str, dict[str, list[Conflict]]] = defaultdict(lambda: defaultdict(list))
    for c in conflicts:  # one line per office, or per lock (its row named)
        by_rule[c.rule][c.where if c.lock is None else f"{c.where}\0{c.lock.row}"].append(c)
    places = {c.where for c in conflicts}
    head = Msg("diag.head.one" if len(conflicts) == 1 else "diag.head.many", n=len(conflicts),
               places=len(places), noun=_noun(conflicts, len(places)))
    blocks: list[tuple[list[Msg], list[set[str]]]] = []  # lines, and the places each line covers
    for rule in sorted(by_rule, key=_RANK.__getitem__):
        ranked = sorted(by_rule[rule].values(), key=lambda cs: -max(c.amount for c in cs))
        if len(ranked) > MANY_OFFICES:  # the summary covers every office (by count)
            blocks.append(([_summary(ctx_of, rule, ranked), _line(ctx_of[ranked[0][0].where], ranked[0])],
                           [{cs[0].where for cs in ranked}, set()]))
        else:
            blocks.append(([_line(ctx_of[cs[0].where], cs) for cs in ranked],
                           [{cs[0].where} for cs in ranked]))
    every = [(line, covers) for block_lines, covered in blocks for line, covers in zip(block_lines, covered,
                                                                                       strict=True)]
    if 1 + len(every) <= MAX_LINES:
        return [head, *(line for line, _ in every)]
    shown, dropped = every[:MAX_LINES - 2], every[MAX_LINES - 2:]  # room for heading and closing line
    lines = [line for line, _ in shown]
    left = set().union(*(covers for _, covers in dropped))
    if not left:  # only the detail line of a summarised rule was left out
        return [head, *lines]
    lines.append(Msg("diag.more", n=len(left), noun=_noun(conflicts, len(left))))
    return [head, *lines]


def _line(ctx: Context, cs: list[Conflict]) -> Msg:
    """One office's (or pool's) conflicts with one rule: its years, the worst year's figures, the fix."""
    worst = max(cs, key=lambda c: c.amount)
    years = years_text([c.year for c in cs])
    where = _where(ctx, worst)
    d = describe(ctx, worst)
    if len(cs) == 1:
        return Msg("diag.line.one", where=where, years=years, text=d.text, fix=d.fix)
    return Msg("diag.line.many", where=where, years=years, worst=worst.year, text=d.text, fix=d.fix)


def _summary(ctx_of: dict[str, Context], rule: str, ranked: list[list[Conflict]]) -> Msg:
    """One line for a rule broken in many offices: count, years, the worst few with their shortfall."""
    years = years_text([c.year for cs in ranked for c in cs])
    named = []
    for cs in ranked[:WORST_NAMED]:
        worst = max(cs, key=lambda c: c.amount)
        ctx = ctx_of[worst.where]
        named.append(Msg("diag.named", where=_where(ctx, worst), short=describe(ctx, worst).short,
                         year=worst.year))
    noun = _noun([cs[0] for cs in ranked], len(ranked))
    label = Msg(LOCK_ELASTIC.label) if rule == LOCKS else rule_label(ROWS[rule])
    return Msg("diag.summary", rule=label, n=len(ranked), noun=noun, years=years,
               named=Join(tuple(named), sep="list.semicolon"))
