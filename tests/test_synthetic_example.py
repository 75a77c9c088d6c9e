"""``staffopt init --example national_synthetic``: the seeded national benchmark instance as a workbook."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from staffopt.cli import cli
from staffopt.examples import EXAMPLES
from staffopt.reader import read_workbook
from staffopt.schema import LEVELS
from staffopt.synthetic import ALL_EXAMPLES, GENERATED, national_instance, national_synthetic


def test_generated_examples_are_not_shipped_files() -> None:
    assert set(GENERATED).isdisjoint(EXAMPLES)  # data/generate.py writes EXAMPLES only
    assert set(ALL_EXAMPLES) == set(EXAMPLES) | {"national_synthetic"}


def test_national_synthetic_is_the_benchmark_instance() -> None:
    data, _ = national_synthetic()
    ref = national_instance()
    pd.testing.assert_frame_equal(data.offices, ref.offices)
    assert data.parameters == ref.parameters
    counts = data.offices["level"].value_counts()
    assert [int(counts[lv]) for lv in LEVELS] == [31, 330, 2850]
    assert data.parameters.int("horizon") == 10


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_national_synthetic_sources(lang: str) -> None:
    data, sources = national_synthetic(lang)
    assert all(item.strip() and text.strip() for item, text in sources)
    text = " ".join(t for _, t in sources)
    for figure in ("10,663", "002", "66.89%", "18.89%", "1.09%", "13.13%", "3,211", "2,850"):
        assert figure in text, figure
    assert ("ictional" if lang == "en" else "虚构") in text
    assert ("horizon 10 years" if lang == "en" else "horizon 10 年") in text
    assert "horizon 5" not in text  # the shipped examples' parameters row does not apply here
    items = [i for i, _ in sources]
    assert len(items) == len(set(items))
    if lang == "en":
        for column in ("posts", "actual staff", "workload", "professional", "contract", "digital",
                       "appropriation", "overhead", "fund spending", "manual-service floor", "parameters"):
            assert any(column in i for i in items), column
    else:
        assert len(items) == len(national_synthetic("en")[1])


@pytest.mark.slow
def test_init_national_synthetic_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "national.xlsx"
    result = CliRunner().invoke(cli, ["init", str(path), "--example", "national_synthetic"])
    assert result.exit_code == 0, result.output
    assert "3211 offices" in result.output
    back = read_workbook(path)
    ref = national_instance()
    pd.testing.assert_frame_equal(back.offices, ref.offices)
    assert back.parameters == ref.parameters
