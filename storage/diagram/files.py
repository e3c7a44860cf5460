"""The study file's `diagram` section and the library's rows of it: written from the study, read back with problems placed."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any, Protocol

from models.domain import Study
from models.i18n import fill, translate
from storage.diagram.schema import DiagramModel


class HasDiagram(Protocol):
    """The file's study section, as far as this module reads it."""

    diagram: DiagramModel | None


def diagram_sections(study: Study) -> dict[str, Any]:
    """Return {"diagram": ...} when the study keeps positions of its own variables, else nothing (the file stays version 1)."""
    names = {v.name for v in study.variables}
    kept = {name: [float(x), float(y)] for name, (x, y) in study.diagram_positions.items() if name in names}
    return {"diagram": {"positions": kept}} if kept else {}


def read_diagram(spec: HasDiagram, study: Study) -> list[str]:
    """Keep the file's positions on the study; return a problem for each that names no variable."""
    if spec.diagram is None:
        return []
    names = [v.name for v in study.variables]
    known = set(names)
    problems = []
    positions: dict[str, tuple[float, float]] = {}
    for name, (x, y) in spec.diagram.positions.items():
        if name in known:
            positions[name] = (x, y)
            continue
        close = difflib.get_close_matches(name, names, n=1)
        hint = fill(translate("FileErrors", " (did you mean '%1'?)"), close[0]) if close else ""
        problems.append(f"study.diagram.positions.{name}: " + fill(translate("FileErrors", "there is no variable '%1'%2"), name, hint))
    study.diagram_positions = positions
    return problems


def diagram_rows(study: Study) -> list[dict[str, Any]]:
    """Return the library rows of the study's kept positions (one per variable placed by hand)."""
    names = {v.name for v in study.variables}
    return [{"study_id": study.id, "variable": name, "x": float(x), "y": float(y)}
            for name, (x, y) in study.diagram_positions.items() if name in names]


def positions_from_rows(rows: Iterable[Any]) -> dict[str, tuple[float, float]]:
    """Return the kept positions stored in the library."""
    return {row.variable: (row.x, row.y) for row in rows}
