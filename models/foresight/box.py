"""Enumerate the morphological box's consistent combinations, best first, with their consistency scores.

A combination takes one variant of every descriptor. Its score is the sum of the consistency of every
pair of its variants (as in cross-impact balance's total consistency); it is consistent when no pair
scores below `floor` (default 0: no pair judged contradictory). The box is split into two halves whose
combinations are enumerated separately, pruned of inconsistent ones, and crossed block by block as
matrix products (one-hot rows times the consistency matrix), so 4^12 combinations take seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from models.foresight.domain import Morphology

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
EXACT_LIMIT = 20_000_000  # more combinations than this are sampled, and the result says so
_BLOCK = 2_000_000  # cells of one crossed block: bounds memory whatever the box's size


@dataclass(frozen=True)
class Combination:
    """One variant per descriptor (variant ids, in the descriptors' order) and its consistency."""

    variants: tuple[str, ...]
    score: float  # sum of the pairs' consistency
    weakest: float  # the lowest pair's consistency


@dataclass
class Enumeration:
    """The consistent combinations found (best first, at most `keep`) and how they were found."""

    combinations: list[Combination]
    consistent: int  # consistent combinations in all (among the sampled ones when sampled)
    examined: int  # combinations looked at
    total: int  # combinations the box holds
    sampled: bool = False
    cancelled: bool = False


def consistency_matrix(morphology: Morphology) -> tuple[list[str], FloatArray]:
    """Return every variant id in box order and the symmetric matrix of pair consistencies (assessors' mean)."""
    ids = [v.id for d in morphology.descriptors for v in d.variants]
    where = {vid: k for k, vid in enumerate(ids)}
    sums = np.zeros((len(ids), len(ids)))
    counts = np.zeros((len(ids), len(ids)))
    for judgement in morphology.judgements:
        i, j = where.get(judgement.first), where.get(judgement.second)
        if i is None or j is None or i == j:
            continue
        for a, b in ((i, j), (j, i)):
            sums[a, b] += judgement.score
            counts[a, b] += 1
    return ids, np.divide(sums, counts, out=np.zeros_like(sums), where=counts > 0)


def combination_count(morphology: Morphology) -> int:
    """Return how many combinations the box holds."""
    total = 1
    for descriptor in morphology.descriptors:
        total *= len(descriptor.variants)
    return total if morphology.descriptors else 0


def _offsets(sizes: list[int]) -> list[int]:
    return [sum(sizes[:k]) for k in range(len(sizes))]


def _half(sizes: list[int], offsets: list[int], table: FloatArray, bad: FloatArray) -> tuple[IntArray, FloatArray, FloatArray]:
    """Return a half's combinations (global variant indices), their internal scores and violation counts."""
    grids = np.indices(sizes).reshape(len(sizes), -1).T.astype(np.int64) + np.array(offsets, dtype=np.int64)
    score = np.zeros(len(grids))
    violations = np.zeros(len(grids))
    for i in range(len(sizes)):
        for j in range(i + 1, len(sizes)):
            score += table[grids[:, i], grids[:, j]]
            violations += bad[grids[:, i], grids[:, j]]
    return grids, score, violations


def _one_hot(rows: IntArray, width: int) -> FloatArray:
    out = np.zeros((len(rows), width))
    for column in rows.T:
        out[np.arange(len(rows)), column] = 1.0
    return out


def enumerate_consistent(morphology: Morphology, floor: float = 0.0, keep: int = 200,
                         check: Callable[[float], bool] | None = None, exact_limit: int = EXACT_LIMIT,
                         samples: int = 200_000, seed: int = 1, block_cells: int = _BLOCK,
                         found_so_far: Callable[[Enumeration], None] | None = None) -> Enumeration:
    """Return the box's consistent combinations, best first; `check(progress)` returning False cancels.

    `found_so_far`, when given, receives the best found so far after every block: the first blocks are
    small, so a listing can show its first results long before the whole box is crossed.
    """
    sizes = [len(d.variants) for d in morphology.descriptors]
    total = combination_count(morphology)
    if total == 0:
        return Enumeration([], 0, 0, 0)
    ids, table = consistency_matrix(morphology)
    bad = (table < floor).astype(float)
    offsets = _offsets(sizes)
    if total > exact_limit:
        return _sampled(sizes, offsets, ids, table, bad, keep, samples, seed, total)
    if len(sizes) == 1:
        rows = np.arange(sizes[0], dtype=np.int64)[:, None]
        return Enumeration(_combinations(rows, np.zeros(sizes[0]), ids, table), sizes[0], sizes[0], total)
    # Split where the two halves' counts are closest, so each half is about the square root of the box.
    split = min(range(1, len(sizes)), key=lambda k: abs(np.log(np.prod(sizes[:k])) - np.log(np.prod(sizes[k:]))))
    a_rows, a_score, a_bad = _half(sizes[:split], offsets[:split], table, bad)
    b_rows, b_score, b_bad = _half(sizes[split:], offsets[split:], table, bad)
    a_keep, b_keep = a_bad == 0, b_bad == 0  # pruning: a half that is inconsistent in itself is never crossed
    a_rows, a_score = a_rows[a_keep], a_score[a_keep]
    b_rows, b_score = b_rows[b_keep], b_score[b_keep]
    width = len(ids)
    b_hot = _one_hot(b_rows, width)
    cross_score = table @ b_hot.T  # (variant, b): the b-half's consistency with one variant
    cross_bad = bad @ b_hot.T
    best_rows = np.zeros((0, len(sizes)), dtype=np.int64)
    best_score = np.zeros(0)
    found = 0
    full_block = max(1, block_cells // max(1, len(b_rows)))
    # Streaming starts with a small block and doubles it: first results early, then full-sized blocks.
    block = min(full_block, max(1, len(a_rows) // 32)) if found_so_far is not None else full_block
    cancelled = False
    done = start = 0
    while start < len(a_rows):
        if check is not None and not check(start / max(1, len(a_rows))):
            cancelled = True
            break
        done = start + block
        chunk = a_rows[start:start + block]
        a_hot = _one_hot(chunk, width)
        score = a_hot @ cross_score + a_score[start:start + block, None] + b_score[None, :]
        ok = (a_hot @ cross_bad) == 0
        found += int(ok.sum())
        ai, bi = np.nonzero(ok)  # row-major: box order, which breaks ties
        values = score[ai, bi]
        pick = _leading(values, keep)
        rows = np.concatenate([chunk[ai[pick]], b_rows[bi[pick]]], axis=1)
        best_rows, best_score = _best(np.concatenate([best_rows, rows]), np.concatenate([best_score, values[pick]]), keep)
        start, block = start + block, min(full_block, block * 2)
        if found_so_far is not None and start < len(a_rows):
            examined_now = min(total, start * int(np.prod(sizes[split:])))
            found_so_far(Enumeration(_combinations(best_rows, best_score, ids, table), found, examined_now, total))
    if check is not None and not cancelled:
        check(1.0)
    # Combinations pruned with their half count as examined: they were ruled out, not skipped.
    examined = total if not cancelled else min(total, done * int(np.prod(sizes[split:])))
    return Enumeration(_combinations(best_rows, best_score, ids, table), found, examined, total, cancelled=cancelled)


def _leading(values: FloatArray, keep: int) -> IntArray:
    """Return the positions of the `keep` highest values, the earliest first among equals, in order."""
    if len(values) <= keep:
        return np.arange(len(values), dtype=np.int64)
    cut = np.partition(values, len(values) - keep)[len(values) - keep]
    above = np.flatnonzero(values > cut)
    ties = np.flatnonzero(values == cut)[:keep - len(above)]
    return np.sort(np.concatenate([above, ties])).astype(np.int64)


def _best(rows: IntArray, score: FloatArray, keep: int) -> tuple[IntArray, FloatArray]:
    """Return the `keep` best rows, best first; ties go to the earlier combination in box order."""
    order = np.lexsort(tuple(rows[:, k] for k in range(rows.shape[1] - 1, -1, -1)) + (-score,))
    order = order[:keep]
    return rows[order], score[order]


def _combinations(rows: IntArray, score: FloatArray, ids: list[str], table: FloatArray) -> list[Combination]:
    out = []
    for row, value in zip(rows, score):
        pairs = [table[row[i], row[j]] for i in range(len(row)) for j in range(i + 1, len(row))]
        out.append(Combination(tuple(ids[k] for k in row), float(value), float(min(pairs)) if pairs else 0.0))
    return out


def _sampled(sizes: list[int], offsets: list[int], ids: list[str], table: FloatArray, bad: FloatArray,
             keep: int, samples: int, seed: int, total: int) -> Enumeration:
    """Return the consistent combinations among `samples` random ones (the box is too large to list)."""
    rng = np.random.default_rng(seed)
    rows = np.stack([rng.integers(0, n, size=samples) + o for n, o in zip(sizes, offsets)], axis=1).astype(np.int64)
    rows = np.unique(rows, axis=0)
    score = np.zeros(len(rows))
    violations = np.zeros(len(rows))
    for i in range(len(sizes)):
        for j in range(i + 1, len(sizes)):
            score += table[rows[:, i], rows[:, j]]
            violations += bad[rows[:, i], rows[:, j]]
    ok = violations == 0
    best_rows, best_score = _best(rows[ok], score[ok], keep)
    return Enumeration(_combinations(best_rows, best_score, ids, table), int(ok.sum()), len(rows), total, sampled=True)
