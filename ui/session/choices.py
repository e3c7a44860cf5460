"""The first choices a study opens with: its headline indicators and the table's years."""

from __future__ import annotations

from models.domain import Study
from models.language.equations import ParseError, names_in, parse
from models.timeline import table_times

DEFAULT_INDICATOR_COUNT = 6


def indicator_names(study: Study) -> list[str]:
    """Return the variables the model projects over time (auxiliaries and stocks, not coefficients), in study order."""
    return [v.name for v in study.variables if v.kind != "assumption" and not v.is_coefficient]


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


def default_years(study: Study) -> list[float]:
    """Return the study's table times (its own, or defaults from its as-of time and axis)."""
    return table_times(study)
