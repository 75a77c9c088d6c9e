"""Chart specs are checked against the vega-lite schema once per shape (issue 12, item 5).

A sweep draws the same charts with other numbers; the schema check is skipped for a spec whose
shape (everything but the inline data) already passed. The specs and files are what altair's own
``to_dict`` (which checks every time) gives, and an invalid spec is still rejected.
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import pytest
from altair.utils.schemapi import SchemaValidationError

from staffopt.report import charts


def bars(values: list[float], width: object = 300) -> alt.Chart:
    frame = pd.DataFrame({"level": ["a", "b", "c"][: len(values)], "value": values})
    return alt.Chart(frame, width=width).mark_bar().encode(x="level:N", y="value:Q")  # type: ignore[arg-type]


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The kinds of chart the schema check actually ran on."""
    ran: list[str] = []
    real = alt.Chart.validate

    def counting(instance: object, schema: object = None) -> None:
        ran.append("Chart")
        real(instance, schema)  # type: ignore[arg-type]

    monkeypatch.setattr(alt.Chart, "validate", counting)
    monkeypatch.setattr(charts, "_VALID", set())
    return ran


def test_the_same_shape_is_checked_once_and_the_spec_is_altairs(checks: list[str]) -> None:
    first, second, other = bars([1, 2, 3]), bars([4, 5, 6]), bars([1, 2, 3], width=400)
    context = {"pre_transform": False}
    with alt.data_transformers.disable_max_rows():
        specs = [charts._SpecOnce(c).to_dict(context=dict(context)) for c in (first, second, other)]
    assert checks == ["Chart", "Chart"]  # the second chart differs in its data only; the third in width
    assert specs[0]["datasets"] != specs[1]["datasets"]
    for chart, spec in zip((first, second, other), specs, strict=True):
        with alt.data_transformers.disable_max_rows():
            assert spec == chart.to_dict(context={"pre_transform": False})  # validate=True: altair's own


def test_an_invalid_spec_is_still_rejected(checks: list[str]) -> None:
    with pytest.raises(SchemaValidationError):
        charts._SpecOnce(bars([1, 2, 3], width="wide")).to_dict()
    with pytest.raises(SchemaValidationError):  # not remembered as valid
        charts._SpecOnce(bars([7, 8, 9], width="wide")).to_dict()
    assert checks == ["Chart", "Chart"]
