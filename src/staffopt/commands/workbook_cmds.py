"""``staffopt init`` (write a template or a shipped example) and ``staffopt validate`` (check an input)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from staffopt.commands.options import input_argument, lang_option
from staffopt.errors import EXIT_INPUT, InputError
from staffopt.examples import EXAMPLES
from staffopt.instance import InputData
from staffopt.schema import LEVELS, OFFICE_COLUMNS, PERSON_TIMES, PERSONS, SHEETS, YEARS, Lang, level_label

INIT_EPILOG = """\b
Examples:
  staffopt init my_province.xlsx                   # blank template, English headers
  staffopt init 我的省份.xlsx --lang zh             # blank template, Chinese headers
  staffopt init demo.xlsx --example example_province

\b
The template has a units row under the headers, a note on every header, drop-downs for
level and for switches, and numeric bounds. An existing file is never overwritten.
Exit status: 0 written; 2 the file exists, the name is not .xlsx or the example is unknown.
"""

VALIDATE_EPILOG = """\b
Examples:
  staffopt validate my_province.xlsx
  staffopt validate reports/my_province/plan.xlsx   # a report is also an input

\b
Every problem is listed with its sheet, row, column, the value found and what was expected.
Exit status: 0 the workbook is valid; 2 it has problems (all of them are printed).
"""


class CommandError(click.ClickException):
    """A usage problem that is the user's to fix (exit status 2, no traceback)."""

    exit_code = EXIT_INPUT


class ChineseInputError(InputError):
    """:class:`InputError` shown in Chinese: the heading and every problem's whole line."""

    def format_message(self) -> str:
        """The heading and the problems in Chinese."""
        return self.render("zh")


def _say(lang: Lang, en: str, zh: str) -> str:
    return zh if lang == "zh" else en


def _folder_problem(path: Path, lang: Lang) -> str | None:
    """Why ``path``'s folder cannot hold a new file (a file stands where a folder should), or None."""
    for parent in path.parents:
        if parent.exists():
            if parent.is_dir():
                return None
            return _say(lang, f"cannot write {path}: {parent} is a file, not a folder",
                        f"无法写入 {path}：{parent} 是文件，不是文件夹")
    return None


def init(path: Path, lang: Lang, example: str | None) -> str:
    """Write the template (or ``example``) to ``path``; return the message to show."""
    from staffopt.workbook import blank_input_data, write_input_workbook

    if path.suffix.lower() != ".xlsx":
        raise CommandError(_say(lang, f"{path.name}: the file name must end in .xlsx",
                                f"{path.name}：文件名必须以 .xlsx 结尾"))
    if path.exists():
        raise CommandError(_say(
            lang, f"{path} exists already; staffopt init never overwrites a file. "
                  "Choose another name or delete it first.",
            f"{path} 已存在；staffopt init 从不覆盖已有文件。请换一个文件名，或先删除该文件。"))
    folder_problem = _folder_problem(path, lang)
    if folder_problem is not None:
        raise CommandError(folder_problem)
    sources: list[tuple[str, str]] = []
    if example is None:
        data = blank_input_data()
    else:
        if example not in EXAMPLES:
            names = ", ".join(sorted(EXAMPLES))
            raise CommandError(_say(lang, f"unknown example {example!r}; choose one of: {names}",
                                    f"没有名为 {example!r} 的示例；可选：{names}"))
        data, sources = EXAMPLES[example](lang)
    try:
        write_input_workbook(data, path, lang, sources=sources)
    except FileExistsError:
        raise CommandError(_say(lang, f"{path} exists already; staffopt init never overwrites a file.",
                                f"{path} 已存在；staffopt init 从不覆盖已有文件。")) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise CommandError(_say(lang, f"cannot write {path}: {reason}",
                                f"无法写入 {path}：{reason}")) from None
    sheets = ", ".join(s.label(lang) for s in SHEETS)
    offices = len(data.offices)
    if lang == "zh":
        head = f"已写入 {path}(工作表：{sheets}；{offices} 个经办机构)。"
        nxt = f"下一步：在“{SHEETS[0].label('zh')}”表中填写数据，然后运行 staffopt validate {path}"
    else:
        head = f"Wrote {path} (sheets: {sheets}; {offices} offices)."
        nxt = f"Next: fill in the {SHEETS[0].label('en')} sheet, then run: staffopt validate {path}"
    return head + "\n" + nxt


def summary(data: InputData, lang: Lang) -> str:
    """One paragraph describing a valid input, every number with its unit."""
    offices = data.offices
    counts = offices["level"].value_counts()
    sep = "，" if lang == "zh" else ", "
    by_level = sep.join(f"{level_label(level, lang)} {int(counts.get(level, 0))}" for level in LEVELS)
    col = {f.key: f for f in OFFICE_COLUMNS}
    settings = data.parameters
    n_scen = data.scenarios["scenario"].nunique() if not data.scenarios.empty else 0

    def total(key: str) -> str:
        return f"{float(offices[key].sum()):,.0f}"

    def unit(u: Any) -> str:
        return str(u.text(lang))

    figures = [
        (col["workload"].label(lang), total("workload"), unit(PERSON_TIMES)),
        (col["posts"].label(lang), total("posts"), unit(PERSONS)),
        (col["actual_staff"].label(lang), total("actual_staff"), unit(PERSONS)),
    ]
    parts = ("，" if lang == "zh" else "; ").join(f"{label} {value} {u}" for label, value, u in figures)
    if lang == "zh":
        return (f"通过：{len(offices)} 个经办机构({by_level})；合计 {parts}；"
                f"分年参保人次 {len(data.workload_by_year)} 行，分年财政拨款 {len(data.budget_by_year)} 行，"
                f"情景 {n_scen} 个；基期 {settings.int('base_year')} 年，规划 {settings.int('horizon')} "
                f"{YEARS.text('zh')}。")
    return (f"OK: {len(offices)} offices ({by_level}); totals: {parts}; "
            f"{len(data.workload_by_year)} workload-by-year rows, {len(data.budget_by_year)} "
            f"budget-by-year rows, {n_scen} scenarios; base year {settings.int('base_year')}, "
            f"horizon {settings.int('horizon')} {YEARS.text('en')}.")


def validate(path: Path, lang: Lang) -> str:
    """Read and check ``path``; return the summary, or raise :class:`InputError` with every problem."""
    from staffopt.io import read_workbook

    try:
        data = read_workbook(path)
    except InputError as exc:
        if lang == "zh":
            raise ChineseInputError(exc.problems, source=exc.source) from None
        raise
    return summary(data, lang)


def register(group: click.Group) -> None:
    """Add ``init`` and ``validate`` to ``group``."""

    @group.command("init", epilog=INIT_EPILOG)
    @click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
    @lang_option
    @click.option("--example", default=None, metavar="NAME",
                  help="Write a shipped example instead of a blank template, e.g. example_province.")
    def init_cmd(path: Path, lang: Lang, example: str | None) -> None:
        """Write a blank input template (or a shipped example) to PATH (.xlsx)."""
        click.echo(init(path, lang, example))

    @group.command("validate", epilog=VALIDATE_EPILOG)
    @input_argument(required=True)
    @lang_option
    def validate_cmd(input_path: Path, lang: Lang) -> None:
        """Check an input workbook and list every problem found."""
        click.echo(validate(input_path, lang))
