"""Family 13, locks 锁定: posts, established or contract staff fixed or bounded by the user.

``lo[l] ≤ x_l[o_l, t_l] ≤ hi[l]   ∀ l ∈ L``, where ``L`` are the rows of the locks sheet
(:class:`staffopt.locks.Lock`), ``x_l ∈ {posts, staff, contract}`` the locked variable and a
missing side is no bound (``min = max`` fixes the value).

Applied as bounds of the one variable each lock concerns — no row — intersected with the bounds
the data already imply (:func:`staffopt.model.variables.add_variables`): a lock only tightens.
The one exception is the upper bound of ``contract``, which is not a rule but "more contract staff
than the whole workload needs is never useful" (``contract_most``): a lock's min above it raises
it. Locks the run cannot keep — a year outside the horizon, a bound outside what the rules reach
— are refused first (:func:`lock_problems`, by :func:`check_locks` when a run starts and again by
:func:`add_locks`), so the intersection is never empty; posts frozen by ``step = 0`` are fixed
already and a lock on them equals ``posts0``.

The bounds each lock replaced are kept in ``m.lock_bounds`` (:class:`LockBound`): the
infeasibility diagnosis restores them and relaxes the lock like a policy row, so an infeasible
plan caused by a lock names the lock's row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pyomo.environ as pyo

from staffopt.errors import InputError, Problem
from staffopt.instance import Instance
from staffopt.locks import LOCKS_SHEET, Lock, year_expected
from staffopt.model.sets import ModelData, derive
from staffopt.solver.diagnose.text import param, post_step_source
from staffopt.text import Msg


@dataclass(frozen=True)
class LockBound:
    """One applied lock: the lock, its variable (name, index) and the bounds without the lock."""

    lock: Lock
    var: str  # posts | staff | contract
    index: tuple[str, int]
    free_lb: float
    free_ub: float


def add_locks(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 13, the locks, as variable bounds (see the module docstring for the math).

    Raises :class:`InputError` for locks the run cannot keep (:func:`lock_problems`): a caller
    that built the instance without :func:`check_locks` still gets the located errors.
    """
    problems = lock_problems(data.instance, data)
    if problems:
        raise InputError(problems)
    applied: list[LockBound] = []
    for lock in data.instance.locks:
        var = getattr(m, lock.what)[lock.office, lock.year]
        if var.fixed:  # posts frozen (step 0): the lock was checked to equal posts0
            continue
        lb, ub = float(var.lb), float(var.ub)
        if lock.what == "contract" and lock.lo is not None:
            ub = max(ub, float(lock.lo))  # contract_most is a "never useful above", not a rule
        var.setlb(lb if lock.lo is None else max(lb, float(lock.lo)))
        var.setub(ub if lock.hi is None else min(ub, float(lock.hi)))
        applied.append(LockBound(lock, lock.what, (lock.office, lock.year), lb, ub))
    m.lock_bounds = applied


def check_locks(instance: Instance) -> None:
    """Raise :class:`InputError` naming every lock of ``instance`` the run cannot keep (exit 2)."""
    problems = lock_problems(instance)
    if problems:
        raise InputError(problems)


def _problem(lock: Lock, column: str, value: Any, expected: Msg) -> Problem:
    return Problem(LOCKS_SHEET, lock.row, column, value, expected)


def lock_problems(instance: Instance, data: ModelData | None = None) -> list[Problem]:
    """Locks that cannot hold under the run's settings, each named by its row of the locks sheet.

    Checked from the data alone, with the variable bounds of the model
    (:func:`staffopt.model.sets.derive`), so a lock the rules cannot reach is an input error
    (exit 2), not an infeasible solve:

    * the office exists and the year is a plan year (``t0 < year ≤ t0 + H``);
    * posts: ``max ≥ posts_least[o,t]`` and ``min ≤ posts0 + step·k`` — posts change by at most
      ``step`` a year and never fall below the established staff attrition keeps;
    * established staff: ``max ≥ ⌊(1 − a)^k·staff0 + δ⌋`` (they leave only by attrition) and
      ``min ≤ min(staff0 + hire_cap·k, posts0 + step·k)`` (hiring cap, posts);
    * contract staff: ``min ≤ contract0`` when ``contract.no_new`` forbids growth;
    * the posts of an office and year hold its locked established staff: posts ``max ≥`` staff ``min``.

    What can only be seen with the whole plan (a lock against the budget or the minimum staff,
    posts locked in two years further apart than ``step`` allows) is left to the solver: an
    infeasible run then names the lock's row (:mod:`staffopt.solver.diagnose`). ``data`` is the
    instance's :class:`ModelData` when the caller has it (derived here otherwise).
    """
    if not instance.locks:
        return []
    offices = {o.id: o for o in instance.offices}
    years = set(instance.years)
    problems: list[Problem] = []
    valid: list[Lock] = []
    for lock in instance.locks:
        if lock.office not in offices:
            problems.append(_problem(lock, "office id", lock.office, Msg("expect.office_in_offices")))
        elif lock.year not in years:
            problems.append(_problem(lock, "year", lock.year, year_expected(instance.settings)))
        else:
            valid.append(lock)
    if valid:
        data = derive(instance) if data is None else data
        check = {"posts": _posts_lock, "staff": _staff_lock, "contract": _contract_lock}
        for lock in valid:
            problems.extend(check[lock.what](instance, data, lock))
        problems.extend(_posts_below_staff(valid))
    return sorted(problems, key=lambda p: p.row or 0)


def _posts_lock(instance: Instance, data: ModelData, lock: Lock) -> list[Problem]:
    """Posts within ``[posts_least, posts0 + step·k]``."""
    o, t, t0 = data.offices[lock.office], lock.year, instance.base_year
    least, most = data.posts_least[o.id, t], data.posts_most[o.id, t]
    reach = Msg("lock.reach_posts", least=least, most=most, year=t, posts0=o.posts0, base=t0,
                step=o.post_step, source=post_step_source(instance, o.id))
    out = []
    if lock.lo is not None and lock.lo > most:
        out.append(_problem(lock, "min", lock.lo, Msg("lock.at_most", n=most, why=reach)))
    if lock.hi is not None and lock.hi < least:
        floor = data.staff_floor[o.id, t]
        why: Msg | str = Msg("lock.attrition_floor", floor=floor, param=param(instance, "staff.attrition")) \
            if least == floor else ""
        out.append(_problem(lock, "max", lock.hi, Msg("lock.at_least_why", n=least, reach=reach, why=why)))
    return out


def _staff_lock(instance: Instance, data: ModelData, lock: Lock) -> list[Problem]:
    """Established staff within ``[staff_floor, staff_most]`` (attrition; hiring cap and posts)."""
    o, t, t0 = data.offices[lock.office], lock.year, instance.base_year
    floor, most = data.staff_floor[o.id, t], data.staff_most[o.id, t]
    out = []
    if lock.hi is not None and lock.hi < floor:
        out.append(_problem(lock, "max", lock.hi, Msg(
            "lock.staff_floor", floor=floor, param=param(instance, "staff.attrition"), staff0=o.staff0,
            base=t0, year=t)))
    if lock.lo is not None and lock.lo > most:
        if o.staff0 + o.hire_cap * (t - t0) <= data.posts_most[o.id, t]:
            why = Msg("lock.hiring", staff0=o.staff0, base=t0, cap=o.hire_cap,
                      rate=param(instance, "staff.hire_rate"), least=param(instance, "staff.hire_min"))
        else:
            why = Msg("lock.need_posts", most=most, source=post_step_source(instance, o.id))
        out.append(_problem(lock, "min", lock.lo, Msg("lock.at_most_in", n=most, year=t, why=why)))
    return out


def _contract_lock(instance: Instance, data: ModelData, lock: Lock) -> list[Problem]:
    """Contract staff at most ``contract0`` when ``contract.no_new``."""
    o, t0 = data.offices[lock.office], instance.base_year
    if instance.settings.bool("contract.no_new") and lock.lo is not None and lock.lo > o.contract0:
        return [_problem(lock, "min", lock.lo, Msg(
            "lock.no_new", n=o.contract0, param=param(instance, "contract.no_new"), base=t0))]
    return []


def _posts_below_staff(locks: list[Lock]) -> list[Problem]:
    """A posts lock whose max is below the staff lock's min of the same office and year."""
    staff_min: Mapping[tuple[str, int], Lock] = {
        (lk.office, lk.year): lk for lk in locks if lk.what == "staff" and lk.lo is not None}
    out = []
    for lock in locks:
        other = staff_min.get((lock.office, lock.year))
        if lock.what == "posts" and lock.hi is not None and other is not None and other.lo is not None \
                and lock.hi < other.lo:
            out.append(_problem(lock, "max", lock.hi, Msg(
                "lock.posts_below_staff", n=other.lo, row=other.row, year=lock.year)))
    return out
