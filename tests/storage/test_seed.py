"""A new library starts with the sample study, once; a user who deletes it does not get it back."""

from __future__ import annotations

import json

import pytest

from storage.errors import InterchangeError
from storage.interchange import parse_study_text
from storage.merge import import_study
from storage.repository import open_library
from storage.seed import seed_library_if_new
from tests.storage.conftest import STUDY_ID


@pytest.fixture
def sample(write_doc, doc):
    return write_doc(doc, "sample.json")


def test_a_new_library_gets_the_sample_study(library, sample):
    report = seed_library_if_new(library, sample)
    assert report is not None and report.new_study
    study = library.load_study(STUDY_ID)
    assert [s.name for s in study.scenarios] == ["Baseline", "Boom", "Boom and freeze", "Unrest"]
    assert {s.origin for s in study.scenarios} == {"sample.json"}


def test_the_sample_does_not_come_back_after_the_user_deleted_every_study(tmp_path, sample):
    path = tmp_path / "lib.sqlite3"
    with open_library(path) as library:
        seed_library_if_new(library, sample)
        library.delete_study(STUDY_ID)
    with open_library(path) as library:
        assert seed_library_if_new(library, sample) is None
        assert library.list_studies() == []


def test_a_library_that_already_has_studies_is_not_seeded(library, sample, doc):
    doc["study"]["id"] = "aaaaaaaa-0000-4000-8000-000000000000"
    doc["study"]["title"] = "My own"
    import_study(library, parse_study_text(json.dumps(doc)))
    assert seed_library_if_new(library, sample) is None
    assert [s.title for s in library.list_studies()] == ["My own"]


def test_a_sample_that_cannot_be_read_is_reported_and_tried_again_next_time(library, tmp_path, sample):
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json")
    with pytest.raises(InterchangeError, match="broken.json"):
        seed_library_if_new(library, broken)
    assert seed_library_if_new(library, sample).new_study
