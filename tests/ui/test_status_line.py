"""With bands on, the uncertainty bar keeps its size while its status flips, so the charts are not re-laid out each step."""

from __future__ import annotations

from tests.ui.conftest import wait_results
from ui.uncertainty.status_line import StatusLine

LONG = "Median (dashed), 50 % and 90 % bands from 1,000 samples (seed 1; 40 ms). " * 3


def test_a_held_status_line_asks_for_the_largest_size_its_texts_needed(qtbot):
    line = StatusLine()
    qtbot.addWidget(line)
    line.setText("short")
    short = line.sizeHint()
    line.hold(True)
    line.setText(LONG)
    long_ = line.sizeHint()
    line.setText("short")
    assert line.sizeHint().width() == long_.width() > short.width()
    line.hold(False)
    line.setText("short")
    assert line.sizeHint().width() == short.width()


def test_the_charts_keep_their_place_while_bands_update_during_a_drag(qtbot, window):
    window.resize(1000, 700)
    bar = window.uncertainty_bar
    bar.set_on(True)
    bar.worker.wait()
    qtbot.wait(50)  # the layout settles after the bands are switched on
    settled = window.charts.geometry()
    row = window.assumptions.row("price")
    row.slider.setSliderDown(True)
    texts = {bar.status.text()}
    for position in (row.slider.maximum(), row.slider.minimum(), row.slider.maximum() // 2):
        row.slider.setValue(position)
        wait_results(qtbot, window)
        texts.add(bar.status.text())
        qtbot.wait(10)
        assert window.charts.geometry() == settled
        bar.worker.wait()
        texts.add(bar.status.text())
        qtbot.wait(10)
        assert window.charts.geometry() == settled
    row.slider.setSliderDown(False)
    assert any("Updating" in text for text in texts) and any("samples" in text for text in texts)
