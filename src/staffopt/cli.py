"""The ``staffopt`` command line: a thin click group; each command lives in ``staffopt.commands``."""

from __future__ import annotations

import sys

import click

from staffopt import __version__
from staffopt.commands import solve_cmd, whatif_cmds, workbook_cmds


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="staffopt")
def cli() -> None:
    """Plan posts, staff, training, IT investment and budgets of social-insurance agencies.

    \b
    Start with:
      staffopt init my_province.xlsx --example example_province
      staffopt validate my_province.xlsx
      staffopt solve my_province.xlsx --lang zh
    """


workbook_cmds.register(cli)
solve_cmd.register(cli)
whatif_cmds.register(cli)


def main() -> None:
    """Console-script entry point (UTF-8 on every console, GBK Windows included)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # pragma: no cover - exotic streams
                continue
    cli(prog_name="staffopt")


if __name__ == "__main__":  # pragma: no cover
    main()
