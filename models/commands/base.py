"""The shape every edit shares: a command that applies and reverts exactly, and the change it reports.

Commands are free of Qt so they can be tested headless; each returns a `Change` that says what
the views must refresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.domain import Study


@dataclass(frozen=True)
class Change:
    """What an edit touched, so each view refreshes only its own part."""

    values: frozenset[str] = frozenset()  # scenarios whose inputs changed; their descendants follow
    # When only these assumptions' values changed: a descendant that sets them itself keeps its results.
    inputs: frozenset[str] = frozenset()
    assumptions: frozenset[tuple[str, str]] = frozenset()  # (scenario id, variable name) overrides touched
    scenarios: bool = False  # the scenario list, a name, colour or parent changed
    model: bool = False  # a variable or equation changed: the model must be compiled again
    renamed: tuple[tuple[str, str], ...] = ()  # (old, new) variable names, so views keyed by name follow
    dates: bool = False  # the study's as-of time, horizons or table times changed
    tracking: bool = False  # actuals or signposts changed: rankings, states and chart markers follow
    foresight: bool = False  # drivers, actors, the matrix or the morphological box changed


@dataclass
class Command:
    """An edit that can be applied to a study and reverted exactly."""

    text: str = field(default="", init=False)

    @property
    def merge_key(self) -> object | None:
        """Return a key shared by edits that may merge into one undo step, or None."""
        return None

    def apply(self, study: Study) -> Change:
        """Make the edit and say what changed."""
        raise NotImplementedError

    def revert(self, study: Study) -> Change:
        """Undo the edit and say what changed."""
        raise NotImplementedError

    def merge(self, later: Command) -> bool:
        """Absorb a later edit of the same gesture; return whether it was absorbed."""
        return False

    def is_noop(self) -> bool:
        """Return whether applying the edit leaves the study as it was."""
        return False
