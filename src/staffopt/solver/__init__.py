"""The solver: from an :class:`~staffopt.instance.Instance` to a :class:`~staffopt.results.Result`.

Public entry point: :func:`staffopt.solver.solve.solve` (imported from its module, so a test can
wrap it in one place). The modules, in the order a solve uses them:

* :mod:`~staffopt.solver.blocks` — independent province blocks and how the time limit is shared;
* :mod:`~staffopt.solver.compile` — the Pyomo model as arrays for HiGHS;
* :mod:`~staffopt.solver.highs` — the HiGHS adapter and its process-wide state;
* :mod:`~staffopt.solver.stages` — lexicographic stages on one HiGHS model;
* :mod:`~staffopt.solver.marginals` — marginal values from the fixed-integer LP;
* :mod:`~staffopt.solver.diagnose` — the infeasibility explanation (elastic re-solve);
* :mod:`~staffopt.solver.solve` — :func:`~staffopt.solver.solve.solve` itself: one block end to
  end, merging the blocks, the objective terms.
"""
