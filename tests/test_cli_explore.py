"""`explore` from the command line: an ensemble across the sliders, and the box PRIM finds, said in words."""

from __future__ import annotations

import json
import re

import main
from models.domain import Variable
from models.explore.ensemble import parse_question
from models.explore.exploration import Exploration
from models.explore.rerun import rerun
from storage.interchange import read_study_file, study_to_dict, write_study_file
from tests.models.helpers import aux, study_of


def write_box_study(tmp_path):
    study = study_of(Variable("reform", "assumption", value=0.5, min=0, max=1, label="Reform pace"),
                     Variable("aid", "assumption", value=0.5, min=0, max=1),
                     aux("failure", "if(reform < 0.3 and aid > 0.6, 1, 0)"), end=2.0)
    path = tmp_path / "box.json"
    path.write_text(json.dumps(study_to_dict(study)), encoding="utf-8")
    return path


def test_explore_names_the_assumptions_that_make_the_condition_hold(tmp_path, capsys):
    assert main.main(["explore", str(write_box_study(tmp_path)), "--where", "failure > 0.5", "--runs", "20000", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "question: failure > 0.5 at 2" in out
    assert "20,000 runs (seed 1) across 2 assumptions" in out
    ranges = {m[1]: (float(m[2]), float(m[3])) for m in re.finditer(r"^\s+(.+?): (\S+) to (\S+) \(of", out, re.M)}
    assert set(ranges) == {"Reform pace", "aid"}  # labels where the study has them
    assert ranges["Reform pace"][0] == 0 and 0.25 <= ranges["Reform pace"][1] <= 0.31  # built: reform < 0.3
    assert 0.59 <= ranges["aid"][0] <= 0.66 and ranges["aid"][1] == 1  # built: aid > 0.6


def test_explore_refuses_an_unknown_variable_with_a_message(tmp_path, capsys):
    assert main.main(["explore", str(write_box_study(tmp_path)), "--where", "growth < 0", "--workers", "1"]) == 1
    assert "'growth', which is not a variable of the study" in capsys.readouterr().err


def test_explore_until_asks_whether_the_condition_holds_at_any_time_of_the_stretch(tmp_path, capsys):
    # `level` grows by `pace` a year from 0: above 2 at any time from year 1 to 5 exactly when pace > 0.4.
    study = study_of(Variable("pace", "assumption", value=0.5, min=0, max=1),
                     Variable("noise", "assumption", value=0.5, min=0, max=1),
                     Variable("level", "stock", initial="0", equation="pace"), end=10.0)
    path = tmp_path / "rising.json"
    path.write_text(json.dumps(study_to_dict(study)), encoding="utf-8")
    assert main.main(["explore", str(path), "--where", "level > 2", "--at", "1", "--until", "5", "--runs", "10000", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "question: level > 2 at any time from 1 to 5" in out
    ranges = {m[1]: (float(m[2]), float(m[3])) for m in re.finditer(r"^\s+(.+?): (\S+) to (\S+) \(of", out, re.M)}
    assert set(ranges) == {"pace"} and 0.39 <= ranges["pace"][0] <= 0.45 and ranges["pace"][1] == 1


def test_a_saved_exploration_runs_again_from_the_file_and_finds_its_box(tmp_path, capsys):
    study = read_study_file(write_box_study(tmp_path))
    question = parse_question(study, "failure > 0.5", None)
    # Save an exploration whose box is one its own ensemble gives; then only the file is used.
    saved = Exploration("Where failure", study.scenarios[0].id, question, 6_000, 4, {})
    _, trajectory, _ = rerun(study, saved)
    box = trajectory.best(0.5)
    saved.box = box.restricted(trajectory.bounds)
    study.foresight.explorations.append(saved)
    path = tmp_path / "saved.json"
    write_study_file(study, path)
    assert main.main(["explore", str(path), "--saved", "Where failure", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "6,000 runs (seed 4)" in out
    assert f"the saved box of 'Where failure' is found again, box {trajectory.boxes.index(box)} of the trajectory" in out
    assert main.main(["explore", str(path), "--saved", "Elsewhere", "--workers", "1"]) == 1
    assert "no saved exploration 'Elsewhere' (saved: 'Where failure')" in capsys.readouterr().err


def test_explore_speaks_spanish_with_decimal_commas(tmp_path):
    from tests.test_cli_language import run

    done = run("explore", str(write_box_study(tmp_path)), "--where", "failure > 0.5", "--runs", "20000", "--workers", "1",
               language="es")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "pregunta: failure > 0,5 en 2" in out
    assert "20.000 corridas (semilla 1) sobre 2 supuestos: la condición se cumplió en" in out
    assert "Trayectoria de PRIM" in out and "cobertura" in out and "densidad" in out
    # Each narrowed assumption's range, with a decimal comma: reform < 0.3 and aid > 0.6 built the condition.
    ranges = {m[1]: (float(m[2].replace(",", ".")), float(m[3].replace(",", ".")))
              for m in re.finditer(r"^\s+(.+?): (\S+) a (\S+) \(de 0 a 1\); solo por azar: ", out, re.M)}
    assert set(ranges) == {"Reform pace", "aid"}
    assert 0.25 <= ranges["Reform pace"][1] <= 0.31 and 0.59 <= ranges["aid"][0] <= 0.66
    for english in ("question", "runs", "seed", "across", "assumptions", "condition held", "trajectory", "coverage",
                    "density", "by chance", " to ", "0.5"):
        assert english not in out, english


def test_a_bad_condition_is_refused_in_spanish(tmp_path):
    from tests.test_cli_language import run

    done = run("explore", str(write_box_study(tmp_path)), "--where", "growth < 0", "--workers", "1", language="es")
    assert done.returncode == 1
    assert "la condición nombra 'growth', que no es una variable del estudio" in done.stderr
    assert "which is not" not in done.stderr


def test_an_out_that_is_a_file_is_refused_in_spanish(tmp_path):
    import pytest

    pytest.importorskip("pyarrow", reason="--out writes Parquet, which needs pyarrow (the 'cluster' extra)")
    from tests.test_cli_language import run

    taken = tmp_path / "notas.txt"
    taken.write_text("x", encoding="utf-8")
    done = run("explore", str(write_box_study(tmp_path)), "--where", "failure > 0.5", "--runs", "100", "--workers", "1",
               "--out", str(taken), language="es")
    assert done.returncode == 1
    assert f"{taken}: es un archivo; --out recibe una carpeta para las partes Parquet" in done.stderr
    assert "this is a file" not in done.stderr
