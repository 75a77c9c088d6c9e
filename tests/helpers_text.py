"""Finding English sentences in text meant for a Chinese reader (``--lang zh`` runs)."""

from __future__ import annotations

import re

import pytest

#: Tokens that stay as they are in every language: options, file names and paths, parameter keys,
#: quoted or back-quoted values (what the user typed, a command to run), units and product names.
_ALLOWED = [
    r"`[^`]*`",                      # `staffopt init`, `--set KEY=VALUE`
    r"'[^']*'",                      # a value found in the input: 'magic', 'Sheet1'
    r"\"[^\"]*\"",
    r"“[^”]*”",                      # a sheet or column name as found in the file
    r"--?[A-Za-z][\w-]*(?:[= ][A-Z_]+\b)?",  # --set, --lang zh, -h, --out PATH
    r"\S*[/\\]\S*",                  # paths and anything with a slash: reports/x/plan.xlsx, Excel/WPS
    r"\b[\w-]+\.(?:xlsx|xls|json|md|png|svg|csv|py)\b",
    r"\b[A-Za-z_]\w*(?:\.\w+)+\b",   # parameter keys: target.county, solver.time_limit
    r"\b\w*_\w*\b",                  # keys with underscores: office_id, example_province
    r"\bCNY 10k\b", r"\bMIP\b", r"\bHiGHS\b", r"\bExcel\b", r"\bWPS\b", r"\bLibreOffice\b",
    r"\bstaffopt\b", r"\bDask\b",
    r"\b(?:KEY|VALUE|NAME|INPUT|PATH|SECONDS|FRACTION|START|STOP|STEPS|ADDRESS|N|TEXT|FILE)\b",
]
_ALLOWED_RE = re.compile("|".join(_ALLOWED))
#: Three or more ASCII words in a row (separated by spaces or light punctuation): an English phrase.
_PHRASE = re.compile(r"\b[A-Za-z]+(?:[ ,;:()]+[A-Za-z]+){2,}\b")


def english_phrases(text: str) -> list[str]:
    """Every run of three or more English words in ``text`` outside the allowed tokens."""
    stripped = _ALLOWED_RE.sub(" ", text)
    return _PHRASE.findall(stripped)


def assert_chinese(text: str) -> None:
    """Fail with the offending phrases when ``text`` holds an English sentence."""
    found = english_phrases(text)
    assert not found, f"English in a Chinese text: {found}\n---\n{text}"


def clear_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """No language from the environment or the system locale: only the input or ``--lang`` decide."""
    for var in ("STAFFOPT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr("locale.getlocale", lambda *a: (None, None))
