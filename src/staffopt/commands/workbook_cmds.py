"""``staffopt init`` (write a template or a shipped example) and ``staffopt validate`` (check an input)."""

from __future__ import annotations

from pathlib import Path

import click

from staffopt.commands.options import input_argument, lang_option
from staffopt.errors import EXIT_INPUT, StaffoptError
from staffopt.examples import EXAMPLES
from staffopt.instance import InputData
from staffopt.schema import LEVELS, OFFICE_COLUMNS, PERSON_TIMES, PERSONS, SHEETS, YEARS, Lang, level_label
from staffopt.text import Msg, t


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
        if example not in EXAMPLES:
            names = ", ".join(sorted(EXAMPLES))
            raise CommandError(Msg("init.unknown_example", name=repr(example), names=names))
        data, sources = EXAMPLES[example](lang)
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


def summary(data: InputData, lang: Lang) -> str:
    """One paragraph describing a valid input, every number with its unit."""
    offices = data.offices
    counts = offices["level"].value_counts()
    by_level = t("list.comma", lang).join(f"{level_label(level, lang)} {int(counts.get(level, 0))}"
                                          for level in LEVELS)
    col = {f.key: f for f in OFFICE_COLUMNS}
    settings = data.parameters
    n_scen = data.scenarios["scenario"].nunique() if not data.scenarios.empty else 0

    def total(key: str) -> str:
        return f"{float(offices[key].sum()):,.0f}"

    figures = [
        (col["workload"].label(lang), total("workload"), PERSON_TIMES.text(lang)),
        (col["posts"].label(lang), total("posts"), PERSONS.text(lang)),
        (col["actual_staff"].label(lang), total("actual_staff"), PERSONS.text(lang)),
    ]
    parts = t("validate.parts_sep", lang).join(f"{label} {value} {u}" for label, value, u in figures)
    return t("validate.ok", lang, offices=len(offices), by_level=by_level, totals=parts,
             workload_rows=len(data.workload_by_year), budget_rows=len(data.budget_by_year),
             scenarios=n_scen, base_year=settings.int("base_year"), horizon=settings.int("horizon"),
             years=YEARS.text(lang))


def validate(path: Path, lang: Lang) -> str:
    """Read and check ``path``; return the summary, or raise :class:`InputError` with every problem."""
    from staffopt.reader import read_workbook

    return summary(read_workbook(path), lang)


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
