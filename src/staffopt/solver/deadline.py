"""The run's time limit as one account that every solver call draws from.

``solver.time_limit`` (``--time-limit``) bounds the *solver work* of one run: every stage of every
province block, the marginal-value LPs and the elastic re-solve of an infeasible model. A
:class:`Deadline` is made once per :func:`~staffopt.solver.solve.solve` and passed down; each
solver call asks it for a slot and gets the time left as its own limit:

* stages (:meth:`Deadline.slot` with ``extra=False``) together never get more than ``limit``;
* marginal values and the diagnosis (``extra=True``) may also use :data:`EXTRA` of it, so the
  last block's marginal LP still fits: all solver work ≤ ``(1 + EXTRA)·limit``, plus what a
  solver overshoots its own limit by (HiGHS checks its clock often; well under a second here).

Slots are reserved while the call runs, so calls running at the same time (province blocks on
two threads) never hand out the same seconds twice; the seconds actually used are booked when the
call returns. Reading the workbook, building the model and writing the report are not solver work:
``staffopt solve`` prints the whole run's time beside the solver's.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from time import perf_counter

#: Share of the limit that marginal values and the diagnosis may use beyond it.
EXTRA = 0.10
#: A slot shorter than this is not worth starting a solver for (seconds).
MIN_SLOT = 0.01


class Deadline:
    """Solver seconds of one run (see module docstring); safe to share between threads."""

    def __init__(self, limit: float, extra: float = EXTRA) -> None:
        """``limit`` seconds for the stages, ``extra·limit`` more for marginal values and diagnosis."""
        self.limit = max(0.0, float(limit))
        self.total = self.limit * (1.0 + extra)
        self._spent = 0.0
        self._reserved = 0.0
        self._lock = threading.Lock()

    @property
    def spent(self) -> float:
        """Solver seconds used so far (calls that returned)."""
        with self._lock:
            return self._spent

    def left(self, *, extra: bool = False) -> float:
        """Seconds still free for stages (``extra``: for marginal values and diagnosis)."""
        with self._lock:
            return self._left(extra)

    def _left(self, extra: bool) -> float:
        cap = self.total if extra else self.limit
        return max(0.0, cap - self._spent - self._reserved)

    @contextmanager
    def slot(self, want: float | None = None, *, extra: bool = False) -> Iterator[float]:
        """Reserve up to ``want`` seconds (all that is left if ``None``) for one solver call.

        Yields the seconds granted (0 when fewer than :data:`MIN_SLOT` are left: do not start the
        solver); the wall seconds the block takes are booked as spent when it ends.
        """
        with self._lock:
            free = self._left(extra)
            grant = free if want is None else min(max(0.0, want), free)
            if grant < MIN_SLOT:
                grant = 0.0
            self._reserved += grant
        started = perf_counter()
        try:
            yield grant
        finally:
            used = perf_counter() - started if grant > 0 else 0.0
            with self._lock:
                self._reserved -= grant
                self._spent += used
