"""The first choices a study opens with: its headline indicators and the table's years."""

from __future__ import annotations

import math

from models.domain import Study
from models.language.equations import ParseError, names_in, parse
from ui.plots.timeline import today_year

DEFAULT_INDICATOR_COUNT = 6


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


def default_years(study: Study) -> list[float]:
    """Return table years at the ends of the two horizons (6 months, 5–10 years), within the study."""
    axis = study.time
    now = today_year()
    wanted = [now + 0.5, math.floor(now) + 5, now + 10]
    snapped = [min(max(axis.start + round((y - axis.start) / axis.step) * axis.step, axis.start), axis.end) for y in wanted]
    return sorted({round(y, 6) for y in snapped})
