"""Merge a file's kept diagram positions into a local study: new ones come in, yours stay where they differ."""

from __future__ import annotations

from dataclasses import dataclass, field

from models.domain import Study


@dataclass
class DiagramMerge:
    """What merging the positions did, counted for the import report."""

    added: list[str] = field(default_factory=list)  # variables that got the file's position
    kept: list[str] = field(default_factory=list)  # variables where yours was kept (the file's differs)

    def lines(self) -> tuple[list[str], list[str]]:
        """Return the added and kept lines for a report: one line each, counted."""
        added = [_count(len(self.added), "diagram position") + " from the file"] if self.added else []
        kept = [_count(len(self.kept), "diagram position") + ": yours kept, the file's differ"] if self.kept else []
        return added, kept


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


def merge_positions(local: Study, incoming: Study, replace: bool = False) -> DiagramMerge:
    """Take the file's positions of variables the local model has and has not placed (all of them with `replace`)."""
    merge = DiagramMerge()
    names = {v.name for v in local.variables}
    positions = dict(local.diagram_positions)
    for name, point in incoming.diagram_positions.items():
        if name not in names:
            continue  # a box of a variable this model does not have
        own = positions.get(name)
        if own is None or (own != point and replace):
            positions[name] = point
            merge.added.append(name)
        elif own != point:
            merge.kept.append(name)
    local.diagram_positions = positions
    return merge
