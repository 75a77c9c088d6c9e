"""Infeasibility explained (solver/diagnose/): exact wording per cause, amounts add up, grouping.

Each instance is built by hand so the conflict and its figures can be worked out on paper.
Parameters passed to ``instance_of`` are overrides of the workbook's parameters (as ``--set`` or
a scenario would be), so the messages say "[from --set or the scenario]" unless the value equals
the default.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import staffopt.solver.diagnose.explain as diagnose
from staffopt.examples import example_province
from staffopt.instance import build_instance
from staffopt.solver.solve import solve
from test_model_support import instance_of, make_data, office

HEAD_1 = ("The plan is infeasible: no plan can meet every rule. 1 conflict in 1 office (the rules that must "
          "give way for any plan to exist; figures are those of the plan that breaks them least):")
HEAD_1_ZH = ("无可行方案：没有任何方案能同时满足全部规则。1 个机构共 1 处冲突(须让步方能形成方案的规则；"
             "数字取自违反规则最少的方案)：")
APPROP_C = ("offices sheet (机构), office {o}, column 'fiscal appropriation' (同级财政拨款), grown yearly by "
            "budget.growth=0 [from --set or the scenario]")


def _solve(offices: list[dict[str, Any]], **params: Any) -> Any:
    result = solve(instance_of(make_data(offices), **params))
    assert result.status == "infeasible" and not result.has_plan
    assert len(result.messages_zh) == len(result.messages)
    return result


def test_budget_below_the_wages_of_staff_in_post_with_frozen_posts() -> None:
    # frozen posts and 4 % attrition keep floor(0.96 × 57) = 54 staff × 10 万元 = 540 万元 > 530 万元
    r = _solve([office("C12", name="县12", workload=100_000, posts=57, actual_staff=57, appropriation=530.0)],
               posts__step=0, staff__attrition=0.04, budget__regime="fiscal")
    assert list(r.messages) == [HEAD_1, (
        "office 县12 [C12] (provincial), year 2022: the fiscal appropriation is 530.0 万元 ("
        + APPROP_C.format(o="C12")
        + ") but the plan needs at least 540.0 万元: 54 established staff × 10.0 万元 "
        "(they leave only by attrition: staff.attrition=0.04 [default] keeps 54 of today's 57; cutting posts "
        "does not remove them) = 540.0 万元 — short by 10.0 万元. Fix: raise the appropriation of 县12 in "
        "2022 to at least 540.0 万元, or switch to the fund regime (budget.regime=fund; now "
        "budget.regime=fiscal [default]).")]
    assert list(r.messages_zh) == [HEAD_1_ZH, (
        "县12[C12](省级)，2022年：同级财政拨款 530.0 万元(“机构”表机构 C12的“同级财政拨款”列，逐年增长率 "
        "budget.growth=0 [来自 --set 或情景])，但方案至少需要 540.0 万元：在编人员 54 人 × 10.0 万元(在编人"
        "员只能自然减员：按 staff.attrition=0.04 [默认值] 至少保留基期 57 人中的 54 人，核减编制也不能减少"
        "在编人员)＝ 540.0 万元——缺口 10.0 万元。建议：将县12 2022年同级财政拨款提高到至少 540.0 万元，"
        "或改用基金预算制(budget.regime=fund；现为 budget.regime=fiscal [默认值])。")]


def test_minimum_staff_above_the_hiring_cap() -> None:
    # 10 staff, hiring cap max(2, ⌈0.1 × 10⌉) = 2 a year, no contract staff allowed: 12 < 20
    r = _solve([office("C3", level="county", name="县3", posts=100, actual_staff=10, contract_staff=0,
                       min_staff=20)],
               staff__hire_rate=0.1, staff__hire_min=2, contract__no_new=True)
    src = "offices sheet (机构), office C3, column 'minimum staff' (最低人员数)"
    assert list(r.messages) == [HEAD_1, (
        f"office 县3 [C3] (county), year 2022: the minimum staff is 20 persons ({src}) but at most 12 "
        "persons "
        "can be employed: 12 established staff (hiring is capped at 2 a year from today's 10 "
        "(staff.hire_rate=0.1 [default], staff.hire_min=2 [default])) + 0 contract staff (contract staff may "
        "not grow: 0 today, contract.no_new=true [from --set or the scenario]) — short by 8 persons. Fix: "
        "lower "
        f"the minimum staff ({src}) to at most 12, or raise staff.hire_rate/staff.hire_min or set "
        "contract.no_new=false.")]
    assert r.messages_zh[1] == (
        "县3[C3](县(区)级)，2022年：最低人员数 20 人(“机构”表机构 C3的“最低人员数”列)，但最多只能有 12 人："
        "在编人员 12 人(每年最多招录 2 人，基期 10 人(staff.hire_rate=0.1 [默认值]，staff.hire_min=2 [默认"
        "值])) "
        "+ 编外人员 0 人(编外人员不得增加：基期 0 人，contract.no_new=true [来自 --set 或情景])——缺 8 人。"
        "建议：将最低人员数(“机构”表机构 C3的“最低人员数”列)降到不超过 12 人，或提高 "
        "staff.hire_rate/staff.hire_min或将 contract.no_new 设为 false。")


def test_minimum_staff_from_a_parameter_names_the_key_and_that_budget_limits_the_rest() -> None:
    # staff.min.county=20 overridden; 120 万元 pays the 10 staff in post (10 万元 each) + 4 contract staff
    # (5 万元 each): 14 people, short by 6 (the contract-staff control and the base-year share rule are
    # loosened, so that the budget is what limits contract staff)
    r = _solve([office("C3", level="county", name="县3", posts=100, actual_staff=10, contract_staff=0,
                       appropriation=120.0, contract_cap=1000)],
               staff__min__county=20, budget__regime="fiscal", staff__attrition=0.0,
               contract__allow_share_rise=True)
    ap = APPROP_C.format(o="C3")
    assert r.messages[1] == (
        "office 县3 [C3] (county), year 2022: the minimum staff is 20 persons (staff.min.county=20 [from "
        "--set "
        "or the scenario]) but at most 14 persons can be employed: 10 established staff + 4 contract staff "
        "(the "
        f"appropriation of 120.0 万元 pays for no more; {ap}) — short by 6 persons. Fix: lower the minimum "
        "staff "
        "(staff.min.county=20 [from --set or the scenario]) to at most 14, or raise the appropriation.")


def test_professional_share_that_established_staff_cannot_fill() -> None:
    # posts frozen at 5, minimum staff 10 -> 5 contract staff (control and base-year share loosened);
    # 80 % of 10 = 8 professionals > 5 established
    r = _solve([office(name="省局", posts=5, actual_staff=5, contract_staff=0, professional_staff=5,
                       min_staff=10, contract_cap=1000)],
               posts__step=0, pro__share_min=0.8, pro__phase_years=1, contract__allow_share_rise=True)
    src = "offices sheet (机构), office P, column 'minimum staff' (最低人员数)"
    assert list(r.messages) == [HEAD_1, (
        "office 省局 [P] (provincial), year 2022: the least professional share is 80.0% (pro.share_min=0.8 "
        "[from --set or the scenario], phased in over pro.phase_years=1 [from --set or the scenario]) of 10 "
        "staff (5 established + 5 contract) = 8 professional staff, but only 5 are possible: professional "
        "posts "
        "are held by established staff (posts allow at most 5: 5 today, changing by at most 0 a year, "
        "posts.step=0 [default]) — short by 3 persons. Fix: lower pro.share_min to at most 50.0%, allow more "
        f"posts (posts.step=0 [default]), or lower the minimum staff ({src}) that needs the contract staff.")]
    assert r.messages_zh[1] == (
        "省局[P](省级)，2022年：专业技术人员最低比例 80.0%(pro.share_min=0.8 [来自 --set 或情景]，逐步达到"
        "期限 "
        "pro.phase_years=1 [来自 --set 或情景])× 10 人(在编 5 + 编外 5)＝ 8 名专业技术人员，但最多只有 5 名："
        "专业技术岗位须由在编人员担任(编制最多 5 个：基期 5 个，每年最多调整 0 个，posts.step=0 [默认值"
        "])——缺 3 人。"
        "建议：将 pro.share_min 降到 50.0% 以下，放宽编制调整(posts.step=0 [默认值])，或降低需要编外人员的"
        "最低人员数"
        "(“机构”表机构 P的“最低人员数”列)。")


def _money(text: str) -> list[float]:
    return [float(x.replace(",", "")) for x in re.findall(r"([\d,]+\.\d) 万元", text)]


def test_every_part_of_the_stated_minimum_is_listed_and_they_add_up() -> None:
    # staff floor ⌊0.96 × 28⌋ = 26 × 13.4728, ⌊0.96 × 4⌋ = 3 professionals × 1.5 premium, IT running cost
    # 0.5 × the depreciating stock, overhead 91.3: every line of the cost is listed and they add up
    # (contract control and base-year share loosened: the budget alone keeps contract staff out)
    r = _solve([office("C1", level="county", name="一县", posts=28, actual_staff=28, contract_staff=0,
                       professional_staff=4, cost_staff=13.4728, cost_contract=6.7783, digital_capital=154.8,
                       appropriation=1.0, overhead=91.3, min_staff=29, contract_cap=1000)],
               posts__step=0, staff__attrition=0.04, budget__regime="fiscal", pro__premium=1.5,
               digital__running_rate=0.5, horizon=3, contract__allow_share_rise=True)
    line = r.messages[1]
    assert line.startswith("office 一县 [C1] (county), years 2022–2024 (figures for 2022, the largest "
                           "shortfall)")
    body = line.split(": the fiscal appropriation is ", 1)[1].split(" Fix:")[0]
    cap, total, unit_cost, *parts, short = _money(body)
    assert unit_cost == 13.5 and parts == [350.3, 4.5, 61.9, 91.3]
    assert round(sum(parts), 1) == total == 508.0
    assert round(total - cap, 1) == short == 507.0
    assert "26 established staff × 13.5 万元 (they leave only by attrition" in body
    overhead = ("fixed overhead (offices sheet (机构), office C1, column 'fixed overhead' (固定运行支出)) "
                "91.3 万元")
    assert overhead in body
    zh_amounts = _money(r.messages_zh[1])
    assert zh_amounts == [cap, total, unit_cost, *parts, short, total]  # the fix repeats the total
    # the minimum of 29 is a second conflict: adding contract staff would only deepen the budget gap
    assert r.messages[2].startswith("office 一县 [C1] (county), years 2022–2024 (figures for 2024, the "
                                    "largest "
                                    "shortfall): the minimum staff is 29 persons")
    assert "at most 24 persons can be employed: 24 established staff + 0 contract staff" in r.messages[2]


def test_fixed_goods_services_and_capital_construction_are_listed_and_add_up() -> None:
    # 10 staff frozen × 10 万元 = 100, fixed goods & services 20.5, capital construction 7.2: 127.7 > 100
    r = _solve([office("C1", level="county", name="一县", posts=10, actual_staff=10, appropriation=100.0,
                       goods_services=20.5, capital=7.2)],
               posts__step=0, staff__attrition=0.0, budget__regime="fiscal")
    body = r.messages[1].split(": the fiscal appropriation is ", 1)[1].split(" Fix:")[0]
    cap, total, unit_cost, *parts, short = _money(body)
    assert (cap, unit_cost, parts) == (100.0, 10.0, [100.0, 20.5, 7.2])
    assert round(sum(parts), 1) == total == 127.7 and short == 27.7
    assert ("fixed goods & services (offices sheet (机构), office C1, column 'fixed goods & services' "
            "(固定商品和服务支出)) 20.5 万元") in body
    assert ("capital construction (offices sheet (机构), office C1, column 'capital construction' "
            "(基本建设支出)) 7.2 万元") in body
    assert "固定商品和服务支出(“机构”表机构 C1的“固定商品和服务支出”列) 20.5 万元" in r.messages_zh[1]


def test_many_offices_with_one_cause_give_a_summary_and_the_worst_in_detail() -> None:
    # 12 county offices, each needing more staff than hiring allows, over 3 years: 36 conflicts
    rows = [office("P", name="省局"), *(
        office(f"C{i:02d}", level="county", parent="P", name=f"县{i}", posts=100, actual_staff=10 + i,
               contract_staff=0, min_staff=40) for i in range(12))]
    r = _solve(rows, staff__hire_rate=0.1, staff__hire_min=2, contract__no_new=True, horizon=3)
    assert len(r.messages) == 3
    assert r.messages[0].startswith("The plan is infeasible: no plan can meet every rule. 36 conflicts in 12 "
                                    "offices (")
    # worst: the smallest office (10 staff) in the first year, 40 − 12 = 28 short; then 11 and 12 staff
    assert r.messages[1] == (
        "The minimum staff cannot be met in 12 offices (years 2022–2024); the worst: office 县0 [C00] "
        "(county) "
        "short by 28 persons in 2022; office 县1 [C01] (county) short by 27 persons in 2022; office 县2 "
        "[C02] "
        "(county) short by 26 persons in 2022. The first of them in detail:")
    assert r.messages[2].startswith("office 县0 [C00] (county), years 2022–2024 (figures for 2022, the "
                                    "largest "
                                    "shortfall): the minimum staff is 40 persons")
    assert r.messages_zh[1].startswith("共 12 个机构无法满足“最低人员数”(2022年至2024年)；最严重的：县"
                                       "0[C00](县(区)级) "
                                       "2022年缺 28 人；")


def test_lines_are_capped_and_the_rest_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    # 3 offices over budget (one line each) + 2 below their minimum staff = 5 lines; cap 4 with heading
    rows = [office("P", name="省局", appropriation=1e6)]
    rows += [office(f"B{i}", level="county", parent="P", name=f"县B{i}", posts=10, actual_staff=10,
                    appropriation=50.0 + i) for i in range(3)]
    rows += [office(f"M{i}", level="county", parent="P", name=f"县M{i}", posts=100, actual_staff=10,
                    contract_staff=0, appropriation=1e6, min_staff=20 + i) for i in range(2)]
    params = dict(posts__step=0, budget__regime="fiscal", staff__hire_rate=0.1, staff__hire_min=2,
                  contract__no_new=True)
    full = _solve(rows, **params)
    assert len(full.messages) == 6  # heading + 3 budget lines + 2 minimum-staff lines
    monkeypatch.setattr(diagnose, "MAX_LINES", 4)
    capped = _solve(rows, **params)
    assert len(capped.messages) == 4 and len(capped.messages_zh) == 4
    assert list(capped.messages[:3]) == list(full.messages[:3])
    assert capped.messages[3] == "… and further conflicts in 3 offices, not listed here."
    assert capped.messages_zh[3] == "……另有 3 个机构的冲突未在此列出。"
    # the lines left out are the third budget office and both minimum-staff offices
    assert "[B2]" in full.messages[3] and "[M0]" in full.messages[4] + full.messages[5]


def test_example_province_with_an_impossible_minimum_stays_within_ten_lines() -> None:
    data, _ = example_province()[:2]
    settings = data.parameters.with_overrides({"staff.min.county": 100000, "solver.threads": 1})
    r = solve(build_instance(data, settings))
    assert r.status == "infeasible"
    assert 2 <= len(r.messages) <= diagnose.MAX_LINES and len(r.messages_zh) == len(r.messages)
    text = "\n".join(r.messages)
    assert "staff.min.county=100000 [from --set or the scenario]" in text
    assert ".00 persons" not in text and re.search(r"short by [\d,]+ persons", text)
