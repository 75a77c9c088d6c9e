"""Rebuild the shipped example workbooks in ``data/`` from their seeded builders.

Run ``make data`` (or ``python data/generate.py [OUT_DIR]``). The builders live in
``staffopt.examples`` (fixed seeds), so the data are the same on every run; the test
``tests/test_examples.py`` reads the committed files back and compares them with the builders.
A file whose content did not change is left alone (only its timestamp would differ), so
``make data`` does not churn the binary files in git.

* ``example_province.xlsx`` is written with Chinese sheet names, headers and sources: 示例省 is
  a Chinese province, its users work in Chinese, and the file exercises the Chinese reader.
* ``national_2021.xlsx`` is written in English, so the shipped files cover both languages.
"""

from __future__ import annotations

import sys
import tempfile
import zipfile
from pathlib import Path

from staffopt.examples import EXAMPLES
from staffopt.schema import Lang
from staffopt.workbook import write_input_workbook

DATA_DIR = Path(__file__).resolve().parent
#: Language of each shipped file (see the module docstring for why).
LANGUAGES: dict[str, Lang] = {"example_province": "zh", "national_2021": "en"}
#: Zip members that hold only metadata (creation/modification time), ignored when comparing.
_METADATA = {"docProps/core.xml", "docProps/app.xml"}


def _content(path: Path) -> dict[str, bytes]:
    """Every zip member of an xlsx except the metadata ones."""
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n not in _METADATA}


def main(out_dir: Path = DATA_DIR) -> list[Path]:
    """Write every example to ``out_dir``/<name>.xlsx (unless unchanged); return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, builder in EXAMPLES.items():
        lang = LANGUAGES[name]
        data, sources = builder(lang)
        path = out_dir / f"{name}.xlsx"
        with tempfile.TemporaryDirectory(dir=out_dir) as tmp:
            fresh = Path(tmp) / path.name
            write_input_workbook(data, fresh, lang=lang, sources=sources, overwrite=True)
            if path.exists() and _content(path) == _content(fresh):
                print(f"unchanged {path}")
            else:
                fresh.replace(path)
                print(f"wrote {path} ({len(data.offices)} offices, {lang})")
        written.append(path)
    return written


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA_DIR)
