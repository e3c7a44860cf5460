"""A workbook is read by people: in Spanish its comparison and inputs sheets are named in Spanish."""

from __future__ import annotations

import pandas as pd
import pytest

from models import i18n
from models.domain import Event, Scenario, Study, TimeAxis, Variable
from models.engine.compiled import compile_study
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
    assert sheets["Insumos"].set_index("name").loc["shock", "Base"] == "activado"


def test_sheet_names_in_english_by_default(tmp_path):
    assert list(write(tmp_path)) == ["Base", "Comparison", "Inputs"]
