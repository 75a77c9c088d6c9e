"""Which language a run speaks when ``--lang`` is not given.

In order: the language of the input workbook (the language most of its sheet names and headers
are written in), else the environment variable ``STAFFOPT_LANG``, else the system locale
(``zh_CN.UTF-8`` → ``zh``), else English.
"""

from __future__ import annotations

import locale
import os
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from staffopt.text import LANGS, LOCALE_PREFIXES, Lang, languages

#: The environment variable naming the language (``en``, ``zh``, or a locale such as ``zh_CN``).
ENV_VAR = "STAFFOPT_LANG"
#: Rows searched for a sheet's header row.
_HEADER_ROWS = 10


def lang_of_name(name: str | None) -> Lang | None:
    """The language a code or locale name means (``zh``, ``zh_CN.UTF-8``, ``Chinese_China.936``), or None."""
    if not name:
        return None
    text = name.strip().lower()
    for lang in languages():
        if text == lang:
            return lang
    if text.startswith("chinese"):  # Windows locale names
        return "zh"
    for prefix, lang in LOCALE_PREFIXES.items():
        if text == prefix or text.startswith((prefix + "_", prefix + "-", prefix + ".")):
            return lang
    return None


def system_lang() -> Lang | None:
    """The language of the system locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, then the C library's)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:  # POSIX: the first one set decides, even when it is "C"
            return lang_of_name(value)
    try:
        name = locale.getlocale()[0]
    except ValueError:  # pragma: no cover - a malformed locale
        return None
    return lang_of_name(name)


def workbook_lang(path: Path | None, *, keep: bool = False) -> Lang | None:
    """The language most sheet names and headers of the workbook at ``path`` are written in.

    None when there is no workbook, it cannot be opened safely, or no name tells (keys only, a tie);
    a name that is also the key (``offices``, ``name``) tells nothing.
    Only the sheet names and the header rows are read. ``keep``: the opened workbook is kept for the
    read of the tables that follows in the same command (:func:`staffopt.reader.keep_open`).
    """
    if path is None:
        return None
    from staffopt.reader import _header_lookup, _sheet_lookup, check_archive, keep_open, normalise_name

    path = Path(path)
    try:
        if not path.is_file() or check_archive(path):
            return None
        from staffopt.limits import MAX_PARSED_BYTES, new_budget, open_workbook

        budget = new_budget()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = open_workbook(path, data_only=True, budget=budget)  # the reader's parse limits
        opened_bytes = MAX_PARSED_BYTES - budget.left
    except Exception:  # noqa: BLE001 - a broken file has no language; the reader reports it
        return None
    votes: Counter[str] = Counter()
    kept = False
    try:
        sheets = _sheet_lookup()
        for name in wb.sheetnames:
            sheet = sheets.get(normalise_name(name))
            if sheet is None:
                continue
            if name.strip().lower() != sheet.key:  # a key is no language's word
                votes.update(_langs_of(name, sheet.label))
            ws = wb[name]
            if not hasattr(ws, "iter_rows"):
                continue
            lookup = _header_lookup(sheet)
            for row in ws.iter_rows(max_row=_HEADER_ROWS, values_only=True):
                cells = [str(v).strip() for v in row if v is not None and str(v).strip()]
                if not cells:
                    continue
                for cell in cells:
                    match = lookup.get(normalise_name(cell))
                    if match is not None and cell.lower() != match[0].key:
                        votes.update(_langs_of(cell, match[0].label))
                break
        if keep:
            keep_open(path, wb, opened_bytes)  # the reader of this run takes it (staffopt.reader.load_tables)
            kept = True
    except Exception:  # noqa: BLE001 - as above
        return None
    finally:
        if not kept:
            wb.close()
    ranked = votes.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]  # type: ignore[return-value]  # one of languages()


def _langs_of(text: str, label: Callable[[Lang], str]) -> list[str]:
    """The one language whose label ``text`` is (none when it is a key or the same in several)."""
    from staffopt.reader import normalise_name

    norm = normalise_name(text)
    found: list[str] = [lang for lang in languages() if normalise_name(label(lang)) == norm]
    return found if len(found) == 1 else []


def choose_lang(explicit: str | None, input_path: Path | None = None, *,
                book_lang: Callable[[Path | None], Lang | None] | None = None) -> Lang:
    """The language of a run: ``explicit``, else the workbook's, ``STAFFOPT_LANG`` or the locale's.

    ``book_lang`` reads the workbook's language (default :func:`workbook_lang`; the command line
    passes one that remembers it, so that a run reads it once).
    """
    if explicit:
        found = lang_of_name(explicit)
        if found is not None:
            return found
    return ((book_lang or workbook_lang)(input_path) or lang_of_name(os.environ.get(ENV_VAR)) or system_lang()
            or LANGS[0])
