"""The 2x2 matrix: the four quadrant scenarios, named from the poles, whose overrides are exactly the poles."""

from __future__ import annotations

from models.domain import Override, Scenario, Study
from models.foresight.domain import QUADRANTS, Axis, Driver, Matrix, Pole

# One colour per quadrant, distinct on the light and the dark palette.
QUADRANT_COLOURS = {"00": "#1b9e77", "01": "#d95f02", "10": "#7570b3", "11": "#e7298a"}


def quadrant_name(first: Pole, second: Pole) -> str:
    """Return a quadrant scenario's name from its two poles."""
    return f"{first.label} / {second.label}"


def narrative_skeleton(first: Pole, second: Pole) -> str:
    """Return the headings a team fills in to tell the quadrant's story."""
    return (f"A future of {first.label.lower()} and {second.label.lower()}.\n\n"
            "How we got here:\n\nWho gains, who loses:\n\nWhat would tell us early that this is happening:\n")


def pole_overrides(first: Pole, second: Pole) -> dict[str, Override]:
    """Return the overrides of the quadrant between two poles (ValueError if both set one assumption)."""
    shared = sorted(set(first.assumptions) & set(second.assumptions))
    if shared:
        raise ValueError(f"both axes set {', '.join(shared)}: an assumption can belong to one axis only")
    overrides: dict[str, Override] = {}
    overrides.update({k: float(v) for k, v in first.assumptions.items()})
    overrides.update({k: float(v) for k, v in second.assumptions.items()})
    return overrides


def axes_problems(matrix: Matrix, study: Study) -> list[str]:
    """Return what keeps the matrix from making scenarios (unknown or shared assumptions), in words."""
    problems = []
    assumptions = {v.name for v in study.variables if v.kind == "assumption"}
    used: dict[str, int] = {}
    for a, axis in enumerate(matrix.axes):
        for p, pole in enumerate(axis.poles):
            for name in pole.assumptions:
                if name not in assumptions:
                    problems.append(f"axis {a + 1}, pole '{pole.label}': '{name}' is not an assumption of the model")
                if used.get(name, a) != a:
                    problems.append(f"axis {a + 1}, pole '{pole.label}': '{name}' is already set by axis {used[name] + 1}")
                used.setdefault(name, a)
    return problems


def quadrant_scenarios(matrix: Matrix, reference_id: str) -> dict[str, Scenario]:
    """Return the four quadrant scenarios, children of `reference_id`, keyed "00".."11".

    A quadrant that already has a scenario keeps its id, so making them again updates rather than duplicates.
    """
    made = {}
    for key in QUADRANTS:
        first, second = matrix.poles_of(key)
        scenario = Scenario(quadrant_name(first, second), color=QUADRANT_COLOURS[key],
                            narrative=narrative_skeleton(first, second), parent_id=reference_id,
                            overrides=pole_overrides(first, second))
        if key in matrix.quadrants:
            scenario.id = matrix.quadrants[key]
        made[key] = scenario
    return made


def matrix_from_drivers(study: Study, first: Driver, second: Driver) -> Matrix:
    """Return a matrix on two drivers whose poles start at their assumptions' low and high ends.

    Low: each assumption's minimum (its value when it has none); high: its maximum. The team then moves
    the poles to the futures it means. An assumption both drivers move stays with the first.
    """
    variables = {v.name: v for v in study.variables if v.kind == "assumption"}

    def axis(driver: Driver, taken: set[str]) -> Axis:
        names = [n for n in driver.assumptions if n in variables and n not in taken]
        low = {n: _end(variables[n].min, variables[n].value) for n in names}
        high = {n: _end(variables[n].max, variables[n].value) for n in names}
        return Axis(driver.id, (Pole(f"Low {driver.name.lower()}", low), Pole(f"High {driver.name.lower()}", high)))

    one = axis(first, set())
    return Matrix((one, axis(second, set(one.poles[0].assumptions))))


def _end(bound: float | None, value: float | None) -> float:
    """Return an assumption's end of range, or its value when it has no such end."""
    if bound is not None:
        return float(bound)
    return float(value) if value is not None else 0.0
