"""Explain an infeasible model in a budget officer's terms.

* :mod:`~staffopt.solver.diagnose.direct` — conflicts the data prove alone, checked before any
  model is built (:func:`~staffopt.solver.diagnose.direct.direct_diagnosis`);
* :mod:`~staffopt.solver.diagnose.explain` — the elastic re-solve and the grouped explanation
  (:func:`~staffopt.solver.diagnose.explain.diagnose`, :func:`~staffopt.solver.diagnose.explain.explain`);
* :mod:`~staffopt.solver.diagnose.rules` — one conflict told with the elastic plan's figures;
* :mod:`~staffopt.solver.diagnose.text` — wording shared by both (amounts, offices, sources).
"""
