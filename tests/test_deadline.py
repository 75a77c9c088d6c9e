"""The run's time limit as one account (solver/deadline.py): what each solver call is granted.

A fake clock stands in for the wall clock, so each slot "takes" exactly one second whatever the
machine does: the tests check the accounting, never a timing.
"""

from __future__ import annotations

import pytest

from staffopt.solver.deadline import MIN_SLOT, Deadline
from staffopt.solver.solve import solve_block
from test_model_support import instance_of, make_data, office


class Ticks:
    """A clock that moves one second each time it is read (a slot reads it at start and end)."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


def test_slots_side_by_side_share_the_clock() -> None:
    clock = Ticks()
    d = Deadline(10.0, clock=clock)
    with d.slot(6.0) as a, d.slot(20.0) as b:  # a starts at t=1; b at t=2: 9 s left
        assert (a, b) == (6.0, 9.0)
    # b ends (no read: a still runs); a ends at t=3: one period t=1…3, counted once, not per call
    assert d.spent == 2.0
    assert d.left() == 8.0 and d.left(extra=True) == pytest.approx(9.0)


def test_the_extra_share_is_for_marginals_and_diagnosis_only() -> None:
    d = Deadline(2.0, clock=Ticks())
    for _ in range(2):
        with d.slot() as granted:
            assert granted > 0
    assert d.spent == 2.0 and d.left() == 0.0
    with d.slot() as granted:
        assert granted == 0.0  # stages: nothing left, and a refused slot takes no time
    with d.slot(extra=True) as granted:
        assert granted == pytest.approx(0.2)  # marginal values / diagnosis: 10 % more
    assert d.spent == 3.0 and d.left(extra=True) == 0.0


def test_a_slot_too_short_to_start_a_solver_is_refused() -> None:
    d = Deadline(MIN_SLOT / 2)
    with d.slot() as granted:
        assert granted == 0.0
    assert d.spent == 0.0


def _tiny(objective: str) -> object:
    return instance_of(make_data([office(workload=1_000_000, posts=10, actual_staff=10)]), horizon=2,
                       objective=objective, unmet__penalty=0.5)


def test_stages_share_the_limit_and_marginals_use_the_extra_share() -> None:
    # each slot takes 1 s on the fake clock: the first stage uses the whole 1 s limit, the second
    # stage gets nothing (time limit, the first stage's plan is kept), the marginal LP its 10 %
    d = Deadline(1.0, clock=Ticks())
    out = solve_block(_tiny("service"), lambda stage, info: None, 1.0, None, d)  # type: ignore[arg-type]
    assert out.status == "time_limit" and out.solution is not None
    assert list(out.values) == ["obj_unmet"]
    assert any("stage 'least cost': stopped at the time limit (1 s, solver.time_limit); the best plan "
               "found is reported" in str(m) for m in out.messages)
    assert out.marginals.workload  # the extra share paid for the fixed-integer LP
    assert d.spent == 2.0


def test_no_time_left_at_all_gives_no_plan_and_says_so() -> None:
    d = Deadline(1.0, clock=Ticks())
    with d.slot(extra=True):
        pass  # someone else used the whole account, extra share included
    out = solve_block(_tiny("cost"), lambda stage, info: None, 1.0, None, d)  # type: ignore[arg-type]
    assert out.status == "time_limit" and out.solution is None
    assert str(out.messages[0]) == ("stage 'least cost': stopped at the time limit (1 s, solver.time_limit); "
                                  "no plan was found")
