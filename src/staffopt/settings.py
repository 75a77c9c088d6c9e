"""Run settings: the parameters of :data:`staffopt.schema.PARAMETERS`, typed and immutable.

A :class:`Settings` is built from the parameters sheet (missing keys take their defaults);
``--set KEY=VALUE`` and scenario rows are *overrides* applied to a copy with
:meth:`Settings.with_overrides`, never to the original.
"""

from __future__ import annotations

import builtins
import math
import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

from staffopt.errors import BadValue, InputError, Problem
from staffopt.schema import (
    PARAMETERS,
    PARAMETERS_BY_KEY,
    Field,
    ParamKey,
    bool_aliases,
    parameter_key,
    spelling,
)
from staffopt.text import Join, Msg, Verbatim

#: A number typed as text may use commas only to group thousands (``1,234,567.5``).
_THOUSANDS = re.compile(r"[+-]?\d{1,3}([,，]\d{3})+(\.\d*)?%?")


def with_decimal_comma_hint(expected: Msg) -> Msg:
    """``expected`` followed by the hint that decimals take a point (``11.4``, not ``11,4``)."""
    return Msg("expect.decimal_comma", text=expected)


def parse_value(field: Field, raw: Any) -> Any:
    """Convert ``raw`` (a cell value or a ``--set`` string) to the field's type.

    Raises :class:`~staffopt.errors.BadValue` (a :class:`ValueError`) saying what was expected,
    when ``raw`` does not fit (type, bounds or choices). A choice or a switch may be written as
    its code (``cost``, ``true``) or as any of its labels in any language, as the report writes
    them (``成本最低``, ``是``). Empty values are not accepted here; callers handle defaults.
    """
    if raw is None or (isinstance(raw, str) and raw.strip() == ""):
        raise BadValue(field.expected())
    kind = field.dtype
    if kind == "bool":
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, (int, float)) and raw in (0, 1):
            return bool(raw)
        found = bool_aliases().get(spelling(str(raw)))
        if found is None:
            raise BadValue(field.expected())
        return found
    if kind in ("choice", "level", "str"):
        text = str(raw).strip()
        if kind == "choice":
            choice = field.choice_aliases().get(spelling(text))
            if choice is None:
                raise BadValue(field.expected())
            return choice
        return text
    # numbers
    if isinstance(raw, bool):
        raise BadValue(field.expected())
    if isinstance(raw, (int, float)):
        number = float(raw)
    else:
        text = "".join(str(raw).split())
        if ("," in text or "，" in text) and _THOUSANDS.fullmatch(text) is None:
            # "11,4" is a decimal comma: reading it as 114 would be ten times the value meant
            raise BadValue(with_decimal_comma_hint(field.expected()))
        text = text.replace(",", "").replace("，", "")
        pct = text.endswith("%")
        if pct:
            text = text[:-1]
        try:
            number = float(text)
        except ValueError:
            raise BadValue(field.expected()) from None
        if pct:
            number /= 100.0
    if not math.isfinite(number):
        raise BadValue(field.expected())
    if kind == "int":
        if not float(number).is_integer():
            raise BadValue(field.expected())
        number = float(int(number))
    if field.minimum is not None and number < field.minimum:
        raise BadValue(field.expected())
    if field.maximum is not None and number > field.maximum:
        raise BadValue(field.expected())
    return int(number) if kind == "int" else number


class Settings(Mapping[str, Any]):
    """Every parameter of the run, keyed by its schema key (``"target.county"`` …); immutable."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        """Start from the schema defaults, then take ``values`` (already typed and checked)."""
        merged = {p.key: p.default for p in PARAMETERS}
        for key, value in (values or {}).items():
            if key not in PARAMETERS_BY_KEY:
                raise KeyError(f"unknown parameter {key!r}")
            merged[key] = value
        self._values: Mapping[str, Any] = MappingProxyType(merged)

    # Mapping protocol -------------------------------------------------------------------
    def __getitem__(self, key: str) -> Any:
        """Value of parameter ``key`` (KeyError for an unknown key: a typo fails loudly)."""
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        """Keys in schema order."""
        return iter(self._values)

    def __len__(self) -> builtins.int:
        """Number of parameters."""
        return len(self._values)

    def __repr__(self) -> str:
        """Only the values that differ from the defaults."""
        changed = {k: v for k, v in self._values.items() if v != PARAMETERS_BY_KEY[k].default}
        return f"Settings({changed})"

    def __eq__(self, other: object) -> bool:
        """Equal when every value is equal."""
        return isinstance(other, Settings) and dict(self._values) == dict(other._values)

    def __hash__(self) -> builtins.int:
        """Hash of the items, so settings can key a cache."""
        return hash(tuple(self._values.items()))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as a plain dict (settings travel to Dask workers)."""
        return (Settings, (dict(self._values),))

    # typed accessors ----------------------------------------------------------------------
    def float(self, key: ParamKey) -> float:
        """Parameter ``key`` as a float."""
        return float(self._values[key])

    def int(self, key: ParamKey) -> int:
        """Parameter ``key`` as an int."""
        return int(self._values[key])

    def bool(self, key: ParamKey) -> bool:
        """Parameter ``key`` as a bool."""
        return bool(self._values[key])

    def str(self, key: ParamKey) -> str:
        """Parameter ``key`` as a string."""
        return str(self._values[key])

    @property
    def years(self) -> tuple[builtins.int, ...]:
        """Plan years ``t0+1 … t0+H``."""
        t0 = self.int("base_year")
        return tuple(range(t0 + 1, t0 + 1 + self.int("horizon")))

    def as_dict(self) -> dict[builtins.str, Any]:
        """A plain dict copy (for summary.json and the settings sheet)."""
        return dict(self._values)

    def with_overrides(
        self, overrides: Mapping[builtins.str, Any],
        *,
        sheet: builtins.str = "--set",
        rows: Mapping[builtins.str, builtins.int] | None = None,
    ) -> Settings:
        """A copy with ``overrides`` (raw strings or typed values) parsed and applied.

        Every bad key or value is collected; one :class:`InputError` names them all, with
        ``sheet`` (``--set`` on the command line, ``scenarios`` for a scenario row) and the
        spreadsheet row when ``rows`` gives one. An old, renamed key is read as its current one
        (:data:`staffopt.schema.RENAMED_PARAMETERS`).
        """
        problems: list[Problem] = []
        new = dict(self._values)
        for key, raw in overrides.items():
            row = (rows or {}).get(key)
            key = parameter_key(key)
            field = PARAMETERS_BY_KEY.get(key)
            if field is None:
                problems.append(Problem(sheet, row, "parameter", key, unknown_key(key, option=True)))
                continue
            try:
                new[key] = parse_value(field, raw)
            except BadValue as exc:
                problems.append(Problem(sheet, row, key, raw, exc.expected))
        if problems:
            raise InputError(problems, source=sheet)
        return Settings(new)


def unknown_key(key: str, *, option: bool = False) -> Msg:
    """What an unknown parameter key should be, with the closest known keys as a suggestion.

    ``option``: the key came from ``--set`` or a scenario (the hint points to the template).
    """
    import difflib  # only for a key that is wrong: not loaded by every start

    close = difflib.get_close_matches(str(key).strip().lower(), list(PARAMETERS_BY_KEY), n=2, cutoff=0.75)
    hint = Msg("expect.did_you_mean", keys=Join(tuple(Verbatim(repr(k)) for k in close), sep="list.or")
               ) if close else ""
    return Msg("expect.known_key_option" if option else "expect.known_key", hint=hint)


def parse_set_options(items: tuple[str, ...] | list[str]) -> dict[str, str]:
    """Split ``KEY=VALUE`` strings from ``--set``; a malformed one is an :class:`InputError`."""
    out: dict[str, str] = {}
    problems: list[Problem] = []
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            problems.append(Problem("--set", None, None, item, Msg("expect.set_pair")))
            continue
        out[key.strip()] = value.strip()
    if problems:
        raise InputError(problems, source="--set")
    return out
