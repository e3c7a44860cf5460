"""Print how long the morphological box takes to enumerate: 12 descriptors x 4 variants (4^12 combinations).

Run: python benchmarks/foresight_box.py
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.foresight.box import enumerate_consistent
from models.foresight.domain import Descriptor, Judgement, Morphology, Variant


def box(descriptors: int, variants: int, contradictory: float) -> Morphology:
    """Return a box with every pair judged; a share `contradictory` of pairs may score below zero."""
    rng = random.Random(1)
    ds = [Descriptor(f"D{d}", [Variant(f"v{v}", id=f"{d}.{v}") for v in range(variants)]) for d in range(descriptors)]
    js = [Judgement(f"{d}.{v}", f"{e}.{w}", rng.randint(-3, 3) if rng.random() < contradictory else rng.randint(0, 3))
          for d in range(descriptors) for e in range(d + 1, descriptors) for v in range(variants) for w in range(variants)]
    return Morphology(ds, js)


def main() -> None:
    """Print the figures side by side."""
    print(f"{'box':<16}{'floor':>6}{'consistent':>12}{'of':>12}{'seconds':>9}")
    for descriptors, variants, share in ((8, 4, 0.15), (12, 4, 0.15), (12, 4, 0.0)):
        morphology = box(descriptors, variants, share)
        for floor in (0, -1):
            began = time.perf_counter()
            result = enumerate_consistent(morphology, floor=floor)
            took = time.perf_counter() - began
            print(f"{variants}^{descriptors} ({share:.0%} neg){floor:>6}{result.consistent:>12,}{result.total:>12,}{took:>9.2f}")


if __name__ == "__main__":
    main()
