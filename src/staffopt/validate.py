"""Validation rules for an input workbook: many small ``check_*`` functions, one rule each.

The reader (:mod:`staffopt.reader`) turns each input sheet into a :class:`Table` (raw cell values
with their spreadsheet row numbers and the headers as the user wrote them); every rule here
looks at the tables and returns a list of :class:`~staffopt.errors.Problem`. All rules run and
all problems are collected (:func:`run_checks`): the validator never stops at the first one.

A cell that fails its own type/range check is left out of the typed values (``Table.values``),
so one bad cell produces one problem, not a cascade of follow-up problems.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from staffopt.errors import BadValue, Problem
from staffopt.habits import LABEL_COLUMNS, totals_expected, totals_label
from staffopt.schema import (
    PARAMETERS_BY_KEY,
    PARENT_LEVEL,
    REGION_SEPARATORS,
    SHEETS,
    Field,
    Lang,
    Sheet,
    level_aliases,
    parameter_key,
    spelling,
)
from staffopt.settings import Settings, parse_value, unknown_key
from staffopt.text import Join, Msg, Verbatim


# --------------------------------------------------------------------------------------------
# tables as read from the file
# --------------------------------------------------------------------------------------------
@dataclass
class Row:
    """One non-empty spreadsheet row of an input sheet.

    ``number`` is the row number the user sees in Excel; ``cells`` maps field key → raw cell
    value (``None`` for an empty cell); ``formulas`` holds the field keys whose cell is a
    formula without a cached value.
    """

    number: int
    cells: dict[str, Any]
    formulas: frozenset[str] = frozenset()
    #: Cells of the notes columns (column index → raw value), see :mod:`staffopt.habits`.
    notes: dict[int, Any] = field(default_factory=dict)


@dataclass
class Table:
    """An input sheet as found in the file.

    ``name`` is the sheet name in the file, ``headers`` maps field key → header text as
    written in the file, ``unknown`` lists ``(column letter, header)`` of headers that match
    no field, ``repeated`` those naming a field a second time, ``unlabelled`` ``(row, column
    letter)`` of the first data cell found in a column without a header. ``values`` is filled
    by :func:`coerce_table`: one dict per row of typed, valid values (bad or empty cells left out).
    """

    sheet: Sheet
    name: str
    header_row: int | None
    headers: dict[str, str] = field(default_factory=dict)
    unknown: list[tuple[str, str]] = field(default_factory=list)
    repeated: list[tuple[str, str]] = field(default_factory=list)
    unlabelled: list[tuple[int, str]] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    lang: Lang = "en"
    values: list[dict[str, Any]] = field(default_factory=list)
    cell_problems: list[Problem] = field(default_factory=list)
    #: Notes columns (column index → header as written), kept and never read by a rule.
    note_columns: dict[int, str] = field(default_factory=dict)
    #: Totals rows set aside by :func:`set_aside_totals`: (row, column key, label).
    totals: list[tuple[int, str, Any]] = field(default_factory=list)

    def column_label(self, key: str) -> str:
        """Header of column ``key`` as in the file, or as the template would write it."""
        if key in self.headers:
            return self.headers[key]
        return self.sheet.column(key).label(self.lang)


@dataclass
class Tables:
    """All input sheets found in one workbook, by sheet key."""

    by_key: dict[str, Table]
    #: Names of all sheets of the workbook, input or not (to say what is there when one is missing).
    sheet_names: tuple[str, ...] = ()

    def get(self, key: str) -> Table | None:
        """Return the table of sheet ``key`` when the workbook has it."""
        return self.by_key.get(key)


# --------------------------------------------------------------------------------------------
# cell coercion (the type and range rule of every cell)
# --------------------------------------------------------------------------------------------
def is_empty(raw: Any) -> bool:
    """Tell whether a cell is empty (``None`` or only whitespace)."""
    return raw is None or (isinstance(raw, str) and raw.strip() == "")


def number_text(raw: int | float) -> str:
    """Text of a number cell used where text is expected (``101.0`` → ``"101"``)."""
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e15:
        return str(int(raw))
    return repr(raw) if isinstance(raw, float) else str(raw)


def normalise_level(raw: Any) -> str | None:
    """Canonical level of ``raw`` (its label in any language, any case, full-width brackets) or None."""
    if not isinstance(raw, str):
        return None
    return level_aliases().get(spelling(raw))


def coerce(field_: Field, raw: Any) -> Any:
    """Typed value of a non-empty cell; :class:`~staffopt.errors.BadValue` (what was expected) otherwise."""
    if isinstance(raw, (datetime, date, time, timedelta)):
        raise BadValue(Msg("expect.not_date", text=field_.expected()))
    if field_.dtype == "str":
        if isinstance(raw, bool):
            return "true" if raw else "false"  # e.g. TRUE typed as a scenario value
        if isinstance(raw, (int, float)):
            if isinstance(raw, float) and not math.isfinite(raw):
                raise BadValue(field_.expected())
            return number_text(raw)
        return check_length(field_, str(raw).strip())
    if field_.dtype == "level":
        level = normalise_level(raw)
        if level is None:
            raise BadValue(field_.expected())
        return level
    if isinstance(raw, str) and raw.startswith("#"):
        raise BadValue(Msg("expect.cell_error", text=field_.expected()))
    return parse_value(field_, raw)


def check_length(field_: Field, text: str) -> str:
    """Return ``text`` if it fits the column's :attr:`~staffopt.schema.Field.text_limit`, else BadValue."""
    if len(text) > field_.text_limit:
        raise BadValue(Msg("expect.text_length", most=field_.text_limit, n=len(text)))
    return text


def required_text(field_: Field) -> Msg:
    """Describe what an empty required cell should hold."""
    return Msg("expect.not_empty", text=field_.expected())


def coerce_table(table: Table) -> list[Problem]:
    """Type every cell of ``table`` (fills ``table.values``) and return the problems found.

    Empty optional cells are left out of the values (defaults are applied when the frames are
    built); formula cells without a cached value are reported by :func:`check_formulas` only.
    """
    problems: list[Problem] = []
    table.values = []
    for row in table.rows:
        values: dict[str, Any] = {}
        for key in table.headers:
            field_ = table.sheet.column(key)
            if key in row.formulas or (table.sheet.key == "parameters" and key == "value"):
                continue  # formulas: check_formulas; parameter values: parameters_from
            raw = row.cells.get(key)
            if is_empty(raw):
                if field_.required:
                    problems.append(Problem(table.name, row.number, table.column_label(key), None,
                                            required_text(field_)))
                continue
            try:
                values[key] = coerce(field_, raw)
            except BadValue as exc:
                problems.append(Problem(table.name, row.number, table.column_label(key), raw, exc.expected))
        table.values.append(values)
    table.cell_problems = problems
    return problems


# --------------------------------------------------------------------------------------------
# sheet-level rules
# --------------------------------------------------------------------------------------------
#: Most sheet names a message lists.
_SHOW_SHEETS = 10


def _quoted(names: Any, sep: str = "list.sep") -> Join:
    return Join(tuple(Verbatim(f"'{name}'") for name in names), sep=sep)


def _labels(fields: Any) -> Join:
    """Headers of ``fields`` in the language of the message."""
    return Join(tuple(Msg(f.text_key) for f in fields))


def check_required_sheets(tables: Tables) -> list[Problem]:
    """Every required sheet (``offices``) is present."""
    names = tables.sheet_names
    shown: Msg = _quoted(names[:_SHOW_SHEETS])
    if len(names) > _SHOW_SHEETS:
        shown = Msg("list.and_more", items=shown, n=len(names) - _SHOW_SHEETS)
    present: Msg | str = Msg("expect.sheets_present", sheets=shown) if names else ""
    return [
        Problem(sheet.label("en"), None, None, Msg("found.no_sheet"),
                Msg("expect.sheet_named", names=_quoted(sheet.labels(), "list.or"),
                    description=Msg(f"input.{sheet.key}.help"), present=present))
        for sheet in SHEETS if sheet.required and tables.get(sheet.key) is None
    ]


def check_header_rows(tables: Tables) -> list[Problem]:
    """Every input sheet that is present has a header row (a blank sheet has none)."""
    out = []
    for table in tables.by_key.values():
        if table.header_row is None:
            labels = _labels(f for f in table.sheet.columns if f.required)
            out.append(Problem(table.name, None, None, Msg("found.empty_sheet"),
                               Msg("expect.header_row", labels=labels)))
    return out


def check_required_columns(tables: Tables) -> list[Problem]:
    """Every required column of a sheet with a header row is present."""
    out = []
    for table in tables.by_key.values():
        if table.header_row is None:
            continue
        for field_ in table.sheet.columns:
            if field_.required and field_.key not in table.headers:
                out.append(Problem(table.name, table.header_row, " / ".join(field_.labels()), None,
                                   Msg("expect.column_headed", label=field_.label(table.lang),
                                       description=Msg(field_.text_key + ".help"))))
    return out


def check_unknown_columns(tables: Tables) -> list[Problem]:
    """No header names a column the schema does not know (unknown columns are never ignored)."""
    out = []
    for table in tables.by_key.values():
        known = ", ".join(f.label(table.lang) for f in table.sheet.columns)
        for letter, header in table.unknown:
            out.append(Problem(table.name, table.header_row, f"{letter} ({header})", header,
                               Msg("expect.known_column", known=known)))
    return out


def check_repeated_columns(tables: Tables) -> list[Problem]:
    """No column appears twice (e.g. once in English and once in Chinese)."""
    out = []
    for table in tables.by_key.values():
        for letter, header in table.repeated:
            out.append(Problem(table.name, table.header_row, f"{letter} ({header})", header,
                               Msg("expect.column_once")))
    return out


def check_unlabelled_data(tables: Tables) -> list[Problem]:
    """No data in a column without a header."""
    out = []
    for table in tables.by_key.values():
        for row, letter in table.unlabelled:
            out.append(Problem(table.name, row, letter, Msg("found.unlabelled"),
                               Msg("expect.header_or_delete")))
    return out


def check_formulas(tables: Tables) -> list[Problem]:
    """No formula cell without a cached value (openpyxl-written or never recalculated)."""
    out = []
    for table in tables.by_key.values():
        for row in table.rows:
            for key in sorted(row.formulas, key=list(table.headers).index):
                out.append(Problem(table.name, row.number, table.column_label(key),
                                   Msg("found.formula"), Msg("expect.number_not_formula")))
    return out


def check_cell_values(tables: Tables) -> list[Problem]:
    """Every cell has the type and lies in the range its column expects (see :func:`coerce_table`)."""
    out: list[Problem] = []
    for table in tables.by_key.values():
        out.extend(table.cell_problems)
    return out


def set_aside_totals(table: Table) -> None:
    """Move the totals rows of ``table`` (:mod:`staffopt.habits`) from ``rows`` to ``totals``."""
    keys = [k for k in LABEL_COLUMNS if k in table.headers]
    if not keys:
        return
    kept = []
    for row in table.rows:
        label = next((k for k in keys if totals_label(row.cells.get(k))), None)
        if label is None:
            kept.append(row)
        else:
            table.totals.append((row.number, label, row.cells[label]))
    table.rows = kept


def check_totals_rows(tables: Tables) -> list[Problem]:
    """No totals row (合计/总计/小计/total in the office-id or name cell): one problem per row."""
    return [Problem(table.name, number, table.column_label(key), label, totals_expected(table.sheet.key))
            for table in tables.by_key.values() for number, key, label in table.totals]


def check_offices_not_empty(tables: Tables) -> list[Problem]:
    """Check that the offices sheet holds at least one office."""
    table = tables.get("offices")
    if table is None or table.header_row is None or table.rows:
        return []
    return [Problem(table.name, None, None, Msg("found.no_offices"), Msg("expect.office_row"))]


# --------------------------------------------------------------------------------------------
# offices rules
# --------------------------------------------------------------------------------------------
def _rows_of(tables: Tables, *keys: str) -> list[tuple[Table, Row, dict[str, Any]]]:
    """(table, row, typed values) of every row of the sheets ``keys`` present in ``tables``."""
    out: list[tuple[Table, Row, dict[str, Any]]] = []
    for key in keys:
        table = tables.get(key)
        if table is not None:
            out.extend((table, row, values) for row, values in zip(table.rows, table.values, strict=True))
    return out


def _first_rows(tables: Tables) -> dict[str, tuple[int, dict[str, Any]]]:
    """Office id → (row number, values) of its first occurrence."""
    out: dict[str, tuple[int, dict[str, Any]]] = {}
    for _table, row, values in _rows_of(tables, "offices"):
        oid = values.get("office_id")
        if oid is not None and oid not in out:
            out[oid] = (row.number, values)
    return out


def check_duplicate_office_ids(tables: Tables) -> list[Problem]:
    """Office ids are unique."""
    seen: dict[str, int] = {}
    out = []
    for table, row, values in _rows_of(tables, "offices"):
        oid = values.get("office_id")
        if oid is None:
            continue
        if oid in seen:
            out.append(Problem(table.name, row.number, table.column_label("office_id"), oid,
                               Msg("expect.unique_office", row=seen[oid])))
        else:
            seen[oid] = row.number
    return out


def check_provincial_without_parent(tables: Tables) -> list[Problem]:
    """Check that a provincial office has no parent."""
    out = []
    for table, row, values in _rows_of(tables, "offices"):
        if values.get("level") == "provincial" and values.get("parent_id"):
            out.append(Problem(table.name, row.number, table.column_label("parent_id"),
                               values["parent_id"], Msg("expect.no_parent")))
    return out


def check_parent_given(tables: Tables) -> list[Problem]:
    """Every municipal office has a provincial parent and every county a municipal one."""
    out = []
    for table, row, values in _rows_of(tables, "offices"):
        level = values.get("level")
        parent_level = PARENT_LEVEL.get(level) if level else None
        if parent_level and is_empty(row.cells.get("parent_id")) and "parent_id" not in row.formulas:
            out.append(Problem(
                table.name, row.number, table.column_label("parent_id"), None,
                Msg("expect.parent_id", level=Msg(f"level.{level}"), parent=Msg(f"level.{parent_level}"))))
    return out


def check_parent_exists(tables: Tables) -> list[Problem]:
    """Every parent id names an office of the offices sheet."""
    ids = _first_rows(tables)
    out = []
    for table, row, values in _rows_of(tables, "offices"):
        parent = values.get("parent_id")
        if parent and parent not in ids:
            out.append(Problem(table.name, row.number, table.column_label("parent_id"), parent,
                               Msg("expect.parent_in_sheet")))
    return out


def check_parent_level(tables: Tables) -> list[Problem]:
    """Check that a municipal office's parent is provincial and a county office's municipal."""
    ids = _first_rows(tables)
    out = []
    for table, row, values in _rows_of(tables, "offices"):
        level, parent = values.get("level"), values.get("parent_id")
        if not level or not parent or parent not in ids:
            continue
        want = PARENT_LEVEL.get(level)
        found = ids[parent][1].get("level")
        if want is not None and found is not None and found != want:
            out.append(Problem(
                table.name, row.number, table.column_label("parent_id"), parent,
                Msg("expect.parent_level", want=Msg(f"level.{want}"), level=Msg(f"level.{level}"),
                    parent=parent, row=ids[parent][0], found=Msg(f"level.{found}"))))
    return out


def check_cycles(tables: Tables) -> list[Problem]:
    """Following parent ids never leads back to the same office (reported once per cycle)."""
    ids = _first_rows(tables)
    parent_of = {oid: values.get("parent_id") or None for oid, (_n, values) in ids.items()}
    table = tables.get("offices")
    reported: set[str] = set()
    out = []
    for oid in ids:
        path: list[str] = []
        node: str | None = oid
        while node is not None and node in parent_of and node not in path:
            path.append(node)
            node = parent_of[node]
        if node is None or node not in path:
            continue
        cycle = path[path.index(node):]
        if reported.intersection(cycle):
            continue
        reported.update(cycle)
        first = min(cycle, key=lambda o: ids[o][0])
        assert table is not None
        chain = " → ".join(cycle[cycle.index(first):] + cycle[:cycle.index(first)] + [first])
        out.append(Problem(table.name, ids[first][0], table.column_label("parent_id"),
                           parent_of[first], Msg("expect.no_cycle", chain=chain)))
    return out


def check_professional_within_staff(tables: Tables) -> list[Problem]:
    """Professional staff ≤ established staff = min(posts, actual staff)."""
    out = []
    for table, row, values in _rows_of(tables, "offices"):
        pro, posts, actual = (values.get(k) for k in ("professional_staff", "posts", "actual_staff"))
        if pro is None or posts is None or actual is None:
            continue
        staff = min(posts, actual)
        if pro > staff:
            out.append(Problem(table.name, row.number, table.column_label("professional_staff"), pro,
                               Msg("expect.pro_within_staff", staff=staff)))
    return out


def check_contract_within_actual(tables: Tables) -> list[Problem]:
    """Contract staff, when given, do not exceed actual staff (which includes them)."""
    out = []
    for table, row, values in _rows_of(tables, "offices"):
        contract, actual = values.get("contract_staff"), values.get("actual_staff")
        if contract is not None and actual is not None and contract > actual:
            out.append(Problem(table.name, row.number, table.column_label("contract_staff"), contract,
                               Msg("expect.contract_within_actual", actual=actual)))
    return out


def check_staff_for_workload(tables: Tables) -> list[Problem]:
    """Check that an office with workload has staff of some kind."""
    out = []
    for table, row, values in _rows_of(tables, "offices"):
        workload, actual = values.get("workload"), values.get("actual_staff")
        if workload and workload > 0 and actual == 0 and not values.get("contract_staff"):
            out.append(Problem(table.name, row.number, table.column_label("actual_staff"), 0,
                               Msg("expect.staff_for_workload", workload=float(workload))))
    return out


# --------------------------------------------------------------------------------------------
# yearly tables
# --------------------------------------------------------------------------------------------
_YEARLY = ("workload_by_year", "budget_by_year")


def check_yearly_office_known(tables: Tables) -> list[Problem]:
    """Yearly rows name offices of the offices sheet."""
    ids = _first_rows(tables)
    if tables.get("offices") is None:
        return []
    out = []
    for table, row, values in _rows_of(tables, *_YEARLY):
        oid = values.get("office_id")
        if oid is not None and oid not in ids:
            out.append(Problem(table.name, row.number, table.column_label("office_id"), oid,
                               Msg("expect.office_in_offices")))
    return out


def check_yearly_duplicates(tables: Tables) -> list[Problem]:
    """Each (office, year) appears at most once per yearly table."""
    out = []
    for key in _YEARLY:
        table = tables.get(key)
        if table is None:
            continue
        seen: dict[tuple[Any, Any], int] = {}
        for row, values in zip(table.rows, table.values, strict=True):
            pair = (values.get("office_id"), values.get("year"))
            if pair[0] is None or pair[1] is None:
                continue
            if pair in seen:
                out.append(Problem(table.name, row.number, table.column_label("year"), pair[1],
                                   Msg("expect.one_row_per_year", office=pair[0], year=pair[1],
                                       row=seen[pair])))
            else:
                seen[pair] = row.number
    return out


def check_yearly_after_base_year(tables: Tables) -> list[Problem]:
    """Yearly rows are for plan years, i.e. after the base year."""
    base_year = parameters_from(tables)[0].int("base_year")
    out = []
    for table, row, values in _rows_of(tables, *_YEARLY):
        year = values.get("year")
        if year is not None and year <= base_year:
            out.append(Problem(table.name, row.number, table.column_label("year"), year,
                               Msg("expect.after_base_year", base_year=base_year)))
    return out


# --------------------------------------------------------------------------------------------
# targets sheet
# --------------------------------------------------------------------------------------------
def _region_tags(cell: Any) -> list[str]:
    """Region tags of one ``regions`` cell (split at any of ``REGION_SEPARATORS``)."""
    if not isinstance(cell, str):
        return []
    pattern = "|".join(map(re.escape, REGION_SEPARATORS))
    return [tag.strip() for tag in re.split(pattern, cell) if tag.strip()]


def _province_of(ids: dict[str, tuple[int, dict[str, Any]]]) -> dict[str, str | None]:
    """Root office reached from each office by its parent ids (None on a cycle or a missing parent)."""
    out: dict[str, str | None] = {}
    for oid in ids:
        seen: set[str] = set()
        node = oid
        while True:
            parent = ids[node][1].get("parent_id") or None
            if parent is None:
                out[oid] = node
                break
            if parent not in ids or parent in seen:
                out[oid] = None
                break
            seen.add(node)
            node = parent
    return out


_Offices = dict[str, tuple[int, dict[str, Any]]]


def _target_areas(tables: Tables) -> tuple[_Offices, set[str], dict[str, str | None]]:
    """(offices by id, region tags in use, province of each office) for the targets rules."""
    ids = _first_rows(tables)
    tags = {tag for _n, values in ids.values() for tag in _region_tags(values.get("regions"))}
    return ids, tags, _province_of(ids)


def check_target_area(tables: Tables) -> list[Problem]:
    """Each targets row names a provincial office (by id) or a region tag of the offices sheet."""
    if tables.get("targets") is None or tables.get("offices") is None:
        return []
    ids, tags, _ = _target_areas(tables)
    out = []
    for table, row, values in _rows_of(tables, "targets"):
        area = values.get("area")
        if area is None or area in tags:
            continue
        if area in ids and ids[area][1].get("level") == "provincial":
            continue
        provinces = sorted(o for o, (_n, v) in ids.items() if v.get("level") == "provincial")
        known = ", ".join(provinces[:5] + sorted(tags)[:5])
        what: Msg | str = Msg("expect.area_not_provincial", area=repr(area),
                              level=Msg(f"level.{ids[area][1].get('level')}")) if area in ids else ""
        out.append(Problem(table.name, row.number, table.column_label("area"), area,
                           Msg("expect.target_area", what=what,
                               known=Msg("expect.known_list", known=known) if known else "")))
    return out


def check_target_applies(tables: Tables) -> list[Problem]:
    """Each targets row applies to at least one office of its level (in its province or with its tag)."""
    if tables.get("targets") is None or tables.get("offices") is None:
        return []
    ids, tags, province = _target_areas(tables)
    out = []
    for table, row, values in _rows_of(tables, "targets"):
        area, level = values.get("area"), values.get("level")
        if area is None or level is None:
            continue
        is_province = area in ids and ids[area][1].get("level") == "provincial"
        if not is_province and area not in tags:
            continue  # reported by check_target_area
        hit = any(v.get("level") == level and (province.get(oid) == area if is_province
                                               else area in _region_tags(v.get("regions")))
                  for oid, (_n, v) in ids.items())
        if not hit:
            out.append(Problem(table.name, row.number, table.column_label("level"), Msg(f"level.{level}"),
                               Msg("expect.target_level", area=repr(area), level=Msg(f"level.{level}"))))
    return out


def check_target_duplicates(tables: Tables) -> list[Problem]:
    """Each (area, level) pair appears in one targets row only."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for table, row, values in _rows_of(tables, "targets"):
        area, level = values.get("area"), values.get("level")
        if area is None or level is None:
            continue
        pair = (str(area), str(level))
        if pair in seen:
            out.append(Problem(table.name, row.number, table.column_label("area"), pair[0],
                               Msg("expect.target_once", area=repr(pair[0]), level=Msg(f"level.{pair[1]}"),
                                   row=seen[pair])))
        else:
            seen[pair] = row.number
    return out


# --------------------------------------------------------------------------------------------
# locks sheet (rules needing the run's settings and offices: staffopt.model.locks.lock_problems)
# --------------------------------------------------------------------------------------------
def check_lock_office_known(tables: Tables) -> list[Problem]:
    """Each lock names an office of the offices sheet."""
    ids = _first_rows(tables)
    if tables.get("offices") is None:
        return []
    return [Problem(table.name, row.number, table.column_label("office_id"), values["office_id"],
                    Msg("expect.office_in_offices"))
            for table, row, values in _rows_of(tables, "locks")
            if values.get("office_id") is not None and values["office_id"] not in ids]


def check_lock_years(tables: Tables) -> list[Problem]:
    """Each lock is for a plan year (after ``base_year``, at most ``horizon`` years after it)."""
    settings = parameters_from(tables)[0]
    years = set(settings.years)
    wrong = [(table, row, values) for table, row, values in _rows_of(tables, "locks")
             if values.get("year") is not None and values["year"] not in years]
    if not wrong:
        return []
    from staffopt.locks import year_expected  # only for a lock in a wrong year: not loaded by every start

    return [Problem(table.name, row.number, table.column_label("year"), values["year"],
                    year_expected(settings)) for table, row, values in wrong]


def check_lock_duplicates(tables: Tables) -> list[Problem]:
    """One lock per office, year and quantity (two rows would leave it unclear which holds)."""
    seen: dict[tuple[Any, Any, Any], int] = {}
    out = []
    for table, row, values in _rows_of(tables, "locks"):
        key = (values.get("office_id"), values.get("year"), values.get("what"))
        if None in key:
            continue
        if key in seen:
            out.append(Problem(table.name, row.number, table.column_label("what"), key[2],
                               Msg("expect.lock_once", office=key[0], what=Msg(f"lock.what.{key[2]}"),
                                   year=key[1], row=seen[key])))
        else:
            seen[key] = row.number
    return out


def check_lock_bound_given(tables: Tables) -> list[Problem]:
    """Each lock gives min, max or both."""
    out = []
    for table, row, _values in _rows_of(tables, "locks"):
        given = [k for k in ("min", "max") if not is_empty(row.cells.get(k)) or k in row.formulas]
        if not given:
            out.append(Problem(table.name, row.number, table.column_label("min"), None,
                               Msg("expect.lock_bound")))
    return out


def check_lock_order(tables: Tables) -> list[Problem]:
    """A lock's min is not above its max."""
    out = []
    for table, row, values in _rows_of(tables, "locks"):
        lo, hi = values.get("min"), values.get("max")
        if lo is not None and hi is not None and lo > hi:
            out.append(Problem(table.name, row.number, table.column_label("max"), hi,
                               Msg("expect.lock_order", lo=lo)))
    return out


# --------------------------------------------------------------------------------------------
# parameters sheet
# --------------------------------------------------------------------------------------------
def parameters_from(tables: Tables) -> tuple[Settings, list[Problem]]:
    """Parse the parameters sheet into settings (defaults for missing keys) and the problems found.

    Unknown keys, empty or bad values and repeated keys are problems; their rows are left
    out of the settings.
    """
    table = tables.get("parameters")
    if table is None or table.header_row is None or "key" not in table.headers:
        return Settings(), []
    values: dict[str, Any] = {}
    first: dict[str, int] = {}
    problems: list[Problem] = []
    for row, typed in zip(table.rows, table.values, strict=True):
        key = typed.get("key")
        if key is None:
            continue  # empty key cell: reported by check_cell_values
        key = parameter_key(key)  # an old, renamed key counts as its current one
        field_ = PARAMETERS_BY_KEY.get(key)
        if field_ is None:
            problems.append(Problem(table.name, row.number, table.column_label("key"), key,
                                    unknown_key(key)))
            continue
        if key in first:
            problems.append(Problem(table.name, row.number, table.column_label("key"), key,
                                    Msg("expect.parameter_once", row=first[key])))
            continue
        first[key] = row.number
        if "value" in row.formulas or "value" not in table.headers:
            continue
        raw = row.cells.get("value")
        if is_empty(raw):
            problems.append(Problem(table.name, row.number, table.column_label("value"), None,
                                    Msg("expect.or_default", text=field_.expected(),
                                        default=field_.default)))
            continue
        try:
            values[key] = parse_value(field_, raw)
        except BadValue as exc:
            problems.append(Problem(table.name, row.number, table.column_label("value"), raw,
                                    Msg("expect.for_parameter", text=exc.expected, key=key)))
    return Settings(values), problems


def check_parameters(tables: Tables) -> list[Problem]:
    """Parameter rows: known key, valid value, each key once."""
    return parameters_from(tables)[1]


# --------------------------------------------------------------------------------------------
# scenarios sheet
# --------------------------------------------------------------------------------------------
def check_scenario_keys(tables: Tables) -> list[Problem]:
    """Scenario rows name known parameters."""
    out = []
    for table, row, values in _rows_of(tables, "scenarios"):
        key = values.get("key")
        if key is not None and parameter_key(key) not in PARAMETERS_BY_KEY:
            out.append(Problem(table.name, row.number, table.column_label("key"), key,
                               unknown_key(key)))
    return out


def check_scenario_values(tables: Tables) -> list[Problem]:
    """Each scenario value is valid for its parameter."""
    out = []
    for table, row, values in _rows_of(tables, "scenarios"):
        key = values.get("key")
        field_ = PARAMETERS_BY_KEY.get(parameter_key(key)) if key else None
        raw = row.cells.get("value")
        if field_ is None or is_empty(raw) or "value" in row.formulas:
            continue
        try:
            parse_value(field_, raw)
        except BadValue as exc:
            out.append(Problem(table.name, row.number, table.column_label("value"), raw,
                               Msg("expect.for_parameter", text=exc.expected, key=key)))
    return out


def check_scenario_duplicates(tables: Tables) -> list[Problem]:
    """Check that a scenario sets each parameter at most once."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for table, row, values in _rows_of(tables, "scenarios"):
        name, key = values.get("scenario"), values.get("key")
        if name is None or key is None:
            continue
        key = parameter_key(key)
        if (name, key) in seen:
            out.append(Problem(table.name, row.number, table.column_label("key"), key,
                               Msg("expect.once_per_scenario", name=name, key=key,
                                   row=seen[(name, key)])))
        else:
            seen[(name, key)] = row.number
    return out


# --------------------------------------------------------------------------------------------
# all rules
# --------------------------------------------------------------------------------------------
Check = Callable[[Tables], list[Problem]]

#: Every rule, in the order its problems are listed.
CHECKS: tuple[Check, ...] = (
    check_required_sheets,
    check_header_rows,
    check_required_columns,
    check_unknown_columns,
    check_repeated_columns,
    check_unlabelled_data,
    check_totals_rows,
    check_offices_not_empty,
    check_formulas,
    check_cell_values,
    check_duplicate_office_ids,
    check_provincial_without_parent,
    check_parent_given,
    check_parent_exists,
    check_parent_level,
    check_cycles,
    check_professional_within_staff,
    check_contract_within_actual,
    check_staff_for_workload,
    check_parameters,
    check_yearly_office_known,
    check_yearly_duplicates,
    check_yearly_after_base_year,
    check_scenario_keys,
    check_scenario_values,
    check_scenario_duplicates,
    check_target_area,
    check_target_applies,
    check_target_duplicates,
    check_lock_office_known,
    check_lock_years,
    check_lock_duplicates,
    check_lock_bound_given,
    check_lock_order,
)


def run_checks(tables: Tables) -> list[Problem]:
    """Type every table, run every rule and return all problems (sorted by sheet order, row)."""
    for table in tables.by_key.values():
        set_aside_totals(table)  # before typing: a totals row gives one problem, not one per cell
        coerce_table(table)
    problems: list[Problem] = []
    for check in CHECKS:
        problems.extend(check(tables))
    order = {t.name: i for i, t in enumerate(tables.by_key.values())}
    return sorted(problems, key=lambda p: (order.get(p.sheet, -1), p.row or 0))
