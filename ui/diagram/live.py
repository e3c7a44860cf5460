"""Badge each box of a diagram with how far its variable ends from the reference scenario."""

from __future__ import annotations

from models.diagram.change import change
from ui.diagram.view import DiagramView
from ui.session.study_session import StudySession


def show_changes(view: DiagramView, session: StudySession, shown: str | None, reference: str | None) -> None:
    """Badge every box that moved in `shown` against `reference` at the end of the horizon (none when they are one)."""
    for name, item in view.nodes.items():
        values = session.series(shown, name) if shown and reference and shown != reference else None
        base = session.series(reference, name) if reference is not None and values is not None else None
        found = (change(float(values[-1]), float(base[-1])) if values is not None and base is not None
                 and len(values) and len(base) else None)
        # Only what moved gets a badge: the eye follows the effect, not a row of "=".
        item.show_change(found if found is not None and found.direction else None)


def end_values(view: DiagramView, session: StudySession, scenario: str) -> dict[str, float]:
    """Return where each drawn variable ends in a scenario now (a starting point to compare with later)."""
    ends = {}
    for name in view.nodes:
        values = session.series(scenario, name)
        if values is not None and len(values):
            ends[name] = float(values[-1])
    return ends


def show_changes_since(view: DiagramView, session: StudySession, scenario: str, start: dict[str, float]) -> None:
    """Badge every box whose variable now ends elsewhere in `scenario` than it did at `start`."""
    for name, item in view.nodes.items():
        values = session.series(scenario, name)
        found = (change(float(values[-1]), start[name]) if values is not None and len(values) and name in start
                 else None)
        item.show_change(found if found is not None and found.direction else None)
