"""Exports: round trip through a fresh library, formula-safe CSV and XLSX, SVG that parses, a PDF per scenario."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

import numpy as np
import openpyxl
import pandas as pd
import pytest

from models.commands.scenario import RenameScenario
from models.engine.compiled import compile_study
from storage.interchange import read_study_file
from storage.merge import import_study
from storage.repository import open_library
from ui.compare.export_menu import export


def test_export_then_import_into_a_fresh_library_gives_identical_projections(window, tmp_path):
    study = window.session.study
    export(window, "study", tmp_path / "study.json")
    with open_library(tmp_path / "fresh.sqlite") as fresh:
        import_study(fresh, read_study_file(tmp_path / "study.json"))
        again = fresh.load_study(study.id)
    before, after = compile_study(study).run(study), compile_study(again).run(again)
    for scenario in study.scenarios:
        np.testing.assert_array_equal(before.values[scenario.id], after.values[scenario.id])


def test_a_scenario_named_like_a_formula_stays_text_in_csv_and_xlsx(window, tmp_path):
    session = window.session
    session.push(RenameScenario(session.study.scenario_named("Other").id, '=HYPERLINK("x")'))
    export(window, "csv", tmp_path / "p.csv")
    assert "'=HYPERLINK" in (tmp_path / "p.csv").read_text(encoding="utf-8")
    assert "\n=HYPERLINK" not in (tmp_path / "p.csv").read_text(encoding="utf-8")
    export(window, "xlsx", tmp_path / "p.xlsx")
    book = openpyxl.load_workbook(tmp_path / "p.xlsx")
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and "HYPERLINK" in c.value]
    # The text as the user wrote it, in a string cell Excel shows as text (its quote prefix), no apostrophe stored.
    assert cells and [(c.coordinate, c.value) for c in cells
                      if c.data_type != "s" or not c.quotePrefix or c.value != '=HYPERLINK("x")'] == []


def test_the_workbook_has_a_sheet_per_scenario_a_comparison_and_the_inputs(window, tmp_path):
    export(window, "xlsx", tmp_path / "w.xlsx")
    sheets = pd.read_excel(tmp_path / "w.xlsx", sheet_name=None, engine="openpyxl")
    assert list(sheets) == ["Base", "Child", "Other", "Comparison", "Inputs"]
    assert "Revenue (USD M/yr)" in sheets["Other"].columns and len(sheets["Other"]) == 41
    inputs = sheets["Inputs"].set_index("name")
    assert inputs.loc["price", "unit"] == "USD/t" and inputs.loc["price", "Other"] == 80
    comparison = sheets["Comparison"]
    assert set(comparison.reference) == {"Base"} and (comparison[comparison.scenario == "Base"].difference == 0).all()
    sheet = openpyxl.load_workbook(tmp_path / "w.xlsx")["Inputs"]
    assert sheet.freeze_panes == "A2" and sheet.column_dimensions["A"].width >= 10


def test_the_charts_save_as_an_svg_that_parses_and_holds_the_curves(window, tmp_path):
    export(window, "svg", tmp_path / "c.svg")
    root = ET.parse(tmp_path / "c.svg").getroot()
    assert root.tag.endswith("svg")
    paths = [e for e in root.iter() if e.tag.endswith("path") or e.tag.endswith("polyline")]
    assert len(paths) > 10  # the curves, axes and bands are vector shapes, not one bitmap
    export(window, "png", tmp_path / "c.png")
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_pdf_brief_has_a_section_per_scenario_and_its_pages_render(window, tmp_path):
    export(window, "pdf", tmp_path / "brief.pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "brief.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    text = unicodedata.normalize("NFKC", text)  # the PDF sets "ff" and "fi" as ligatures
    for number, name in enumerate(["Base", "Child", "Other"], start=1):
        assert f"{number}. {name}" in text
    assert "Inputs that differ from Base" in text and "Small study" in text
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(tmp_path / "brief.pdf"), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) >= 4  # a title page and at least one per scenario
    export(window, "html", tmp_path / "brief.html")
    assert (tmp_path / "brief.html").read_text(encoding="utf-8").count("data:image/png;base64,") == 3 * len(window.session.choices.indicators)


def test_the_command_line_writes_the_brief_and_names_an_unknown_reference(library, study, library_path, tmp_path, capsys):
    import main

    library.close()  # the command opens the library itself
    assert main.main(["--db", str(library_path), "export", study.title, "--out", str(tmp_path / "b.pdf"),
                      "--scenario", "Child", "--reference", "Base"]) == 0
    assert (tmp_path / "b.pdf").read_bytes()[:5] == b"%PDF-"
    assert main.main(["--db", str(library_path), "export", study.title, "--out", str(tmp_path / "c.pdf"),
                      "--reference", "Nope"]) == 1
    assert "unknown scenario 'Nope'" in capsys.readouterr().err and not (tmp_path / "c.pdf").exists()


@pytest.mark.parametrize("kind", ["study", "csv", "xlsx", "png", "svg", "pdf", "html"])
def test_an_export_that_cannot_be_written_raises_and_leaves_no_file(window, tmp_path, kind):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OSError):
        export(window, kind, out / "missing" / f"out.{kind if kind != 'study' else 'json'}")
    assert list(out.iterdir()) == []


def test_a_chart_image_qt_fails_to_save_keeps_the_good_file(window, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage

    out = tmp_path / "out"
    out.mkdir()
    good = out / "c.png"
    export(window, "png", good)
    before = good.read_bytes()
    monkeypatch.setattr(QImage, "save", lambda *_args: False)  # Qt's way of saying a write failed
    with pytest.raises(OSError, match="could not be written"):
        export(window, "png", good)
    assert good.read_bytes() == before and [p.name for p in out.iterdir()] == ["c.png"]


@pytest.mark.skipif(sys.platform == "win32", reason="Windows files have no umask or mode bits")
def test_exported_images_and_briefs_get_the_mode_the_umask_gives(window, tmp_path):
    previous = os.umask(0o027)
    try:
        for kind in ("png", "svg", "pdf", "html", "csv"):
            export(window, kind, tmp_path / f"out.{kind}")
    finally:
        os.umask(previous)
    for kind in ("png", "svg", "pdf", "html", "csv"):
        assert stat.S_IMODE((tmp_path / f"out.{kind}").stat().st_mode) == 0o640, kind


def test_a_label_with_control_characters_still_gives_an_svg_that_parses(qtbot, library, study, tmp_path):
    from ui.main_window import MainWindow

    study.variable("revenue").label = "Rev\x1b[31menue\x00"
    library.save_study(study)
    window = MainWindow(library, study.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    export(window, "svg", tmp_path / "c.svg")
    window.close()
    root = ET.parse(tmp_path / "c.svg").getroot()
    texts = "".join(e.text or "" for e in root.iter() if e.tag.endswith("text"))
    assert "Rev\\x1b[31menue" in texts


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="pdfimages (poppler-utils) is not installed")
def test_the_year_ticks_of_the_briefs_charts_print_large_enough_to_read(window, tmp_path):
    from PySide6.QtGui import QImage

    export(window, "pdf", tmp_path / "brief.pdf")
    listing = subprocess.run(["pdfimages", "-list", str(tmp_path / "brief.pdf")], capture_output=True, text=True, check=True).stdout
    first = listing.splitlines()[2].split()  # page num type width height color comp bpc enc interp object ID x-ppi ...
    ppi = float(first[12])
    subprocess.run(["pdfimages", "-png", "-f", first[0], "-l", first[0], str(tmp_path / "brief.pdf"), str(tmp_path / "chart")], check=True)
    image = QImage(str(sorted(tmp_path.glob("chart-*.png"))[0]))
    width, height = image.width(), image.height()
    # Dark pixels per row in the lower quarter, where the year labels are; the axis line is a row dark almost across.
    rows = [sum(image.pixelColor(x, y).value() < 110 for x in range(width // 5, width)) for y in range(3 * height // 4, height)]
    text_rows = [k for k, count in enumerate(rows) if 0 < count < width // 2]
    assert text_rows, "no year labels found under the chart"
    digits = max(text_rows) - min(text_rows) + 1  # the digits' height, in the image's pixels
    printed = digits / ppi * 72
    # Digits are about 0.7 of the type size: 5 pt digits are about 7 pt type (the charts printed at about 5 pt).
    assert printed >= 5.0, f"year labels print {printed:.1f} pt high"
