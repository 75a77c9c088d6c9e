"""``staffopt diff RUN_A RUN_B``: what differs between two run folders."""

from __future__ import annotations

from pathlib import Path

import click

from staffopt.commands.options import lang_option
from staffopt.schema import Lang


@click.command("diff")
@click.argument("run_a", metavar="RUN_A", type=click.Path(path_type=Path, file_okay=False))
@click.argument("run_b", metavar="RUN_B", type=click.Path(path_type=Path, file_okay=False))
@lang_option
def diff_command(run_a: Path, run_b: Path, lang: Lang) -> None:
    """List what differs between the run folders RUN_A and RUN_B.

    Inputs and provenance (input file and its SHA-256, scenario, staffopt and HiGHS versions,
    command line), every setting that differs, and the headline (status, total cost, its
    discounted value, standards met, unmet workload, cost per person-time), B minus A.
    """
    from staffopt.report.run_diff import NotARunFolderError, diff_runs, read_summary, render

    for name, folder in (("RUN_A", run_a), ("RUN_B", run_b)):
        try:
            read_summary(folder)
        except NotARunFolderError as exc:
            raise click.BadParameter(exc.msg.render(lang), param_hint=f"'{name}'") from None
    for line in render(diff_runs(run_a, run_b), lang):
        click.echo(line)


def register(group: click.Group) -> None:
    """Add ``diff`` to ``group``."""
    group.add_command(diff_command)
