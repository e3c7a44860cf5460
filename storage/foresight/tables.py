"""A study's foresight layer as spreadsheet sheets: drivers, actors, the matrix's poles, the box's judgements."""

from __future__ import annotations

import pandas as pd

from models.domain import Study
from models.foresight.categories import category_text
from models.i18n import fill, translate


def foresight_sheets(study: Study) -> dict[str, pd.DataFrame]:
    """Return "Drivers", "Actors", "Matrix" and "Box" for the parts of the layer the study uses."""
    layer = study.foresight
    sheets: dict[str, pd.DataFrame] = {}
    if layer.drivers:
        # The sheet is read by people: the category in their language (the column's name stays as formulas know it).
        sheets["Drivers"] = pd.DataFrame(
            [{"driver": d.name, "category": category_text(d.category), "impact": d.impact, "uncertainty": d.uncertainty,
              "critical": d.critical, "assumptions": ", ".join(d.assumptions), "source": d.source,
              "description": d.description} for d in layer.drivers])
    if layer.actors:
        objectives = layer.objectives
        sheets["Actors"] = pd.DataFrame(
            [{"actor": a.name, "influence": a.influence, "motivation": a.motivation, "source": a.source}
             | {o.name: a.positions.get(o.id) for o in objectives} for a in layer.actors])
    matrix = layer.matrix
    if matrix is not None:
        drivers = {d.id: d.name for d in layer.drivers}
        names = {s.id: s.name for s in study.scenarios}
        rows = [{"axis": a + 1, "driver": drivers.get(axis.driver, axis.driver), "pole": p + 1, "label": pole.label,
                 "assumption": name, "value": value}
                for a, axis in enumerate(matrix.axes) for p, pole in enumerate(axis.poles)
                for name, value in pole.assumptions.items()]
        rows += [{"axis": None, "driver": fill(translate("Workbook", "quadrant %1"), key), "pole": None,
                  "label": " / ".join(p.label for p in matrix.poles_of(key)), "assumption": translate("Workbook", "scenario"),
                  "value": names.get(matrix.quadrants.get(key, ""), translate("Workbook", "not made yet"))}
                 for key in ("00", "01", "10", "11")]
        sheets["Matrix"] = pd.DataFrame(rows, columns=["axis", "driver", "pole", "label", "assumption", "value"])
    box = layer.morphology
    if box.descriptors:
        where = {v.id: (d.name, v.name) for d in box.descriptors for v in d.variants}
        rows = [{"descriptor": where[j.first][0], "variant": where[j.first][1], "with descriptor": where[j.second][0],
                 "with variant": where[j.second][1], "score": j.score, "assessor": j.assessor}
                for j in box.judgements if j.first in where and j.second in where]
        sheets["Box"] = pd.DataFrame(rows, columns=["descriptor", "variant", "with descriptor", "with variant",
                                                    "score", "assessor"])
    return sheets
