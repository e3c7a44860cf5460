"""Unit checks on constructed models: mismatches named with the equation and both units, unreadable units said."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.domain import Study, TimeAxis, Variable
from models.units.check import check_units, read_unit
from storage.interchange import read_study_file
from storage.sample_editions import EDITIONS

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "bolivia-paz-pivot.json"


def study_of(*variables: Variable) -> Study:
    return Study("units", TimeAxis(2025, 2030, 1), variables=list(variables))


def messages(study: Study) -> list[str]:
    return [str(p) for p in check_units(study)]


def test_adding_money_to_mass_is_reported_with_the_equation_and_both_units():
    found = messages(study_of(
        Variable("revenue", "assumption", unit="USD M/yr", value=1),
        Variable("output", "assumption", unit="t/yr", value=1),
        Variable("total", "auxiliary", unit="USD M/yr", equation="revenue + output"),
    ))
    assert found == ["total.equation: adds t/yr to USD M/yr (column 9)"]


def test_like_with_like_and_products_pass():
    assert messages(study_of(
        Variable("price", "assumption", unit="USD/t", value=1),
        Variable("output", "assumption", unit="t/yr", value=1),
        Variable("aid", "assumption", unit="USD M/yr", value=1),
        # USD/t * t/yr is USD/yr, and a number scales it to USD M/yr: same dimensions, nothing to say.
        Variable("inflows", "auxiliary", unit="USD M/yr", equation="price * output / 1000000 + aid"),
        Variable("capped", "auxiliary", unit="USD M/yr", equation="clip(inflows, 0, aid) + max(aid, 3)"),
    )) == []


def test_comparing_a_year_with_money_and_mixing_units_in_clip_are_reported():
    found = messages(study_of(
        Variable("aid", "assumption", unit="USD M/yr", value=1),
        Variable("start", "assumption", unit="year", value=2026),
        Variable("flow", "auxiliary", unit="USD M/yr", equation="if(t >= aid, aid, 0)"),
        Variable("bounded", "auxiliary", unit="USD M/yr", equation="clip(aid, start, 10)"),
    ))
    assert found == [
        "flow.equation: compares USD M/yr with year (column 6)",
        "bounded.equation: clip() mixes USD M/yr and year (column 1)",
    ]


def test_an_unreadable_unit_is_reported_not_ignored():
    found = messages(study_of(
        Variable("crop", "assumption", unit="bananas", value=1),
        Variable("odd", "assumption", unit="kg +", value=1),
        Variable("blank", "assumption", unit="", value=1),
    ))
    assert found == [
        "crop.unit: the unit 'bananas' cannot be read ('bananas' is not a known unit)",
        "odd.unit: the unit 'kg +' cannot be read (not a unit expression)",
    ]


@pytest.mark.parametrize(("text", "same_as"), [
    ("index (0–100)", "points"),
    ("USD bn (2024 prices)", "USD"),
    ("% of GDP", "percent"),
    ("USD per t/yr", "USD * yr / t"),
])
def test_the_study_conventions_read_as_documented(text, same_as):
    assert read_unit(text).dimensionality == read_unit(same_as).dimensionality


def test_every_unit_of_the_sample_study_can_be_read():
    problems = check_units(read_study_file(SAMPLE))
    assert [p for p in problems if p.field != "equation"] == []


@pytest.mark.parametrize("language", sorted(EDITIONS))
def test_each_bundled_sample_study_is_unit_consistent(language):
    # Every coefficient that carries a unit is a named constant with that unit, so no equation of
    # either edition adds, compares or bounds unlike quantities.
    assert [str(p) for p in check_units(read_study_file(EDITIONS[language]))] == []


def test_a_coefficient_named_with_its_unit_makes_a_sum_consistent():
    # Points per USD M/yr times USD M/yr is points: the term then adds like with like.
    assert messages(study_of(
        Variable("aid", "assumption", unit="USD M/yr", value=1),
        Variable("index", "assumption", unit="index", value=1),
        Variable("per_aid", "auxiliary", unit="points per USD M/yr", equation="0.5"),
        Variable("aligned", "auxiliary", unit="index", equation="index + per_aid * aid"),
    )) == []


def test_a_number_scales_a_unit_in_a_product_and_takes_any_unit_in_a_sum():
    found = messages(study_of(
        Variable("aid", "assumption", unit="USD M/yr", value=1),
        Variable("index", "assumption", unit="index", value=1),
        Variable("mixed", "auxiliary", unit="index", equation="index + 0.5 * aid"),
        Variable("fine", "auxiliary", unit="index", equation="index + 0.5 * (index - 45)"),
    ))
    assert found == ["mixed.equation: adds USD M/yr to index (column 7)"]


def test_a_sum_of_ten_thousand_terms_is_checked_without_recursing_and_its_mismatch_found():
    terms = " + ".join(["revenue"] * 9_999 + ["output"])
    found = check_units(study_of(
        Variable("revenue", "assumption", unit="USD M/yr", value=1),
        Variable("output", "assumption", unit="t/yr", value=1),
        Variable("total", "auxiliary", unit="USD M/yr", equation=terms),
    ))
    assert [(p.variable, p.message.split(" (")[0]) for p in found] == [("total", "adds t/yr to USD M/yr")]


def test_the_sample_debt_stock_changes_by_a_yearly_balance_without_a_unit_warning():
    # Debt in % of GDP moves each year by the balance (a share of GDP per year) and by growth (%/yr):
    # both terms of its equation are per year once the balance is written as a yearly flow.
    study = read_study_file(SAMPLE)
    assert next(v.unit for v in study.variables if v.name == "fiscal_balance") == "%/yr (of GDP)"
    assert check_units(study, only="public_debt") == []
