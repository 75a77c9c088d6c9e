"""docs/input.md is generated from the schema: the committed file must equal the generated text."""

from __future__ import annotations

from pathlib import Path

from staffopt.docs_input import DOC_PATH, main, render_input_doc
from staffopt.schema import PARAMETERS, SHEETS

ROOT = Path(__file__).resolve().parents[1]


def test_committed_input_doc_is_up_to_date() -> None:
    committed = (ROOT / DOC_PATH).read_text(encoding="utf-8")
    assert committed == render_input_doc(), (
        "docs/input.md is out of date: run `python -m staffopt.docs_input` and commit the result")


def test_doc_covers_every_sheet_column_and_parameter() -> None:
    text = render_input_doc()
    for sheet in SHEETS:
        assert f"`{sheet.label('en')}` / `{sheet.label('zh')}`" in text
        for field in sheet.columns:
            assert f"| `{field.key}` | {field.label('en')} | {field.label('zh')} |" in text
    for param in PARAMETERS:
        assert f"| `{param.key}` |" in text


def test_main_writes_the_file(tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 0
    assert (tmp_path / DOC_PATH).read_text(encoding="utf-8") == render_input_doc()
