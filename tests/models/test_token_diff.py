"""A model difference marks the changed tokens of an equation, not two whole equations."""

from __future__ import annotations

from models.language.token_diff import equation_changes


def test_one_changed_number_in_a_long_equation_is_shown_with_its_neighbours():
    mine = "clip(2.1 + 0.05 * (commodity_prices - 100) + 0.4 * inflows_share - 0.03 * max(0, unrest - 30), -12, 12)"
    theirs = mine.replace("0.4 * inflows_share", "0.5 * inflows_share")
    assert equation_changes(mine, theirs) == ["… 100 ) + [0.4 → 0.5] * inflows_share - …"]


def test_added_and_removed_terms_show_the_empty_side():
    assert equation_changes("a + b", "a + b + c") == ["a + b [∅ → + c]"]
    assert equation_changes("a * 2", "a") == ["a [* 2 → ∅]"]


def test_equal_equations_have_no_changes_and_spacing_does_not_count():
    assert equation_changes("a+b*2", "a + b * 2") == []


def test_a_broken_equation_is_compared_word_by_word():
    assert equation_changes("a + $b", "a + $c") == ["a + [$b → $c]"]
