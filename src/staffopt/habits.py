"""Excel habits the reader accepts: notes columns and totals rows.

Officers keep workbooks the way Excel and WPS invite them to:

* a **notes column** — a header starting with ``备注``, ``note(s)`` or ``comment(s)`` (any case,
  any sheet, e.g. ``备注``, ``Notes 2023``, ``comment: source``) — is kept as notes: its cells
  travel with their rows into :class:`~staffopt.instance.InputData` (``notes``) and back out
  into the input sheets of ``plan.xlsx``, and nothing else ever reads them (the model, the
  validator's rules and the results never see them);
* a **totals row** — ``合计``, ``总计``, ``小计``, ``共计``, ``total(s)``, ``subtotal``,
  ``grand total`` or ``sum`` as the whole text of the office-id or name cell — is refused with
  one problem naming the row, and none of its other cells are checked (they would only repeat
  the message as five "empty cell" problems).

Why a totals row is refused rather than skipped with a warning: which rows are data is then
never a guess from a label (a skipped row is a figure the user typed and the plan silently does
not use), a workbook means the same to ``validate``, ``solve``, ``compare`` and ``sweep`` without
a warning channel in each, and nothing is lost — the report writes its own totals by level,
region and budget pool. Deleting the row, or moving the totals to a sheet of their own (sheets
that are not input sheets are ignored), is a one-step fix the message names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from staffopt.text import Msg

if TYPE_CHECKING:  # pandas loads when a frame is built (``staffopt validate`` never builds one)
    import pandas as pd

_NOTES_HEADER = re.compile(r"^(?:备注|notes?(?![a-z])|comments?(?![a-z]))")
_TOTALS = frozenset({"合计", "总计", "小计", "共计", "总合计", "total", "totals", "subtotal",
                     "grandtotal", "sum"})
_TOTALS_LABEL = re.compile(r"^(?P<word>[^(（:：]+)(?:[(（:：].*)?$")
#: Columns whose text tells a totals row (the row's label columns).
LABEL_COLUMNS: tuple[str, ...] = ("office_id", "name")


def _squeeze(text: str) -> str:
    """``text`` without any whitespace (full-width too, as in ``合　计``), case-folded."""
    return "".join(text.split()).replace("-", "").replace("_", "").casefold()


def is_notes_header(text: Any) -> bool:
    """Tell whether a header names a notes column (starts with 备注 / note(s) / comment(s))."""
    return isinstance(text, str) and _NOTES_HEADER.match(text.strip().casefold()) is not None


def totals_label(value: Any) -> bool:
    """Tell whether a label cell marks a totals row (``合计``, ``小计(甲市)``, ``Total:`` …)."""
    if not isinstance(value, str):
        return False
    match = _TOTALS_LABEL.match(_squeeze(value))
    return match is not None and match.group("word") in _TOTALS


def totals_expected(sheet_key: str) -> Msg:
    """What a totals row of sheet ``sheet_key`` should have been (the problem's "expected")."""
    return Msg("expect.not_totals_office" if sheet_key == "offices" else "expect.not_totals_row")


def notes_frame(note_columns: Mapping[int, str], rows: Sequence[Mapping[int, Any]],
                index: list[Any] | None = None) -> pd.DataFrame | None:
    """The notes columns of a sheet as a frame (header as written → cell), one row per data row.

    ``note_columns`` maps column index → header, ``rows`` holds each data row's notes cells by
    column index; ``index`` labels the rows (default ``0 … n−1``, the rows of the sheet's frame
    in :class:`~staffopt.instance.InputData`). ``None`` when the sheet has no notes column.
    """
    if not note_columns:
        return None
    import pandas as pd

    names: dict[int, str] = {}
    for col, header in sorted(note_columns.items()):
        names[col] = header if header not in names.values() else f"{header} [{col + 1}]"
    data = {name: [_note_text(row.get(col)) for row in rows] for col, name in names.items()}
    frame = pd.DataFrame(data, dtype="object")
    if index is not None:
        frame.index = pd.Index(index)
    return frame


def _note_text(value: Any) -> Any:
    """A notes cell as kept: ``None`` for empty, else the value as typed (text, number, date)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return value
