"""Hostile and unlucky files: each gets a clean message with its place, or works end to end."""

from __future__ import annotations

import csv
import io

import pytest

import main
from models.engine import codegen
from models.engine.acceptance import MEMORY_LIMIT, run_bytes, study_problems
from models.engine.compiled import ModelError, compile_study
from storage.model_files import read_model_file
from tests.hostile import (
    HOSTILE,
    long_sum,
    parent_chain,
    parent_cycle,
    study_document,
    write_json,
)
from tests.models.helpers import aux, study_of
from tests.storage.xmile_helpers import aux as xmile_aux
from tests.storage.xmile_helpers import write, xmile


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _end_to_end(capsys, tmp_path, path, title: str) -> list[dict]:
    """Check, run, import and export a file; return the exported CSV's rows."""
    db = str(tmp_path / "library.sqlite3")
    code, out, err = _cli(capsys, "check", str(path))
    assert code == 0 and "ok" in out, err
    code, out, err = _cli(capsys, "run", str(path))
    assert code == 0, err
    code, _, err = _cli(capsys, "--db", db, "import", str(path))
    assert code == 0, err
    exported = tmp_path / "out.csv"
    code, _, err = _cli(capsys, "--db", db, "export", title, "--out", str(exported))
    assert code == 0, err
    return list(csv.DictReader(io.StringIO(exported.read_text(encoding="utf-8"))))


def _value(rows: list[dict], variable: str, time: str = "0", scenario: str | None = None) -> float:
    return next(float(r["value"]) for r in rows
                if r["variable"] == variable and r["time"] == time and scenario in (None, r["scenario"]))


# -- long sums ------------------------------------------------------------------------------------

def test_a_sum_of_202_terms_goes_from_check_to_export(capsys, tmp_path):
    rows = _end_to_end(capsys, tmp_path, HOSTILE / "sum-of-202-terms.json", "Hostile")
    assert _value(rows, "s") == 202


def test_a_sum_of_10000_terms_goes_from_check_to_export(capsys, tmp_path):
    path = write_json(tmp_path / "sum-10000.json", long_sum(10_000))
    rows = _end_to_end(capsys, tmp_path, path, "Hostile")
    assert _value(rows, "s", time="10") == 10_000


def test_an_xmile_sum_of_600_terms_imports_and_runs(capsys, tmp_path):
    path = write(tmp_path, xmile(xmile_aux("a", "2") + xmile_aux("s", " + ".join(["a"] * 600))))
    rows = _end_to_end(capsys, tmp_path, path, "Test model")
    assert _value(rows, "s") == 1_200


def test_a_model_python_cannot_compile_is_a_problem_naming_the_equation(monkeypatch):
    # Without named parts, a 5,000-term sum is deeper than CPython's compiler goes (as before the fix).
    monkeypatch.setattr(codegen, "MAX_NESTING", 10**9)
    study = study_of(aux("small", "1 + 2"), aux("huge", " + ".join(["small"] * 5_000)))
    with pytest.raises(ModelError) as raised:
        compile_study(study)
    (problem,) = raised.value.problems
    assert (problem.variable, problem.field) == ("huge", "equation")
    assert "cannot be compiled" in problem.message
    assert [p.variable for p in study_problems(study)] == ["huge"]


# -- numbers Python cannot hold -------------------------------------------------------------------

def test_an_integer_of_5001_digits_is_refused_in_its_place(capsys):
    code, _, err = _cli(capsys, "check", str(HOSTILE / "integer-of-5001-digits.json"))
    assert code == 1
    assert "study.time.end: should be a finite number" in err
    assert "Traceback" not in err


def test_an_xmile_stop_of_infinity_is_refused_in_its_place(capsys):
    code, _, err = _cli(capsys, "check", str(HOSTILE / "stop-infinite.xmile"))
    assert code == 1 and "<stop>: 'inf' is not a finite number" in err


def test_an_xmile_graph_with_a_nan_point_is_refused_in_its_place(capsys):
    code, _, err = _cli(capsys, "check", str(HOSTILE / "graph-point-nan.xmile"))
    assert code == 1 and "aux 'g': <ypts> should be finite numbers" in err


# -- runs too large for memory --------------------------------------------------------------------

def test_a_3_kb_file_whose_run_needs_gigabytes_is_refused_by_check_with_both_figures(capsys):
    path = HOSTILE / "million-steps-fifty-variables.json"
    assert path.stat().st_size < 4_000
    code, _, err = _cli(capsys, "check", str(path))
    assert code == 1
    # 1,000,000 time points x 51 variables at 160 bytes a value: 7.6 GB against 2.0 GB.
    assert "1,000,000 time points × 51 variables × 1 scenario needs about 7.6 GB; the limit is 2.0 GB" in err


def test_the_memory_estimate_grows_with_each_factor(tmp_path):
    study = read_model_file(write_json(tmp_path / "s.json", long_sum(3)))
    one = run_bytes(study)
    assert run_bytes(study, scenarios=4) == 4 * one
    assert run_bytes(study, samples=1000) > one
    assert one < MEMORY_LIMIT


def test_run_refuses_too_many_scenarios_before_starting(capsys, tmp_path):
    variables = [{"name": "a", "kind": "assumption", "value": 1}]
    variables += [{"name": f"x{i}", "kind": "auxiliary", "equation": "a"} for i in range(99)]
    scenarios = [{"name": f"s{i}"} for i in range(14)]
    # 100,001 points x 100 variables x 1 scenario is 1.5 GB and passes; all 14 scenarios would need 21 GB.
    document = study_document(variables, scenarios, time={"start": 0, "end": 100_000, "step": 1})
    path = write_json(tmp_path / "wide.json", document)
    code, _, err = _cli(capsys, "check", str(path))
    assert code == 1 and "× 14 scenarios needs about" in err


# -- hangs ----------------------------------------------------------------------------------------

def test_a_1000_deep_parent_chain_checks_runs_and_inherits(capsys, tmp_path):
    path = write_json(tmp_path / "chain.json", parent_chain(1_000))
    rows = _end_to_end(capsys, tmp_path, path, "Hostile")
    assert _value(rows, "b", scenario="s999") == 3.0  # a = 1.5 set by s0, a thousand generations up


def test_a_1000_scenario_parent_cycle_is_reported_once_with_its_path(capsys, tmp_path):
    path = write_json(tmp_path / "cycle.json", parent_cycle(1_000))
    code, _, err = _cli(capsys, "check", str(path))
    assert code == 1
    assert err.count("parents form a cycle") == 1
    assert "scenarios[0].parent: parents form a cycle: s0 → s1 → s2" in err and "s999 → s0" in err


def test_a_megabyte_of_newlines_in_an_xmile_doc_is_read_whole(tmp_path):
    path = write(tmp_path, xmile(xmile_aux("a", "1", extra="<doc>x" + "\n" * 2**20 + "y</doc>")))
    study = read_model_file(path)
    assert study.variables[0].description.startswith("x" + "\n" * 2**20 + "y")


def test_a_model_too_large_to_check_within_seconds_is_refused_as_a_whole(tmp_path, capsys):
    variables = [{"name": "a", "kind": "assumption", "value": 1}]
    variables += [{"name": f"x{i}", "kind": "auxiliary", "equation": "a"} for i in range(5_000)]
    path = write_json(tmp_path / "many.json", study_document(variables))
    code, _, err = _cli(capsys, "check", str(path))
    assert code == 1 and "study.variables: 5,001 variables; at most 5,000 are allowed" in err
    equation = " + ".join(["a"] * 20_000)  # 79,997 characters, under one equation's limit
    variables = [{"name": "a", "kind": "assumption", "value": 1}]
    variables += [{"name": f"x{i}", "kind": "auxiliary", "equation": equation} for i in range(7)]
    path = write_json(tmp_path / "long.json", study_document(variables))
    code, _, err = _cli(capsys, "check", str(path))
    assert code == 1 and "study.variables: the equations have 559,979 characters in all; at most 500,000" in err


def test_files_with_too_many_parts_are_refused_by_counting(tmp_path, capsys):
    scenarios = [{"name": f"s{i}"} for i in range(10_001)]
    path = write_json(tmp_path / "scenarios.json", study_document([{"name": "a", "kind": "assumption", "value": 1}], scenarios))
    code, _, err = _cli(capsys, "check", str(path))
    assert code == 1 and "scenarios: 10,001 scenarios; at most 10,000 are allowed" in err
    points = [[i, 1.0] for i in range(600_000)]
    document = study_document([{"name": "a", "kind": "assumption", "value": 1, "path": points}],
                              [{"name": "s", "assumptions": {"a": {"path": points}}}])
    code, _, err = _cli(capsys, "check", str(write_json(tmp_path / "points.json", document)))
    assert code == 1 and "(file): 1,200,000 path points in all; at most 1,000,000 are allowed" in err
    many = write(tmp_path, xmile("".join(xmile_aux(f"v{i}", "1") for i in range(5_003))))
    code, _, err = _cli(capsys, "check", str(many))
    assert code == 1 and "the model has 5,003 variables; at most 5,000 are allowed" in err


def test_xmile_chains_that_nest_are_refused_in_their_place(tmp_path, capsys):
    for chain in (" MOD 5" * 1_500, " < 5" * 1_500, " ^ 1" * 1_500):
        path = write(tmp_path, xmile(xmile_aux("a", "7") + xmile_aux("s", "a" + chain)))
        code, _, err = _cli(capsys, "check", str(path))
        assert code == 1 and ("aux 's'" in err or "'s' after translation" in err)
        assert "nested too deeply (more than 60 levels)" in err
