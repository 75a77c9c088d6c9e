"""Small file-system helpers shared by the workbook writer and the report folders."""

from __future__ import annotations

import os
from pathlib import Path


def process_umask() -> int:
    """The process umask (read from /proc where possible, else by setting and restoring it)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
