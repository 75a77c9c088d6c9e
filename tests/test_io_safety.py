"""The reader against hostile and wrong files: every one must end in an InputError, fast, never a crash."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.reader.excel import ExcelReader

from helpers_workbook import BASE_OFFICES, table_rows, write_xlsx
from staffopt import reader
from staffopt.errors import FILE_SHEET as WORKBOOK
from staffopt.errors import InputError, Problem
from staffopt.reader import read_workbook

SHEET1 = "xl/worksheets/sheet1.xml"


def only_problem(path: Path) -> Problem:
    with pytest.raises(InputError) as info:
        read_workbook(path)
    assert len(info.value.problems) == 1, info.value.problems
    return info.value.problems[0]


def rewrite(path: Path, member: str, content: bytes, *, stored: bool = False) -> Path:
    """Copy ``path`` with ``member`` replaced by ``content``."""
    out = path.with_name("hostile.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = content if info.filename == member else src.read(info.filename)
            dst.writestr(info.filename, data, zipfile.ZIP_STORED if stored and info.filename == member
                         else zipfile.ZIP_DEFLATED)
    return out


@pytest.fixture
def valid(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "valid.xlsx", {"offices": table_rows("offices", BASE_OFFICES)})


@pytest.fixture
def no_openpyxl(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if openpyxl is asked to read any workbook: the archive check must reject first."""

    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("openpyxl asked to read a file that should be rejected before")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)
    monkeypatch.setattr(ExcelReader, "read", refuse)


def test_defusedxml_is_active() -> None:
    assert openpyxl.DEFUSEDXML is True


LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""


@pytest.mark.parametrize("member", ["xl/workbook.xml", SHEET1, "xl/styles.xml", "docProps/core.xml"])
def test_billion_laughs_is_rejected_cleanly(valid: Path, member: str) -> None:
    with zipfile.ZipFile(valid) as archive:
        original = archive.read(member)
    body = original.split(b"?>", 1)[1] if original.startswith(b"<?xml") else original
    # put an entity reference into the first element's text so the parser has to expand it
    body = body.replace(b"</t>", b"&lol9;</t>", 1) if b"</t>" in body else body
    hostile = rewrite(valid, member, LAUGHS + body)
    start = time.perf_counter()
    problem = only_problem(hostile)
    assert time.perf_counter() - start < 5
    assert problem.row is None
    assert "cannot be" in str(problem.value)


def test_zip_bomb_by_compression_ratio_is_rejected_before_loading(valid: Path, no_openpyxl: None) -> None:
    bomb = rewrite(valid, SHEET1, b" " * (8 * 2**20))  # 8 MB of spaces deflate about 1000:1
    start = time.perf_counter()
    problem = only_problem(bomb)
    assert time.perf_counter() - start < 0.5
    assert (problem.sheet, problem.row, problem.column) == (WORKBOOK, None, None)
    assert "zip bomb" in problem.expected and SHEET1 in problem.value


def test_member_size_cap(valid: Path, no_openpyxl: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_MEMBER_BYTES", 1000)
    monkeypatch.setattr(reader, "MAX_RATIO", 1e9)
    big = rewrite(valid, SHEET1, b"x" * 2000, stored=True)
    assert "parts of at most" in only_problem(big).expected


def test_total_size_cap(valid: Path, no_openpyxl: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_TOTAL_BYTES", 3000)
    assert "uncompressed" in only_problem(valid).expected


def test_member_count_cap(valid: Path, no_openpyxl: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_MEMBERS", 3)
    assert "parts" in only_problem(valid).expected


def test_forged_dimension_and_far_row_are_harmless(valid: Path) -> None:
    with zipfile.ZipFile(valid) as archive:
        xml = archive.read(SHEET1)
    start_dim = xml.index(b"<dimension")
    end_dim = xml.index(b"/>", start_dim) + 2
    xml = xml[:start_dim] + b'<dimension ref="A1:XFD1048576"/>' + xml[end_dim:]
    hostile = rewrite(valid, SHEET1, xml)
    start = time.perf_counter()
    assert len(read_workbook(hostile).offices) == 4
    assert time.perf_counter() - start < 2


def test_row_far_below_the_cap_is_reported_quickly(valid: Path) -> None:
    with zipfile.ZipFile(valid) as archive:
        xml = archive.read(SHEET1)
    far = b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>far</t></is></c></row></sheetData>'
    hostile = rewrite(valid, SHEET1, xml.replace(b"</sheetData>", far))
    start = time.perf_counter()
    problem = only_problem(hostile)
    assert time.perf_counter() - start < 5
    assert problem.sheet == "offices" and problem.row == reader.MAX_ROWS + 1
    assert "at most 100,000 rows" in problem.expected


def test_row_and_column_caps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_ROWS", 3)
    monkeypatch.setattr(reader, "MAX_COLUMNS", 30)
    rows = table_rows("offices", BASE_OFFICES)
    rows[1] = rows[1] + [None] * (30 - len(rows[1])) + ["wide"]
    with pytest.raises(InputError) as info:
        read_workbook(write_xlsx(tmp_path / "x.xlsx", {"offices": rows}))
    found = {(p.sheet, p.row, p.column) for p in info.value.problems}
    assert ("offices", 2, "AE") in found  # column 31
    assert ("offices", 4, None) in found  # row cap + 1


def test_csv_renamed(tmp_path: Path) -> None:
    path = tmp_path / "offices.xlsx"
    path.write_text("office id,name\nP1,省\n", encoding="utf-8")
    problem = only_problem(path)
    assert (problem.sheet, str(problem.value)) == (WORKBOOK, "a text or CSV file")
    assert "save it as .xlsx" in problem.expected


def test_old_xls_renamed(tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    assert ".xls" in only_problem(path).value


def test_empty_and_binary_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert str(only_problem(empty).value) == "an empty file"
    binary = tmp_path / "bin.xlsx"
    binary.write_bytes(bytes(range(256)) * 4)
    assert str(only_problem(binary).value) == "a file that is not a zip archive"


def test_truncated_zip(valid: Path) -> None:
    data = valid.read_bytes()
    cut = valid.with_name("cut.xlsx")
    cut.write_bytes(data[: len(data) // 2])
    assert "corrupt" in only_problem(cut).value


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "doc.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    assert "no Excel workbook" in only_problem(path).value


def test_corrupt_part_inside_a_valid_zip(valid: Path) -> None:
    broken = rewrite(valid, SHEET1, b"<worksheet><sheetData><row r='1'><c r='A1'")
    problem = only_problem(broken)
    assert problem.sheet in ("offices", WORKBOOK)
    assert "cannot be" in problem.value


def test_corrupt_workbook_part(valid: Path) -> None:
    broken = rewrite(valid, "xl/workbook.xml", b"not xml at all")
    problem = only_problem(broken)
    assert problem.sheet == WORKBOOK and "cannot be opened" in problem.value


def test_cli_reports_hostile_file_without_traceback(valid: Path) -> None:
    from click.testing import CliRunner

    from staffopt.cli import cli

    bomb = rewrite(valid, SHEET1, b" " * (8 * 2**20))
    result = CliRunner().invoke(cli, ["validate", str(bomb)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "zip bomb" in result.output


def test_read_only_loading(valid: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, object]] = []
    real: Callable[..., object] = ExcelReader.read

    def spy(self: ExcelReader) -> object:
        calls.append({"read_only": self.read_only, "data_only": self.data_only})
        return real(self)

    monkeypatch.setattr(ExcelReader, "read", spy)
    read_workbook(valid)
    assert calls and all(kw.get("read_only") is True for kw in calls)
    assert any(kw.get("data_only") is True for kw in calls)
