"""The study carries its own dates: the same file shows the same picture on any day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import time_machine

from models.commands.study import EditStudySettings
from models.domain import Horizon, StudyDates
from storage.interchange import read_study_file
from storage.merge import import_study
from storage.repository import open_library
from ui.compare.report import brief_html
from ui.editor.study_settings_dialog import StudySettingsDialog
from ui.main_window import MainWindow

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "bolivia-paz-pivot.json"


def picture(qtbot, tmp_path, day: dt.datetime) -> dict:
    """Open the sample study in a new library on `day` and return what the charts, table and brief show."""
    with time_machine.travel(day, tick=False):
        assert dt.date.today() == day.date()  # the clock really is faked
        folder = tmp_path / day.strftime("%Y%m%d")
        folder.mkdir()
        library = open_library(folder / "library.sqlite")
        report = import_study(library, read_study_file(SAMPLE))
        window = MainWindow(library, report.study_id)
        qtbot.addWidget(window)
        plot = window.charts.plots()[0]
        seen = {
            "as of": plot._today.value(),
            "bands": [tuple(band.getRegion()) for band, _ in plot._bands],
            "band names": [label.format for _, label in plot._bands],
            "table": list(window.session.choices.years),
            "lithium price slider": window.assumptions.row("lithium_price").value(),
        }
        study = window.session.study
        html, _ = brief_html(study, window.session._compiled.run(study), [s.id for s in study.scenarios], None,
                             window.session.choices.indicators[:1], window.session.choices.years)
        seen["horizons in the brief"] = html[html.index("<h3>Horizons"):html.index("<h3>Scenarios")]
        window.close()
        library.close()
    return seen


def test_the_sample_study_looks_the_same_on_two_different_days(qtbot, tmp_path):
    january = picture(qtbot, tmp_path, dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC))
    june = picture(qtbot, tmp_path, dt.datetime(2028, 6, 1, 12, tzinfo=dt.UTC))
    assert january == june
    # And it is the study's stored picture: as of April 2026, both horizons whole within the axis (ending mid-2036).
    assert january["as of"] == pytest.approx(2026.25)
    assert january["bands"] == [pytest.approx((2026.25, 2026.75)), pytest.approx((2031.25, 2036.25))]
    assert january["table"] == [2026.75, 2031.25, 2036.25]
    assert "Apr 2026 to Oct 2026" in january["horizons in the brief"]
    # A time path's slider shows its value at the study's date: 11,000 in 2026 rising to 14,000 in 2028, so 11,375.
    assert january["lithium price slider"] == pytest.approx(11375)


def test_dates_edited_in_study_settings_reach_the_charts_and_undo_restores_them(qtbot, window):
    session = window.session
    dialog = StudySettingsDialog(session.study, window)
    qtbot.addWidget(dialog)
    dialog.dates.as_of.setText("2027.5")
    dialog.dates.table_times.setText("2028; 2030")
    assert dialog.problem() == ""
    command = dialog.command()
    assert isinstance(command, EditStudySettings)
    assert command.dates.as_of == 2027.5 and command.dates.table_times == [2028.0, 2030.0]
    session.push(command)
    assert window.charts.plots()[0]._today.value() == pytest.approx(2027.5)
    assert window.charts.plots()[0]._bands[0][0].getRegion() == pytest.approx((2027.5, 2028.0))
    assert session.choices.years == [2028.0, 2030.0]
    session.undo_stack.undo()
    assert session.choices.years == [2025.5, 2030.0, 2035.0]
    assert session.study.dates == StudyDates()
    assert window.charts.plots()[0]._today.value() == pytest.approx(2025.0)  # not set: the axis start


def test_an_as_of_time_off_the_axis_is_refused_in_the_dialog(qtbot, window):
    dialog = StudySettingsDialog(window.session.study, window)
    qtbot.addWidget(dialog)
    dialog.dates.as_of.setText("2040")
    assert dialog.problem() == "As of (2040) is outside the time axis (2025–2035)."
    dialog.dates.as_of.setText("Q3 2027")
    assert dialog.problem() == ""
    assert dialog.dates.dates().as_of == 2027.5


def test_a_quarter_and_a_month_become_decimal_years():
    from models.timeline import TimeTextError, parse_time

    assert parse_time("Q2 2026") == (2026.25, True)
    assert parse_time("2026-Q4") == (2026.75, True)
    assert parse_time("2026-04") == (2026.25, True)
    assert parse_time("2026-03")[0] == pytest.approx(2026 + 2 / 12)
    assert parse_time("2026.5") == (2026.5, False)
    with pytest.raises(TimeTextError, match="2026-13"):
        parse_time("2026-13")
    with pytest.raises(TimeTextError, match="time unit is 'month'"):
        parse_time("Q2 2026", unit="month")


def test_horizons_stored_in_the_study_replace_the_defaults():
    from models.domain import Study, TimeAxis
    from models.timeline import horizons, table_times

    study = Study("s", TimeAxis(2025, 2035, 0.25))
    assert [(h.name, h.start, h.end) for h in horizons(study)] == [("next 6 months", 2025.0, 2025.5), ("5–10 years", 2030.0, 2035.0)]
    assert table_times(study) == [2025.5, 2030.0, 2035.0]
    study.dates = StudyDates(2026.0, [Horizon("first year", 2026.0, 2027.0)], [2026.0])
    assert horizons(study) == [Horizon("first year", 2026.0, 2027.0)] and table_times(study) == [2026.0]
