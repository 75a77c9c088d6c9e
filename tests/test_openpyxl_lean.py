"""openpyxl loaded without numpy (``staffopt.openpyxl_lean``) types every value as stock openpyxl does.

Each case runs in a fresh interpreter (what is imported is per process): one loads openpyxl the
way the reader does, before numpy, and imports numpy afterwards (as ``solve`` or a report would
in the same process); the other is stock openpyxl, numpy imported first. Both write the same
values, every numpy scalar type openpyxl names included, and must write the same sheet.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from staffopt import openpyxl_lean

ROOT = Path(__file__).resolve().parents[1]


def _openpyxl_numpy_names() -> list[str]:
    """The numpy attributes stock openpyxl adds to ``NUMERIC_TYPES`` (read from its source)."""
    spec = importlib.util.find_spec("openpyxl")
    assert spec is not None and spec.submodule_search_locations
    source = (Path(next(iter(spec.submodule_search_locations))) / "compat" / "numbers.py").read_text()
    names = sorted({node.attr for node in ast.walk(ast.parse(source))
                    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id == "numpy"})
    assert len(names) > 20 and "int64" in names and "bool_" in names
    return names


WRITER = """
import io, json, sys, zipfile
mode, names = sys.argv[1], json.loads(sys.argv[2])
if mode == "lean":
    import staffopt.reader  # the reader's way in: openpyxl first, without numpy
    assert "numpy" not in sys.modules, "numpy loaded with the reader"
    import numpy
else:
    import numpy
    import openpyxl
import openpyxl
from openpyxl.compat import NUMERIC_TYPES

values = []
for name in names:
    kind = getattr(numpy, name)
    try:
        values.append((name, kind(1.5) if issubclass(kind, numpy.floating) else kind(1)))
    except TypeError:  # numpy.integer, numpy.floating: abstract
        continue
values += [("bool_true", numpy.bool_(True)), ("float64_nan", numpy.float64("nan")),
           ("int64_big", numpy.int64(2**62)), ("complex128", numpy.complex128(1 + 2j)),
           ("str_", numpy.str_("text")), ("datetime64", numpy.datetime64("2024-01-02")),
           ("timedelta64", numpy.timedelta64(3, "D")),
           ("python_int", 7), ("python_float", 2.5), ("python_str", "x"), ("python_bool", True)]
wb = openpyxl.Workbook()
ws = wb.active
outcome = {}
for row, (name, value) in enumerate(values, start=1):
    ws.cell(row, 1, name)
    try:
        cell = ws.cell(row, 2, value)
    except Exception as exc:
        outcome[name] = ["refused", type(exc).__name__, str(exc)]
    else:
        outcome[name] = ["written", cell.data_type, isinstance(value, NUMERIC_TYPES)]
        if name == "timedelta64":  # typed as a number by both, but stock openpyxl cannot save it
            cell.value = None
buffer = io.BytesIO()
wb.save(buffer)
sheet = zipfile.ZipFile(buffer).read("xl/worksheets/sheet1.xml").decode()
print(json.dumps({"outcome": outcome, "sheet": sheet, "numpy_written": len(values)}))
"""


def _write(mode: str, names: list[str]) -> dict[str, object]:
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", WRITER, mode, json.dumps(names)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_numpy_values_written_as_stock_openpyxl_writes_them() -> None:
    pytest.importorskip("numpy")
    names = _openpyxl_numpy_names()
    lean, stock = _write("lean", names), _write("stock", names)
    assert lean["outcome"] == stock["outcome"]
    assert lean["sheet"] == stock["sheet"]
    outcome = lean["outcome"]
    assert isinstance(outcome, dict)
    # the numpy numbers were written as numbers, not refused (else the comparison proves little)
    assert outcome["int64"] == ["written", "n", True]
    assert outcome["float32"] == ["written", "n", True]
    assert outcome["bool_true"] == ["written", "n", True]
    assert outcome["complex128"][0] == "refused"  # not a number to openpyxl, either way


PROBE = """
import json, sys
before = sys.argv[1]
if before == "numpy":
    import numpy
elif before == "openpyxl":
    import openpyxl
from staffopt import openpyxl_lean
import openpyxl
import openpyxl.compat.numbers as numbers
from openpyxl.cell import cell
print(json.dumps({"numpy": "numpy" in sys.modules,
                  "lean": openpyxl_lean.NumpyNumber in numbers.NUMERIC_TYPES,
                  "known": openpyxl_lean.NumpyNumber in cell.KNOWN_TYPES,
                  "same": openpyxl.compat.NUMERIC_TYPES is numbers.NUMERIC_TYPES is cell.NUMERIC_TYPES,
                  "attr": openpyxl.compat.numbers is numbers,
                  "NUMPY": openpyxl.NUMPY}))
"""


def _probe(before: str) -> dict[str, object]:
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", PROBE, before], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_loaded_without_numpy_every_binding_takes_the_extended_tuple() -> None:
    out = _probe("nothing")
    has_numpy = importlib.util.find_spec("numpy") is not None
    assert out == {"numpy": False, "lean": True, "known": True, "same": True, "attr": True,
                   "NUMPY": has_numpy}


@pytest.mark.parametrize("before", ["numpy", "openpyxl"])
def test_nothing_changed_when_numpy_or_openpyxl_came_first(before: str) -> None:
    pytest.importorskip("numpy")
    out = _probe(before)
    assert out["numpy"] is True  # stock openpyxl imports numpy
    assert out["lean"] is False and out["known"] is False
    assert out["NUMPY"] is True


def test_an_unknown_numbers_module_leaves_openpyxl_as_it_comes(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A later openpyxl whose ``compat/numbers.py`` defines something else is imported untouched."""
    (tmp_path / "compat").mkdir()
    fake = importlib.util.spec_from_file_location("openpyxl", tmp_path / "__init__.py",
                                                  submodule_search_locations=[str(tmp_path)])
    assert fake is not None
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, package=None: fake)
    numbers = tmp_path / "compat" / "numbers.py"
    numbers.write_text("NUMERIC_TYPES = (int, float)\nNUMPY = False\n")
    assert openpyxl_lean.numbers_without_numpy() is None
    numbers.write_text("raise RuntimeError('changed')\n")
    assert openpyxl_lean.numbers_without_numpy() is None
    numbers.unlink()
    assert openpyxl_lean.numbers_without_numpy() is None
    # the file as openpyxl 3.1 has it: numpy is refused inside, the tuple extended
    numbers.write_text("from decimal import Decimal\nNUMERIC_TYPES = (int, float, Decimal)\n"
                       "try:\n    import numpy\n    NUMPY = True\nexcept ImportError:\n    NUMPY = False\n"
                       "if NUMPY:\n    NUMERIC_TYPES = NUMERIC_TYPES + (numpy.int64,)\n")
    module = openpyxl_lean.numbers_without_numpy()
    assert module is not None
    assert module.NUMERIC_TYPES[-1] is openpyxl_lean.NumpyNumber
    assert "numpy" not in vars(module)


def test_numpy_number_is_numpy_integers_floats_and_bools_only() -> None:
    numpy = pytest.importorskip("numpy")
    number = openpyxl_lean.NumpyNumber
    for value in (numpy.int8(1), numpy.uint64(1), numpy.float16(1), numpy.longdouble(1), numpy.bool_(False)):
        assert isinstance(value, number), type(value)
    for value in (1, 1.5, True, "1", numpy.complex64(1), numpy.str_("1"), numpy.datetime64("2024"),
                  numpy.array([1])):
        assert not isinstance(value, number), type(value)
