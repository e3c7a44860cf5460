"""Who agrees with whom on what: convergence and divergence between actors over the objectives."""

from __future__ import annotations

from dataclasses import dataclass

from models.foresight.domain import Actor, Objective


@dataclass(frozen=True)
class Relation:
    """Two actors' convergence (sum over shared-sign objectives) and divergence (over opposed ones)."""

    first: str  # actor id
    second: str
    convergence: float
    divergence: float
    agree_on: tuple[str, ...]  # objective ids where both lean the same way
    oppose_on: tuple[str, ...]  # objective ids where they lean opposite ways

    @property
    def balance(self) -> float:
        """Return convergence minus divergence: above zero the two are more allies than rivals."""
        return self.convergence - self.divergence


def relation(first: Actor, second: Actor, objectives: list[Objective]) -> Relation:
    """Return how two actors' positions meet: the mean strength where they agree and where they oppose.

    As in MACTOR's convergence/divergence graphs: on an objective where both positions share a sign the
    pair converges by the mean of their absolute positions; where the signs differ it diverges by that mean.
    A neutral position (0) neither converges nor diverges.
    """
    convergence = divergence = 0.0
    agree: list[str] = []
    oppose: list[str] = []
    for objective in objectives:
        a = first.positions.get(objective.id, 0)
        b = second.positions.get(objective.id, 0)
        if a == 0 or b == 0:
            continue
        strength = (abs(a) + abs(b)) / 2
        if (a > 0) == (b > 0):
            convergence += strength
            agree.append(objective.id)
        else:
            divergence += strength
            oppose.append(objective.id)
    return Relation(first.id, second.id, convergence, divergence, tuple(agree), tuple(oppose))


def relations(actors: list[Actor], objectives: list[Objective]) -> list[Relation]:
    """Return the relation of every pair of actors, in the actors' order."""
    return [relation(a, b, objectives) for i, a in enumerate(actors) for b in actors[i + 1:]]


def support(actors: list[Actor], objective: Objective) -> tuple[float, float]:
    """Return the influence-weighted weight for and against an objective."""
    pro = sum(a.influence * a.positions.get(objective.id, 0) for a in actors if a.positions.get(objective.id, 0) > 0)
    con = -sum(a.influence * a.positions.get(objective.id, 0) for a in actors if a.positions.get(objective.id, 0) < 0)
    return float(pro), float(con)
