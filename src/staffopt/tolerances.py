"""Numerical tolerances of the model, the solver hand-off and the checks, each named once.

HiGHS proves a MIP plan feasible to about 1e-6 (its ``mip_feasibility_tolerance``), so a value
it returns may sit that far from a whole number or from a bound. Data-derived whole numbers are
rounded with a far smaller slack, so float noise in the data never adds or drops a person.
(The ``δ = 1e-4`` of the attrition floors is part of the model, not a tolerance:
:data:`staffopt.model.sets.ATTRITION_DELTA`.)
"""

from __future__ import annotations

#: A solver value within this of a whole number, a bound or zero is that number (HiGHS's
#: feasibility tolerance): slacks of the elastic re-solve at or below it are no conflict, and
#: person counts read from a plan are whole within it.
SOLVER_TOL = 1e-6

#: Slack when a quantity computed from data is rounded up to a whole number, ``⌈x − ε⌉``
#: (``0.07·100 = 7.000000000000001`` is 7 hires, not 8).
ROUNDING_SLACK = 1e-9

#: A solver value smaller than this in magnitude reads as 0 (and a value this close to a bound
#: is at the bound); also the least denominator of a relative gap.
ZERO = 1e-9

#: Relative tolerance added to a finished lexicographic stage's value when it becomes the bound
#: ``stage objective ≤ value + STAGE_TOLERANCE·max(1, |value|)`` of the next stage.
STAGE_TOLERANCE = 1e-6

#: Default tolerance of the plan checker, relative to the size of the numbers compared (at least
#: this much absolute).
CHECK_TOL = 1e-6
#: Least tolerance of the checker's comparisons of objective values and their terms.
OBJECTIVE_TOL = 1e-7
#: Least tolerance of the checker's comparisons of derived columns (ratios, shares).
DERIVED_TOL = 1e-9
#: Relative slack the checker allows a lexicographic stage bound: :data:`STAGE_TOLERANCE` plus
#: HiGHS's own feasibility tolerance.
STAGE_SLACK = 1e-5
