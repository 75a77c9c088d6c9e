"""build_instance: derived staff, provinces, yearly paths, targets, pools and standards."""

from __future__ import annotations

import pytest

from staffopt.errors import InputError
from staffopt.standards import henan_band, ratio_posts
from test_model_support import instance_of, make_data, office

TREE = [
    office("P", workload=1_000_000, posts=100, actual_staff=120, fund_spending=1000.0, appropriation=500.0),
    office("M", level="municipal", parent="P", workload=500_000, posts=50, actual_staff=40,
           fund_spending=500.0, appropriation=200.0, workload_growth=0.1),
    office("C", level="county", parent="M", workload=200_000, posts=20, actual_staff=30, contract_staff=5,
           min_staff=12, post_step=3, regions="长三角、东部"),
    office("Q", workload=300_000, posts=30, actual_staff=30),
]


def test_staff_contract_province_and_defaults() -> None:
    inst = instance_of(make_data(TREE), horizon=2, staff__hire_rate=0.1, staff__hire_min=2, posts__step=0,
                       staff__min__county=10)
    o = {x.id: x for x in inst.offices}
    assert (o["P"].staff0, o["P"].contract0) == (100, 20)
    assert (o["M"].staff0, o["M"].contract0) == (40, 0)
    assert (o["C"].staff0, o["C"].contract0) == (20, 5)  # contract staff given explicitly
    assert [o[i].province for i in "PMCQ"] == ["P", "P", "P", "Q"]
    assert o["C"].min_staff == 12 and o["C"].post_step == 3
    assert o["M"].min_staff == 0 and o["M"].post_step == 0
    assert o["P"].hire_cap == 10 and o["C"].hire_cap == 2
    assert o["C"].regions == ("长三角", "东部")


def test_workload_growth_and_yearly_override() -> None:
    data = make_data(TREE, workload_by_year=[{"office_id": "M", "year": 2022, "workload": 600_000}])
    inst = instance_of(data, horizon=3, workload__growth_extra=0.05)
    assert inst.workload["P", 2022] == pytest.approx(1_050_000)
    assert inst.workload["M", 2022] == pytest.approx(600_000)  # the row wins
    assert inst.workload["M", 2023] == pytest.approx(600_000 * 1.15)  # growth continues from it
    assert inst.workload["M", 2024] == pytest.approx(600_000 * 1.15**2)


def test_appropriation_path_and_fund_pools() -> None:
    data = make_data(TREE, budget_by_year=[{"office_id": "P", "year": 2023, "appropriation": 800.0}])
    inst = instance_of(data, horizon=3, budget__growth=0.1, fund__growth=0.5, budget__pool="province")
    assert inst.appropriation["P", 2022] == pytest.approx(550.0)
    assert inst.appropriation["P", 2023] == pytest.approx(800.0)
    assert inst.appropriation["P", 2024] == pytest.approx(880.0)
    assert inst.pool_of == {"P": "P", "M": "P", "C": "P", "Q": "Q"}
    assert inst.fund_spend["P", 2022] == pytest.approx(1500.0 * 1.5)
    whole = instance_of(data, horizon=1, budget__pool="instance")
    assert set(whole.pool_of.values()) == {"all"}


def test_target_path_moves_linearly_and_only_tightens() -> None:
    # county base ratio 200,000 / 25 = 8,000 -> 5,000 reached in 2024 (3 years): 7,000, 6,000, 5,000, 5,000
    inst = instance_of(make_data(TREE), horizon=4, target__county=5000.0, target__reach_year=2024,
                       target__provincial=20_000.0)
    assert [inst.target["county", t] for t in inst.years] == pytest.approx([7000, 6000, 5000, 5000])
    # provincial ratio 1,300,000 / 150 = 8,667 is already below 20,000: the goal applies throughout
    assert [inst.target["provincial", t] for t in inst.years] == [20_000.0] * 4


def test_standard_posts_per_rule() -> None:
    ratio = instance_of(make_data(TREE), standard__rule="ratio", standard__ratio__county=4000.0)
    assert ratio.standard_posts["C", 2022] == 50
    henan = instance_of(make_data(TREE), standard__rule="henan", standard__mode="upper")
    assert set(henan.standard_posts) == {("C", 2022)}  # county offices only
    assert henan.standard_posts["C", 2022] == 30  # 200,000 insured -> capped at 30
    scaled = instance_of(make_data(TREE), standard__rule="henan", standard__mode="lower",
                         standard__person_times_per_insured=20.0)
    assert scaled.standard_posts["C", 2022] == 10  # 10,000 insured -> band 10-15, lower end


def test_henan_bands_and_ratio_rule() -> None:
    assert henan_band(0) == (10, 15)
    assert henan_band(10_000) == (10, 15)
    assert henan_band(10_001) == (15, 20)
    assert henan_band(20_000) == (15, 20)
    assert henan_band(20_001) == (21, 21)
    assert henan_band(24_000) == (22, 22)
    assert henan_band(1e9) == (30, 30)
    assert ratio_posts(1_000_000, 5000) == 200
    assert ratio_posts(1_000_001, 5000) == 201
    assert ratio_posts(0, 5000) == 0


def test_unknown_parent_is_an_input_error() -> None:
    bad = [office("P"), office("C", level="county", parent="X")]
    with pytest.raises(InputError) as err:
        instance_of(make_data(bad))
    assert "parent_id" in str(err.value) and "'X'" in str(err.value) and "row 3" in str(err.value)


def test_yearly_row_for_unknown_office_is_an_input_error() -> None:
    data = make_data(TREE, workload_by_year=[{"office_id": "Z", "year": 2022, "workload": 1.0}])
    with pytest.raises(InputError) as err:
        instance_of(data)
    assert "workload_by_year" in str(err.value) and "'Z'" in str(err.value)
