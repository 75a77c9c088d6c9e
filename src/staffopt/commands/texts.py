"""The command line in the user's language: help from the catalog, the language of each run.

* :func:`localize` sets every command's help, epilog and option help from the catalog
  (``help.<command>``, ``help.<command>.epilog``, ``help.<command>.opt.<option>`` or the shared
  ``help.opt.<option>``) in one language; the command modules spell no help text of their own.
* :func:`lang_of_args` guesses the language from the raw arguments before click parses them (for
  click's own messages and ``--help``): an explicit ``--lang``, else the language of the first
  existing ``.xlsx`` among them, else ``STAFFOPT_LANG``, else the system locale.
* :func:`settle_lang` (the callback of ``--lang``) settles the language of a run once its
  parameters are parsed: ``--lang``, else the input workbook's, ``STAFFOPT_LANG``, the locale.
"""

from __future__ import annotations

from pathlib import Path

import click

from staffopt.text import Lang, has, set_lang, t
from staffopt.text.choose import choose_lang, lang_of_name


def lang_of_args(args: list[str]) -> Lang:
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
        # click builds the --help option once and keeps it (a private attribute, click >= 8.2)
        shown = getattr(command, "_help_option", None)
        if isinstance(shown, click.Option):
            shown.help = t("help.opt.help", lang)


def settle_lang(ctx: click.Context, _param: click.Parameter, value: str | None) -> Lang:
    """Callback of ``--lang``: the language of the run, spoken from now on.

    ``--lang``, else the language of the input workbook (click handles an option not given after
    the arguments that were, so ``input_path`` is known), else ``STAFFOPT_LANG``, else the locale.
    """
    lang = choose_lang(value, ctx.params.get("input_path"))
    set_lang(lang)
    return lang


__all__ = ["lang_of_args", "localize", "settle_lang"]
