"""One definition of an acceptable study: what `check`, importing and opening a study all ask.

A study is acceptable when its equations check, both back ends compile, and a run of all its
scenarios fits in memory. Every failure is a Problem with a place, never an exception.
"""

from __future__ import annotations

from models.domain import Study
from models.engine.compiled import ModelError, compile_study
from models.formatting import localise
from models.i18n import fill, translate
from models.language.checker import Problem

MEMORY_LIMIT = 2 * 2**30  # bytes a run may use: what a laptop can spare beside the window
# Measured on a 5,000,000-value run: a projected value costs about 50 bytes while the run holds
# it (a Python float in a row, then an array cell) and 160 once it is a table written as CSV.
BYTES_PER_VALUE = 160
# Samples are simulated in blocks (see montecarlo.py); what stays is the summary: a mean and five
# percentiles per value, each in float64, and their table.
BYTES_PER_SUMMARY = 6 * 8 + 200


def run_bytes(study: Study, scenarios: int | None = None, samples: int | None = None) -> int:
    """Return about how many bytes a run of `scenarios` scenarios (all by default) would use."""
    count = len(study.scenarios) if scenarios is None else scenarios
    values = study.time.count * len(study.variables) * max(count, 1)
    return values * (BYTES_PER_VALUE + (BYTES_PER_SUMMARY if samples else 0))


def bound_problems(study: Study, scenarios: int | None = None, samples: int | None = None) -> list[Problem]:
    """Return a problem when a run would need more memory than MEMORY_LIMIT, saying both figures."""
    needed = run_bytes(study, scenarios, samples)
    if needed <= MEMORY_LIMIT:
        return []
    count = len(study.scenarios) if scenarios is None else scenarios
    sentence = (translate("Checker", "a run of %1 time points × %2 variables × %3 scenario needs about %4; the limit is %5 "
                                     "(use a longer time step, fewer variables or fewer scenarios)") if max(count, 1) == 1 else
                translate("Checker", "a run of %1 time points × %2 variables × %3 scenarios needs about %4; the limit is %5 "
                                     "(use a longer time step, fewer variables or fewer scenarios)"))
    return [Problem("", "time", fill(sentence, localise(f"{study.time.count:,}"), localise(f"{len(study.variables):,}"),
                                     localise(f"{max(count, 1):,}"), _size(needed), _size(MEMORY_LIMIT)))]


def study_problems(study: Study, bounds: bool = True) -> list[Problem]:
    """Return every reason the study cannot be run as it is (empty when it can): check, compile, memory.

    Without `bounds` the cost of a run is not judged (for a study whose time axis is itself wrong).
    """
    try:
        model = compile_study(study)
        model.vectorised()  # the sampling back end compiles too, before anyone asks for bands
    except ModelError as error:
        return list(error.problems)
    return bound_problems(study) if bounds else []


def require_runnable(study: Study, scenarios: int | None = None, samples: int | None = None) -> None:
    """Raise ModelError when a run of `scenarios` scenarios (with `samples`) would not fit in memory."""
    problems = bound_problems(study, scenarios, samples)
    if problems:
        raise ModelError(problems)


def _size(count: int) -> str:
    return localise(f"{count / 2**30:,.1f} GB" if count >= 2**30 else f"{count / 2**20:,.0f} MB")
