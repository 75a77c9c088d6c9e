"""openpyxl for reading input workbooks, imported without numpy while nothing else has loaded numpy.

openpyxl imports numpy at its start (``openpyxl.compat.numbers``) for one purpose: to add numpy's
scalar types to ``NUMERIC_TYPES``, the types whose values it writes as numbers. That import is
about a fifth of what ``staffopt validate`` costs (issue 12: the command starts in ≤ 0.4 s), in a
process that never holds a numpy value. The reader's modules take openpyxl from here:

* :func:`load` executes openpyxl's own ``compat/numbers.py`` (its source, as installed) in a module
  where ``import numpy`` fails, so it defines ``NUMERIC_TYPES = (int, float, Decimal)`` and
  ``NUMPY = False`` as openpyxl does without numpy; then adds :class:`NumpyNumber` to that tuple,
  sets ``NUMPY`` to whether numpy is installed, and imports openpyxl with that module in place, so
  every module of openpyxl that binds the tuple (``openpyxl.cell.cell``, its ``KNOWN_TYPES``,
  ``openpyxl.compat.strings`` …) binds this one.
* :class:`NumpyNumber` is an abstract class whose subclasses are numpy's integer and floating
  scalar types and ``numpy.bool_`` — exactly the types openpyxl's own tuple lists (every entry
  of it is one of those or derives from one) — asked of ``sys.modules`` at each check: a numpy
  imported later in the process (pandas for ``solve`` after ``validate`` in one test process,
  a report writing numpy values) has its values written as numbers, as with stock openpyxl. No
  numpy type can exist before numpy is loaded, so no answer cached by :class:`abc.ABCMeta`
  before then can be wrong after.

Nothing is changed when openpyxl or numpy is already loaded (importing numpy first costs nothing
more), nor when openpyxl's ``compat/numbers.py`` is not where it is expected or does not define
what it did (a later openpyxl): openpyxl is then imported as it comes. ``tests/test_openpyxl_lean.py``
writes every numpy scalar type through openpyxl in a process that loaded it here and compares the
sheet with stock openpyxl's, byte for byte.
"""

from __future__ import annotations

import abc
import builtins
import importlib.util
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

#: The module of openpyxl that imports numpy.
NUMBERS_MODULE = "openpyxl.compat.numbers"


class NumpyNumber(abc.ABC):  # noqa: B024 - no methods: its subclasses are found, not written
    """numpy's integer and floating scalar types and ``numpy.bool_``, once numpy is loaded (else none)."""

    @classmethod
    def __subclasshook__(cls, sub: type) -> Any:
        """True for a numpy integer, floating or bool scalar type; NotImplemented (no) for any other."""
        numpy = sys.modules.get("numpy")
        if cls is not NumpyNumber or numpy is None:
            return NotImplemented
        kinds = tuple(k for k in (getattr(numpy, n, None) for n in ("integer", "floating", "bool_"))
                      if isinstance(k, type))
        return True if kinds and issubclass(sub, kinds) else NotImplemented


def _no_numpy_import(name: str, *args: Any, **kw: Any) -> Any:
    """``__import__`` for which numpy is not installed."""
    if name == "numpy" or name.startswith("numpy."):
        raise ImportError(f"No module named {name!r} (openpyxl loaded without numpy: staffopt.openpyxl_lean)")
    return builtins.__import__(name, *args, **kw)


def numbers_without_numpy() -> ModuleType | None:
    """The module ``compat/numbers.py`` of openpyxl run without numpy, tuple extended (None: not as known)."""
    spec = importlib.util.find_spec("openpyxl")  # a top-level name: found, not imported
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "compat" / "numbers.py"
    numbers_spec = importlib.util.spec_from_file_location(NUMBERS_MODULE, path)
    if not path.is_file() or numbers_spec is None or numbers_spec.loader is None:
        return None
    module = importlib.util.module_from_spec(numbers_spec)
    module.__dict__["__builtins__"] = {**builtins.__dict__, "__import__": _no_numpy_import}
    try:
        numbers_spec.loader.exec_module(module)
    except Exception:  # noqa: BLE001 - not the file we know: openpyxl is imported as it comes
        return None
    finally:
        module.__dict__["__builtins__"] = builtins
    names = vars(module)
    if names.get("NUMPY") is not False or names.get("NUMERIC_TYPES") != (int, float, Decimal):
        return None
    names["NUMERIC_TYPES"] = (*names["NUMERIC_TYPES"], NumpyNumber)
    names["NUMPY"] = importlib.util.find_spec("numpy") is not None
    return module


def load() -> bool:
    """Import openpyxl, without numpy when neither is loaded yet; True when it was loaded so.

    Safe to call any number of times; never re-imports a loaded openpyxl.
    """
    if "openpyxl" in sys.modules or "numpy" in sys.modules or NUMBERS_MODULE in sys.modules:
        return False
    module = numbers_without_numpy()
    if module is not None:
        sys.modules[NUMBERS_MODULE] = module
    try:
        import openpyxl.compat
    except BaseException:
        if module is not None and sys.modules.get(NUMBERS_MODULE) is module and "openpyxl" not in sys.modules:
            del sys.modules[NUMBERS_MODULE]
        raise
    if module is None:
        return False
    # an import that finds the module in sys.modules sets no attribute on its package
    if getattr(openpyxl.compat, "numbers", None) is not module:
        openpyxl.compat.numbers = module
    return True


load()

# after load(), on purpose: the names the reader takes from openpyxl
from openpyxl.cell.read_only import EMPTY_CELL  # noqa: E402
from openpyxl.reader.excel import ExcelReader  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402
from openpyxl.worksheet._read_only import ReadOnlyWorksheet  # noqa: E402

__all__ = ["EMPTY_CELL", "ExcelReader", "NumpyNumber", "ReadOnlyWorksheet", "get_column_letter", "load"]
