"""Run folders written completely or not at all.

The report is written into a hidden temporary folder beside the target (same parent, so the
final step is a rename on the same file system). Only when everything is written does the
temporary folder take the target's name; a previous run folder is moved aside first and
deleted after the swap. An error (or Ctrl-C) while writing removes the temporary folder and
leaves the previous run folder as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from staffopt.errors import InputError


class FolderInUseError(click.ClickException):
    """The previous run folder could not be replaced (e.g. its plan.xlsx is open in Excel)."""

    exit_code = 1


_TMP_TAG = ".staffopt-tmp-"
_OLD_TAG = ".staffopt-old-"


def check_target(out_dir: Path, protected: list[Path] | tuple[Path, ...] = ()) -> None:
    """Refuse an ``out_dir`` that is a file, or that holds (or is) one of the ``protected`` files.

    Replacing a run folder deletes what was in it, so the input workbook must never live in it.
    Raises :class:`InputError` (exit 2) naming the option ``--out``.
    """
    target = out_dir.resolve()
    if target.exists() and not target.is_dir():
        raise InputError.single("--out", None, None, str(out_dir), "a folder, not an existing file")
    for path in protected:
        src = path.resolve()
        if src == target or src.is_relative_to(target):
            raise InputError.single(
                "--out", None, None, str(out_dir),
                f"a report folder that does not contain the input file {path} (the folder is replaced "
                "by each run); copy the workbook elsewhere or choose another --out",
            )


@contextmanager
def atomic_folder(out_dir: Path) -> Iterator[Path]:
    """Yield a fresh temporary folder; on success it replaces ``out_dir`` in one rename.

    >>> with atomic_folder(Path("reports/x")) as tmp:   # doctest: +SKIP
    ...     (tmp / "summary.json").write_text("{}")
    """
    parent = out_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}{_TMP_TAG}", dir=parent))
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _swap_in(tmp, out_dir)


def _swap_in(tmp: Path, out_dir: Path) -> None:
    """Give ``tmp`` the name ``out_dir``, replacing an existing folder only at the last moment."""
    if not out_dir.exists():
        try:
            os.replace(tmp, out_dir)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return
    old = out_dir.parent / f".{out_dir.name}{_OLD_TAG}{uuid.uuid4().hex[:8]}"
    try:
        os.replace(out_dir, old)
    except PermissionError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise FolderInUseError(
            f"could not replace {out_dir}: a file in it is in use ({exc.strerror}). Close plan.xlsx "
            "(Excel/WPS) or choose another --out; the new report was not written") from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    try:
        os.replace(tmp, out_dir)
    except BaseException:
        os.replace(old, out_dir)  # put the previous run back
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)


def leftovers(parent: Path) -> list[Path]:
    """Temporary or moved-aside folders of interrupted runs under ``parent`` (for tests, tidying)."""
    if not parent.is_dir():
        return []
    return sorted(p for p in parent.iterdir() if _TMP_TAG in p.name or _OLD_TAG in p.name)
