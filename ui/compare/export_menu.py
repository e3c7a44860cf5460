"""File ▸ Export: the study file, projections as CSV or a workbook, the charts as PNG or SVG, the brief."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from storage.errors import InterchangeError
from ui.compare.chart_export import window_figure, write_png, write_svg
from ui.i18n.text import QT_TRANSLATE_NOOP, fill

# (menu text, file filter, what it writes)
EXPORTS = (
    (QT_TRANSLATE_NOOP("ExportMenu", "&Study file (all scenarios)…"), QT_TRANSLATE_NOOP("ExportMenu", "Study files (*.json)"), "study"),
    (QT_TRANSLATE_NOOP("ExportMenu", "S&elected scenario file (with its parents)…"), QT_TRANSLATE_NOOP("ExportMenu", "Study files (*.json)"), "scenario"),
    (QT_TRANSLATE_NOOP("ExportMenu", "Projections as &CSV…"), "CSV (*.csv)", "csv"),
    (QT_TRANSLATE_NOOP("ExportMenu", "Projections as &workbook (XLSX)…"), QT_TRANSLATE_NOOP("ExportMenu", "Excel workbook (*.xlsx)"), "xlsx"),
    (QT_TRANSLATE_NOOP("ExportMenu", "Charts as &PNG…"), QT_TRANSLATE_NOOP("ExportMenu", "PNG image (*.png)"), "png"),
    (QT_TRANSLATE_NOOP("ExportMenu", "Charts as S&VG…"), QT_TRANSLATE_NOOP("ExportMenu", "SVG drawing (*.svg)"), "svg"),
    (QT_TRANSLATE_NOOP("ExportMenu", "Scenario &brief (PDF)…"), "PDF (*.pdf)", "pdf"),
    (QT_TRANSLATE_NOOP("ExportMenu", "Scenario brief (&HTML)…"), "HTML (*.html)", "html"),
)


def add_export_menu(window, file_menu: QMenu) -> QMenu:
    """Add the Export submenu to the File menu."""
    menu = file_menu.addMenu(QCoreApplication.translate("ExportMenu", "&Export"))
    for text, pattern, kind in EXPORTS:
        menu.addAction(QCoreApplication.translate("ExportMenu", str(text)), functools.partial(_ask_and_export, window, kind, pattern))
    return menu


def _ask_and_export(window, kind: str, pattern: str) -> None:
    if window.session is None:
        return
    suggested = f"{window.session.study.title}.{pattern.split('*.')[1].rstrip(')')}"
    chart_size = None
    if kind in ("png", "svg"):
        from ui.compare.chart_size_dialog import ask_chart_size

        chart_size = ask_chart_size(window, with_dpi=kind == "png")
        if chart_size is None:
            return
    name, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("ExportMenu", "Export"), suggested, QCoreApplication.translate("ExportMenu", pattern))
    if name:
        try:
            export(window, kind, Path(name), chart_size)
        except (InterchangeError, OSError) as error:
            QMessageBox.warning(window, "Prospectiva", fill(QCoreApplication.translate("ExportMenu", "%1 was not written: %2"), Path(name).name, error))
        else:
            window.statusBar().showMessage(fill(QCoreApplication.translate("ExportMenu", "Wrote %1"), name), 8000)


def export(window, kind: str, path: Path, chart_size: tuple[float, float, int] | None = None) -> None:
    """Write one export of the window's study to `path` (charts at (width mm, height mm, dpi), or print size)."""
    # Loaded here, not at start-up: the file writer brings pydantic, the workbook openpyxl.
    from storage.interchange import write_study_file
    from storage.tables import write_projection_csv
    from storage.workbook import write_study_workbook

    session, bar = window.session, window.compare_bar
    study = session.study
    shown = [s.id for s in session.shown_scenarios()] or [s.id for s in study.scenarios]
    if kind == "study":
        write_study_file(study, path)
    elif kind == "scenario":
        write_study_file(study, path, [session.choices.selected] if session.choices.selected else None)
    elif kind == "png":
        write_png(window_figure(window), path, *(chart_size or ()))
    elif kind == "svg":
        write_svg(window_figure(window), path, *(chart_size or ())[:2])
    else:
        ids = list(dict.fromkeys([*([bar.reference_id] if bar.reference_id else []), *shown]))
        from models.engine.compiled import compile_study

        projection = compile_study(study).run(study, ids)
        if kind == "csv":
            write_projection_csv(projection.to_frame(study), path)
        elif kind == "xlsx":
            write_study_workbook(study, projection, path, shown, bar.reference_id, session.choices.indicators,
                                 session.choices.years)
        else:
            from ui.compare.report import export_brief
            from ui.foresight.report_section import foresight_section
            from ui.tracking.report_section import tracking_section

            export_brief(study, projection, path, shown, bar.reference_id, session.choices.indicators, session.choices.years,
                         foresight_section(study) + window.workshop.report_section() + tracking_section(study, projection))
