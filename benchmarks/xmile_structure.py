"""Print how long importing takes as modules and macro calls grow, to see that it grows in step with the file.

Run: python benchmarks/xmile_structure.py

Each model is written to a temporary folder and read (flattened or expanded, translated and
checked) in this process; the figures are the best of three, side by side with the file's size,
so a time per variable that stays flat means the import is linear.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage.model_files import read_model_file  # noqa: E402
from tests.storage.xmile_helpers import aux, flow, stock, xmile  # noqa: E402

ACCOUNT = ('<model name="account"><variables>' + stock("balance", "100", inflows=["interest"])
           + flow("interest", "balance * rate") + aux("rate", "{in}") + "</variables></model>")
ACCUM = ('<macro name="accum"><parm>rate</parm><eqn>level</eqn><variables>'
         '<stock name="level"><eqn>0</eqn><inflow>gain</inflow></stock>'
         '<flow name="gain"><eqn>rate</eqn></flow></variables></macro>')


def modular(count: int) -> str:
    """Return a model with `count` modules of one definition, each connected to the root's rate."""
    modules = "".join(f'<module name="a{k}" model="account"><connect to="rate" from=".rate"/></module>'
                      for k in range(count))
    return xmile(aux("rate", "0.01") + modules).replace("</xmile>", ACCOUNT + "</xmile>")


def with_macros(count: int) -> str:
    """Return a model with `count` variables, each calling a macro that holds a stock."""
    return xmile("".join(aux(f"v{k}", f"accum({k})") for k in range(count)), top=ACCUM)


def best_of_three(path: Path) -> tuple[float, int]:
    """Return the best import time in seconds, and how many variables the study has."""
    times, size = [], 0
    for _ in range(3):
        began = time.perf_counter()
        study = read_model_file(path)
        times.append(time.perf_counter() - began)
        size = len(study.variables)
    return min(times), size


def main() -> None:
    """Print the figures."""
    print(f"{'model':<22}{'file KB':>9}{'variables':>11}{'ms':>9}{'µs/variable':>13}")
    with tempfile.TemporaryDirectory() as folder:
        for what, build in (("modules", modular), ("macro calls", with_macros)):
            for count in (250, 500, 1000):
                path = Path(folder) / f"{what.replace(' ', '_')}_{count}.xmile"
                path.write_text(build(count), encoding="utf-8")
                seconds, size = best_of_three(path)
                print(f"{f'{count} {what}':<22}{path.stat().st_size / 1024:>9.0f}{size:>11}"
                      f"{seconds * 1000:>9.0f}{seconds * 1e6 / size:>13.0f}")


if __name__ == "__main__":
    main()
