"""``staffopt validate`` opens its workbook once: the language read's workbook is the reader's.

The command line reads the input's language before click parses the arguments and then the
tables; the workbook opened (checked and loaded) for the first is handed to the second when the
file has not changed since (``staffopt.reader.keep_open``), with the same parse budget charged.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from staffopt import limits, reader
from staffopt.cli import cli
from staffopt.text.choose import workbook_lang

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "data" / "example_province.xlsx"


@pytest.fixture
def example(tmp_path: Path) -> Path:
    path = tmp_path / "example.xlsx"
    shutil.copyfile(EXAMPLE, path)
    return path


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """``data_only`` of each workbook opened (by the reader or the language read) and archives checked."""
    calls: list[bool] = []
    real: Callable[..., Any] = limits.open_workbook

    def counting(source: Any, *, data_only: bool, budget: Any) -> Any:
        calls.append(data_only)
        return real(source, data_only=data_only, budget=budget)

    monkeypatch.setattr(limits, "open_workbook", counting)
    monkeypatch.setattr(reader, "open_workbook", counting)
    return calls


def test_validate_opens_the_workbook_once(example: Path, opened: list[bool]) -> None:
    result = CliRunner().invoke(cli, ["validate", str(example)])
    assert result.exit_code == 0, result.output
    assert opened == [True]
    assert not reader._KEPT  # handed over, then closed by the reader


def test_validate_with_lang_reads_no_language_and_opens_once(example: Path, opened: list[bool]) -> None:
    result = CliRunner().invoke(cli, ["validate", str(example), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert opened == [True]


def test_a_command_that_never_reads_releases_the_kept_workbook(example: Path) -> None:
    result = CliRunner().invoke(cli, ["validate", str(example), "--no-such-option"])
    assert result.exit_code == 2
    assert not reader._KEPT


def test_a_file_changed_after_the_language_read_is_opened_again(example: Path, opened: list[bool]) -> None:
    assert workbook_lang(example, keep=True) is not None
    assert len(reader._KEPT) == 1
    st = example.stat()
    os.utime(example, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    tables, problems = reader.load_tables(example)
    assert problems == [] and tables.get("offices") is not None
    assert opened == [True, True]  # the language read's, then the reader's own
    assert not reader._KEPT


def test_the_language_read_keeps_nothing_unless_asked(example: Path) -> None:
    assert workbook_lang(example) is not None
    assert not reader._KEPT


def _cap(monkeypatch: pytest.MonkeyPatch, cap: int) -> None:
    monkeypatch.setattr(limits, "MAX_PARSED_BYTES", cap)
    monkeypatch.setattr(reader, "MAX_PARSED_BYTES", cap)


def test_kept_or_not_the_sheets_are_charged_to_the_same_budget(example: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The least parse budget that reads the example is the same, the workbook kept or opened anew."""
    low, high = 1, limits.MAX_PARSED_BYTES  # fails at low, reads at high
    while high - low > 1:
        mid = (low + high) // 2
        _cap(monkeypatch, mid)
        _, problems = reader.load_tables(example)
        low, high = (low, mid) if not problems else (mid, high)
    least = high
    # the workbook kept by the language read: the same least budget reads it, one byte less does not
    for cap, fails in ((least, False), (least - 1, True)):
        _cap(monkeypatch, cap)
        _, fresh = reader.load_tables(example)
        assert workbook_lang(example, keep=True) is not None  # the header rows fit in any of these
        assert len(reader._KEPT) == 1
        _, kept = reader.load_tables(example)
        assert not reader._KEPT
        assert kept == fresh
        assert bool(kept) is fails
        if fails:
            assert [p.value.key for p in kept] == ["found.parsed_xml"]  # type: ignore[union-attr]
