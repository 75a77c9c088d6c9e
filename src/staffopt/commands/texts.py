"""The command line in the user's language: help from the catalog, the language of each run.

* :func:`localize` sets every command's help, epilog and option help from the catalog
  (``help.<command>``, ``help.<command>.epilog``, ``help.<command>.opt.<option>`` or the shared
  ``help.opt.<option>``) in one language; the command modules spell no help text of their own.
* :func:`lang_of_args` guesses the language from the raw arguments before click parses them (for
  click's own messages and ``--help``): an explicit ``--lang``, else the language of the first
  existing ``.xlsx`` among them, else ``STAFFOPT_LANG``, else the system locale.
* :func:`settle_lang` (the callback of ``--lang``) settles the language of a run once its
  parameters are parsed: ``--lang``, else the input workbook's, ``STAFFOPT_LANG``, the locale.

Both may need the input workbook's language; it is read once per run (:func:`book_lang`): reading
it loads the workbook's shared strings, styles and header rows, a sizeable share of what
``staffopt validate`` costs.
"""

from __future__ import annotations

from pathlib import Path

import click

from staffopt.text import Lang, has, set_lang, t
from staffopt.text.choose import choose_lang, lang_of_name, workbook_lang

#: The language of the workbook last read by :func:`book_lang`, by the file's identity and version
#: (device, inode, size, modification and change times): the same file unchanged is not read again.
_BOOK_LANG: dict[tuple[int, ...], Lang | None] = {}


def book_lang(path: Path | None) -> Lang | None:
    """:func:`~staffopt.text.choose.workbook_lang` of ``path``, read once per run (see :data:`_BOOK_LANG`)."""
    if path is None:
        return None
    try:
        st = Path(path).stat()
    except (OSError, ValueError):
        return workbook_lang(path)
    key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    if key not in _BOOK_LANG:
        _BOOK_LANG.clear()  # one workbook remembered: the input of this run
        _BOOK_LANG[key] = workbook_lang(path, keep=True)  # opened once: the command's reader takes it
    return _BOOK_LANG[key]


def lang_of_args(args: list[str]) -> Lang:
    """The language the command line speaks before it is parsed (see the module docstring)."""
    _BOOK_LANG.clear()  # a new command line: nothing read yet
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
    return choose_lang(None, book, book_lang=book_lang)


def _help_key(command: str, param: str) -> str:
    own = f"help.{command}.opt.{param}"
    return own if has(own) else f"help.opt.{param}"


def localize(group: click.Group, lang: str) -> None:
    """Set the help texts of ``group`` and of every command in it from the catalog, in ``lang``."""
    for name, command in [("staffopt", group), *group.commands.items()]:
        localize_command(name, command, lang)


def localize_command(name: str, command: click.Command, lang: str) -> None:
    """Set the help texts of ``command`` (``staffopt`` for the group) from the catalog, in ``lang``."""
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
    lang = choose_lang(value, ctx.params.get("input_path"), book_lang=book_lang)
    set_lang(lang)
    return lang


__all__ = ["lang_of_args", "localize", "localize_command", "settle_lang"]
