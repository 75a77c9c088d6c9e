"""Results of a solve: the immutable :class:`Result` with its :class:`Status`, and what is built on it.

* :mod:`staffopt.results.result` — :class:`Result` (tidy tables, objective terms, timings) and
  :class:`Status`;
* :mod:`staffopt.results.tables` — pure functions from a solution to the tidy tables;
* :mod:`staffopt.results.check` — the independent plan checker (recomputes every constraint
  family from the tables and the instance alone).
"""

from staffopt.results.result import Result, Status

__all__ = ["Result", "Status"]
