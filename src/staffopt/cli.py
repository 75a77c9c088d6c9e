"""The ``staffopt`` command line: a thin click group; each command lives in ``staffopt.commands``.

Errors meet the command line here and nowhere else: :class:`StaffoptGroup` turns every
:class:`~staffopt.errors.StaffoptError` (bad input, no plan, a run folder in use) into click's
``Error: <message>`` and the error's exit status, and :func:`main` turns a file-system error no
command caught into one line with exit status 2.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from staffopt import __version__
from staffopt.commands import diff_cmd, price_cmd, solve_cmd, whatif_cmds, workbook_cmds
from staffopt.errors import EXIT_INPUT, StaffoptError


class _DomainError(click.ClickException):
    """A :class:`StaffoptError` as click shows it: ``Error: <message>``, exit with its ``exit_code``."""

    def __init__(self, error: StaffoptError) -> None:
        super().__init__(error.format_message())
        # click reads the status from the instance (sys.exit(e.exit_code)); typeshed calls it a ClassVar
        self.exit_code = error.exit_code  # type: ignore[misc]


class StaffoptGroup(click.Group):
    """Command group that maps staffopt's own errors to click's message and exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; a :class:`StaffoptError` leaves as click's error (same text, same status)."""
        try:
            return super().invoke(ctx)
        except StaffoptError as exc:
            raise _DomainError(exc) from exc


@click.group(cls=StaffoptGroup,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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
price_cmd.register(cli)
diff_cmd.register(cli)


def os_error_message(exc: OSError, lang: str = "en") -> str:
    """One line for a file-system error no command caught (read-only folder, busy file, full disk)."""
    target = exc.filename if exc.filename is not None else ""
    reason = exc.strerror or str(exc)
    if lang == "zh":
        where = f" {target}" if target else ""
        return (f"错误：无法读写{where}：{reason}。请确认文件夹存在且可写、文件未在 Excel/WPS 中打开、"
                "磁盘未满，或用 --out 指定其他文件夹。")
    where = f" {target}" if target else " a file"
    return (f"Error: cannot read or write{where}: {reason}. Check that the folder exists and is "
            "writable, that no file in it is open in Excel/WPS and that the disk is not full, "
            "or choose another folder with --out.")


def _lang_of(argv: list[str]) -> str:
    """``zh`` when the command line asks for ``--lang zh`` (the error may come before click parsed it)."""
    for i, arg in enumerate(argv):
        if arg == "--lang=zh" or (arg == "--lang" and argv[i + 1:i + 2] == ["zh"]):
            return "zh"
    return "en"


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point (UTF-8 on every console, GBK Windows included).

    A file-system error that no command turned into a message (e.g. a read-only ``--out``
    folder) is printed as one line, with exit status 2, instead of a traceback.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # pragma: no cover - exotic streams
                continue
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        cli(args=args, prog_name="staffopt")
    except OSError as exc:
        click.echo(os_error_message(exc, _lang_of(args)), err=True)
        sys.exit(EXIT_INPUT)


if __name__ == "__main__":  # pragma: no cover
    main()
