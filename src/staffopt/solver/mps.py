"""The compiled model as a free-format MPS file at full precision: the hand-off to SCIP and CBC.

:func:`write_mps` writes the arrays of :class:`~staffopt.solver.compile.CompiledModel` with one
objective's costs, every number as ``repr`` (17 significant digits, so the solver reads back
exactly the doubles staffopt built — HiGHS's own MPS writer rounds to 15), columns ``c0 … c{n-1}``
in the compiled order and rows ``r0 … r{m-1}``. The objective's constant is not in the file (the
caller adds it, or gives it to the solver as a fixed column, :mod:`staffopt.solver.cbc`).
"""

from __future__ import annotations

import math
from pathlib import Path

from staffopt.solver.compile import CompiledModel


def _num(x: float) -> str:
    return repr(float(x))


def write_mps(compiled: CompiledModel, objective: str, path: Path) -> None:
    """Write ``compiled`` with the costs of ``objective`` as free MPS, numbers at full precision."""
    lower, upper = compiled.row_lower, compiled.row_upper
    lines = ["NAME staffopt", "ROWS", " N obj"]
    kinds = []
    for i in range(compiled.num_row):
        lo, hi = lower[i], upper[i]
        kind = "E" if lo == hi else ("L" if math.isinf(lo) else ("G" if math.isinf(hi) else "L"))
        kinds.append(kind)
        lines.append(f" {kind} r{i}")
    lines.append("COLUMNS")
    cost = compiled.costs[objective]
    start, index, value = compiled.a_start, compiled.a_index, compiled.a_value
    marked = False
    for j in range(compiled.num_col):
        integer = bool(compiled.integer[j])
        if integer and not marked:
            lines.append(" M1 'MARKER' 'INTORG'")
            marked = True
        elif not integer and marked:
            lines.append(" M2 'MARKER' 'INTEND'")
            marked = False
        entries = [f" c{j} obj {_num(cost[j])}"] if cost[j] != 0 else []
        entries += [f" c{j} r{index[k]} {_num(value[k])}" for k in range(start[j], start[j + 1])]
        lines.extend(entries or [f" c{j} obj 0"])
    if marked:
        lines.append(" M2 'MARKER' 'INTEND'")
    lines.append("RHS")  # the objective's constant is not in the file (see the module)
    ranges = []
    for i, kind in enumerate(kinds):
        lo, hi = lower[i], upper[i]
        rhs = lo if kind == "G" else hi
        if rhs != 0:
            lines.append(f" rhs r{i} {_num(rhs)}")
        if kind == "L" and not math.isinf(lo):  # a ranged row lo ≤ a·x ≤ hi
            ranges.append(f" rng r{i} {_num(hi - lo)}")
    if ranges:
        lines += ["RANGES", *ranges]
    lines.append("BOUNDS")
    for j in range(compiled.num_col):
        lo, hi = compiled.col_lower[j], compiled.col_upper[j]
        if lo == hi:
            lines.append(f" FX bnd c{j} {_num(lo)}")
            continue
        if math.isinf(lo):
            lines.append(f" MI bnd c{j}")
        elif lo != 0 or compiled.integer[j]:
            lines.append(f" LO bnd c{j} {_num(lo)}")
        if math.isinf(hi):
            if compiled.integer[j]:
                lines.append(f" PL bnd c{j}")
        else:
            lines.append(f" UP bnd c{j} {_num(hi)}")
    lines.append("ENDATA")
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
