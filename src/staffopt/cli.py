"""The ``staffopt`` command line: a thin click group; each command lives in ``staffopt.commands``.

Errors meet the command line here and nowhere else: :class:`StaffoptGroup` turns every
:class:`~staffopt.errors.StaffoptError` (bad input, no plan, a run folder in use) into click's
``Error: <message>`` and the error's exit status, and :func:`main` turns a file-system error no
command caught into one line with exit status 2, and Ctrl-C or SIGTERM into one line with exit
status 130 (:mod:`staffopt.interrupts`).
"""

from __future__ import annotations

import importlib
import signal
import sys
from collections.abc import Sequence
from typing import Any

import click

from staffopt import __version__
from staffopt.commands.texts import lang_of_args, localize, localize_command
from staffopt.errors import EXIT_INPUT, StaffoptError
from staffopt.interrupts import SIGNALS, Interrupted, handlers, install, restore, stop
from staffopt.text import LANGS, current_lang, set_lang, t
from staffopt.text.clickmsg import install as install_click_texts


class _DomainError(click.ClickException):
    """A :class:`StaffoptError` as click shows it: ``Error: <message>``, exit with its ``exit_code``.

    The message is rendered in the language of the run (:func:`staffopt.text.current_lang`).
    """

    def __init__(self, error: StaffoptError) -> None:
        super().__init__(error.render(current_lang()))
        # click reads the status from the instance (sys.exit(e.exit_code)); typeshed calls it a ClassVar
        self.exit_code = error.exit_code  # type: ignore[misc]


#: Each command and the module of :mod:`staffopt.commands` that defines it (``register(group)``).
COMMAND_MODULES: dict[str, str] = {
    "init": "workbook_cmds", "validate": "workbook_cmds", "solve": "solve_cmd", "scenarios": "whatif_cmds",
    "compare": "whatif_cmds", "frontier": "whatif_cmds", "price": "price_cmd", "diff": "diff_cmd",
}


class StaffoptGroup(click.Group):
    """Command group that speaks the user's language and maps staffopt's own errors to click's.

    Before parsing, the language is guessed from the arguments (:func:`lang_of_args`), click's
    own messages are routed to the catalog and every help text is set in that language; each
    command's ``--lang`` then settles the language of the run, in which errors are shown.

    A command's module is imported when the command is looked up (:data:`COMMAND_MODULES`):
    ``staffopt validate`` loads one of five, ``staffopt --help`` lists (and loads) them all, and
    :meth:`load_all` loads every one for those who read ``commands``.
    """

    #: The language of the help texts (set by :meth:`main`; commands loaded later get it too).
    help_lang: str | None = None

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command, loaded or not, by name."""
        return sorted({*COMMAND_MODULES, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command ``cmd_name``, its module imported first when it is not loaded yet.

        An unknown name loads every command: click then suggests the closest of them all.
        """
        if cmd_name in COMMAND_MODULES:
            self.load_command(cmd_name)
        else:
            self.load_all()
        return super().get_command(ctx, cmd_name)

    def load_command(self, name: str) -> None:
        """Import the module of command ``name`` (unless loaded) and set its help texts."""
        module = COMMAND_MODULES.get(name)
        if module is None or name in self.commands:
            return
        before = set(self.commands)
        previous = current_lang()
        # click words a few things when a parameter is built (a Path's "directory" metavar): in
        # English, as when every command was built on import, before the language was set
        set_lang(LANGS[0])
        try:
            importlib.import_module(f"staffopt.commands.{module}").register(self)
        finally:
            set_lang(previous)
        lang = self.help_lang or previous
        for new in sorted(set(self.commands) - before):
            localize_command(new, self.commands[new], lang)

    def load_all(self) -> None:
        """Import every command's module (``commands`` then holds them all)."""
        for name in COMMAND_MODULES:
            self.load_command(name)

    def main(self, args: Sequence[str] | None = None, *pos: Any, **kw: Any) -> Any:
        """Set the language (click's messages, help texts), then run click's main loop."""
        argv = list(sys.argv[1:] if args is None else args)
        try:
            lang = lang_of_args(argv)
            set_lang(lang)
            install_click_texts()
            self.help_lang = lang
            localize(self, lang)
            return super().main(argv, *pos, **kw)
        finally:
            _release_kept_workbook()

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; a :class:`StaffoptError` leaves as click's error, in the run's language."""
        try:
            return super().invoke(ctx)
        except StaffoptError as exc:
            raise _DomainError(exc) from exc


def _release_kept_workbook() -> None:
    """Close the input workbook the language read kept open, if the command did not read it."""
    reader = sys.modules.get("staffopt.reader")  # not loaded: nothing was kept (``--help`` loads no reader)
    if reader is not None:
        reader.release_kept()


@click.group(cls=StaffoptGroup,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="staffopt")
def cli() -> None:
    """Plan posts, staff, training, IT investment and budgets of social-insurance agencies."""




def os_error_message(exc: OSError, lang: str = "en") -> str:
    """One line for a file-system error no command caught (read-only folder, busy file, full disk)."""
    target = exc.filename if exc.filename is not None else ""
    reason = exc.strerror or str(exc)
    if target:
        return t("cli.os_error", lang, target=target, reason=reason)
    return t("cli.os_error_no_file", lang, reason=reason)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point (UTF-8 on every console, GBK Windows included).

    A file-system error that no command turned into a message (e.g. a read-only ``--out``
    folder) is printed as one line, with exit status 2, instead of a traceback. Ctrl-C or
    SIGTERM at any moment ends the command with one line and exit status 130 (see
    :mod:`staffopt.interrupts`); once it is over, the signal handlers of a caller that ran it
    in-process are given back (:func:`staffopt.interrupts.restore`).
    """
    before = handlers()  # the caller's: given back once the command is over (main run in-process)
    install()
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # pragma: no cover - exotic streams
                continue
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        try:
            cli(args=args, prog_name="staffopt")
        except OSError as exc:
            click.echo(os_error_message(exc, current_lang()), err=True)
            sys.exit(EXIT_INPUT)
        finally:
            for sig in SIGNALS:  # the command is over: a late signal must not raise during exit
                signal.signal(sig, signal.SIG_IGN)
    except Interrupted as exc:
        stop(exc, args)
    finally:
        restore(before)  # still ignored when staffopt's entry point installed them: it exits next


if __name__ == "__main__":  # pragma: no cover
    main()
