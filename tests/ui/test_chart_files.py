"""Exported charts read alone: a title, a legend and units, at print size, drawn alike as PNG and SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtGui import QImage

from ui.compare.chart_export import window_figure, write_png, write_svg
from ui.compare.export_menu import export


def gray(image: QImage) -> np.ndarray:
    """Return an image as an array of grey levels 0..255."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height).reshape(height, stride)
    return data[:, :width].astype(float)


def test_a_png_of_the_charts_is_print_sized_by_default(window, tmp_path):
    export(window, "png", tmp_path / "c.png")
    image = QImage(str(tmp_path / "c.png"))
    # 180 × 120 mm at 300 dots per inch: 7.087 × 4.724 inches.
    assert (image.width(), image.height()) == (2126, 1417)
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    export(window, "png", tmp_path / "small.png", (100.0, 50.0, 96))
    small = QImage(str(tmp_path / "small.png"))
    assert (small.width(), small.height()) == (378, 189)


def test_an_svg_of_the_charts_has_title_legend_and_units_and_no_screen_only_strokes(window, tmp_path):
    export(window, "svg", tmp_path / "c.svg")
    text = (tmp_path / "c.svg").read_text(encoding="utf-8")
    assert "non-scaling-stroke" not in text  # librsvg and ImageMagick draw those strokes garbled
    root = ET.fromstring(text)
    words = " ".join("".join(e.itertext()) for e in root.iter() if e.tag.endswith("text"))
    study = window.session.study
    assert study.title in words
    for scenario in window.session.shown_scenarios():
        assert scenario.name in words
    for name in window.session.choices.indicators:
        variable = study.variable(name)
        assert f"{variable.title} ({variable.unit})" in words


def test_the_svg_renders_in_another_renderer_as_the_png_does(window, tmp_path):
    cairosvg = pytest.importorskip("cairosvg", reason="cairosvg (the test extra) renders the SVG as a browser would")
    figure = window_figure(window)
    size = write_svg(figure, tmp_path / "c.svg", 160.0, 100.0)
    write_png(figure, tmp_path / "c.png", 160.0, 100.0, 96)
    try:
        rendered = cairosvg.svg2png(url=str(tmp_path / "c.svg"), output_width=size.width(), output_height=size.height(),
                                    background_color="white")
    except OSError as error:  # cairosvg is there but the cairo library is not
        pytest.skip(f"cairo cannot be loaded: {error}")
    svg = gray(QImage.fromData(rendered))
    png = gray(QImage(str(tmp_path / "c.png")))
    assert svg.shape == png.shape
    # Text may be set in other fonts; lines, axes and curves must fall in the same places.
    blocks = lambda a: a[: a.shape[0] // 8 * 8, : a.shape[1] // 8 * 8].reshape(a.shape[0] // 8, 8, a.shape[1] // 8, 8).mean(axis=(1, 3))
    difference = np.abs(blocks(svg) - blocks(png))
    assert difference.mean() < 4
    assert np.corrcoef(blocks(svg).ravel(), blocks(png).ravel())[0, 1] > 0.9


def test_tick_values_are_round_and_cover_every_value():
    from ui.plots.figure_painter import nice_ticks, tick_labels

    assert nice_ticks(61.0, 72.4) == [60.0, 65.0, 70.0, 75.0]  # 72.4 would have been cut at 70
    assert tick_labels([0.0, 50_000.0, 100_000.0]) == ["0", "50,000", "100,000"]
    assert tick_labels([-5.0, 0.0, 5.0, 10.0]) == ["\u22125", "0", "5", "10"]
    assert tick_labels([0.25, 0.5]) == ["0.25", "0.50"]
