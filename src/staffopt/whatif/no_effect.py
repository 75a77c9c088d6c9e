"""Parameters that cannot change the plan under the other settings of a run.

``budget.fund_share`` only enters the fund budget row, so a frontier over it under
``budget.regime = fiscal`` solves the same model at every step. :func:`ineffective_keys` finds
such keys from the settings alone (no data, no solve) and says why, in English and Chinese, with
the setting that would make the key count. ``compare``, ``frontier`` (and ``solve --set``) warn
with these messages; the rules follow the model families in ``staffopt.model``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from staffopt.schema import Lang
from staffopt.settings import Settings


@dataclass(frozen=True)
class NoEffect:
    """Why ``key`` has no effect on the plan under some settings, and what would make it count."""

    key: str
    reason_en: str
    reason_zh: str
    fix_en: str
    fix_zh: str

    def message(self, lang: Lang) -> str:
        """One line: ``KEY has no effect: REASON; FIX`` in ``lang``."""
        if lang == "en":
            return f"{self.key} has no effect: {self.reason_en}; {self.fix_en}"
        return f"{self.key} 不起作用：{self.reason_zh}；{self.fix_zh}"


#: A rule: (settings, key) → (reason_en, reason_zh, fix_en, fix_zh), or ``None`` when the key counts.
Rule = Callable[[Settings, str], "tuple[str, str, str, str] | None"]

_FUND_FIX = ("add --scenario fund_1pct or --set budget.regime=fund",
             "请加 --scenario fund_1pct 或 --set budget.regime=fund")


def _fund_only(s: Settings, _key: str) -> tuple[str, str, str, str] | None:
    regime = s.str("budget.regime")
    if regime == "fund":
        return None
    return (f"budget.regime is {regime} (only the fund regime uses it)",
            f"budget.regime 为 {regime}(仅基金预算制使用该参数)", *_FUND_FIX)


def _fiscal_only(s: Settings, _key: str) -> tuple[str, str, str, str] | None:
    regime = s.str("budget.regime")
    if regime == "fiscal":
        return None
    return (f"budget.regime is {regime} (same-level appropriations bind only in the fiscal regime)",
            f"budget.regime 为 {regime}(同级财政拨款仅在财政预算制下约束方案)",
            "add --scenario status_quo or --set budget.regime=fiscal",
            "请加 --scenario status_quo 或 --set budget.regime=fiscal")


def _report_mode(s: Settings) -> tuple[str, str, str, str] | None:
    if s.str("standard.mode") != "report":
        return None
    return ("standard.mode is report (the standard is only shown beside the plan)",
            "standard.mode 为 report(编制标准仅在方案旁列示，不约束方案)",
            "add --set standard.mode=upper or --set standard.mode=lower",
            "请加 --set standard.mode=upper 或 --set standard.mode=lower")


def _ratio_rule(s: Settings, _key: str) -> tuple[str, str, str, str] | None:
    rule = s.str("standard.rule")
    if rule != "ratio":
        return (f"standard.rule is {rule} (only the ratio rule uses it)",
                f"standard.rule 为 {rule}(仅按负荷比核定编制的规则使用该参数)",
                "add --set standard.rule=ratio", "请加 --set standard.rule=ratio")
    return _report_mode(s)


def _henan_rule(s: Settings, _key: str) -> tuple[str, str, str, str] | None:
    rule = s.str("standard.rule")
    if rule != "henan":
        return (f"standard.rule is {rule} (only the Henan table uses it)",
                f"standard.rule 为 {rule}(仅河南分档标准使用该参数)",
                "add --scenario henan_standard or --set standard.rule=henan",
                "请加 --scenario henan_standard 或 --set standard.rule=henan")
    return _report_mode(s)


def _any_rule(s: Settings, _key: str) -> tuple[str, str, str, str] | None:
    if s.str("standard.rule") != "none":
        return None
    return ("standard.rule is none (no staffing standard)", "standard.rule 为 none(未采用编制标准)",
            "add --scenario henan_standard or --set standard.rule=ratio",
            "请加 --scenario henan_standard 或 --set standard.rule=ratio")


def _digital_on(s: Settings, _key: str) -> tuple[str, str, str, str] | None:
    if s.bool("digital.enabled"):
        return None
    return ("digital.enabled is false (no digital service)", "digital.enabled 为 false(不提供数字化服务)",
            "add --set digital.enabled=true", "请加 --set digital.enabled=true")


def _platform_on(s: Settings, key: str) -> tuple[str, str, str, str] | None:
    off = _digital_on(s, key)
    if off is not None or s.bool("platform.enabled"):
        return off
    return ("platform.enabled is false (no shared platform)", "platform.enabled 为 false(不建共享平台)",
            "add --scenario shared_platform or --set platform.enabled=true",
            "请加 --scenario shared_platform 或 --set platform.enabled=true")


def _training_on(s: Settings, _key: str) -> tuple[str, str, str, str] | None:
    if s.bool("training.enabled"):
        return None
    return ("training.enabled is false (no training)", "training.enabled 为 false(不安排培训)",
            "add --set training.enabled=true", "请加 --set training.enabled=true")


def _cost_objective(s: Settings, _key: str) -> tuple[str, str, str, str] | None:
    objective = s.str("objective")
    if objective == "cost":
        return None
    return (f"objective is {objective} (the unmet-workload penalty is only part of the cost objective)",
            f"objective 为 {objective}(未满足业务量罚金仅计入成本目标)",
            "add --objective cost", "请加 --objective cost")


def _pro_floor(s: Settings, _key: str) -> tuple[str, str, str, str] | None:
    if s.float("pro.share_min") > 0:
        return None
    return ("pro.share_min is 0 (no professional-share floor to phase in)",
            "pro.share_min 为 0(无专业技术人员占比下限，无需分期达标)",
            "add --scenario pro_share_2011 or --set pro.share_min=0.34",
            "请加 --scenario pro_share_2011 或 --set pro.share_min=0.34")


def _reach_year(s: Settings, _key: str) -> tuple[str, str, str, str] | None:
    first = s.int("base_year") + 1
    reach = s.int("target.reach_year")
    if reach > first:
        return None
    return (f"it is not after the first plan year {first} (targets then apply in full from the first "
            "plan year)",
            f"取值不晚于规划首年 {first}(负荷比目标自规划首年起即全额适用)",
            f"set it to a later year, e.g. --set target.reach_year={first + 3}",
            f"请设为更晚的年份，例如 --set target.reach_year={first + 3}")


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
    "platform.enabled": _digital_on,
    "platform.build_cost": _platform_on,
    "platform.running_cost": _platform_on,
    "platform.share": _platform_on,
    "training.min_hours": _training_on,
    "training.max_hours": _training_on,
    "training.cost_per_hour": _training_on,
    "training.productivity": _training_on,
    "unmet.penalty": _cost_objective,
    "pro.phase_years": _pro_floor,
    "target.reach_year": _reach_year,
}


def ineffective_keys(settings: Settings, keys: Iterable[str]) -> list[NoEffect]:
    """Return, in the order of ``keys`` (each once), the keys that cannot change the plan.

    ``settings`` are the run's effective settings (with the keys' own values applied). Keys not
    covered by :data:`RULES` (or unknown) are taken to count.
    """
    out: list[NoEffect] = []
    for key in dict.fromkeys(keys):
        rule = RULES.get(key)
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
            out.append((f"at {key} = {shown}: " if lang == "en" else f"{key} = {shown} 时：") + message)
    return out
