"""Owners of the hidden temporary folders of :mod:`staffopt.report.atomic`, and removing stale ones.

A run writes its report into ``.<name>.staffopt-tmp-*`` beside ``--out`` and, while it swaps the
new report in, keeps the previous one as ``.<name>.staffopt-old-*``. A run killed outright
(SIGKILL, a power cut) cannot remove them. Each such folder holds :data:`OWNER`, a small JSON
file naming the process that made it (process id, the process's start time, host name), so the
next run that writes beside it (:func:`remove_stale`) can tell a folder of a dead run from one
of a run still going:

* a folder is **ours** only when its name has one of the two tags and it holds a valid
  :data:`OWNER` (a folder without one is never touched);
* it is **stale** only when its owner ran on this host and no live process has that id and
  start time (process ids are reused: the start time tells a new process from the owner);
* a stale temporary folder is deleted; a stale moved-aside previous report is put back under
  its name when that name is free (the run died between its two renames), else deleted.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
from pathlib import Path
from typing import Any

import psutil

#: File naming the process that owns a temporary folder.
OWNER = ".staffopt-owner"
#: Name tags of the temporary (new report) and moved-aside (previous report) folders.
TMP_TAG = ".staffopt-tmp-"
OLD_TAG = ".staffopt-old-"
#: Seconds by which a recorded start time may differ from the live process's (clock rounding).
_START_SLACK = 1.0


def _me() -> dict[str, Any]:
    process = psutil.Process()
    return {"pid": process.pid, "started": process.create_time(), "host": socket.gethostname()}


def write_owner(folder: Path) -> Path:
    """Record this process as the owner of ``folder``; return the file written."""
    path = folder / OWNER
    path.write_text(json.dumps(_me()) + "\n", encoding="utf-8")
    return path


def drop_owner(folder: Path) -> None:
    """Remove the owner record of ``folder`` (a finished report keeps none)."""
    with contextlib.suppress(OSError):
        (folder / OWNER).unlink()


def read_owner(folder: Path) -> dict[str, Any] | None:
    """The owner record of ``folder``, or ``None`` when it has no valid one."""
    try:
        owner = json.loads((folder / OWNER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(owner, dict) or not isinstance(owner.get("pid"), int) \
            or not isinstance(owner.get("started"), (int, float)) or not isinstance(owner.get("host"), str):
        return None
    return owner


def owner_alive(owner: dict[str, Any]) -> bool:
    """Tell whether the process of ``owner`` (same host) still runs; True when it cannot be known."""
    if owner["host"] != socket.gethostname():
        return True  # a run on another computer writing to a shared drive: its business
    try:
        process = psutil.Process(owner["pid"])
        return abs(process.create_time() - float(owner["started"])) <= _START_SLACK \
            and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
    except psutil.Error:
        return True


def _tagged(name: str) -> str | None:
    for tag in (TMP_TAG, OLD_TAG):
        if name.startswith(".") and tag in name:
            return tag
    return None


def remove_stale(parent: Path) -> list[Path]:
    """Remove (or put back) the stale temporary folders of killed runs in ``parent``; return them.

    Only folders tagged as ours that hold a valid owner record whose process is gone (see the
    module docstring). Errors are ignored: tidying must never stop a run.
    """
    handled: list[Path] = []
    try:
        entries = list(parent.iterdir())
    except OSError:
        return handled
    for folder in entries:
        tag = _tagged(folder.name)
        if tag is None or folder.is_symlink() or not folder.is_dir():
            continue
        owner = read_owner(folder)
        if owner is None or owner_alive(owner):
            continue
        target = parent / folder.name[1:folder.name.rindex(tag)]
        if tag == OLD_TAG and not target.exists():
            try:
                os.replace(folder, target)  # the previous report, never replaced: back in place
            except OSError:
                continue
            drop_owner(target)
            handled.append(folder)
            continue
        shutil.rmtree(folder, ignore_errors=True)
        handled.append(folder)
    return handled
