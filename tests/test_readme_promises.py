"""The README's reliability promises each name tests that exist (issue 13)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## Reliability promises")
    return text[start:text.index("\n## ", start + 1)]


def _tests(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")}


def test_every_promise_names_tests_that_exist() -> None:
    rows = [line for line in _section().splitlines()
            if line.startswith("| ") and not line.startswith("| promise")]
    assert len(rows) >= 15
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        checked_by = cells[-1]
        files = re.findall(r"`(test_\w+\.py)", checked_by)
        assert files, row
        for ref in re.findall(r"`(test_\w+\.py)(?:::(test_\w+))?`", checked_by):
            assert (ROOT / "tests" / ref[0]).is_file(), ref
            if ref[1]:
                assert ref[1] in _tests(ROOT / "tests" / ref[0]), ref
        for group in re.findall(r"`(test_\w+\.py)` \(([^)]*)\)", checked_by):
            names = re.findall(r"`(test_\w+)`", group[1])
            assert names and set(names) <= _tests(ROOT / "tests" / group[0]), group
