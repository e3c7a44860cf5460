"""Scenario discovery said in words: the question, how often it came true, and the box that explains it."""

from __future__ import annotations

from models.explore.ensemble import Ensemble
from models.explore.prim import Box, Trajectory, significance

MIN_COVERAGE = 0.5  # the box shown: the densest that still holds half of the interesting runs


def discovery_lines(ensemble: Ensemble, trajectory: Trajectory, labels: dict[str, str]) -> list[str]:
    """Return the report of an exploration: question, share of runs, trajectory and the chosen box."""
    runs = ensemble.inputs.shape[0]
    hits = int(ensemble.interesting.sum())
    lines = [f"question: {ensemble.question.describe()}",
             f"{runs:,} runs (seed {ensemble.seed}) across {len(ensemble.names)} assumptions: "
             f"the condition held in {hits:,} ({hits / runs:.1%})", "",
             "PRIM trajectory (each box narrower than the one before):",
             f"  {'box':>4} {'coverage':>9} {'density':>8} {'mass':>6}  restricted"]
    for number, box in enumerate(trajectory.boxes):
        if number % 5 == 0 or number == len(trajectory.boxes) - 1:
            lines.append(f"  {number:>4} {box.coverage:>9.0%} {box.density:>8.0%} {box.mass:>6.0%}  "
                         f"{len(box.restricted(trajectory.bounds))}")
    chosen = trajectory.best(MIN_COVERAGE)
    lines += ["", *box_lines(chosen, ensemble, trajectory, labels)]
    return lines


def box_lines(box: Box, ensemble: Ensemble, trajectory: Trajectory, labels: dict[str, str]) -> list[str]:
    """Return the chosen box: how well it picks out the runs, and each restricted assumption's range."""
    limits = box.restricted(trajectory.bounds)
    lines = [f"box: coverage {box.coverage:.0%} (of the runs where the condition held, the share inside), "
             f"density {box.density:.0%} (of the runs inside, the share where it held)"]
    if not limits:
        return lines + ["  no assumption narrows it: the condition is spread across the whole space"]
    chance = significance(box, ensemble.columns(), ensemble.interesting, trajectory.bounds)
    for name, (low, high) in limits.items():
        whole_low, whole_high = trajectory.bounds[name]
        lines.append(f"  {labels.get(name, name)}: {low:.4g} to {high:.4g} (of {whole_low:.4g} to {whole_high:.4g}); "
                     f"by chance alone: {_chance(chance[name])}")
    return lines


def _chance(p: float) -> str:
    return "< 0.001" if p < 0.001 else f"{p:.2g}"
