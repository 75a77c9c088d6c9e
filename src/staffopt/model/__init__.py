"""The staffopt planning model (Pyomo): ``build_model(instance)`` reads like its table of contents.

Each constraint family of ``docs/model.md`` is built by its own function, whose docstring
states it in math with its index domain; :data:`staffopt.model.families.FAMILIES` lists them in
build order with the rows each adds.
"""

from __future__ import annotations

import pyomo.environ as pyo
from pyomo.common.gc_manager import PauseGC

from staffopt.instance import Instance
from staffopt.model.families import FAMILIES
from staffopt.model.objective import STAGES
from staffopt.model.sets import ModelData, add_sets, derive
from staffopt.model.variables import add_variables

__all__ = ["STAGES", "ModelData", "build_model"]


def build_model(instance: Instance) -> pyo.ConcreteModel:
    """Build the Pyomo model of ``instance``; ``model.data`` holds the derived constants.

    Sets, variables, then every family of :data:`~staffopt.model.families.FAMILIES` in order:
    staffing (1–6), digital (7–8), service and standards (9–11), the cost lines, the budget (12),
    the locks (13, bounds) and the objectives.

    Python's cyclic garbage collector is paused while building (it otherwise ran thousands of
    passes over the growing model: 6.8 → 2.9 s wall for the national instance's 31 provinces).
    """
    with PauseGC():  # many long-lived objects, little garbage
        data = derive(instance)
        m = pyo.ConcreteModel(name="staffopt")
        m.data = data
        add_sets(m, data)
        add_variables(m, data)
        for family in FAMILIES:
            family.build(m, data)
    return m
