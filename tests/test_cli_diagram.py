"""`main.py diagram`: the model drawn to PNG, SVG and PDF files that open, and a clear refusal otherwise."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from PySide6.QtGui import QImage

from tests.test_cli import SAMPLE, run_main


def test_the_sample_diagram_is_written_as_png_svg_and_pdf(tmp_path, capsys):
    for suffix in ("png", "svg", "pdf"):
        assert run_main("diagram", str(SAMPLE), "--out", str(tmp_path / f"model.{suffix}")) == 0
    # 76 variables, of which 28 are coefficients (a name for one number): drawn only when asked.
    assert "48 variables and 28 coefficients left out (--coefficients draws them)" in capsys.readouterr().out
    image = QImage(str(tmp_path / "model.png"))
    assert not image.isNull() and image.width() > image.height() > 500  # the causal order reads left to right
    drawing = ElementTree.parse(tmp_path / "model.svg").getroot()
    texts = "".join(drawing.itertext())
    assert "Bolivia: the Paz Pivot" in texts and "GDP growth" in texts  # a title and the boxes' labels
    pdf = (tmp_path / "model.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"%%EOF" in pdf[-32:]


def test_coefficients_are_drawn_when_asked(tmp_path, capsys):
    assert run_main("diagram", str(SAMPLE), "--out", str(tmp_path / "model.svg"), "--coefficients") == 0
    assert "76 variables," in capsys.readouterr().out
    texts = "".join(ElementTree.parse(tmp_path / "model.svg").getroot().itertext())
    assert "GDP growth" in texts and "Unrest growth cost" in texts  # a coefficient's box, by its label


def test_an_unknown_ending_is_refused_with_a_message_and_nothing_written(tmp_path, capsys):
    assert run_main("diagram", str(SAMPLE), "--out", str(tmp_path / "model.gif")) == 1
    assert "a diagram is written as .png, .svg or .pdf" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
