"""Provenance of a report: which staffopt, which solver, which input, which command, when.

:func:`collect` returns a plain JSON-ready dict (it travels to Dask workers with the jobs):

* ``staffopt_version`` — :data:`staffopt.__version__`;
* ``highs_version`` — the HiGHS library inside ``highspy`` (``major.minor.patch``), and
  ``highspy_version``, the Python package;
* ``pyscipopt_version`` — the SCIP interface (the solver of national instances by default,
  :mod:`staffopt.solver.backend`); ``unknown`` when it is not installed;
* ``python_version``;
* ``input`` — the workbook as given on the command line (or the name of the example built in
  memory) and ``input_sha256``, the SHA-256 of its bytes (``None`` when built in memory);
* ``command_line`` — the command as typed, rebuilt from click's parsed parameters
  (:func:`command_line`), so it reads the same however staffopt was started;
* ``time`` — when the command started, ISO 8601 with the local UTC offset.

``summary.json`` holds it under ``provenance``; the run-settings sheet of ``plan.xlsx`` lists it
below the parameters (:func:`rows`); ``price.json`` and ``comparison.xlsx`` record it too.
"""

from __future__ import annotations

import hashlib
import platform
import shlex
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from staffopt import __version__
from staffopt.report.reform_text import t
from staffopt.schema import Lang

#: Keys of a provenance dict, in the order they are shown.
KEYS: tuple[str, ...] = ("staffopt_version", "highs_version", "highspy_version", "pyscipopt_version",
                         "python_version", "input", "input_sha256", "command_line", "time")
_CHUNK = 1 << 20


def highs_version() -> str:
    """Version of the HiGHS library bundled with highspy (no solver object is created)."""
    try:
        from highspy import _core

        return f"{_core.HIGHS_VERSION_MAJOR}.{_core.HIGHS_VERSION_MINOR}.{_core.HIGHS_VERSION_PATCH}"
    except (ImportError, AttributeError):  # pragma: no cover - another highspy layout
        return f"highspy {package_version('highspy')}"


def package_version(name: str) -> str:
    """Installed version of distribution ``name`` (``unknown`` when it is not installed)."""
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:  # pragma: no cover - a source tree without install
        return "unknown"


def sha256(path: Path) -> str:
    """Hex SHA-256 of the file at ``path``."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def command_line(ctx: click.Context | None = None) -> str | None:
    """The running command as typed: ``staffopt solve my.xlsx --set target.county=5000 --lang zh``.

    Rebuilt from the click context (the current one by default): the subcommand names, then every
    parameter the user gave on the command line, in the command's order. ``None`` outside click.
    """
    ctx = ctx if ctx is not None else click.get_current_context(silent=True)
    if ctx is None:
        return None
    names: list[str] = []
    c: click.Context | None = ctx
    while c is not None:
        names.append(c.info_name or "")
        c = c.parent
    words = ["staffopt", *reversed(names[:-1])]
    for param in ctx.command.params:
        name = param.name or ""
        source = ctx.get_parameter_source(name)
        if source is None or source.name != "COMMANDLINE":
            continue
        value = ctx.params.get(name)
        words.extend(_words(param, value))
    return " ".join(shlex.quote(w) for w in words)


def _words(param: click.Parameter, value: Any) -> list[str]:
    if isinstance(param, click.Argument):
        return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
    assert isinstance(param, click.Option)
    flag = param.opts[0]
    if param.is_flag:
        if value == param.flag_value or value is True:
            return [flag]
        return [param.secondary_opts[0]] if param.secondary_opts else []
    values = value if param.multiple and isinstance(value, (list, tuple)) else [value]
    out: list[str] = []
    for v in values:
        out += [flag, str(v)]
    return out


def now() -> str:
    """The current local time, ISO 8601 to the second with the UTC offset."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def collect(input_path: Path | None, command: str | None = None, *, input_name: str | None = None,
            time: str | None = None) -> dict[str, Any]:
    """Provenance of a run reading ``input_path`` (``None``: ``input_name`` built in memory).

    ``command`` is the command line (:func:`command_line`); ``time`` defaults to now.
    """
    return {
        "staffopt_version": __version__,
        "highs_version": highs_version(),
        "highspy_version": package_version("highspy"),
        "pyscipopt_version": package_version("pyscipopt"),
        "python_version": platform.python_version(),
        "input": str(input_path) if input_path is not None else input_name,
        "input_sha256": sha256(input_path) if input_path is not None and Path(input_path).is_file() else None,
        "command_line": command,
        "time": time or now(),
    }


def for_data(source: str | None) -> dict[str, Any]:
    """Provenance when the caller passed none: the input named by ``source`` if that file exists here."""
    path = Path(source) if source else None
    if path is not None and path.is_file():
        return collect(path)
    return collect(None, input_name=source)


def rows(prov: Mapping[str, Any], lang: Lang) -> list[tuple[str, str]]:
    """``(label, value)`` rows for a sheet or a briefing, in :data:`KEYS` order (empty values dropped)."""
    out = []
    for key in KEYS:
        if key == "highspy_version":
            continue  # shown with the HiGHS version
        value = prov.get(key)
        if key == "input_sha256" and value is None and prov.get("input"):
            value = t("prov.in_memory", lang)
        if key == "highs_version" and value and prov.get("highspy_version"):
            value = f"{value} (highspy {prov['highspy_version']})"
        if value is None or value == "":
            continue
        out.append((t(f"prov.{key}", lang), str(value)))
    return out
