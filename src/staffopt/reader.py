"""Safe reading of an input workbook into validated :class:`~staffopt.instance.InputData`.

Order of work, each step refusing bad files before the next, more expensive one runs:

0. A workbook given as ``-`` (standard input) or as a pipe is read into memory first
   (:func:`staffopt.limits.read_stream`, size-capped).
1. :func:`check_archive` looks at the file's first bytes and the zip central directory
   (member count, per-member and total uncompressed size, compression ratio, sheet count and
   total XML: :func:`staffopt.limits.check_budget`) without decompressing anything: a zip bomb,
   an ``.xls`` or CSV renamed to ``.xlsx`` or a corrupt file is rejected in milliseconds.
   No XML part may declare a DTD (the first bytes of each part are read here, and every byte
   later parsed is checked again by :class:`staffopt.limits.GuardedZip`): an entity-expansion
   attack is refused whichever XML parser openpyxl uses (defusedxml, or lxml — which
   python-docx installs — with entities unresolved).
2. openpyxl loads the workbook read-only (``defusedxml`` active), once with cached values and
   once with formulas (to tell an empty cell from a formula that was never calculated), through
   :func:`staffopt.limits.open_workbook`: every byte decompressed counts against a parse budget,
   and sheets other than the input sheets are never parsed. Sheets are found by English or
   Chinese name or schema key; sheets that are not input sheets (report sheets, "sources") are
   ignored.
3. Each input sheet (their XML size checked first) is read row by row after
   ``ws.reset_dimensions()`` (a forged ``<dimension>`` cannot blow up the work) and capped at
   :data:`MAX_ROWS` rows and :data:`MAX_COLUMNS` columns; a header or value past the last
   column is reported, never dropped. Headers are matched in English, Chinese or as the schema
   key; the units row written by the template is recognised and skipped.
4. :func:`staffopt.validate.run_checks` runs every rule; all problems are raised together.
"""

from __future__ import annotations

import dataclasses
import math
import re
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from staffopt.errors import FILE_SHEET, InputError, Problem
from staffopt.habits import is_notes_header, notes_frame
from staffopt.limits import (
    MAX_PARSED_BYTES,
    GuardedZip,
    ParseBudgetError,
    check_budget,
    input_sheet_problem,
    is_stream,
    member_size,
    new_budget,
    open_workbook,
    past_cap,
    read_stream,
    sheet_count_problem,
    source_name,
)
from staffopt.openpyxl_lean import EMPTY_CELL, get_column_letter
from staffopt.schema import SHEETS, SHEETS_BY_KEY, Field, Sheet
from staffopt.settings import Settings
from staffopt.text import LANGS, Msg, catalog, languages
from staffopt.validate import (
    Row,
    Table,
    Tables,
    is_empty,
    parameters_from,
    run_checks,
)

if TYPE_CHECKING:  # pandas loads only when frames are built (``staffopt validate`` never does)
    import pandas as pd

    from staffopt.instance import InputData

#: Most rows read from one sheet (header included); more is an error, not silently cut.
MAX_ROWS = 100_000
#: Most columns read from one sheet.
MAX_COLUMNS = 200
#: Most members of the zip archive.
MAX_MEMBERS = 2_000
#: Largest uncompressed size of one zip member, bytes.
MAX_MEMBER_BYTES = 400 * 2**20
#: Largest uncompressed size of all members together, bytes.
MAX_TOTAL_BYTES = 1024 * 2**20
#: Largest compression ratio of a member (checked for members above :data:`RATIO_MIN_BYTES`).
MAX_RATIO = 200.0
#: Members smaller than this are not ratio-checked (tiny parts compress very well legitimately).
RATIO_MIN_BYTES = 2**20

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SAVE_AS = Msg("expect.save_as_xlsx")


# --------------------------------------------------------------------------------------------
# 1. the archive
# --------------------------------------------------------------------------------------------
def _file_problem(value: Msg, expected: Msg) -> list[Problem]:
    return [Problem(FILE_SHEET, None, None, value, expected)]


def _head(source: Path | BinaryIO, n: int) -> bytes:
    if isinstance(source, Path):
        with source.open("rb") as handle:
            return handle.read(n)
    source.seek(0)
    return source.read(n)


def check_archive(source: Path | BinaryIO) -> list[Problem]:
    """Problems with the file (or its bytes) as a zip archive, from its first bytes and central directory."""
    try:
        head = _head(source, 8)
    except OSError as exc:
        return _file_problem(Msg("found.unreadable", reason=exc.strerror or type(exc).__name__),
                             Msg("expect.readable_xlsx"))
    if head.startswith(_OLE2):
        return _file_problem(Msg("found.xls"), _SAVE_AS)
    if not head.startswith(b"PK"):
        kind = "found.empty_file" if not head else (
            "found.text_file" if _looks_like_text(source) else "found.not_zip")
        return _file_problem(Msg(kind), _SAVE_AS)
    try:
        with zipfile.ZipFile(source) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        return _file_problem(Msg("found.corrupt_zip"), Msg("expect.details", text=_SAVE_AS, details=str(exc)))
    if len(infos) > MAX_MEMBERS:
        return _file_problem(Msg("found.zip_parts", n=len(infos)), Msg("expect.zip_parts", n=MAX_MEMBERS))
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_MEMBER_BYTES:
            return _file_problem(Msg("found.big_part", part=info.filename, mb=info.file_size / 2**20),
                                 Msg("expect.small_parts", mb=MAX_MEMBER_BYTES / 2**20))
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_MIN_BYTES and ratio > MAX_RATIO:
            return _file_problem(Msg("found.ratio", part=info.filename, ratio=ratio),
                                 Msg("expect.ratio", ratio=MAX_RATIO))
    if total > MAX_TOTAL_BYTES:
        return _file_problem(Msg("found.total", mb=total / 2**20),
                             Msg("expect.total", mb=MAX_TOTAL_BYTES / 2**20))
    budget = check_budget(infos)
    if budget:
        return budget
    names = {info.filename for info in infos}
    if "xl/workbook.bin" in names:
        return _file_problem(Msg("found.xlsb"), _SAVE_AS)
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        return _file_problem(Msg("found.no_workbook"), _SAVE_AS)
    return _dtd_problems(source, infos)


#: Bytes read from the start of each XML part when looking for a DTD (it must precede the root).
DTD_SCAN_BYTES = 4096
_DTD_MARKS = tuple(mark.encode(enc) for mark in ("<!DOCTYPE", "<!ENTITY")
                   for enc in ("utf-8", "utf-16-le", "utf-16-be"))


def _dtd_problems(source: Path | BinaryIO, infos: list[zipfile.ZipInfo]) -> list[Problem]:
    """Refuse a part that declares a DTD: Excel never writes one, entity-expansion attacks need one.

    Checked here, before any XML parser runs, so the refusal does not depend on which parser
    openpyxl picks (defusedxml, or lxml when it is installed).
    """
    try:
        with zipfile.ZipFile(source) as archive:
            for info in infos:
                if not info.filename.endswith((".xml", ".rels", ".vml")):
                    continue
                with archive.open(info) as member:
                    head = member.read(DTD_SCAN_BYTES)
                if any(mark in head for mark in _DTD_MARKS):
                    return _file_problem(Msg("found.dtd", part=info.filename),
                                         Msg("expect.no_dtd", text=_SAVE_AS))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, zlib.error) as exc:
        return _file_problem(Msg("found.corrupt_zip"), Msg("expect.details", text=_SAVE_AS, details=str(exc)))
    return []


def _looks_like_text(source: Path | BinaryIO) -> bool:
    try:
        chunk = _head(source, 4096)
    except OSError:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            chunk.decode(encoding)
            return b"\x00" not in chunk
        except UnicodeDecodeError:
            continue
    return False


# --------------------------------------------------------------------------------------------
# 2.-3. sheets and tables
# --------------------------------------------------------------------------------------------
def normalise_name(text: Any) -> str:
    """Name/header normalised for matching: case, ``_``, full-width spaces and brackets ignored."""
    raw = str(text).replace("_", " ").replace("\u3000", " ").replace("（", "(").replace("）", ")")
    return " ".join(raw.split()).casefold()


def _sheet_lookup() -> dict[str, Sheet]:
    out: dict[str, Sheet] = {}
    for sheet in SHEETS:
        for name in (sheet.key, *sheet.labels()):
            out[normalise_name(name)] = sheet
    return out


#: :func:`_header_lookup` of each sheet, with the sheet and catalogs it was built from (see there).
_HEADER_LOOKUPS: dict[str, tuple[tuple[object, ...], dict[str, tuple[Field, str]]]] = {}


def _header_lookup(sheet: Sheet) -> dict[str, tuple[Field, str]]:
    """Normalised header → (field, language it is written in); built once per sheet and catalogs.

    The spellings come from the catalogs of every language (:func:`staffopt.text.languages`), so
    the lookup is rebuilt when a catalog is registered or replaced (a test's language); it is
    kept with the sheet and the catalogs themselves, compared by identity. Callers must not change it.
    """
    catalogs = (sheet, *(catalog(lang) for lang in languages()))
    cached = _HEADER_LOOKUPS.get(sheet.key)
    if cached is not None and len(cached[0]) == len(catalogs) and all(
            a is b for a, b in zip(cached[0], catalogs, strict=True)):
        return cached[1]
    out = _build_header_lookup(sheet)
    _HEADER_LOOKUPS[sheet.key] = (catalogs, out)
    return out


def _build_header_lookup(sheet: Sheet) -> dict[str, tuple[Field, str]]:
    out: dict[str, tuple[Field, str]] = {}
    for field_ in sheet.columns:
        out[normalise_name(field_.key)] = (field_, LANGS[0])
        for lang in languages():
            out.setdefault(normalise_name(field_.label(lang)), (field_, lang))
        for unit in _unit_texts(field_):
            # "workload (person-times/year)": a header with its unit in brackets
            for lang in languages():
                out.setdefault(normalise_name(f"{field_.label(lang)} ({unit})"), (field_, lang))
    return out


def _unit_texts(field_: Field) -> tuple[str, ...]:
    """The unit of ``field_`` in every language (none when it has no unit)."""
    return tuple(field_.unit.text(lang) for lang in languages()) if field_.unit else ()


def _match_header(lookup: dict[str, tuple[Field, str]], text: str) -> tuple[Field, str] | None:
    norm = normalise_name(text)
    if norm in lookup:
        return lookup[norm]
    # a header with some other note in brackets: "posts (2021)"
    if norm.endswith(")") and " (" in norm:
        return lookup.get(norm[: norm.index(" (")].strip())
    return None


def _is_units_row(cells: Sequence[Any], columns: dict[int, Field]) -> bool:
    """Tell whether every non-empty cell is its column's unit (the template's units row)."""
    matched = False
    for index, value in enumerate(cells):
        if is_empty(value):
            continue
        field_ = columns.get(index)
        if field_ is None or not field_.unit:
            return False
        if normalise_name(value) not in {normalise_name(u) for u in _unit_texts(field_)}:
            return False
        matched = True
    return matched


_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")


def may_have_formulas(ws: Any) -> bool:
    """Tell whether the sheet's XML holds a formula element (streamed; True when unsure)."""
    get_source = getattr(ws, "_get_source", None)
    if get_source is None:
        return True
    tail = b""
    with get_source() as src:
        while chunk := src.read(2**20):
            text = tail + chunk
            # every match holds "<f" or ":f": a cheap test first, the pattern only where one is found
            if (b"<f" in text or b":f" in text) and _FORMULA_TAG.search(text):
                return True
            tail = chunk[-64:]
    return False


def _rows(ws_values: Any, ws_formulas: Any | None) -> Iterator[tuple[int, tuple[Any, ...], tuple[Any, ...]]]:
    """Yield (row number, values, formula cells) of a sheet, MAX_COLUMNS+1 columns wide.

    ``ws_formulas`` is the same sheet loaded without cached values, or None when the sheet
    has no formula at all (then the second, slower pass is skipped).
    """
    # no max_row: the generator then yields a row past the cap only when the sheet really has one
    kw = {"min_row": 1, "max_col": MAX_COLUMNS + 1}
    ws_values.reset_dimensions()
    values_iter = ws_values.iter_rows(values_only=True, **kw)
    if ws_formulas is None:
        for number, values in enumerate(values_iter, start=1):
            yield number, values, ()
        return
    ws_formulas.reset_dimensions()
    formula_iter = ws_formulas.iter_rows(values_only=False, **kw)
    for number, (values, cells) in enumerate(zip(values_iter, formula_iter, strict=False), start=1):
        yield number, values, cells


def _filled_width(values: tuple[Any, ...]) -> int:
    """1 + the index of the last value that is not None (0 for a row of None only).

    Rows are read :data:`MAX_COLUMNS` + 1 wide and mostly None past their last value: the width is
    bisected on "every value from here on is None" (true from the width on, false before it), each
    probe a count in C, instead of stepping back over the Nones one by one.
    """
    low, high = 0, len(values)
    while low < high:
        mid = (low + high) // 2
        tail = values[mid:]
        if tail.count(None) == len(tail):
            high = mid
        else:
            low = mid + 1
    return low


def read_table(
    ws_values: Any, ws_formulas: Any | None, sheet: Sheet, name: str
) -> tuple[Table, list[Problem]]:
    """Read one input sheet into a :class:`Table`; problems of size limits are returned apart."""
    table = Table(sheet=sheet, name=name, header_row=None)
    problems: list[Problem] = []
    lookup = _header_lookup(sheet)
    columns: dict[int, Field] = {}
    unlabelled_seen: set[int] = set()
    wide_reported = False
    langs: list[str] = []
    known_columns: list[int] = []  # the columns of fields and notes, in order (set by the header row)
    for number, values, cells in _rows(ws_values, ws_formulas):
        if number > MAX_ROWS:
            problems.append(Problem(name, number, None, Msg("found.rows_below", n=MAX_ROWS),
                                    Msg("expect.max_rows", n=MAX_ROWS)))
            break
        past = past_cap(values, MAX_COLUMNS)
        if past and (table.header_row is None or not wide_reported):
            wide_reported = True
            problems.extend(_past_cap_problems(name, number, past, header=table.header_row is None))
        values = values[:MAX_COLUMNS]
        formula_cols = {
            i for i, cell in enumerate(cells[:MAX_COLUMNS])
            if cell is not EMPTY_CELL and getattr(cell, "data_type", None) == "f"
            and is_empty(values[i] if i < len(values) else None)
        }
        if values.count(None) == len(values) and not formula_cols:
            continue  # fast path for the (possibly many) padding rows of a sparse sheet
        if all(is_empty(v) for v in values) and not formula_cols:
            continue
        if table.header_row is None:
            table.header_row = number
            for index, text in enumerate(values):
                if is_empty(text):
                    continue
                letter = get_column_letter(index + 1)
                header = str(text).strip()
                match = _match_header(lookup, header)
                if match is None and is_notes_header(header):
                    table.note_columns[index] = header  # kept as notes, never read (habits)
                    unlabelled_seen.add(index)
                elif match is None:
                    table.unknown.append((letter, header))
                    unlabelled_seen.add(index)  # reported as an unknown column already
                elif match[0].key in table.headers:
                    table.repeated.append((letter, header))
                    unlabelled_seen.add(index)
                else:
                    columns[index] = match[0]
                    table.headers[match[0].key] = header
                    langs.append(match[1])
            table.lang = max(languages(), key=langs.count)  # a tie: the first language
            known_columns = sorted({*columns, *table.note_columns})
            continue
        if number == table.header_row + 1 and not formula_cols and _is_units_row(values, columns):
            continue
        row_cells: dict[str, Any] = {}
        notes: dict[int, Any] = {}
        width = _filled_width(values)
        for index in range(width):
            value = values[index]
            field_ = columns.get(index)
            if field_ is not None:
                row_cells[field_.key] = value
            elif index in table.note_columns:
                notes[index] = value
            elif not is_empty(value) and index not in unlabelled_seen:
                unlabelled_seen.add(index)
                table.unlabelled.append((number, get_column_letter(index + 1)))
        # past the last value every cell is None: the known columns there are empty, in column order
        for index in known_columns:
            if width <= index < len(values):
                if index in columns:
                    row_cells[columns[index].key] = None
                else:
                    notes[index] = None
        formulas = frozenset(columns[i].key for i in formula_cols if i in columns)
        table.rows.append(Row(number=number, cells=row_cells, formulas=formulas, notes=notes))
    return table, problems


def _past_cap_problems(name: str, number: int, past: list[tuple[int, Any]], *, header: bool) -> list[Problem]:
    """Cells past the last column read: each header there, or the row's first value, as a problem."""
    last = get_column_letter(MAX_COLUMNS)
    if header:
        return [Problem(name, number, f"{get_column_letter(col)} ({str(text).strip()})", text,
                        Msg("expect.within_columns", n=MAX_COLUMNS, last=last)) for col, text in past]
    col, _value = past[0]
    return [Problem(name, number, get_column_letter(col), Msg("found.wide", n=MAX_COLUMNS),
                    Msg("expect.max_columns_to", n=MAX_COLUMNS, last=last))]


# --------------------------------------------------------------------------------------------
# the workbook opened to learn its language, kept for the read of the same run
# --------------------------------------------------------------------------------------------
#: The workbook :func:`staffopt.text.choose.workbook_lang` opened (checked by :func:`check_archive`
#: and loaded by :func:`~staffopt.limits.open_workbook`, as :func:`load_tables` does) with the bytes
#: that opening charged to its parse budget, by the file's identity (:func:`file_identity`). The
#: command line reads the language first, then the tables: opening the file once saves ≈ 2.5 % of what
#: ``staffopt validate`` costs. At most one is kept; :func:`release_kept` closes it.
_KEPT: dict[tuple[int, ...], tuple[Any, int]] = {}


def file_identity(path: Path) -> tuple[int, ...] | None:
    """Device, inode, size, modification and change times of ``path`` (None when it cannot be read)."""
    try:
        st = Path(path).stat()
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def keep_open(path: Path, wb: Any, opened_bytes: int) -> None:
    """Keep ``wb`` (opened from ``path``, charging ``opened_bytes``) for :func:`load_tables` of the file."""
    release_kept()
    key = file_identity(path)
    if key is None or not isinstance(getattr(wb, "_archive", None), GuardedZip):
        wb.close()
        return
    _KEPT[key] = (wb, opened_bytes)


def release_kept() -> None:
    """Close the workbook :func:`keep_open` kept, if any (the end of a command, a new command line)."""
    while _KEPT:
        _key, (wb, _used) = _KEPT.popitem()
        wb.close()


def _take_kept(source: Path | BinaryIO) -> tuple[Any, Any] | None:
    """The kept workbook of ``source`` (unchanged since it was opened) and a fresh parse budget; else None.

    The budget is charged what opening the workbook charged, so the sheets read on it are counted
    exactly as when the file is opened here.
    """
    if not _KEPT or not isinstance(source, Path):
        return None
    key = file_identity(source)
    kept = _KEPT.pop(key, None) if key is not None else None
    release_kept()  # another file's, or a changed file's: not this run's
    if kept is None:
        return None
    wb, opened_bytes = kept
    budget = new_budget()
    if opened_bytes > MAX_PARSED_BYTES:  # pragma: no cover - it was opened within the same budget
        wb.close()
        return None
    budget.take(opened_bytes, "xl/workbook.xml")
    wb._archive.budget = budget
    return wb, budget


def load_tables(path: Path) -> tuple[Tables, list[Problem]]:
    """Open ``path`` safely and read every input sheet; problems of the file itself are returned.

    ``path`` may be ``-`` (standard input) or a pipe: it is then read into memory first.
    When the returned problems are not empty the tables may be incomplete and must not be used.
    The workbook the language read of the same run opened is used when the file has not changed
    since (:func:`keep_open`): it passed the same checks and opening then.
    """
    source: Path | BinaryIO = path
    if is_stream(path):
        stream = read_stream(path)
        if isinstance(stream, list):
            return Tables({}), stream
        source = stream
    kept = _take_kept(source)
    if kept is None:
        problems = check_archive(source)
        if problems:
            return Tables({}), problems
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl's notes on unsupported extensions
        if kept is not None:
            wb_values, budget = kept
        else:
            budget = new_budget()
            try:
                wb_values = open_workbook(source, data_only=True, budget=budget)
            except ParseBudgetError as exc:
                return Tables({}), exc.problems()
            except Exception as exc:  # noqa: BLE001 - hostile files raise anything; report, never crash
                return Tables({}), _file_problem(Msg("found.unopenable"),
                                                 Msg("expect.details", text=_SAVE_AS, details=_describe(exc)))
        formulas = _FormulaBook(source, budget)
        try:
            return _read_sheets(wb_values, formulas)
        except ParseBudgetError as exc:
            return Tables({}), exc.problems()
        finally:
            wb_values.close()
            formulas.close()


class _FormulaBook:
    """The workbook loaded a second time without cached values, only when a sheet has formulas."""

    def __init__(self, source: Path | BinaryIO, budget: Any) -> None:
        self.source = source
        self.budget = budget
        self.wb: Any = None

    def sheet(self, name: str) -> Any:
        if self.wb is None:
            self.wb = open_workbook(self.source, data_only=False, budget=self.budget)
        return self.wb[name]

    def close(self) -> None:
        if self.wb is not None:
            self.wb.close()


def _read_sheets(wb_values: Any, formulas: _FormulaBook) -> tuple[Tables, list[Problem]]:
    lookup = _sheet_lookup()
    tables: dict[str, Table] = {}
    problems: list[Problem] = sheet_count_problem(len(wb_values.sheetnames))
    if problems:
        return Tables({}), problems
    input_xml = 0
    for name in wb_values.sheetnames:
        sheet = lookup.get(normalise_name(name))
        if sheet is None:
            continue  # not an input sheet: report sheets, sources, notes
        if sheet.key in tables:
            first = tables[sheet.key].name
            problems.append(Problem(name, None, None, name,
                                    Msg("expect.one_sheet", sheet=Msg(f"input.{sheet.key}"), first=first)))
            continue
        ws_values = wb_values[name]
        if not hasattr(ws_values, "iter_rows"):
            problems.append(Problem(name, None, None, Msg("found.chart_sheet"),
                                    Msg("expect.table_of", sheet=Msg(f"input.{sheet.key}"))))
            continue
        size = member_size(ws_values)
        input_xml += size
        too_big = input_sheet_problem(name, size, input_xml)
        if too_big is not None:
            problems.append(too_big)
            break
        try:
            ws_formulas = formulas.sheet(name) if may_have_formulas(ws_values) else None
            table, size_problems = read_table(ws_values, ws_formulas, sheet, name)
        except ParseBudgetError:
            raise
        except Exception as exc:  # noqa: BLE001 - malformed sheet XML, entity attacks …
            problems.append(Problem(name, None, None, Msg("found.bad_sheet", details=_describe(exc)),
                                    _SAVE_AS))
            continue
        problems.extend(size_problems)
        tables[sheet.key] = table
    ordered = {s.key: tables[s.key] for s in SHEETS if s.key in tables}
    return Tables(ordered, sheet_names=tuple(str(n) for n in wb_values.sheetnames)), problems


def _describe(exc: BaseException) -> str:
    text = str(exc).strip() or "no details"
    return f"{type(exc).__name__}: {text[:120]}"


# --------------------------------------------------------------------------------------------
# 4. frames
# --------------------------------------------------------------------------------------------


def _dtype(field_: Field) -> str:
    if field_.dtype == "int":
        return "Int64" if field_.default is None and not field_.required else "int64"
    if field_.dtype == "float":
        return "float64"
    if field_.dtype == "bool":
        return "bool"
    return "str"


def table_frame(sheet_key: str, records: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Build a frame with the schema columns of sheet ``sheet_key`` in canonical keys and dtypes.

    Missing optional values take the field default, except ``contract_staff``, ``min_staff``,
    ``post_step`` and ``contract_cap`` which stay ``pd.NA`` (nullable ``Int64``). Builders of
    :class:`InputData` (the reader, the shipped examples, tests) use this so frames compare equal.
    ``scenarios``, ``targets`` and ``locks`` frames get the extra ``row`` column (int) when the records
    carry it.
    """
    import pandas as pd

    sheet = SHEETS_BY_KEY[sheet_key]
    rows = list(records)
    data: dict[str, pd.Series] = {}
    for field_ in sheet.columns:
        column = []
        for record in rows:
            value = record.get(field_.key)
            if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
                value = pd.NA if field_.default is None else field_.default
            column.append(value)
        data[field_.key] = pd.Series(column, dtype=_dtype(field_))
    frame = pd.DataFrame(data, index=pd.RangeIndex(len(rows)))
    if sheet_key in ("scenarios", "targets", "locks"):
        frame["row"] = pd.Series([int(r.get("row", 0) or 0) for r in rows], dtype="int64")
    return frame


def build_input_data(tables: Tables, settings: Settings, source: str | None) -> InputData:
    """:class:`InputData` from validated tables (no problems left)."""
    from staffopt.instance import InputData

    def records(key: str) -> list[dict[str, Any]]:
        table = tables.get(key)
        return [] if table is None else table.values

    return InputData(
        offices=table_frame("offices", records("offices")),
        parameters=settings,
        workload_by_year=table_frame("workload_by_year", records("workload_by_year")),
        budget_by_year=table_frame("budget_by_year", records("budget_by_year")),
        scenarios=table_frame("scenarios", _numbered(tables.get("scenarios"))),
        source=source,
        rows={key: tuple(row.number for row in table.rows) for key, table in tables.by_key.items()},
        sheet_names={key: table.name for key, table in tables.by_key.items()},
        targets=table_frame("targets", _numbered(tables.get("targets"))),
        notes=_notes(tables),
        locks=table_frame("locks", _numbered(tables.get("locks"))),
    )


def _numbered(table: Table | None) -> list[dict[str, Any]]:
    """The typed rows of ``table`` with their spreadsheet row number as ``row`` (for later errors)."""
    if table is None:
        return []
    return [{**values, "row": row.number} for row, values in zip(table.rows, table.values, strict=True)]


def _notes(tables: Tables) -> dict[str, pd.DataFrame]:
    """The notes columns of every sheet (see :mod:`staffopt.habits`); parameters by their key."""
    out: dict[str, pd.DataFrame] = {}
    for key, table in tables.by_key.items():
        index = [values.get("key") for values in table.values] if key == "parameters" else None
        frame = notes_frame(table.note_columns, [row.notes for row in table.rows], index)
        if frame is not None:
            out[key] = frame
    return out


def inspect_workbook(path: Path) -> tuple[Tables, list[Problem]]:
    """Read ``path`` and run every rule; returns the tables and ALL problems (no exception)."""
    tables, problems = load_tables(path)
    if problems and not tables.by_key:
        return tables, problems
    return tables, problems + run_checks(tables)


def read_workbook(path: Path) -> InputData:
    """Read and validate an input workbook; :class:`InputError` lists every problem found.

    ``path`` may be a template filled in by the user, a shipped example or a ``plan.xlsx``
    report (its report sheets are ignored).
    """
    path = Path(path)
    tables, problems = inspect_workbook(path)
    if problems:
        raise InputError(problems, source=source_name(path))
    settings, _ = parameters_from(tables)
    data = build_input_data(tables, settings, source_name(path))
    check_locks_against_rules(data, tables, source_name(path))
    return data


def check_locks_against_rules(data: InputData, tables: Tables, source: str) -> None:
    """Raise :class:`InputError` for locks the workbook's own parameters make impossible.

    The rules a lock must meet need the offices and settings (:func:`staffopt.model.locks.lock_problems`,
    with the model's own bounds); running them here lets ``validate`` report them too, named by
    the sheet and headers as written in the file. A run with ``--set`` or a scenario is checked
    again with its own settings when it starts (:func:`staffopt.pipeline.run_solve`).
    """
    table = tables.get("locks")
    if data.locks is None or data.locks.empty or table is None:
        return
    from staffopt.instance import build_instance
    from staffopt.locks import LOCKS_SHEET
    from staffopt.model.locks import check_locks  # the model (Pyomo) only for a workbook with locks

    try:
        check_locks(build_instance(data, data.parameters))
    except InputError as exc:
        headers = {f.label("en"): f.key for f in table.sheet.columns}
        problems = [dataclasses.replace(p, sheet=table.name, column=table.column_label(headers[p.column]))
                    if p.sheet == LOCKS_SHEET and p.column in headers else p for p in exc.problems]
        raise InputError(problems, source=source) from None
