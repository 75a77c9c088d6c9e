"""Run folders are written completely or not at all, and never over the input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import staffopt.report as report
from staffopt.errors import InputError
from staffopt.report.atomic import atomic_folder, leftovers
from test_report_support import fake_result, tiny_data


def test_interrupted_write_leaves_no_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tiny_data()
    seen: list[Path] = []

    def boom(result, directory: Path, lang):  # charts come after plan.xlsx
        seen.extend(directory.parent.iterdir())
        raise KeyboardInterrupt

    monkeypatch.setattr(report, "write_charts", boom)
    with pytest.raises(KeyboardInterrupt):
        report.write_run_folder(fake_result(data), data, tmp_path / "run")
    assert any(p.name == "plan.xlsx" for p in seen)  # the failure really was half-way
    assert not (tmp_path / "run").exists()
    assert leftovers(tmp_path) == []
    assert list(tmp_path.iterdir()) == []


def test_interrupted_write_keeps_the_previous_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tiny_data()
    out = report.write_run_folder(fake_result(data), data, tmp_path / "run")
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(report, "write_summary", boom)
    with pytest.raises(OSError):
        report.write_run_folder(fake_result(data), data, out, "zh")
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert leftovers(tmp_path) == []


def test_new_run_replaces_previous_folder(tmp_path: Path) -> None:
    data = tiny_data()
    out = tmp_path / "run"
    out.mkdir()
    (out / "stale.txt").write_text("from an older run")
    report.write_run_folder(fake_result(data), data, out)
    assert not (out / "stale.txt").exists()
    assert (out / "plan.xlsx").is_file() and (out / "summary.json").is_file()
    assert len(list((out / "charts").glob("*.png"))) == 4
    assert leftovers(tmp_path) == []


def test_refuses_a_folder_holding_the_input(tmp_path: Path) -> None:
    data = tiny_data()
    out = tmp_path / "run"
    out.mkdir()
    workbook = out / "plan.xlsx"
    workbook.write_bytes(b"original")
    with pytest.raises(InputError) as err:
        report.write_run_folder(fake_result(data), data, out, protect=[workbook])
    assert err.value.exit_code == 2 and "--out" in str(err.value)
    assert workbook.read_bytes() == b"original"


def test_refuses_an_existing_file_as_folder(tmp_path: Path) -> None:
    target = tmp_path / "afile"
    target.write_text("x")
    with pytest.raises(InputError):
        report.write_run_folder(fake_result(tiny_data()), tiny_data(), target)


def test_no_plan_writes_summary_only(tmp_path: Path) -> None:
    data = tiny_data()
    out = report.write_run_folder(fake_result(data, status="infeasible"), data, tmp_path / "run")
    assert sorted(p.name for p in out.iterdir()) == ["summary.json"]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["status"] == "infeasible" and summary["has_plan"] is False
    assert summary["messages"] and summary["objective"] is None


def test_atomic_folder_context(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "x"
    with atomic_folder(target) as tmp:
        (tmp / "a.txt").write_text("a")
        assert not target.exists()
    assert (target / "a.txt").read_text() == "a"


def test_folder_in_use_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from staffopt.report import atomic

    target = tmp_path / "run"
    target.mkdir()
    (target / "plan.xlsx").write_bytes(b"open in Excel")
    real_replace = os.replace

    def locked(src, dst):  # Windows refuses to move a folder holding an open file
        if Path(src) == target:
            raise PermissionError(13, "Access is denied")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(atomic.FolderInUseError) as err, atomic_folder(target) as tmp:
        (tmp / "plan.xlsx").write_bytes(b"new")
    assert "Close plan.xlsx" in str(err.value.message)
    assert (target / "plan.xlsx").read_bytes() == b"open in Excel"
    assert leftovers(tmp_path) == []
