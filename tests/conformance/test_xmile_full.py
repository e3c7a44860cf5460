"""Every XMILE and Stella model of the full SDXorg suite that has an expected output does what xmile_full.tsv says.

The table lists each file with `pass`, `refused` (and a reason the refusal must name) or `differs`
(it runs, but its canonical output cannot come from the file). A file that starts to pass, or is no
longer refused, fails here until the table says so, so a gain is recorded as surely as a loss.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from storage.errors import XmileError
from storage.model_files import read_model_file
from tests.conformance.suite import Case, beside, judge

FULL = beside("conformance", "sdxorg-full")
TABLE = Path(__file__).with_name("xmile_full.tsv")
PASS_FLOOR = 69  # of 91; 63 before modules and arrays were read


def _expected() -> dict[str, tuple[str, str]]:
    lines = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {row["file"]: (row["expected"], row["reason"] or "") for row in csv.DictReader(lines, delimiter="\t")}


def _cases() -> list[Case]:
    found = []
    for model in sorted([*FULL.glob("*/*/*.xmile"), *FULL.glob("*/*/*.stmx")]):
        outputs = [p for p in (model.parent / "output.tab", model.parent / "output.csv") if p.exists()]
        if outputs:  # a model without one (some samples) has nothing to be compared with
            found.append(Case(model.parent.name, "", model, outputs[0]))
    return found


def _key(case: Case) -> str:
    return case.model.relative_to(FULL).as_posix()


EXPECTED = _expected()
CASES = _cases()
pytestmark = pytest.mark.skipif(not CASES, reason=f"the full SDXorg suite is not beside this clone ({FULL})")


@pytest.mark.parametrize("case", CASES, ids=_key)
def test_each_model_passes_or_is_refused_or_differs_as_the_table_says(case):
    assert _key(case) in EXPECTED, f"{_key(case)} is not in {TABLE.name}: add it"
    expected, reason = EXPECTED[_key(case)]
    if expected == "refused":
        try:
            read_model_file(case.model)
        except XmileError as error:
            assert any(reason in p for p in error.problems), error.problems
            return
        pytest.fail(f"{_key(case)} is now read: say in {TABLE.name} whether it passes")
    verdict = judge(case)
    if expected == "pass":
        assert verdict.values > 0
        assert not verdict.failures, "\n".join(verdict.failures[:10])
    else:
        assert expected == "differs" and reason, f"{_key(case)}: unknown expectation {expected!r}"
        assert not verdict.passed, f"{_key(case)} now passes: say so in {TABLE.name}"


def test_the_table_lists_exactly_the_suite_and_at_least_the_floor_passes():
    assert set(EXPECTED) == {_key(c) for c in CASES}
    assert sum(expected == "pass" for expected, _ in EXPECTED.values()) >= PASS_FLOOR
    assert all(reason for expected, reason in EXPECTED.values() if expected != "pass")
