"""What differs between two run folders: inputs and provenance, settings, headline.

Both folders are read through their ``summary.json`` only (the figures every report leads with
are in its ``headline``; :mod:`staffopt.report.headline`). :func:`diff_runs` returns the
differences as data; :func:`render` words them in English or Chinese, one line each, with
the change of every number (B − A) beside it.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from staffopt.report.headline import HEADLINE_KEYS
from staffopt.report.reform_text import t
from staffopt.schema import Lang
from staffopt.text import Msg
from staffopt.tolerances import REPORT_ZERO, SAME_REL

#: Provenance keys compared (the time of a run always differs and is shown in the header).
INPUT_KEYS: tuple[str, ...] = ("input", "input_sha256", "staffopt_version", "highs_version", "command_line")
#: Headline keys compared, status first.
COMPARED_HEADLINE: tuple[str, ...] = ("status_text", *HEADLINE_KEYS, "penalty_discounted")
#: Unit text key and number of decimals of each numeric headline key.
_NUMBER = {"cost_total": ("unit.money", 2), "cost_discounted": ("unit.money", 2),
           "unmet_person_times": ("unit.person_times_total", 0),
           "cost_per_person_time_yuan": ("unit.yuan_per_person_time", 2),
           "penalty_discounted": ("unit.money", 2)}
_HEADLINE_LABEL = {"status_text": "headline.status", "cost_total": "diff.cost_total",
                   "cost_discounted": "diff.cost_discounted", "standards_met": "headline.standards_met",
                   "unmet_person_times": "diff.unmet",
                   "cost_per_person_time_yuan": "headline.cost_per_person_time",
                   "penalty_discounted": "headline.penalty.short"}


@dataclass(frozen=True)
class Change:
    """One difference: what (``key``), the value in A and in B."""

    key: str
    a: Any
    b: Any


@dataclass(frozen=True)
class RunDiff:
    """Differences between run folders ``a`` and ``b`` by section (empty tuple: identical)."""

    a: Path
    b: Path
    summary_a: dict[str, Any]
    summary_b: dict[str, Any]
    inputs: tuple[Change, ...] = ()
    settings: tuple[Change, ...] = ()
    headline: tuple[Change, ...] = ()
    missing: tuple[str, ...] = field(default_factory=tuple)  # sections a folder does not record

    @property
    def identical(self) -> bool:
        """True when no section differs."""
        return not (self.inputs or self.settings or self.headline)


class NotARunFolderError(ValueError):
    """``folder`` is not a staffopt run folder; the message says what was found and expected.

    ``msg`` is the catalog message (the command line shows it in the run's language); ``str()`` is English.
    """

    def __init__(self, msg: Msg) -> None:
        super().__init__(str(msg))
        self.msg = msg


def read_summary(folder: Path) -> dict[str, Any]:
    """``folder/summary.json`` as a dict; :class:`NotARunFolderError` when it is not a run folder."""
    path = Path(folder) / "summary.json"
    expected = Msg("diff.expected_run")
    if not Path(folder).is_dir():
        raise NotARunFolderError(Msg("diff.not_folder", folder=str(folder), expected=expected))
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotARunFolderError(Msg("diff.no_summary", folder=str(folder), expected=expected)) from None
    except (OSError, ValueError) as exc:
        raise NotARunFolderError(Msg("diff.unreadable", path=str(path), reason=str(exc),
                                     expected=expected)) from None
    if not isinstance(payload, dict) or payload.get("generator") != "staffopt":
        raise NotARunFolderError(Msg("diff.not_staffopt", path=str(path), expected=expected))
    return payload


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=SAME_REL, abs_tol=REPORT_ZERO)
    return bool(a == b)


def diff_runs(a: Path, b: Path) -> RunDiff:
    """Compare the run folders ``a`` and ``b`` (see the module docstring)."""
    sa, sb = read_summary(a), read_summary(b)
    missing = []
    pa, pb = sa.get("provenance") or {}, sb.get("provenance") or {}
    if not pa or not pb:
        missing.append("provenance")
    inputs = [Change(k, pa.get(k), pb.get(k)) for k in INPUT_KEYS if not _same(pa.get(k), pb.get(k))]
    if sa.get("scenario") != sb.get("scenario"):
        inputs.insert(0, Change("scenario", sa.get("scenario"), sb.get("scenario")))
    ta, tb = sa.get("settings") or {}, sb.get("settings") or {}
    keys = list(dict.fromkeys([*ta, *tb]))
    settings = [Change(k, ta.get(k), tb.get(k)) for k in keys if not _same(ta.get(k), tb.get(k))]
    ha, hb = sa.get("headline") or {}, sb.get("headline") or {}
    if not ha or not hb:
        missing.append("headline")
    head = [Change(k, ha.get(k), hb.get(k)) for k in COMPARED_HEADLINE
            if (ha or hb) and not _same(ha.get(k), hb.get(k))]
    return RunDiff(Path(a), Path(b), sa, sb, tuple(inputs), tuple(settings), tuple(head), tuple(missing))


def _show(value: Any, lang: Lang, decimals: int | None = None) -> str:
    if value is None:
        return t("diff.none", lang)
    if isinstance(value, bool):
        return t("headline.yes" if value else "headline.no", lang)
    if isinstance(value, float) and decimals is not None:
        return f"{value:,.{decimals}f}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _headline_line(change: Change, lang: Lang) -> str:
    sep = t("punct.colon", lang)
    label = t(_HEADLINE_LABEL[change.key], lang)
    number = _NUMBER.get(change.key)
    if number is None:
        return f"{label}{sep}{_show(change.a, lang)} → {_show(change.b, lang)}"
    unit, decimals = number
    shown = f"{_show(change.a, lang, decimals)} → {_show(change.b, lang, decimals)}"
    line = f"{label} ({t(unit, lang)}){sep}{shown}"
    if isinstance(change.a, (int, float)) and isinstance(change.b, (int, float)):
        line += f" ({change.b - change.a:+,.{decimals}f})"
    return line


def _in_lang(change: Change, diff: RunDiff, lang: Lang) -> Change:
    """A status change as each summary words it in ``lang`` (``status_text_zh`` …); others as they are."""
    if change.key != "status_text" or lang == "en":
        return change
    field = f"status_text_{lang}"
    ha, hb = diff.summary_a.get("headline") or {}, diff.summary_b.get("headline") or {}
    return Change(change.key, ha.get(field, change.a), hb.get(field, change.b))


def render(diff: RunDiff, lang: Lang = "en") -> list[str]:
    """The differences as lines in ``lang``: a header per folder, then inputs, settings, headline."""
    sep = t("punct.colon", lang)
    lines = []
    for tag, folder, summary in (("A", diff.a, diff.summary_a), ("B", diff.b, diff.summary_b)):
        prov = summary.get("provenance") or {}
        when = prov.get("time") or t("diff.none", lang)
        lines.append(f"{tag}{sep}{folder}  ({t('prov.time', lang)} {when})")
    if diff.identical:
        lines.append(t("diff.identical", lang))
    sections = (("diff.inputs", diff.inputs), ("diff.settings", diff.settings),
                ("diff.headline", diff.headline))
    for key, changes in sections:
        if not changes:
            lines.append(f"{t(key, lang)}{sep}{t('diff.same', lang)}")
            continue
        lines.append(f"{t(key, lang)}{sep}{t('diff.count', lang, n=len(changes))}")
        for change in changes:
            if key == "diff.headline":
                lines.append("  " + _headline_line(_in_lang(change, diff, lang), lang))
            elif key == "diff.inputs":
                label = t("diff.scenario" if change.key == "scenario" else f"prov.{change.key}", lang)
                lines.append(f"  {label}{sep}{_show(change.a, lang)} → {_show(change.b, lang)}")
            else:
                lines.append(f"  {change.key}{sep}{_show(change.a, lang)} → {_show(change.b, lang)}")
    for section in diff.missing:
        lines.append(t("diff.missing", lang, what=t(f"diff.{section}", lang)))
    return lines
