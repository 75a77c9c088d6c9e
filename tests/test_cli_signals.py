"""``staffopt.cli.main`` run in-process gives back the caller's SIGINT and SIGTERM handlers.

The command ends with both signals ignored (a late one must not cut its exit short); a caller
that ran it in its own process (a test runner) must get its own handlers back, or it can then
only be killed with SIGKILL. When staffopt's own entry point installed the handlers, the process
exits next and the signals stay ignored.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from staffopt import interrupts
from staffopt.cli import main

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _callers_handler(signum: int, frame: Any) -> None:
    """A handler of the caller's own (never called here)."""


@pytest.fixture
def own_handlers(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[signal.Signals, Any]]:
    """The caller's handlers in place during the test; the runner's put back after it."""
    for key in ("owner", "interrupted", "signum"):
        monkeypatch.setitem(interrupts._state, key, interrupts._state[key])
    saved = {sig: signal.getsignal(sig) for sig in interrupts.SIGNALS}
    try:
        yield saved
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def _run_main(*argv: str) -> int | str | None:
    with pytest.raises(SystemExit) as done:  # click's standalone mode always exits
        main(list(argv))
    return done.value.code


@pytest.mark.parametrize("argv", [["--version"], ["no-such-command"]])
def test_main_gives_back_the_callers_handlers(
    own_handlers: dict[signal.Signals, Any], argv: list[str],
) -> None:
    signal.signal(signal.SIGINT, _callers_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _run_main(*argv)
    assert signal.getsignal(signal.SIGINT) is _callers_handler
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL


def test_pythons_own_ctrl_c_handler_comes_back(own_handlers: dict[signal.Signals, Any]) -> None:
    signal.signal(signal.SIGINT, signal.default_int_handler)
    assert _run_main("--version") == 0
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_after_the_entry_points_install_signals_stay_ignored(own_handlers: dict[signal.Signals, Any]) -> None:
    # staffopt.__main__ installs the handlers, then runs main(): the process exits next, so a late
    # Ctrl-C must not raise during the exit
    interrupts.install()
    _run_main("--version")
    for sig in interrupts.SIGNALS:
        assert signal.getsignal(sig) == signal.SIG_IGN
