"""The quick scan of JSON text decides exactly as the token-by-token one, which places each problem."""

from hypothesis import given, settings
from hypothesis import strategies as st

from storage.jsontext import MAX_DEPTH, placed_problems, scan

pieces = st.sampled_from(['[', ']', '{', '}', '"', '\\', 'NaN', 'Infinity', '"[["', '"\\"["', ' 1,', 'a'])


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=200))
def test_the_quick_scan_agrees_with_the_placed_one(parts):
    text = "".join(parts)
    assert scan(text) == placed_problems(text)


def test_deep_nesting_after_many_shallow_lists_is_found_past_the_first_million_brackets():
    text = "[]" * 700_000 + "[" * (MAX_DEPTH + 1)
    assert scan(text) == [f"line 1, column {1_400_000 + MAX_DEPTH + 1}: nested deeper than {MAX_DEPTH} levels"]
