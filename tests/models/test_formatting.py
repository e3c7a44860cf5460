"""One formatter for people: grouping, the true minus sign, consistent decimals, and times as dates."""

from __future__ import annotations

import math

import pytest

from models.formatting import (
    format_column,
    format_number,
    format_span,
    format_time,
    format_value,
)

M = "\u2212"


@pytest.mark.parametrize(("value", "expected"), [
    (7988.0, "7988"),            # four-digit numbers are often years: no separator by default
    (21112.0, "21,112"),
    (-0.3496, f"{M}0.3496"),
    (-1.479, f"{M}1.479"),
    (11.64, "11.64"),
    (0.0, "0"),
    (math.nan, "undefined"),
    (-math.inf, f"{M}∞"),
    (-12345678.0, f"{M}1.23e+07"),
])
def test_values_have_four_significant_digits_and_a_true_minus(value, expected):
    assert format_value(value) == expected


def test_signed_values_say_plus_and_minus():
    assert format_value(14.0, signed=True) == "+14.00"
    assert format_value(-2.5, signed=True) == f"{M}2.500"
    assert format_value(14.0, trim=True, signed=True) == "+14"


def test_a_column_shares_one_number_of_decimals():
    # The table that printed "7988 | 21,112" and "−0.3496" beside "−1.479".
    assert format_column([7988.0, 21112.0]) == ["7,988", "21,112"]
    assert format_column([-0.3496, -1.479]) == [f"{M}0.350", f"{M}1.479"]
    assert format_column([14.0, 11.64], signed=True) == ["+14.00", "+11.64"]
    assert format_column([1.0, math.nan]) == ["1.000", "undefined"]


def test_numbers_with_fixed_decimals_never_show_minus_zero():
    assert format_number(-0.0004, 2) == "0.00"
    assert format_number(-1234.5, 1) == f"{M}1,234.5"
    assert format_number(1234.5, 1, group=False) == "1234.5"


@pytest.mark.parametrize(("t", "step", "expected"), [
    (2026.5, 0.25, "Q3 2026"),    # July to September
    (2026.75, 0.25, "Q4 2026"),   # "through 2026.75" was the start of October
    (2025.0, 0.25, "2025"),
    (2027 + 5 / 12, 1 / 12, "Jun 2027"),
    (2027.0 + 11 / 12, 1 / 12, "Dec 2027"),
    (2031.0, 1.0, "2031"),
    (2031.5, 1.0, "2031"),
    (2026.25, None, "Q2 2026"),
    (2026 + 1 / 12, None, "Feb 2026"),
])
def test_decimal_years_read_as_dates(t, step, expected):
    assert format_time(t, step) == expected


def test_times_in_other_units_stay_numbers():
    assert format_time(12.0, 1.0, unit="month") == "month 12"
    assert format_time(3.5, 0.5, unit="") == "3.5"


def test_a_span_names_both_ends():
    assert format_span(2025.0, 2026.75, 0.25) == "2025 to Q4 2026"
