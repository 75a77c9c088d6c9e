"""Range parsing of ``--vary``, ``--scheduler`` addresses and frontier jobs (no solver)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from staffopt.errors import EXIT_INPUT, InputError
from staffopt.settings import Settings
from staffopt.whatif.sweep import Job, check_scheduler_address, frontier_jobs, parse_vary, single_thread


def test_float_range() -> None:
    key, values = parse_vary("budget.fund_share=0.005:0.04:8")
    assert key == "budget.fund_share"
    assert len(values) == 8 and values[0] == 0.005 and values[-1] == 0.04
    assert values == sorted(values)
    assert values[1] == pytest.approx(0.01)


def test_percent_and_descending() -> None:
    _, values = parse_vary("budget.fund_share=4%:1%:4")
    assert values == [0.04, 0.03, 0.02, 0.01]


def test_int_range_rounds_and_dedupes() -> None:
    key, values = parse_vary("posts.step=0:3:7")
    assert key == "posts.step" and values == [0, 1, 2, 3]
    assert all(isinstance(v, int) for v in values)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("budget.fund_share", "KEY=START:STOP:STEPS"),
        ("budget.fund_share=0.01:0.02", "KEY=START:STOP:STEPS"),
        ("budget.fund_sharee=0.01:0.02:3", "numeric parameter key"),
        ("budget.regime=0:1:3", "numeric parameter key"),
        ("budget.fund_share=0.01:2:3", "from 0 to 1"),
        ("target.county=abc:5000:3", "START and STOP"),
        ("target.county=3000:5000:1", "STEPS"),
        ("target.county=3000:5000:x", "STEPS"),
        ("target.county=3000:5000:1000", "STEPS"),
        ("target.county=3000:3000:4", "different"),
        ("posts.step=0:1:2", None),
    ],
)
def test_bad_ranges(text: str, fragment: str | None) -> None:
    if fragment is None:
        assert parse_vary(text)[1] == [0, 1]
        return
    with pytest.raises(InputError) as err:
        parse_vary(text)
    assert err.value.exit_code == EXIT_INPUT
    assert err.value.problems[0].sheet == "--vary"
    assert fragment in err.value.problems[0].expected


def vary_error(text: str) -> str:
    with pytest.raises(InputError) as err:
        parse_vary(text)
    return err.value.problems[0].expected


def test_misspelt_key_suggests_the_closest() -> None:
    expected = vary_error("budget.fund_sharee=0.01:0.02:3")
    assert "did you mean budget.fund_share?" in expected
    assert "target.county" not in expected  # no dump of every key when one is close


def test_unknown_key_lists_the_varying_keys_by_group() -> None:
    expected = vary_error("payroll=1:2:3")
    assert "target: target.provincial, target.municipal, target.county, target.reach_year" in expected
    assert "budget: budget.growth, budget.fund_share" in expected
    assert "solver" not in expected and "base_year" not in expected and "budget.regime" not in expected


@pytest.mark.parametrize(("key", "fragment"), [("solver.seed", "--time-limit"),
                                               ("solver.time_limit", "not varied"),
                                               ("base_year", "year of the workbook's data"),
                                               ("budget.regime", "choice (fiscal, fund, none)"),
                                               ("contract.no_new", "is a bool")])
def test_keys_that_cannot_be_varied_say_why(key: str, fragment: str) -> None:
    expected = vary_error(f"{key}=1:2:2")
    assert fragment in expected and "target.county" not in expected


@given(st.floats(100, 1e5), st.floats(100, 1e5), st.integers(2, 50))
def test_range_endpoints_and_count(start: float, stop: float, steps: int) -> None:
    if abs(start - stop) < 1e-6:
        return
    _, values = parse_vary(f"target.county={start!r}:{stop!r}:{steps}")
    assert len(values) == steps
    assert values[0] == pytest.approx(start) and values[-1] == pytest.approx(stop)
    diffs = [b - a for a, b in zip(values, values[1:], strict=False)]
    assert all(d > 0 for d in diffs) or all(d < 0 for d in diffs)


def test_frontier_jobs_copy_base() -> None:
    base = Settings().with_overrides({"budget.regime": "fund"})
    jobs = frontier_jobs(base, "budget.fund_share", [0.01, 0.02])
    assert [j.name for j in jobs] == ["budget.fund_share=0.01", "budget.fund_share=0.02"]
    assert [j.settings["budget.fund_share"] for j in jobs] == [0.01, 0.02]
    assert all(j.settings["budget.regime"] == "fund" for j in jobs)
    assert base["budget.fund_share"] == 0.01


def test_single_thread() -> None:
    s = Settings().with_overrides({"solver.threads": 4})
    assert single_thread(s)["solver.threads"] == 1
    assert single_thread(Settings()) == Settings()
    assert Job("a", s).settings is s


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:8786", "tcp://node-1.lan:9000", "tls://10.0.0.5:8786"])
def test_good_scheduler_addresses(address: str) -> None:
    assert check_scheduler_address(address) == address


@pytest.mark.parametrize("address", ["127.0.0.1:8786", "tcp://host", "http://h:1", "tcp://:8786", "tcp://h:x"])
def test_bad_scheduler_addresses(address: str) -> None:
    with pytest.raises(InputError) as err:
        check_scheduler_address(address)
    assert err.value.problems[0].sheet == "--scheduler"


def test_unreachable_scheduler_is_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import staffopt.whatif.sweep as sweep
    from staffopt.synthetic import national_instance

    monkeypatch.setattr(sweep, "CONNECT_TIMEOUT", 1.0)
    data = national_instance(provinces=1, municipal=1, county=1, horizon=1)
    with pytest.raises(InputError) as err:
        sweep.run_sweep(data, [Job("a", data.parameters)], scheduler="tcp://127.0.0.1:1")
    assert err.value.exit_code == EXIT_INPUT
    problem = err.value.problems[0]
    assert problem.sheet == "--scheduler" and problem.value == "tcp://127.0.0.1:1"
    assert "connection to 127.0.0.1:1 was refused" in problem.expected  # named as refused, not a timeout
