"""Hand-off of the Pyomo model to HiGHS as arrays (measured fastest, see ``docs/model.md``).

The model is compiled once by Pyomo's ``LinearStandardFormCompiler`` (``mixed_form=True``) into
a column-wise matrix; every active objective becomes one cost vector. The solution is mapped
back *by column order* (``columns[j]`` is the Pyomo ``VarData`` of column ``j``), and rows are
identified by their Pyomo ``ConstraintData`` (component name and index), never by parsing names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import highspy
import numpy as np
import pyomo.environ as pyo
from pyomo.repn.plugins.standard_form import LinearStandardFormCompiler

INF = highspy.kHighsInf


@dataclass
class CompiledModel:
    """Arrays of one compiled model plus the maps back to Pyomo components."""

    columns: list[Any]  # VarData per column
    col_lower: np.ndarray
    col_upper: np.ndarray
    integer: np.ndarray  # bool per column
    a_start: np.ndarray
    a_index: np.ndarray
    a_value: np.ndarray
    row_lower: np.ndarray
    row_upper: np.ndarray
    row_keys: list[tuple[str, Any]]  # (constraint component name, index) per row
    costs: dict[str, np.ndarray]  # objective name -> dense cost vector
    offsets: dict[str, float]  # objective name -> constant term

    @property
    def num_col(self) -> int:
        """Number of columns (variables not fixed)."""
        return len(self.columns)

    @property
    def num_row(self) -> int:
        """Number of rows."""
        return len(self.row_keys)

    def column_values(self, values: dict[tuple[str, Any], float]) -> np.ndarray:
        """``values`` by (variable name, index) in column order; 0 for a column not in ``values``."""
        keys = zip(component_names(self.columns), self.columns, strict=True)
        return np.array([values.get((name, v.index()), 0.0) for name, v in keys], dtype=float)

    def rows_by_key(self) -> dict[tuple[str, Any], int]:
        """Row index of each (component name, index)."""
        return {key: i for i, key in enumerate(self.row_keys)}

    def to_lp(self, objective: str) -> highspy.HighsLp:
        """Return a ``HighsLp`` with the cost vector of ``objective``."""
        lp = highspy.HighsLp()
        lp.num_col_ = self.num_col
        lp.num_row_ = self.num_row
        lp.col_cost_ = self.costs[objective]
        lp.offset_ = self.offsets[objective]
        lp.col_lower_ = self.col_lower
        lp.col_upper_ = self.col_upper
        lp.row_lower_ = self.row_lower
        lp.row_upper_ = self.row_upper
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = self.a_start
        lp.a_matrix_.index_ = self.a_index
        lp.a_matrix_.value_ = self.a_value
        lp.integrality_ = [
            highspy.HighsVarType.kInteger if flag else highspy.HighsVarType.kContinuous
            for flag in self.integer
        ]
        return lp


def component_names(items: Any) -> list[str]:
    """Local name of the component each ``VarData`` / ``ConstraintData`` of ``items`` belongs to.

    Pyomo's ``local_name`` rebuilds the name on every call (≈ 7 µs); a model has few distinct
    components, so each name is looked up once (by id: the components are alive meanwhile).
    """
    names: dict[int, str] = {}
    out = []
    for item in items:
        component = item.parent_component()
        name = names.get(id(component))
        if name is None:
            name = names[id(component)] = component.local_name
        out.append(name)
    return out


def compile_model(m: pyo.ConcreteModel) -> CompiledModel:
    """Compile every active constraint and objective of ``m`` (all objectives minimised)."""
    repn = LinearStandardFormCompiler().write(m, mixed_form=True)
    A = repn.A.tocsc()
    A.sort_indices()
    rhs = np.asarray(repn.rhs, dtype=float)
    senses = np.array([sense for _con, sense in repn.rows], dtype=int)
    row_lower = np.where(senses <= 0, rhs, -INF)
    row_upper = np.where(senses >= 0, rhs, INF)
    cons = [con for con, _sense in repn.rows]
    row_keys = list(zip(component_names(cons), [con.index() for con in cons], strict=True))
    columns = list(repn.columns)
    lower = np.array([-INF if v.lb is None else v.lb for v in columns], dtype=float)
    upper = np.array([INF if v.ub is None else v.ub for v in columns], dtype=float)
    integer = np.array([v.is_integer() or v.is_binary() for v in columns], dtype=bool)
    c = repn.c.toarray() if repn.c.shape[0] else np.zeros((0, len(columns)))
    costs = {obj.parent_component().local_name: np.asarray(c[i], dtype=float).ravel()
             for i, obj in enumerate(repn.objectives)}
    offsets = {obj.parent_component().local_name: float(repn.c_offset[i])
               for i, obj in enumerate(repn.objectives)}
    return CompiledModel(
        columns=columns, col_lower=lower, col_upper=upper, integer=integer,
        a_start=A.indptr.astype(np.int32), a_index=A.indices.astype(np.int32),
        a_value=A.data.astype(float), row_lower=row_lower, row_upper=row_upper,
        row_keys=row_keys, costs=costs, offsets=offsets,
    )
