"""Family 13, locks 锁定: posts, established or contract staff fixed or bounded by the user.

``lo[l] ≤ x_l[o_l, t_l] ≤ hi[l]   ∀ l ∈ L``, where ``L`` are the rows of the locks sheet
(:class:`staffopt.locks.Lock`), ``x_l ∈ {posts, staff, contract}`` the locked variable and a
missing side is no bound (``min = max`` fixes the value).

Applied as bounds of the one variable each lock concerns — no row — intersected with the bounds
the data already imply (:func:`staffopt.model.variables.add_variables`): a lock only tightens.
The one exception is the upper bound of ``contract``, which is not a rule but "more contract staff
than the whole workload needs is never useful" (``contract_most``): a lock's min above it raises
it. Locks were checked against the reachable bounds when the instance was built
(:func:`staffopt.locks.lock_problems`), so the intersection is never empty; posts frozen by
``step = 0`` are fixed already and a lock on them equals ``posts0``.

The bounds each lock replaced are kept in ``m.lock_bounds`` (:class:`LockBound`): the
infeasibility diagnosis restores them and relaxes the lock like a policy row, so an infeasible
plan caused by a lock names the lock's row.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyomo.environ as pyo

from staffopt.locks import Lock
from staffopt.model.sets import ModelData


@dataclass(frozen=True)
class LockBound:
    """One applied lock: the lock, its variable (name, index) and the bounds without the lock."""

    lock: Lock
    var: str  # posts | staff | contract
    index: tuple[str, int]
    free_lb: float
    free_ub: float


def add_locks(m: pyo.ConcreteModel, data: ModelData) -> None:
    """Add family 13, the locks, as variable bounds (see the module docstring for the math)."""
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
