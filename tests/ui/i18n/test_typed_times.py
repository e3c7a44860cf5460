"""Times typed into fields and shown back in them: quarters and years as people write them, in each language."""

from __future__ import annotations

import pytest

from models.timeline import TimeTextError
from ui.editor.typed_times import read_time, show_time, show_times, split_times


@pytest.mark.parametrize(("locale", "shown"), [("en", "Q4 2026, Q2 2031, 2036, 2027.3"),
                                               ("es", "T4 2026; T2 2031; 2036; 2027,3")])
def test_times_are_shown_as_quarters_and_years_and_read_back_unchanged(locale, shown):
    times = [2026.75, 2031.25, 2036.0, 2027.3]  # Q4 starts at .75 of the year, Q2 at .25
    assert show_times(times, "year", locale) == shown
    assert [read_time(part, "year", locale) for part in split_times(shown, locale)] == times


def test_either_letter_names_a_quarter_and_a_number_keeps_its_decimal_mark():
    assert read_time("T2 2031", "year", "es") == read_time("Q2 2031", "year", "en") == 2031.25
    assert read_time("2030,5", "year", "es") == read_time("2030.5", "year", "en") == 2030.5
    assert split_times("2030, 2035", "es") == ["2030", "2035"]  # ", " still separates in Spanish


def test_an_axis_not_counted_in_years_shows_plain_numbers_and_refuses_dates():
    assert show_time(12.5, "months", "es") == "12,5"
    with pytest.raises(TimeTextError):
        read_time("Q2 2031", "months", "en")


def test_the_value_table_shows_its_times_as_quarters_and_takes_them_typed(qtbot, window):
    years = window.table.years
    window.session.set_years([2027.25, 2030.0])
    window.table.refresh()
    assert years.text() == "Q2 2027, 2030"
    years.setText("Q3 2028, 2031")
    years.editingFinished.emit()
    assert window.session.choices.years == [2028.5, 2031.0]
    years.setText("Q3 2028, soon")
    years.editingFinished.emit()
    assert window.session.choices.years == [2028.5, 2031.0]  # nothing taken from a text it cannot read
    assert "Q2 2031" in window.table.message.text()
