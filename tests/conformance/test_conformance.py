"""Every model of the shared SDXorg suite reproduces its canonical output, or is refused for a stated reason."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest

import main
from models.engine import native
from models.engine.compiled import compile_study
from storage.errors import XmileError
from storage.model_files import read_model_file
from tests.conformance.suite import (
    MISMATCH,
    REFUSED,
    SUITE,
    available,
    cases,
    judge,
    read_output,
)
from tests.conformance.write_table import DOC, table

pytestmark = pytest.mark.skipif(not available(), reason=f"the shared conformance suite is not beside this clone ({SUITE})")

CASES = cases()
RUN = [c for c in CASES if c.id not in REFUSED and c.id not in MISMATCH]


def test_the_suite_lists_every_model_file_it_holds():
    listed = {c.model.name for c in CASES}
    on_disk = {p.name for p in SUITE.glob("*/*") if p.suffix in (".xmile", ".stmx")}
    assert listed == on_disk


BACKENDS = ["python", pytest.param("native", marks=pytest.mark.skipif(not native.available(), reason="llvmlite is not installed"))]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("case", RUN, ids=lambda c: c.id)
def test_model_reproduces_its_canonical_output(case, backend):
    verdict = judge(case, backend)
    assert verdict.values > 0
    assert not verdict.failures, "\n".join(verdict.failures[:10])


@pytest.mark.skipif(not native.available(), reason="llvmlite is not installed")
@pytest.mark.parametrize("case", [c for c in CASES if c.id not in REFUSED], ids=lambda c: c.id)
def test_the_native_back_end_gives_the_python_numbers(case):
    from models.engine.native import compile_native

    study = read_model_file(case.model)
    model = compile_study(study)
    python = model.run(study).values[study.scenarios[0].id]
    native = compile_native(study, model=model).run(study).values[study.scenarios[0].id]
    both_nan = np.isnan(python) & np.isnan(native)
    assert np.all(np.isclose(native, python, rtol=1e-12, atol=0.0) | both_nan)


@pytest.mark.parametrize("case", [c for c in CASES if c.id in REFUSED], ids=lambda c: c.id)
def test_a_broken_file_is_refused_with_its_place_not_run(case):
    with pytest.raises(XmileError, match=REFUSED[case.id]):
        read_model_file(case.model)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("case", [c for c in CASES if c.id in MISMATCH], ids=lambda c: c.id)
def test_an_output_the_file_cannot_produce_differs_only_where_expected(case, backend):
    verdict = judge(case, backend)
    columns, _ = MISMATCH[case.id]
    assert verdict.failed_columns == columns


def test_the_published_table_is_current():
    assert DOC.read_text(encoding="utf-8") == table(), "run: python -m tests.conformance.write_table"


def test_the_command_line_prints_the_canonical_teacup_curve(capsys):
    assert main.main(["run", str(SUITE / "teacup" / "teacup.xmile")]) == 0
    rows = [r for r in csv.DictReader(io.StringIO(capsys.readouterr().out)) if r["variable"] == "teacup_temperature"]
    header, expected = read_output(SUITE / "teacup" / "output.csv")
    column = header.index("Teacup Temperature")
    assert len(rows) == len(expected) == 241
    for row, canonical_row in zip(rows, expected):
        assert float(row["time"]) == float(canonical_row[0])
        assert abs(float(row["value"]) - float(canonical_row[column])) <= 1e-5 + 1e-5 * abs(float(row["value"]))
