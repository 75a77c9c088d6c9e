"""``staffopt init`` (write a template or a shipped example) and ``staffopt validate`` (check an input)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from staffopt.commands.options import input_argument, lang_option
from staffopt.errors import EXIT_INPUT, InputError, StaffoptError
from staffopt.schema import LEVELS, OFFICE_COLUMNS, PERSON_TIMES, PERSONS, SHEETS, YEARS, Lang, level_label
from staffopt.text import Msg, t

if TYPE_CHECKING:
    from staffopt.settings import Settings
    from staffopt.validate import Tables

class CommandError(StaffoptError):
    """A usage problem that is the user's to fix (exit status 2, no traceback)."""

    exit_code = EXIT_INPUT


def _folder_problem(path: Path) -> Msg | None:
    """Why ``path``'s folder cannot hold a new file (a file stands where a folder should), or None."""
    for parent in path.parents:
        if parent.exists():
            if parent.is_dir():
                return None
            return Msg("init.parent_is_file", path=str(path), parent=str(parent))
    return None


def init(path: Path, lang: Lang, example: str | None) -> str:
    """Write the template (or ``example``) to ``path``; return the message to show."""
    from staffopt.synthetic import ALL_EXAMPLES
    from staffopt.workbook import blank_input_data, write_input_workbook

    if path.suffix.lower() != ".xlsx":
        raise CommandError(Msg("init.not_xlsx", name=path.name))
    if path.exists():
        raise CommandError(Msg("init.exists", path=str(path)))
    folder_problem = _folder_problem(path)
    if folder_problem is not None:
        raise CommandError(folder_problem)
    sources: list[tuple[str, str]] = []
    if example is None:
        data = blank_input_data()
    else:
        if example not in ALL_EXAMPLES:
            names = ", ".join(sorted(ALL_EXAMPLES))
            raise CommandError(Msg("init.unknown_example", name=repr(example), names=names))
        data, sources = ALL_EXAMPLES[example](lang)
    try:
        write_input_workbook(data, path, lang, sources=sources)
    except FileExistsError:
        raise CommandError(Msg("init.exists_now", path=str(path))) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise CommandError(Msg("init.cannot_write", path=str(path), reason=reason)) from None
    sheets = t("list.sep", lang).join(s.label(lang) for s in SHEETS)
    return t("init.done", lang, path=path, sheets=sheets, offices=len(data.offices),
             first=SHEETS[0].label(lang))


def summary(tables: Tables, settings: Settings, lang: Lang) -> str:
    """One paragraph describing a valid input (its checked tables), every number with its unit."""

    def records(key: str) -> list[dict[str, Any]]:
        table = tables.get(key)
        return [] if table is None else table.values

    offices = records("offices")
    counts = {level: sum(1 for r in offices if r.get("level") == level) for level in LEVELS}
    by_level = t("list.comma", lang).join(f"{level_label(level, lang)} {counts[level]}" for level in LEVELS)
    col = {f.key: f for f in OFFICE_COLUMNS}
    n_scen = len({r.get("scenario") for r in records("scenarios")})
    n_workload, n_budget = len(records("workload_by_year")), len(records("budget_by_year"))

    def total(key: str) -> str:
        return f"{sum(float(r.get(key) or 0) for r in offices):,.0f}"

    figures = [
        (col["workload"].label(lang), total("workload"), PERSON_TIMES.text(lang)),
        (col["posts"].label(lang), total("posts"), PERSONS.text(lang)),
        (col["actual_staff"].label(lang), total("actual_staff"), PERSONS.text(lang)),
    ]
    parts = t("validate.parts_sep", lang).join(f"{label} {value} {u}" for label, value, u in figures)
    return t("validate.ok", lang, offices=len(offices), by_level=by_level, totals=parts,
             workload_rows=n_workload, budget_rows=n_budget, scenarios=n_scen,
             base_year=settings.int("base_year"), horizon=settings.int("horizon"), years=YEARS.text(lang))


def validate(path: Path, lang: Lang) -> str:
    """Read and check ``path``; return the summary, or raise :class:`InputError` with every problem.

    Yearly rows the workbook's own plan years do not use are warned on stderr (never dropped unseen).

    Works on the checked tables, not on :class:`~staffopt.instance.InputData`: ``validate`` never
    loads pandas (it starts fast).
    """
    from staffopt.limits import source_name
    from staffopt.reader import inspect_workbook
    from staffopt.unused_rows import notes_for, unused_table_rows
    from staffopt.validate import parameters_from

    tables, problems = inspect_workbook(path)
    if problems:
        raise InputError(problems, source=source_name(path))
    settings, _ = parameters_from(tables)
    names = {key: table.name for key, table in tables.by_key.items()}
    for note in notes_for(unused_table_rows(tables, settings), names, settings, lang):
        click.echo(t("cli.warning", lang, text=note), err=True)
    return summary(tables, settings, lang)


def register(group: click.Group) -> None:
    """Add ``init`` and ``validate`` to ``group``."""

    @group.command("init")
    @click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
    @lang_option
    @click.option("--example", default=None, metavar="NAME")
    def init_cmd(path: Path, lang: Lang, example: str | None) -> None:
        """Write a blank input template (or a shipped example) to PATH (.xlsx)."""
        click.echo(init(path, lang, example))

    @group.command("validate")
    @input_argument(required=True)
    @lang_option
    def validate_cmd(input_path: Path, lang: Lang) -> None:
        """Check an input workbook and list every problem found."""
        click.echo(validate(input_path, lang))
