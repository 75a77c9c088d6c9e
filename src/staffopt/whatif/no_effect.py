"""Parameters that cannot change the plan under the other settings of a run.

``budget.fund_share`` only enters the fund budget row, so a frontier over it under
``budget.regime = fiscal`` solves the same model at every step. :func:`ineffective_keys` finds
such keys from the settings alone (no data, no solve) and says why (catalog texts ``noeffect.*``), with
the setting that would make the key count. ``compare``, ``frontier`` (and ``solve --set``) warn
with these messages; the rules follow the model families in ``staffopt.model``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from staffopt.schema import RENAMED_PARAMETERS, Lang
from staffopt.settings import Settings
from staffopt.text import Msg, t


@dataclass(frozen=True)
class NoEffect:
    """Why ``key`` has no effect on the plan under some settings, and what would make it count."""

    key: str
    reason: Msg
    fix: Msg

    def message(self, lang: Lang) -> str:
        """One line: ``KEY has no effect: REASON; FIX`` in ``lang``."""
        return t("noeffect.line", lang, key=self.key, reason=self.reason, fix=self.fix)


#: A rule: (settings, key) → (reason, fix), or ``None`` when the key counts.
Rule = Callable[[Settings, str], "tuple[Msg, Msg] | None"]


def _fund_only(s: Settings, _key: str) -> tuple[Msg, Msg] | None:
    regime = s.str("budget.regime")
    if regime == "fund":
        return None
    return Msg("noeffect.fund_only", regime=regime), Msg("noeffect.fix.fund")


def _fiscal_only(s: Settings, _key: str) -> tuple[Msg, Msg] | None:
    regime = s.str("budget.regime")
    if regime == "fiscal":
        return None
    return Msg("noeffect.fiscal_only", regime=regime), Msg("noeffect.fix.fiscal")


def _report_mode(s: Settings) -> tuple[Msg, Msg] | None:
    if s.str("standard.mode") != "report":
        return None
    return Msg("noeffect.report_mode"), Msg("noeffect.fix.mode")


def _ratio_rule(s: Settings, _key: str) -> tuple[Msg, Msg] | None:
    rule = s.str("standard.rule")
    if rule != "ratio":
        return Msg("noeffect.ratio_rule", rule=rule), Msg("noeffect.fix.ratio")
    return _report_mode(s)


def _henan_rule(s: Settings, _key: str) -> tuple[Msg, Msg] | None:
    rule = s.str("standard.rule")
    if rule != "henan":
        return Msg("noeffect.henan_rule", rule=rule), Msg("noeffect.fix.henan")
    return _report_mode(s)


def _any_rule(s: Settings, _key: str) -> tuple[Msg, Msg] | None:
    if s.str("standard.rule") != "none":
        return None
    return Msg("noeffect.no_rule"), Msg("noeffect.fix.any_rule")


def _digital_on(s: Settings, _key: str) -> tuple[Msg, Msg] | None:
    if s.bool("digital.enabled"):
        return None
    return Msg("noeffect.digital_off"), Msg("noeffect.fix.digital")


def _platform_on(s: Settings, key: str) -> tuple[Msg, Msg] | None:
    off = _digital_on(s, key)
    if off is not None or s.bool("platform.enabled"):
        return off
    return Msg("noeffect.platform_off"), Msg("noeffect.fix.platform")


def _platform_share(s: Settings, key: str) -> tuple[Msg, Msg] | None:
    """platform.share: an existing platform serves it even when no new one may be built."""
    off = _digital_on(s, key)
    if off is not None or s.bool("platform.existing"):
        return off
    return _platform_on(s, key)


def _platform_running(s: Settings, key: str) -> tuple[Msg, Msg] | None:
    """platform.running_cost: an existing platform is paid for whatever the other switches say."""
    return None if s.bool("platform.existing") else _platform_on(s, key)


def _platform_new(s: Settings, key: str) -> tuple[Msg, Msg] | None:
    """platform.build_cost, platform.enabled: only a platform built in the plan uses them."""
    off = _platform_on(s, key) if key != "platform.enabled" else _digital_on(s, key)
    if off is not None or not s.bool("platform.existing"):
        return off
    return Msg("noeffect.platform_existing"), Msg("noeffect.fix.platform_existing")


def _training_on(s: Settings, _key: str) -> tuple[Msg, Msg] | None:
    if s.bool("training.enabled"):
        return None
    return Msg("noeffect.training_off"), Msg("noeffect.fix.training")


def _cost_objective(s: Settings, _key: str) -> tuple[Msg, Msg] | None:
    objective = s.str("objective")
    if objective == "cost":
        return None
    return Msg("noeffect.not_cost", objective=objective), Msg("noeffect.fix.cost")


def _pro_floor(s: Settings, _key: str) -> tuple[Msg, Msg] | None:
    if s.float("pro.share_min") > 0:
        return None
    return Msg("noeffect.no_pro_floor"), Msg("noeffect.fix.pro_floor")


def _reach_year(s: Settings, _key: str) -> tuple[Msg, Msg] | None:
    first = s.int("base_year") + 1
    reach = s.int("target.reach_year")
    if reach > first:
        return None
    return Msg("noeffect.reach_year", first=first), Msg("noeffect.fix.reach_year", later=first + 3)


def _reported_only(_s: Settings, _key: str) -> tuple[Msg, Msg] | None:
    return Msg("noeffect.reported_only"), Msg("noeffect.fix.reported_only")


def _renamed(_s: Settings, key: str) -> tuple[Msg, Msg] | None:
    new = RENAMED_PARAMETERS[key]
    why = _reported_only(_s, new)
    assert why is not None
    return Msg("noeffect.renamed", new=new, why=why[0]), Msg("noeffect.fix.renamed", new=new)


def _conversion_on(s: Settings, _key: str) -> tuple[Msg, Msg] | None:
    if s.bool("contract.conversion_enabled"):
        return None
    return Msg("noeffect.conversion_off"), Msg("noeffect.fix.conversion")


#: Which rule decides each key (keys absent here always count).
RULES: dict[str, Rule] = {
    "budget.fund_share": _fund_only,
    "budget.pool": _fund_only,
    "fund.growth": _fund_only,
    "budget.growth": _fiscal_only,
    "standard.ratio.provincial": _ratio_rule,
    "standard.ratio.municipal": _ratio_rule,
    "standard.ratio.county": _ratio_rule,
    "standard.person_times_per_insured": _henan_rule,
    "standard.mode": _any_rule,
    "digital.yield": _digital_on,
    "digital.ramp": _digital_on,
    "platform.enabled": _platform_new,
    "platform.build_cost": _platform_new,
    "platform.running_cost": _platform_running,
    "platform.share": _platform_share,
    "training.min_hours": _training_on,
    "training.max_hours": _training_on,
    "training.cost_per_hour": _training_on,
    "training.productivity": _training_on,
    "unmet.penalty": _cost_objective,
    "pro.phase_years": _pro_floor,
    "target.reach_year": _reach_year,
    "contract.effective_worth": _reported_only,
    "contract.conversion_cost": _conversion_on,
}


def ineffective_keys(settings: Settings, keys: Iterable[str]) -> list[NoEffect]:
    """Return, in the order of ``keys`` (each once), the keys that cannot change the plan.

    ``settings`` are the run's effective settings (with the keys' own values applied). Keys not
    covered by :data:`RULES` (or unknown) are taken to count; an old, renamed key
    (:data:`staffopt.schema.RENAMED_PARAMETERS`) is reported as renamed.
    """
    out: list[NoEffect] = []
    for key in dict.fromkeys(keys):
        rule = _renamed if key in RENAMED_PARAMETERS else RULES.get(key)
        why = rule(settings, key) if rule is not None else None
        if why is not None:
            out.append(NoEffect(key, *why))
    return out


def ineffective_messages(settings: Settings, keys: Iterable[str], lang: Lang) -> list[str]:
    """:func:`ineffective_keys` as one message line per key, in ``lang``."""
    return [item.message(lang) for item in ineffective_keys(settings, keys)]


def ineffective_steps(
    key: str, values: Sequence[Any], steps: Sequence[Settings], lang: Lang,
) -> list[str]:
    """Messages for a range of ``key`` (frontier): one per distinct reason, naming the values hit.

    ``steps[i]`` are the settings of the step where ``key = values[i]``. A reason that holds at
    every step is reported as for a single run; one that holds at some steps names them.
    """
    hits: dict[str, list[Any]] = {}
    for value, settings in zip(values, steps, strict=True):
        for item in ineffective_keys(settings, [key]):
            hits.setdefault(item.message(lang), []).append(value)
    out = []
    for message, at in hits.items():
        if len(at) == len(values):
            out.append(message)
        else:
            shown = ", ".join(f"{v:g}" if isinstance(v, float | int) else str(v) for v in at)
            out.append(t("noeffect.at_values", lang, key=key, values=shown, text=message))
    return out
