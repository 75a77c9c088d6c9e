"""``staffopt price``: the least budget at which nothing is left unmet (the price of a standard)."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from staffopt.commands.options import gap_option, input_argument, lang_option, set_option, time_limit_option
from staffopt.schema import Lang
from staffopt.text import has, t

if TYPE_CHECKING:
    from staffopt.whatif.price import Price, Step

PRICE_FILE = "price.json"



def _percent_key(key: str) -> bool:
    from staffopt.schema import PARAMETERS_BY_KEY

    return PARAMETERS_BY_KEY[key].unit.key.startswith("fraction")


def value_text(key: str, value: float | None, lang: Lang) -> str:
    """``0.517% (0.00517)`` for a fraction key, the number otherwise; ``-`` for none."""
    if value is None or not math.isfinite(value):
        return "-"
    if _percent_key(key):
        return t("price.value_pct", lang, pct=value, value=value)
    return f"{value:,.6g}"


def tolerance_text(key: str, tolerance: float, lang: Lang) -> str:
    """``0.010 percentage points`` / ``0.010 个百分点`` for a fraction key."""
    if _percent_key(key):
        return t("price.points", lang, points=100 * tolerance)
    return f"{tolerance:g}"


def price_lines(p: Price, lang: Lang) -> list[str]:
    """What ``staffopt price`` prints for one standard (stdout), in ``lang``."""
    from staffopt.report.headline import headline

    who = p.label() if p.target else p.key
    lines = []
    if not p.reachable:
        reason = p.reason.render(lang) if p.reason else ""
        lines.append(t("cli.field", lang, label=who, value=reason))
    else:
        low = "-" if p.lower is None else f"{p.lower:.6g}"
        found = t("price.found", lang, key=p.key, value=value_text(p.key, p.value, lang), low=low,
                  high=f"{p.value:.6g}", tolerance=tolerance_text(p.key, p.tolerance, lang),
                  steps=len(p.steps))
        lines.append(t("cli.field", lang, label=who, value=found))
        if p.reason:
            lines.append("  " + p.reason.render(lang))
    if p.result is not None and p.result.has_plan:
        lines.append("  " + headline(p.result).line(lang))
    return lines


def folder_names(prices: Sequence[Price]) -> list[str]:
    """Run-folder name of each standard: ``plan`` without ``--target``, else ``county-5000`` and so on."""
    names = []
    for p in prices:
        if not p.target:
            names.append("plan")
            continue
        levels = [k.split(".", 1)[1] for k in p.target]
        level = "all" if len(levels) > 1 else levels[0]
        names.append(f"{level}-{next(iter(p.target.values())):g}")
    return names


def _echo_step(lang: Lang, quiet: bool, labels: Sequence[str]) -> Any:
    from staffopt.report.labels import status_text

    def report(i: int, step: Step) -> None:
        if quiet:
            return
        value = "-" if step.value is None else f"{step.value:.6g}"
        who = f"{labels[i]} " if labels[i] else ""
        seconds = t("cli.seconds", lang, seconds=step.seconds)
        kind = t(f"price.kind.{step.kind}", lang)
        outcome = t(f"price.outcome.{step.outcome}", lang) if has(f"price.outcome.{step.outcome}") else (
            status_text(step.outcome, lang))
        click.echo(f"[{who}{step.step}] {kind} {value}: {outcome} ({seconds})", err=True)
    return report


@click.command("price")
@input_argument(required=False)
@click.option("--key", type=click.Choice(["budget.fund_share", "budget.growth"]), default="budget.fund_share",
              show_default=True)
@click.option("--scenario", default=None, metavar="NAME")
@set_option
@click.option("--target", "target", default=None, metavar="LEVEL=V1,V2,…")
@click.option("--tolerance", type=click.FloatRange(min=0.0, min_open=True), default=None, metavar="FRACTION")
@time_limit_option
@gap_option
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=None)
@lang_option
@click.option("--quiet", "-q", is_flag=True)
def price_command(input_path: Path | None, key: str, scenario: str | None, overrides: tuple[str, ...],
                  target: str | None, tolerance: float | None, time_limit: float | None, gap: float | None,
                  out: Path | None, lang: Lang, quiet: bool) -> None:
    """Find the least value of a budget key at which nothing is unmet, and its plan.

    INPUT defaults to the shipped example. Writes price.json (key, value, bracket, tolerance,
    every step, the plan's headline) and the plan's run folder into the report folder.
    """
    from staffopt.commands.solve_cmd import echo_notes, option_overrides
    from staffopt.commands.whatif_cmds import _input, _load
    from staffopt.pipeline import DEFAULT_EXAMPLE, default_out_dir, effective_settings
    from staffopt.report.atomic import check_target
    from staffopt.report.provenance import collect, command_line
    from staffopt.whatif.price import check_key, parse_targets, price_targets
    from staffopt.whatif.scenarios import run_notes

    path, name_path = _input(input_path)
    suffix = f"price-{key}" + (f"-{scenario}" if scenario else "")
    out_dir = out if out is not None else default_out_dir(name_path, suffix)
    check_target(out_dir, [] if path is None else [path])
    provenance = collect(path, command_line(), input_name=f"{DEFAULT_EXAMPLE} (built in memory)")
    targets = parse_targets(target) if target else []
    data = _load(path, lang)
    cli = option_overrides(overrides, None, time_limit, gap)
    settings = effective_settings(data, scenario, cli)
    check_key(key, settings)
    echo_notes(run_notes(data, scenario, settings, list(cli), lang), lang)
    labels = [", ".join(f"{k}={v:g}" for k, v in t.items()) for t in targets] or [""]
    prices = price_targets(data, settings, key, targets, tolerance=tolerance,
                           on_step=_echo_step(lang, quiet, labels))
    write_price_folder(data, prices, out_dir, lang, provenance=provenance, scenario=scenario)
    for p in prices:
        for line in price_lines(p, lang):
            click.echo(line)
    click.echo(t("cli.field", lang, label=t("cli.report", lang), value=out_dir))


def write_price_folder(data: Any, prices: Sequence[Price], out_dir: Path, lang: Lang, *,
                       provenance: dict[str, Any] | None = None, scenario: str | None = None) -> Path:
    """Write ``out_dir`` atomically: ``price.json`` and one run folder per standard."""
    from staffopt.report import write_run_folder
    from staffopt.report.atomic import atomic_folder, check_target
    from staffopt.whatif.price import price_json

    protect = [Path(data.source)] if data.source and Path(data.source).exists() else []
    check_target(out_dir, protect)
    names = folder_names(prices)
    with atomic_folder(out_dir) as tmp:
        folders: list[str | None] = []
        for p, name in zip(prices, names, strict=True):
            if p.result is None:
                folders.append(None)
                continue
            write_run_folder(p.result, data, tmp / name, lang, provenance=provenance)
            folders.append(name)
        payload = price_json(prices, folders, lang=lang, provenance=provenance, scenario=scenario)
        text = json.dumps(payload, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        (tmp / PRICE_FILE).write_text(text, encoding="utf-8")
    return out_dir


def register(group: click.Group) -> None:
    """Add ``price`` to ``group``."""
    group.add_command(price_command)
