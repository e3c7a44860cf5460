"""Undoable edits of a study's actuals and signposts."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field

from models.commands.base import Change, Command
from models.domain import Study
from models.tracking.observations import Actual, Signpost
from models.i18n import fill, translate

TRACKING = Change(tracking=True)


def merged_actuals(existing: list[Actual], incoming: Iterable[Actual]) -> list[Actual]:
    """Return `existing` with `incoming` added; an incoming figure with the same key replaces the old one in place."""
    result = list(existing)
    where = {a.key: k for k, a in enumerate(result)}
    for actual in incoming:
        if actual.key in where:
            result[where[actual.key]] = actual
        else:
            where[actual.key] = len(result)
            result.append(actual)
    return result


@dataclass
class _ReplaceLists(Command):
    """Swap the study's actuals and signposts for new lists, keeping the old ones to revert exactly."""

    _before: tuple[list[Actual], list[Signpost]] | None = field(default=None, init=False, repr=False)

    def lists_after(self, study: Study) -> tuple[list[Actual], list[Signpost]]:
        """Return the actuals and signposts the edit leaves."""
        raise NotImplementedError

    def apply(self, study: Study) -> Change:
        """Make the edit; rankings, signpost states and markers follow."""
        # Edits build new lists (signposts edited are copies), so keeping the old lists keeps the old state.
        self._before = (study.actuals, study.signposts)
        study.actuals, study.signposts = self.lists_after(study)
        return TRACKING

    def revert(self, study: Study) -> Change:
        """Put the lists back as they were."""
        assert self._before is not None
        study.actuals, study.signposts = self._before
        return TRACKING


@dataclass
class AddActuals(_ReplaceLists):
    """Add observations; one with the same variable, time and source as a stored one replaces it."""

    actuals: list[Actual] = field(default_factory=list)

    def __post_init__(self) -> None:
        count = len(self.actuals)
        self.text = translate("Commands", "Add %n actual(s)", "", count)

    def lists_after(self, study: Study) -> tuple[list[Actual], list[Signpost]]:
        return merged_actuals(study.actuals, self.actuals), study.signposts

    def is_noop(self) -> bool:
        return not self.actuals


@dataclass
class RemoveActuals(_ReplaceLists):
    """Remove the observations at these positions."""

    positions: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        count = len(self.positions)
        self.text = translate("Commands", "Remove %n actual(s)", "", count)

    def lists_after(self, study: Study) -> tuple[list[Actual], list[Signpost]]:
        gone = set(self.positions)
        return [a for k, a in enumerate(study.actuals) if k not in gone], study.signposts


@dataclass
class EditActual(_ReplaceLists):
    """Replace the observation at `position` with `actual` (a typed cell)."""

    position: int = 0
    actual: Actual | None = None

    def __post_init__(self) -> None:
        self.text = translate("Commands", "Edit actual")

    def lists_after(self, study: Study) -> tuple[list[Actual], list[Signpost]]:
        actuals = list(study.actuals)
        assert self.actual is not None
        actuals[self.position] = self.actual
        return actuals, study.signposts


@dataclass
class SetSignpost(_ReplaceLists):
    """Add a signpost, or replace the one with the same id."""

    signpost: Signpost | None = None

    def __post_init__(self) -> None:
        self.text = fill(translate("Commands", "Signpost “%1”"), self.signpost.name if self.signpost else "")

    def lists_after(self, study: Study) -> tuple[list[Actual], list[Signpost]]:
        assert self.signpost is not None
        signposts = list(study.signposts)
        ids = [s.id for s in signposts]
        if self.signpost.id in ids:
            signposts[ids.index(self.signpost.id)] = copy.deepcopy(self.signpost)
        else:
            signposts.append(copy.deepcopy(self.signpost))
        return study.actuals, signposts


@dataclass
class RemoveSignpost(_ReplaceLists):
    """Remove the signpost with this id."""

    signpost_id: str = ""

    def __post_init__(self) -> None:
        self.text = translate("Commands", "Remove signpost")

    def lists_after(self, study: Study) -> tuple[list[Actual], list[Signpost]]:
        return study.actuals, [s for s in study.signposts if s.id != self.signpost_id]
