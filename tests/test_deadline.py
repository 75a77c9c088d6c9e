"""The run's time limit as one account (solver/deadline.py): what each solver call is granted.

A fake clock stands in for the wall clock, so each slot "takes" exactly one second whatever the
machine does: the tests check the accounting, never a timing.
"""

from __future__ import annotations

import itertools

import pytest

import staffopt.solver.deadline as deadline_module
from staffopt.solver.deadline import MIN_SLOT, Deadline
from staffopt.solver.solve import solve_block
from test_model_support import instance_of, make_data, office


@pytest.fixture
def one_second_slots(monkeypatch: pytest.MonkeyPatch) -> None:
    ticks = itertools.count()
    monkeypatch.setattr(deadline_module, "perf_counter", lambda: float(next(ticks)))  # each slot: 1 s


def test_slots_never_hand_out_the_same_seconds_twice() -> None:
    d = Deadline(10.0)
    with d.slot(6.0) as a, d.slot(6.0) as b, d.slot(extra=True) as c, d.slot() as e:
        assert (a, b, c, e) == (6.0, 4.0, pytest.approx(1.0), 0.0)
        assert d.left() == 0.0 and d.left(extra=True) == 0.0
    assert d.left() == pytest.approx(10.0 - d.spent)


def test_spent_seconds_are_booked_and_the_extra_share_is_separate(one_second_slots: None) -> None:
    d = Deadline(2.0)
    for _ in range(2):
        with d.slot() as granted:
            assert granted > 0
    assert d.spent == 2.0 and d.left() == 0.0
    with d.slot() as granted:
        assert granted == 0.0  # stages: nothing left
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


def test_stages_share_the_limit_and_marginals_use_the_extra_share(one_second_slots: None) -> None:
    # each slot takes 1 s on the fake clock: the first stage uses the whole 1 s limit, the second
    # stage gets nothing (time limit, the first stage's plan is kept), the marginal LP its 10 %
    d = Deadline(1.0)
    out = solve_block(_tiny("service"), lambda stage, info: None, 1.0, None, d)  # type: ignore[arg-type]
    assert out.status == "time_limit" and out.solution is not None
    assert list(out.values) == ["obj_unmet"]
    assert any("stage 'least cost': stopped at the time limit (1 s, solver.time_limit); the best plan "
               "found is reported" in en for en, _ in out.messages)
    assert out.marginals.workload  # the extra share paid for the fixed-integer LP
    assert d.spent == 2.0


def test_no_time_left_at_all_gives_no_plan_and_says_so(one_second_slots: None) -> None:
    d = Deadline(1.0)
    with d.slot(extra=True):
        pass  # someone else used the whole account, extra share included
    out = solve_block(_tiny("cost"), lambda stage, info: None, 1.0, None, d)  # type: ignore[arg-type]
    assert out.status == "time_limit" and out.solution is None
    assert out.messages[0][0] == ("stage 'least cost': stopped at the time limit (1 s, solver.time_limit); "
                                  "no plan was found")
