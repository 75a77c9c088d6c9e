"""Independent blocks: when the model separates by province, solve each province on its own.

In the fiscal regime (every budget row is one office), with no budget limit, or in the fund
regime with one pool per province, no row links two provinces: the shared platform, the budget
rows and every office family stay inside a province, and the cost and weighted-unmet objectives
are sums over provinces. The MIP is then block-diagonal and the plan of each province can be
optimised alone — exactly the same optimum, found far faster by HiGHS (measured in
``docs/model.md``). The ``equity`` objective (a maximum over all offices) and a fund pool spanning
the whole instance do link provinces and are solved as one model.
"""

from __future__ import annotations

from dataclasses import replace

from staffopt.instance import Instance


def separable(instance: Instance) -> bool:
    """True when no row or objective links two provinces (see module docstring)."""
    st = instance.settings
    if st.str("objective") == "equity":
        return False
    regime = st.str("budget.regime")
    return regime in ("fiscal", "none") or (regime == "fund" and st.str("budget.pool") == "province")


def province_blocks(instance: Instance) -> list[Instance]:
    """One sub-instance per province (offices in input order, same targets and settings).

    Targets are kept from the whole instance (they depend on each level's base-year ratio over
    all offices), so each block's model is exactly its province's part of the whole model.
    """
    provinces = instance.provinces
    if len(provinces) <= 1 or not separable(instance):
        return [instance]
    blocks = []
    for p in provinces:
        ids = {o.id for o in instance.offices if o.province == p}
        pools = {instance.pool_of[o] for o in ids}
        blocks.append(replace(
            instance,
            offices=tuple(o for o in instance.offices if o.id in ids),
            workload={k: v for k, v in instance.workload.items() if k[0] in ids},
            appropriation={k: v for k, v in instance.appropriation.items() if k[0] in ids},
            pool_of={o: instance.pool_of[o] for o in ids},
            fund_spend={k: v for k, v in instance.fund_spend.items() if k[0] in pools},
            standard_posts={k: v for k, v in instance.standard_posts.items() if k[0] in ids},
            locks=tuple(lock for lock in instance.locks if lock.office in ids),
        ))
    return blocks
