"""Export then import gives back exactly the study that was exported."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.domain import (
    Distribution,
    Effect,
    Event,
    Path,
    Scenario,
    Study,
    TimeAxis,
    Variable,
)
from storage.errors import InterchangeError
from storage.interchange import (
    parse_study_text,
    read_study_file,
    study_to_dict,
    write_study_file,
)
from storage.merge import import_study
from storage.repository import open_library
from tests.storage.conftest import STUDY_ID


def test_export_then_import_into_a_fresh_library_gives_the_identical_study(tmp_path, doc, write_doc):
    with open_library(tmp_path / "mine.sqlite3") as mine:
        import_study(mine, read_study_file(write_doc(doc)))
        original = mine.load_study(STUDY_ID)
    write_study_file(original, tmp_path / "shared.json")
    with open_library(tmp_path / "theirs.sqlite3") as theirs:
        report = import_study(theirs, read_study_file(tmp_path / "shared.json"))
        assert report.new_study
        assert theirs.load_study(STUDY_ID) == original


def test_the_written_file_is_utf8_json_with_the_format_header(tmp_path, doc, write_doc):
    study = read_study_file(write_doc(doc))
    study.title = "Bolivia: año electoral — €"
    write_study_file(study, tmp_path / "out.json")
    raw = (tmp_path / "out.json").read_bytes()
    data = json.loads(raw.decode("utf-8"))
    assert (data["format"], data["version"]) == ("prospectiva-study", 1)
    assert data["exported_at"].endswith("Z")
    assert "año electoral — €".encode("utf-8") in raw  # readable, not \\u-escaped
    assert data["scenarios"][1]["parent"] == "Baseline"  # parents are written by name
    assert data["scenarios"][0]["assumptions"]["us_aid"] == {"path": [[2025.0, 100.0], [2030.0, 150.0]]}


def test_ids_missing_from_a_file_are_assigned_the_same_way_each_time(doc):
    first, second = parse_study_text(json.dumps(doc)), parse_study_text(json.dumps(doc))
    assert first.scenarios[0].id == second.scenarios[0].id
    assert first.variables[0].id == second.variables[0].id
    assert len({s.id for s in first.scenarios}) == len(first.scenarios)
    assert first.scenario_named("Boom").parent_id == first.scenario_named("Baseline").id


def test_exporting_chosen_scenarios_brings_their_ancestors_along(doc):
    study = parse_study_text(json.dumps(doc))
    chosen = study.scenario_named("Boom and freeze").id
    data = study_to_dict(study, scenario_ids=[chosen])
    assert [s["name"] for s in data["scenarios"]] == ["Baseline", "Boom", "Boom and freeze"]
    # The smaller file still reads back on its own.
    assert [s.name for s in parse_study_text(json.dumps(data)).scenarios] == ["Baseline", "Boom", "Boom and freeze"]


def test_an_optional_duration_and_empty_texts_survive_the_trip(doc):
    study = parse_study_text(json.dumps(doc))
    again = parse_study_text(json.dumps(study_to_dict(study)))
    assert again.events[1].duration is None
    assert again.variables[2].label == ""
    assert again == study


def test_a_failed_write_leaves_the_previous_file_in_place(tmp_path, doc):
    study = parse_study_text(json.dumps(doc))
    target = tmp_path / "out.json"
    target.write_text("previous export")
    study.variables[0].value = float("nan")
    with pytest.raises(InterchangeError, match="NaN or infinite"):
        write_study_file(study, target)
    assert target.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


# -- any valid study survives file and library ---------------------------------------------------

finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
names = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True).filter(lambda n: n not in {
    "t", "dt", "if", "min", "max", "abs", "exp", "ln", "log10", "sqrt", "clip", "round", "floor", "ceil",
    "step", "ramp", "pulse", "smooth", "delay", "prev", "lookup", "and", "or", "not"})
paths = st.lists(st.tuples(finite, finite), min_size=1, max_size=4).map(
    lambda pts: Path(tuple(sorted(pts, key=lambda p: p[0]))))


colours = st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True)


@st.composite
def studies(draw) -> Study:
    variable_names = draw(st.lists(names, min_size=1, max_size=6, unique=True))
    variables = []
    for name in variable_names:
        low, high = sorted(draw(st.tuples(finite, finite)))
        params = sorted(draw(st.tuples(finite, finite, finite)))
        variables.append(Variable(
            name, "assumption", label=draw(text), unit=draw(text), group=draw(text),
            description=draw(text), source=draw(text), value=draw(st.floats(low, high) if low < high else st.just(low)), min=low, max=high,
            path=draw(st.none() | paths),
            distribution=draw(st.sampled_from([None, Distribution("pert", dict(zip(("low", "mode", "high"), params))),
                                               Distribution("normal", {"mean": params[1], "sd": abs(params[0])})])),
        ))
    variables.append(Variable("total_zz", "auxiliary", equation=" + ".join(variable_names)))
    variables.append(Variable("level_zz", "stock", initial="0", equation="total_zz"))
    events = [
        Event(f"Event {k} {draw(text)}", draw(st.floats(0, 1)), draw(finite), draw(st.none() | st.floats(0, 10)),
              draw(text), [Effect(draw(st.sampled_from(variable_names)), draw(st.sampled_from(["add", "multiply"])),
                                  draw(finite))])
        for k in range(draw(st.integers(0, 3)))
    ]
    scenarios: list[Scenario] = []
    for k in range(draw(st.integers(0, 4))):
        scenarios.append(Scenario(
            f"{draw(text)} #{k}", draw(colours), draw(text),
            parent_id=draw(st.sampled_from([None] + [s.id for s in scenarios])),
            overrides=draw(st.dictionaries(st.sampled_from(variable_names), finite | paths, max_size=3)),
            events=draw(st.dictionaries(st.sampled_from([e.name for e in events] or ["x"]), st.booleans(), max_size=2))
            if events else {},
        ))
    start = draw(st.integers(1900, 2100))
    step = draw(st.sampled_from([1.0, 0.5, 0.25, 1 / 12]))
    time = TimeAxis(float(start), start + step * draw(st.integers(1, 400)), step, draw(st.sampled_from(["year", "month"])))
    return Study(draw(text), time, draw(text), variables, events, scenarios)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(study=studies())
def test_any_valid_study_survives_export_import_and_the_library(tmp_path_factory, study):
    folder = tmp_path_factory.mktemp("trip")
    write_study_file(study, folder / "s.json")
    again = read_study_file(folder / "s.json")
    assert again == study
    with open_library(folder / "lib.sqlite3") as library:
        library.save_study(again)
        assert library.load_study(study.id) == study
