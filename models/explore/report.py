"""Scenario discovery said in words: the question, how often it came true, and the box that explains it.

The words are the interface's language, the numbers in its separators ("20.000 corridas", "0,25").
"""

from __future__ import annotations

from models.explore.ensemble import Ensemble
from models.explore.prim import Box, Trajectory, significance
from models.formatting import localise
from models.i18n import fill, translate

MIN_COVERAGE = 0.5  # the box shown: the densest that still holds half of the interesting runs


def _number(value: float, spec: str) -> str:
    """Return `value` by a Python format spec (",", ".0%", ".4g") in the separators of the people's locale."""
    return localise(format(value, spec))


def discovery_lines(ensemble: Ensemble, trajectory: Trajectory, labels: dict[str, str]) -> list[str]:
    """Return the report of an exploration: question, share of runs, trajectory and the chosen box."""
    runs = ensemble.inputs.shape[0]
    hits = int(ensemble.interesting.sum())
    # The table's column names, each as wide as its numbers or its name in the language, whichever is wider.
    titles = (translate("Explore", "box"), translate("Explore", "coverage"), translate("Explore", "density"),
              translate("Explore", "mass"), translate("Explore", "restricted"))
    widths = [max(len(t), w) for t, w in zip(titles[:4], (4, 9, 8, 6))]
    lines = [fill(translate("Explore", "question: %1"), ensemble.question.describe()),
             fill(translate("Explore", "%1 runs (seed %2) across %3 assumptions: the condition held in %4 (%5)"),
                  _number(runs, ","), ensemble.seed, len(ensemble.names), _number(hits, ","), _number(hits / runs, ".1%")),
             "",
             translate("Explore", "PRIM trajectory (each box narrower than the one before):"),
             "  " + " ".join(f"{t:>{w}}" for t, w in zip(titles, widths)) + f"  {titles[4]}"]
    for number, box in enumerate(trajectory.boxes):
        if number % 5 == 0 or number == len(trajectory.boxes) - 1:
            cells = (str(number), _number(box.coverage, ".0%"), _number(box.density, ".0%"), _number(box.mass, ".0%"))
            lines.append("  " + " ".join(f"{c:>{w}}" for c, w in zip(cells, widths))
                         + f"  {len(box.restricted(trajectory.bounds))}")
    chosen = trajectory.best(MIN_COVERAGE)
    lines += ["", *box_lines(chosen, ensemble, trajectory, labels)]
    return lines


def box_lines(box: Box, ensemble: Ensemble, trajectory: Trajectory, labels: dict[str, str]) -> list[str]:
    """Return the chosen box: how well it picks out the runs, and each restricted assumption's range."""
    limits = box.restricted(trajectory.bounds)
    lines = [fill(translate("Explore", "box: coverage %1 (of the runs where the condition held, the share inside), "
                                       "density %2 (of the runs inside, the share where it held)"),
                  _number(box.coverage, ".0%"), _number(box.density, ".0%"))]
    if not limits:
        return lines + ["  " + translate("Explore", "no assumption narrows it: the condition is spread across the whole space")]
    chance = significance(box, ensemble.columns(), ensemble.interesting, trajectory.bounds)
    for name, (low, high) in limits.items():
        whole_low, whole_high = trajectory.bounds[name]
        lines.append("  " + fill(translate("Explore", "%1: %2 to %3 (of %4 to %5); by chance alone: %6"), labels.get(name, name),
                                 _number(low, ".4g"), _number(high, ".4g"), _number(whole_low, ".4g"),
                                 _number(whole_high, ".4g"), _chance(chance[name])))
    return lines


def _chance(p: float) -> str:
    return localise("< 0.001") if p < 0.001 else _number(p, ".2g")
