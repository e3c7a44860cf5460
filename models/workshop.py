"""A live workshop on one scenario: proposals captured from exploration, their log, votes and spread."""

from __future__ import annotations

import math
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from models.commands.base import Change, Command
from models.domain import Override, Path, Scenario, Study, new_id
from models.palette import CANDIDATES, distinct_color, is_near_twin
from models.i18n import fill, translate

# Strong, dark colours that stay apart when a projector washes the picture out (no pastels, no yellow).
PROJECTOR_COLORS = ("#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207", "#be185d", "#4d7c0f")
CRITERIA = ("plausibility", "desirability")
MAX_NAMED_CHANGES = 2


@dataclass
class Workshop:
    """One session in front of a room: the scenario explored, the levers and charts it shows."""

    study_id: str
    scenario_id: str
    levers: list[str]
    indicators: list[str]
    baseline: dict[str, Override]  # the explored scenario's own overrides when the session began
    started_at: datetime
    id: str = field(default_factory=new_id)


@dataclass
class LogEntry:
    """Something that happened in a session, with the explored scenario's overrides after it."""

    at: datetime
    kind: str  # "change", "undo", "redo" or "capture"
    text: str
    state: dict[str, Override]
    proposal_id: str | None = None


@dataclass
class Proposal:
    """A scenario captured in a session, numbered in capture order, with a note and the room's votes."""

    scenario_id: str
    number: int
    name: str
    captured_at: datetime
    note: str = ""
    votes: dict[str, int] = field(default_factory=dict)  # criterion -> count


@dataclass(frozen=True)
class LeverSpread:
    """How the captured proposals set one lever."""

    name: str
    low: float
    high: float
    mean: float
    count: int


def effective_value(study: Study, scenario_id: str, name: str, overrides: dict[str, Override] | None = None) -> Override:
    """Return the value in force for an assumption, reading `overrides` in place of the scenario's own."""
    lineage = study.lineage(scenario_id)
    own = overrides if overrides is not None else lineage[-1].overrides
    if name in own:
        return own[name]
    for scenario in reversed(lineage[:-1]):
        if name in scenario.overrides:
            return scenario.overrides[name]
    variable = study.variable(name)
    return variable.path if variable.path is not None else (variable.value or 0.0)


def as_number(value: Override, at: float) -> float:
    """Return an override as one number (a path is read at time `at`)."""
    return float(value.at([at])[0]) if isinstance(value, Path) else float(value)


def changed_overrides(study: Study, scenario_id: str, baseline: dict[str, Override]) -> dict[str, Override]:
    """Return the values that now differ from the baseline, as a child of the baseline would hold them."""
    current = study.scenario(scenario_id).overrides
    changed: dict[str, Override] = {}
    for name in list(baseline) + [n for n in current if n not in baseline]:
        if current.get(name) == baseline.get(name):
            continue
        # A reset override falls back to an inherited value, which a child of the baseline must state.
        changed[name] = current[name] if name in current else effective_value(study, scenario_id, name)
    return changed


def proposal_name(study: Study, number: int, changes: dict[str, Override], compared: dict[str, Override], at: float) -> str:
    """Return "Proposal 3 — higher lithium price, lower aid" from what the proposal changes."""
    words = []
    for name, value in list(changes.items())[:MAX_NAMED_CHANGES]:
        before, after = as_number(compared[name], at), as_number(value, at)
        direction = "higher" if after > before else "lower" if after < before else "other"
        label = study.variable(name).title
        words.append(f"{direction} {label[:1].lower() + label[1:]}")
    if len(changes) > MAX_NAMED_CHANGES:
        words.append(f"{len(changes) - MAX_NAMED_CHANGES} more")
    return f"Proposal {number} — {', '.join(words)}" if words else f"Proposal {number} — no change"


def value_in_words(value: float, low: float, high: float) -> str:
    """Return where a value sits in its range in a word: very low, low, middle, high, very high."""
    if not high > low:
        return ""
    share = (value - low) / (high - low)
    return ("very low", "low", "middle", "high", "very high")[min(4, max(0, int(share * 5)))]


def projector_color(used: list[str]) -> str:
    """Return the projector-safe colour that looks least like any in use, or the general palette's when each is a near twin.

    Beside the sample study's five scenarios the eight projector colours ran out at the third proposal
    (it took a near twin of a scenario's purple); a lighter line the room tells apart beats a dark one it cannot.
    """
    color = distinct_color(used, PROJECTOR_COLORS)
    if is_near_twin(color, used):
        wider = distinct_color(used, PROJECTOR_COLORS + CANDIDATES)
        if not is_near_twin(wider, used):
            return wider
    return color


@dataclass
class CaptureProposal(Command):
    """Move what changed since the baseline into a new child scenario; the explored one returns to its baseline."""

    parent_id: str
    proposal: Scenario
    baseline: dict[str, Override]
    _before: dict[str, Override] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = fill(translate("Commands", "Capture '%1'"), self.proposal.name)

    def apply(self, study: Study) -> Change:
        """Insert the proposal after the explored scenario's family and restore the baseline."""
        parent = study.scenario(self.parent_id)
        family = [parent.id] + [s.id for s in study.descendants(parent.id)]
        index = max(k for k, s in enumerate(study.scenarios) if s.id in family) + 1
        study.scenarios.insert(index, self.proposal)
        self._before = dict(parent.overrides)
        parent.overrides = dict(self.baseline)
        return self._change()

    def revert(self, study: Study) -> Change:
        """Remove the proposal and give the explored scenario its explored values back."""
        study.scenarios.remove(self.proposal)
        study.scenario(self.parent_id).overrides = dict(self._before)
        return self._change()

    def _change(self) -> Change:
        touched = set(self._before) | set(self.baseline)
        return Change(
            values=frozenset({self.parent_id, self.proposal.id}),
            assumptions=frozenset((self.parent_id, name) for name in touched),
            scenarios=True,
        )


def spread(study: Study, proposals: list[Proposal], levers: list[str], at: float) -> list[LeverSpread]:
    """Return, per lever, the min, max and mean the proposals chose and how many set it themselves."""
    existing = {s.id for s in study.scenarios}
    kept = [p for p in proposals if p.scenario_id in existing]
    rows = []
    for name in levers:
        touched = [as_number(study.scenario(p.scenario_id).overrides[name], at) for p in kept if name in study.scenario(p.scenario_id).overrides]
        if touched:
            rows.append(LeverSpread(name, min(touched), max(touched), sum(touched) / len(touched), len(touched)))
        else:
            rows.append(LeverSpread(name, math.nan, math.nan, math.nan, 0))
    return rows


def encode_overrides(overrides: dict[str, Override]) -> dict[str, object]:
    """Return overrides as JSON-able data (a path becomes {"path": [[t, v], ...]})."""
    return {k: {"path": [list(p) for p in v.points]} if isinstance(v, Path) else float(v) for k, v in overrides.items()}


def decode_overrides(data: dict[str, Any]) -> dict[str, Override]:
    """Return overrides from the data `encode_overrides` made."""
    return {k: Path(tuple((float(t), float(v)) for t, v in x["path"])) if isinstance(x, dict) else float(x) for k, x in data.items()}


def study_at(study: Study, scenario_id: str, state: dict[str, Override]) -> Study:
    """Return a copy of the study with the explored scenario's overrides as a log entry recorded them."""
    copy = deepcopy(study)
    copy.scenario(scenario_id).overrides = dict(state)
    return copy
