"""The validator against a library of broken workbooks: one per rule, each built here with openpyxl.

Every case asserts the exact (sheet, row, column) of every problem reported, so a rule that
fires in the wrong place, or fires as a side effect of another rule, fails the test.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl.utils import get_column_letter

from helpers_workbook import BASE_OFFICES, ROW, label, replace_office, table_rows, write_xlsx
from staffopt.errors import InputError, Problem
from staffopt.reader import read_workbook
from staffopt.schema import OFFICE_COLUMNS, PARAMETERS, SHEETS_BY_KEY

Where = tuple[str, int | None, str | None]


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(InputError) as info:
        read_workbook(path)
    assert info.value.source == path.name
    return list(info.value.problems)


def where(problems: list[Problem]) -> list[Where]:
    return [(p.sheet, p.row, p.column) for p in problems]


def off(key: str) -> str:
    return label("offices", key)


N_OFFICE_COLS = len(OFFICE_COLUMNS)
NEXT_LETTER = get_column_letter(N_OFFICE_COLS + 1)

# name → (builder kwargs for make_input, expected problem locations, a word the message must hold)
CASES: dict[str, tuple[dict[str, Any], list[Where], str]] = {
    "text in a number cell": (
        {"offices": replace_office("M1", posts="many")},
        [("offices", ROW["M1"], off("posts"))], "whole number"),
    "negative staff": (
        {"offices": replace_office("M1", actual_staff=-1)},
        [("offices", ROW["M1"], off("actual_staff"))], "from 0 to"),
    "share outside 0-1": (
        {"offices": replace_office("C1", manual_floor=1.5)},
        [("offices", ROW["C1"], off("manual_floor"))], "from 0 to 1"),
    "fractional staff": (
        {"offices": replace_office("C1", posts=12.5)},
        [("offices", ROW["C1"], off("posts"))], "whole number"),
    "unknown level": (
        {"offices": replace_office("C1", level="village")},
        [("offices", ROW["C1"], off("level"))], "provincial, municipal or county"),
    "empty required cell": (
        {"offices": replace_office("C1", name=None)},
        [("offices", ROW["C1"], off("name"))], "may not be empty"),
    "a date in a number cell": (
        {"offices": replace_office("C1", workload=__import__("datetime").datetime(2021, 1, 1))},
        [("offices", ROW["C1"], off("workload"))], "not a date"),
    "duplicate office id": (
        {"offices": replace_office("C2", office_id="C1")},
        [("offices", ROW["C2"], off("office_id"))], "row 4"),
    "parent does not exist": (
        {"offices": replace_office("C2", parent_id="M9")},
        [("offices", ROW["C2"], off("parent_id"))], "another office"),
    "county whose parent is provincial": (
        {"offices": replace_office("C2", parent_id="P1")},
        [("offices", ROW["C2"], off("parent_id"))], "municipal parent"),
    "municipal whose parent is municipal": (
        {"offices": [*BASE_OFFICES, {**BASE_OFFICES[1], "office_id": "M2", "parent_id": "M1"}]},
        [("offices", 6, off("parent_id"))], "provincial parent"),
    "county with no municipal parent": (
        {"offices": replace_office("C2", parent_id=None)},
        [("offices", ROW["C2"], off("parent_id"))], "municipal parent"),
    "municipal with no parent": (
        {"offices": replace_office("M1", parent_id=None)},
        [("offices", ROW["M1"], off("parent_id"))], "provincial parent"),
    "provincial with a parent": (
        {"offices": [*BASE_OFFICES, {**BASE_OFFICES[0], "office_id": "P2", "parent_id": "P1"}]},
        [("offices", 6, off("parent_id"))], "has no parent"),
    "cycle": (
        # M1 → C1 → M1: the wrong-level parent and the cycle are both reported
        {"offices": replace_office("M1", parent_id="C1")},
        [("offices", ROW["M1"], off("parent_id")), ("offices", ROW["M1"], off("parent_id"))], "cycle"),
    "self parent": (
        {"offices": replace_office("C1", parent_id="C1")},
        [("offices", ROW["C1"], off("parent_id")), ("offices", ROW["C1"], off("parent_id"))], "C1 → C1"),
    "professional above established staff": (
        {"offices": replace_office("C2", professional_staff=29)},  # min(30, 28) = 28
        [("offices", ROW["C2"], off("professional_staff"))], "= 28"),
    "contract above actual": (
        {"offices": replace_office("M1", contract_staff=171)},
        [("offices", ROW["M1"], off("contract_staff"))], "at most the actual staff"),
    "workload but no staff": (
        {"offices": replace_office("C2", actual_staff=0, professional_staff=0)},
        [("offices", ROW["C2"], off("actual_staff"))], "no staff"),
    "empty offices sheet": (
        {"offices": []},
        [("offices", None, None)], "at least one office"),
    "unknown column": (
        {"extra": {"offices": [*table_rows("offices", BASE_OFFICES)]}},  # replaced below
        [("offices", 1, f"{NEXT_LETTER} (bogus)")], "known columns"),
    "parameter: unknown key": (
        {"parameters": [["horizon", 3], ["target.village", 5000]]},
        [("parameters", 3, "parameter")], "known parameter"),
    "parameter: bad value": (
        {"parameters": [["horizon", "ten"], ["budget.regime", "magic"], ["contract.no_new", "maybe"]]},
        [("parameters", 2, "value"), ("parameters", 3, "value"), ("parameters", 4, "value")],
        "for parameter"),
    "parameter: out of range": (
        {"parameters": [["pro.share_min", 1.2]]},
        [("parameters", 2, "value")], "from 0 to 1"),
    "parameter: empty value": (
        {"parameters": [["horizon", None]]},
        [("parameters", 2, "value")], "default 5"),
    "parameter: duplicate": (
        {"parameters": [["horizon", 3], ["horizon", 4]]},
        [("parameters", 3, "parameter")], "row 2"),
    "workload_by_year: unknown office": (
        {"workload": [{"office_id": "X9", "year": 2022, "workload": 1.0}]},
        [("workload by year", 2, "office id")], "offices sheet"),
    "workload_by_year: duplicate office and year": (
        {"workload": [{"office_id": "C1", "year": 2022, "workload": 1.0},
                      {"office_id": "C1", "year": 2022, "workload": 2.0}]},
        [("workload by year", 3, "year")], "row 2"),
    "workload_by_year: year not after base year": (
        {"workload": [{"office_id": "C1", "year": 2021, "workload": 1.0}]},
        [("workload by year", 2, "year")], "after the base year 2021"),
    "budget_by_year: year not after a changed base year": (
        {"parameters": [["base_year", 2023]],
         "budget": [{"office_id": "C1", "year": 2023, "appropriation": 1.0}]},
        [("budget by year", 2, "year")], "after the base year 2023"),
    "budget_by_year: negative appropriation": (
        {"budget": [{"office_id": "C1", "year": 2022, "appropriation": -5}]},
        [("budget by year", 2, "fiscal appropriation")], "from 0 to 1,000,000,000"),
    "scenarios: empty name": (
        {"scenarios": [{"scenario": None, "key": "horizon", "value": "3"}]},
        [("scenarios", 2, "scenario")], "may not be empty"),
    "scenarios: unknown key": (
        {"scenarios": [{"scenario": "s", "key": "nope", "value": "3"}]},
        [("scenarios", 2, "parameter")], "known parameter"),
    "scenarios: bad value": (
        {"scenarios": [{"scenario": "s", "key": "budget.regime", "value": "magic"}]},
        [("scenarios", 2, "value")], "fiscal, fund, none"),
    "scenarios: duplicate key": (
        {"scenarios": [{"scenario": "s", "key": "horizon", "value": 3},
                       {"scenario": "t", "key": "horizon", "value": 4},
                       {"scenario": "s", "key": "horizon", "value": 5}]},
        [("scenarios", 4, "parameter")], "row 2"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_rule_reports_exact_location(case: str, make_input: Callable[..., Path]) -> None:
    kwargs, expected, word = CASES[case]
    if case == "unknown column":
        rows = table_rows("offices", BASE_OFFICES)
        rows[0].append("bogus")
        kwargs = {"extra": {"offices": rows}}
    found = problems_of(make_input(**kwargs))
    assert sorted(where(found), key=str) == sorted(expected, key=str), [str(p) for p in found]
    assert any(word in p.expected for p in found), [str(p) for p in found]


def test_base_workbook_is_valid(make_input: Callable[..., Path]) -> None:
    data = read_workbook(make_input())
    assert list(data.offices["office_id"]) == ["P1", "M1", "C1", "C2"]
    assert list(data.offices["level"]) == ["provincial", "municipal", "county", "county"]


def test_missing_offices_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", {"notes": [["hello"]]})
    assert where(problems_of(path)) == [("offices", None, None)]


def test_missing_required_column(tmp_path: Path) -> None:
    keys = [f.key for f in OFFICE_COLUMNS if f.key != "posts"]
    path = write_xlsx(tmp_path / "x.xlsx", {"offices": table_rows("offices", BASE_OFFICES, columns=keys)})
    found = problems_of(path)
    assert where(found) == [("offices", 1, "posts / 编制数")]


def test_blank_sheet_has_no_header(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", {"offices": []})
    found = problems_of(path)
    assert where(found) == [("offices", None, None)]
    assert "header row" in found[0].expected


def test_formula_without_cached_value(tmp_path: Path) -> None:
    rows = table_rows("offices", BASE_OFFICES)
    col = [f.key for f in OFFICE_COLUMNS].index("posts")
    rows[ROW["C1"] - 1][col] = "=10+20"  # openpyxl writes a formula with no cached value
    found = problems_of(write_xlsx(tmp_path / "x.xlsx", {"offices": rows}))
    assert where(found) == [("offices", ROW["C1"], off("posts"))]
    assert str(found[0].value) == "a formula with no cached value"
    assert "type the number itself" in found[0].expected


def test_repeated_column_in_two_languages(tmp_path: Path) -> None:
    rows = table_rows("offices", BASE_OFFICES)
    rows[0].append(label("offices", "posts", "zh"))
    for row in rows[1:]:
        row.append(1)
    found = problems_of(write_xlsx(tmp_path / "x.xlsx", {"offices": rows}))
    assert where(found) == [("offices", 1, f"{NEXT_LETTER} (编制数)")]


def test_data_in_unlabelled_column(tmp_path: Path) -> None:
    rows = table_rows("offices", BASE_OFFICES)
    rows[2] = rows[2] + [None, "stray note"]
    found = problems_of(write_xlsx(tmp_path / "x.xlsx", {"offices": rows}))
    assert where(found) == [("offices", 3, get_column_letter(N_OFFICE_COLS + 2))]


def test_two_sheets_for_offices(tmp_path: Path) -> None:
    rows = table_rows("offices", BASE_OFFICES)
    zh_rows = table_rows("offices", BASE_OFFICES, "zh")
    path = write_xlsx(tmp_path / "x.xlsx", {"offices": rows, "机构": zh_rows})
    assert where(problems_of(path)) == [("机构", None, None)]


def test_every_problem_is_reported_not_only_the_first(make_input: Callable[..., Path]) -> None:
    offices = replace_office("C1", posts="x", manual_floor=2, parent_id="P1")
    offices = [{**o, "office_id": "M1"} if o["office_id"] == "C2" else o for o in offices]
    path = make_input(
        offices=offices,
        parameters=[["horizon", 0], ["nonsense", 1]],
        workload=[{"office_id": "Z", "year": 2030, "workload": 1}],
        scenarios=[{"scenario": "s", "key": "objective", "value": "fastest"}],
    )
    found = where(problems_of(path))
    for expected in [
        ("offices", ROW["C1"], off("posts")),
        ("offices", ROW["C1"], off("manual_floor")),
        ("offices", ROW["C1"], off("parent_id")),
        ("offices", ROW["C2"], off("office_id")),
        ("parameters", 2, "value"),
        ("parameters", 3, "parameter"),
        ("workload by year", 2, "office id"),
        ("scenarios", 2, "value"),
    ]:
        assert expected in found, (expected, found)
    assert len(found) >= 8


def test_problems_name_the_headers_the_user_wrote(make_input: Callable[..., Path]) -> None:
    path = make_input(offices=replace_office("C1", posts=-3, level="镇"), lang="zh",
                      parameters=[["horizon", "很多"]])
    found = where(problems_of(path))
    assert ("机构", ROW["C1"], "编制数") in found
    assert ("机构", ROW["C1"], "层级") in found
    assert ("参数", 2, "取值") in found


def test_problem_message_names_sheet_row_column_value_and_expectation(
        make_input: Callable[..., Path]) -> None:
    path = make_input(offices=replace_office("C1", manual_floor=1.5))
    with pytest.raises(InputError) as info:
        read_workbook(path)
    text = str(info.value.message)
    assert ("sheet 'offices', row 4, column 'manual-service floor': found 1.5; "
            "expected a number from 0 to 1") in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_headers_and_levels_in_either_language(lang: str, make_input: Callable[..., Path]) -> None:
    aliases = {"provincial": "省级", "municipal": "地（市）级", "county": "County"}
    offices = [{**o, "level": aliases[o["level"]]} for o in BASE_OFFICES]
    data = read_workbook(make_input(offices=offices, lang=lang))
    assert list(data.offices["level"]) == ["provincial", "municipal", "county", "county"]


def test_headers_by_key_or_with_unit_and_mixed_case(tmp_path: Path) -> None:
    rows = table_rows("offices", BASE_OFFICES)
    keys = [f.key for f in OFFICE_COLUMNS]
    cols = OFFICE_COLUMNS
    rows[0] = [k.upper() if i % 2 else f"{cols[i].label('en')} ({cols[i].unit.text('en')})"
               if cols[i].unit else k for i, k in enumerate(keys)]
    data = read_workbook(write_xlsx(tmp_path / "x.xlsx", {"Offices": rows}))
    assert len(data.offices) == 4


def test_ids_typed_as_numbers_are_text(tmp_path: Path) -> None:
    offices = [{**o, "office_id": {"P1": 11, "M1": 1101, "C1": 110101, "C2": 110102}[o["office_id"]],
                "parent_id": {"P1": 11, "M1": 1101}.get(o.get("parent_id") or "")}
               for o in BASE_OFFICES]
    data = read_workbook(write_xlsx(tmp_path / "x.xlsx", {"offices": table_rows("offices", offices)}))
    assert list(data.offices["office_id"]) == ["11", "1101", "110101", "110102"]
    assert list(data.offices["parent_id"]) == ["", "11", "1101", "1101"]


def test_parameters_and_defaults(make_input: Callable[..., Path]) -> None:
    data = read_workbook(make_input(parameters=[["horizon", 3], ["contract.no_new", "是"],
                                                ["budget.fund_share", "1.9%"], ["objective", "Service"]]))
    settings = data.parameters
    assert settings["horizon"] == 3
    assert settings["contract.no_new"] is True
    assert settings["budget.fund_share"] == pytest.approx(0.019)
    assert settings["objective"] == "service"
    untouched = [p for p in PARAMETERS if p.key not in {"horizon", "contract.no_new", "budget.fund_share",
                                                         "objective"}]
    assert all(settings[p.key] == p.default for p in untouched)


def test_offices_defaults_and_missing_values(make_input: Callable[..., Path]) -> None:
    data = read_workbook(make_input())
    frame = data.offices.set_index("office_id")
    assert frame.loc["P1", "parent_id"] == ""
    assert frame.loc["P1", "manual_floor"] == SHEETS_BY_KEY["offices"].column("manual_floor").default
    assert frame.loc["C1", "manual_floor"] == 0.5
    assert frame.loc["M1", "contract_staff"] == 20
    assert frame["contract_staff"].isna().tolist() == [True, False, True, True]
    assert str(frame["min_staff"].dtype) == "Int64"
    assert frame.loc["C2", "post_step"] == 2


def test_scenarios_keep_their_rows(make_input: Callable[..., Path]) -> None:
    data = read_workbook(make_input(scenarios=[
        {"scenario": "reform", "key": "budget.regime", "value": "fund"},
        {"scenario": "reform", "key": "budget.fund_share", "value": 0.019, "note": "Austria"},
    ]))
    sc = data.scenarios
    assert sc["row"].tolist() == [2, 3]
    assert sc["value"].tolist() == ["fund", "0.019"]
    assert sc["note"].tolist() == ["", "Austria"]


def test_blank_rows_between_offices_keep_row_numbers(tmp_path: Path) -> None:
    rows = table_rows("offices", BASE_OFFICES)
    rows.insert(3, [None] * len(rows[0]))  # the user left row 4 empty
    rows[5][[f.key for f in OFFICE_COLUMNS].index("posts")] = "x"  # C2, now in row 6
    found = problems_of(write_xlsx(tmp_path / "x.xlsx", {"offices": rows}))
    assert where(found) == [("offices", 6, off("posts"))]


def test_report_and_source_sheets_are_ignored(make_input: Callable[..., Path]) -> None:
    path = make_input(extra={"summary": [["anything", 1, "=A1"]], "数据来源": [["item", "source"]]})
    assert len(read_workbook(path).offices) == 4


def test_one_bad_cell_gives_one_problem(make_input: Callable[..., Path]) -> None:
    import datetime as dt

    path = make_input(offices=replace_office("C1", parent_id=dt.datetime(2021, 5, 1), posts="x"))
    assert where(problems_of(path)) == [("offices", ROW["C1"], off("parent_id")),
                                        ("offices", ROW["C1"], off("posts"))]


def test_boolean_scenario_value(make_input: Callable[..., Path]) -> None:
    data = read_workbook(make_input(scenarios=[{"scenario": "s", "key": "contract.no_new", "value": True}]))
    assert data.scenarios["value"].tolist() == ["true"]


def test_missing_offices_sheet_names_the_sheets_present(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", {"Sheet1": table_rows("offices", BASE_OFFICES)})
    [problem] = problems_of(path)
    assert str(problem.value) == "no such sheet"  # not "an empty cell"
    assert "'Sheet1'" in problem.expected and "'offices' or '机构'" in problem.expected
    assert "an empty cell" not in str(problem)


@pytest.mark.parametrize("text", ["11,4", "1,5%", "12,34", "1,2345", ",5"])
def test_decimal_comma_is_refused_not_read_as_thousands(text: str, make_input: Callable[..., Path]) -> None:
    # "11,4" used to be read as 114: ten times the cost meant, silently
    found = problems_of(make_input(offices=replace_office("C1", cost_staff=text)))
    assert where(found) == [("offices", ROW["C1"], off("cost_staff"))]
    assert "point for decimals" in found[0].expected


@pytest.mark.parametrize(("text", "value"), [("1,234", 1234.0), ("12,345.5", 12345.5), ("1，000", 1000.0),
                                             (" 2,000 ", 2000.0), ("11.4", 11.4)])
def test_thousands_separators_are_read(text: str, value: float, make_input: Callable[..., Path]) -> None:
    data = read_workbook(make_input(offices=replace_office("C1", workload=text)))
    assert float(data.offices.set_index("office_id").loc["C1", "workload"]) == value


def test_unknown_key_suggests_the_closest(make_input: Callable[..., Path]) -> None:
    found = problems_of(make_input(parameters=[["budget.growht", 0.02]],
                                   scenarios=[{"scenario": "s", "key": "target.countie", "value": 5000},
                                              {"scenario": "s", "key": "zzz", "value": 1}]))
    texts = {p.value: p.expected for p in found}
    assert "did you mean 'budget.growth'" in texts["budget.growht"]
    assert "did you mean 'target.county'" in texts["target.countie"]
    assert "did you mean" not in texts["zzz"] and "known parameter key" in texts["zzz"]
