"""`main.py track` ranks the scenarios against the actuals and prints the signposts' states."""

from __future__ import annotations

import main
from tests.test_cli import SAMPLE


def test_track_ranks_the_sample_scenarios_on_the_briefs_figures(capsys):
    assert main.main(["track", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    # US aid of about USD 100 M/yr is what three scenarios assume; "Stalled" has 70, "Great-power contest" 160.
    assert lines[0] == 'Tracking "Bolivia: the Paz Pivot" against 3 actuals'
    assert lines[4].lstrip().startswith("4. Stalled reform and unrest")
    assert lines[5].lstrip().startswith("5. Great-power contest")
    assert "error 0.000" in lines[1]
    assert "Social unrest flares: social_unrest above 60 → Stalled reform and unrest: not seen" in out


def test_track_with_more_actuals_shows_the_conversion_and_a_triggered_signpost(tmp_path, capsys):
    csv = tmp_path / "seen.csv"
    csv.write_text("variable,time,value,source\nsocial_unrest,Q2 2026,55,poll\nsocial_unrest,Q3 2026,64.5,poll\n",
                   encoding="utf-8")
    assert main.main(["track", str(SAMPLE), "--actuals", str(csv)]) == 0
    out = capsys.readouterr().out
    assert "seen.csv, row 2: Q2 2026 → 2026.25" in out
    assert "Social unrest flares: social_unrest above 60 → Stalled reform and unrest: triggered at 2026.5 (64.5 from poll)" in out
    assert "against 5 actuals" in out


def test_track_refuses_actuals_off_the_axis_with_the_place(tmp_path, capsys):
    csv = tmp_path / "late.csv"
    csv.write_text("variable,time,value\nsocial_unrest,2040,55\n", encoding="utf-8")
    assert main.main(["track", str(SAMPLE), "--actuals", str(csv)]) == 1
    assert "row 2, time: 2040 is outside the time axis (2025–2036.5)" in capsys.readouterr().err


def test_track_works_on_a_library_study(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert main.main(["--db", db, "import", str(SAMPLE)]) == 0
    capsys.readouterr()
    assert main.main(["--db", db, "track", "Bolivia: the Paz Pivot"]) == 0
    assert "Signposts:" in capsys.readouterr().out


def test_track_computes_the_band_a_band_signpost_watches(tmp_path, capsys):
    import json

    # y = x, and x is uniform on 8–12: the 90 % band of y is 8.2 to 11.8 at every time.
    document = {
        "format": "prospectiva-study", "version": 2,
        "study": {"title": "Band", "time": {"start": 2025, "end": 2030, "step": 1},
                  "variables": [{"name": "x", "kind": "assumption", "value": 10,
                                 "distribution": {"type": "uniform", "low": 8, "high": 12}},
                                {"name": "y", "kind": "auxiliary", "equation": "x"}],
                  "actuals": [{"variable": "y", "time": 2026, "value": 11.0, "source": "a"},
                              {"variable": "y", "time": 2027, "value": 12.5, "source": "b"}],
                  "signposts": [{"name": "Leaves the base band", "variable": "y",
                                 "condition": {"kind": "outside_band", "scenario": "Base"}, "points_to": ["High"]}]},
        "scenarios": [{"name": "Base"}, {"name": "High", "assumptions": {"x": 13}}],
    }
    path = tmp_path / "band.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main.main(["track", str(path), "--samples", "2000"]) == 0
    out = capsys.readouterr().out
    assert "Leaves the base band: y outside Base's 90 % band → High: triggered at 2027 (12.5 from b, above the band)" in out
    assert "(bands: 5th to 95th percentile of 2000 Monte Carlo samples, seed 1)" in out


def test_a_csv_export_puts_the_actuals_beside_it_in_the_shape_track_reads(tmp_path, capsys):
    from storage.interchange import read_study_file
    from storage.tracking.actuals_import import read_actuals_file

    db = str(tmp_path / "lib.sqlite3")
    assert main.main(["--db", db, "import", str(SAMPLE)]) == 0
    out = tmp_path / "paz.csv"
    assert main.main(["--db", db, "export", "Bolivia: the Paz Pivot", "--out", str(out)]) == 0
    beside = tmp_path / "paz-actuals.csv"
    assert f"wrote {beside}" in capsys.readouterr().out
    lines = beside.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "variable,time,value,source,note"
    assert lines[1].startswith("perceived_growth,2025,-3.8,\"the brief's figure, unverified\",")
    study = read_study_file(SAMPLE)
    table = read_actuals_file(beside, study)
    assert not table.problems and table.actuals() == study.actuals


def test_track_speaks_spanish_with_decimal_commas(tmp_path):
    from tests.test_cli_language import run

    csv = tmp_path / "visto.csv"
    csv.write_text("variable,time,value,source\nsocial_unrest,Q2 2026,55,encuesta\nsocial_unrest,Q3 2026,64.5,encuesta\n",
                   encoding="utf-8")
    done = run("track", str(SAMPLE.with_suffix(".es.json")), "--actuals", str(csv), language="es")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert 'Seguimiento de "Bolivia: el giro de Paz" frente a 5 datos observados\n' in out
    assert "visto.csv, fila 2: Q2 2026 → 2026,25" in out  # the date as typed, then where it sits on the axis
    import re

    ranked = [line for line in out.splitlines() if re.match(r"  [1-5]\. ", line)]
    # Five scenarios, each error with three decimals after a comma, each compared on all five observations.
    assert len(ranked) == 5 and all(re.search(r"  error \d+,\d{3}  \(5 observaciones\)$", line) for line in ranked), ranked
    assert "Lo que más pesa:" in out
    # The triggered signpost: the condition, the state, the time and the value in Spanish, with a decimal comma.
    assert "social_unrest por encima de 60 → Reformas estancadas y conflictividad: activada en 2026,5 (64,5 según encuesta)" in out
    assert "bajando durante 2 periodos seguidos" in out and "Señales:" in out
    for english in ("Tracking", "against", "actuals", "observations", "Weighs most", "nearest", "Signposts", "not seen",
                    "above", "triggered", "falling for", "periods", "root mean square", "2026.5", "64.5"):
        assert english not in out, english


def test_track_help_speaks_spanish():
    from tests.test_cli_language import run

    shown = run("track", "--help", language="es").stdout
    assert "un archivo de estudio (.json)" in shown and "muestras de Monte Carlo" in shown
    assert "rank the scenarios" not in shown and "Monte Carlo samples for" not in shown


def test_track_refuses_bad_actuals_in_spanish_keeping_row_and_column(tmp_path):
    from tests.test_cli_language import run

    csv = tmp_path / "tarde.csv"
    csv.write_text("variable,time,value\nsocial_unrest,2040.5,55\nsocial_unrest,2026,muchos\nnadie,2026,1\n", encoding="utf-8")
    refused = run("track", str(SAMPLE.with_suffix(".es.json")), "--actuals", str(csv), language="es")
    assert refused.returncode == 1
    said = refused.stderr
    assert f"{csv} no se puede leer como datos observados:" in said
    assert "fila 2, time: 2040,5 está fuera del eje de tiempo (2025–2036,5)" in said
    assert "fila 3, value: 'muchos' no es un número" in said
    assert "fila 4, variable: variable desconocida 'nadie'" in said
    for english in ("cannot be read", "row ", "outside", "is not a number", "unknown variable"):
        assert english not in said, english
