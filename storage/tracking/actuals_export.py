"""Actuals as CSV in the shape they are imported in (variable,time,value,source,note), so they travel both ways."""

from __future__ import annotations

import os
from pathlib import Path

from models.domain import Study
from storage.atomic import write_text
from storage.tables import csv_text

HEADER = ("variable", "time", "value", "source", "note")


def actuals_csv(study: Study) -> str:
    """Return the study's actuals as CSV text, times on the study's axis and values at full precision."""
    return csv_text(HEADER, ((a.variable, float(a.time), float(a.value), a.source, a.note) for a in study.actuals))


def write_actuals_csv(study: Study, path: str | os.PathLike) -> None:
    """Write the study's actuals to a CSV file, whole or not at all."""
    write_text(path, actuals_csv(study))


def beside(path: str | os.PathLike) -> Path:
    """Return where a projection CSV's actuals go: beside it, named NAME-actuals.csv."""
    path = Path(path)
    return path.with_name(f"{path.stem}-actuals{path.suffix}")
