"""Typed numbers follow the interface's language: a decimal comma and a point between thousands in Spanish."""

from __future__ import annotations

import pytest

from ui.editor.typed_numbers import parse_number, show_number


@pytest.mark.parametrize(("text", "value"), [
    ("0,25", 0.25), ("−3,5", -3.5), ("1.250,5", 1250.5), ("1.250", 1250.0), ("12.125.000", 12_125_000.0),
    ("0.25", 0.25),  # pasted from a file: a lone point before other than three digits is a decimal point
    (" 2027,5 ", 2027.5), ("2e3", 2000.0), ("1,5e-3", 0.0015),
])
def test_spanish_reads_a_decimal_comma(text, value):
    assert parse_number(text, "es") == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), [("0.25", 0.25), ("1,250.5", 1250.5), ("1,250", 1250.0), ("-2", -2.0), ("1,5", 1.5)])
def test_english_reads_a_decimal_point(text, value):
    assert parse_number(text, "en") == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3,4", "1.2.3,4,5"])
def test_what_is_not_a_number_is_refused_with_the_text(text):
    with pytest.raises(ValueError, match="not a number|empty"):
        parse_number(text, "es")


def test_a_number_is_shown_for_editing_in_the_language():
    assert show_number(0.25, "es") == "0,25"
    assert show_number(2027.5, "es") == "2027,5"
    assert show_number(0.25, "en") == "0.25"
    assert parse_number(show_number(1234.5678, "es"), "es") == 1234.5678


def test_the_assumption_editor_takes_a_decimal_comma_in_spanish(qtbot, window):
    from ui.i18n import install_language, remove_language

    translators = install_language("es")
    try:
        editor = window.model_editor
        editor.dock.show()
        editor.variables.select_name("price")
        field = editor.form.assumption.numbers["value"]
        assert field.text() == "40"
        field.setText("42,5")
        field.editingFinished.emit()
        assert window.session.study.variable("price").value == 42.5
        assert field.text() == "42,5"
    finally:
        remove_language(translators)
