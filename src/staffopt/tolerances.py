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

#: Relative slack when the yearly pool rows are checked on the merged plan of the provinces
#: (float sums over 3,000 offices; far below HiGHS's feasibility tolerance: solver/pool.py).
POOL_CHECK = 1e-9

#: CBC's absolute MIP gap (``solver.backend = cbc``): HiGHS's default ``mip_abs_gap``, so CBC
#: stops where HiGHS would (python-mip's own default is 1e-10).
CBC_ABSOLUTE_GAP = 1e-6

#: Relative tolerance added to a finished lexicographic stage's value when it becomes the bound
#: ``stage objective ≤ value + STAGE_TOLERANCE·max(1, |value|)`` of the next stage.
STAGE_TOLERANCE = 1e-6

#: Relative difference between the objective HiGHS reports for a stage and the value of the plan
#: it returns (``costs·x + offset``) beyond which the plan is not the one the objective is of
#: (a postsolve fault seen on a one-office model started from a plan: solver/stages.py).
OBJECTIVE_CHECK = 1e-6

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

# --- report thresholds (what a report shows as zero, over target, or unchanged) -------------------
#: A marginal value, share or amount at or below this is shown as zero / not binding.
REPORT_ZERO = 1e-9
#: Person-times of unmet workload below this are rounding, not a shortfall (headline, warnings).
UNMET_SHOWN = 1e-6
#: A load ratio this far above its target (relative) is flagged "above target" in the charts.
OVER_TARGET = 1e-6
#: Two figures of two run folders are "the same" within this relative tolerance (``staffopt diff``).
SAME_REL = 1e-12
#: A budget this close to its cap (relative) counts as fully used: the cap binds (what-if steps, price).
FIT_SLACK = 1e-6
#: Two plans' costs within this relative difference are the same plan cost (frontier steps).
SAME_COST = 1e-7
