"""Options shared by several commands, defined once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from staffopt.commands.texts import settle_lang
from staffopt.text import LANGS

F = TypeVar("F", bound=Callable[..., Any])

lang_option = click.option(
    "--lang", type=click.Choice(LANGS), default=None, callback=settle_lang,
    help="Language (help: catalog text help.opt.lang).",
)
set_option = click.option(
    "--set", "overrides", multiple=True, metavar="KEY=VALUE",
    help="Override a parameter for this run, e.g. --set target.county=5000 (repeatable).",
)
out_option = click.option(
    "--out", type=click.Path(path_type=Path, file_okay=False), default=None,
    help="Report folder (default: reports/<input-stem>[-<scenario>]/).",
)
time_limit_option = click.option(
    "--time-limit", type=click.FloatRange(min=0.1), default=None, metavar="SECONDS",
    help="Solver time limit per solve (parameter solver.time_limit).",
)
gap_option = click.option(
    "--gap", type=click.FloatRange(min=0.0, max=1.0), default=None, metavar="FRACTION",
    help="Relative MIP gap at which to stop (parameter solver.gap), e.g. 0.001.",
)
objective_option = click.option(
    "--objective", type=click.Choice(["cost", "service", "equity"]), default=None,
    help="Objective (parameter objective).",
)


class InputArgument(click.Argument):
    """A positional argument shown as ``[INPUT]`` in the usage line when it is optional.

    click prints an explicit ``metavar`` as given (no brackets); error messages keep the plain
    name (``Invalid value for 'INPUT'``).
    """

    def make_metavar(self, ctx: click.Context) -> str:
        """Return the metavar, bracketed when the argument is optional."""
        var = super().make_metavar(ctx)
        return var if self.required or var.startswith("[") else f"[{var}]"

    def get_error_hint(self, ctx: click.Context | None) -> str:
        """Name the argument in error messages without the usage brackets."""
        return f"'{self.metavar or self.human_readable_name}'"


def input_argument(required: bool = False) -> Callable[[F], F]:
    """The INPUT workbook argument (an existing file); ``[INPUT]`` in the usage when optional."""
    return click.argument(
        "input_path", metavar="INPUT", required=required, cls=InputArgument,
        type=click.Path(path_type=Path, exists=True, dir_okay=False),
    )
