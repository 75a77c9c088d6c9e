"""Which MIP solver runs a solve: ``solver.backend`` = ``auto`` (default) | ``highs`` | ``scip`` | ``cbc``.

``auto`` chooses per model class, from ``benchmarks/bench_backends.py`` (CPU seconds to a 0.1 %
gap, one thread; figures in ``benchmarks/README.md``):

* **one province** (the shipped example: 103 offices × 5 years) — **HiGHS**. Both solvers finish
  in under 1.5 s of CPU in every regime: SCIP is faster by 0.4–0.8 s with a fiscal budget or none,
  HiGHS by 0.6 s with a fund pool per province, and HiGHS closes the gap furthest (the example's
  fiscal plan costs 10 万元 less than SCIP's at the same 0.1 % gap), which weighs more than a second;
* **several provinces** (a national instance, its provinces solved as blocks or one fund pool
  split by province) — **SCIP**: in CPU, 3.6–5.1× faster than HiGHS on the fiscal blocks, 4.0–6.0×
  with no budget (what the instance-wide pool solves first), 2.0–2.4× with a pool per province
  (three runs, staffopt's path and the raw solvers alike), and it proves the default national
  fund pool to 0.1 % in 59 s where HiGHS needs 171 s of CPU.

The choice depends on the instance alone (not on the machine or its load), so a solve of the same
input gives the same plan. Whichever runs, the statuses, the lexicographic stages, the time limit
and the marginal values (HiGHS's fixed-integer LP) are the same (:mod:`staffopt.solver.scip`).

``cbc`` (CBC through python-mip, the optional extra ``staffopt[cbc]``, :mod:`staffopt.solver.cbc`)
is only run when asked for: ``auto`` never chooses it (see ``benchmarks/README.md``).
"""

from __future__ import annotations

from staffopt.errors import SolveError
from staffopt.settings import Settings
from staffopt.text import Msg

#: Backends a run can use; ``auto`` resolves to one of them.
BACKENDS = ("highs", "scip", "cbc")
#: ``auto`` gives SCIP to instances with at least this many provinces (the national class).
SCIP_FROM_PROVINCES = 2


def scip_installed() -> bool:
    """True when pyscipopt (SCIP) can be imported."""
    try:
        import pyscipopt  # noqa: F401
    except ImportError:
        return False
    return True


def cbc_installed() -> bool:
    """True when python-mip (``mip``) imports and has loaded its CBC library."""
    try:
        import mip.cbc
    except (ImportError, OSError):
        return False
    return bool(getattr(mip.cbc, "has_cbc", False))


def choose_backend(settings: Settings, provinces: int) -> tuple[str, list[Msg]]:
    """The backend of a run of ``provinces`` provinces, and notes for the user.

    An explicit ``highs``, ``scip`` or ``cbc`` is kept; ``scip`` without pyscipopt or ``cbc``
    without python-mip is an error (exit 3).
    ``auto`` is SCIP from :data:`SCIP_FROM_PROVINCES` provinces on, HiGHS below; when SCIP is
    not installed it falls back to HiGHS and says so.
    """
    asked = settings.str("solver.backend")
    if asked == "scip" and not scip_installed():
        raise SolveError(Msg("backend.scip_missing"))
    if asked == "cbc" and not cbc_installed():
        raise SolveError(Msg("backend.cbc_missing"))
    if asked != "auto":
        return asked, []
    if provinces < SCIP_FROM_PROVINCES:
        return "highs", []
    if not scip_installed():
        return "highs", [Msg("backend.auto_without_scip", provinces=provinces)]
    return "scip", []


def with_backend(settings: Settings, provinces: int) -> tuple[Settings, list[Msg]]:
    """``settings`` with ``solver.backend`` resolved by :func:`choose_backend`, and its notes."""
    backend, notes = choose_backend(settings, provinces)
    if backend == settings.str("solver.backend"):
        return settings, notes
    return settings.with_overrides({"solver.backend": backend}), notes
