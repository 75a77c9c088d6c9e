"""Generate ``docs/input.md`` (the input workbook reference) from the schema table.

Run ``python -m staffopt.docs_input`` to rewrite the file; a test checks that the committed
file equals :func:`render_input_doc`, so the documentation cannot drift from the schema.
"""

from __future__ import annotations

import sys
from pathlib import Path

from staffopt.reader import MAX_COLUMNS, MAX_ROWS
from staffopt.schema import (
    LEVELS,
    LOCK_COLUMNS,
    PARAMETERS,
    SHEETS,
    Field,
    bound_text,
    level_label,
    level_spellings,
)

#: Where the generated document lives, relative to the repository root.
DOC_PATH = Path("docs") / "input.md"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _bounds(field: Field) -> str:
    if field.choices:
        if not field.choice_text:
            return ", ".join(f"`{c}`" for c in field.choices)
        return ", ".join(f"`{c}` ({field.choice_label(c, 'en')} / {field.choice_label(c, 'zh')})"
                         for c in field.choices)
    if field.dtype == "str":
        return f"≤ {field.text_limit:,} characters"
    if field.minimum is not None and field.maximum is not None:
        return f"{bound_text(field.minimum)} – {bound_text(field.maximum)}"
    if field.minimum is not None:
        return f"≥ {bound_text(field.minimum)}"
    if field.maximum is not None:
        return f"≤ {bound_text(field.maximum)}"
    return ""


def _default(field: Field) -> str:
    if field.required:
        return "**required**"
    if field.default is None:
        return "empty (no bound)" if field in LOCK_COLUMNS else "empty (derived)"
    if field.default == "":
        return "empty"
    if isinstance(field.default, bool):
        return "true" if field.default else "false"
    return f"`{field.default}`"


def _unit(field: Field) -> str:
    return f"{field.unit.text('en')} / {field.unit.text('zh')}" if field.unit else ""


#: Rules for notes columns and totals rows (:mod:`staffopt.habits`), in the list of workbook rules.
_HABITS: tuple[str, ...] = (
    "- Notes: a column whose header starts with `备注`, `note(s)` or `comment(s)` (any sheet, any case)",
    "  is kept as notes — copied with its rows into the input sheets of `plan.xlsx` — and never read.",
    "- Totals: a row whose office id or name is `合计`, `总计`, `小计`, `共计`, `total`, `subtotal` or `sum`",
    "  is refused with one problem naming the row. Delete it, or keep the totals on a sheet of their",
    "  own: the report adds up the offices itself (by level, region and budget pool).",
)

#: What the locks sheet does, below its columns (:mod:`staffopt.locks`, :mod:`staffopt.model.locks`).
_LOCKS: tuple[str, ...] = (
    "A lock holds one quantity of one office in one plan year: `what` is `posts` (编制), `staff`",
    "(established staff, 在编人员) or `contract` (contract staff, 编外人员); `min` = `max` fixes it, one",
    "of them bounds it. A lock must name an office of the offices sheet and a plan year, appear once",
    "per office, year and quantity, and lie within what the rules can reach: posts within",
    "`posts.step` (or the office's post step) of the base year per year and not below the established",
    "staff attrition keeps; established staff not below the attrition floor nor above the hiring cap",
    "and the posts; contract staff not above the base year's under `contract.no_new`. Otherwise the",
    "problem names the row, column and the reachable range (exit status 2). A lock that conflicts",
    "with the budget or another rule makes the run infeasible, and the explanation names the lock's",
    "row. The report sheet `locks in the plan` / `锁定执行情况` shows the plan's value beside each",
    "lock and whether it binds.",
    "",
)


def _table_section(index: int) -> list[str]:
    sheet = SHEETS[index]
    need = "required" if sheet.required else "optional"
    return [
        f"## Sheet `{sheet.label('en')}` / `{sheet.label('zh')}` ({need})",
        "",
        f"{sheet.description('en')} {sheet.description('zh')}",
        "",
        *_columns_table(index),
        *(_LOCKS if sheet.key == "locks" else ()),
    ]


def _columns_table(index: int) -> list[str]:
    sheet = SHEETS[index]
    lines = [
        "| key | English header | 中文表头 | type | unit | default | allowed | meaning | 说明 |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for f in sheet.columns:
        lines.append(
            f"| `{f.key}` | {_cell(f.label('en'))} | {_cell(f.label('zh'))} | {f.dtype} | {_cell(_unit(f))} "
            f"| {_default(f)} | {_cell(_bounds(f))} | {_cell(f.description('en'))} "
            f"| {_cell(f.description('zh'))} |"
        )
    lines.append("")
    return lines


def _parameters_section() -> list[str]:
    index = [s.key for s in SHEETS].index("parameters")
    sheet = SHEETS[index]
    lines = [
        f"## Sheet `{sheet.label('en')}` / `{sheet.label('zh')}` (optional)",
        "",
        "One row per parameter: the key in the first column, the value in the second; unit and",
        "description are for information. A missing parameter takes its default; each may also be",
        "set for one run with `--set KEY=VALUE` or in the `scenarios` sheet. Switches accept",
        "true/false, yes/no, 1/0, 是/否; shares accept `0.05` or `5%`. A choice may be written as its",
        "code or as its English or Chinese label (`成本最低` for `cost`), in cells, `--set` and scenarios.",
        "",
        *_columns_table(index),
        "### Parameters",
        "",
        "| parameter | type | default | unit | allowed | meaning | 说明 |",
        "|---|---|---|---|---|---|---|",
    ]
    for p in PARAMETERS:
        lines.append(
            f"| `{p.key}` | {p.dtype} | {_default(p)} | {_cell(_unit(p))} | {_cell(_bounds(p))} "
            f"| {_cell(p.description('en'))} | {_cell(p.description('zh'))} |"
        )
    lines.append("")
    return lines


def render_input_doc() -> str:
    """Return the Markdown text of ``docs/input.md``."""
    lines = [
        "# The input workbook",
        "",
        "<!-- Generated by `python -m staffopt.docs_input` from src/staffopt/schema.py; do not edit. -->",
        "",
        "`staffopt init PATH [--lang en|zh] [--example NAME]` writes this workbook (a blank template or",
        "a shipped example); `staffopt validate PATH` lists every problem in it, each with its sheet,",
        "row, column, the value found and what was expected.",
        "",
        "Rules of the workbook:",
        "",
        "- Sheets are found by their English or Chinese name (or the key); other sheets (report",
        "  sheets of a `plan.xlsx`, `sources` / `数据来源`, your notes) are ignored, so a report",
        "  workbook is also a valid input.",
        "- The first non-empty row of a sheet is its header. Headers may be English, Chinese or the",
        "  key, with or without the unit in brackets; a column the schema does not know is an error,",
        "  never silently ignored. The units row the template writes under the headers is skipped.",
        *_HABITS,
        "- Money is in 万元 (CNY 10k) everywhere; workload in insured person-times (参保人次) per year.",
        "- Type numbers, not formulas: a formula the spreadsheet never calculated has no value.",
        f"- Limits: at most {MAX_ROWS:,} rows and {MAX_COLUMNS} columns per sheet; files are checked",
        "  for zip bombs and entity-expansion attacks before they are read.",
        "",
        "Levels may be written as (any case; full-width brackets count as ASCII ones):",
        "",
    ]
    for level in LEVELS:
        spelled = ", ".join(f"`{a}`" for a in level_spellings(level))
        lines.append(f"- {level} ({level_label(level, 'zh')}): {spelled}")
    lines.append("")
    lines.extend(_table_section(0))
    lines.extend(_parameters_section())
    for index in range(2, len(SHEETS)):
        lines.extend(_table_section(index))
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write ``docs/input.md`` under the given repository root (default: current folder)."""
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else Path.cwd()
    target = root / DOC_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_input_doc(), encoding="utf-8", newline="\n")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
