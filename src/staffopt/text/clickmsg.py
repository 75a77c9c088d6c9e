"""click's own messages ("Missing argument", "Usage:", "Aborted!" …) in the language of the run.

click marks its messages with :func:`gettext.gettext` (``_``) and :func:`gettext.ngettext`, bound
by name in each of its modules. :func:`install` rebinds those names to functions that look the
message up in the catalog under ``click:<message>`` in the current language (:func:`staffopt.text.set_lang`),
so click's texts live in the one catalog like every other. A message click gained in a later
version and the catalog lacks stays English at run time rather than crash the command line;
``tests/test_cli_lang.py`` fails on every such message of the installed click.
"""

from __future__ import annotations

import ast
import gettext
import importlib
import pkgutil
import sys
from pathlib import Path

from staffopt.text import LANGS, catalog, current_lang

#: Prefix of click's messages in the catalog.
PREFIX = "click:"
#: click's modules that load on Windows only.
_WINDOWS_ONLY = frozenset({"click._winconsole"})


def translate(message: str) -> str:
    """``message`` (click's English text) in the current language (:func:`~staffopt.text.current_lang`)."""
    lang = current_lang()
    if lang == LANGS[0]:
        return message
    return catalog(lang).get(PREFIX + message, message)


def translate_plural(singular: str, plural: str, n: int) -> str:
    """The singular or plural ``message`` in the current language (every form is its own catalog text)."""
    return translate(singular if n == 1 else plural)


def _click_modules() -> list[object]:
    """The click modules that may bind ``gettext`` names: loaded ones, and the others naming it.

    A module not loaded yet is imported only when its source names ``gettext`` (``click.testing``
    does not, and would load ``pdb`` for nothing); what it reads is a dozen small files. Nor is
    ``click._winconsole`` off Windows: it loads ``ctypes`` (≈ 5 ms of every start) and then asserts
    Windows, so it never binds anything there.
    """
    import click

    modules: list[object] = []
    for info in pkgutil.iter_modules(click.__path__):
        name = f"click.{info.name}"
        module = sys.modules.get(name)
        if module is None:
            if name in _WINDOWS_ONLY and sys.platform != "win32":
                continue
            if not _mentions_gettext(info):
                continue
            try:
                module = importlib.import_module(name)
            except (ImportError, AssertionError):  # click._winconsole asserts Windows
                continue
        modules.append(module)
    return modules


def _mentions_gettext(info: pkgutil.ModuleInfo) -> bool:
    """Tell whether the source of module ``info`` names ``gettext`` (True when it cannot be read)."""
    spec = info.module_finder.find_spec(info.name, None)
    origin = getattr(spec, "origin", None)
    if not origin or not origin.endswith(".py"):
        return True
    try:
        return b"gettext" in Path(origin).read_bytes()
    except OSError:
        return True


def install() -> None:
    """Make click's modules ask the catalog for their messages (idempotent)."""
    for module in _click_modules():
        if getattr(module, "_", None) is gettext.gettext:
            module._ = translate  # type: ignore[attr-defined]
        if getattr(module, "ngettext", None) is gettext.ngettext:
            module.ngettext = translate_plural  # type: ignore[attr-defined]


def click_messages() -> set[str]:
    """Every message id in the installed click's source (``_("…")`` and both forms of ``ngettext``)."""
    import click

    found: set[str] = set()
    for path in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (
                    "_", "ngettext"):
                found.update(a.value for a in node.args
                             if isinstance(a, ast.Constant) and isinstance(a.value, str))
    return found
