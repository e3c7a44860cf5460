"""Merge a file's foresight layer into a local study: by id, nothing clobbered, disagreement kept visible."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from models.domain import Study
from models.foresight.domain import Descriptor, Judgement


class _HasId(Protocol):
    id: str
    name: str


T = TypeVar("T", bound=_HasId)


@dataclass
class ForesightMerge:
    """What merging the foresight layer did, in words a user can read."""

    added: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # yours kept where the file differs


def _by_id(mine: list[T], theirs: list[T], what: str, replace: bool, merge: ForesightMerge) -> None:
    where = {item.id: k for k, item in enumerate(mine)}
    for item in theirs:
        k = where.get(item.id)
        if k is None:
            mine.append(copy.deepcopy(item))
            merge.added.append(f'{what} "{item.name}"')
        elif mine[k] != item:
            if replace:
                mine[k] = copy.deepcopy(item)
                merge.added.append(f'{what} "{item.name}": replaced with the file\'s')
            else:
                merge.kept.append(f'{what} "{mine[k].name}": yours kept, the file\'s differs')


def merge_foresight(local: Study, incoming: Study, replace: bool = False, origin: str = "") -> ForesightMerge:
    """Add the file's drivers, objectives, actors, matrix and box entries that are new; keep yours where they differ.

    Consistency judgements are kept per assessor, so two colleagues' scores for one pair both stay and the
    cell shows their disagreement. Where the file gives another score under the same assessor (both left
    it blank, say), the file's comes in under `origin` as its assessor instead of replacing yours.
    """
    merge = ForesightMerge()
    mine, theirs = local.foresight, incoming.foresight
    _by_id(mine.drivers, theirs.drivers, "driver", replace, merge)
    _by_id(mine.objectives, theirs.objectives, "objective", replace, merge)
    _by_id(mine.actors, theirs.actors, "actor", replace, merge)
    _by_id(mine.explorations, theirs.explorations, "exploration", replace, merge)
    if theirs.matrix is not None and theirs.matrix != mine.matrix:
        matrix = copy.deepcopy(theirs.matrix)
        ids = {s.id for s in local.scenarios}
        matrix.quadrants = {k: v for k, v in matrix.quadrants.items() if v in ids}
        if matrix.reference not in ids:
            matrix.reference = None
        if mine.matrix is None or replace:
            mine.matrix = matrix
            merge.added.append("the 2×2 matrix")
        else:
            merge.kept.append("the 2×2 matrix: yours kept, the file's differs")
    box, their_box = mine.morphology, theirs.morphology
    where = {d.id: d for d in box.descriptors}
    for descriptor in their_box.descriptors:
        own = where.get(descriptor.id)
        if own is None:
            box.descriptors.append(copy.deepcopy(descriptor))
            merge.added.append(f'descriptor "{descriptor.name}"')
        else:
            _merge_variants(own, descriptor, replace, merge)
    judged = {j.key: j for j in box.judgements}
    variants = {v.id for d in box.descriptors for v in d.variants}
    added = 0
    for judgement in their_box.judgements:
        if judgement.first not in variants or judgement.second not in variants:
            continue
        own_j = judged.get(judgement.key)
        if own_j is None:
            box.judgements.append(judgement)
            judged[judgement.key] = judgement
            added += 1
        elif own_j.score != judgement.score:
            if replace:
                box.judgements[box.judgements.index(own_j)] = judgement
                added += 1
                continue
            theirs_as = Judgement(judgement.first, judgement.second, judgement.score,
                                  origin or f"{judgement.assessor or 'the file'} (imported)")
            if theirs_as.key not in judged:
                box.judgements.append(theirs_as)
                judged[theirs_as.key] = theirs_as
                added += 1
    if added:
        merge.added.append(f"{added} consistency judgement{'' if added == 1 else 's'}")
    return merge


def _merge_variants(own: Descriptor, theirs: Descriptor, replace: bool, merge: ForesightMerge) -> None:
    where = {v.id: k for k, v in enumerate(own.variants)}
    for variant in theirs.variants:
        k = where.get(variant.id)
        if k is None:
            if len(own.variants) >= 5:
                merge.kept.append(f'variant "{variant.name}" of "{own.name}": left out, a descriptor has at most 5')
                continue
            own.variants.append(copy.deepcopy(variant))
            merge.added.append(f'variant "{variant.name}" of "{own.name}"')
        elif own.variants[k] != variant:
            if replace:
                own.variants[k] = copy.deepcopy(variant)
            else:
                merge.kept.append(f'variant "{own.variants[k].name}" of "{own.name}": yours kept, the file\'s differs')
