"""Moving boxes on the model diagram, as an edit of the study that can be undone."""

from __future__ import annotations

from dataclasses import dataclass, field

from models.commands.base import Change, Command
from models.domain import Study

Point = tuple[float, float]


@dataclass
class PlaceNodes(Command):
    """Keep boxes where the user put them (a None position gives the box back to the layout)."""

    placed: dict[str, Point | None]
    _before: dict[str, Point] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = "Move on the diagram"

    def apply(self, study: Study) -> Change:
        """Set the positions, remembering the ones they replace."""
        self._before = dict(study.diagram_positions)
        positions = dict(study.diagram_positions)
        for name, point in self.placed.items():
            if point is None:
                positions.pop(name, None)
            else:
                positions[name] = (float(point[0]), float(point[1]))
        study.diagram_positions = positions
        return Change()  # nothing to run again: the study is only saved

    def revert(self, study: Study) -> Change:
        """Put back the positions as they were."""
        assert self._before is not None, "revert before apply"
        study.diagram_positions = dict(self._before)
        return Change()

    def is_noop(self) -> bool:
        """Return whether every box is already where it is being put."""
        return self._before is not None and all(self._before.get(n) == p for n, p in self.placed.items())
