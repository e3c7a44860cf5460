"""Fixtures for storage tests: a small valid study file and a fresh library per test."""

from __future__ import annotations

import copy
import json

import pytest

from storage.repository import open_library

STUDY_ID = "0b6f2a3e-5d1c-4c1e-9a57-2f0e8d6b1c11"

STUDY_DOC = {
    "format": "prospectiva-study",
    "version": 1,
    "exported_at": "2026-11-28T10:00:00Z",
    "study": {
        "id": STUDY_ID,
        "title": "Bolivia: a small test",
        "description": "A *markdown* description.",
        "time": {"start": 2025.0, "end": 2030.0, "step": 0.25, "unit": "year"},
        "variables": [
            {"name": "lithium_price", "kind": "assumption", "label": "Lithium carbonate price",
             "unit": "USD/t", "group": "External", "description": "spot", "source": "USGS",
             "value": 12000, "min": 5000, "max": 40000,
             "path": [[2025, 12000], [2027, 15000]],
             "distribution": {"type": "triangular", "low": 8000, "mode": 12000, "high": 25000}},
            {"name": "us_aid", "kind": "assumption", "value": 100, "min": 0, "max": 500,
             "distribution": {"type": "normal", "mean": 100, "sd": 20}},
            {"name": "gdp_growth", "kind": "auxiliary", "equation": "1.5 + lithium_price / 10000 + us_aid / 1000"},
            {"name": "gdp", "kind": "stock", "initial": "100", "equation": "gdp * gdp_growth / 100"},
        ],
        "events": [
            {"name": "Mass protests", "probability": 0.3, "start": 2026.5, "duration": 0.5,
             "description": "Road blockades", "effects": [{"variable": "gdp_growth", "op": "add", "value": -1.5}]},
            {"name": "Aid freeze", "probability": 0.1, "start": 2027,
             "effects": [{"variable": "us_aid", "op": "multiply", "value": 0.5}]},
        ],
    },
    "scenarios": [
        {"name": "Baseline", "parent": None, "color": "#1f77b4", "narrative": "As things are.",
         "assumptions": {"lithium_price": 14000, "us_aid": {"path": [[2025, 100], [2030, 150]]}},
         "events": {"Mass protests": True}},
        {"name": "Boom", "parent": "Baseline", "color": "#2ca02c", "assumptions": {"lithium_price": 30000}},
        {"name": "Boom and freeze", "parent": "Boom", "color": "#d62728", "events": {"Aid freeze": True}},
        {"name": "Unrest", "parent": None, "color": "#9467bd", "events": {"Mass protests": True}},
    ],
}


@pytest.fixture
def doc() -> dict:
    """Return a fresh copy of a small, valid study document."""
    return copy.deepcopy(STUDY_DOC)


@pytest.fixture
def write_doc(tmp_path):
    """Return a function that writes a document to a JSON file and returns its path."""

    def write(document: dict, name: str = "study.json"):
        path = tmp_path / name
        path.write_text(json.dumps(document), encoding="utf-8")
        return path

    return write


@pytest.fixture
def library(tmp_path):
    """Return a new library in its own file, closed after the test."""
    opened = open_library(tmp_path / "library.sqlite3")
    yield opened
    opened.close()
