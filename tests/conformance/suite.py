"""The shared SDXorg conformance suite: where it is, what it lists, and how a run is judged.

The suite lives beside the repository (../shared), not in it: a fresh clone has none, and
the tests that need it skip. Judged as PySD's own tests judge: |expected − actual| <=
1e-5 + 1e-5·|actual|, columns matched by name as XMILE compares names.
"""

from __future__ import annotations

import csv
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

from models.engine.compiled import compile_study
from storage.model_files import read_model_file
from storage.xmile.equations import canonical


def beside(*parts: str) -> Path:
    """Return where shared data sits beside the repository: in the first folder above it that holds `shared`.

    A clone at /x/repo and a worktree at /x/wt/branch both find /x/shared.
    """
    here = Path(__file__).resolve().parents[2]
    for folder in here.parents:
        candidate = folder.joinpath("shared", *parts)
        if candidate.exists():
            return candidate
    return here.parent.joinpath("shared", *parts)


# PROSPECTIVA_SHARED names another shared folder than the one found beside the clone.
SHARED = Path(os.environ.get("PROSPECTIVA_SHARED") or beside())
SUITE = SHARED / "conformance" / "sdxorg-test-models"
ABSOLUTE = RELATIVE = 1e-5

# Output columns the model file does not define, with the reason they are left out.
NOT_IN_MODEL = {
    ("smooth_and_stock", "input"): "Vensim wrote it from its own model; the XMILE file has no such variable",
    ("smooth_and_stock", "smoothed input"): "Vensim wrote it from its own model; the XMILE file has no such variable",
    ("smooth_and_stock", "smoothing time"): "Vensim wrote it from its own model; the XMILE file has no such variable",
}


# Files the reader refuses, and why; the test checks that each is refused with that reason.
REFUSED = {
    "non_negative_flows/test_non_negative_flows.xmile": "the <flow> opened at line 34 is not closed",
    "non_negative_flows/test_non_negative_flows_behavior.xmile": "the <flow> opened at line 38 is not closed",
}
WHY_REFUSED = ("not well-formed XML: a `<flow>` is never closed, so the two stocks after it would sit inside "
               "it; the canonical output has no values for those stocks")

# Files whose canonical output cannot come from the file, and the only columns that differ.
MISMATCH = {
    "active_initial/test_active_initial.xmile": (
        {"Stock A"}, "Vensim's ACTIVE INITIAL(Time, 45) was lost in conversion: the file starts Stock A at 0, "
                     "Vensim's output at 45"),
}


@dataclass(frozen=True)
class Case:
    """One model file of the suite and the output it must reproduce."""

    test: str
    status: str  # IN, NEAR or IN-MISMATCH, as the manifest says
    model: Path
    output: Path
    notes: str = ""

    @property
    def id(self) -> str:
        """Return a short name for the case: test folder and file."""
        return f"{self.test}/{self.model.name}"


@dataclass
class Verdict:
    """How one run compared with the canonical output."""

    columns: int = 0
    values: int = 0
    worst: float = 0.0  # largest |error| / tolerance; at most 1 passes
    failures: list[str] = field(default_factory=list)
    failed_columns: set[str] = field(default_factory=set)
    skipped: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """Say whether every compared value is within tolerance."""
        return not self.failures and self.values > 0


def available() -> bool:
    """Say whether the shared suite is beside the repository."""
    return (SUITE / "MANIFEST.tsv").is_file()


def cases() -> list[Case]:
    """Return every model file the manifest lists, and each Stella (.stmx) variant of it."""
    if not available():
        return []
    found: list[Case] = []
    lines = (SUITE / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t")))
        folder = SUITE / row["test_name"]
        output = folder / row["output_file"]
        found.append(Case(row["test_name"], row["status"], folder / row["xmile_file"], output, row["notes"]))
        for variant in filter(None, row["stmx_variants_kept"].split(",")):
            stmx = folder / variant.split("(")[0]
            if all(c.model != stmx for c in found):
                found.append(Case(row["test_name"], row["status"], stmx, output, "Stella file of the same model"))
    return found


def read_output(path: Path) -> tuple[list[str], list[list[str]]]:
    """Return the header and rows of a canonical output (.csv or .tab, any line ends)."""
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    lines = [line for line in text.splitlines() if line.strip()]
    delimiter = "\t" if "\t" in lines[0] else ","
    rows = list(csv.reader(lines, delimiter=delimiter))
    return [h.strip() for h in rows[0]], rows[1:]


def judge(case: Case, backend: str = "python", settings: dict[str, float] | None = None) -> Verdict:
    """Run a case's model on a back end ("python" or "native") and compare every value of the canonical output with the run.

    `settings` gives time settings the file states but the study does not keep (Vensim's SAVEPER).
    """
    study = read_model_file(case.model)
    model = compile_study(study)
    if backend == "native":
        from models.engine.native import compile_native

        model.use_native(compile_native(study, model=model))
    projection = model.run(study)
    values = projection.values[study.scenarios[0].id]
    by_label = {canonical(v.label or v.name): k for k, v in enumerate(study.variables)}
    header, rows = read_output(case.output)
    verdict = Verdict()
    time = study.time
    # Vensim writes its time settings as columns; where the file has no such variable, they are the run's own.
    settings = {"initial time": time.start, "final time": time.end, "time step": time.step, "saveper": time.step,
                **(settings or {})}
    columns = []
    for c, name in enumerate(header[1:], start=1):
        key = canonical(name)
        if key not in by_label and canonical(name.replace(".", " · ")) in by_label:
            key = canonical(name.replace(".", " · "))  # a module's variable: outputs write lynxes.births
        if key in by_label:
            columns.append((c, name, by_label[key]))
        elif key in settings:
            columns.append((c, name, settings[key]))
        elif (case.test, key) in NOT_IN_MODEL:
            verdict.skipped.append(f"{name}: {NOT_IN_MODEL[(case.test, key)]}")
        else:
            verdict.failures.append(f"column '{name}' has no variable in the model")
    verdict.columns = len(columns)
    for row in rows:
        moment = float(row[0])
        i = round((moment - time.start) / time.step)
        if not 0 <= i < time.count or not _close(moment, time.start + i * time.step):
            verdict.failures.append(f"time {moment:g} is not a time point of the run")
            continue
        for c, name, k in columns:
            cell = row[c].strip() if c < len(row) else ""
            if not cell:
                continue  # Vensim writes constants in the first row only
            expected = float(cell)
            actual = float(k) if isinstance(k, float) else float(values[k, i])
            verdict.values += 1
            if math.isnan(expected) and math.isnan(actual):
                continue
            error = abs(expected - actual) / (ABSOLUTE + RELATIVE * abs(actual))
            verdict.worst = max(verdict.worst, error if math.isfinite(error) else math.inf)
            if not error <= 1:
                verdict.failed_columns.add(name)
                verdict.failures.append(f"{name} at time {moment:g}: expected {expected:g}, got {actual:g}")
    return verdict


def _close(expected: float, actual: float) -> bool:
    return abs(expected - actual) <= ABSOLUTE + RELATIVE * abs(actual)
