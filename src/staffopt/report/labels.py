"""Texts of the report in both languages: sheet names, titles, chart titles, summary rows.

Column headers, units and level names come from :mod:`staffopt.schema`; this module holds only
what is particular to the report (and the progress line). The report sheet names never equal an
input sheet name, so a report stays a valid input workbook: the reader ignores these sheets.
"""

from __future__ import annotations

from collections.abc import Sequence

from staffopt.schema import SHEETS, Lang
from staffopt.text import catalog, has, languages, t


def text(key: str, lang: Lang) -> str:
    """Return the report text ``key`` in ``lang`` (:class:`~staffopt.text.MissingText` for an unknown key)."""
    return t(key, lang)


def status_text(status: object, lang: Lang) -> str:
    """Return the solve status in words in ``lang`` (the status itself when it has no text)."""
    key = f"status.{status}"
    return t(key, lang) if has(key) else str(status)


def localized_messages(messages: Sequence[str], messages_zh: Sequence[str], lang: Lang) -> tuple[str, ...]:
    """Return the result's messages in ``lang``: ``messages_zh`` under ``zh``, else ``messages``.

    ``messages_zh`` is one for one with ``messages``; should a Chinese message be missing (an
    older result), the English one stands in for it, so no message is ever dropped.
    """
    if lang != "zh":
        return tuple(messages)
    return tuple(messages_zh[i] if i < len(messages_zh) and messages_zh[i] else en
                 for i, en in enumerate(messages))


def report_sheet_names() -> set[str]:
    """Every report sheet name, every language (none of them is an input sheet name)."""
    keys = [k for k in catalog("en") if k.startswith("sheet.")]
    return {t(k, lang) for k in keys for lang in languages()}


def _check_no_clash() -> None:
    inputs = {name for s in SHEETS for name in s.labels()}
    clash = report_sheet_names() & inputs
    if clash:  # pragma: no cover - a programming error caught at import
        raise AssertionError(f"report sheet names clash with input sheets: {clash}")


_check_no_clash()
