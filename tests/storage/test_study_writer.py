"""The study file is written through the schema that reads it: same keys, and a bad value named by its place."""

from __future__ import annotations

import json

import pytest

from storage.errors import InterchangeError
from storage.interchange import parse_study_text, study_to_dict, write_study_file
from storage.schema import FileModel


def test_what_is_written_is_exactly_what_the_schema_reads(doc):
    data = study_to_dict(parse_study_text(json.dumps(doc)))
    # Strict validation refuses unknown keys, and a dump of what it read adds none.
    assert FileModel.model_validate(data).model_dump(mode="json", exclude_unset=True) == data
    variable = data["study"]["variables"][0]
    assert list(variable) == ["id", "name", "kind", "label", "unit", "group", "description", "source",
                              "value", "min", "max", "path", "distribution"]  # the schema's order
    assert variable["distribution"] == {"type": "triangular", "low": 8000.0, "mode": 12000.0, "high": 25000.0}


def test_an_infinite_parameter_is_refused_by_its_place_and_nothing_is_written(tmp_path, doc):
    study = parse_study_text(json.dumps(doc))
    study.variables[0].distribution.params["high"] = float("inf")
    with pytest.raises(InterchangeError) as refused:
        write_study_file(study, tmp_path / "out.json")
    assert "study.variables[0].distribution.high: should be a finite number" in str(refused.value)
    assert not (tmp_path / "out.json").exists()
