"""A bad colour stored by an older version never stops the window: it is drawn in a palette colour and reported."""

from __future__ import annotations

from PySide6.QtGui import QColor

from models.colours import PALETTE, drawn_colour
from ui.main_window import MainWindow
from ui.plots.legend_bar import LegendBar


def test_the_window_starts_on_a_study_with_colours_that_are_not_colours(qtbot, library, study):
    study.scenarios[0].color = "banana"
    study.scenarios[1].color = "#00ff00'><img src=x>"
    library.save_study(study)
    window = MainWindow(library, study.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    base = study.scenarios[0]
    fallback = drawn_colour("banana", base.id)
    assert fallback in PALETTE
    for plot in window.charts.plots():
        assert plot.curve(base.id).opts["pen"].color() == QColor(fallback)
    message = window.statusBar().currentMessage()
    assert "'Base'" in message and "'banana'" in message and fallback in message and "1 more" in message
    # The stored colour is left as it was until the user chooses one.
    assert window.session.study.scenarios[0].color == "banana"
    window.close()


def test_the_legend_shows_only_the_drawn_colour_never_the_stored_text(qtbot, study):
    legend = LegendBar()
    qtbot.addWidget(legend)
    study.scenarios[0].color = "red'><img src=x>"
    legend.set_scenarios(study.scenarios)
    text = legend._label.text()
    assert "img" not in text and drawn_colour("red", study.scenarios[0].id) in text


def test_the_hover_read_out_shows_a_name_with_markup_as_text(qtbot, library, study):
    import numpy as np
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QTextDocumentFragment

    study.scenarios[0].name = "Base <b>bold</b> & co"
    study.scenarios[0].color = "red'><img src=x>"
    library.save_study(study)
    window = MainWindow(library, study.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    plot = window.charts.plot("revenue")
    view = plot.getPlotItem().getViewBox()
    plot.scene().sigMouseMoved.emit(view.mapViewToScene(QPointF(2030.0, float(np.mean(view.viewRange()[1])))))
    # The read-out is written above the charts, as rich text: the name must show as typed.
    readout = window.charts.readout
    assert "Base <b>bold</b> & co:" in QTextDocumentFragment.fromHtml(readout.text()).toPlainText()
    assert "img" not in readout.text()
    window.close()
