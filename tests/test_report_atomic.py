"""Run folders are written completely or not at all, never over the input or the user's files."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

import staffopt.report as report
from staffopt.errors import InputError
from staffopt.report import atomic
from staffopt.report.atomic import MARKER, atomic_folder, check_target, foreign_entries, leftovers
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
    out = report.write_run_folder(fake_result(data), data, tmp_path / "run")
    assert len(list((out / "charts").glob("*.png"))) == 4
    report.write_run_folder(fake_result(data, status="infeasible"), data, out)  # replaces a full run
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "summary.json"]
    report.write_run_folder(fake_result(data), data, out)  # and a summary-only run
    assert (out / "plan.xlsx").is_file() and (out / "summary.json").is_file()
    assert len(list((out / "charts").glob("*.png"))) == 4
    assert leftovers(tmp_path) == []


def _mine(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_refuses_a_folder_holding_other_files(tmp_path: Path) -> None:
    """`--out /some/existing/folder` must never delete the user's letter and photos."""
    data = tiny_data()
    out = tmp_path / "my documents"
    (out / "photos").mkdir(parents=True)
    (out / "letter.docx").write_bytes(b"dear director")
    (out / "photos" / "team.jpg").write_bytes(b"jpeg")
    before = _mine(out)
    with pytest.raises(InputError) as err:
        report.write_run_folder(fake_result(data), data, out)
    message = err.value.format_message()
    assert err.value.exit_code == 2 and "--out" in message and str(out) in message
    assert "letter.docx" in message and "photos/" in message and "did not write" in message
    assert _mine(out) == before
    assert leftovers(tmp_path) == []


def test_refuses_a_run_folder_with_an_added_file(tmp_path: Path) -> None:
    data = tiny_data()
    out = report.write_run_folder(fake_result(data), data, tmp_path / "run")
    (out / "charts" / "my_edit.png").write_bytes(b"mine")
    (out / "notes.txt").write_text("my notes")
    before = _mine(out)
    with pytest.raises(InputError) as err:
        check_target(out)
    assert "charts/my_edit.png" in err.value.format_message() and "notes.txt" in err.value.format_message()
    with pytest.raises(InputError):
        report.write_run_folder(fake_result(data), data, out)
    assert _mine(out) == before


def test_marker_lists_what_the_run_wrote(tmp_path: Path) -> None:
    data = tiny_data()
    out = report.write_run_folder(fake_result(data), data, tmp_path / "run")
    marker = json.loads((out / MARKER).read_text(encoding="utf-8"))
    assert marker["generator"] == "staffopt"
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*")} - {MARKER}
    assert set(marker["entries"]) == on_disk and "charts" in on_disk and "plan.xlsx" in on_disk
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["generator"] == "staffopt"
    assert foreign_entries(out) == []


def test_empty_folder_and_office_lock_files_are_replaced(tmp_path: Path) -> None:
    data = tiny_data()
    empty = tmp_path / "empty"
    empty.mkdir()
    report.write_run_folder(fake_result(data), data, empty)
    assert (empty / "plan.xlsx").is_file()
    (empty / ".~lock.plan.xlsx#").write_text("LibreOffice lock")  # plan.xlsx open in LibreOffice
    report.write_run_folder(fake_result(data), data, empty)
    assert not (empty / ".~lock.plan.xlsx#").exists()


def test_report_of_an_older_staffopt_is_recognised(tmp_path: Path) -> None:
    """Run folders written before the marker existed hold plan.xlsx, summary.json and charts/ only."""
    data = tiny_data()
    out = report.write_run_folder(fake_result(data), data, tmp_path / "old")
    (out / MARKER).unlink()
    (out / "briefing.docx").unlink()  # written only since the marker exists
    assert foreign_entries(out) == []
    report.write_run_folder(fake_result(data), data, out)
    (out / MARKER).unlink()
    (out / "briefing.docx").unlink()
    (out / "budget 2025.xlsx").write_bytes(b"someone else's")
    assert foreign_entries(out) == ["budget 2025.xlsx", "charts/", "plan.xlsx", "summary.json"]
    with pytest.raises(InputError):
        check_target(out)
    (out / "budget 2025.xlsx").unlink()
    (out / "summary.json").write_text("{}")  # not a staffopt summary
    with pytest.raises(InputError):
        check_target(out)


def test_refuses_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    for out in (Path("."), Path(".."), here):
        with pytest.raises(InputError) as err:
            check_target(out)
        assert "current folder" in err.value.format_message()


def test_unwritable_location_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    with pytest.raises(InputError) as err:  # its parent is a file: nothing can be created there
        check_target(blocker / "run")
    assert "write" in err.value.format_message() and err.value.exit_code == 2

    def denied(*args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied")  # a read-only share (root ignores chmod)

    monkeypatch.setattr(atomic.tempfile, "mkdtemp", denied)
    with pytest.raises(InputError) as err:
        check_target(tmp_path / "reports" / "run")
    message = err.value.format_message()
    assert "Permission denied" in message and str(tmp_path) in message


@pytest.mark.parametrize(("umask", "folder", "file"), [(0o022, 0o755, 0o644), (0o027, 0o750, 0o640)])
def test_run_folder_follows_the_umask(tmp_path: Path, umask: int, folder: int, file: int) -> None:
    data = tiny_data()
    old = os.umask(umask)
    try:
        out = report.write_run_folder(fake_result(data), data, tmp_path / "run")
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == folder
    assert stat.S_IMODE((out / "charts").stat().st_mode) == folder
    for path in [out / "plan.xlsx", out / "summary.json", out / MARKER, *(out / "charts").iterdir()]:
        assert stat.S_IMODE(path.stat().st_mode) == file, path


def test_files_added_during_the_run_stop_the_swap(tmp_path: Path) -> None:
    data = tiny_data()
    out = report.write_run_folder(fake_result(data), data, tmp_path / "run")
    with pytest.raises(InputError), atomic_folder(out) as tmp:
        (tmp / "summary.json").write_text("{}")
        (out / "letter.docx").write_bytes(b"saved into the report folder meanwhile")
    assert (out / "letter.docx").read_bytes() == b"saved into the report folder meanwhile"
    assert (out / "plan.xlsx").is_file() and leftovers(tmp_path) == []


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
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "summary.json"]
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
    target = tmp_path / "run"
    with atomic_folder(target) as tmp:  # an earlier run folder
        (tmp / "plan.xlsx").write_bytes(b"open in Excel")
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
