"""Options shared by several commands, defined once."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from staffopt.commands.texts import settle_lang
from staffopt.schema import LANGS, PARAMETERS_BY_KEY

F = TypeVar("F", bound=Callable[..., Any])


class FiniteRange(click.FloatRange):
    """A number within the bounds of parameter ``key`` (schema), never ``nan`` or ``inf``.

    Choices and ranges come from the schema, so an option accepts exactly what the parameter
    does. ``nan`` passes every comparison, so click's own range would let it through to the
    parameter, whose error would then name ``--set`` instead of this option.
    """

    def __init__(self, key: str) -> None:
        field_ = PARAMETERS_BY_KEY[key]
        super().__init__(min=field_.minimum, max=field_.maximum)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """Parse ``value`` as a float; refuse it unless finite and within the bounds."""
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            from staffopt.text import current_lang, t

            self.fail(t("cli.not_finite", current_lang(), value=repr(value)), param, ctx)
        return number


lang_option = click.option(
    "--lang", type=click.Choice(LANGS), default=None, callback=settle_lang,
)
set_option = click.option(
    "--set", "overrides", multiple=True, metavar="KEY=VALUE",
)
out_option = click.option(
    "--out", type=click.Path(path_type=Path, file_okay=False), default=None,
)
time_limit_option = click.option(
    "--time-limit", type=FiniteRange("solver.time_limit"), default=None, metavar="SECONDS",
)
gap_option = click.option(
    "--gap", type=FiniteRange("solver.gap"), default=None, metavar="FRACTION",
)


class FieldChoice(click.Choice):
    """The choices of a parameter, accepted as the parameter accepts them: code or label in any language."""

    def __init__(self, key: str) -> None:
        """Offer the choices of parameter ``key``."""
        self.field = PARAMETERS_BY_KEY[key]
        super().__init__(self.field.choices)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """The code of ``value`` (``成本最低`` → ``cost``), else click's own "not one of" error."""
        from staffopt.errors import BadValue
        from staffopt.settings import parse_value

        try:
            return parse_value(self.field, value)
        except BadValue:
            return super().convert(value, param, ctx)


objective_option = click.option("--objective", type=FieldChoice("objective"), default=None)


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
    """The INPUT workbook argument (a file, or ``-`` for standard input); ``[INPUT]`` when optional."""
    return click.argument(
        "input_path", metavar="INPUT", required=required, cls=InputArgument,
        type=click.Path(path_type=Path, exists=True, dir_okay=False, allow_dash=True),
    )
