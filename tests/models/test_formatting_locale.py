"""Numbers for people in Spanish: a decimal comma and a point between thousands; English unchanged."""

import pytest

from models import formatting
from models.formatting import MINUS, format_column, format_number, format_value


@pytest.fixture(autouse=True)
def english_after():
    yield
    formatting.set_people_locale("en")


def test_spanish_swaps_the_decimal_mark_and_the_thousands_group():
    assert format_number(-1234.5, 1, locale="es") == f"{MINUS}1.234,5"
    assert format_number(-1234.5, 1, locale="en") == f"{MINUS}1,234.5"
    assert format_number(2_000_000, 0, locale="es") == "2.000.000"


def test_four_significant_digits_and_trimming_use_the_comma():
    assert format_value(12.5, locale="es") == "12,50"
    assert format_value(0.5, trim=True, locale="es") == "0,5"
    assert format_value(3.0, trim=True, locale="es") == "3"  # no dangling comma
    assert format_value(12_345.6, locale="es") == "12.346"
    assert format_value(0.000123, locale="es") == "0,000123"


def test_a_column_shares_its_decimals_in_spanish():
    assert format_column([1.5, -2.25], locale="es") == ["1,500", f"{MINUS}2,250"]


def test_the_chosen_locale_is_the_default_and_an_unknown_one_is_refused():
    formatting.set_people_locale("es")
    assert format_value(1.25) == "1,250"
    with pytest.raises(ValueError, match="fr"):
        formatting.set_people_locale("fr")
    formatting.set_people_locale("en")
    assert format_value(1.25) == "1.250"


def test_quarters_and_months_are_written_in_spanish():
    from models.formatting import format_time

    assert format_time(2026.5, locale="es") == "T3 2026"  # July starts the third trimestre
    assert format_time(2027 + 5 / 12, step=1 / 12, locale="es") == "jun 2027"
    assert format_time(2026.5, locale="en") == "Q3 2026"
    assert format_time(2031.0, locale="es") == "2031"
