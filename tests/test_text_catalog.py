"""The text catalog: complete in every language, loud when a text is missing, open to a new language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from helpers_text import assert_chinese, english_phrases
from helpers_workbook import BASE_OFFICES, label, table_rows, write_xlsx
from staffopt.errors import InputError, Problem
from staffopt.reader import read_workbook
from staffopt.schema import LEVELS, OUTPUT_COLUMNS, PARAMETERS, PARAMETERS_BY_KEY, SHEETS, SHEETS_BY_KEY
from staffopt.settings import Settings, parse_value
from staffopt.text import (
    LANGS,
    OPTIONAL_PLACEHOLDERS,
    MissingText,
    Msg,
    catalog,
    languages,
    placeholders,
    register_language,
    t,
    unregister_language,
)

MakeInput = Callable[..., Path]


def test_every_key_exists_in_every_language_with_the_same_placeholders() -> None:
    reference = catalog(LANGS[0])
    for lang in LANGS[1:]:
        texts = catalog(lang)
        assert set(texts) == set(reference), (
            f"only in {LANGS[0]}: {sorted(set(reference) - set(texts))}; "
            f"only in {lang}: {sorted(set(texts) - set(reference))}")
        for key, template in reference.items():
            ours, english = placeholders(texts[key]), placeholders(template)
            assert ours <= english and english - ours <= OPTIONAL_PLACEHOLDERS, (lang, key)


def test_no_text_is_empty_and_each_renders() -> None:
    for lang in LANGS:
        for key, template in catalog(lang).items():
            assert template.strip() or key in ("level.all.aliases",), (lang, key)
            # every template formats with its own placeholders (no stray braces)
            template.format(**{name: 1 for name in placeholders(template)})


def test_chinese_catalog_is_chinese() -> None:
    """No Chinese text is an English sentence left untranslated (keys, units and codes may stay)."""
    english = {key: text for key, text in catalog("zh").items()
               if not key.endswith(".aliases") and english_phrases(text)}
    assert not english, english


def test_a_missing_text_fails_loudly_with_no_english_fallback() -> None:
    with pytest.raises(MissingText):
        t("no.such.key", "zh")
    with pytest.raises(MissingText):
        t("problem.line", "xx")  # a language without a catalog
    partial = dict(catalog("en"))
    del partial["problem.empty_cell"]
    register_language("xx", partial)
    try:
        with pytest.raises(MissingText, match="problem.empty_cell"):
            Problem("offices", 2, "posts", None, Msg("expect.float")).render("xx")
    finally:
        unregister_language("xx")


def test_every_schema_label_is_in_the_catalog() -> None:
    for lang in LANGS:
        for sheet in SHEETS:
            assert sheet.label(lang) and sheet.description(lang)
            for field in sheet.columns:
                assert field.label(lang) and field.description(lang)
        for param in PARAMETERS:
            assert param.description(lang)
            for choice in param.choices:
                assert param.choice_label(choice, lang)
        for column in OUTPUT_COLUMNS:
            assert column.label(lang)
            assert column.unit.text(lang) or not column.unit


@pytest.fixture
def third_language() -> Iterator[str]:
    """A made-up language "xx": every English text marked with «», placeholders kept."""
    texts = {key: (value if key.endswith((".aliases", ".sep", "sep_or", ".or", "with_unit"))
                   else f"«{value}»") for key, value in catalog("en").items()}
    texts["level.county.aliases"] = "xian-xx"
    texts["objective.cost"] = "cheapest-xx"
    register_language("xx", texts)
    yield "xx"
    unregister_language("xx")


def test_a_third_language_needs_only_its_catalog(third_language: str, make_input: MakeInput,
                                                 tmp_path: Path) -> None:
    """Registering a catalog is all it takes: labels, problems, headers and values follow."""
    xx = third_language
    assert xx in languages()
    offices = SHEETS_BY_KEY["offices"]
    assert offices.label(xx) == "«offices»"
    assert offices.column("posts").label(xx) == "«posts»"
    # a problem renders whole in the new language
    line = Problem("offices", 3, "posts", "x", offices.column("posts").expected()).render(xx)
    assert "«sheet 'offices'»" in line and "«a whole number»" in line and "«row 3»" in line
    # a workbook headed in the new language is read, its cells in the new language accepted
    records = [dict(r) for r in BASE_OFFICES]
    records[2]["level"] = "xian-xx"
    rows = table_rows("offices", records, xx)  # type: ignore[arg-type]
    params = [[label("parameters", "key", xx), label("parameters", "value", xx)],  # type: ignore[arg-type]
              ["objective", "cheapest-xx"]]
    path = write_xlsx(tmp_path / "xx.xlsx", {offices.label(xx): rows,
                                             SHEETS_BY_KEY["parameters"].label(xx): params})
    data = read_workbook(path)
    assert list(data.offices["level"]) == ["provincial", "municipal", "county", "county"]
    assert data.parameters["objective"] == "cost"
    assert parse_value(PARAMETERS_BY_KEY["objective"], "«best service within budget»") == "service"


# ------------------------------------------------------------------------------------------
# choices and switches accepted as the report writes them (issue 11.3)
# ------------------------------------------------------------------------------------------
CHOICES = [p for p in PARAMETERS if p.dtype == "choice"]


@pytest.mark.parametrize("param", CHOICES, ids=lambda p: p.key)
def test_each_choice_label_reads_back_as_its_code(param: object) -> None:
    from staffopt.schema import Field

    assert isinstance(param, Field) and param.choice_text, "every choice has catalog labels"
    for choice in param.choices:
        for lang in LANGS:
            shown = param.choice_label(choice, lang)
            assert parse_value(param, shown) == choice, (param.key, lang, shown)
            assert parse_value(param, f"  {shown.upper()} ") == choice
        assert parse_value(param, choice.upper()) == choice


@pytest.mark.parametrize("param", CHOICES, ids=lambda p: p.key)
def test_no_spelling_names_two_choices(param: object) -> None:
    from staffopt.schema import Field, _spellings

    assert isinstance(param, Field)
    seen: dict[str, str] = {}
    for choice in param.choices:
        for spelling in _spellings(f"{param.choice_text}.{choice}") | {choice}:
            assert seen.setdefault(spelling, choice) == choice, (param.key, spelling)


@pytest.mark.parametrize(("key", "shown", "code"), [
    ("objective", "成本最低", "cost"),
    ("objective", "预算内服务最优", "service"),
    ("budget.regime", "基金预算制", "fund"),
    ("budget.regime", "基金预算制(基金支出比例)", "fund"),
    ("budget.regime", "财政预算制（同级财政）", "fiscal"),
    ("budget.regime", "不设预算约束", "none"),
    ("budget.pool", "每省一个资金池", "province"),
    ("standard.rule", "河南县级分档标准", "henan"),
    ("standard.mode", "编制上限", "upper"),
    ("contract.no_new", "是", True),
    ("training.enabled", "否", False),
    ("training.enabled", "yes", True),
])
def test_chinese_values_in_set_and_cells(key: str, shown: str, code: object) -> None:
    assert Settings().with_overrides({key: shown})[key] == code


def test_chinese_values_in_the_parameters_sheet_and_scenarios(make_input: MakeInput) -> None:
    path = make_input(
        lang="zh",
        parameters=[["objective", "预算内服务最优"], ["budget.regime", "基金预算制"]],
        scenarios=[{"scenario": "改革", "key": "budget.pool", "value": "每省一个资金池"}],
        offices=[{**r, "level": {"provincial": "省", "municipal": "地（市）级", "county": "县"}[r["level"]]}
                 for r in BASE_OFFICES])
    data = read_workbook(path)
    assert data.parameters["objective"] == "service" and data.parameters["budget.regime"] == "fund"
    from staffopt.whatif.scenarios import apply_scenario

    assert apply_scenario(data.parameters, data, "改革")["budget.pool"] == "province"


def test_levels_by_any_label() -> None:
    from staffopt.validate import normalise_level

    for level in LEVELS:
        for lang in LANGS:
            assert normalise_level(t(f"level.{level}", lang)) == level
    assert normalise_level("地（市）级") == "municipal" and normalise_level(" County ") == "county"
    assert normalise_level("全部") is None  # "all levels" is a report row, not an office level


# ------------------------------------------------------------------------------------------
# validation problems, whole line in Chinese (issue 11.1)
# ------------------------------------------------------------------------------------------
def test_validation_problems_read_in_chinese(make_input: MakeInput) -> None:
    bad = [dict(r) for r in BASE_OFFICES]
    bad[0] = {**bad[0], "parent_id": "M1"}
    bad[1] = {**bad[1], "level": "galaxy", "workload_growth": 2.4}
    bad[2] = {**bad[2], "professional_staff": 500, "posts": "11,4"}
    bad[3] = {**bad[3], "office_id": "C1", "cost_staff": None}
    path = make_input(
        offices=bad,
        parameters=[["objective", "magic"], ["budget.growht", "0.1"], ["horizon", None], ["horizon", 3]],
        workload=[{"office_id": "X9", "year": 2020, "workload": 1}],
        scenarios=[{"scenario": "s", "key": "budget.regime", "value": "magic"},
                   {"scenario": "s", "key": "budget.regime", "value": "fund"}],
        extra={"offices_extra": [["x"]]})
    with pytest.raises(InputError) as err:
        read_workbook(path)
    zh = err.value.render("zh")
    assert len(err.value.problems) >= 10
    assert_chinese(zh)
    assert "第 3 行" in zh and "应为" in zh and "发现" in zh
    en = err.value.render("en")
    assert en == err.value.format_message()  # the English rendering is the exception's message
    assert "row 3" in en and "expected" in en


def test_english_phrase_detector() -> None:
    assert english_phrases("found 2.4; expected a number from -0.5 to 1")
    assert english_phrases("错误：Error: no plan (infeasible)")  # the line issue 11 quotes
    assert english_phrases("已中断：Interrupted (Ctrl-C): stopped; no half-written file was left.")
    assert not english_phrases("工作表“offices”，第 3 行：发现 'magic value here'；应为 成本最低(cost)")
    assert not english_phrases("请用 --set target.county=5000 或 `staffopt init` 写出 reports/a b/plan.xlsx")


def test_a_problem_takes_only_a_catalog_message() -> None:
    with pytest.raises(TypeError, match="Msg"):
        Problem("offices", 2, "posts", "x", "a number")  # type: ignore[arg-type]


def test_every_progress_stage_has_a_name_in_every_language() -> None:
    # a stage without its catalog name would print its code (e.g. "pool") in a Chinese run
    import re
    from pathlib import Path

    from staffopt.text import has, t

    root = Path(__file__).resolve().parents[1] / "src" / "staffopt"
    source = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py"))
    stages = set(re.findall(r'progress\("([a-z_]+)"', source))
    stages |= set(re.findall(r'\.stage\("([a-z_]+)"', source))
    assert {"build", "solve", "pool", "write", "read"} <= stages
    for stage in stages:
        assert has(f"progress.{stage}"), stage
        assert t(f"progress.{stage}", "zh") != stage, stage
