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
    """

    sheet: str
    row: int | None
    column: str | None
    value: Any
    expected: str

    @property
    def is_option(self) -> bool:
        """True when the problem concerns a command-line option (``--set``, ``--out`` …), not a sheet."""
        return self.sheet.startswith("--")

    def __str__(self) -> str:
        """Render as ``sheet 'offices', row 5, column 'level': found 'x'; expected ...``.

        A problem with a command-line option reads ``option --set, key 'target.county': ...``.
        """
        if self.is_option:
            where = f"option {self.sheet}"
            if self.column is not None and self.column != "parameter":
                where += f", key '{self.column}'"
            return f"{where}: found {_show(self.value)}; expected {self.expected}"
        parts = ["the file" if self.sheet == FILE_SHEET else f"sheet '{self.sheet}'"]
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column is not None:
            parts.append(f"column '{self.column}'")
        where = ", ".join(parts)
        return f"{where}: found {_show(self.value)}; expected {self.expected}"


def _show(value: Any) -> str:
    if value is None:
        return "an empty cell"
    text = repr(value) if isinstance(value, str) else str(value)
    if len(text) > 80:
        text = text[:77] + "..."
    return text


class StaffoptError(Exception):
    """An error staffopt explains to the user: ``message`` is printed as is, then exit ``exit_code``."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        """Keep ``message`` (the whole text the user sees after ``Error:``)."""
        super().__init__(message)
        self.message = message

    def format_message(self) -> str:
        """The text shown to the user (as click's ``ClickException.format_message``)."""
        return self.message

    def __str__(self) -> str:
        return self.message


class InputError(StaffoptError):
    """Bad input: one or more :class:`Problem`; the CLI exits with status 2."""

    exit_code = EXIT_INPUT

    def __init__(self, problems: Iterable[Problem], source: str | None = None) -> None:
        """Collect the problems; ``source`` is the file or option they were found in."""
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.source = source
        super().__init__(self._render())

    def _render(self) -> str:
        source = self.source
        if source is None and self.problems and all(p.is_option for p in self.problems):
            source = "the command line"
        head = f"{len(self.problems)} problem(s) in {source}" if source else (
            f"{len(self.problems)} problem(s) in the input"
        )
        return head + ":\n" + "\n".join(f"  - {p}" for p in self.problems)

    @classmethod
    def single(
        cls,
        sheet: str,
        row: int | None,
        column: str | None,
        value: Any,
        expected: str,
        source: str | None = None,
    ) -> InputError:
        """Build an error holding exactly one problem."""
        return cls([Problem(sheet, row, column, value, expected)], source=source)


class SolveError(StaffoptError):
    """The model could not be solved; the message explains why in the user's terms."""

    exit_code = 3
