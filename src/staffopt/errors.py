"""User-facing errors: plain exceptions with an exit status, mapped to the command line in ``cli.py``.

Every problem with the user's input is a :class:`Problem` that names the sheet, row, column,
the value found and what was expected. An :class:`InputError` carries *all* problems found (the
validator never stops at the first) and makes the command line exit with status 2.

Nothing here depends on click: every :class:`StaffoptError` carries its message and
``exit_code``, and :class:`staffopt.cli.StaffoptGroup` turns it into click's ``Error: <message>``
and exit status (the one place where domain errors meet the command line).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from staffopt.text import Msg, render, t

#: Exit status for bad input (sheet/row/column errors, bad ``--set`` values, unknown scenarios).
EXIT_INPUT = 2

#: ``Problem.sheet`` of a problem with the file as a whole (not a zip, corrupt, too large …).
FILE_SHEET = "(workbook)"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input.

    ``row`` is the 1-based spreadsheet row as the user sees it in Excel (``None`` when the
    problem concerns a whole sheet or a command-line option); ``column`` is the header the
    user sees (English or Chinese, as found in the file) or an option name such as ``--set``.
    ``value`` is the value found (a :class:`~staffopt.text.Msg` when it is a description such as
    "no such sheet"); ``expected`` is a :class:`~staffopt.text.Msg`: the whole line is rendered in
    the user's language by :meth:`render`.
    """

    sheet: str
    row: int | None
    column: str | None
    value: Any
    expected: Msg

    def __post_init__(self) -> None:
        """Refuse an ``expected`` that is not a catalog message: it could not be shown in every language."""
        if not isinstance(self.expected, Msg):
            raise TypeError(f"Problem.expected must be a staffopt.text.Msg, not {self.expected!r}")

    @property
    def is_option(self) -> bool:
        """True when the problem concerns a command-line option (``--set``, ``--out`` …), not a sheet."""
        return self.sheet.startswith("--")

    def render(self, lang: str) -> str:
        """Render as ``sheet 'offices', row 5, column 'level': found 'x'; expected ...`` in ``lang``.

        A problem with a command-line option reads ``option --set, key 'target.county': ...``.
        """
        parts: list[str] = []
        if self.is_option:
            parts.append(t("problem.where.option", lang, option=self.sheet))
            if self.column is not None and self.column != "parameter":
                parts.append(t("problem.where.key", lang, key=self.column))
        else:
            parts.append(t("problem.where.file", lang) if self.sheet == FILE_SHEET
                         else t("problem.where.sheet", lang, sheet=self.sheet))
            if self.row is not None:
                parts.append(t("problem.where.row", lang, row=self.row))
            if self.column is not None:
                parts.append(t("problem.where.column", lang, column=self.column))
        where = t("problem.where.sep", lang).join(parts)
        return t("problem.line", lang, where=where, found=_show(self.value, lang),
                 expected=render(self.expected, lang))

    def __str__(self) -> str:
        """The English line (see :meth:`render`)."""
        return self.render("en")


def _show(value: Any, lang: str) -> str:
    if value is None:
        return t("problem.empty_cell", lang)
    if isinstance(value, Msg):
        text = value.render(lang)
    else:
        text = repr(value) if isinstance(value, str) else str(value)
    if len(text) > 80:
        text = text[:77] + "..."
    return text


class BadValue(ValueError):  # noqa: N818 - a ValueError that says what was expected
    """A value that does not fit its field; ``expected`` says what would (rendered in the user's language)."""

    def __init__(self, expected: Msg) -> None:
        """Carry ``expected``; the exception's text is the English rendering."""
        super().__init__(str(expected))
        self.expected = expected


class StaffoptError(Exception):
    """An error staffopt explains to the user: a catalog message after ``Error:``, then exit ``exit_code``.

    :meth:`render` gives the message in a language (the command line uses the run's);
    ``message``, ``str()`` and :meth:`format_message` are the English text.
    """

    exit_code = 1

    def __init__(self, message: Msg) -> None:
        """Keep ``message`` (the whole text the user sees after ``Error:``)."""
        self.msg = message
        self.message = self.render("en")
        super().__init__(self.message)

    def render(self, lang: str) -> str:
        """The message in ``lang``."""
        return self.msg.render(lang)

    def format_message(self) -> str:
        """The English text (as click's ``ClickException.format_message``)."""
        return self.message

    def __str__(self) -> str:
        """The English text."""
        return self.message


class ErrorText(Msg):
    """A :class:`StaffoptError` as a message parameter, rendered in the language of the message."""

    def __init__(self, error: StaffoptError) -> None:
        """Wrap ``error``."""
        super().__init__("", error=error)

    def render(self, lang: str) -> str:
        """The error's text in ``lang``."""
        error: StaffoptError = self.params["error"]
        return error.render(lang)


class InputError(StaffoptError):
    """Bad input: one or more :class:`Problem`; the CLI exits with status 2."""

    exit_code = EXIT_INPUT

    def __init__(self, problems: Iterable[Problem], source: str | None = None) -> None:
        """Collect the problems; ``source`` is the file or option they were found in."""
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.source = source
        super().__init__(Msg("problems.head_input", n=len(self.problems)))  # replaced by render()

    def render(self, lang: str) -> str:
        """The heading and one line per problem, in ``lang``."""
        n = len(self.problems)
        if self.source is not None:
            head = t("problems.head", lang, n=n, source=self.source)
        elif self.problems and all(p.is_option for p in self.problems):
            head = t("problems.head", lang, n=n, source=t("problems.command_line", lang))
        else:
            head = t("problems.head_input", lang, n=n)
        return head + "\n" + "\n".join(f"  - {p.render(lang)}" for p in self.problems)

    @classmethod
    def single(
        cls,
        sheet: str,
        row: int | None,
        column: str | None,
        value: Any,
        expected: Msg,
        source: str | None = None,
    ) -> InputError:
        """Build an error holding exactly one problem."""
        return cls([Problem(sheet, row, column, value, expected)], source=source)


class SolveError(StaffoptError):
    """The model could not be solved; the message explains why in the user's terms."""

    exit_code = 3
