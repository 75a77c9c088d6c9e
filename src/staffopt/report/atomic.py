"""Run folders written completely or not at all, and only over what staffopt wrote itself.

The report is written into a hidden temporary folder beside the target (same parent, so the
final step is a rename on the same file system). Only when everything is written does the
temporary folder take the target's name; a previous run folder is moved aside first and
deleted after the swap. An error (or Ctrl-C) while writing removes the temporary folder and
leaves the previous run folder as it was. A run killed outright cannot; its folders name
their owner process, and the next run writing beside them removes them once that process is
gone (:mod:`staffopt.report.owner`).

Every folder written here holds a marker file, :data:`MARKER` (``.staffopt-run``), listing
every file and folder the run wrote. An existing ``--out`` folder is replaced only when it is
empty or when it is such a run folder holding nothing else (:func:`check_target`, called before
any solve): ``--out ~`` or ``--out reports`` is refused, never emptied. The final folder and
its files follow the umask (e.g. 0755/0644), so colleagues on a shared drive can read them.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from staffopt.errors import InputError, StaffoptError
from staffopt.fsutil import process_umask
from staffopt.report.owner import OLD_TAG, OWNER, TMP_TAG, drop_owner, remove_stale, write_owner
from staffopt.text import Msg


class FolderInUseError(StaffoptError):
    """The previous run folder could not be replaced (e.g. its plan.xlsx is open in Excel)."""

    exit_code = 1


_TMP_TAG = TMP_TAG
_OLD_TAG = OLD_TAG
_PROBE_TAG = ".staffopt-probe-"

#: Marker file of every folder staffopt writes: JSON ``{"generator": "staffopt", "entries": [...]}``.
MARKER = ".staffopt-run"
#: ``generator`` value of :data:`MARKER` (and of ``summary.json``).
GENERATOR = "staffopt"
#: What a run folder of staffopt before the marker held (recognised so old reports can be replaced).
_LEGACY_ENTRIES = frozenset({"plan.xlsx", "summary.json", "charts"})
#: Files an office program or the OS may add to a folder that can be deleted with it.
_JUNK_PREFIXES = (".~lock.", "~$")
_JUNK_NAMES = frozenset({"Thumbs.db", "desktop.ini", ".DS_Store", OWNER})
#: How many names of foreign files an error message lists.
_SHOW = 5


def check_target(out_dir: Path, protected: list[Path] | tuple[Path, ...] = ()) -> None:
    """Refuse an ``--out`` folder that a run must not or cannot replace; call it before solving.

    First, stale temporary folders of killed runs beside ``out_dir`` are removed
    (:func:`staffopt.report.owner.remove_stale`).

    Refused, each with an :class:`InputError` (exit 2) naming ``--out``, the folder and why:
    an existing file; a folder holding (or being) one of the ``protected`` files (the input
    workbook); the current folder, one of its parents, a mount point or the root; an existing
    folder that is neither empty nor a staffopt run folder holding only what the run wrote
    (:func:`foreign_entries`); and a location where no folder can be created (read-only,
    permission denied …).
    """
    target = out_dir.resolve()
    remove_stale(target.parent)
    if target.exists() and not target.is_dir():
        raise InputError.single("--out", None, None, str(out_dir), Msg("expect.out_folder"))
    for path in protected:
        src = path.resolve()
        if src == target or src.is_relative_to(target):
            raise InputError.single(
                "--out", None, None, str(out_dir),
                Msg("expect.out_not_input", path=str(path)),
            )
    cwd = Path.cwd().resolve()
    if cwd == target or cwd.is_relative_to(target) or target.parent == target or os.path.ismount(target):
        raise InputError.single(
            "--out", None, None, str(out_dir),
            Msg("expect.out_replaceable"),
        )
    if target.is_dir():
        foreign = foreign_entries(target)
        if foreign:
            shown = ", ".join(foreign[:_SHOW]) + (", …" if len(foreign) > _SHOW else "")
            raise InputError.single(
                "--out", None, None, str(out_dir),
                Msg("expect.out_foreign", target=str(target), shown=shown),
            )
    _check_writable(out_dir, target)


def foreign_entries(folder: Path) -> list[str]:
    """Paths (relative, ``/``-separated) in ``folder`` that staffopt did not write; ``[]`` if none.

    An empty folder has none. A run folder lists what it wrote in :data:`MARKER`; anything
    else found in it (a letter, a photo folder, a file added to ``charts/``) is foreign.
    Office lock files and OS thumbnails are ignored. Without a marker, a folder holding only
    ``plan.xlsx``, ``summary.json`` and ``charts/`` (a report of an older staffopt) counts as a
    run folder; any other non-empty folder is foreign as a whole, listed by its top entries.
    """
    top = sorted((p for p in folder.iterdir() if not _is_junk(p.name)), key=lambda p: p.name)
    if not top:
        return []
    known = _marker_entries(folder)
    if known is None:
        names = [p.name for p in top]
        return [] if _is_legacy_run(folder, names) else [p.name + ("/" if p.is_dir() else "") for p in top]
    foreign: list[str] = []
    for root, dirs, files in os.walk(folder):
        rel = Path(root).relative_to(folder)
        for name in sorted(files):
            path = (rel / name).as_posix()
            if path != MARKER and path not in known and not _is_junk(name):
                foreign.append(path)
        for name in sorted(dirs):
            path = (rel / name).as_posix()
            if path not in known:
                foreign.append(path + "/")
        dirs[:] = [d for d in dirs if (rel / d).as_posix() in known]  # don't walk foreign trees
        if len(foreign) > _SHOW:
            break
    return foreign


def _is_junk(name: str) -> bool:
    return name in _JUNK_NAMES or name.startswith(_JUNK_PREFIXES)


def _marker_entries(folder: Path) -> set[str] | None:
    """The entries listed in ``folder``'s marker, or ``None`` when there is no valid marker."""
    try:
        payload: Any = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(payload, dict) or payload.get("generator") != GENERATOR:
        return None
    entries = payload.get("entries")
    if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
        return None
    return set(entries)


def _is_legacy_run(folder: Path, names: list[str]) -> bool:
    """A report of staffopt before the marker: only plan.xlsx, summary.json and charts/*.png|html."""
    if not set(names) <= _LEGACY_ENTRIES or "summary.json" not in names or (folder / "summary.json").is_dir():
        return False
    try:
        summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(summary, dict) or not {"status", "has_plan", "by_level_year"} <= set(summary):
        return False
    charts = folder / "charts"
    if not charts.exists():
        return True
    return charts.is_dir() and all(
        p.is_file() and p.suffix in (".png", ".html") or _is_junk(p.name) for p in charts.iterdir())


def _check_writable(out_dir: Path, target: Path) -> None:
    """Create and remove a probe folder where the run folder will be written, or raise InputError."""
    where = target.parent
    while not where.exists() and where.parent != where:
        where = where.parent
    try:
        probe = tempfile.mkdtemp(prefix=_PROBE_TAG, dir=where)
        os.rmdir(probe)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InputError.single(
            "--out", None, None, str(out_dir),
            Msg("expect.out_writable", where=str(where), reason=reason),
        ) from exc


def write_marker(folder: Path) -> Path:
    """Write :data:`MARKER` into ``folder`` listing every file and folder in it; return its path."""
    entries = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))
    path = folder / MARKER
    payload = {"generator": GENERATOR, "entries": [e for e in entries if e not in (MARKER, OWNER)]}
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def follow_umask(folder: Path) -> None:
    """Give ``folder``, its folders and files the modes of new ones under the umask (0755/0644)."""
    mask = process_umask()
    os.chmod(folder, 0o777 & ~mask)
    for path in folder.rglob("*"):
        if not path.is_symlink():
            os.chmod(path, (0o777 if path.is_dir() else 0o666) & ~mask)


@contextmanager
def atomic_folder(out_dir: Path) -> Iterator[Path]:
    """Yield a fresh temporary folder; on success it replaces ``out_dir`` in one rename.

    Before the rename the folder gets its :data:`MARKER` and the umask's permissions
    (``mkdtemp`` creates it 0700).

    >>> with atomic_folder(Path("reports/x")) as tmp:   # doctest: +SKIP
    ...     (tmp / "summary.json").write_text("{}")
    """
    parent = out_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    remove_stale(parent)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}{_TMP_TAG}", dir=parent))
    try:
        write_owner(tmp)
        yield tmp
        write_marker(tmp)
        follow_umask(tmp)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _swap_in(tmp, out_dir)
    drop_owner(out_dir)


def _swap_in(tmp: Path, out_dir: Path) -> None:
    """Give ``tmp`` the name ``out_dir``, replacing an existing folder only at the last moment."""
    if not out_dir.exists():
        try:
            os.replace(tmp, out_dir)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return
    foreign = foreign_entries(out_dir) if out_dir.is_dir() else [out_dir.name]
    if foreign:  # check_target ran before the solve; someone may have added files since
        shutil.rmtree(tmp, ignore_errors=True)
        raise InputError.single(
            "--out", None, None, str(out_dir),
            Msg("expect.out_changed", shown=", ".join(foreign[:_SHOW])),
        )
    old = out_dir.parent / f".{out_dir.name}{_OLD_TAG}{uuid.uuid4().hex[:8]}"
    try:
        os.replace(out_dir, old)
    except PermissionError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise FolderInUseError(Msg("cli.folder_in_use", folder=str(out_dir), reason=exc.strerror)) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    try:
        write_owner(old)  # killed before the next rename, the next run puts it back (owner.py)
        os.replace(tmp, out_dir)
    except BaseException:
        os.replace(old, out_dir)  # put the previous run back
        drop_owner(out_dir)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)


def leftovers(parent: Path) -> list[Path]:
    """Temporary or moved-aside folders of interrupted runs under ``parent`` (for tests, tidying)."""
    if not parent.is_dir():
        return []
    return sorted(p for p in parent.iterdir() if _TMP_TAG in p.name or _OLD_TAG in p.name)
