"""Package hygiene: no import cycle, every module imports, ``python -m staffopt`` works, and the
domain errors do not depend on click.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def _modules() -> dict[str, tuple[Path, bool]]:
    """Every staffopt module: dotted name -> (file, is a package)."""
    out = {}
    for path in sorted((SRC / "staffopt").rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        package = parts[-1] == "__init__"
        out[".".join(parts[:-1] if package else parts)] = (path, package)
    return out


def _imports(name: str, modules: dict[str, tuple[Path, bool]]) -> set[str]:
    """staffopt modules that ``name`` imports anywhere in its file (lazy imports in functions too)."""
    path, package = modules[name]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the package of this module, up level - 1
                base = name.split(".") if package else name.split(".")[:-1]
                base = base[:len(base) - node.level + 1] + ([node.module] if node.module else [])
                source = ".".join(base)
            else:
                source = node.module or ""
            # "from staffopt.solver import blocks" imports a module; "from x import name" the module x
            found |= {f"{source}.{a.name}" if f"{source}.{a.name}" in modules else source
                      for a in node.names}
    return {m for m in found if m in modules and m != name}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles of ``graph``: each a path that starts and ends at the same module."""
    cycles = []
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> None:
        if node in path:
            cycles.append(path[path.index(node):] + [node])
            return
        if node in done:
            return
        for nxt in sorted(graph[node]):
            visit(nxt, [*path, node])
        done.add(node)

    for start in sorted(graph):
        visit(start, [])
    return cycles


def test_no_import_cycle_between_staffopt_modules() -> None:
    modules = _modules()
    graph = {name: _imports(name, modules) for name in modules}
    assert {"staffopt.solver.solve", "staffopt.solver.diagnose.explain", "staffopt.results.check"} <= set(
        graph)
    # diagnose gets its HiGHS from the adapter, not from solve (which imports diagnose): no cycle
    assert "staffopt.solver.highs" in graph["staffopt.solver.diagnose.explain"]
    assert _cycles(graph) == []


def test_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c", "a"]]


def test_every_module_imports_in_a_fresh_interpreter() -> None:
    names = [name for name in _modules() if name != "staffopt.__main__"]
    script = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)"
    done = _python("-c", script, *names)
    assert done.returncode == 0, done.stderr


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    """Run this interpreter with ``src`` first on the path (as the installed package would be)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=120,
                          check=False)


def test_python_dash_m_staffopt_shows_the_help() -> None:
    done = _python("-m", "staffopt", "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage: staffopt [OPTIONS] COMMAND [ARGS]...")
    for command in ("init", "validate", "solve", "scenarios", "compare", "frontier"):
        assert f"\n  {command} " in done.stdout, command


def test_cli_py_run_as_a_script_shows_the_help() -> None:
    # its folder comes first on sys.path: a module there named like a stdlib one (warnings.py) broke numpy
    done = _python(str(SRC / "staffopt" / "cli.py"), "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage: staffopt [OPTIONS] COMMAND [ARGS]...")


def test_python_dash_m_staffopt_maps_a_domain_error_to_its_exit_status(tmp_path: Path) -> None:
    done = _python("-m", "staffopt", "init", str(tmp_path / "plan.xls"))
    assert done.returncode == 2
    assert done.stderr == "Error: plan.xls: the file name must end in .xlsx\n"


def test_domain_errors_do_not_import_click() -> None:
    done = _python("-c", "import sys, staffopt.errors; print('click' in sys.modules)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
