"""The run's time limit as one clock that every solver call draws from.

``solver.time_limit`` (``--time-limit``) bounds the *solver work* of one run: every stage of every
province block, the marginal-value LPs and the elastic re-solve of an infeasible model. A
:class:`Deadline` is made once per :func:`~staffopt.solver.solve.solve` and passed down; each
solver call asks it for a slot and gets the time left as its own limit.

The clock runs while at least one solver call runs (wall seconds; calls running at the same time
on two threads share it, so two blocks solved side by side use the limit once, not twice) and
stands still while no solver runs (reading, building a model, reading a plan back):

* stages (:meth:`Deadline.slot` with ``extra=False``) are granted what is left of ``limit``;
* marginal values and the diagnosis (``extra=True``) may also use :data:`EXTRA` of it, so the
  last block's marginal LP still fits: solver time ≤ ``(1 + EXTRA)·limit``, plus what a solver
  overshoots its own limit by (HiGHS checks its clock often, but not inside presolve or one
  simplex iteration of a large LP).

**Python work and solver work on two threads.** Building a Pyomo model and reading a plan back are
Python (Pyomo is not made for threads); a solver call runs in C++ without the GIL. Threads that
solve blocks hold :meth:`Deadline.python_work` for their Python and give it up inside each
:meth:`Deadline.slot`, so one thread builds the next block while another's solver runs, and no
two threads ever run staffopt's or Pyomo's Python at once.

Reading the workbook, building the model and writing the report are not solver work:
``staffopt solve`` prints the whole run's time beside the solver's.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from time import perf_counter

#: Share of the limit that marginal values and the diagnosis may use beyond it.
EXTRA = 0.10
#: A slot shorter than this is not worth starting a solver for (seconds).
MIN_SLOT = 0.01


class Deadline:
    """Solver time of one run (see module docstring); safe to share between threads."""

    def __init__(self, limit: float, extra: float = EXTRA, clock: Callable[[], float] = perf_counter) -> None:
        """``limit`` seconds for the stages, ``extra·limit`` more for marginal values and diagnosis."""
        self.limit = max(0.0, float(limit))
        self.total = self.limit * (1.0 + extra)
        self._clock = clock
        self._booked = 0.0  # solver seconds of the periods that ended
        self._running = 0  # solver calls running now
        self._since = 0.0  # when the current period (some call running) began
        self._stop = math.inf  # stages end here too (spent seconds; see at_most)
        self._lock = threading.Lock()
        self._python = threading.Lock()
        self._holder = threading.local()

    def _spent(self, now: float) -> float:
        return self._booked + (now - self._since if self._running else 0.0)

    @property
    def spent(self) -> float:
        """Seconds during which a solver ran, so far."""
        with self._lock:
            return self._spent(self._clock())

    def _cap(self, extra: bool) -> float:
        return self.total if extra else min(self.limit, self._stop)

    def left(self, *, extra: bool = False) -> float:
        """Seconds still free for stages (``extra``: for marginal values and diagnosis)."""
        with self._lock:
            return max(0.0, self._cap(extra) - self._spent(self._clock()))

    @contextmanager
    def at_most(self, seconds: float) -> Iterator[None]:
        """Within the block, stages get at most ``seconds`` more than spent now (extras are not cut)."""
        with self._lock:
            before = self._stop
            self._stop = min(before, self._spent(self._clock()) + max(0.0, seconds))
        try:
            yield
        finally:
            with self._lock:
                self._stop = before

    @contextmanager
    def slot(self, want: float | None = None, *, extra: bool = False) -> Iterator[float]:
        """Grant up to ``want`` seconds (all that is left if ``None``) to one solver call.

        Yields the seconds granted (0 when fewer than :data:`MIN_SLOT` are left: do not start the
        solver). The clock runs from the start of the first call running to the end of the last.
        """
        with self._lock:
            now = self._clock()
            free = max(0.0, self._cap(extra) - self._spent(now))
            grant = free if want is None else min(max(0.0, want), free)
            if grant < MIN_SLOT:
                grant = 0.0
            else:
                if self._running == 0:
                    self._since = now
                self._running += 1
        handover = grant > 0 and getattr(self._holder, "held", False)
        if handover:  # let another thread do its Python work while this one's solver runs
            self._holder.held = False
            self._python.release()
        try:
            yield grant
        finally:
            if grant > 0:
                with self._lock:
                    self._running -= 1
                    if self._running == 0:
                        self._booked += self._clock() - self._since
            if handover:
                self._python.acquire()
                self._holder.held = True

    @contextmanager
    def python_work(self) -> Iterator[None]:
        """Hold the run's Python lock (given up inside each :meth:`slot` of this thread)."""
        self._python.acquire()
        self._holder.held = True
        try:
            yield
        finally:
            self._holder.held = False
            self._python.release()
