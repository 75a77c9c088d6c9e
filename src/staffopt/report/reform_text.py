"""Texts of the headline, price, briefing, provenance and diff features: names over the one catalog.

Every text lives in the catalog (:mod:`staffopt.text`; keys ``headline.*``, ``prov.*``,
``brief.*``, ``price.*``, ``diff.*`` …); :func:`t` renders one. A preset's name as a report shows
it is ``preset.<name>.name``, a parameter's ``param.<key>.label``.
"""

from __future__ import annotations

from staffopt.schema import Lang
from staffopt.text import has, t

__all__ = ["SCENARIO_ZH", "parameter_label", "scenario_label", "t"]

#: The built-in presets with a name of their own in the catalog (``preset.<name>.name``).
_PRESET_NAMES: tuple[str, ...] = (
    "status_quo", "dynamic_posts", "fund_1pct", "fund_austria", "fund_korea", "ratio_xinjiang",
    "ratio_beijing", "ratio_chengdu", "henan_standard", "pro_share_2011", "shared_platform", "office_it",
    "new_employment", "reform_package",
)
#: Chinese names of the built-in presets (read from the catalog).
SCENARIO_ZH: dict[str, str] = {name: t(f"preset.{name}.name", "zh") for name in _PRESET_NAMES}


def scenario_label(name: str, lang: Lang) -> str:
    """A scenario's name as a report in ``lang`` shows it: a preset's catalog name, else the name itself."""
    key = f"preset.{name}.name"
    return t(key, lang) if has(key, lang) else name


def parameter_label(key: str, lang: Lang) -> str:
    """``budget.fund_share`` in English; ``基金支出占比上限(budget.fund_share)`` in Chinese."""
    text = f"param.{key}.label"
    return t(text, lang) if has(text, lang) else key
