"""The study workbook carries the foresight layer: drivers, actors, the matrix's poles and the box's judgements."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from models.engine.compiled import compile_study
from storage.interchange import read_study_file
from storage.workbook import write_study_workbook

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "bolivia-paz-pivot.json"


def _rows(sheet):
    values = list(sheet.values)
    return [dict(zip(values[0], row)) for row in values[1:]]


def test_the_workbook_has_the_layer_and_a_name_like_a_formula_stays_text(tmp_path):
    study = read_study_file(SAMPLE)
    study.foresight.drivers[0].name = "=1+1"
    reference = study.scenario_named("Tentative pivot").id
    projection = compile_study(study).run(study, [reference])
    path = tmp_path / "w.xlsx"
    write_study_workbook(study, projection, path, [reference], None, ["gdp_growth"], [2030.0])
    book = openpyxl.load_workbook(path)
    assert {"Drivers", "Actors", "Matrix", "Box"} <= set(book.sheetnames)
    drivers = _rows(book["Drivers"])
    cell = book["Drivers"]["A2"]  # kept as text, marked so Excel keeps it text when edited; no apostrophe
    assert drivers[0]["driver"] == "=1+1" and cell.data_type == "s" and cell.quotePrefix
    assert (drivers[0]["impact"], drivers[0]["uncertainty"], drivers[0]["critical"]) == (5, 4, True)
    actors = {row["actor"]: row for row in _rows(book["Actors"])}
    assert actors["United States"]["Combat drug trafficking"] == 2
    assert actors["Argentina"]["Combat drug trafficking"] is None  # no position stated, none assumed
    matrix = _rows(book["Matrix"])
    assert {"axis": 1, "driver": "=1+1", "pole": 1, "label": "Stalled reform", "assumption": "reform_pace",
            "value": 20} in [row | {"driver": row["driver"].lstrip("'")} for row in matrix]
    assert [row["value"] for row in matrix if row["assumption"] == "scenario"] == ["not made yet"] * 4
    box = _rows(book["Box"])
    assert len(box) == len(study.foresight.morphology.judgements)
    assert box[0] | {"assessor": box[0]["assessor"] or ""} == {
        "descriptor": "Reform", "variant": "Fast", "with descriptor": "Social unrest", "with variant": "Widespread",
        "score": -2, "assessor": ""}
