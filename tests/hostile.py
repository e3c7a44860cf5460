"""Hostile and unlucky study files, written by tests: long equations, deep parent chains, huge runs."""

from __future__ import annotations

import json
from pathlib import Path

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"


def study_document(variables: list[dict], scenarios: list[dict] | None = None,
                   time: dict | None = None, title: str = "Hostile") -> dict:
    """Return a study file's document with these variables and scenarios (one "Base" by default)."""
    return {"format": "prospectiva-study", "version": 1,
            "study": {"title": title, "time": time or {"start": 0, "end": 10, "step": 1}, "variables": variables},
            "scenarios": [{"name": "Base"}] if scenarios is None else scenarios}


def long_sum(terms: int, name: str = "a") -> dict:
    """Return a study whose auxiliary `s` adds the assumption `a` (= 1) to itself `terms` times."""
    return study_document([{"name": name, "kind": "assumption", "value": 1},
                           {"name": "s", "kind": "auxiliary", "equation": " + ".join([name] * terms)}])


def parent_chain(depth: int) -> dict:
    """Return a study whose scenarios each inherit from the one before: `depth` generations."""
    scenarios = [{"name": "s0", "assumptions": {"a": 1.5}}]
    scenarios += [{"name": f"s{i}", "parent": f"s{i - 1}"} for i in range(1, depth)]
    return study_document([{"name": "a", "kind": "assumption", "value": 1},
                           {"name": "b", "kind": "auxiliary", "equation": "a * 2"}], scenarios)


def parent_cycle(length: int) -> dict:
    """Return a study whose scenarios' parents go round in one loop of `length`."""
    scenarios = [{"name": f"s{i}", "parent": f"s{(i + 1) % length}"} for i in range(length)]
    return study_document([{"name": "a", "kind": "assumption", "value": 1}], scenarios)


def write_json(path: Path, document: dict) -> Path:
    """Write a document as a study file and return its path."""
    path.write_text(json.dumps(document), encoding="utf-8")
    return path
