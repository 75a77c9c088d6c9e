"""Limits of an input workbook, checked before and while it is parsed; reading from a pipe.

Parsing XML is what costs time: openpyxl handles about 1–3 MB of sheet XML a second, less for
XML made of many tiny elements (a hostile file). A file that is small on disk can hold a
gigabyte of such XML, so the reader bounds the XML it parses in three places:

1. :func:`check_budget` looks at the zip central directory only (milliseconds): at most
   :data:`MAX_SHEETS` sheets and :data:`MAX_XML_BYTES` of uncompressed XML in all parts together.
2. :func:`open_workbook` loads a workbook through :class:`GuardedZip`, which counts every byte
   decompressed for the parser and stops at :data:`MAX_PARSED_BYTES` (:class:`ParseBudgetError`),
   and never parses a sheet just to learn its size (openpyxl would read every sheet of the file
   once for that, input sheet or not): sheets other than the input sheets are never parsed.
3. :func:`input_sheet_problem` refuses input sheets holding more than :data:`MAX_INPUT_XML_BYTES`
   of XML together, from their sizes in the zip directory, before any of them is read.

The limits are several times what a national workbook needs (3,300 offices, 10 plan years, the
yearly tables filled: about 13 MB of sheet XML; its ``plan.xlsx`` about 80 MB, of which only the
input sheets are parsed), so no genuine workbook meets them.

:func:`read_source` reads a workbook given as ``-`` (standard input) or as a pipe, FIFO or device
into memory (at most :data:`MAX_STREAM_BYTES`), because a zip archive can only be read from a file
that can be searched back and forth.
"""

from __future__ import annotations

import io
import re
import stat
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

from staffopt.errors import FILE_SHEET, Problem
from staffopt.openpyxl_lean import ExcelReader, ReadOnlyWorksheet
from staffopt.text import Msg

#: Most sheets (worksheets, chart sheets …) one workbook may hold.
MAX_SHEETS = 100
#: Most uncompressed XML of all parts of the archive together, bytes (zip directory).
MAX_XML_BYTES = 256 * 2**20
#: Most XML the reader decompresses and parses, bytes (workbook parts and input sheets, every pass).
MAX_PARSED_BYTES = 192 * 2**20
#: Most XML of the input sheets together, bytes (checked before they are read).
MAX_INPUT_XML_BYTES = 64 * 2**20
#: Largest workbook read from standard input or a pipe, bytes.
MAX_STREAM_BYTES = 256 * 2**20

#: Name given to a workbook read from standard input (``-``).
STDIN_NAME = "stdin"

_SHEET_PART = re.compile(r"^xl/(?:work|chart|dialog|macro)sheets/[^/]+\.xml$", re.IGNORECASE)
_XML_PART = (".xml", ".rels", ".vml")


def _mb(n: float) -> str:
    return f"{n / 2**20:,.0f} MB" if n >= 2**20 else f"{n / 2**10:,.0f} KB"


def _file_problem(value: Msg, expected: Msg) -> list[Problem]:
    return [Problem(FILE_SHEET, None, None, value, expected)]


# --------------------------------------------------------------------------------------------
# the zip directory
# --------------------------------------------------------------------------------------------
def check_budget(infos: Sequence[zipfile.ZipInfo]) -> list[Problem]:
    """Problems of sheet count and total XML size, from the central directory alone (no parsing)."""
    sheets = sum(1 for info in infos if _SHEET_PART.match(info.filename))
    if sheets > MAX_SHEETS:
        return _file_problem(Msg("found.sheets", n=sheets), Msg("expect.max_sheets", n=MAX_SHEETS))
    xml = sum(info.file_size for info in infos if info.filename.lower().endswith(_XML_PART))
    if xml > MAX_XML_BYTES:
        return _file_problem(Msg("found.xml_size", size=_mb(xml)),
                             Msg("expect.xml_size", size=_mb(MAX_XML_BYTES)))
    return []


def sheet_count_problem(count: int) -> list[Problem]:
    """The sheet-count problem when the workbook part lists more than :data:`MAX_SHEETS` sheets."""
    if count <= MAX_SHEETS:
        return []
    return _file_problem(Msg("found.sheets", n=count), Msg("expect.max_sheets", n=MAX_SHEETS))


def input_sheet_problem(name: str, size: int, total: int) -> Problem | None:
    """A problem when input sheet ``name`` (``size`` bytes of XML) brings the input sheets to ``total``."""
    if total <= MAX_INPUT_XML_BYTES:
        return None
    return Problem(name, None, None, Msg("found.sheet_xml", size=_mb(size), total=_mb(total)),
                   Msg("expect.input_xml", size=_mb(MAX_INPUT_XML_BYTES)))


# --------------------------------------------------------------------------------------------
# parsing within a budget
# --------------------------------------------------------------------------------------------
class ParseBudgetError(Exception):
    """More than :data:`MAX_PARSED_BYTES` of XML was decompressed for parsing; ``part`` was being read."""

    def __init__(self, part: str) -> None:
        super().__init__(part)
        self.part = part

    def problems(self) -> list[Problem]:
        """The problem to report for the workbook."""
        return _file_problem(Msg("found.parsed_xml", size=_mb(MAX_PARSED_BYTES), part=self.part),
                             Msg("expect.parsed_xml", size=_mb(MAX_PARSED_BYTES)))


class _Budget:
    """Bytes left to decompress for parsing, shared by every archive of one read."""

    def __init__(self, limit: int) -> None:
        self.left = limit

    def take(self, n: int, part: str) -> None:
        self.left -= n
        if self.left < 0:
            raise ParseBudgetError(part)


class UnsafeXMLError(Exception):
    """A workbook part declares a DTD or entities (``<!DOCTYPE``, ``<!ENTITY``), which Excel never writes."""

    def __init__(self, part: str) -> None:
        super().__init__(f"part {part} declares a DTD or entities (<!DOCTYPE/<!ENTITY), refused unread")


#: Markup that opens entity attacks (billion laughs, external entities); no spreadsheet part has it.
_DTD_MARKS = tuple(mark.encode(encoding) for mark in ("<!DOCTYPE", "<!ENTITY")
                   for encoding in ("utf-8", "utf-16-le", "utf-16-be"))


class _CountingStream(io.RawIOBase):
    """A zip member stream that charges every byte read to a :class:`_Budget` and refuses DTDs.

    Refusing ``<!DOCTYPE``/``<!ENTITY`` here keeps entity attacks out whichever XML parser
    openpyxl uses (defusedxml raises, lxml silently leaves entities unexpanded).
    """

    def __init__(self, stream: IO[bytes], budget: _Budget, part: str) -> None:
        super().__init__()
        self._stream = stream
        self._budget = budget
        self._part = part
        self._tail = b""

    def readable(self) -> bool:
        return True

    def _check(self, data: bytes) -> bytes:
        self._budget.take(len(data), self._part)
        text = self._tail + data
        if any(mark in text for mark in _DTD_MARKS):  # substring searches: faster than one regex here
            raise UnsafeXMLError(self._part)
        self._tail = text[-32:]
        return data

    def readinto(self, buffer: Any) -> int:
        data = self._check(self._stream.read(len(buffer)))
        buffer[: len(data)] = data
        return len(data)

    def read(self, size: int | None = -1) -> bytes:
        return self._check(self._stream.read(-1 if size is None else size))

    def close(self) -> None:
        self._stream.close()
        super().close()


class GuardedZip(zipfile.ZipFile):
    """A read-only zip archive whose member streams count against a shared byte budget."""

    def __init__(self, source: Path | BinaryIO, budget: _Budget) -> None:
        super().__init__(source)
        self.budget = budget

    def open(self, name: Any, mode: Any = "r", pwd: bytes | None = None, *,
             force_zip64: bool = False) -> Any:
        """Open member ``name``; reading it charges the budget."""
        stream = super().open(name, mode, pwd, force_zip64=force_zip64)
        if mode != "r":
            return stream
        part = name.filename if isinstance(name, zipfile.ZipInfo) else str(name)
        return _CountingStream(stream, self.budget, part)


@dataclass(frozen=True)
class PastCap:
    """Stands in a row's last read column for the non-empty cells at or past it (``(column, value)``)."""

    cells: tuple[tuple[int, Any], ...]


#: Most cells past the column cap a :class:`PastCap` keeps (they are listed in one message).
MAX_PAST_CELLS = 5


def _filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


class _UnsizedSheet(ReadOnlyWorksheet):
    """A read-only sheet not parsed when the workbook is opened, showing what lies past its last column.

    openpyxl reads a sheet up to its ``<dimension>`` element to learn its size; a sheet without
    one is read to its end, for every sheet of the workbook. The reader never uses that size
    (it calls ``reset_dimensions`` and caps rows and columns itself), so it is skipped.

    Rows read with ``max_col`` are cut there; when a row has non-empty cells further right, its
    last value is a :class:`PastCap` listing them, so a column past the cap is never dropped
    unseen (:func:`past_cap`).
    """

    def _get_size(self) -> None:
        return None

    def _get_row(self, row: Any, min_col: int = 1, max_col: int | None = None,
                 values_only: bool = False) -> tuple[Any, ...]:
        out: tuple[Any, ...] = super()._get_row(row, min_col, max_col, values_only)
        if not values_only or max_col is None or not out:
            return out
        past = [(c["column"], c["value"]) for c in row if c["column"] >= max_col and _filled(c["value"])]
        if any(column > max_col for column, _ in past):
            past.sort(key=lambda cell: cell[0])
            out = (*out[:-1], PastCap(tuple(past[:MAX_PAST_CELLS])))
        return out


def past_cap(values: Sequence[Any], cap: int) -> list[tuple[int, Any]]:
    """``(column, value)`` of the non-empty cells from column ``cap + 1`` on (row read ``cap + 1`` wide)."""
    if len(values) <= cap:
        return []
    last = values[cap]
    if isinstance(last, PastCap):
        return list(last.cells)
    return [(cap + 1, last)] if _filled(last) else []


class _GuardedReader(ExcelReader):
    """openpyxl's read-only workbook reader on a :class:`GuardedZip`, with unsized sheets."""

    archive: zipfile.ZipFile

    def __init__(self, source: Path | BinaryIO, data_only: bool, budget: _Budget) -> None:
        # openpyxl gets a file object (it refuses a path whose name does not end in .xlsx) to
        # read the zip directory with; every member is then read through the guarded archive
        handle: BinaryIO = source.open("rb") if isinstance(source, Path) else source
        try:
            handle.seek(0)
            super().__init__(handle, read_only=True, data_only=data_only, keep_links=False)
            self.archive.close()  # a zip over a file object leaves the file open
        finally:
            if handle is not source:
                handle.close()
        self.archive = GuardedZip(source, budget)
        self.valid_files = self.archive.namelist()

    def read_worksheets(self) -> None:
        """Add every sheet as openpyxl's read-only reader does, without parsing worksheets."""
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            ws = _UnsizedSheet(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state
            self.wb._sheets.append(ws)


def new_budget() -> _Budget:
    """A fresh parse budget of :data:`MAX_PARSED_BYTES` (one per workbook read)."""
    return _Budget(MAX_PARSED_BYTES)


def open_workbook(source: Path | BinaryIO, *, data_only: bool, budget: _Budget) -> Any:
    """Load ``source`` read-only through a :class:`GuardedZip` charging ``budget``; return the workbook.

    Raises :class:`ParseBudgetError` when the budget runs out, anything openpyxl raises otherwise.
    """
    reader = _GuardedReader(source, data_only, budget)
    try:
        reader.read()
    except BaseException:
        reader.archive.close()
        raise
    return reader.wb


def member_size(ws: Any) -> int:
    """Uncompressed size of the zip member holding read-only sheet ``ws`` (0 when unknown)."""
    archive = getattr(getattr(ws, "parent", None), "_archive", None)
    path = getattr(ws, "_worksheet_path", None)
    if archive is None or path is None:
        return 0
    try:
        return int(archive.getinfo(path).file_size)
    except KeyError:
        return 0


# --------------------------------------------------------------------------------------------
# standard input, pipes and FIFOs
# --------------------------------------------------------------------------------------------
def is_stream(path: Path) -> bool:
    """Tell whether ``path`` is ``-`` (standard input) or a pipe, FIFO or device, not a regular file."""
    if str(path) == "-":
        return True
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def read_stream(path: Path) -> io.BytesIO | list[Problem]:
    """The bytes of ``-`` (standard input) or of a pipe/FIFO ``path``, or the problem of reading them.

    At most :data:`MAX_STREAM_BYTES` are read; a longer stream is refused (not cut).
    """
    try:
        if str(path) == "-":
            data = sys.stdin.buffer.read(MAX_STREAM_BYTES + 1)
        else:
            with path.open("rb") as handle:
                data = handle.read(MAX_STREAM_BYTES + 1)
    except OSError as exc:
        return _file_problem(Msg("found.unreadable_pipe", reason=str(exc.strerror or exc)),
                             Msg("expect.readable_xlsx"))
    if len(data) > MAX_STREAM_BYTES:
        return _file_problem(Msg("found.big_stream", size=_mb(MAX_STREAM_BYTES)),
                             Msg("expect.stream_size", size=_mb(MAX_STREAM_BYTES)))
    return io.BytesIO(data)


def source_name(path: Path) -> str:
    """Name of the input for messages and report folders: the file name, or ``stdin`` for ``-``."""
    return STDIN_NAME if str(path) == "-" else path.name
