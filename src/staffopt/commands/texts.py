"""The command line in the user's language: help from the catalog, the language of each run.

* :func:`localize` sets every command's help, epilog and option help from the catalog
  (``help.<command>``, ``help.<command>.epilog``, ``help.<command>.opt.<option>`` or the shared
  ``help.opt.<option>``) in one language; the command modules spell no help text of their own.
* :func:`lang_of_args` guesses the language from the raw arguments before click parses them (for
  click's own messages and ``--help``): an explicit ``--lang``, else the language of the first
  existing ``.xlsx`` among them, else ``STAFFOPT_LANG``, else the system locale.
* :class:`LangCommand` settles the language of a run once its parameters are parsed:
  ``--lang``, else the input workbook's, else ``STAFFOPT_LANG``, else the locale.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from staffopt.text import has, t
from staffopt.text.choose import choose_lang, lang_of_name
from staffopt.text.clickmsg import current_lang, set_lang


def lang_of_args(args: list[str]) -> str:
    """The language the command line speaks before it is parsed (see the module docstring)."""
    for i, arg in enumerate(args):
        if arg.startswith("--lang="):
            found = lang_of_name(arg.partition("=")[2])
            if found is not None:
                return found
        elif arg == "--lang" and i + 1 < len(args):
            found = lang_of_name(args[i + 1])
            if found is not None:
                return found
    book = next((Path(a) for a in args if a.lower().endswith(".xlsx") and Path(a).is_file()), None)
    return choose_lang(None, book)


def _help_key(command: str, param: str) -> str:
    own = f"help.{command}.opt.{param}"
    return own if has(own) else f"help.opt.{param}"


def localize(group: click.Group, lang: str) -> None:
    """Set the help texts of ``group`` and of every command in it from the catalog, in ``lang``."""
    for name, command in [("staffopt", group), *group.commands.items()]:
        command.help = t(f"help.{name}", lang)
        command.epilog = t(f"help.{name}.epilog", lang) if has(f"help.{name}.epilog") else None
        command.short_help = None
        for param in command.params:
            if isinstance(param, click.Option) and param.name is not None:
                param.help = t(_help_key(name, param.name), lang)


class LangCommand(click.Command):
    """A command whose ``lang`` parameter is settled before it runs (``--lang``, else the workbook's …)."""

    def invoke(self, ctx: click.Context) -> Any:
        """Resolve ``lang`` (see :func:`~staffopt.text.choose.choose_lang`), speak it, then run."""
        if "lang" in ctx.params:
            lang = choose_lang(ctx.params["lang"], ctx.params.get("input_path"))
            ctx.params["lang"] = lang
            set_lang(lang)
        return super().invoke(ctx)


__all__ = ["LangCommand", "current_lang", "lang_of_args", "localize"]
