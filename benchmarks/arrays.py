"""Time an arrayed XMILE model against the same model written out as scalars: translate, compile and run.

    python benchmarks/arrays.py [--elements 1000 2400 10000] [--steps 100]

Each model is a stock and its inflow per element (s[D] grows by rate · s[D]). Arrays are expanded
at import into one scalar variable per element, so both files give the same study; the figures
show what the expansion costs at import. A model larger than the variable limit (5,000) is
refused by both, and the refusal is printed in place of figures.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.engine.compiled import compile_study  # noqa: E402
from storage.errors import XmileError  # noqa: E402
from storage.model_files import read_model_file  # noqa: E402

HEAD = ('<?xml version="1.0" encoding="utf-8"?>\n<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">\n'
        "<header><name>Bench</name></header><sim_specs><start>0</start><stop>{steps}</stop><dt>1</dt></sim_specs>\n")


def arrayed(elements: int, steps: int) -> str:
    """Return the model with one dimension of `elements` elements."""
    return (HEAD.format(steps=steps) + f'<dimensions><dim name="D" size="{elements}"/></dimensions><model><variables>'
            '<stock name="s"><dimensions><dim name="D"/></dimensions><eqn>D</eqn><inflow>f</inflow></stock>'
            '<flow name="f"><dimensions><dim name="D"/></dimensions><eqn>s[D] * rate</eqn></flow>'
            '<aux name="rate"><eqn>0.01</eqn></aux></variables></model></xmile>')


def scalar(elements: int, steps: int) -> str:
    """Return the same model with every element written out by hand."""
    parts = [HEAD.format(steps=steps), "<model><variables>"]
    for k in range(1, elements + 1):
        parts.append(f'<stock name="s {k}"><eqn>{k}</eqn><inflow>f_{k}</inflow></stock>'
                     f'<flow name="f {k}"><eqn>s_{k} * rate</eqn></flow>')
    parts.append('<aux name="rate"><eqn>0.01</eqn></aux></variables></model></xmile>')
    return "".join(parts)


def measure(path: Path, repeats: int) -> tuple[float, float, float] | str:
    """Return median seconds to translate, compile and run a model file, or why it was refused."""
    try:
        read_model_file(path)
    except XmileError as error:
        return error.problems[0]
    reads, compiles, runs = [], [], []
    for _ in range(repeats):
        began = time.perf_counter()
        study = read_model_file(path)
        read = time.perf_counter()
        model = compile_study(study)
        compiled = time.perf_counter()
        model.run(study)
        done = time.perf_counter()
        reads.append(read - began)
        compiles.append(compiled - read)
        runs.append(done - compiled)
    return statistics.median(reads), statistics.median(compiles), statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--elements", type=int, nargs="+", default=[1000, 2400, 10000])
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    options = parser.parse_args(argv)
    print(f"{'elements':>8}  {'model':<8} {'translate s':>12} {'compile s':>10} {'run s':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for elements in options.elements:
            for kind, text in (("arrayed", arrayed(elements, options.steps)), ("scalar", scalar(elements, options.steps))):
                path = Path(folder) / f"{kind}-{elements}.xmile"
                path.write_text(text, encoding="utf-8")
                result = measure(path, options.repeats)
                if isinstance(result, str):
                    print(f"{elements:>8}  {kind:<8} refused: {result}")
                else:
                    print(f"{elements:>8}  {kind:<8} {result[0]:>12.3f} {result[1]:>10.3f} {result[2]:>8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
