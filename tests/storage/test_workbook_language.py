"""A workbook is read by people: in Spanish its comparison and inputs sheets are named in Spanish."""

from __future__ import annotations

import pandas as pd
import pytest

from models import i18n
from models.domain import Event, Scenario, Study, TimeAxis, Variable
from models.engine.compiled import compile_study
from models.formatting import set_people_locale
from storage.workbook import write_study_workbook


def write(tmp_path) -> dict[str, pd.DataFrame]:
    variables = [Variable("price", "assumption", value=1.0), Variable("revenue", "auxiliary", equation="price * 2")]
    base = Scenario("Base", events={"shock": True})
    study = Study("S", TimeAxis(2025.0, 2027.0, 1.0), variables=variables, scenarios=[base],
                  events=[Event("shock", probability=0.5, start=2026.0)])
    projection = compile_study(study).run(study, [base.id])
    path = tmp_path / "s.xlsx"
    write_study_workbook(study, projection, path, [base.id], base.id, ["revenue"], [2026.0])
    return pd.read_excel(path, sheet_name=None)


def test_sheet_names_follow_the_language(tmp_path):
    i18n.set_language("es")
    try:
        sheets = write(tmp_path)
    finally:
        i18n.set_language("en")
    assert list(sheets) == ["Base", "Comparación", "Insumos"]
    assert sheets["Insumos"].set_index("nombre").loc["shock", "Base"] == "activado"


def test_sheet_names_in_english_by_default(tmp_path):
    assert list(write(tmp_path)) == ["Base", "Comparison", "Inputs"]


def test_column_headings_and_kinds_follow_the_language(tmp_path):
    i18n.set_language("es")
    set_people_locale("es")  # as the window and the command line set both
    try:
        sheets = write(tmp_path)
    finally:
        i18n.set_language("en")
        set_people_locale("en")
    assert list(sheets["Base"].columns[:2]) == ["tiempo", "fecha"]
    inputs = sheets["Insumos"].set_index("nombre")
    assert list(inputs.columns[:3]) == ["etiqueta", "tipo", "unidad"]
    assert inputs.loc["price", "tipo"] == "supuesto" and inputs.loc["shock", "tipo"] == "evento"
    assert inputs.loc["revenue", "tipo"] == "auxiliar"
    assert inputs.loc["shock", "definición"] == "probabilidad 0,5 desde 2026"
    assert list(sheets["Comparación"].columns) == ["referencia", "indicador", "unidad", "escenario", "año", "fecha",
                                                   "valor", "diferencia", "diferencia (%)"]


def test_column_headings_in_english_by_default(tmp_path):
    sheets = write(tmp_path)
    assert list(sheets["Base"].columns[:2]) == ["time", "date"]
    assert list(sheets["Inputs"].columns[:4]) == ["name", "label", "kind", "unit"]
    assert sheets["Inputs"].set_index("name").loc["shock", "definition"] == "probability 0.5 from 2026"


def test_tracking_and_foresight_sheets_follow_the_language_but_actuals_keep_their_tidy_shape(tmp_path):
    from models.foresight.domain import Driver
    from models.tracking.observations import Actual

    variables = [Variable("price", "assumption", value=1.0), Variable("revenue", "auxiliary", equation="price * 2")]
    base = Scenario("Base")
    study = Study("S", TimeAxis(2025.0, 2027.0, 1.0), variables=variables, scenarios=[base],
                  actuals=[Actual("revenue", 2026.0, 2.5, "survey")])
    study.foresight.drivers.append(Driver("Prices", "economic", impact=5, uncertainty=4, assumptions=["price"]))
    projection = compile_study(study).run(study, [base.id])
    path = tmp_path / "s.xlsx"
    i18n.set_language("es")
    try:
        write_study_workbook(study, projection, path, [base.id], base.id, ["revenue"], [2026.0])
    finally:
        i18n.set_language("en")
    sheets = pd.read_excel(path, sheet_name=None)
    assert {"Seguimiento", "Impulsores", "Actuals"} <= set(sheets)
    assert list(sheets["Actuals"].columns[:3]) == ["variable", "time", "value"]  # read back as actuals
    assert sheets["Seguimiento"]["qué"].tolist() == ["escenario"]
    assert list(sheets["Impulsores"].columns[:4]) == ["impulsor", "categoría", "impacto", "incertidumbre"]
