"""The staffopt planning model (Pyomo): ``build_model(instance)`` reads like its table of contents.

Each constraint family of ``docs/model.md`` is built by its own function, whose docstring
states it in math with its index domain.
"""

from __future__ import annotations

import pyomo.environ as pyo
from pyomo.common.gc_manager import PauseGC

from staffopt.instance import Instance
from staffopt.model.budget import add_budget, add_cost_lines
from staffopt.model.digital import add_digital_capital, add_digital_service
from staffopt.model.load import add_load_ratio
from staffopt.model.locks import add_locks
from staffopt.model.objective import STAGES, add_objectives
from staffopt.model.sets import ModelData, add_sets, derive
from staffopt.model.staffing import (
    add_attrition_and_hiring,
    add_contract_rules,
    add_minimum_staffing,
    add_post_adjustment,
    add_posts_bound_staff,
    add_professional_share,
)
from staffopt.model.standards import add_staffing_standard
from staffopt.model.training import add_training_bounds
from staffopt.model.variables import add_variables

__all__ = ["STAGES", "ModelData", "build_model"]


def build_model(instance: Instance) -> pyo.ConcreteModel:
    """Build the Pyomo model of ``instance``; ``model.data`` holds the derived constants.

    Python's cyclic garbage collector is paused while building (it otherwise ran thousands of
    passes over the growing model: 6.8 → 2.9 s wall for the national instance's 31 provinces).
    """
    with PauseGC():  # many long-lived objects, little garbage
        data = derive(instance)
        m = pyo.ConcreteModel(name="staffopt")
        m.data = data
        add_sets(m, data)
        add_variables(m, data)
        # staffing
        add_posts_bound_staff(m, data)  # 1
        add_post_adjustment(m, data)  # 2
        add_attrition_and_hiring(m, data)  # 3
        add_contract_rules(m, data)  # 4
        add_professional_share(m, data)  # 5
        add_training_bounds(m, data)  # 6
        # digital
        add_digital_capital(m, data)  # 7
        add_digital_service(m, data)  # 8
        # service and standards
        add_load_ratio(m, data)  # 9
        add_minimum_staffing(m, data)  # 10
        add_staffing_standard(m, data)  # 11
        add_locks(m, data)  # 13, locks (bounds; after 2, which fixes frozen posts)
        # money
        add_cost_lines(m, data)  # cost in the four official lines
        add_budget(m, data)  # 12
        add_objectives(m, data)
    return m
