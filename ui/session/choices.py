"""What the user chose to look at in a study: indicators, shown scenarios, table years, selection."""

from __future__ import annotations

from dataclasses import dataclass, field

from models.domain import Study
from models.language.equations import ParseError, names_in, parse
from models.timeline import table_times

DEFAULT_INDICATOR_COUNT = 6


@dataclass
class ViewChoices:
    """The per-study view settings kept in the library between sessions."""

    indicators: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    years: list[float] = field(default_factory=list)
    selected: str | None = None

    def to_json(self, study: Study) -> dict:
        """Return a JSON-able form, dropping scenarios and variables that no longer exist."""
        scenario_ids = {s.id for s in study.scenarios}
        names = {v.name for v in study.variables}
        return {
            "indicators": [n for n in self.indicators if n in names],
            "shown": [s for s in self.shown if s in scenario_ids],
            "years": list(self.years),
            "selected": self.selected if self.selected in scenario_ids else None,
        }

    @classmethod
    def from_json(cls, data: object, study: Study) -> ViewChoices:
        """Read saved choices, falling back to sensible defaults for anything missing or stale."""
        choices = default_choices(study)
        if not isinstance(data, dict):
            return choices
        names = {v.name for v in study.variables}
        scenario_ids = {s.id for s in study.scenarios}
        if isinstance(data.get("indicators"), list):
            choices.indicators = [n for n in data["indicators"] if n in names]
        if isinstance(data.get("shown"), list):
            choices.shown = [s for s in data["shown"] if s in scenario_ids]
        if isinstance(data.get("years"), list):
            years = [float(y) for y in data["years"] if isinstance(y, (int, float))]
            choices.years = years or choices.years
        if data.get("selected") in scenario_ids:
            choices.selected = data["selected"]
        return choices


def indicator_names(study: Study) -> list[str]:
    """Return the variables the model projects (auxiliaries and stocks), in study order."""
    return [v.name for v in study.variables if v.kind != "assumption"]


def headline_indicators(study: Study, count: int = DEFAULT_INDICATOR_COUNT) -> list[str]:
    """Return the most connected indicators, one per group first, in study order.

    An indicator many equations use is one the story turns on (unrest, growth, stability), which
    makes it a better first chart than an intermediate term; stocks win ties as the model's state.
    """
    candidates = indicator_names(study)
    used_by = dict.fromkeys(candidates, 0)
    for variable in study.variables:
        for text in (variable.equation, variable.initial):
            try:
                names = {n.id for n in names_in(parse(text))} if text else set()
            except ParseError:
                continue
            for name in names & used_by.keys():
                used_by[name] += 1
    order = {name: k for k, name in enumerate(candidates)}
    ranked = sorted(candidates, key=lambda n: (-used_by[n], study.variable(n).kind != "stock", order[n]))
    picked: list[str] = []
    for name in ranked:
        if study.variable(name).group not in {study.variable(p).group for p in picked}:
            picked.append(name)
    picked = picked[:count]
    picked += [n for n in ranked if n not in picked][: count - len(picked)]
    return sorted(picked, key=order.__getitem__)


def default_choices(study: Study) -> ViewChoices:
    """Return the choices a study opens with the first time: a few indicators, every scenario."""
    return ViewChoices(
        indicators=headline_indicators(study),
        shown=[s.id for s in study.scenarios],
        years=default_years(study),
        selected=study.scenarios[0].id if study.scenarios else None,
    )


def default_years(study: Study) -> list[float]:
    """Return the study's table times (its own, or defaults from its as-of time and axis)."""
    return table_times(study)
