"""The command line speaks the terminal's language: --help, argparse's own words and its messages."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, language: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PROSPECTIVA_LANGUAGE": language}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          encoding="utf-8", env=environment, cwd=ROOT, timeout=120)


def test_help_in_spanish():
    shown = run("run", "--help", language="es").stdout
    assert shown.startswith("uso: main.py run")
    assert "opciones:" in shown and "mostrar esta ayuda y salir" in shown
    assert "solo este escenario (se puede repetir)" in shown
    assert "only this scenario" not in shown


def test_help_in_english():
    shown = run("run", "--help", language="en").stdout
    assert shown.startswith("usage: main.py run") and "only this scenario (repeatable)" in shown


def test_an_empty_library_is_said_in_spanish(tmp_path):
    listed = run("--db", str(tmp_path / "library.sqlite"), "list", language="es")
    assert listed.returncode == 0
    assert listed.stdout.strip() == "la biblioteca aún no tiene estudios (importe uno con: main.py import ARCHIVO.json)"


def test_a_missing_argument_is_said_in_spanish():
    failed = run("run", language="es")
    assert failed.returncode == 2 and "faltan estos argumentos obligatorios: study" in failed.stderr


def test_a_broken_study_file_is_refused_in_spanish_with_its_place(tmp_path):
    broken = tmp_path / "roto.json"
    broken.write_text('{"format": "prospectiva-study", "version": 1,\n "study": {"title": "x" "time": 1}}\n', encoding="utf-8")
    refused = run("check", str(broken), language="es")
    assert refused.returncode == 1
    # The missing comma is at line 2, column 25: where the second key starts.
    assert "roto.json no se puede abrir como un estudio de Prospectiva:" in refused.stderr
    assert "línea 2, columna 25: no es JSON válido (se esperaba el separador ',')" in refused.stderr
    for english in ("cannot be opened", "line", "column", "not valid JSON", "Expecting", "delimiter"):
        assert not re.search(rf"\b{english}\b", refused.stderr), english


def test_a_study_file_with_wrong_values_is_refused_in_spanish_naming_each_field(tmp_path):
    wrong = tmp_path / "mal.json"
    wrong.write_text('{"format": "prospectiva-study", "version": 1, "study": {"title": "x", "time": {"start": 2025, '
                     '"end": 2030, "step": 0.5}, "variables": [{"name": "aid", "kind": "assumption", "value": 2.5, "min": 3}]}, '
                     '"scenarios": [{"name": "B", "assumptions": {"ayd": 2}}, {"name": "B"}]}', encoding="utf-8")
    refused = run("check", str(wrong), language="es")
    assert refused.returncode == 1
    said = refused.stderr
    assert "study.variables[0].value: 2,5 está fuera de min..max (3..)" in said
    assert "scenarios[0].assumptions.ayd: variable desconocida 'ayd' — ¿quiso decir 'aid'?" in said
    assert "scenarios[1].name: nombre repetido 'B' (también en scenarios[0].name)" in said
    for english in ("cannot be opened", "outside", "unknown variable", "did you mean", "duplicate", "also"):
        assert english not in said, english


def test_an_unknown_kind_of_file_is_refused_in_spanish(tmp_path):
    odd = tmp_path / "notas.txt"
    odd.write_text("hola", encoding="utf-8")
    refused = run("check", str(odd), language="es")
    assert refused.returncode == 1 and "tipo de archivo desconocido '.txt': elija un archivo que termine en .json" in refused.stderr
    assert "unknown kind" not in refused.stderr


def test_a_file_that_is_not_a_library_is_refused_in_spanish(tmp_path):
    notes = tmp_path / "notas.sqlite"
    notes.write_text("esto no es una base de datos", encoding="utf-8")
    refused = run("--db", str(notes), "list", language="es")
    assert refused.returncode == 2
    assert f"{notes} no es una biblioteca de Prospectiva: ni siquiera es una base de datos SQLite. No se modificó" in refused.stderr
    empty = tmp_path / "vacia.sqlite"
    empty.write_bytes(b"")
    refused = run("--db", str(empty), "list", language="es")
    assert f"{empty} es un archivo vacío (0 bytes), no una biblioteca de Prospectiva" in refused.stderr
    assert "not a Prospectiva library" not in refused.stderr and "untouched" not in refused.stderr


def test_a_study_file_s_tracking_and_foresight_sections_are_refused_in_spanish(tmp_path):
    wrong = tmp_path / "secciones.json"
    wrong.write_text(
        '{"format": "prospectiva-study", "version": 2, "study": {"title": "x", "time": {"start": 2025, "end": 2030, "step": 1},'
        ' "variables": [{"name": "aid", "kind": "assumption", "value": 2, "min": 0, "max": 10}],'
        ' "actuals": [{"variable": "aid", "time": 2040.5, "value": 1}],'
        ' "signposts": [{"name": "s", "variable": "aid", "condition": {"kind": "above"}, "points_to": []}],'
        ' "drivers": [{"name": "d", "category": "economic", "impact": 3, "uncertainty": 3, "assumptions": ["ayd"]}]},'
        ' "scenarios": [{"name": "B"}]}', encoding="utf-8")
    said = run("check", str(wrong), language="es").stderr
    assert "study.actuals[0].time: 2040,5 está fuera del eje de tiempo (2025–2030)" in said
    assert "study.signposts[0].condition.value: obligatorio para 'above' (el umbral)" in said
    assert "study.drivers[0].assumptions[0]: 'ayd' no es un supuesto del modelo — ¿quiso decir 'aid'?" in said
    for english in ("outside the time axis", "required for", "threshold", "is not an assumption", "did you mean"):
        assert english not in said, english


def test_a_broken_xmile_model_is_refused_in_spanish_at_its_line(tmp_path):
    model = tmp_path / "roto.xmile"
    model.write_text('<?xml version="1.0"?>\n<xmile>\n  <model>\n</xmile>\n', encoding="utf-8")
    refused = run("check", str(model), language="es")
    assert refused.returncode == 1
    # <model> opened at line 3 is closed by </xmile> at line 4, column 3.
    assert "roto.xmile no se puede abrir como un modelo (XMILE):" in refused.stderr
    assert "XML mal formado en la línea 4, columna 3" in refused.stderr
    assert "(el <model> abierto en la línea 3 no se cierra)" in refused.stderr
    assert "not well-formed" not in refused.stderr and "cannot be opened" not in refused.stderr


def test_an_unknown_study_or_scenario_is_said_in_spanish(tmp_path):
    db = str(tmp_path / "biblioteca.sqlite")
    missing = run("--db", db, "run", "Nada", language="es")
    assert missing.returncode == 1
    assert 'no hay ningún estudio "Nada" en la biblioteca, que aún no tiene estudios' in missing.stderr
    sample = ROOT / "resources" / "samples" / "bolivia-paz-pivot.es.json"
    unknown = run("run", str(sample), "--scenario", "Otro", language="es")
    assert unknown.returncode == 1
    assert "escenario desconocido 'Otro' en \"Bolivia: el giro de Paz\" (escenarios: " in unknown.stderr


def test_an_xmile_model_with_an_unknown_name_is_refused_in_spanish_at_its_line_and_column(tmp_path):
    model = tmp_path / "modelo.xmile"
    model.write_text('<?xml version="1.0" encoding="utf-8"?>\n'
                     '<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">\n'
                     '  <header><name>m</name></header>\n'
                     '  <sim_specs><start>0</start><stop>10</stop><dt>1</dt></sim_specs>\n'
                     '  <model><variables>\n'
                     '    <aux name="growth"><eqn>2 * rate</eqn></aux>\n'
                     '    <aux name="rates"><eqn>3</eqn></aux>\n'
                     '  </variables></model>\n'
                     '</xmile>\n', encoding="utf-8")
    refused = run("check", str(model), language="es")
    assert refused.returncode == 1
    # "rate" starts at column 5 of the equation "2 * rate", written on line 6.
    assert "línea 6, aux 'growth', columna 5: nombre desconocido 'rate' — ¿quiso decir 'rates'?" in refused.stderr
    assert "unknown name" not in refused.stderr and "did you mean" not in refused.stderr


def test_a_broken_vensim_model_is_refused_in_spanish_naming_the_line(tmp_path):
    model = tmp_path / "roto.mdl"
    model.write_text("{UTF-8}\nx = 3 +\n\t~\t~\t|\n\nINITIAL TIME = 0\n\t~\t~\t|\n\nTIME STEP = 1\n\t~\t~\t|\n\n"
                     "\\\\\\---/// Sketch information\n", encoding="utf-8")
    refused = run("check", str(model), language="es")
    assert refused.returncode == 1
    said = refused.stderr
    assert "roto.mdl no se puede abrir como un modelo (Vensim .mdl):" in said
    assert "línea 2, 'x': elemento inesperado: el final de la ecuación" in said  # "3 +" ends where a term should be
    assert "el modelo no fija FINAL TIME" in said
    assert "line 2" not in said and "does not set" not in said and "the end of the equation" not in said


def test_an_unclosed_vensim_macro_is_refused_in_spanish(tmp_path):
    model = tmp_path / "macro.mdl"
    model.write_text("{UTF-8}\n:MACRO: DOUBLE(a)\nDOUBLE = 2 * a\n\t~\t~\t|\n\nx = DOUBLE(3)\n\t~\t~\t|\n\n"
                     "INITIAL TIME = 0\n\t~\t~\t|\n\nFINAL TIME = 2\n\t~\t~\t|\n\nTIME STEP = 1\n\t~\t~\t|\n", encoding="utf-8")
    said = run("check", str(model), language="es").stderr
    # With no :END OF MACRO:, the rest of the file is the macro's: the time settings go missing with it.
    assert "línea 2, macro 'DOUBLE': la macro nunca se cierra con :END OF MACRO:" in said
    assert "el modelo no fija INITIAL TIME" in said
    assert "never closed" not in said


def test_an_xmile_array_over_an_unknown_dimension_is_refused_in_spanish(tmp_path):
    model = tmp_path / "arreglo.xmile"
    model.write_text('<?xml version="1.0" encoding="utf-8"?>\n'
                     '<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">\n'
                     '  <header><name>m</name></header>\n'
                     '  <sim_specs><start>0</start><stop>2</stop><dt>1</dt></sim_specs>\n'
                     '  <dimensions><dim name="region"><elem name="north"/><elem name="south"/></dim></dimensions>\n'
                     '  <model><variables>\n'
                     '    <aux name="pop"><dimensions><dim name="city"/></dimensions><eqn>1</eqn></aux>\n'
                     '  </variables></model>\n'
                     '</xmile>\n', encoding="utf-8")
    said = run("check", str(model), language="es").stderr
    assert "línea 7, 'pop': 'city' no es una dimensión ni un elemento" in said  # "pop" is declared on line 7
    assert "is not a dimension" not in said


def test_a_run_too_large_for_memory_is_refused_in_spanish_with_both_figures():
    hostile = ROOT / "tests" / "data" / "hostile" / "million-steps-fifty-variables.json"
    refused = run("check", str(hostile), language="es")
    assert refused.returncode == 1
    # 1.000.000 time points × 51 variables at 160 bytes a value: 7,6 GB against 2,0 GB, with Spanish separators.
    assert "una corrida de 1.000.000 puntos de tiempo × 51 variables × 1 escenario necesita unos 7,6 GB; el límite es 2,0 GB" in refused.stderr
    assert "needs about" not in refused.stderr
