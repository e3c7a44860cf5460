"""The scenes the README shows, on the sample study: each on the study's own dates, not the computer's clock.

Set PROSPECTIVA_SCREENSHOTS to a folder to keep the pictures (these docs/screenshots/ files come from here).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from models.commands.scenario import SetEquation
from models.timeline import horizons
from storage.repository import open_library
from storage.seed import seed_library_if_new
from ui.main_window import MainWindow

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "bolivia-paz-pivot.json"
SHOTS = os.environ.get("PROSPECTIVA_SCREENSHOTS")


@pytest.fixture
def window(qtbot, tmp_path):
    """Show the main window on the sample study at 1366×768, the size the README's pictures are taken at."""
    library = open_library(tmp_path / "library.sqlite")
    seed_library_if_new(library, SAMPLE)
    shown = MainWindow(library)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: (shown.resize(1366, 768), (shown.width(), shown.height()) == (1366, 768))[1], timeout=3000)
    settle(qtbot, shown)
    yield shown
    shown.close()
    library.close()


def settle(qtbot, window) -> None:
    """Wait until every requested result is drawn."""
    scheduler = window.session.scheduler
    qtbot.waitUntil(lambda: scheduler.delivered == scheduler.requested, timeout=5000)
    qtbot.wait(80)


def save(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def assert_on_the_studys_dates(window) -> None:
    """Every chart's time axis reaches the end of the study's longest horizon (the old sample stopped at 2035, short of it)."""
    last = max(h.end for h in horizons(window.session.study))
    for plot in window.charts.plots():
        (_, x1), _ = plot.getPlotItem().getViewBox().viewRange()
        assert x1 >= last, f"{plot.name}: the axis ends at {x1:.2f}, before the horizon's end {last:.2f}"


def test_the_main_window_in_a_dark_palette(qtbot, window):
    dark = QPalette(window.palette())
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.AlternateBase, "#262626"), (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.WindowText, "#e6e6e6"), (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#e6e6e6")):
        dark.setColor(role, QColor(colour))
    window.setPalette(dark)
    for plot in window.charts.plots():
        plot.setPalette(dark)
    settle(qtbot, window)
    assert_on_the_studys_dates(window)
    # The charts follow the desktop's palette: a dark background behind the curves.
    assert all(plot.backgroundBrush().color().lightness() < 80 for plot in window.charts.plots())
    # A signpost's name is written in the dark palette's light ink, not left black on the dark chart.
    names = [label for plot in window.charts.plots() for label in plot.time_mark_labels() if label.format.startswith("⚑")]
    assert names and all(label.color.lightness() > 128 for label in names)
    save(window, "main-1366-dark")


def test_the_charts_as_differences_from_the_reference(qtbot, window):
    window.compare_bar.set_mode("difference")
    settle(qtbot, window)
    assert_on_the_studys_dates(window)
    reference = window.compare_bar.reference_id
    for plot in window.charts.plots():
        _, ys = plot.curve(reference).getData()
        assert abs(ys).max() == 0  # the reference against itself is the zero line
    save(window, "compare-difference-1366")


def test_the_events_tab_of_the_model_editor(qtbot, window):
    editor = window.model_editor
    editor.dock.show()
    editor.tabs.setCurrentIndex(1)
    editor.events.list.setCurrentRow(0)
    settle(qtbot, window)
    assert editor.events.list.currentItem() is not None
    # The rows above the charts wrapped for the narrower chart area and got the height for it (they were
    # squeezed into one line's height, buttons over one another).
    for bar in (window.compare_bar, window.uncertainty_bar):
        assert bar.height() >= bar.minimumSizeHint().height(), type(bar).__name__
    assert_on_the_studys_dates(window)
    save(window, "events-view-1366")


def test_a_broken_equation_in_the_model_editor(qtbot, window):
    editor = window.model_editor
    editor.dock.show()
    session = window.session
    variable = session.study.variable("gdp_growth")
    session.push(SetEquation("gdp_growth", "equation", variable.equation.replace("inflows_share", "inflow_share", 1)))
    editor.variables.select_name("gdp_growth")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.problems_dock.isVisible())
    listed = [window.problems.list.item(k).text() for k in range(window.problems.list.count())]
    assert any("inflow_share" in line for line in listed), listed
    assert_on_the_studys_dates(window)
    save(window, "model-editor-problem-1366")
    window.problems_dock.hide()  # the editor alone, its full height: the problem, the uses and the users in view
    qtbot.waitUntil(lambda: editor.dock.height() > window.height() * 0.8)
    settle(qtbot, window)
    save(editor.dock, "model-editor-equation")


@pytest.mark.parametrize("tab", [("Ranking", "tracking-ranking-1366"), ("Actuals", "tracking-actuals-1366"),
                                 ("Signposts", "tracking-signposts-1366")])
def test_the_tracking_panel(qtbot, window, tab):
    label, name = tab
    tracking = window.tracking
    tracking.dock.show()
    tabs = tracking.panel.tabs
    tabs.setCurrentIndex(next(k for k in range(tabs.count()) if tabs.tabText(k).replace("&", "") == label))
    settle(qtbot, window)
    assert tracking.dock.isVisible()
    assert_on_the_studys_dates(window)
    save(window, name)


def test_the_study_settings_show_the_studys_dates(qtbot, window):
    from PySide6.QtWidgets import QLineEdit

    from ui.editor.study_settings_dialog import StudySettingsDialog

    dialog = StudySettingsDialog(window.session.study, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    study = window.session.study
    # The as-of date the dialog offers is the study's (2026.25 is the start of the second quarter of 2026).
    as_of = study.dates.as_of
    quarter = f"Q{int(round((as_of % 1) * 4)) + 1} {int(as_of)}"
    texts = [edit.text() for edit in dialog.findChildren(QLineEdit)]
    assert quarter in texts, texts
    save(dialog, "study-settings")


def test_the_table_at_the_horizons(qtbot, window):
    from ui.compare.horizon_table_dialog import HorizonTableDialog

    dialog = HorizonTableDialog(window.session, window.compare_bar.reference_id, window)
    qtbot.addWidget(dialog)
    dialog.resize(1340, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    save(dialog, "compare-horizons")


def test_a_chart_with_actuals(qtbot, window):
    from ui.tracking.markers import marks_of

    session = window.session
    observed = [a for a in session.study.actuals if a.time >= 2025]
    name = max({a.variable for a in observed}, key=lambda n: sum(a.variable == n for a in observed))
    if name not in session.choices.indicators:
        session.set_indicators([name, *session.choices.indicators])
    settle(qtbot, window)
    plot = window.charts.plot(name)
    plot.resize(640, 360)
    qtbot.wait(50)
    assert_on_the_studys_dates(window)
    # Every observation of the variable is a marker on its chart.
    assert len(marks_of(plot).actuals.points()) == sum(a.variable == name for a in session.study.actuals)
    save(plot, "tracking-chart")


def test_an_assumptions_distribution_and_time_path(qtbot, window):
    editor = window.model_editor
    editor.dock.show()
    editor.variables.select_name("lithium_price")
    form = editor.form.assumption
    qtbot.waitUntil(lambda: form.path.isVisible() and form.preview.isVisible())
    settle(qtbot, window)
    # The time path's axis spans the study's time axis, past the long horizon (it stopped at 2035).
    last = max(h.end for h in horizons(window.session.study))
    save(editor.dock, "model-editor-assumption")
    save(form.path, "path-editor")
    (_, x1), _ = form.path.plot.getPlotItem().getViewBox().viewRange()
    assert x1 >= last


def test_the_uncertainty_fans_and_the_hover_read_out(qtbot, window):
    import numpy as np
    from PySide6.QtCore import QPointF

    bar = window.uncertainty_bar
    bar.samples.setValue(1_000)
    bar.set_on(True)
    bar.worker.wait()
    qtbot.waitUntil(lambda: "samples" in bar.status.text(), timeout=60_000)
    settle(qtbot, window)
    selected = window.session.choices.selected
    plot = window.charts.plot("gdp_growth")
    assert bar.fans("gdp_growth").drawn(selected) is not None
    # Point at the long horizon's start: the read-out names that quarter, inside the study's axis.
    at = min(h.start for h in horizons(window.session.study) if h.end - h.start > 1)
    view = plot.getPlotItem().getViewBox()
    plot.scene().sigMouseMoved.emit(view.mapViewToScene(QPointF(at, float(np.mean(view.viewRange()[1])))))
    assert "median" in window.charts.readout.text()
    assert_on_the_studys_dates(window)
    save(window, "uncertainty-fan-hover")


@pytest.fixture
def spanish_window(qtbot, tmp_path, qapp):
    """The main window in Spanish on the sample study's Spanish edition at 1366×768."""
    from ui.i18n import install_language, remove_language

    translators = install_language("es")
    library = open_library(tmp_path / "library.sqlite")
    seed_library_if_new(library, SAMPLE.with_name("bolivia-paz-pivot.es.json"))
    shown = MainWindow(library)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    qtbot.waitExposed(shown)
    settle(qtbot, shown)
    yield shown
    shown.close()
    library.close()
    remove_language(translators)


def test_the_model_editor_in_spanish(qtbot, spanish_window):
    window = spanish_window
    editor = window.model_editor
    editor.dock.show()
    editor.variables.select_name("reform_pace")
    settle(qtbot, window)
    assert editor.tabs.tabText(0).replace("&", "") == "Variables" and editor.dock.windowTitle() == "Modelo"
    assert_on_the_studys_dates(window)
    save(window, "model-editor-es-1366")


@pytest.mark.parametrize("width", [1024, 1366])
def test_the_rooms_screen_in_spanish(qtbot, spanish_window, width):
    from tests.ui.screen_checks import labels_problems
    from tests.ui.test_screen_sizes import settle as settle_view

    window = spanish_window
    window.workshop.toggle_presentation()
    view = window.workshop.view
    qtbot.waitExposed(view)
    view.showNormal()
    settle_view(qtbot, window, view, width, 768)
    assert "próx.&nbsp;6&nbsp;meses" in view.horizons.text()
    for plot in view.plots():
        (_, x1), _ = plot.getPlotItem().getViewBox().viewRange()
        assert x1 >= max(h.end for h in horizons(window.session.study))
    assert labels_problems(view) == []  # Spanish runs longer: nothing cut
    save(view, f"workshop-es-{width}")
    window.workshop.toggle_presentation()


def test_the_workshop_panel_with_proposals_and_votes(qtbot, window):
    from models.commands.scenario import SetAssumption

    session = window.session
    study = session.study
    controller = window.workshop.ensure_controller()
    assert controller is not None
    explored = controller.workshop.scenario_id
    levers = [v for v in study.variables if v.kind == "assumption" and v.min is not None and v.max is not None][:4]
    votes = [(14, 6), (9, 12), (3, 17), (11, 11)]
    for lever, (plausible, desirable) in zip(levers, votes):
        session.push(SetAssumption(explored, lever.name, lever.min + 0.8 * (lever.max - lever.min)))
        proposal = controller.capture()
        assert proposal is not None
        controller.set_vote(proposal.scenario_id, "plausibility", plausible)
        controller.set_vote(proposal.scenario_id, "desirability", desirable)
    settle(qtbot, window)
    assert len(controller.proposals()) == len(levers)
    window.table.refresh()  # on its timer otherwise
    qtbot.wait(50)
    assert_on_the_studys_dates(window)
    save(window, "workshop-panel-1366")


def test_the_rooms_screen_with_actuals(qtbot, window):
    from tests.ui.test_screen_sizes import settle as settle_view

    session = window.session
    observed = sorted({a.variable for a in session.study.actuals})
    session.set_indicators([*observed, *[n for n in session.choices.indicators if n not in observed]])
    settle(qtbot, window)
    window.workshop.toggle_presentation()
    view = window.workshop.view
    qtbot.waitExposed(view)
    view.showNormal()
    settle_view(qtbot, window, view, 1366, 768)
    shown = [plot for plot in view.plots() if plot.isVisible()]
    # Each observation of a charted variable is a marker on the room's screen too.
    for plot in shown:
        marks = getattr(plot, "_room_actuals", None)
        count = sum(a.variable == plot.name for a in session.study.actuals)
        assert (len(marks.points()) if marks is not None else 0) == count, plot.name
    assert any(getattr(plot, "_room_actuals", None) is not None for plot in shown)
    # Every marker is drawn whole inside its chart, an observation at the axis's first time included.
    for plot in shown:
        marks = getattr(plot, "_room_actuals", None)
        if marks is None:
            continue
        box = plot.getPlotItem().getViewBox()
        (x0, x1), (y0, y1) = box.viewRange()
        for point in marks.points():
            half = point.size() / 2 + 1
            px = (point.pos().x() - x0) / (x1 - x0) * box.width()
            py = (y1 - point.pos().y()) / (y1 - y0) * box.height()
            assert half <= px <= box.width() - half and half <= py <= box.height() - half, (plot.name, point.pos())
    save(view, "workshop-actuals-1366")
    window.workshop.toggle_presentation()


def test_a_scenario_started_again_from_the_latest_actuals(qtbot, window):
    tracking = window.tracking
    tracking.dock.show()
    session = window.session
    before = {s.id for s in session.study.scenarios}
    tracking.reanchor()
    settle(qtbot, window)
    (child,) = [s for s in session.study.scenarios if s.id not in before]
    assert session.choices.selected == child.id and child.parent_id is not None
    # The child starts from observations up to the study's as-of date, never later ones.
    assert_on_the_studys_dates(window)
    window.table.refresh()
    qtbot.wait(50)
    save(window, "tracking-reanchor-1366")


def test_explore_where_growth_falls_below_zero(qtbot, window):
    window.explore.action.trigger()
    dialog = window.explore.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    # By default the question is asked at the end of the study's long horizon, inside its axis.
    asked = dialog.time.currentData()
    assert asked == pytest.approx(max(h.end for h in horizons(window.session.study)), abs=0.25)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("gdp_growth"))
    dialog.comparison.setCurrentIndex(dialog.comparison.findData("<"))
    dialog.threshold.setValue(0.0)
    with qtbot.waitSignal(dialog.explored, timeout=120_000):
        dialog.run()
    window.compute.wait()
    assert dialog.found is not None
    save(dialog, "explore-1366")
    dialog.close()


def test_a_band_signpost_that_triggered(qtbot, window):
    from models.tracking.commands import AddActuals, SetSignpost
    from models.tracking.observations import Actual, Condition, Signpost
    from ui.tracking.markers import marks_of

    session = window.session
    study = session.study
    pivot = study.scenarios[0]
    stalled = study.scenario_named("Stalled reform and unrest")
    as_of = window.session.study.dates.as_of
    session.set_indicators(["political_stability", *[n for n in session.choices.indicators if n != "political_stability"]])
    session.push(SetSignpost(signpost=Signpost("Stability leaves the pivot's band", "political_stability",
                                               Condition("outside_band", scenario=pivot.id), [stalled.id], "Desk officer",
                                               "Observed stability below what the tentative pivot allows for")))
    # An observation well below the pivot's band, a quarter after the study's as-of date.
    session.push(AddActuals(actuals=[Actual("political_stability", as_of + 0.25, 28.0, "example figures")]))
    bar = window.uncertainty_bar
    bar.samples.setValue(300)
    bar.set_on(True)
    bar.worker.wait()
    tracking = window.tracking
    tracking.dock.show()
    panel = tracking.panel
    panel.tabs.setCurrentIndex(1)
    row = next(r for r in range(panel.signposts.rowCount()) if panel.signposts.item(r, 0).text().startswith("Stability"))
    qtbot.waitUntil(lambda: panel.signposts.item(row, 1).text().startswith("triggered"), timeout=60_000)
    panel.signposts.selectRow(row)
    settle(qtbot, window)
    assert marks_of(window.charts.plot("political_stability")).flags  # the flag beside the observation
    assert_on_the_studys_dates(window)
    save(window, "tracking-band-signpost-1366")


def test_the_chance_and_the_tornado_dialogs(qtbot, window):
    from ui.uncertainty.chance_dialog import ChanceDialog
    from ui.uncertainty.tornado_dialog import TornadoDialog

    session, service = window.session, window.uncertainty_bar.service
    chance = ChanceDialog(session, service, 1_000, 1, window)
    qtbot.addWidget(chance)
    chance.show()
    qtbot.waitExposed(chance)
    chance.scenario.setCurrentIndex(chance.scenario.findText("Stalled reform and unrest"))
    chance.indicator.setCurrentIndex(chance.indicator.findData("gdp_growth"))
    chance.side.setCurrentIndex(chance.side.findData("below"))
    chance.threshold.setValue(0.0)
    # The times offered are the study's: its long horizon's end is among them, past the old axis end (2035).
    offered = [chance.time.itemData(k) for k in range(chance.time.count())]
    assert max(offered) >= max(h.end for h in horizons(session.study))
    chance.compute()
    chance.wait()
    qtbot.waitUntil(lambda: "%" in chance.answer.text(), timeout=60_000)
    save(chance, "uncertainty-chance")
    chance.close()
    tornado = TornadoDialog(session, service, window)
    qtbot.addWidget(tornado)
    tornado.resize(900, 560)
    tornado.show()
    qtbot.waitExposed(tornado)
    tornado.compute()
    tornado.wait()
    qtbot.waitUntil(lambda: bool(tornado.summary.text()), timeout=60_000)
    # The inputs are named beside their bars (the axis takes their width once laid out).
    axis = tornado.plot.getPlotItem().getAxis("left")
    qtbot.waitUntil(lambda: axis.width() > 100, timeout=3000)
    assert tornado.time.currentData() >= max(h.end for h in horizons(session.study))  # asked at the axis end
    save(tornado, "uncertainty-tornado")
    tornado.close()


def test_the_problems_panel_under_the_charts(qtbot, window):
    session = window.session
    variable = session.study.variable("gdp_growth")
    session.push(SetEquation("gdp_growth", "equation", variable.equation.replace("inflows_share", "inflow_share", 1)))
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.problems_dock.isVisible())
    assert window.problems.list.count() == 1
    assert_on_the_studys_dates(window)
    save(window, "problems-1366")


def test_the_read_out_of_a_pointed_time(qtbot, window):
    import numpy as np
    from PySide6.QtCore import QPointF

    plot = window.charts.plot("gdp_growth")
    at = max(h.start for h in horizons(window.session.study))
    view = plot.getPlotItem().getViewBox()
    plot.scene().sigMouseMoved.emit(view.mapViewToScene(QPointF(at, float(np.mean(view.viewRange()[1])))))
    assert "GDP growth" in window.charts.readout.text()
    assert_on_the_studys_dates(window)
    save(window, "readout-1366")


def test_values_that_are_undefined_or_infinite(qtbot, window):
    session = window.session
    # A division by zero in 2030 in the lithium revenue: its values around then are infinite.
    variable = session.study.variable("lithium_revenue")
    session.set_indicators(["lithium_revenue", *session.choices.indicators])
    session.push(SetEquation("lithium_revenue", "equation", f"({variable.equation}) / (t - 2030)"))
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "undefined or infinite" in window.charts.notice.text(), timeout=5000)
    assert_on_the_studys_dates(window)
    save(window, "non-finite-1366")
