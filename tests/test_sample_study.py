"""The bundled sample study: complete, documented, and plausible across every slider's range."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import numpy as np
import pytest

from models.engine.compiled import compile_study
from storage.interchange import read_study_file

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "bolivia-paz-pivot.json"

GROUPS = {"Economy", "Lithium", "Security", "Politics", "External actors"}
# Quantities that cannot be negative.
NON_NEGATIVE = [
    "lithium_output", "lithium_revenue", "lithium_capacity", "capacity_under_construction",
    "lithium_investment", "dfc_flow", "exim_disbursement", "external_inflows", "gdp_usd", "lithium_reserves",
]
# Indicators on a 0–100 scale.
INDICES = [
    "social_unrest", "political_stability", "crime_pressure", "us_alignment", "reform_delivery",
    "reform_progress", "governance_quality", "intel_effective", "processing_modernisation",
]
SHARES = ["exim_gate", "lithium_utilisation"]
GROWTH_LIMIT = 15.0  # %/yr either way


def _assumption_names() -> list[str]:
    # Read with json only to name the test cases; the tests themselves load through the importer.
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return [v["name"] for v in data["study"]["variables"] if v["kind"] == "assumption"]


@pytest.fixture(scope="module")
def study():
    """Return the sample study as the app loads it."""
    return read_study_file(SAMPLE)


@pytest.fixture(scope="module")
def model(study):
    """Return the sample study's compiled model."""
    return compile_study(study)


def _check_plausible(study, projection, context: str) -> None:
    """Assert every scenario's projection is finite, non-negative where it must be and bounded."""
    for scenario in study.scenarios:
        where = f"{context}, scenario {scenario.name!r}"
        values = projection.values[scenario.id]
        bad = [projection.names[i] for i in np.flatnonzero(~np.isfinite(values).all(axis=1))]
        assert not bad, f"{where}: non-finite values in {bad}"
        for name in NON_NEGATIVE:
            series = projection.series(scenario.id, name)
            assert series.min() >= 0, f"{where}: {name} goes negative ({series.min():.3g})"
        for name in INDICES:
            series = projection.series(scenario.id, name)
            assert 0 <= series.min() and series.max() <= 100, (
                f"{where}: {name} leaves 0–100 ({series.min():.3g}..{series.max():.3g})")
        for name in SHARES:
            series = projection.series(scenario.id, name)
            assert 0 <= series.min() and series.max() <= 1, f"{where}: {name} leaves 0–1"
        growth = projection.series(scenario.id, "gdp_growth")
        assert np.abs(growth).max() <= GROWTH_LIMIT, (
            f"{where}: GDP growth {growth.min():.3g}..{growth.max():.3g} %/yr")


def test_the_study_is_dated_as_the_brief_speaks_and_both_horizons_lie_inside_the_axis(study):
    # The brief speaks six months into the pivot: the government took office in November 2025, so spring 2026.
    assert 2026.0 <= study.dates.as_of <= 2026.5
    assert study.time.step == 0.25 and study.time.unit == "year"
    assert study.time.end - study.dates.as_of >= 10  # "5–10 years" is reached on the axis
    short, long = study.dates.horizons
    assert (short.start, short.end) == (study.dates.as_of, study.dates.as_of + 0.5)
    assert (long.start, long.end) == (study.dates.as_of + 5, study.dates.as_of + 10)
    assert study.time.start <= short.start and long.end <= study.time.end
    # The brief's near-term flashpoints happen in its next six months, not before it was written.
    flashpoints = [e for e in study.events if "next six months" in e.description or "near-term" in e.description]
    assert len(flashpoints) >= 2
    assert all(short.start <= e.start < short.end for e in flashpoints)
    assert all(e.start >= study.dates.as_of for e in study.events)


def test_variables_are_documented_and_grouped(study):
    assert len(study.variables) >= 20
    for variable in study.variables:
        assert variable.label, variable.name
        assert variable.unit, variable.name
        assert variable.description, variable.name
        assert variable.source, variable.name
        assert variable.group in GROUPS, (variable.name, variable.group)
        assert variable.source.startswith(("Brief: 'the Paz Pivot'", "Modelling assumption")), variable.name
    assert {v.group for v in study.variables} == GROUPS
    assert {v.kind for v in study.variables} == {"assumption", "auxiliary", "stock"}


def test_assumptions_have_slider_ranges_uncertainty_and_a_path(study):
    assumptions = [v for v in study.variables if v.kind == "assumption"]
    for variable in assumptions:
        assert variable.min is not None and variable.max is not None, variable.name
        assert variable.min < variable.max, variable.name
        assert variable.min <= variable.value <= variable.max, variable.name
    assert {v.distribution.type for v in assumptions if v.distribution} >= {"normal", "uniform", "triangular", "pert"}
    assert any(v.path is not None for v in assumptions)


def test_brief_figures_are_used_as_stated(study):
    sources = " ".join(v.source for v in study.variables)
    for figure in ("3.8 %", "28 million tons", "50 million", "demonstrable reforms", "International Crisis Group"):
        assert figure in sources, figure
    assert study.variable("lithium_reserves").initial.strip() == "28"
    assert study.variable("perceived_growth").initial.strip() == "-3.8"
    assert study.variable("us_aid").value == 100  # about USD 50 M in six months
    assert "reform_delivery" in study.variable("exim_gate").equation


def test_description_states_both_horizons_and_sources(study):
    text = study.description
    assert "6 months" in text
    assert "5–10 years" in text
    assert "the Paz Pivot" in text
    assert "not used" in text  # the brief's historical claims


def test_history_and_quoted_experts_stay_out():
    text = SAMPLE.read_text(encoding="utf-8")
    for banned in ("1964", "Danziger", "Nobel", "1996", "Banzer", "Ramirez", "Jovanovic", "Peterson"):
        assert banned not in text, banned


def test_scenarios_events_and_narratives(study):
    assert len(study.scenarios) >= 4
    names = {s.name for s in study.scenarios}
    assert {"Tentative pivot", "Reform dividend", "Stalled reform and unrest", "Great-power contest"} <= names
    for scenario in study.scenarios:
        assert scenario.narrative.strip(), scenario.name
    assert len({s.color.lower() for s in study.scenarios}) == len(study.scenarios)
    ids = {s.id for s in study.scenarios}
    assert any(s.parent_id in ids for s in study.scenarios), "no child scenario"
    assert study.scenario_named("Tentative pivot").parent_id is None

    assert len(study.events) >= 3
    event_names = {e.name for e in study.events}
    assert {"Mass protests", "Russian engagement with separatists"} <= event_names
    kinds = {v.name: v.kind for v in study.variables}
    for event in study.events:
        assert 0 <= event.probability <= 1
        assert event.effects, event.name
        for effect in event.effects:
            assert kinds[effect.variable] != "stock", (event.name, effect.variable)


def test_default_projections_are_plausible(study, model):
    _check_plausible(study, model.run(study), "defaults")


def test_scenarios_differ_in_the_expected_direction(study, model):
    projection = model.run(study)

    def last(scenario: str, name: str) -> float:
        return float(projection.series(study.scenario_named(scenario).id, name)[-1])

    base, reform, stalled, contest = "Tentative pivot", "Reform dividend", "Stalled reform and unrest", "Great-power contest"
    assert last(reform, "gdp_usd") > last(base, "gdp_usd") > last(stalled, "gdp_usd")
    assert last(reform, "fiscal_balance") > last(base, "fiscal_balance") > last(stalled, "fiscal_balance")
    assert last(reform, "political_stability") > last(base, "political_stability") > last(stalled, "political_stability")
    assert last(stalled, "crime_pressure") > last(base, "crime_pressure") > last(reform, "crime_pressure")
    assert last(contest, "us_alignment") < last(base, "us_alignment") < last(reform, "us_alignment")
    assert last("Reform dividend with lithium boom", "lithium_revenue") > last(reform, "lithium_revenue")
    assert last(reform, "exim_disbursement") > last(base, "exim_disbursement") >= last(stalled, "exim_disbursement")
    # Baseline: a modest recovery from the 2024 contraction, not a boom or a collapse.
    growth = projection.series(study.scenario_named(base).id, "gdp_growth")
    assert -2 < growth.min() and growth.max() < 5


@pytest.mark.parametrize("bound", ["min", "max"])
@pytest.mark.parametrize("name", _assumption_names())
def test_every_slider_extreme_is_plausible_in_every_scenario(study, model, name, bound):
    varied = copy.deepcopy(study)
    variable = varied.variable(name)
    variable.value = getattr(variable, bound)
    variable.path = None
    for scenario in varied.scenarios:
        scenario.overrides.pop(name, None)
    assert model.fits(varied)
    _check_plausible(varied, model.run(varied), f"{name} at its {bound} ({variable.value:g})")


def test_monte_carlo_stays_bounded(study, model):
    from models.engine.montecarlo import run_samples

    result = run_samples(model, study, samples=300, seed=7)
    for scenario in study.scenarios:
        stats = result.stats[scenario.id]
        for stat, values in stats.items():
            assert np.isfinite(values).all(), (scenario.name, stat)
        for name in INDICES:
            i = result.names.index(name)
            assert stats["p5"][i].min() >= 0 and stats["p95"][i].max() <= 100, (scenario.name, name)
        i = result.names.index("gdp_growth")
        assert np.abs(stats["p5"][i]).max() <= GROWTH_LIMIT and np.abs(stats["p95"][i]).max() <= GROWTH_LIMIT


def test_the_sample_carries_the_briefs_actors_drivers_a_matrix_and_a_box(study):
    from models.foresight.box import enumerate_consistent
    from models.foresight.matrix import axes_problems

    layer = study.foresight
    assert [a.name for a in layer.actors] == ["United States", "The Paz government", "Colombia", "Brazil",
                                              "Argentina", "Russia", "China"]
    assert all(a.source.startswith("Brief: 'the Paz Pivot'") for a in layer.actors)  # each motivation cited
    assumptions = {v.name for v in study.variables if v.kind == "assumption"}
    assert all(set(d.assumptions) <= assumptions and d.assumptions for d in layer.drivers)
    assert layer.matrix is not None and not axes_problems(layer.matrix, study)
    assert layer.matrix.reference == study.scenario_named("Tentative pivot").id
    result = enumerate_consistent(layer.morphology)
    assert 0 < result.consistent < result.total  # the judgements rule some combinations out, not all


def test_where_public_sources_differ_the_briefs_figures_are_marked_unverified(study):
    # World Bank, April 2024 outlook: about +1.4 % for 2024; USGS: about 23 Mt identified, the largest known.
    for name, public in (("perceived_growth", "+1.4 %"), ("lithium_reserves", "23 Mt")):
        source = study.variable(name).source
        assert "unverified" in source and public in source, name
    text = study.description
    assert "unverified" in text and "+1.4 %" in text and "23 Mt" in text
