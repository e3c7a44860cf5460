"""Actuals typed, pasted and imported in the window; markers, ranking and signposts follow, and undo brings them back."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from models.commands.scenario import SetAssumption
from models.tracking.commands import AddActuals, SetSignpost
from models.tracking.observations import Actual, Condition, Signpost
from storage.tracking.actuals_import import read_actuals_cells
from tests.ui.conftest import wait_results
from ui.tracking.actuals_import_dialog import ActualsImportDialog
from ui.tracking.markers import _tip, marks_of


@pytest.fixture
def comma_locale():
    """Run with a locale that writes decimal commas, as a German spreadsheet does."""
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def ranking_names(window) -> list[str]:
    table = window.tracking.panel.ranking
    return [table.item(row, 1).text() for row in range(table.rowCount())]


def test_rows_pasted_from_a_spreadsheet_with_decimal_commas_are_added_and_undone(qtbot, window, comma_locale):
    view = window.tracking.panel.actuals
    assert view.paste("growth\tQ3 2026\t2,5\tINE\nrevenue\t2027\t1.234,5\n")
    study = window.session.study
    assert study.actuals == [Actual("growth", 2026.5, 2.5, "INE"), Actual("revenue", 2027.0, 1234.5, "typed")]
    assert "dates converted: row 1: Q3 2026 → 2026.5" in view.message.text()
    assert view.model.rowCount() == 2
    window.session.undo_stack.undo()
    assert study.actuals == [] and view.model.rowCount() == 0


def test_a_paste_with_a_problem_adds_nothing_and_says_where(qtbot, window):
    view = window.tracking.panel.actuals
    assert not view.paste("growth\t2026\t2.5\nnothing\t2026\t1\n")
    assert window.session.study.actuals == []
    assert "row 2, variable: unknown variable 'nothing'" in view.message.text()


def test_a_typed_value_in_the_locale_notation_is_one_undo_step(qtbot, window, comma_locale):
    window.session.push(AddActuals(actuals=[Actual("growth", 2026.0, 1.0, "typed")]))
    model = window.tracking.panel.actuals.model
    qtbot_check = model.setData(model.index(0, 2), "3,25")
    assert qtbot_check and window.session.study.actuals[0].value == 3.25
    assert model.data(model.index(0, 2)) == "3,25"
    assert not model.setData(model.index(0, 1), "2040")
    assert model.problem == "Row 1, time: 2040 is outside the time axis (2025–2035)"
    window.session.undo_stack.undo()
    assert window.session.study.actuals[0].value == 1.0


def test_actuals_model_passes_the_model_tester(qtmodeltester, window):
    window.session.push(AddActuals(actuals=[Actual("growth", 2026.0, 1.0, "a"), Actual("gdp", 2027.0, 120.0, "b")]))
    qtmodeltester.check(window.tracking.panel.actuals.model)


def test_markers_show_the_charted_variables_actuals_with_their_source_on_hover(qtbot, window):
    name = window.charts.plots()[0].name
    window.session.push(AddActuals(actuals=[Actual(name, 2026.0, 7.0, "the ministry", "first print"),
                                            Actual("aid", 2026.0, 3.0)]))
    plot = window.charts.plot(name)
    xs, ys = marks_of(plot).actuals.getData()
    assert list(xs) == [2026.0] and list(ys) == [7.0]
    spot = marks_of(plot).actuals.points()[0]
    assert _tip(spot.pos().x(), spot.pos().y(), spot.data()) == "Actual, 2026: 7.000\nSource: the ministry\nfirst print"
    window.session.undo_stack.undo()
    assert len(marks_of(plot).actuals.getData()[0]) == 0
    # In difference mode the markers would sit on the wrong scale: they are hidden.
    window.session.undo_stack.redo()
    window.compare_bar.set_mode("difference")
    assert len(marks_of(plot).actuals.getData()[0]) == 0


def test_the_ranking_follows_actuals_and_moving_assumptions(qtbot, window):
    session = window.session
    wait_results(qtbot, window)
    other = session.study.scenario_named("Other")
    # An actual equal to "Other"'s projection ranks it first.
    value = float(np.interp(2027.0, session.times, session.series(other.id, "revenue")))
    session.push(AddActuals(actuals=[Actual("revenue", 2027.0, value, "x")]))
    assert ranking_names(window)[0] == "Other"
    assert window.tracking.panel.ranking.item(0, 2).text() == "0"
    # Move Base's price up to Other's: Base (and Child, which follows it) now match the actual as well.
    base = session.study.scenario_named("Base")
    session.push(SetAssumption(base.id, "price", 80.0))
    session.scheduler.flush()
    wait_results(qtbot, window)
    errors = [window.tracking.panel.ranking.item(row, 2).text() for row in range(3)]
    assert errors == ["0", "0", "0"]


def test_a_signpost_shows_its_state_and_its_threshold_on_the_chart(qtbot, window):
    name = window.charts.plots()[0].name
    session = window.session
    signpost = Signpost("Too high", name, Condition("above", 5.0), [session.study.scenarios[2].id], "Ana", "why")
    session.push(SetSignpost(signpost=signpost))
    panel = window.tracking.panel
    assert panel.signposts.item(0, 1).text() == "not seen"
    session.push(AddActuals(actuals=[Actual(name, 2026.25, 6.0, "poll")]))
    assert panel.signposts.item(0, 1).text() == "triggered 2026.25"
    assert "triggered at 2026.25 (6 from poll)" in panel.signpost_detail.text()
    lines = marks_of(window.charts.plot(name)).thresholds
    assert [line.value() for line in lines] == [5.0]
    plot = window.charts.plot(name)
    assert "⚑ Too high" in [label.format for label in plot.time_mark_labels()]  # named in the rows at the top
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert panel.signposts.rowCount() == 0 and marks_of(window.charts.plot(name)).thresholds == []
    assert "⚑ Too high" not in [label.format for label in plot.time_mark_labels()]


def test_the_import_preview_lists_conversions_and_refuses_a_table_with_problems(qtbot, window):
    good = read_actuals_cells([["variable", "time", "value"], ["growth", "2026-07", "1"]], window.session.study)
    dialog = ActualsImportDialog("a.csv", good, window)
    qtbot.addWidget(dialog)
    assert "1 observation</b> of 1 variables will be added" in dialog.summary.text()
    assert dialog.details.toPlainText() == "row 2: 2026-07 → 2026.5"
    bad = read_actuals_cells([["variable", "time", "value"], ["growth", "2040", "1"]], window.session.study)
    dialog = ActualsImportDialog("b.csv", bad, window)
    qtbot.addWidget(dialog)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    assert "row 2, time: 2040 is outside the time axis" in dialog.details.toPlainText()


def test_importing_a_file_adds_its_actuals_as_one_undo_step(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "seen.csv"
    path.write_text("variable,time,value,source\ngrowth,Q1 2026,1.5,INE\ngdp,2026,101,INE\n", encoding="utf-8")
    monkeypatch.setattr(ActualsImportDialog, "exec", lambda self: 1)
    assert window.tracking.panel.actuals.import_file(path)
    assert len(window.session.study.actuals) == 2
    window.session.undo_stack.undo()
    assert window.session.study.actuals == []


def test_the_brief_says_where_we_are_with_the_ranking_actuals_and_signposts(qtbot, tmp_path):
    import main

    out = tmp_path / "brief.html"
    db = str(tmp_path / "lib.sqlite3")
    sample = str(__import__("tests.test_cli", fromlist=["SAMPLE"]).SAMPLE)
    assert main.main(["--db", db, "import", sample]) == 0
    assert main.main(["--db", db, "export", "Bolivia: the Paz Pivot", "--out", str(out),
                      "--scenario", "Tentative pivot", "--scenario", "Great-power contest"]) == 0
    text = out.read_text(encoding="utf-8")
    section = text[text.index("Where we are"):]
    # Only the exported scenarios are ranked; US aid of 100 is Tentative pivot's, not Great-power contest's 160.
    assert section.index("Tentative pivot") < section.index("Great-power contest")
    assert "the brief&#x27;s figure, unverified" in section or "the brief's figure, unverified" in section
    assert "Social unrest flares" in section and "not seen" in section


def test_a_signpost_made_in_its_dialog_is_stored_and_edited_in_place(qtbot, window, monkeypatch):
    from ui.tracking.signpost_dialog import SignpostDialog

    session = window.session
    other = session.study.scenario_named("Other")

    def fill(dialog: SignpostDialog) -> int:
        dialog.name.setText("Revenue falls")
        dialog.variable.setCurrentIndex(dialog.variable.findData("revenue"))
        dialog.kind.setCurrentIndex(dialog.kind.findData("falling"))
        dialog.periods.setValue(3)
        for k in range(dialog.points_to.count()):
            item = dialog.points_to.item(k)
            if item.data(Qt.ItemDataRole.UserRole) == other.id:
                item.setCheckState(Qt.CheckState.Checked)
        dialog.owner.setText("Ana")
        assert not dialog.threshold.isEnabled() and dialog.periods.isEnabled()
        return 1

    monkeypatch.setattr(SignpostDialog, "exec", fill)
    window.tracking.edit_signpost(None)
    [made] = session.study.signposts
    assert (made.name, made.variable, made.condition, made.points_to, made.owner) == (
        "Revenue falls", "revenue", Condition("falling", None, 3), [other.id], "Ana")

    def rename(dialog: SignpostDialog) -> int:
        dialog.name.setText("Revenue slides")
        return 1

    monkeypatch.setattr(SignpostDialog, "exec", rename)
    window.tracking.edit_signpost(made.id)
    assert [s.name for s in session.study.signposts] == ["Revenue slides"]
    assert session.study.signposts[0].id == made.id
    window.tracking.remove_signpost(made.id)
    assert session.study.signposts == []
    session.undo_stack.undo()
    assert session.study.signposts[0].name == "Revenue slides"


def test_with_uncertainty_on_an_actuals_hover_says_where_it_falls_in_each_band(qtbot, window):
    from models.domain import Distribution

    session = window.session
    session.study.variable("price").distribution = Distribution("normal", {"mean": 40.0, "sd": 5.0})
    bar = window.uncertainty_bar
    bar.samples.setValue(500)
    bar.set_on(True)
    bar.worker.wait()
    name = "revenue"
    if name not in [p.name for p in window.charts.plots()]:
        session.set_indicators([name])
        bar.worker.wait()
    base = session.study.scenario_named("Base")
    band = bar.fans(name).drawn(base.id)
    assert band is not None
    median = float(np.interp(2030.0, session.times, band["p50"]))
    session.push(AddActuals(actuals=[Actual(name, 2030.0, median, "test"), Actual(name, 2031.0, 1e6, "test")]))
    spots = marks_of(window.charts.plot(name)).actuals.points()
    first = _tip(spots[0].pos().x(), spots[0].pos().y(), spots[0].data())
    assert "Base: 50th percentile" in first
    second = _tip(spots[1].pos().x(), spots[1].pos().y(), spots[1].data())
    assert "Base: above the 90 % band" in second
    bar.set_on(False)
    assert "percentile" not in _tip(spots[0].pos().x(), spots[0].pos().y(), spots[0].data())


def test_the_briefs_charts_carry_the_actuals_markers(qtbot, window):
    from PySide6.QtGui import QColor

    from ui.compare.report import chart_image

    session = window.session
    study = session.study
    base = study.scenarios[0].id
    projection = session._compiled.run(study, [base])
    plain = chart_image(study, projection, "revenue", base, None)
    session.push(AddActuals(actuals=[Actual("revenue", 2030.0, float(np.interp(2030.0, projection.times,
                                                                             projection.series(base, "revenue"))) * 1.02)]))
    marked = chart_image(study, projection, "revenue", base, None)
    assert marked.size() == plain.size()
    grey = QColor("#404040").rgb()

    def greys(image) -> int:
        return sum(image.pixel(x, y) == grey for x in range(image.width()) for y in range(image.height()))

    assert greys(marked) - greys(plain) >= 10  # a filled diamond of the markers' grey


def test_starting_from_the_latest_actuals_adds_a_child_that_continues_from_them(qtbot, window, monkeypatch):
    session = window.session
    base = session.study.scenario_named("Base")
    session.select(base.id)
    session.push(AddActuals(actuals=[Actual("gdp", 2027.0, 50.0, "INE"), Actual("growth", 2027.0, 9.0, "INE")]))
    texts = [a.text().replace("&", "") for a in window.scenario_menu.actions()]
    assert "Start from the latest actuals" in texts
    window.tracking.panel.reanchor.click()
    child = session.study.scenario_named("Base – from actuals")
    assert child.parent_id == base.id and child.anchors == {"gdp": (2027.0, 50.0)}
    assert session.choices.selected == child.id and child.id in session.choices.shown
    session.scheduler.flush()
    wait_results(qtbot, window)
    times = session.times
    gdp, parent_gdp = session.series(child.id, "gdp"), session.series(base.id, "gdp")
    at = int(np.argmin(np.abs(times - 2027.0)))
    assert gdp[at] == 50.0
    np.testing.assert_allclose(gdp[:at], parent_gdp[:at])
    # Growth is the same in both, so from 2027 on the child is the parent scaled to start at 50 (dgdp = gdp · growth).
    np.testing.assert_allclose(gdp[at:], parent_gdp[at:] * 50.0 / parent_gdp[at])
    # Sampling does not restart at anchors: the re-anchored child gets no fan rather than a misleading one.
    window.uncertainty_bar.set_samples(100)
    window.uncertainty_bar.set_on(True)
    bar = window.uncertainty_bar
    qtbot.waitUntil(lambda: not bar.stale(), timeout=20000)
    assert child.id not in [s.id for s in bar.fanned()]
    assert "Updating" not in bar.status.text()
    bar.set_on(False)
    session.undo_stack.undo()
    assert all(s.name != "Base – from actuals" for s in session.study.scenarios)


def test_without_an_observed_stock_starting_from_actuals_says_why_and_adds_nothing(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    count = len(window.session.study.scenarios)
    window.tracking.reanchor_action.trigger()
    assert len(window.session.study.scenarios) == count
    assert said and said[0].startswith("No stock has an observation yet")


def test_a_band_signpost_is_made_in_the_dialog_and_triggers_once_the_band_is_drawn(qtbot, window):
    from ui.tracking.signpost_dialog import SignpostDialog

    session = window.session
    name = window.charts.plots()[0].name
    base = session.study.scenario_named("Base")
    dialog = SignpostDialog(session.study, None, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Leaves Base's band")
    dialog.variable.setCurrentIndex(dialog.variable.findData(name))
    dialog.kind.setCurrentIndex(dialog.kind.findData("outside_band"))
    assert dialog.band.isEnabled() and not dialog.threshold.isEnabled() and not dialog.periods.isEnabled()
    dialog.band.setCurrentIndex(dialog.band.findData(base.id))
    made = dialog.signpost()
    assert (made.condition.kind, made.condition.scenario) == ("outside_band", base.id)
    session.push(SetSignpost(signpost=made))
    wait_results(qtbot, window)
    far = 1e6 + float(np.max(np.abs(session.series(base.id, name))))
    session.push(AddActuals(actuals=[Actual(name, 2026.0, far, "poll")]))
    panel = window.tracking.panel
    assert panel.signposts.item(0, 1).text() == "watching"  # uncertainty off: no band to tell by
    assert "Monte Carlo band to tell" in panel.signpost_detail.text()
    window.uncertainty_bar.set_samples(200)
    window.uncertainty_bar.set_on(True)
    qtbot.waitUntil(lambda: panel.signposts.item(0, 1).text() == "triggered 2026", timeout=20000)
    assert "above the band" in panel.signpost_detail.text()
    lines = marks_of(window.charts.plot(name)).thresholds
    assert [line.value() for line in lines] == [2026.0]  # marked where it triggered
    # The ranking says how many actuals lie inside each fanned scenario's band: none of one, far above it.
    ranking = panel.ranking
    assert not ranking.isColumnHidden(5)
    row = ranking_names(window).index("Base")
    assert ranking.item(row, 5).text() == "0 of 1"
    window.uncertainty_bar.set_on(False)
    assert ranking.isColumnHidden(5)


def test_the_room_s_screen_marks_the_actuals_and_follows_undo(qtbot, window):
    from tests.ui.test_workshop import present

    view = present(qtbot, window)
    name = view.plots()[0].name
    window.session.push(AddActuals(actuals=[Actual(name, 2026.0, 7.0, "INE"), Actual(name, 2027.0, 8.0, "INE"),
                                            Actual("aid", 2026.0, 3.0)]))
    plot = view.plots()[0]
    xs, ys = plot._room_actuals.getData()
    assert list(xs) == [2026.0, 2027.0] and list(ys) == [7.0, 8.0]
    assert "observed" in view.legend.text()
    window.session.undo_stack.undo()
    assert len(plot._room_actuals.getData()[0]) == 0 and "observed" not in view.legend.text()
    view.close()


def test_the_brief_states_band_signposts_and_re_anchored_scenarios(qtbot, window):
    from models.engine.compiled import compile_study
    from models.tracking.reanchor import reanchor_command
    from ui.tracking.report_section import tracking_section

    study = window.session.study
    base = study.scenario_named("Base")
    far = 1e6
    study.actuals = [Actual("revenue", 2026.0, far, "poll"), Actual("gdp", 2027.0, 50.0, "INE")]
    study.signposts = [Signpost("Revenue leaves Base's band", "revenue", Condition("outside_band", scenario=base.id))]
    reanchor_command(study, base.id).apply(study)
    section = tracking_section(study, compile_study(study).run(study))
    assert "triggered at 2026 (1e+06 from poll, above the band)" in section
    assert "Bands: 5th to 95th percentile of 1000 Monte Carlo samples (seed 1)." in section
    assert "Base – from actuals starts again from the actuals: GDP at 50.00 in 2027." in section


def test_actuals_exported_from_the_tab_import_back_unchanged(qtbot, window, tmp_path):
    view = window.tracking.panel.actuals
    observed = [Actual("growth", 2026.25, 2.5, "INE, first estimate", "=not a formula"), Actual("gdp", 2027.0, 101.0)]
    window.session.push(AddActuals(actuals=observed))
    path = tmp_path / "seen.csv"
    assert view.export_file(path)
    assert view.message.text() == "Saved 2 observations to seen.csv."
    assert "'=not a formula" in path.read_text(encoding="utf-8")  # a spreadsheet must not run it
    window.session.undo_stack.undo()
    from storage.tracking.actuals_import import read_actuals_file

    table = read_actuals_file(path, window.session.study)
    assert not table.problems
    assert [(a.variable, a.time, a.value, a.source) for a in table.actuals()] == \
        [(a.variable, a.time, a.value, a.source) for a in observed]
