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
    row = window.assumptions.row("price")
    row.slider.setSliderDown(True)
    texts = [bar.status.text()]  # every text the bar gives its status line during the drag
    show = bar.status.setText
    bar.status.setText = lambda text: (texts.append(text), show(text))[1]  # type: ignore[method-assign]
    places = []  # the charts' geometry after each result and after each band update
    for position in (row.slider.maximum() // 3, row.slider.maximum(), row.slider.minimum(), row.slider.maximum() // 2):
        row.slider.setValue(position)
        wait_results(qtbot, window)
        qtbot.wait(10)
        places.append(window.charts.geometry())
        bar.worker.wait()
        qtbot.wait(10)
        places.append(window.charts.geometry())
    row.slider.setSliderDown(False)
    assert any("Updating" in text for text in texts) and any("samples" in text for text in texts)
    # The first step may settle the bar once (its line then holds the taller text); after it, the status
    # flips between "updating" and the summary at every step and the charts must not move.
    assert len(set(map(tuple, (p.getRect() for p in places[2:])))) == 1, places
