"""``compare``/``frontier`` without INPUT, their warnings (replaced preset, no-effect keys) and help."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from staffopt.cli import cli
from staffopt.reader import table_frame
from staffopt.synthetic import national_instance
from staffopt.workbook import write_input_workbook


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = national_instance(provinces=1, municipal=1, county=2, horizon=2, seed=7)
    # the user's fund_1pct sets only the share: it replaces the preset and loses budget.regime=fund
    rows = [{"scenario": "fund_1pct", "key": "budget.fund_share", "value": "1.5%", "note": "", "row": 2}]
    data = dataclasses.replace(data, scenarios=table_frame("scenarios", rows))
    path = tmp_path_factory.mktemp("wb") / "tiny.xlsx"
    write_input_workbook(data, path)
    return path


def notes_under_table(path: Path) -> list[str]:
    ws = openpyxl.load_workbook(path).worksheets[0]
    cells = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    heading = next(i for i, v in enumerate(cells) if v in ("Notes", "注意"))
    return [str(v) for v in cells[heading + 1:] if v]


def test_compare_defaults_to_the_example_and_warns(
    workbook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("staffopt.pipeline.default_input", lambda: workbook)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["compare", "--scenario", "fund_1pct", "--scenario", "fund_korea",
                                      "--time-limit", "20"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "reports" / "tiny-compare"
    assert (out / "comparison.xlsx").is_file()
    replaced = ("warning: scenario fund_1pct: the workbook's scenarios sheet defines it, which replaces the "
                "built-in preset of that name completely; not applied from the preset: budget.regime=fund")
    no_effect = ("warning: scenario fund_1pct: budget.fund_share has no effect: budget.regime is fiscal "
                 "(only the fund regime uses it); add --scenario fund_1pct or --set budget.regime=fund")
    assert replaced in result.stderr and no_effect in result.stderr
    assert "fund_korea" not in result.stderr.split("[1/2]")[0]  # the preset itself is fine
    notes = notes_under_table(out / "comparison.xlsx")
    assert notes == [replaced.removeprefix("warning: "), no_effect.removeprefix("warning: ")]


def test_compare_in_chinese_warns_in_chinese(
    workbook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("staffopt.pipeline.default_input", lambda: workbook)
    monkeypatch.chdir(tmp_path)
    # --set of a key that counts nowhere here: warned once per scenario; nothing is solved
    result = CliRunner().invoke(cli, ["compare", "--scenario", "fund_1pct", "--scenario", "nope",
                                      "--set", "training.enabled=false", "--set", "training.max_hours=50",
                                      "--lang", "zh"])
    assert result.exit_code == 2 and "nope" in result.output  # unknown name: exit 2 before warnings
    result = CliRunner().invoke(cli, ["compare", "--scenario", "fund_1pct", "--lang", "zh",
                                      "--set", "training.enabled=false", "--set", "training.max_hours=50",
                                      "--out", str(tmp_path / "zh")])
    assert result.exit_code == 0, result.output
    assert "警告：情景 fund_1pct：工作簿的情景表定义了同名情景，完全替代同名内置预设" in result.stderr
    assert "警告：情景 fund_1pct：training.max_hours 不起作用：training.enabled 为 false" in result.stderr
    assert "has no effect" not in result.stderr
    notes = notes_under_table(tmp_path / "zh" / "comparison.xlsx")
    assert any("training.max_hours 不起作用" in n for n in notes)


def test_frontier_without_input_uses_the_built_in_example_when_not_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    tiny = national_instance(provinces=1, municipal=1, county=2, horizon=2, seed=7)
    monkeypatch.setattr("staffopt.pipeline.default_input", lambda: None)
    monkeypatch.setattr("staffopt.pipeline.example_data", lambda: tiny)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["frontier", "--vary", "budget.fund_share=0.005:0.04:2",
                                      "--objective", "service"])
    assert result.exit_code == 0, result.output
    assert "example_province.xlsx is not installed; using the built-in example" in result.stderr
    assert ("warning: budget.fund_share has no effect: budget.regime is fiscal (only the fund regime uses "
            "it); add --scenario fund_1pct or --set budget.regime=fund") in result.stderr
    out = tmp_path / "reports" / "example_province-frontier-budget.fund_share"
    assert notes_under_table(out / "frontier.xlsx") == [
        "budget.fund_share has no effect: budget.regime is fiscal (only the fund regime uses it); "
        "add --scenario fund_1pct or --set budget.regime=fund",
        # the same model at both steps: solved once, and the flat stretch says what holds it
        next(n for n in notes_under_table(out / "frontier.xlsx") if n.startswith("steps 1–2 ")),
        "1 of 2 steps reused a known plan instead of being solved again"]
    assert "[reused] budget.fund_share=0.04: same model as step 1: budget.fund_share has no effect here" \
        in result.stderr


def test_frontier_with_an_effective_key_has_no_notes(
    workbook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("staffopt.pipeline.default_input", lambda: workbook)
    result = CliRunner().invoke(cli, ["frontier", "--vary", "budget.fund_share=0.005:0.04:2",
                                      "--scenario", "fund_korea", "--out", str(tmp_path / "fr")])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr
    notes = notes_under_table(tmp_path / "fr" / "frontier.xlsx")
    assert not any("has no effect" in n for n in notes)  # only what the steps themselves show
    assert all(n.startswith("steps ") or "reused" in n for n in notes), notes


@pytest.mark.parametrize(("command", "default"), [("compare", "reports/<input-stem>-compare/"),
                                                   ("frontier", "reports/<input-stem>-frontier-<key>/")])
def test_out_help_names_the_commands_own_folder(command: str, default: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert default in result.output and "[-<scenario>]" not in result.output
    assert "[OPTIONS] [INPUT]" in result.output  # INPUT is optional
